package ui

import (
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
	"clientportal/shared/testpdf"
)

func TestOfflineAnInvoiceDraftAndAReplyAreQueuedAndReachTheServerExactlyOnce(t *testing.T) {
	// Not parallel: it stops its portal, and another test must not get the
	// stopped server's address meanwhile.
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	get(t, h, "/invoices/")       // keeps a copy of the contacts for the picker
	get(t, h, "/inbox/"+grace.ID) // and of the conversation
	portal.Stop()

	_, body := post(t, h, "/invoices", draftForm(grace.ID, [4]string{"Design work", "2", "100.00", "0"}))
	assertQueued(t, body)
	if !strings.Contains(body, "the draft for Grace Hopper is queued") {
		t.Fatalf("the queued draft does not name the client:\n%s", body)
	}
	_, body = postMultipart(t, h, "/inbox/"+grace.ID, map[string]string{"body": "The contract is attached.", "name": "Grace Hopper"},
		"contract.pdf", testpdf.Text("Contract"))
	assertQueued(t, body)
	if !strings.Contains(body, "Offline: this conversation is from") || strings.Contains(body, "Could not load the conversation") {
		t.Fatalf("offline, the conversation is not kept after the reply:\n%s", body)
	}
	for _, want := range []string{"waiting in the outbox", "The contract is attached.", "Attachment: contract.pdf"} {
		if !strings.Contains(body, want) {
			t.Fatalf("the conversation does not show the queued reply (%q):\n%s", want, body)
		}
	}
	if _, outbox := get(t, h, "/outbox/"); !strings.Contains(outbox, "Invoice draft for Grace Hopper") || !strings.Contains(outbox, "Reply to Grace Hopper") {
		t.Fatalf("the outbox does not list the draft and the reply:\n%s", outbox)
	}

	portal.Start()
	waitOutboxEmpty(t, h)
	h.App.Kick() // a second replay finds nothing left to send
	waitOutboxEmpty(t, h)
	owner := ownerClient(portal)
	l, err := owner.Invoices(testenv.Context(t), api.InvoiceQuery{})
	if err != nil || len(l.Invoices) != 1 || l.Invoices[0].Contact.ID != grace.ID || l.Invoices[0].Status != api.InvoiceDraft {
		t.Fatalf("server invoices after the replay: %+v (%v), want one draft for Grace", l.Invoices, err)
	}
	th, err := owner.Thread(testenv.Context(t), grace.ID)
	if err != nil || len(th.Messages) != 1 || th.Messages[0].Body != "The contract is attached." || th.Messages[0].Attachment == nil {
		t.Fatalf("server messages after the replay: %+v (%v), want the one reply with its file", th.Messages, err)
	}
	if _, thread := get(t, h, "/inbox/"+grace.ID+"/messages"); strings.Contains(thread, "waiting in the outbox") || strings.Count(thread, "The contract is attached.") != 1 {
		t.Fatalf("once sent, the conversation shows the reply other than once, as sent:\n%s", thread)
	}
	if _, outbox := get(t, h, "/outbox/"); strings.Count(outbox, `class="synced"`) != 2 {
		t.Fatalf("the outbox does not show the two actions synced:\n%s", outbox)
	}
}
