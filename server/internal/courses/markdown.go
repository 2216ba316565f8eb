package courses

import (
	"bytes"
	"fmt"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// markdown renders CommonMark with tables, strikethrough and autolinks; raw
// HTML in the source is dropped by goldmark (no WithUnsafe).
var markdown = goldmark.New(goldmark.WithExtensions(extension.GFM))

// sanitiser keeps the formatting of user-generated content and removes
// scripts, event handlers, styles, frames and unsafe URLs.
var sanitiser = func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.RequireNoFollowOnLinks(true)
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	p.AllowURLSchemes("http", "https", "mailto")
	return p
}()

// RenderMarkdown turns a lesson body into HTML that is safe to insert into
// a page as it is.
func RenderMarkdown(src string) (string, error) {
	var buf bytes.Buffer
	if err := markdown.Convert([]byte(src), &buf); err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	return sanitiser.Sanitize(buf.String()), nil
}
