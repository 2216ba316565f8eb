package desk

import (
	"database/sql"
	"path/filepath"
	"testing"

	_ "github.com/glebarez/go-sqlite"

	"clientportal/app/internal/localdb"
	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

// byLabel indexes an account's outbox by label.
func byLabel(t *testing.T, a *App, accountID string) map[string]localdb.Action {
	t.Helper()
	acts, err := a.DB.Recent(testenv.Context(t), accountID, 20)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]localdb.Action{}
	for _, x := range acts {
		out[x.Label] = x
	}
	return out
}

func TestReplayFailsAnActionItCanNeverSendAndGoesOnWithTheNextStillOnline(t *testing.T) {
	portal := testenv.StartPortal(t)
	a := newApp(t)
	acc, err := a.Connect(testenv.Context(t), portal.URL, portal.Token)
	if err != nil {
		t.Fatal(err)
	}
	ctx := testenv.Context(t)
	if _, err := a.DB.Enqueue(ctx, acc.ID, localdb.KindInvite, "Garbled invite", localdb.NewKey(), "not an invite"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.DB.Enqueue(ctx, acc.ID, "teleport_contact", "Unknown kind", localdb.NewKey(), map[string]string{"to": "mars"}); err != nil {
		t.Fatal(err)
	}
	good := api.InviteRequest{Email: "after-garble@example.test"}
	if _, err := a.DB.Enqueue(ctx, acc.ID, localdb.KindInvite, "Good invite", localdb.NewKey(), good); err != nil {
		t.Fatal(err)
	}
	r, err := a.Replay(ctx)
	if err != nil || r.Failed != 2 || r.Synced != 1 || r.Left != 0 {
		t.Fatalf("replay: %+v, %v; want 2 failed and the good invite synced", r, err)
	}
	got := byLabel(t, a, acc.ID)
	for _, l := range []string{"Garbled invite", "Unknown kind"} {
		if got[l].Status != localdb.StatusFailed || got[l].Error == "" {
			t.Errorf("%s is %q (%q); want failed for good, with why", l, got[l].Status, got[l].Error)
		}
	}
	if got["Good invite"].Status != localdb.StatusSynced {
		t.Errorf("the invite behind them is %q, want synced", got["Good invite"].Status)
	}
	if st := a.Live.Status(); st.Known && !st.Online {
		t.Errorf("the app went offline over an action it cannot send: %+v", st)
	}
}

func TestReplayKeepsAnActionTheServerIsStillProcessingAndSendsItLater(t *testing.T) {
	portal := testenv.StartPortal(t)
	a := newApp(t)
	acc, err := a.Connect(testenv.Context(t), portal.URL, portal.Token)
	if err != nil {
		t.Fatal(err)
	}
	ctx := testenv.Context(t)
	key := localdb.NewKey()
	req := api.InviteRequest{Email: "slow-answer@example.test"}
	if _, err := api.NewClient(portal.URL, portal.Token, nil).Invite(ctx, req, key); err != nil {
		t.Fatal(err)
	}
	// The server is made to hold the key as a request still running holds it.
	db, err := sql.Open("sqlite", filepath.Join(portal.DataDir, "portal.db")+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var status int
	if err := db.QueryRowContext(ctx, `SELECT status FROM idempotency_keys WHERE key = ?`, key).Scan(&status); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `UPDATE idempotency_keys SET status = 0 WHERE key = ?`, key); err != nil {
		t.Fatal(err)
	}
	if _, err := a.DB.Enqueue(ctx, acc.ID, localdb.KindInvite, "Invite slow-answer", key, req); err != nil {
		t.Fatal(err)
	}
	r, err := a.Replay(ctx)
	if err == nil || r.Failed != 0 || r.Synced != 0 || r.Left != 1 {
		t.Fatalf("replay while the server holds the key: %+v, %v; want it left in the outbox", r, err)
	}
	if act := byLabel(t, a, acc.ID)["Invite slow-answer"]; act.Status != localdb.StatusPending {
		t.Fatalf("the invite is %q (%q) while the server still processes it, want pending", act.Status, act.Error)
	}
	if _, err := db.ExecContext(ctx, `UPDATE idempotency_keys SET status = ? WHERE key = ?`, status, key); err != nil {
		t.Fatal(err)
	}
	if r, err := a.Replay(ctx); err != nil || r.Synced != 1 {
		t.Fatalf("replay once the server has answered: %+v, %v", r, err)
	}
	if n := portal.WaitMails(t, []string{req.Email})[req.Email]; n != 1 {
		t.Fatalf("%d invitation emails, want exactly 1", n)
	}
}
