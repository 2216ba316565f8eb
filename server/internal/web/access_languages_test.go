package web_test

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestAnInvitationInPolishSaysHowLongItsLinkWorksWithTheRightPlural(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	cases := []struct {
		ttl       int
		email, pl string
	}{
		{3600, "jan@example.test", "Link jest ważny przez 1 godzinę."},
		{2 * 3600, "ola@example.test", "Link jest ważny przez 2 godziny."},
		{5 * 3600, "ewa@example.test", "Link jest ważny przez 5 godzin."},
		{22 * 3600, "iza@example.test", "Link jest ważny przez 22 godziny."},
		{2 * 86400, "ala@example.test", "Link jest ważny przez 2 dni."},
	}
	for _, tc := range cases {
		ttl := tc.ttl
		lp.ownerAPI(http.MethodPatch, "/api/v1/portal/settings", api.PortalSettings{LoginEmailTTLSeconds: &ttl}, nil)
		id := lp.newContact("Jan Kowalski", tc.email)
		lp.chooseLanguage(id, "pl")
		lp.ownerAPI(http.MethodPost, "/api/v1/invites", map[string]string{"contact_id": id}, nil)
		mails := lp.emailsTo(tc.email)
		if len(mails) != 1 {
			t.Fatalf("%s got %d emails, want the invitation", tc.email, len(mails))
		}
		m := mails[0]
		if m.Subject != "Acme Studio zaprasza Cię do swojego portalu klienta" {
			t.Errorf("the Polish invitation's subject is %q", m.Subject)
		}
		for part, body := range map[string]string{"text": m.TextBody, "HTML": m.HTMLBody} {
			if !strings.Contains(body, tc.pl) {
				t.Errorf("a link of %d s: the %s part lacks %q:\n%s", tc.ttl, part, tc.pl, body)
			}
		}
		if !strings.Contains(m.HTMLBody, `<html lang="pl" dir="ltr">`) || !strings.Contains(m.HTMLBody, "Otwórz portal") || !strings.Contains(m.HTMLBody, "Wysłane przez Acme Studio") {
			t.Errorf("the HTML part is not in Polish throughout:\n%s", m.HTMLBody)
		}
	}
}

func TestAnArabicLoginEmailIsRightToLeft(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	id := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.chooseLanguage(id, "ar")
	lp.ownerAPI(http.MethodPost, "/api/v1/login-emails", map[string][]string{"contact_ids": {id}}, nil)
	if !eventually(func() bool { return len(lp.emailsTo("ada@example.test")) > 0 }) {
		t.Fatal("no login email was queued")
	}
	m := lp.emailsTo("ada@example.test")[0]
	if m.Subject != "رابط دخولك إلى Acme Studio" || !strings.Contains(m.HTMLBody, `<html lang="ar" dir="rtl">`) || !strings.Contains(m.HTMLBody, "تسجيل الدخول إلى البوابة") {
		t.Errorf("the Arabic login email: subject %q, HTML:\n%s", m.Subject, m.HTMLBody)
	}
}

func TestAWrongLoginCodeIsExplainedInTheBrowsersLanguage(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	lp.newContact("Ada Lovelace", "ada@example.test")
	c := lp.httpClient()
	send := func(method, path string, form url.Values) string {
		t.Helper()
		var body io.Reader
		if form != nil {
			body = strings.NewReader(form.Encode())
		}
		req, err := http.NewRequest(method, lp.origin()+path, body)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Language", "de-AT")
		if form != nil {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		res, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return string(b)
	}
	m := csrfField.FindStringSubmatch(send(http.MethodGet, "/login/code", nil))
	if m == nil {
		t.Fatal("the code page has no form token")
	}
	page := send(http.MethodPost, "/login/code", url.Values{"_csrf": {m[1]}, "email": {"ada@example.test"}, "code": {"000000"}})
	if !strings.Contains(page, "Dieser Code ist ungültig oder abgelaufen.") || !strings.Contains(page, "Anmeldecode eingeben") {
		t.Errorf("a wrong code in German reads:\n%s", page)
	}
}
