package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
)

func TestBrowserThreeSignersInTwoTurnsAreAddedAsRowsAndTheDocumentListsThemInOrder(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	signers := seedContacts(t, ownerClient(portal), "party", 3)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/documents/"), chromedp.WaitReady("#document-form"),
		chromedp.SetUploadFiles("#doc-file", []string{writeOnePagePDF(t, "Partnership deed")}),
		chromedp.Click("#add-signer"),
		waitJS(`!!document.querySelector("#doc-signer3") && !!document.querySelector('input[name="field_signer"][value="2"]')`, "a third signer row and its field choice"),
	)
	assertAccessible(t, ctx, "the documents page with three signer rows")
	if got := eval[string](t, ctx, `document.getElementById("doc-signer3-order").value`); got != "3" {
		t.Errorf("the added row's turn starts at %q, want 3", got)
	}
	do(t, ctx,
		chromedp.SetValue("#doc-title", "Partnership deed"),
		chromedp.SetValue("#doc-signer", signers[0].ID),
		chromedp.SetValue("#doc-signer2", signers[1].ID),
		chromedp.SetValue("#doc-signer2-order", "1"),
		chromedp.SetValue("#doc-signer3", signers[2].ID),
		chromedp.SetValue("#doc-signer3-order", "2"),
		chromedp.Click(`#document-form button[type="submit"]`),
		waitText("#document-panel", "Uploaded Partnership deed"),
	)
	rows := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#document-panel .signer-list li")).map((li) => li.innerText)`)
	want := []string{"1. ", "1. ", "2. "}
	if len(rows) != 3 {
		t.Fatalf("the uploaded document lists %q, want three signers", rows)
	}
	for i, r := range rows {
		if !strings.HasPrefix(r, want[i]) || !strings.Contains(r, signers[i].Email) {
			t.Errorf("signer row %d reads %q, want turn %s and %s", i+1, r, want[i], signers[i].Email)
		}
	}
}

func TestBrowserATemplateWithTwoRolesAtTheSameTurnIsUploadedAndSentToAContactPerRole(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	people := seedContacts(t, ownerClient(portal), "tenant", 2)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/document-templates/"), chromedp.WaitReady("#template-form"),
		waitText("#doc-templates", "No templates yet"),
		chromedp.SetUploadFiles("#tpl-file", []string{writeOnePagePDF(t, "Joint lease")}),
		chromedp.SetValue("#tpl-title", "Joint lease"),
		chromedp.SendKeys("#tpl-roles", "Tenant, Co-tenant"),
		chromedp.SendKeys("#tpl-orders", "1, 1"),
		chromedp.Click(`#template-form button[type="submit"]`),
		waitText("#template-upload-result", "Uploaded the template Joint lease for Tenant (turn 1), Co-tenant (turn 1)."),
		waitText("#doc-templates .template-roles", "Tenant (turn 1), Co-tenant (turn 1)"),
	)
	assertAccessible(t, ctx, "the templates page")
	id := eval[string](t, ctx, `document.querySelector("#doc-templates .doc-template").id.replace("template-", "")`)
	do(t, ctx,
		chromedp.SetValue("#template-"+id+"-role-0", people[0].ID),
		chromedp.SetValue("#template-"+id+"-role-1", people[1].ID),
		chromedp.SendKeys("#template-title-"+id, "Lease of flat 3"),
		chromedp.Click(`#template-`+id+` .template-send button[type="submit"]`),
		waitText("#template-result-"+id, "Sent Lease of flat 3."),
	)
	statuses := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#template-result-`+id+` .signer-status")).map((s) => s.innerText)`)
	if fmt.Sprint(statuses) != "[sent sent]" {
		t.Errorf("the two roles of the same turn are %v, want both sent at once", statuses)
	}
	mails := portal.WaitMails(t, []string{people[0].Email, people[1].Email})
	if mails[people[0].Email] != 1 || mails[people[1].Email] != 1 {
		t.Errorf("emails per signer: %v, want one each", mails)
	}
}

