package documents_test

import (
	"context"
	"fmt"
	"testing"

	"clientportal/server/internal/documents"
	"clientportal/server/internal/model"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/systemtest"
)

// BenchmarkBulkSendAcceptsFiveHundredContacts measures the owner's wait for
// a bulk send of a one-role template to 500 contacts: the contacts checked,
// the batch, its items and 500 jobs stored in one transaction (the
// documents are made later, by the job queue).
func BenchmarkBulkSendAcceptsFiveHundredContacts(b *testing.B) {
	for _, dialect := range storetest.Dialects {
		b.Run(dialect, func(b *testing.B) {
			sys := systemtest.Open(b, dialect, map[string]string{"PORTAL_BASE_URL": "http://localhost:8080"})
			ctx := context.Background()
			w, err := sys.Workspaces.Setup(ctx, "Acme", "owner@acme.test")
			if err != nil {
				b.Fatal(err)
			}
			tp, err := sys.Documents.CreateTemplate(ctx, w.Workspace.ID, documents.TemplateInput{Title: "Lease", Roles: []string{"Client"},
				Fields: []model.TemplateField{{Kind: "signature", Page: 2, X: 0.1, Y: 0.7, W: 0.35, H: 0.08, Role: "Client"}}, PDF: contractPDF()})
			if err != nil {
				b.Fatal(err)
			}
			ids := make([]string, 500)
			for i := range ids {
				ids[i] = storetest.Contact(b, sys.Store, w.Workspace.ID, fmt.Sprintf("c%03d@example.com", i), "").ID
			}
			b.ResetTimer()
			for range b.N {
				if _, n, err := sys.Documents.BulkSend(ctx, w.Workspace.ID, tp.ID, "", ids); err != nil || n != 500 {
					b.Fatalf("bulk send: %d queued, %v", n, err)
				}
			}
		})
	}
}
