package e2e

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
	"clientportal/shared/testpdf"
)

// secret is one live secret the flow handed out, and what it is.
type secret struct{ what, value string }

// After a whole flow (an invitation, a magic link asked for twice with one
// Idempotency-Key, a login email, a login with its code, a document sent,
// signed and sealed, Stripe keys and a webhook added, an invoice issued and
// a message sent), no column of any table, as the database lists them,
// holds in clear a link's token, a code, a session, a form secret, the
// owner's API token, a provider's key or a PEM private key: a database or
// backup read must not let anyone in, sign, or act as the business.
func TestNoColumnOfAnyTableHoldsALiveSecretAfterAFullFlow(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			s := start(t, dialect)
			secrets := []secret{{"the owner's API token", s.acme.Token}}
			secrets = append(secrets, s.clientFlow()...)
			secrets = append(secrets, s.signingFlow()...)
			secrets = append(secrets, s.stripeKeys()...)
			secrets = append(secrets, s.webhookSecret()...)
			s.invoiceAndMessage()
			for _, sec := range secrets {
				if len(sec.value) < 6 {
					t.Fatalf("the flow did not hand out %s", sec.what)
				}
			}
			s.waitAllSent()
			secrets = append(secrets, s.emailedSecrets()...)
			db := s.rawDB()
			tables := storetest.Tables(t, db)
			for _, table := range tables {
				for _, leak := range secretsIn(t, db, table, secrets) {
					t.Errorf("table %s holds %s", table, leak)
				}
			}
			t.Logf("looked for %d secrets in every column of %d tables", len(secrets), len(tables))
		})
	}
}

// clientFlow invites Ann, asks for a magic link twice with one key, sends
// her a login email and logs her in with its code; it returns the secrets
// handed out on the way.
func (s *server) clientFlow() []secret {
	s.t.Helper()
	ann := s.invite("ann@client.test", "Ann Lee")
	inv := s.lastEmailTo("ann@client.test", 1)
	var first, again api.MagicLink
	req := api.Request{Method: http.MethodPost, Path: "/api/v1/contacts/" + ann.ID + "/magic-links", IdempotencyKey: "ann-link"}
	if err := s.owner.Do(context.Background(), req, &first); err != nil {
		s.t.Fatalf("magic link: %v", err)
	}
	if err := s.owner.Do(context.Background(), req, &again); err != nil || again.URL != first.URL {
		s.t.Fatalf("the repeated magic link request answered %q (%v), want the first answer %q", again.URL, err, first.URL)
	}
	if status, _ := s.postLoginEmails(s.acme.Token, []string{ann.ID}); status != http.StatusAccepted {
		s.t.Fatalf("POST /api/v1/login-emails: %d", status)
	}
	login := s.lastEmailTo("ann@client.test", 2)
	if inv.Code == "" || login.Code == "" || inv.Code == login.Code {
		s.t.Fatalf("the invitation's code %q and the login email's %q should be two codes", inv.Code, login.Code)
	}
	v := s.visitor()
	v.get(s.acmeURL("/login/code"))
	anon := v.cookie(s.acmeURL("/"), "portal_csrf")
	anonForm := formToken(s.t, v.last)
	if p := v.submit(s.acmeURL("/login/code"), url.Values{"email": {"ann@client.test"}, "code": {login.Code}}); !strings.HasPrefix(p.heading(), "Welcome, Ann") {
		s.t.Fatalf("login with the code shows %q", p.heading())
	}
	return []secret{
		{"the invitation's link", tokenOf(s.t, inv.Link)}, {"the invitation's code", inv.Code},
		{"the magic link the owner API answered (and keeps for replays)", tokenOf(s.t, first.URL)},
		{"the login email's link", tokenOf(s.t, login.Link)}, {"the login email's code", login.Code},
		{"a visitor's pre-session id", anon}, {"a visitor's form token", anonForm},
		{"Ann's session", v.cookie(s.acmeURL("/"), "portal_session")}, {"Ann's form token", formToken(s.t, v.last)},
	}
}

var docLink = regexp.MustCompile(`https?://[^\s"<>]+/documents/[^\s"<>/]+/open/([^\s"<>/]+)`)

// signingFlow sends Ann a document, signs it from the email's link and
// waits for the sealed final copy; it returns the link's token.
func (s *server) signingFlow() []secret {
	s.t.Helper()
	ctx := context.Background()
	d, err := s.owner.UploadDocument(ctx, api.NewDocument{Title: "Service agreement", SignerContactID: s.annID(),
		FileName: "agreement.pdf", PDF: testpdf.Text("Service agreement", "Signed below.")}, "")
	if err != nil {
		s.t.Fatalf("upload: %v", err)
	}
	if _, err := s.owner.SendDocument(ctx, d.ID, ""); err != nil {
		s.t.Fatalf("send: %v", err)
	}
	m := docLink.FindStringSubmatch(s.lastEmailTo("ann@client.test", 3).Text)
	if m == nil {
		s.t.Fatal("the signing email has no link to the document")
	}
	v := s.visitor()
	v.get(m[0])
	v.submit(m[0], nil)
	page := v.get(s.acmeURL("/documents/" + d.ID))
	if p := v.submit(s.acmeURL("/documents/"+d.ID+"/sign"), url.Values{"name": {"Ann Lee"}, "consent": {"yes"}, "mode": {"type"}}); p.Status != http.StatusOK {
		s.t.Fatalf("sign (from %q): %d %s", page.heading(), p.Status, p.mainText())
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if got, err := s.owner.Document(ctx, d.ID); err == nil && got.Status == api.DocumentCompleted {
			break
		}
		if time.Now().After(deadline) {
			s.t.Fatal("the signed document was not sealed within 30 s")
		}
	}
	return []secret{{"the signing email's link", m[1]}}
}

