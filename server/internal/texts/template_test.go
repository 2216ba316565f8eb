package texts

import (
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/shared/sms"
)

func TestTheDefaultTextFitsOneGSM7SegmentForAWorkspaceNameOfTwentyCharacters(t *testing.T) {
	w := model.Workspace{Name: "Twenty Chars Studio!"[:20]}
	link := "https://twenty-chars-studio.clientportal.app/l/" + strings.Repeat("A", 22)
	body := renderOneSegment(DefaultTemplate, values{Workspace: w, Link: link, TTL: 15 * time.Minute})
	want := w.Name + ": your portal login link, valid 15 min: " + link + " Reply STOP to opt out."
	if body != want {
		t.Fatalf("body %q, want %q", body, want)
	}
	if c := sms.CountOf(body); c.Encoding != "GSM-7" || c.Segments != 1 {
		t.Fatalf("%d characters in %s take %d segments", c.Units, c.Encoding, c.Segments)
	}
}

func TestAWordingThatGrowsPastOneSegmentFallsBackToTheDefaultAndAShorterName(t *testing.T) {
	link := "https://acme.clientportal.app/l/" + strings.Repeat("A", 22)
	long := model.Contact{Name: strings.Repeat("Bartholomew", 10)}
	owner := "Hello {{contact.name}}, here is your link: {{portal.magic_link}}"
	body := renderOneSegment(owner, values{Workspace: model.Workspace{Name: "Acme"}, Contact: long, Link: link, TTL: 15 * time.Minute})
	if !strings.HasPrefix(body, "Acme: your portal login link") || sms.CountOf(body).Segments != 1 {
		t.Fatalf("a long name gave %q", body)
	}
	huge := model.Workspace{Name: strings.Repeat("Über Wörkspace ", 6)}
	body = renderOneSegment(DefaultTemplate, values{Workspace: huge, Link: link, TTL: 15 * time.Minute})
	if c := sms.CountOf(body); c.Segments != 1 || !strings.Contains(body, link) || !strings.HasPrefix(body, "Über Wörkspace") {
		t.Fatalf("a very long workspace name gave %q (%+v)", body, c)
	}
	polish := model.Workspace{Name: "Łódź Studio"}
	body = renderOneSegment(DefaultTemplate, values{Workspace: polish, Link: link, TTL: 15 * time.Minute})
	if !strings.HasPrefix(body, "Łódź Studio: ") || !strings.Contains(body, link) {
		t.Fatalf("a name outside the GSM alphabet was mangled: %q", body)
	}
}
