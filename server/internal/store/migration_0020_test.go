package store_test

import (
	"context"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestAnEmailWordingOfAnOlderReleaseBecomesTheWordingOfTheWorkspacesLanguageAndOthersCanJoinIt(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			s, o := storeOfRelease(t, d, 19)
			at := s.Now().UTC()
			raw := storetest.Raw(t, o)
			if err := raw.Exec(`UPDATE workspaces SET language = 'de' WHERE id = 'w1'`).Error; err != nil {
				t.Fatal(err)
			}
			if err := raw.Exec(`INSERT INTO email_templates (workspace_id, kind, subject, body, updated_at) VALUES ('w1', 'invitation', 'Willkommen', 'Hallo!', ?)`, at).Error; err != nil {
				t.Fatalf("a wording of release 19: %v", err)
			}
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatalf("upgrade: %v", err)
			}
			inTx(t, s, func(tx *store.Tx) error {
				return tx.EmailTemplates().Save(&model.EmailTemplate{WorkspaceID: "w1", Kind: "invitation", Language: "pl", Subject: "Witamy", Body: "Cześć!", UpdatedAt: at})
			})
			view(t, s, func(tx *store.Tx) error {
				de, ok, err := tx.EmailTemplates().Get("w1", "invitation", "de")
				if err != nil || !ok || de.Subject != "Willkommen" || de.Body != "Hallo!" {
					t.Errorf("the old wording after the upgrade: %+v, %v, %v; want it kept as the German wording", de, ok, err)
				}
				pl, ok, err := tx.EmailTemplates().Get("w1", "invitation", "pl")
				if err != nil || !ok || pl.Subject != "Witamy" {
					t.Errorf("a Polish wording beside it: %+v, %v, %v", pl, ok, err)
				}
				if _, ok, err := tx.EmailTemplates().Get("w1", "invitation", "en"); ok || err != nil {
					t.Errorf("an English wording nobody wrote is found (%v, %v)", ok, err)
				}
				return nil
			})
		})
	}
}
