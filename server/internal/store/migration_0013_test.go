package store_test

import (
	"context"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestDocumentsOfAnOlderReleaseBecomeDocumentsOfOneSignerAfterTheUpgrade(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			s, o := storeOfRelease(t, d, 12)
			at := s.Now().UTC()
			raw := storetest.Raw(t, o)
			for _, stmt := range []struct {
				sql  string
				args []any
			}{
				{`INSERT INTO contacts (id, workspace_id, email, email_lower, name, created_at, updated_at) VALUES ('c1', 'w1', 'jane@kept.test', 'jane@kept.test', 'Jane', ?, ?)`, []any{at, at}},
				{`INSERT INTO blobs (sha256, content_type, size, data, created_at) VALUES ('s1', 'application/pdf', 1, ?, ?)`, []any{[]byte("%"), at}},
				{`INSERT INTO documents (id, workspace_id, title, signer_contact_id, status, fields, page_count, original_sha256, created_at, updated_at, sent_at)
					VALUES ('d1', 'w1', 'Waiting', 'c1', 'viewed', '[]', 1, 's1', ?, ?, ?)`, []any{at, at, at}},
				{`INSERT INTO documents (id, workspace_id, title, signer_contact_id, status, fields, page_count, original_sha256, signer_name, signature_kind, created_at, updated_at, signed_at)
					VALUES ('d2', 'w1', 'Done', 'c1', 'completed', '[]', 1, 's1', 'Jane Kept', 'typed', ?, ?, ?)`, []any{at, at, at}},
			} {
				if err := raw.Exec(stmt.sql, stmt.args...).Error; err != nil {
					t.Fatalf("a row of release 12: %v", err)
				}
			}
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatalf("upgrade: %v", err)
			}
			view(t, s, func(tx *store.Tx) error {
				for id, want := range map[string]model.DocumentSigner{
					"d1": {ContactID: "c1", SignOrder: 1, Status: model.SignerViewed},
					"d2": {ContactID: "c1", SignOrder: 1, Status: model.SignerSigned, SignerName: "Jane Kept", SignatureKind: "typed"},
				} {
					ss, err := tx.DocumentSigners().Of("w1", id)
					if err != nil {
						return err
					}
					if len(ss) != 1 {
						t.Fatalf("document %s has %d signers after the upgrade, want its one signer", id, len(ss))
					}
					got := ss[0]
					if got.ContactID != want.ContactID || got.SignOrder != 1 || got.Position != 0 || got.Status != want.Status ||
						got.SignerName != want.SignerName || got.SignatureKind != want.SignatureKind {
						t.Errorf("document %s's signer after the upgrade: %+v, want %+v", id, got, want)
					}
				}
				return nil
			})
		})
	}
}
