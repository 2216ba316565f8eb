package messages

import (
	"strings"
	"testing"
)

func TestMessageTextIsEscapedLinksAreClickableAndMarkdownLiteIsSanitised(t *testing.T) {
	cases := []struct {
		name, in     string
		want, absent []string
	}{
		{"script is shown as text", `<script>alert(1)</script> hi`, []string{"hi"}, []string{"<script", "alert(1)</script>"}},
		{"a bare address becomes a link", "see https://example.test/a?b=1", []string{`<a href="https://example.test/a?b=1"`, `rel="nofollow noreferrer noopener"`, `target="_blank"`}, nil},
		{"javascript links are dropped", `[x](javascript:alert(1))`, []string{"x"}, []string{"javascript:"}},
		{"bold and lists", "**yes**\n\n- one\n- two", []string{"<strong>yes</strong>", "<li>one</li>"}, nil},
		{"images do not load", `![a](https://evil.test/p.png)`, nil, []string{"<img"}},
		{"typed HTML is shown as text, never as an element", `<a href="https://x.test" onclick="e()">x</a>`, []string{"&lt;a href="}, []string{"<a href=\"https://x.test\" onclick"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := string(RenderBody(c.in))
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("RenderBody(%q) = %q, missing %q", c.in, got, w)
				}
			}
			for _, a := range c.absent {
				if strings.Contains(got, a) {
					t.Errorf("RenderBody(%q) = %q, must not contain %q", c.in, got, a)
				}
			}
		})
	}
}

func TestAttachmentsAreTypedByContentNotByName(t *testing.T) {
	cases := map[string]string{"%PDF-1.7 ...": "application/pdf", "\x89PNG\r\n\x1a\nrest": "image/png", "\xFF\xD8\xFF\xE0": "image/jpeg",
		"MZ\x90\x00 exe": "", "<html>": "", "": ""}
	for data, want := range cases {
		if got := sniff([]byte(data)); got != want {
			t.Errorf("sniff(%q) = %q, want %q", data, got, want)
		}
	}
	if got := fileName(`..\..\evil "name".exe`, "image/png"); got != "evil name.png" {
		t.Errorf("fileName = %q", got)
	}
}
