package web_test

import (
	"context"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
	"clientportal/shared/sms"
)

func TestPhonesAreStoredInE164WithTheWorkspacesRegionAndABadOneIsRefused(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			a := p.api(http.MethodPost, "/api/v1/contacts", p.acme.Token, `{"email":"jane@example.com","name":"Jane","phone":"(415) 555-2671"}`)
			if a.status != http.StatusCreated || !strings.Contains(a.body, `"phone":"+14155552671"`) || !strings.Contains(a.body, `"sms_opt_out":false`) {
				t.Fatalf("create with a US number: %d %s", a.status, a.body)
			}
			for _, bad := range []string{"12345", "+1 415 555 267", "1-900-555-0199"} {
				a = p.api(http.MethodPost, "/api/v1/contacts", p.acme.Token, `{"email":"bad@example.com","phone":"`+bad+`"}`)
				apiError(t, a, http.StatusUnprocessableEntity, "validation_failed")
				if !strings.Contains(a.body, `"phone":`) {
					t.Errorf("refusal of %q names no phone field: %s", bad, a.body)
				}
			}
			if a = p.api(http.MethodPatch, "/api/v1/text-settings", p.acme.Token, `{"phone_region":"XX"}`); a.status != http.StatusUnprocessableEntity || !strings.Contains(a.body, "phone_region") {
				t.Fatalf("an unknown region: %d %s", a.status, a.body)
			}
			if a = p.api(http.MethodPatch, "/api/v1/text-settings", p.acme.Token, `{"phone_region":"gb"}`); a.status != http.StatusOK || !strings.Contains(a.body, `"phone_region":"GB"`) {
				t.Fatalf("set region GB: %d %s", a.status, a.body)
			}
			a = p.api(http.MethodPost, "/api/v1/contacts", p.acme.Token, `{"email":"ann@example.co.uk","phone":"07911 123456"}`)
			if a.status != http.StatusCreated || !strings.Contains(a.body, `"phone":"+447911123456"`) {
				t.Fatalf("create with a GB number in region GB: %d %s", a.status, a.body)
			}
		})
	}
}

var textLink = regexp.MustCompile(`https?://\S+/l/[A-Za-z0-9_-]{22,}`)

