package ui

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestTextLoginLinkToSelectedContactsShowsEachContactsStateAndWhoWasSkipped(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	owner := ownerClient(portal)
	ctx := testenv.Context(t)
	jane, err := owner.CreateContact(ctx, api.NewContact{Email: "jane@example.com", Name: "Jane", Phone: "(415) 555-2671"}, "")
	if err != nil {
		t.Fatal(err)
	}
	bob, err := owner.CreateContact(ctx, api.NewContact{Email: "bob@example.com", Name: "Bob"}, "")
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)

	_, table := get(t, h, "/contacts/table")
	for _, want := range []string{"&#43;14155552671", "Text login link to selected", `hx-post="/contacts/` + jane.ID + `/text-link"`} {
		if !strings.Contains(table, want) {
			t.Fatalf("the contacts table lacks %q:\n%s", want, table)
		}
	}
	if strings.Contains(table, `/contacts/`+bob.ID+`/text-link`) {
		t.Fatal("a contact without a phone offers Text magic link")
	}

	_, body := post(t, h, "/login-texts", url.Values{"contact_id": {jane.ID, bob.ID}})
	if !strings.Contains(body, bob.ID+": no phone number") {
		t.Fatalf("the skipped contact is not named:\n%s", body)
	}
	batch := regexp.MustCompile(`id="text-batch-([0-9a-f-]+)"`).FindStringSubmatch(body)
	if batch == nil {
		t.Fatalf("no batch shown:\n%s", body)
	}
	for deadline := time.Now().Add(30 * time.Second); !strings.Contains(body, "All handed to the provider."); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the batch did not leave:\n%s", body)
		}
		_, body = get(t, h, "/login-texts/"+batch[1])
	}
	if !strings.Contains(body, jane.ID+": sent") {
		t.Fatalf("Jane's state is not shown:\n%s", body)
	}

	_, body = post(t, h, "/contacts/"+jane.ID+"/text-link", url.Values{"phone": {"+14155552671"}})
	if !strings.Contains(body, "Magic link texted to &#43;14155552671.") {
		t.Fatalf("text magic link answered:\n%s", body)
	}
}

func TestTheTextSettingsCountSegmentsAsYouTypeAndRefuseAWordingOverOne(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, form := get(t, h, "/texts/settings")
	for _, want := range []string{`name="phone_region" value="US"`, "1 message", "GSM-7", "{{portal.magic_link}}"} {
		if !strings.Contains(form, want) {
			t.Fatalf("the text settings lack %q:\n%s", want, form)
		}
	}
	long := strings.Repeat("Please log in now. ", 8) + "{{portal.magic_link}}"
	if _, body := post(t, h, "/texts/count", url.Values{"template": {long}}); !strings.Contains(body, "2 messages: shorten it to fit one") {
		t.Fatalf("the counter of a long wording says:\n%s", body)
	}
	if _, body := post(t, h, "/texts/count", url.Values{"template": {"Hi 👋 {{portal.magic_link}}"}}); !strings.Contains(body, "UCS-2") {
		t.Fatalf("the counter of an emoji wording says:\n%s", body)
	}
	_, body := post(t, h, "/texts/settings", url.Values{"phone_region": {"US"}, "hourly_limit": {"500"}, "template": {long}})
	if !strings.Contains(body, "shorten it to fit one") || strings.Contains(body, "Text settings saved.") {
		t.Fatalf("a two-message wording was saved:\n%s", body)
	}
	_, body = post(t, h, "/texts/settings", url.Values{"phone_region": {"gb"}, "hourly_limit": {"200"}, "template": {"Hi {{contact.first_name}}: {{portal.magic_link}}"}})
	if !strings.Contains(body, "Text settings saved.") || !strings.Contains(body, `value="GB"`) || !strings.Contains(body, `value="200"`) {
		t.Fatalf("saving the settings answered:\n%s", body)
	}
}
