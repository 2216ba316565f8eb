package documents

import (
	"context"
	"fmt"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// SigningDefaults are a workspace's reminders and expiry of a sent
// document, used where a send names none.
type SigningDefaults struct {
	FirstAfter, Every, ExpiresIn time.Duration
	Max                          int
}

// SigningDefaults returns the workspace's defaults: first reminder after 3
// days, then every 2 days, at most 5, expiry after 30 days, until the owner
// changes them.
func (s *Service) SigningDefaults(ctx context.Context, workspaceID string) (SigningDefaults, error) {
	var p sendPlan
	err := s.store.View(ctx, func(tx *store.Tx) (err error) { p, err = workspacePlan(tx, workspaceID); return err })
	return p.defaults(), err
}

// SaveSigningDefaults changes the defaults o names and keeps the others; a
// refusal names the field and changes nothing.
func (s *Service) SaveSigningDefaults(ctx context.Context, workspaceID string, o SendOptions) (SigningDefaults, error) {
	var p sendPlan
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		cur, err := workspacePlan(tx, workspaceID)
		if err != nil {
			return err
		}
		if p, err = o.planFrom(cur); err != nil {
			return err
		}
		if err := p.checkReminders(); err != nil {
			return err
		}
		return tx.SaveSigningDefaults(model.SigningDefaults{WorkspaceID: workspaceID, FirstReminderS: seconds(p.firstAfter),
			ReminderEveryS: seconds(p.every), ReminderMax: p.max, ExpiresInS: seconds(p.expiresIn)})
	})
	return p.defaults(), err
}

// workspacePlan is the plan a send of the workspace starts from.
func workspacePlan(tx *store.Tx, workspaceID string) (sendPlan, error) {
	def := model.SigningDefaults{FirstReminderS: seconds(builtInPlan.firstAfter), ReminderEveryS: seconds(builtInPlan.every),
		ReminderMax: builtInPlan.max, ExpiresInS: seconds(builtInPlan.expiresIn)}
	ds, err := tx.SigningDefaultsOf(workspaceID, def)
	if err != nil {
		return sendPlan{}, err
	}
	return sendPlan{firstAfter: time.Duration(ds.FirstReminderS) * time.Second, every: time.Duration(ds.ReminderEveryS) * time.Second,
		max: ds.ReminderMax, expiresIn: time.Duration(ds.ExpiresInS) * time.Second}, nil
}

// checkReminders refuses a plan whose first reminder would come when the
// document has expired, so no reminder would ever go out.
func (p sendPlan) checkReminders() error {
	if p.max > 0 && p.firstAfter >= p.expiresIn {
		return apperr.Validation{"reminders.first_after": fmt.Sprintf(
			"The first reminder must come before the document expires: make it sooner than %s, or send no reminders (max 0).", p.expiresIn)}.Err()
	}
	return nil
}

func (p sendPlan) defaults() SigningDefaults {
	return SigningDefaults{FirstAfter: p.firstAfter, Every: p.every, ExpiresIn: p.expiresIn, Max: p.max}
}

func seconds(d time.Duration) int64 { return int64(d / time.Second) }
