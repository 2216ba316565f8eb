package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"clientportal/shared/api"
)

// recorded is what the fake owner API saw of one request.
type recorded struct {
	method, path, query, auth, idem, ctype string
	lastEventID, body                      string
}

// ownerAPI is a test server that records each request and answers with reply.
func ownerAPI(t *testing.T, reply http.HandlerFunc) (*api.Client, *[]recorded) {
	t.Helper()
	var seen []recorded
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		seen = append(seen, recorded{r.Method, r.URL.Path, r.URL.RawQuery, r.Header.Get("Authorization"),
			r.Header.Get("Idempotency-Key"), r.Header.Get("Content-Type"), r.Header.Get("Last-Event-ID"), string(b)})
		reply(w, r)
	}))
	t.Cleanup(srv.Close)
	return api.NewClient(srv.URL+"/", "cpo_secret", srv.Client()), &seen
}

func TestTheClientSendsTheTokenTheBodyAndTheIdempotencyKeyAndDecodesTheAnswer(t *testing.T) {
	c, seen := ownerAPI(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, `{"id":"c1","email":"ada@example.test","name":"Ada Lovelace","status":"not_invited"}`)
	})
	got, err := c.CreateContact(context.Background(), api.NewContact{Email: "ada@example.test", Name: "Ada Lovelace"}, "key-1")
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != "c1" || got.Name != "Ada Lovelace" {
		t.Errorf("decoded %+v", got)
	}
	r := (*seen)[0]
	if r.method != http.MethodPost || r.path != "/api/v1/contacts" || r.auth != "Bearer cpo_secret" || r.idem != "key-1" || r.ctype != "application/json" {
		t.Errorf("request %+v", r)
	}
	var body map[string]any
	if err := json.Unmarshal([]byte(r.body), &body); err != nil || body["email"] != "ada@example.test" {
		t.Errorf("body %q (%v)", r.body, err)
	}
}

func TestAContactQueryBecomesItsQueryStringAndEmptyFieldsAreLeftOut(t *testing.T) {
	c, seen := ownerAPI(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, `{"contacts":[],"next_cursor":""}`) })
	if _, err := c.Contacts(context.Background(), api.ContactQuery{Status: "joined", Q: "ada lovelace", Limit: 25}); err != nil {
		t.Fatal(err)
	}
	if q := (*seen)[0].query; q != "limit=25&q=ada+lovelace&status=joined" {
		t.Errorf("query %q", q)
	}
	if _, err := c.Contacts(context.Background(), api.ContactQuery{}); err != nil {
		t.Fatal(err)
	}
	if q := (*seen)[1].query; q != "" {
		t.Errorf("an empty query sent %q", q)
	}
}

func TestAnErrorAnswerBecomesAnErrorWithItsStatusCodeMessageAndFields(t *testing.T) {
	c, _ := ownerAPI(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnprocessableEntity)
		fmt.Fprint(w, `{"error":{"code":"validation_failed","message":"Check the fields.","fields":{"email":"Enter an email address."}}}`)
	})
	_, err := c.CreateContact(context.Background(), api.NewContact{}, "")
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Status != 422 || ae.Code != api.CodeValidation || ae.Fields["email"] != "Enter an email address." {
		t.Fatalf("error %#v", err)
	}
	if !api.IsStatus(err, 422) || api.IsStatus(err, 404) {
		t.Error("IsStatus does not tell the status")
	}
	if !strings.Contains(err.Error(), "Check the fields.") {
		t.Errorf("the error reads %q", err)
	}
}

func TestAnAnswerThatIsNotTheErrorShapeKeepsItsTextAsTheMessage(t *testing.T) {
	c, _ := ownerAPI(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprint(w, "upstream went away\n")
	})
	_, err := c.Portal(context.Background())
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Status != 502 || ae.Code != api.CodeInternal || ae.Message != "upstream went away" {
		t.Fatalf("error %#v", err)
	}
}

func TestTheEventStreamPassesEachJSONEventOnAndSendsLastEventID(t *testing.T) {
	c, seen := ownerAPI(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprint(w, "retry: 2000\n: connected\n\n")
		fmt.Fprint(w, "id: 7\nevent: contact.joined\ndata: {\"id\":7,\"type\":\"contact.joined\",\"data\":{\"name\":\"Ada\"}}\n\n")
		fmt.Fprint(w, ": ping\n\n")
		fmt.Fprint(w, "id: 8\nevent: email.sent\ndata: {\"id\":8,\"data\":{\"to\":\"ada@example.test\"}}\n\n")
	})
	opened := false
	var got []api.Event
	err := c.StreamEvents(context.Background(), 6, func() { opened = true }, func(e api.Event) { got = append(got, e) })
	if err == nil || !strings.Contains(err.Error(), "closed by the server") {
		t.Errorf("a stream the server closed ended with %v", err)
	}
	if !opened || len(got) != 2 {
		t.Fatalf("opened %v, events %+v", opened, got)
	}
	if got[0].Type != "contact.joined" || got[0].Data["name"] != "Ada" || got[1].ID != 8 || got[1].Type != "email.sent" {
		t.Errorf("events %+v", got)
	}
	if len(*seen) != 1 || (*seen)[0].path != "/api/v1/events" || (*seen)[0].lastEventID != "6" {
		t.Errorf("requests %+v", *seen)
	}
}
