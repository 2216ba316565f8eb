package sessions

import (
	"context"
	"testing"
	"time"
)

func TestASessionEndsAfterItsIdleTimeAndAtItsAbsoluteLimit(t *testing.T) {
	f := newFixture(t, "sqlite")
	ctx := context.Background()
	jane := f.contact("jane@client.test", "Jane Doe")
	login := func() string {
		ns, err := f.start(jane, ClientMeta{})
		if err != nil {
			t.Fatal(err)
		}
		return ns.Token
	}
	alive := func(token string) bool { _, _, err := f.svc.For(ctx, f.ws.ID, token); return err == nil }
	loggedIn := f.now()
	used, idle := login(), login()

	f.advance(f.svc.SessionIdle - time.Hour)
	if !alive(used) {
		t.Fatal("a session idle for an hour less than the idle limit ended")
	}
	f.advance(2 * time.Hour)
	if alive(idle) {
		t.Error("a session idle an hour past the idle limit still works")
	}
	for f.now().Before(loggedIn.Add(f.svc.SessionMax - 24*time.Hour)) {
		if !alive(used) {
			t.Fatalf("a session used daily ended %s after login", f.now().Sub(loggedIn).Round(time.Hour))
		}
		f.advance(24 * time.Hour)
	}
	f.advance(24 * time.Hour)
	if alive(used) {
		t.Error("a session used daily outlived its absolute limit")
	}
}
