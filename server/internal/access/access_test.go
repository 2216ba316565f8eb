package access

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"clientportal/server/internal/model"
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
					_, err := f.svc.ConsumeLink(ctx, f.ws.ID, tok, ClientMeta{IP: "127.0.0.1"})
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

func TestInvitingAgainResendsTheEmailWithoutCountingTwice(t *testing.T) {
	f := newFixture(t, "sqlite")
	ctx := context.Background()
	jane := f.contact("jane@client.test", "Jane Doe")
	for range 2 {
		if _, err := f.svc.Invite(ctx, f.ws.ID, InviteInput{ContactID: jane.ID}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.svc.Invite(ctx, f.ws.ID, InviteInput{Email: "JANE@client.test"}); err != nil {
		t.Fatal(err)
	}
	if got := f.counts(); got.Invited != 1 {
		t.Errorf("invited %d after three invitations of one contact, want 1", got.Invited)
	}
	if es := f.emails(); len(es) != 3 {
		t.Errorf("%d invitation emails, want one per invite (3)", len(es))
	}
}

func TestAMagicLinkWorksUntilItsLifetimeEndsAndNotAfter(t *testing.T) {
	f := newFixture(t, "sqlite")
	ctx := context.Background()
	jane := f.contact("jane@client.test", "Jane Doe")
	live, dead := f.magicToken(jane), f.magicToken(jane)
	f.advance(14 * time.Minute)
	if st, err := f.svc.InspectLink(ctx, f.ws.ID, live); err != nil || !st.Valid || st.Contact.ID != jane.ID {
		t.Fatalf("at 14 minutes the link shows %+v (%v), want Jane's live link", st, err)
	}
	if _, err := f.svc.ConsumeLink(ctx, f.ws.ID, live, ClientMeta{}); err != nil {
		t.Fatalf("at 14 minutes the link does not log in: %v", err)
	}
	f.advance(2 * time.Minute)
	if st, _ := f.svc.InspectLink(ctx, f.ws.ID, dead); st.Valid {
		t.Error("at 16 minutes the 15-minute link still shows as live")
	}
	if _, err := f.svc.ConsumeLink(ctx, f.ws.ID, dead, ClientMeta{}); err == nil {
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

func TestCustomValuesAreResolvedForEachContactAtSendTime(t *testing.T) {
	f := newFixture(t, "sqlite")
	ctx := context.Background()
	_, err := f.svc.SaveTemplate(ctx, f.ws.ID, KindInvitation, "{{contact.first_name}}, join {{workspace.name}}",
		"Dear {{contact.name}}, visit {{portal.url}}. Button: {{ portal.magic_link }} Code: {{portal.login_code}}.")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{{"ann@client.test", "Ann <b>Lee</b>"}, {"bob@client.test", "Bob Stone"}} {
		if _, err := f.svc.Invite(ctx, f.ws.ID, InviteInput{Email: c[0], Name: c[1]}); err != nil {
			t.Fatal(err)
		}
	}
	body := regexp.MustCompile(`^Dear (.+), visit http://acme\.localhost:8080\. Button: (http://acme\.localhost:8080/login/magic/[A-Za-z0-9_-]{43}) Code: ([0-9]{6})\.$`)
	links := map[string]bool{}
	for _, e := range f.emails() {
		m := body.FindStringSubmatch(e.TextBody)
		if m == nil {
			t.Fatalf("email to %s does not resolve every custom value: %q", e.ToAddr, e.TextBody)
		}
		first := strings.Fields(m[1])[0]
		if e.Subject != first+", join Acme" {
			t.Errorf("subject %q, want %q", e.Subject, first+", join Acme")
		}
		links[m[2]] = true
		if !strings.Contains(e.HTMLBody, m[3]) || !strings.Contains(e.HTMLBody, `href="`+m[2]+`"`) {
			t.Errorf("HTML part of the email to %s lacks its code or button", e.ToAddr)
		}
		if strings.Contains(e.HTMLBody, "<b>Lee</b>") {
			t.Errorf("a contact's name is markup in the HTML email: %s", e.HTMLBody)
		}
	}
	if len(links) != 2 {
		t.Errorf("%d distinct links for 2 contacts, want a fresh one each", len(links))
	}
}

func TestASessionEndsAfterItsIdleTimeAndAtItsAbsoluteLimit(t *testing.T) {
	f := newFixture(t, "sqlite")
	ctx := context.Background()
	jane := f.contact("jane@client.test", "Jane Doe")
	login := func() string {
		ns, err := f.svc.ConsumeLink(ctx, f.ws.ID, f.magicToken(jane), ClientMeta{})
		if err != nil {
			t.Fatal(err)
		}
		return ns.Token
	}
	alive := func(token string) bool { _, _, err := f.svc.SessionFor(ctx, f.ws.ID, token); return err == nil }
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
