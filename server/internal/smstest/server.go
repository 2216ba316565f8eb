// Package smstest runs, inside a test, an HTTP server that speaks the part
// of Twilio's Messages API the portal uses: it checks basic auth and the
// form fields, keeps every message, answers errors on request, and posts
// status callbacks and inbound messages signed as Twilio signs them.
package smstest

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
)

// Message is one message the server accepted.
type Message struct {
	SID, To, From, MessagingServiceSid, Body, StatusCallback string
}

// failure is a scripted answer to the next send.
type failure struct {
	status int
	code   int
	keep   bool // the message is taken although the answer is an error (a lost answer)
}

// Server is a Twilio-compatible Messages API.
type Server struct {
	AccountSID, AuthToken, From string

	t        testing.TB
	http     *httptest.Server
	mu       sync.Mutex
	messages []Message
	posts    int
	refused  []string // why requests were refused (bad auth, bad fields)
	failures []failure
}

// Start runs a server until the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	s := &Server{AccountSID: "AC" + randomHex(16), AuthToken: randomHex(16), From: "+15550001111", t: t}
	mux := http.NewServeMux()
	mux.HandleFunc("/2010-04-01/Accounts/{sid}/Messages.json", s.messagesRoute)
	s.http = httptest.NewServer(mux)
	t.Cleanup(s.http.Close)
	return s
}

// URL is the PORTAL_SMS_URL that reaches this server over plain HTTP.
func (s *Server) URL() string {
	u := url.URL{Scheme: "twilio+http", User: url.UserPassword(s.AccountSID, s.AuthToken), Host: strings.TrimPrefix(s.http.URL, "http://"),
		RawQuery: url.Values{"from": {s.From}}.Encode()}
	return u.String()
}

// FailNext makes the next sends answer status with Twilio's error code.
func (s *Server) FailNext(n, status, code int) { s.script(n, failure{status: status, code: code}) }

// LoseNextAnswer makes the next send take the message but answer 500, as
// when the answer is lost on the way back.
func (s *Server) LoseNextAnswer() {
	s.script(1, failure{status: http.StatusInternalServerError, code: 20500, keep: true})
}

func (s *Server) script(n int, f failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.failures = append(s.failures, f)
	}
}

// Messages returns the messages taken so far, oldest first.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// Posts is how many send requests arrived, accepted or not.
func (s *Server) Posts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.posts
}

// Refused lists why requests were refused for bad auth or bad fields; a
// test that expects none checks it is empty.
func (s *Server) Refused() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.refused...)
}

var e164 = regexp.MustCompile(`^\+[1-9][0-9]{6,14}$`)

func (s *Server) messagesRoute(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok || user != s.AccountSID || pass != s.AuthToken || r.PathValue("sid") != s.AccountSID {
		s.refuse(w, http.StatusUnauthorized, 20003, "Authenticate")
		return
	}
	switch r.Method {
	case http.MethodPost:
		s.create(w, r)
	case http.MethodGet:
		s.list(w, r)
	default:
		s.refuse(w, http.StatusMethodNotAllowed, 20004, "Method not allowed")
	}
}

func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
		s.refuse(w, http.StatusBadRequest, 20001, "The request is not a form")
		return
	}
	f := r.PostForm
	m := Message{SID: "SM" + randomHex(16), To: f.Get("To"), From: f.Get("From"), MessagingServiceSid: f.Get("MessagingServiceSid"),
		Body: f.Get("Body"), StatusCallback: f.Get("StatusCallback")}
	switch {
	case !e164.MatchString(m.To):
		s.refuse(w, http.StatusBadRequest, 21211, "The 'To' number "+m.To+" is not a valid phone number.")
		return
	case (m.From == "") == (m.MessagingServiceSid == ""):
		s.refuse(w, http.StatusBadRequest, 21603, "A 'From' or 'MessagingServiceSid' parameter is required.")
		return
	case m.Body == "":
		s.refuse(w, http.StatusBadRequest, 21602, "Message body is required.")
		return
	}
	s.mu.Lock()
	s.posts++
	var fail *failure
	if len(s.failures) > 0 {
		fail, s.failures = &s.failures[0], s.failures[1:]
	}
	if fail == nil || fail.keep {
		s.messages = append(s.messages, m)
	}
	s.mu.Unlock()
	if fail != nil {
		writeJSON(w, fail.status, map[string]any{"code": fail.code, "message": "scripted failure", "status": fail.status})
		return
	}
	writeJSON(w, http.StatusCreated, messageJSON(m, "queued"))
}

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	to := r.URL.Query().Get("To")
	var out []map[string]any
	ms := s.Messages()
	for i := len(ms) - 1; i >= 0; i-- {
		if to == "" || ms[i].To == to {
			out = append(out, messageJSON(ms[i], "sent"))
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"messages": out, "page": 0, "page_size": 50})
}

func (s *Server) refuse(w http.ResponseWriter, status, code int, msg string) {
	s.mu.Lock()
	s.refused = append(s.refused, fmt.Sprintf("%d %d %s", status, code, msg))
	s.mu.Unlock()
	writeJSON(w, status, map[string]any{"code": code, "message": msg, "status": status})
}

func messageJSON(m Message, status string) map[string]any {
	return map[string]any{"sid": m.SID, "to": m.To, "from": m.From, "body": m.Body, "status": status,
		"messaging_service_sid": m.MessagingServiceSid, "num_segments": "1"}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// ReportStatus posts a status callback for message m to its StatusCallback,
// signed with the auth token, and returns the answer's status.
func (s *Server) ReportStatus(m Message, status, errorCode string) int {
	s.t.Helper()
	form := url.Values{"MessageSid": {m.SID}, "SmsSid": {m.SID}, "AccountSid": {s.AccountSID}, "MessageStatus": {status},
		"SmsStatus": {status}, "To": {m.To}, "From": {s.From}, "ApiVersion": {"2010-04-01"}}
	if errorCode != "" {
		form.Set("ErrorCode", errorCode)
	}
	return s.Post(m.StatusCallback, form, s.Sign(m.StatusCallback, form))
}

// SendInbound posts an incoming message from a number to url, signed.
func (s *Server) SendInbound(webhookURL, from, body string) int {
	s.t.Helper()
	form := url.Values{"MessageSid": {"SM" + randomHex(16)}, "AccountSid": {s.AccountSID}, "From": {from}, "To": {s.From},
		"Body": {body}, "NumMedia": {"0"}, "ApiVersion": {"2010-04-01"}}
	return s.Post(webhookURL, form, s.Sign(webhookURL, form))
}

// Post sends a form to url with an X-Twilio-Signature header and returns
// the answer's status.
func (s *Server) Post(target string, form url.Values, signature string) int {
	s.t.Helper()
	req, err := http.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	if err != nil {
		s.t.Fatalf("callback request to %q: %v", target, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Twilio-Signature", signature)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatalf("post callback to %s: %v", target, err)
	}
	res.Body.Close()
	return res.StatusCode
}

// Sign is Twilio's signature of a request: base64 HMAC-SHA1, keyed by the
// auth token, of the URL followed by the sorted parameters' names and values.
func (s *Server) Sign(target string, form url.Values) string {
	names := make([]string, 0, len(form))
	for k := range form {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(target)
	for _, k := range names {
		for _, v := range form[k] {
			b.WriteString(k)
			b.WriteString(v)
		}
	}
	mac := hmac.New(sha1.New, []byte(s.AuthToken))
	mac.Write([]byte(b.String()))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
