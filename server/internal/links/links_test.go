package links

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/storetest"
)

func TestConcurrentLoginsCountEachContactAsJoinedOnce(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			f := newFixture(t, dialect)
			ctx := context.Background()
			var tokens []string
			for i := range 4 {
				c := f.contact(fmt.Sprintf("c%d@client.test", i), fmt.Sprintf("Client %d", i))
				for range 3 { // three browsers of the same client log in at once
					tokens = append(tokens, f.magicToken(c))
				}
			}
			var wg sync.WaitGroup
			errs := make(chan error, len(tokens))
			for _, tok := range tokens {
				wg.Go(func() {
					_, err := f.svc.Consume(ctx, f.ws.ID, tok, sessions.ClientMeta{IP: "127.0.0.1"})
					errs <- err
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				if err != nil {
					t.Errorf("a concurrent login failed: %v", err)
				}
			}
			if got := f.counts(); got.Joined != 4 {
				t.Errorf("joined %d after 12 logins of 4 contacts, want 4", got.Joined)
			}
		})
	}
}

func TestAMagicLinkWorksUntilItsLifetimeEndsAndNotAfter(t *testing.T) {
	f := newFixture(t, "sqlite")
	ctx := context.Background()
	jane := f.contact("jane@client.test", "Jane Doe")
	live, dead := f.magicToken(jane), f.magicToken(jane)
	f.advance(14 * time.Minute)
	if st, err := f.svc.Inspect(ctx, f.ws.ID, live); err != nil || !st.Valid || st.Contact.ID != jane.ID {
		t.Fatalf("at 14 minutes the link shows %+v (%v), want Jane's live link", st, err)
	}
	if _, err := f.svc.Consume(ctx, f.ws.ID, live, sessions.ClientMeta{}); err != nil {
		t.Fatalf("at 14 minutes the link does not log in: %v", err)
	}
	f.advance(2 * time.Minute)
	if st, _ := f.svc.Inspect(ctx, f.ws.ID, dead); st.Valid {
		t.Error("at 16 minutes the 15-minute link still shows as live")
	}
	if _, err := f.svc.Consume(ctx, f.ws.ID, dead, sessions.ClientMeta{}); err == nil {
		t.Error("at 16 minutes the 15-minute link still logs in")
	}
}

func TestThePurgeJobDeletesLinksADayAfterTheyExpireAndKeepsNewerOnes(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			f := newFixture(t, dialect)
			ctx := context.Background()
			jane := f.contact("jane@client.test", "Jane Doe")
			old := f.magicToken(jane)
			f.advance(24*time.Hour + 16*time.Minute)
			recent := f.magicToken(jane)
			f.advance(20 * time.Minute) // recent expired 5 minutes ago: renewal must still find Jane
			if err := f.svc.runPurgeLinks(ctx, model.Job{}); err != nil {
				t.Fatal(err)
			}
			for tok, want := range map[string]bool{old: false, recent: true} {
				_, err := f.linkByToken(tok)
				if found := err == nil; found != want {
					t.Errorf("after the purge the link found=%v, want %v", found, want)
				}
			}
			f.svc.RenewFromLink(ctx, f.ws.ID, recent)
			if es := f.emails(); len(es) != 1 || es[0].ToAddr != "jane@client.test" {
				t.Errorf("renewing a link that expired minutes ago sent %d email(s), want 1 to Jane", len(es))
			}
		})
	}
}
