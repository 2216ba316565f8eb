package ui

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserTheOwnerSetsAContactsLanguageFromTheContactsTable(t *testing.T) {
	portal := testenv.StartPortal(t)
	owner := ownerClient(portal)
	seeded := seedContacts(t, owner, "lang", 2)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	waitOnline(t, h)

	// The second row: every row's select sits in the table's one form.
	sel := `#contact-` + seeded[1].ID + ` select.contact-language`
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/contacts/"),
		waitText("#contacts-table", seeded[1].Email),
	)
	if got := eval[string](t, ctx, `document.querySelector(`+mustJSONString(sel)+`).selectedOptions[0].textContent`); got != "Browser's language" {
		t.Errorf("a new contact's language reads %q, want Browser's language", got)
	}
	do(t, ctx, chromedp.SetValue(sel, "de"))
	eval[bool](t, ctx, `document.querySelector(`+mustJSONString(sel)+`).dispatchEvent(new Event("change",{bubbles:true}))`)
	do(t, ctx, waitText("#action-panel", "now gets the portal and emails in Deutsch"))
	c, err := owner.Contact(context.Background(), seeded[1].ID)
	if err != nil || c.Language != "de" {
		t.Fatalf("the server has language %q (%v) for the contact, want de", c.Language, err)
	}
	if first, _ := owner.Contact(context.Background(), seeded[0].ID); first.Language != "" {
		t.Errorf("the first row's contact changed to %q too", first.Language)
	}
	do(t, ctx, chromedp.Reload(), waitText("#contacts-table", seeded[1].Email))
	if got := eval[string](t, ctx, `document.querySelector(`+mustJSONString(sel)+`).value`); got != "de" {
		t.Errorf("after a reload the select shows %q, want de", got)
	}
}
