package texts

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// twilio sends through Twilio's Messages API (or a server that speaks it).
type twilio struct {
	base           string // https://api.twilio.com
	accountSID     string
	authToken      string
	from           string
	messageService string
	client         *http.Client
}

func newTwilio(u *url.URL) *twilio {
	scheme := "https"
	if u.Scheme == "twilio+http" {
		scheme = "http"
	}
	token, _ := u.User.Password()
	q := u.Query()
	return &twilio{base: scheme + "://" + u.Host, accountSID: u.User.Username(), authToken: token,
		from: q.Get("from"), messageService: q.Get("messaging_service"), client: &http.Client{Timeout: sendTimeout}}
}

func (t *twilio) messagesURL() string {
	return t.base + "/2010-04-01/Accounts/" + url.PathEscape(t.accountSID) + "/Messages.json"
}

// twilioMessage is the part of Twilio's Message resource we read.
type twilioMessage struct {
	SID    string `json:"sid"`
	Status string `json:"status"`
	Body   string `json:"body"`
	To     string `json:"to"`
}

// twilioError is Twilio's error answer.
type twilioError struct {
	Code    json.Number `json:"code"`
	Message string      `json:"message"`
}

// Send posts the message: To, From or MessagingServiceSid, Body and
// StatusCallback, with basic auth.
func (t *twilio) Send(ctx context.Context, m Message) (Receipt, error) {
	form := url.Values{"To": {m.To}, "Body": {m.Body}}
	if t.messageService != "" {
		form.Set("MessagingServiceSid", t.messageService)
	} else {
		form.Set("From", t.from)
	}
	if m.StatusCallback != "" {
		form.Set("StatusCallback", m.StatusCallback)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.messagesURL(), strings.NewReader(form.Encode()))
	if err != nil {
		return Receipt{}, fmt.Errorf("text request: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	var msg twilioMessage
	if err := t.do(req, &msg); err != nil {
		return Receipt{}, err
	}
	if msg.SID == "" {
		return Receipt{}, fmt.Errorf("text provider accepted %s without a message sid", m.TextID)
	}
	return Receipt{SID: msg.SID, Status: msg.Status}, nil
}

// Find lists the newest messages to m.To and picks the one with m's body:
// every body holds a fresh link or code, so no two are alike.
func (t *twilio) Find(ctx context.Context, m Message) (Receipt, bool, error) {
	q := url.Values{"To": {m.To}, "PageSize": {"50"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.messagesURL()+"?"+q.Encode(), nil)
	if err != nil {
		return Receipt{}, false, fmt.Errorf("text lookup request: %w", err)
	}
	var page struct {
		Messages []twilioMessage `json:"messages"`
	}
	if err := t.do(req, &page); err != nil {
		return Receipt{}, false, fmt.Errorf("look for an earlier try of %s: %w", m.TextID, err)
	}
	for _, msg := range page.Messages {
		if msg.Body == m.Body && msg.SID != "" {
			return Receipt{SID: msg.SID, Status: msg.Status}, true, nil
		}
	}
	return Receipt{}, false, nil
}

func (t *twilio) do(req *http.Request, into any) error {
	req.SetBasicAuth(t.accountSID, t.authToken)
	req.Header.Set("Accept", "application/json")
	res, err := t.client.Do(req)
	if err != nil {
		return fmt.Errorf("text provider %s: %w", t.base, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("read the text provider's answer: %w", err)
	}
	if res.StatusCode >= 300 {
		var te twilioError
		_ = json.Unmarshal(b, &te)
		if te.Message == "" {
			te.Message = http.StatusText(res.StatusCode)
		}
		return &ProviderError{Status: res.StatusCode, Code: te.Code.String(), Message: te.Message}
	}
	if err := json.Unmarshal(b, into); err != nil {
		return fmt.Errorf("the text provider's answer (%s) is not JSON: %w", strconv.Itoa(res.StatusCode), err)
	}
	return nil
}

func (t *twilio) AuthToken() string { return t.authToken }
func (t *twilio) KeepsBody() bool   { return false }
