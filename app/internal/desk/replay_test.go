package desk

import (
	"testing"
	"time"

	"clientportal/app/internal/accounts"
	"clientportal/app/internal/localdb"
	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func newApp(t *testing.T) *App {
	t.Helper()
	dir := t.TempDir()
	a, err := New(testenv.Context(t), Config{Dir: dir, Secrets: accounts.FileSecrets{Dir: dir}, RetryEvery: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Stop)
	return a
}

// A request that reached the server but whose answer was lost is queued
// with the same Idempotency-Key; replaying it must not invite twice.
func TestReplayOfAnActionTheServerAlreadyAppliedHasNoSecondEffect(t *testing.T) {
	portal := testenv.StartPortal(t)
	a := newApp(t)
	acc, err := a.Connect(testenv.Context(t), portal.URL, portal.Token)
	if err != nil {
		t.Fatal(err)
	}
	key := localdb.NewKey()
	req := api.InviteRequest{Email: "lost-answer@example.test"}
	if _, err := api.NewClient(portal.URL, portal.Token, nil).Invite(testenv.Context(t), req, key); err != nil {
		t.Fatal(err)
	}
	if _, err := a.DB.Enqueue(testenv.Context(t), acc.ID, localdb.KindInvite, "Invite lost-answer", key, req); err != nil {
		t.Fatal(err)
	}
	r, err := a.Replay(testenv.Context(t))
	if err != nil || r.Synced != 1 {
		t.Fatalf("replay: %+v, %v", r, err)
	}
	if n := portal.WaitMails(t, []string{req.Email})[req.Email]; n != 1 {
		t.Fatalf("%d invitation emails after the replay, want exactly 1", n)
	}
}

func TestReplayRecordsWhyTheServerRefusedAnAction(t *testing.T) {
	portal := testenv.StartPortal(t)
	a := newApp(t)
	acc, err := a.Connect(testenv.Context(t), portal.URL, portal.Token)
	if err != nil {
		t.Fatal(err)
	}
	bad := api.LoginEmailsRequest{ContactIDs: []string{"no-such-contact"}}
	if _, err := a.DB.Enqueue(testenv.Context(t), acc.ID, localdb.KindLoginEmail, "Login email to nobody", localdb.NewKey(), bad); err != nil {
		t.Fatal(err)
	}
	if r, err := a.Replay(testenv.Context(t)); err != nil || r.Failed+r.Synced != 1 {
		t.Fatalf("replay: %+v, %v", r, err)
	}
	acts, _ := a.DB.Recent(testenv.Context(t), acc.ID, 10)
	if len(acts) != 1 || acts[0].Status == localdb.StatusPending {
		t.Fatalf("outbox after replay: %+v", acts)
	}
	if acts[0].Status == localdb.StatusFailed && acts[0].Error == "" {
		t.Fatal("a failed action carries no reason")
	}
}
