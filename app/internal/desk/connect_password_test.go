package desk

import (
	"errors"
	"testing"

	"clientportal/app/internal/testenv"
)

func TestAnOwnerConnectsWithEmailAndPasswordAndAWrongPasswordSaysWhichField(t *testing.T) {
	portal := testenv.StartPortal(t)
	portal.SetOwnerPassword("owner@acme.test", "correct horse battery")
	a := newApp(t)
	ctx := testenv.Context(t)

	_, err := a.ConnectWithPassword(ctx, portal.URL, "owner@acme.test", "wrong horse battery", "")
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "email" {
		t.Fatalf("a wrong password gave %v, want a message on the email field", err)
	}
	if accs := a.Accounts.List(); len(accs) != 0 {
		t.Fatalf("a failed sign-in saved %d accounts", len(accs))
	}
	acc, err := a.ConnectWithPassword(ctx, portal.URL, "owner@acme.test", "correct horse battery", "")
	if err != nil || acc.WorkspaceName != "Acme" {
		t.Fatalf("sign-in with the right password: %+v %v", acc, err)
	}
	conn, err := a.Current()
	if err != nil {
		t.Fatal(err)
	}
	if p, err := conn.Client.Portal(ctx); err != nil || p.Workspace.Name != "Acme" {
		t.Fatalf("the saved connection does not reach the workspace: %+v %v", p, err)
	}
}