func TestALoginTextReachesTheProviderInOneSegmentAndItsLinkLogsInOnlyOnPost(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			tp := newTextPortal(t, dialect)
			jane := tp.contact("Jane Doe", "jane@example.com", "(415) 555-2671")
			noPhone := tp.contact("Bob", "bob@example.com", "")
			q := tp.loginTexts(jane.ID, noPhone.ID)
			if q.Queued != 1 || q.BatchID == "" || len(q.Skipped) != 1 || q.Skipped[0] != (api.SkippedContact{ContactID: noPhone.ID, Reason: "no_phone"}) {
				t.Fatalf("queued %+v", q)
			}
			if got := states(tp.batch(q.BatchID)); got[jane.ID] != "queued" {
				t.Fatalf("before the queue runs: %v", got)
			}
			tp.runJobs()
			ms := tp.sms.Messages()
			if len(ms) != 1 || len(tp.sms.Refused()) != 0 {
				t.Fatalf("the provider has %d messages, refused %v", len(ms), tp.sms.Refused())
			}
			m := ms[0]
			if m.To != "+14155552671" || m.From != tp.sms.From || !strings.Contains(m.StatusCallback, "/webhooks/sms/status") {
				t.Fatalf("message %+v", m)
			}
			if c := sms.CountOf(m.Body); c.Encoding != "GSM-7" || c.Units > 160 || !strings.HasPrefix(m.Body, "Acme: ") || !strings.HasSuffix(m.Body, "Reply STOP to opt out.") {
				t.Fatalf("body %q counts %+v", m.Body, c)
			}
			link := textLink.FindString(m.Body)
			if link == "" {
				t.Fatalf("no /l/ link in %q", m.Body)
			}
			if got := states(tp.batch(q.BatchID)); got[jane.ID] != "sent" {
				t.Fatalf("after the provider took it: %v", got)
			}

			client := tp.portalClient()
			for range 2 { // a scanner's fetch uses nothing up
				if page := get(t, client, tp.onPortal(link)); !strings.Contains(page, "Continue as Jane") {
					t.Fatalf("the text's link opens:\n%s", page)
				}
			}
			page := get(t, client, tp.onPortal(link))
			token := csrfField.FindStringSubmatch(page)
			action := regexp.MustCompile(`action="([^"]+)"`).FindStringSubmatch(page)
			res, err := client.PostForm(tp.onPortal("http://acme.localhost"+action[1]), url.Values{"_csrf": {token[1]}})
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.Request.URL.Path != "/dashboard" {
				t.Fatalf("after Continue the client is on %s", res.Request.URL)
			}

			if st := tp.sms.ReportStatus(m, "sent", ""); st != http.StatusOK {
				t.Fatalf("sent callback answered %d", st)
			}
			if st := tp.sms.ReportStatus(m, "delivered", ""); st != http.StatusOK {
				t.Fatalf("delivered callback answered %d", st)
			}
			if st := tp.sms.ReportStatus(m, "sent", ""); st != http.StatusOK { // late, out of order
				t.Fatalf("late callback answered %d", st)
			}
			b := tp.batch(q.BatchID)
			if states(b)[jane.ID] != "delivered" || b.Delivered != 1 || b.Total != 1 {
				t.Fatalf("after the delivery report: %+v", b)
			}

			forged := url.Values{"MessageSid": {m.SID}, "MessageStatus": {"failed"}, "ErrorCode": {"30003"}}
			if st := tp.sms.Post(m.StatusCallback, forged, "bm90IGEgc2lnbmF0dXJl"); st != http.StatusForbidden {
				t.Fatalf("a forged callback answered %d, want 403", st)
			}
			unknown := m
			unknown.SID, unknown.StatusCallback = "SMunknown", tp.base()+"/webhooks/sms/status?t=no-such-text"
			if st := tp.sms.ReportStatus(unknown, "failed", "30003"); st != http.StatusOK {
				t.Fatalf("a callback for an unknown text answered %d, want 200", st)
			}
			if got := states(tp.batch(q.BatchID)); got[jane.ID] != "delivered" {
				t.Fatalf("a forged or unknown callback changed the state: %v", got)
			}
		})
	}
}

func TestAProviderFailureIsRetriedAndTheTextIsSentOnce(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			tp := newTextPortal(t, dialect)
			jane := tp.contact("Jane", "jane@example.com", "+1 415 555 2671")

			// The provider takes the message but the answer is lost (500).
			tp.sms.LoseNextAnswer()
			q := tp.loginTexts(jane.ID)
			tp.runJobs()
			if got := states(tp.batch(q.BatchID)); got[jane.ID] != "queued" {
				t.Fatalf("after a 500: %v", got)
			}
			tp.retryLater()
			if n, posts := len(tp.sms.Messages()), tp.sms.Posts(); n != 1 || posts != 1 {
				t.Fatalf("after the retry the provider has %d messages from %d posts, want 1 and 1", n, posts)
			}
			if got := states(tp.batch(q.BatchID)); got[jane.ID] != "sent" {
				t.Fatalf("after the retry found the message: %v", got)
			}

			// A plain 503 is retried and the second try sends it.
			tp.sms.FailNext(1, http.StatusServiceUnavailable, 20503)
			tp.clock.Advance(2 * time.Minute)
			q = tp.loginTexts(jane.ID)
			tp.runJobs()
			tp.retryLater()
			tp.retryLater()
			if n := len(tp.sms.Messages()); n != 2 {
				t.Fatalf("the provider has %d messages, want 2", n)
			}
			if got := states(tp.batch(q.BatchID)); got[jane.ID] != "sent" {
				t.Fatalf("after a 503 and a retry: %v", got)
			}

			// A 4xx is final: failed with the provider's code, never retried.
			tp.sms.FailNext(1, http.StatusBadRequest, 21614)
			posts := tp.sms.Posts()
			q = tp.loginTexts(jane.ID)
			tp.runJobs()
			tp.retryLater()
			b := tp.batch(q.BatchID)
			if b.Results[0].Status != "failed" || b.Results[0].ErrorCode != "21614" || tp.sms.Posts() != posts+1 {
				t.Fatalf("after a 400: %+v, %d posts (was %d)", b.Results[0], tp.sms.Posts(), posts)
			}
		})
	}
}

