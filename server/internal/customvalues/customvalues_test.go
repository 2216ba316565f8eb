package customvalues_test

import (
	"strings"
	"testing"

	"clientportal/server/internal/customvalues"
	"clientportal/server/internal/model"
)

func TestUnknownCustomValuesAreNamedAndKnownOnesPass(t *testing.T) {
	scope := customvalues.Scope{Fields: []string{"company"}}
	for _, tc := range []struct{ text, named string }{
		{"Hi {{contact.first_name}} of {{contact.fields.company}}: {{portal.magic_link}}", ""},
		{"Hi {{ contact.name }}", ""},
		{"Hi {{contact.nickname}}", "{{contact.nickname}}"},
		{"From {{contact.fields.vat}}", "{{contact.fields.vat}}"},
		{"Sign {{document.sign_link}}", "{{document.sign_link}}"}, // no document in this scope
		{"Hi {{contact.name}", "not closed"},
	} {
		why := scope.Problem(tc.text)
		if (tc.named == "") != (why == "") || !strings.Contains(why, tc.named) {
			t.Errorf("Problem(%q) = %q, want it to name %q", tc.text, why, tc.named)
		}
	}
	if why := (customvalues.Scope{Document: true}).Problem("Sign {{document.sign_link}}"); why != "" {
		t.Errorf("a document trigger refuses {{document.sign_link}}: %s", why)
	}
}

func TestAMessageMakesItsLoginLinkOnceAndOnlyWhenItUsesOne(t *testing.T) {
	made := 0
	src := customvalues.Source{Contact: model.Contact{Name: "Jane Doe", Email: "jane@client.test", Fields: map[string]string{"company": "Acme"}},
		Workspace: model.Workspace{Name: "Studio"}, PortalURL: "https://studio.test",
		MagicLink: func() (string, string, error) { made++; return "https://studio.test/login/magic/t1", "424242", nil }}
	out, err := src.Resolve("Hi {{contact.first_name}} ({{contact.fields.company}}), {{workspace.name}} at {{portal.url}}")
	if err != nil || out != "Hi Jane (Acme), Studio at https://studio.test" || made != 0 {
		t.Fatalf("got %q (%v), %d links made; want the values filled and no link", out, err, made)
	}
	out, _ = src.Resolve("{{portal.magic_link}} or code {{portal.login_code}}; again {{portal.magic_link}}")
	if out != "https://studio.test/login/magic/t1 or code 424242; again https://studio.test/login/magic/t1" || made != 1 {
		t.Errorf("got %q with %d links made; want one link used twice", out, made)
	}
}
