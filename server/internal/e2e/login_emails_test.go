package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/shared/api"
)

// postLoginEmails sends POST /api/v1/login-emails and returns the status and answer.
func (s *server) postLoginEmails(token string, ids []string) (int, api.LoginEmailsResult) {
	s.t.Helper()
	body, _ := json.Marshal(api.LoginEmailsRequest{ContactIDs: ids})
	req, _ := http.NewRequest(http.MethodPost, s.base+"/api/v1/login-emails", strings.NewReader(string(body)))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	res, err := (&http.Client{Transport: s.transport(), Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	var out api.LoginEmailsResult
	json.NewDecoder(res.Body).Decode(&out)
	return res.StatusCode, out
}

// waitBatch polls the batch until done says so, or fails after within.
func (s *server) waitBatch(id string, within time.Duration, done func(api.LoginEmailBatch) bool) api.LoginEmailBatch {
	s.t.Helper()
	var b api.LoginEmailBatch
	for deadline := time.Now().Add(within); ; time.Sleep(50 * time.Millisecond) {
		if err := s.owner.Do(context.Background(), api.Request{Method: http.MethodGet, Path: "/api/v1/login-emails/" + id}, &b); err != nil {
			s.t.Fatalf("GET the batch: %v", err)
		}
		if done(b) {
			return b
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("batch after %s: %d sent, %d queued, %d pending, %d failed of %d", within, b.Sent, b.Queued, b.Pending, b.Failed, b.Total)
		}
	}
}

func TestLoginEmailsToFiftyContactsAreDeliveredEachWithItsOwnLinkAndCode(t *testing.T) {
	s := start(t, "sqlite")
	ids := make([]string, 50)
	for i := range ids {
		ids[i] = s.contact(fmt.Sprintf("client%02d@client.test", i), fmt.Sprintf("Client %02d", i)).ID
	}
	status, r := s.postLoginEmails(s.acme.Token, ids)
	if status != http.StatusAccepted || r.Queued != 50 || r.BatchID == "" {
		t.Fatalf("POST /api/v1/login-emails: %d %+v, want 202 with 50 queued and a batch id", status, r)
	}
	b := s.waitBatch(r.BatchID, 30*time.Second, func(b api.LoginEmailBatch) bool { return b.Sent == 50 })
	if b.Total != 50 || b.Failed != 0 || len(b.Results) != 50 {
		t.Errorf("batch %+v, want 50 sent of 50", b)
	}

	msgs := s.waitEmails(50, 10*time.Second)
	links, codes, to := map[string]bool{}, map[string]int{}, map[string]bool{}
	for _, m := range msgs {
		if m.Link == "" || m.Code == "" || !strings.Contains(m.HTML, m.Code) || !strings.Contains(m.Text, m.Link) {
			t.Fatalf("email to %s lacks its link or code:\n%s", m.To, m.Text)
		}
		links[m.Link], to[m.To] = true, true
		codes[m.Code]++
	}
	if len(msgs) != 50 || len(links) != 50 || len(to) != 50 {
		t.Errorf("%d emails to %d addresses with %d distinct links; want 50 of each", len(msgs), len(to), len(links))
	}
	if len(codes) < 45 { // 50 random 6-digit codes collide rarely, never this much
		t.Errorf("only %d distinct codes in 50 emails", len(codes))
	}

	v := s.visitor()
	v.get(msgs[7].Link)
	if p := v.submit(msgs[7].Link, nil); !strings.HasPrefix(p.heading(), "Welcome, Client") {
		t.Errorf("a login email's button does not log in: %q", p.heading())
	}
}

func TestALoginEmailToARevokedContactFailsWithAReason(t *testing.T) {
	s := start(t, "sqlite")
	ann := s.contact("ann@client.test", "Ann Lee")
	gone := s.contact("gone@client.test", "Gone Client")
	if err := s.owner.Do(context.Background(), api.Request{Method: http.MethodPost, Path: "/api/v1/contacts/" + gone.ID + "/revoke-access"}, nil); err != nil {
		t.Fatal(err)
	}
	status, r := s.postLoginEmails(s.acme.Token, []string{ann.ID, gone.ID})
	if status != http.StatusAccepted || r.Queued != 2 {
		t.Fatalf("POST /api/v1/login-emails: %d %+v", status, r)
	}
	b := s.waitBatch(r.BatchID, 20*time.Second, func(b api.LoginEmailBatch) bool { return b.Sent+b.Failed == 2 })
	for _, res := range b.Results {
		switch res.ContactID {
		case ann.ID:
			if res.Status != "sent" {
				t.Errorf("Ann's login email is %q, want sent", res.Status)
			}
		case gone.ID:
			if res.Status != "failed" || !strings.Contains(res.Error, "revoked") {
				t.Errorf("the revoked contact's login email is %q with reason %q, want failed saying access was revoked", res.Status, res.Error)
			}
		}
	}
	time.Sleep(200 * time.Millisecond)
	for _, m := range s.smtp.Messages() {
		if strings.Join(m.To, ",") == "gone@client.test" {
			t.Error("an email reached the revoked contact")
		}
	}
}