func TestStopOptsAContactOutAndTheNextBatchSkipsThem(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			tp := newTextPortal(t, dialect)
			jane := tp.contact("Jane", "jane@example.com", "(415) 555-2671")
			inbound := tp.base() + "/webhooks/sms/inbound"
			form := url.Values{"From": {"+14155552671"}, "Body": {"STOP"}}
			if st := tp.sms.Post(inbound, form, "forged"); st != http.StatusForbidden {
				t.Fatalf("a forged STOP answered %d", st)
			}
			if got := tp.contactOf(jane.ID); got.SMSOptOut {
				t.Fatal("a forged STOP opted the contact out")
			}
			if st := tp.sms.SendInbound(inbound, "+14155552671", " stop "); st != http.StatusOK {
				t.Fatalf("STOP answered %d", st)
			}
			if got := tp.contactOf(jane.ID); !got.SMSOptOut {
				t.Fatalf("after STOP the contact is %+v", got)
			}
			q := tp.loginTexts(jane.ID)
			if q.Queued != 0 || len(q.Skipped) != 1 || q.Skipped[0].Reason != "opted_out" {
				t.Fatalf("a batch after STOP: %+v", q)
			}
			if st, body := tp.call(tp.acme.Token, http.MethodPost, "/api/v1/contacts/"+jane.ID+"/magic-links", map[string]string{"deliver": "sms"}, nil); st != http.StatusConflict {
				t.Fatalf("texting an opted-out contact: %d %s", st, body)
			}
			tp.runJobs()
			if n := len(tp.sms.Messages()); n != 0 {
				t.Fatalf("an opted-out contact was texted %d times", n)
			}
			tp.sms.SendInbound(inbound, "+14155552671", "START")
			if got := tp.contactOf(jane.ID); got.SMSOptOut {
				t.Fatal("START did not clear the opt-out")
			}

			// The provider refusing an unsubscribed number (21610) opts out too.
			tp.sms.FailNext(1, http.StatusBadRequest, 21610)
			q = tp.loginTexts(jane.ID)
			tp.runJobs()
			if b := tp.batch(q.BatchID); b.Results[0].ErrorCode != "21610" || !tp.contactOf(jane.ID).SMSOptOut {
				t.Fatalf("after 21610: %+v, contact %+v", b.Results[0], tp.contactOf(jane.ID))
			}
		})
	}
}

