package texts

import (
	"strings"
	"testing"
	"time"

	"clientportal/frontend"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/shared/sms"
)

func catalog(t *testing.T) *i18n.Catalog {
	t.Helper()
	c, err := i18n.Load(frontend.Locales())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestAJapaneseLoginCodeTextFitsOneUCS2SegmentOfSeventyCharacters(t *testing.T) {
	z := catalog(t).For("ja")
	v := values{Workspace: model.Workspace{Name: "アクメ写真館"}, Code: "123456", TTL: 15 * time.Minute}
	body := renderOneSegment(codeTemplateIn(z), v)
	c := sms.CountOf(body)
	if c.Encoding != "UCS-2" || c.Units > 70 || c.Segments != 1 {
		t.Fatalf("the Japanese code text %q is %d units of %s in %d segments; want one UCS-2 segment of at most 70", body, c.Units, c.Encoding, c.Segments)
	}
	if !strings.Contains(body, "123456") || !strings.Contains(body, "ログインコード") || !strings.Contains(body, "15分") {
		t.Errorf("the Japanese code text %q lacks the code, its words or its lifetime", body)
	}
	// A link alone is 54 characters: with Japanese words around it the text
	// needs a second UCS-2 segment, and no more.
	v.Link = "https://acme.clientportal.app/l/" + strings.Repeat("A", 22)
	link := renderOneSegment(linkTemplateIn(z), v)
	if c := sms.CountOf(link); c.Encoding != "UCS-2" || c.Segments != 2 || !strings.Contains(link, v.Link) {
		t.Errorf("the Japanese link text %q: %+v; want the whole link in two UCS-2 segments", link, c)
	}
}

func TestEveryLatinScriptLoginTextKeepsToOneGSM7Segment(t *testing.T) {
	c := catalog(t)
	link := "https://twenty-chars-studio.clientportal.app/l/" + strings.Repeat("A", 22)
	for _, code := range []string{"en", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "tr"} {
		z := c.For(code)
		v := values{Workspace: model.Workspace{Name: "Twenty Chars Studio!"}, Link: link, Code: "123456", TTL: 15 * time.Minute}
		for name, tpl := range map[string]string{"link": linkTemplateIn(z), "code": codeTemplateIn(z)} {
			body := v.apply(tpl)
			if n := sms.CountOf(body); n.Encoding != "GSM-7" || n.Segments != 1 {
				t.Errorf("%s %s text %q is %d units of %s in %d segments; want one GSM-7 segment", code, name, body, n.Units, n.Encoding, n.Segments)
			}
		}
	}
	if got := linkTemplateIn(c.For("en")); got != DefaultTemplate {
		t.Errorf("the English default from the catalogue is %q, want the DefaultTemplate %q", got, DefaultTemplate)
	}
}

func TestAContactsTextIsInTheirLanguageUnlessTheOwnerReworded(t *testing.T) {
	s := &Service{catalog: catalog(t)}
	w := model.Workspace{Name: "Acme", Language: "fr"}
	tpl, _ := s.linkTextFor(model.TextSettings{}, w, model.Contact{Language: "de"})
	if !strings.Contains(tpl, "Anmeldelink") {
		t.Errorf("a German client's text reads %q", tpl)
	}
	if tpl, _ = s.linkTextFor(model.TextSettings{}, w, model.Contact{}); !strings.Contains(tpl, "lien de connexion") {
		t.Errorf("a client without a language in a French workspace gets %q", tpl)
	}
	owner := "{{workspace.name}}: log in at {{portal.magic_link}}"
	if tpl, fallback := s.linkTextFor(model.TextSettings{Template: owner}, w, model.Contact{Language: "de"}); tpl != owner || !strings.Contains(fallback, "Anmeldelink") {
		t.Errorf("the owner's wording %q became %q (fallback %q)", owner, tpl, fallback)
	}
}