func TestBrowserABulkSendOfATemplateShowsItsProgressUntilEveryTickedContactIsSent(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	people := seedContacts(t, ownerClient(portal), "member", 4)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/document-templates/"), chromedp.WaitReady("#template-form"),
		chromedp.SetUploadFiles("#tpl-file", []string{writeOnePagePDF(t, "Membership terms")}),
		chromedp.SendKeys("#tpl-roles", "Member"),
		chromedp.Click(`#template-form button[type="submit"]`),
		waitJS(`!!document.querySelector("#doc-templates .template-bulk")`, "the bulk send form of the one-role template"),
	)
	id := eval[string](t, ctx, `document.querySelector("#doc-templates .doc-template").id.replace("template-", "")`)
	for _, p := range people[:3] {
		do(t, ctx, chromedp.Click(`#template-`+id+` .template-bulk input[value="`+p.ID+`"]`))
	}
	do(t, ctx,
		chromedp.Click(`#template-`+id+` .template-bulk button[type="submit"]`),
		waitText("#template-result-"+id+" .batch-count", "of 3 sent"),
		waitText("#template-result-"+id+" .doc-batch", "3 of 3 sent · done"),
	)
	assertAccessible(t, ctx, "the templates page with a finished bulk send")
	items := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#template-result-`+id+` .batch-item")).map((li) => li.textContent)`)
	if len(items) != 3 {
		t.Fatalf("the batch lists %q, want the three ticked contacts", items)
	}
	for _, it := range items {
		if !strings.HasSuffix(it, ": sent") || !strings.Contains(it, "member 00") {
			t.Errorf("batch item %q, want a ticked contact, sent", it)
		}
	}
	mails := portal.WaitMails(t, []string{people[0].Email, people[1].Email, people[2].Email})
	for _, p := range people[:3] {
		if mails[p.Email] != 1 {
			t.Errorf("%s got %d emails, want 1", p.Email, mails[p.Email])
		}
	}
	if n := portal.MailsTo(t, people[3].Email); n != 0 {
		t.Errorf("the contact left unticked got %d emails", n)
	}
}

func TestBrowserTheSigningSettingsShowTheDefaultsSaveNewOnesAndRefuseABadDurationByField(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/signing/"), chromedp.WaitReady("#signing-defaults form"))
	got := eval[[]string](t, ctx, `["sign-first-after","sign-every","sign-max","sign-expires-in"].map((id) => document.getElementById(id).value)`)
	if fmt.Sprint(got) != "[72h 48h 5 720h]" {
		t.Fatalf("the signing settings show %v, want the defaults [72h 48h 5 720h]", got)
	}
	do(t, ctx,
		chromedp.SetValue("#sign-every", "half a day"),
		chromedp.Click(`#signing-defaults button[type="submit"]`),
		waitText("#signing-defaults", "Not saved"),
	)
	assertAccessible(t, ctx, "the signing settings with a refused value")
	if inv := eval[string](t, ctx, `document.getElementById("sign-every").getAttribute("aria-invalid") || ""`); inv != "true" {
		t.Error("a bad duration does not mark its field")
	}
	if msg := eval[string](t, ctx, `(document.getElementById("sign-every-error") || {}).innerText || ""`); !strings.Contains(msg, "half a day") {
		t.Errorf("the field's error reads %q", msg)
	}
	if d, err := ownerClient(portal).SigningDefaults(testenv.Context(t)); err != nil || d.Reminders.Every != "48h0m0s" {
		t.Fatalf("a refused save changed the defaults: %+v %v", d, err)
	}
	do(t, ctx,
		chromedp.SetValue("#sign-first-after", "24h"),
		chromedp.SetValue("#sign-every", "12h"),
		chromedp.SetValue("#sign-max", "3"),
		chromedp.SetValue("#sign-expires-in", "168h"),
		chromedp.Click(`#signing-defaults button[type="submit"]`),
		waitText("#signing-defaults", "Saved."),
	)
	d, err := ownerClient(portal).SigningDefaults(testenv.Context(t))
	if err != nil || d.Reminders.FirstAfter != "24h0m0s" || d.Reminders.Every != "12h0m0s" || *d.Reminders.Max != 3 || d.ExpiresIn != "168h0m0s" {
		t.Fatalf("after Save the server has %+v %v", d, err)
	}
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/signing/"), chromedp.WaitReady("#signing-defaults form"))
	got = eval[[]string](t, ctx, `["sign-first-after","sign-every","sign-max","sign-expires-in"].map((id) => document.getElementById(id).value)`)
	if fmt.Sprint(got) != "[24h 12h 3 168h]" {
		t.Errorf("after a reload the settings show %v", got)
	}
}
