package ui

import (
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

var previewFrame = regexp.MustCompile(`<iframe class="preview-html" sandbox src="([^"]+)"`)

func newGrace(t *testing.T, p *testenv.Portal) api.Contact {
	t.Helper()
	c, err := ownerClient(p).CreateContact(testenv.Context(t), api.NewContact{Email: "grace@example.test", Name: "Grace Hopper"}, "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestTheTemplatePageListsTheMergeFieldsAndPreviewsForTheChosenContact(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, page := get(t, h, "/email-templates/")
	if !strings.Contains(page, "{{contact.first_name}}") || !strings.Contains(page, `<option value="`+grace.ID+`" selected>`) {
		t.Fatalf("template page:\n%s", page)
	}
	_, body := post(t, h, "/email-templates/invitation/preview", url.Values{
		"contact_id": {grace.ID}, "subject": {"A note for {{contact.first_name}}"}, "body": {"Dear {{contact.first_name}}, see {{portal.magic_link}}"}})
	if !strings.Contains(body, "A note for Grace") || !strings.Contains(body, "Dear Grace, see http") {
		t.Fatalf("preview for Grace:\n%s", body)
	}
	m := previewFrame.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no sandboxed HTML preview:\n%s", body)
	}
	res, err := http.Get(h.UI.URL + m[1])
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	html, _ := io.ReadAll(res.Body)
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "sandbox") {
		t.Fatalf("preview HTML served with policy %q", csp)
	}
	if !strings.Contains(string(html), "Dear Grace") {
		t.Fatalf("preview HTML:\n%s", html)
	}
}

func TestAnUnknownMergeFieldIsShownBesideTheFieldWhenTypedAndWhenSaved(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	form := url.Values{"contact_id": {grace.ID}, "subject": {"Hello"}, "body": {"Hi {{contact.nickname}}"}}
	_, body := post(t, h, "/email-templates/invitation/preview", form)
	if !regexp.MustCompile(`id="body-error"[^>]*hx-swap-oob="true">Unknown custom value \{\{contact.nickname\}\}`).MatchString(body) {
		t.Fatalf("the preview did not put the refusal beside the body:\n%s", body)
	}
	_, body = post(t, h, "/email-templates/invitation", form)
	if !regexp.MustCompile(`id="body-error"[^>]*>Unknown custom value \{\{contact.nickname\}\}`).MatchString(body) || !strings.Contains(body, "Not saved") {
		t.Fatalf("saving did not put the refusal beside the body:\n%s", body)
	}
	if tpl, _ := ownerClient(portal).EmailTemplate(testenv.Context(t), "invitation"); strings.Contains(tpl.Body, "nickname") {
		t.Fatal("the server stored the refused wording")
	}
}

func TestASavedInvitationTemplateIsUsedForTheNextInvite(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, body := post(t, h, "/email-templates/invitation", url.Values{"contact_id": {grace.ID},
		"subject": {"Your new portal at {{workspace.name}}"}, "body": {"Welcome aboard, {{contact.first_name}}! Open {{portal.magic_link}}"}})
	if !strings.Contains(body, "Saved.") {
		t.Fatalf("save template:\n%s", body)
	}
	if _, body = post(t, h, "/contacts/"+grace.ID+"/invite", url.Values{"email": {grace.Email}}); !strings.Contains(body, "Invitation sent") {
		t.Fatalf("invite:\n%s", body)
	}
	deadline := time.Now().Add(20 * time.Second)
	for box := portal.Mailbox(t); !strings.Contains(box, "Welcome aboard, Grace!"); box = portal.Mailbox(t) {
		if time.Now().After(deadline) {
			t.Fatalf("the invitation does not use the saved wording:\n%s", box)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if box := portal.Mailbox(t); !strings.Contains(box, "Your new portal at Acme") {
		t.Fatalf("the invitation subject is not the saved one:\n%s", box)
	}
}