func TestLoginTextsOfAnotherWorkspaceAreNotFoundAndItsContactsRefused(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			tp := newTextPortal(t, dialect)
			other, err := tp.sys.Workspaces.Setup(t.Context(), "Beta", "owner@beta.test")
			if err != nil {
				t.Fatal(err)
			}
			jane := tp.contact("Jane", "jane@example.com", "(415) 555-2671")
			q := tp.loginTexts(jane.ID)
			if st, _ := tp.call(other.Token, http.MethodGet, "/api/v1/login-texts/"+q.BatchID, nil, nil); st != http.StatusNotFound {
				t.Fatalf("another workspace reads the batch: %d", st)
			}
			st, body := tp.call(other.Token, http.MethodPost, "/api/v1/login-texts", api.LoginTextsRequest{ContactIDs: []string{jane.ID}}, nil)
			if st != http.StatusUnprocessableEntity || !strings.Contains(body, jane.ID) {
				t.Fatalf("another workspace texts Acme's contact: %d %s", st, body)
			}
			if st, _ := tp.call(other.Token, http.MethodPost, "/api/v1/contacts/"+jane.ID+"/magic-links", map[string]string{"deliver": "sms"}, nil); st != http.StatusNotFound {
				t.Fatalf("another workspace texts a magic link to Acme's contact: %d", st)
			}
			tp.runJobs()
			if n := len(tp.sms.Messages()); n != 1 {
				t.Fatalf("%d texts sent, want only Acme's one", n)
			}
		})
	}
}

func TestOverTheHourlyLimitNothingIsQueued(t *testing.T) {
	tp := newTextPortal(t, "sqlite")
	limit := 1
	if st, body := tp.call(tp.acme.Token, http.MethodPatch, "/api/v1/text-settings", api.TextSettingsUpdate{HourlyLimit: &limit}, nil); st != http.StatusOK {
		t.Fatalf("set the limit: %d %s", st, body)
	}
	a := tp.contact("Ann", "ann@example.com", "(415) 555-2671")
	b := tp.contact("Ben", "ben@example.com", "(415) 555-2672")
	if st, body := tp.call(tp.acme.Token, http.MethodPost, "/api/v1/login-texts", api.LoginTextsRequest{ContactIDs: []string{a.ID, b.ID}}, nil); st != http.StatusTooManyRequests {
		t.Fatalf("two texts over a limit of one: %d %s", st, body)
	}
	tp.runJobs()
	if n := len(tp.sms.Messages()); n != 0 {
		t.Fatalf("%d texts sent over the limit", n)
	}
	limit = 500
	tp.call(tp.acme.Token, http.MethodPatch, "/api/v1/text-settings", api.TextSettingsUpdate{HourlyLimit: &limit}, nil)
	for range 5 {
		tp.loginTexts(a.ID)
	}
	if st, body := tp.call(tp.acme.Token, http.MethodPost, "/api/v1/login-texts", api.LoginTextsRequest{ContactIDs: []string{a.ID}}, nil); st != http.StatusTooManyRequests || !strings.Contains(body, a.ID) {
		t.Fatalf("a sixth text to one contact in an hour: %d %s", st, body)
	}
}

func TestATemplateLongerThanOneSegmentIsRefused(t *testing.T) {
	p := newPortal(t, "sqlite")
	long := strings.Repeat("Please ", 20) + "{{portal.magic_link}}"
	a := p.api(http.MethodPatch, "/api/v1/text-settings", p.acme.Token, `{"template":"`+long+`"}`)
	if a.status != http.StatusUnprocessableEntity || !strings.Contains(a.body, "messages") {
		t.Fatalf("a two-segment template: %d %s", a.status, a.body)
	}
	a = p.api(http.MethodPatch, "/api/v1/text-settings", p.acme.Token, `{"template":"Hi {{contact.first_name}}, log in: {{portal.magic_link}}"}`)
	if a.status != http.StatusOK || !strings.Contains(a.body, `"segments":1`) || !strings.Contains(a.body, "Hi Alexandra, log in: http") {
		t.Fatalf("a short template: %d %s", a.status, a.body)
	}
	a = p.api(http.MethodPatch, "/api/v1/text-settings", p.acme.Token, `{"template":"Log in now"}`)
	if a.status != http.StatusUnprocessableEntity || !strings.Contains(a.body, "portal.magic_link") {
		t.Fatalf("a template without the link: %d %s", a.status, a.body)
	}
}

