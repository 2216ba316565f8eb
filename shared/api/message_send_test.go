package api_test

import (
	"context"
	"net/http"
	"testing"

	"clientportal/shared/api"
)

func TestAReplyWithAFileSentTwiceWithOneKeySendsTheSameBodySoTheServerCanRecogniseTheRepeat(t *testing.T) {
	c, seen := ownerAPI(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"id":"m1"}`))
	})
	in := api.NewMessage{ContactID: "c1", Body: "The contract.", FileName: "contract.pdf", File: []byte("%PDF-1.4 contract")}
	for range 2 {
		if _, err := c.SendMessage(context.Background(), in, "key-1"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.SendMessage(context.Background(), in, "key-2"); err != nil {
		t.Fatal(err)
	}
	s := *seen
	if len(s) != 3 || s[0].body != s[1].body || s[0].ctype != s[1].ctype {
		t.Fatalf("two sends with one Idempotency-Key differ:\n%q\n%q", s[0].ctype, s[1].ctype)
	}
	if s[2].body == s[0].body {
		t.Fatal("a send with another key repeats the first one's body, boundary included")
	}
}
