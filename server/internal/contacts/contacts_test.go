package contacts

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"clientportal/server/internal/emailtemplates"
)

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

func TestCustomValuesAreResolvedForEachContactAtSendTime(t *testing.T) {
	f := newFixture(t, "sqlite")
	ctx := context.Background()
	_, err := f.templates.Save(ctx, f.ws.ID, emailtemplates.KindInvitation, "", "{{contact.first_name}}, join {{workspace.name}}",
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