// contactOf reads a contact through the owner API.
func (tp *textPortal) contactOf(id string) api.Contact {
	tp.t.Helper()
	var c api.Contact
	if st, body := tp.call(tp.acme.Token, http.MethodGet, "/api/v1/contacts/"+id, nil, &c); st != http.StatusOK {
		tp.t.Fatalf("contact %s: %d %s", id, st, body)
	}
	return c
}

// portalClient is a browser-like client that reaches acme.localhost.
func (tp *textPortal) portalClient() *http.Client {
	jar, _ := cookiejar.New(nil)
	dial := func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, "127.0.0.1:"+tp.port)
	}
	return &http.Client{Jar: jar, Transport: &http.Transport{DialContext: dial}}
}

// onPortal rewrites a portal address to reach the test server: the
// workspace host stays in the URL, the port is the listener's.
func (tp *textPortal) onPortal(u string) string {
	parsed, err := url.Parse(u)
	if err != nil {
		tp.t.Fatal(err)
	}
	parsed.Host = parsed.Hostname() + ":" + tp.port
	return parsed.String()
}

func TestAnotherServiceCanTextALoginLinkInItsOwnTransaction(t *testing.T) {
	tp := newTextPortal(t, "sqlite")
	jane := tp.contact("Jane", "jane@example.com", "(415) 555-2671")
	bob := tp.contact("Bob", "bob@example.com", "")
	err := tp.sys.Store.InTx(t.Context(), func(tx *store.Tx) error {
		c, err := tx.Contacts().ByID(tp.acme.Workspace.ID, jane.ID)
		if err != nil {
			return err
		}
		return tp.sys.Texts.QueueLoginText(tx, c)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = tp.sys.Store.InTx(t.Context(), func(tx *store.Tx) error {
		c, err := tx.Contacts().ByID(tp.acme.Workspace.ID, bob.ID)
		if err != nil {
			return err
		}
		return tp.sys.Texts.QueueLoginText(tx, c)
	})
	if err == nil || !strings.Contains(apperr.As(err).Fields["phone"], "no phone number") {
		t.Fatalf("texting a contact without a phone: %v", err)
	}
	tp.runJobs()
	if ms := tp.sms.Messages(); len(ms) != 1 || ms[0].To != "+14155552671" || textLink.FindString(ms[0].Body) == "" {
		t.Fatalf("texts sent: %+v", ms)
	}
}

func TestAMagicLinkDeliveredBySMSIsTextedToTheContact(t *testing.T) {
	tp := newTextPortal(t, "postgres")
	jane := tp.contact("Jane", "jane@example.com", "(415) 555-2671")
	var l api.TextedMagicLink
	if st, body := tp.call(tp.acme.Token, http.MethodPost, "/api/v1/contacts/"+jane.ID+"/magic-links", api.MagicLinkRequest{Deliver: "sms"}, &l); st != http.StatusCreated {
		t.Fatalf("deliver sms: %d %s", st, body)
	}
	if !strings.Contains(l.URL, "/l/") || l.TextID == "" {
		t.Fatalf("answer %+v", l)
	}
	tp.runJobs()
	if ms := tp.sms.Messages(); len(ms) != 1 || !strings.Contains(ms[0].Body, l.URL) {
		t.Fatalf("texts %+v, want one holding %s", ms, l.URL)
	}
	if st, body := tp.call(tp.acme.Token, http.MethodPost, "/api/v1/contacts/"+jane.ID+"/magic-links", map[string]string{"deliver": "pigeon"}, nil); st != http.StatusUnprocessableEntity || !strings.Contains(body, "deliver") {
		t.Fatalf("deliver pigeon: %d %s", st, body)
	}
	var plain api.MagicLink
	if st, _ := tp.call(tp.acme.Token, http.MethodPost, "/api/v1/contacts/"+jane.ID+"/magic-links", nil, &plain); st != http.StatusCreated || !strings.Contains(plain.URL, "/login/magic/") {
		t.Fatalf("a plain magic link: %d %+v", st, plain)
	}
}
