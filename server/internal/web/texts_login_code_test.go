package web_test

import (
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

var sixDigits = regexp.MustCompile(`\b[0-9]{6}\b`)

func TestTextMeACodeTextsTheClientACodeThatLogsIn(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			tp := newTextPortal(t, dialect)
			tp.contact("Jane", "jane@example.com", "(415) 555-2671")
			client := tp.portalClient()
			login := "http://acme.localhost:" + tp.port + "/login"
			page := get(t, client, login)
			if !strings.Contains(page, "Text me a code") {
				t.Fatalf("the login page offers no text:\n%s", page)
			}
			csrf := csrfField.FindStringSubmatch(page)[1]
			for _, email := range []string{"jane@example.com", "nobody@example.com"} {
				res, err := client.PostForm(login+"/text", url.Values{"_csrf": {csrf}, "email": {email}})
				if err != nil {
					t.Fatal(err)
				}
				body, _ := io.ReadAll(res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK || !strings.Contains(string(body), "Check your phone") {
					t.Fatalf("text me a code for %s: %d\n%s", email, res.StatusCode, body)
				}
			}
			tp.runJobs()
			ms := tp.sms.Messages()
			if len(ms) != 1 || ms[0].To != "+14155552671" {
				t.Fatalf("texts sent: %+v", ms)
			}
			code := sixDigits.FindString(ms[0].Body)
			if code == "" || !strings.Contains(ms[0].Body, "login code") {
				t.Fatalf("no code in %q", ms[0].Body)
			}
			res, err := client.PostForm(login+"/code", url.Values{"_csrf": {csrf}, "email": {"jane@example.com"}, "code": {code}})
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.Request.URL.Path != "/dashboard" {
				t.Fatalf("after the texted code the client is on %s", res.Request.URL)
			}
		})
	}
}

func TestTheDevelopmentTextOutboxShowsTextsOnLoopbackOnly(t *testing.T) {
	p := newPortal(t, "sqlite")
	var jane api.Contact
	accessDecode(t, p.api(http.MethodPost, "/api/v1/contacts", p.acme.Token, `{"email":"jane@example.com","phone":"(415) 555-2671"}`), &jane)
	if a := p.api(http.MethodPost, "/api/v1/login-texts", p.acme.Token, `{"contact_ids":["`+jane.ID+`"]}`); a.status != http.StatusAccepted {
		t.Fatalf("login texts: %d %s", a.status, a.body)
	}
	addr := p.listen(t)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/dev/texts", nil)
		req.Host = "localhost:8080"
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		body := string(b)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("the outbox on loopback answered %d", res.StatusCode)
		}
		if strings.Contains(body, "to &#43;14155552671") && strings.Contains(body, "· sent") && strings.Contains(body, "/l/") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the text is not shown as sent:\n%s", body)
		}
	}
	if a := p.do(request{path: "/dev/texts"}); a.status != http.StatusNotFound {
		t.Errorf("the outbox from another machine answered %d", a.status)
	}
	if a := p.do(request{path: "/dev/texts", host: "acme.localhost:8080"}); a.status != http.StatusNotFound {
		t.Errorf("the outbox on a workspace's portal answered %d", a.status)
	}
}
