package mail_test

import (
	"bytes"
	"context"
	"net/url"
	"testing"
	"time"

	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/smtptest"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/workspace"
	"clientportal/shared/testpdf"
)

func TestAnAttachedPDFArrivesOverSMTPAndIsDroppedFromTheDatabaseOnceSent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		srv := smtptest.Start(t)
		q := smtpQueue(t, s, srv)
		ctx := context.Background()
		ws, err := workspace.New(s, &url.URL{Scheme: "http", Host: "localhost:8080"}, s.Clock()).Setup(ctx, "Acme Coaching", "owner@acme.test")
		if err != nil {
			t.Fatal(err)
		}
		pdf := testpdf.Text("Receipt EUR 791.96")
		var es []model.Email
		err = s.InTx(ctx, func(tx *store.Tx) (err error) {
			es, err = mail.Queue(tx, mail.Draft{WorkspaceID: ws.Workspace.ID, Kind: "receipt", From: "no-reply@mail.acme.localhost",
				To: "client@example.com", Subject: "Receipt", Text: "Thank you.", AttachmentName: "receipt-INV-0001.pdf", Attachment: pdf})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		runUntilDone(t, q, 1, 10*time.Second)
		msgs := srv.WaitForMessages(1, 5*time.Second)
		if len(msgs) != 1 {
			t.Fatalf("%d messages arrived", len(msgs))
		}
		p, err := msgs[0].Parse()
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Attachments["receipt-INV-0001.pdf"]; !bytes.Equal(got, pdf) || p.Text == "" {
			t.Fatalf("the attachment arrived as %d bytes (want %d), text %q", len(got), len(pdf), p.Text)
		}
		if e := loadEmail(t, s, es[0]); len(e.Attachment) != 0 || e.Status != model.EmailSent {
			t.Errorf("after sending the database keeps %d attachment bytes (status %s)", len(e.Attachment), e.Status)
		}
	})
}
