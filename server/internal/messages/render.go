package messages

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// markdown is Markdown-lite: CommonMark with autolinks and strikethrough;
// raw HTML in a message is never passed through.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Linkify, extension.Strikethrough),
	goldmark.WithRendererOptions(html.WithHardWraps()))

// policy keeps only text formatting and http(s)/mailto links, which open in
// a new tab without passing the page on.
var policy = func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements("p", "br", "strong", "em", "del", "code", "pre", "ul", "ol", "li", "blockquote", "hr")
	p.AllowAttrs("href").OnElements("a")
	p.AllowURLSchemes("http", "https", "mailto")
	p.RequireParseableURLs(true)
	p.RequireNoFollowOnLinks(true)
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
}()

// RenderBody turns a message's text into safe HTML: escaped, Markdown-lite,
// links clickable, then sanitised.
func RenderBody(body string) template.HTML {
	// Angle brackets become entities first, so markup typed into a message
	// is shown as the text it is instead of being dropped.
	var buf bytes.Buffer
	if err := markdown.Convert([]byte(strings.ReplaceAll(body, "<", "&lt;")), &buf); err != nil {
		return template.HTML(template.HTMLEscapeString(body))
	}
	return template.HTML(policy.SanitizeBytes(buf.Bytes()))
}