// invoiceAndMessage issues Ann an invoice and writes her a message: two
// more emails with one-click links.
func (s *server) invoiceAndMessage() {
	s.t.Helper()
	ctx, ann := context.Background(), s.annID()
	today := s.sys.Clock.Now()
	inv, err := s.owner.CreateInvoice(ctx, api.InvoiceInput{ContactID: ann, Currency: "EUR", IssueDate: today.Format(time.DateOnly),
		DueDate: today.AddDate(0, 1, 0).Format(time.DateOnly), Lines: []api.InvoiceLineInput{{Description: "Design", Quantity: "1", UnitPrice: 40000}}}, "")
	if err != nil {
		s.t.Fatalf("create an invoice: %v", err)
	}
	if err := s.owner.Do(ctx, api.Request{Method: http.MethodPost, Path: "/api/v1/invoices/" + inv.ID + "/issue"}, nil); err != nil {
		s.t.Fatalf("issue the invoice: %v", err)
	}
	if _, err := s.owner.SendMessage(ctx, api.NewMessage{ContactID: ann, Body: "Your files are ready."}, ""); err != nil {
		s.t.Fatalf("write to Ann: %v", err)
	}
}

var (
	emailedToken = regexp.MustCompile(`/(?:login/magic|open|l)/([A-Za-z0-9_-]{16,})`)
	emailedCode  = regexp.MustCompile(`code:? ([0-9]{6})\b`)
)

// emailedSecrets are the link tokens and codes of every email that arrived.
func (s *server) emailedSecrets() []secret {
	s.t.Helper()
	var out []secret
	for _, m := range s.smtp.Messages() {
		p, err := m.Parse()
		if err != nil {
			s.t.Fatalf("a message does not parse: %v", err)
		}
		for _, re := range []*regexp.Regexp{emailedToken, emailedCode} {
			for _, sub := range re.FindAllStringSubmatch(p.Text+p.HTML, -1) {
				out = append(out, secret{fmt.Sprintf("a secret of the email %q", p.Header.Get("Subject")), sub[1]})
			}
		}
	}
	if len(out) < 6 {
		s.t.Fatalf("the emails that arrived hold %d links and codes, want at least 6", len(out))
	}
	return out
}

func (s *server) annID() string {
	s.t.Helper()
	list, err := s.owner.Contacts(context.Background(), api.ContactQuery{Q: "ann@client.test"})
	if err != nil || len(list.Contacts) != 1 {
		s.t.Fatalf("find Ann: %v %+v", err, list)
	}
	return list.Contacts[0].ID
}

// stripeKeys connects Acme's Stripe account and returns its secrets.
func (s *server) stripeKeys() []secret {
	s.t.Helper()
	key, hook := "sk_test_"+randomText(s.t), "whsec_"+randomText(s.t)
	body := map[string]string{"secret_key": key, "publishable_key": "pk_test_" + randomText(s.t), "webhook_secret": hook}
	if err := s.owner.Do(context.Background(), api.Request{Method: http.MethodPut, Path: "/api/v1/payments/stripe", Body: body}, nil); err != nil {
		s.t.Fatalf("connect Stripe: %v", err)
	}
	return []secret{{"the Stripe secret key", key}, {"the Stripe webhook secret", hook}}
}

// webhookSecret adds an outgoing webhook to Acme and returns its signing
// secret, which the server must keep to sign every delivery.
func (s *server) webhookSecret() []secret {
	s.t.Helper()
	var hook api.Webhook
	// A documentation address (TEST-NET-3) for an event the flow does not
	// raise: nothing is delivered.
	in := api.WebhookInput{URL: "https://203.0.113.10/portal", Events: []string{"document.declined"}}
	if err := s.owner.Do(context.Background(), api.Request{Method: http.MethodPost, Path: "/api/v1/webhooks", Body: in}, &hook); err != nil {
		s.t.Fatalf("add a webhook: %v", err)
	}
	return []secret{{"the webhook's signing secret", hook.Secret}}
}

func randomText(t testing.TB) string {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// waitAllSent waits until every queued email is recorded as sent.
func (s *server) waitAllSent() {
	s.t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var n int64
		s.rawDB().Raw("SELECT COUNT(*) FROM emails WHERE status <> 'sent'").Scan(&n)
		if n == 0 {
			return
		}
	}
	s.t.Fatal("some emails were never recorded as sent")
}

var formTokenField = regexp.MustCompile(`name="_csrf" value="([^"]+)"`)

// formToken is the form token a page embeds.
func formToken(t testing.TB, p page) string {
	t.Helper()
	m := formTokenField.FindStringSubmatch(p.Body)
	if m == nil {
		t.Fatalf("%s has no form token", p.URL)
	}
	return m[1]
}
