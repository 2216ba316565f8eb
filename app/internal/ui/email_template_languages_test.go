package ui

import (
	"net/url"
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
)

func TestTheEmailsPageKeepsOneWordingPerLanguageChosenInItsSelector(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, page := get(t, h, "/email-templates/")
	if !strings.Contains(page, `<option value="en" lang="en" selected>English</option>`) || !strings.Contains(page, `<option value="ja" lang="ja" >日本語</option>`) {
		t.Fatalf("the emails page has no language selector on the workspace's language:\n%s", page)
	}
	_, de := get(t, h, "/email-templates/invitation?language=de")
	if !strings.Contains(de, "hat Sie in sein Kundenportal eingeladen") || !strings.Contains(de, `<option value="de" lang="de" selected>Deutsch</option>`) {
		t.Fatalf("choosing German shows:\n%s", de)
	}
	_, body := post(t, h, "/email-templates/invitation", url.Values{"contact_id": {grace.ID}, "language": {"de"},
		"subject": {"Willkommen bei {{workspace.name}}"}, "body": {"Hallo {{contact.first_name}}: {{portal.magic_link}}"}})
	if !strings.Contains(body, "Saved. The next emails to clients in Deutsch use this wording.") {
		t.Fatalf("saving the German wording:\n%s", body)
	}
	if tpl, err := ownerClient(portal).EmailTemplateIn(testenv.Context(t), "invitation", "de"); err != nil || tpl.Subject != "Willkommen bei {{workspace.name}}" {
		t.Fatalf("the server keeps %+v (%v) as the German wording", tpl, err)
	}
	if tpl, _ := ownerClient(portal).EmailTemplate(testenv.Context(t), "invitation"); strings.Contains(tpl.Subject, "Willkommen") {
		t.Fatalf("the German wording replaced the English one: %+v", tpl)
	}
	_, body = post(t, h, "/email-templates/invitation/preview", url.Values{"contact_id": {grace.ID}, "language": {"de"},
		"subject": {"Willkommen bei {{workspace.name}}"}, "body": {"Hallo {{contact.first_name}}: {{portal.magic_link}}"}})
	if !strings.Contains(body, "Willkommen bei Acme") {
		t.Fatalf("the German preview:\n%s", body)
	}
}
