package links

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/emailtemplates"
	"clientportal/server/internal/model"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/store"
)

var codeInEmail = regexp.MustCompile(`enter the code ([0-9]{6})`)

// loginEmail queues a login email to c and returns the code it carries ("" when none).
func (f *fixture) loginEmail(c model.Contact) (string, model.Email) {
	f.t.Helper()
	var e model.Email
	err := f.store.InTx(context.Background(), func(tx *store.Tx) error {
		w, err := tx.Workspaces().ByID(f.ws.ID)
		if err != nil {
			return err
		}
		e, err = f.svc.sendLinkEmail(tx, w, c, emailtemplates.KindLogin)
		return err
	})
	if err != nil {
		f.t.Fatal(err)
	}
	if m := codeInEmail.FindStringSubmatch(e.TextBody); m != nil {
		return m[1], e
	}
	return "", e
}

func isBadCode(err error) bool {
	var ae *apperr.Error
	return errors.As(err, &ae) && ae.Kind == apperr.Unauthorized
}

func TestOnlyTheNewestLoginCodeWorks(t *testing.T) {
	f := newFixture(t, "sqlite")
	ctx := context.Background()
	jane := f.contact("jane@client.test", "Jane Doe")
	older, _ := f.loginEmail(jane)
	f.advance(time.Second)
	newer, _ := f.loginEmail(jane)
	if older == "" || newer == "" {
		t.Fatal("a login email carries no code")
	}
	if older != newer {
		if _, err := f.svc.LoginWithCode(ctx, f.ws.ID, jane.Email, older, sessions.ClientMeta{}); !isBadCode(err) {
			t.Fatalf("an older code still logs in (err %v)", err)
		}
	}
	if _, err := f.svc.LoginWithCode(ctx, f.ws.ID, jane.Email, newer, sessions.ClientMeta{}); err != nil {
		t.Fatalf("the newest code does not log in: %v", err)
	}
}

func TestACapOfTenCodesADayLeavesLaterEmailsWithTheLinkAloneUntilTheDayHasPassed(t *testing.T) {
	f := newFixture(t, "sqlite")
	jane := f.contact("jane@client.test", "Jane Doe")
	for i := range MaxCodesPerDay {
		if code, _ := f.loginEmail(jane); code == "" {
			t.Fatalf("login email %d of the day carries no code", i+1)
		}
		f.advance(time.Minute)
	}
	code, e := f.loginEmail(jane)
	if code != "" || !strings.Contains(e.TextBody, "too many were sent today, so use the link") || !strings.Contains(e.TextBody, "/login/magic/") {
		t.Fatalf("email %d of the day: code %q, text:\n%s", MaxCodesPerDay+1, code, e.TextBody)
	}
	f.advance(24 * time.Hour)
	if code, _ := f.loginEmail(jane); code == "" {
		t.Error("a day later a login email still carries no code")
	}
}
