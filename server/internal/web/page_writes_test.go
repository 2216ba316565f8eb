package web_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"clientportal/server/internal/storetest"
	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
	"clientportal/shared/testpdf"
)

// ownerJSON calls Acme's owner API with a JSON body and decodes the answer.
func (p *portal) ownerJSON(method, path string, in, out any) {
	p.t.Helper()
	body := ""
	if in != nil {
		b, _ := json.Marshal(in)
		body = string(b)
	}
	a := p.api(method, path, p.acme.Token, body)
	if a.status >= 300 {
		p.t.Fatalf("%s %s: %d %s", method, path, a.status, a.body)
	}
	if out != nil {
		accessDecode(p.t, a, out)
	}
}

// seedClientPages gives a contact something on every main page: a document
// to sign, an issued invoice, a course, a group and a conversation; it
// returns the course and group ids.
func (p *portal) seedClientPages(contactID string) (courseID, groupID string) {
	p.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("title", "Service agreement")
	mw.WriteField("signer_contact_id", contactID)
	fw, _ := mw.CreateFormFile("file", "agreement.pdf")
	fw.Write(testpdf.Pages(1))
	mw.Close()
	a := p.do(request{method: http.MethodPost, path: "/api/v1/documents", token: p.acme.Token, contentType: mw.FormDataContentType(), body: body.String()})
	var doc api.Document
	accessDecode(p.t, a, &doc)
	p.ownerJSON(http.MethodPost, "/api/v1/documents/"+doc.ID+"/send", nil, nil)

	today := p.sys.Clock.Now()
	var inv api.Invoice
	p.ownerJSON(http.MethodPost, "/api/v1/invoices", api.InvoiceInput{ContactID: contactID, Currency: "EUR", DueDate: today.AddDate(0, 1, 0).Format(time.DateOnly),
		Lines: []api.InvoiceLineInput{{Description: "Website design", Quantity: "1", UnitPrice: 40000}}}, &inv)
	p.ownerJSON(http.MethodPost, "/api/v1/invoices/"+inv.ID+"/issue", nil, nil)

	var course api.Course
	p.ownerJSON(http.MethodPost, "/api/v1/courses", api.CourseInput{Title: "Bookkeeping basics", Modules: []api.ModuleInput{
		{Title: "Getting started", Lessons: []api.LessonInput{{Title: "Why books matter", Body: "Books matter."}}}}}, &course)
	p.ownerJSON(http.MethodPost, "/api/v1/courses/"+course.ID+"/publish", nil, nil)
	p.ownerJSON(http.MethodPost, "/api/v1/courses/"+course.ID+"/grants", api.GrantInput{ContactIDs: []string{contactID}}, nil)

	var group api.Group
	p.ownerJSON(http.MethodPost, "/api/v1/groups", api.GroupInput{Name: "Founders circle"}, &group)
	p.ownerJSON(http.MethodPost, "/api/v1/groups/"+group.ID+"/members", api.MembersInput{ContactIDs: []string{contactID}}, nil)
	p.ownerJSON(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: contactID, Body: "Welcome aboard"}, nil)
	return course.ID, group.ID
}

// writeCounter counts the INSERT, UPDATE and DELETE statements the store runs.
type writeCounter struct {
	mu     sync.Mutex
	writes []string
}

func countWrites(p *portal) *writeCounter {
	p.t.Helper()
	w := &writeCounter{}
	err := p.sys.Store.WatchStatements(func(sql string) {
		verb, _, _ := strings.Cut(strings.TrimSpace(strings.ToUpper(sql)), " ")
		if verb == "INSERT" || verb == "UPDATE" || verb == "DELETE" {
			w.mu.Lock()
			w.writes = append(w.writes, sql)
			w.mu.Unlock()
		}
	})
	if err != nil {
		p.t.Fatal(err)
	}
	return w
}

// since returns the writes after the first n.
func (w *writeCounter) since(n int) []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.writes[n:]...)
}

func (w *writeCounter) count() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.writes)
}

func TestTheMainPagesOfASignedInClientWriteNothingWithinAMinuteAndRefreshLastSeenOnceAfter(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			clk := systemtest.Clock(t, p.sys)
			ada := p.accessContact(p.acme.Token, "ada@example.test", "Ada Lovelace")
			courseID, groupID := p.seedClientPages(ada.ID)
			writes := countWrites(p)
			b := p.signedIn(ada.ID)
			p.view(b, "/messages") // the first visit marks the owner's message read
			pages := []string{"/dashboard", "/dashboard/documents", "/documents", "/invoices", "/invoices/rows", "/messages",
				"/messages/thread", "/courses", "/courses/" + courseID, "/groups", "/groups/" + groupID, "/groups/" + groupID + "/feed", "/profile"}
			visit := func() []string {
				before := writes.count()
				for _, path := range pages {
					a := p.accessPage(http.MethodGet, p.acmeOrigin()+path, b.cookies(), nil)
					if a.status != http.StatusOK {
						t.Fatalf("GET %s: %d\n%.300s", path, a.status, a.body)
					}
				}
				return writes.since(before)
			}
			if w := visit(); len(w) != 0 {
				t.Errorf("GETs of the main pages within a minute of login wrote %d statements:\n%s", len(w), strings.Join(w, "\n"))
			}
			clk.Advance(2 * time.Minute)
			w := visit()
			want := []string{"sessions", "group_members"} // one refresh each of the session's and the member's last look
			if len(w) != len(want) {
				t.Fatalf("GETs two minutes later wrote %d statements, want one refresh each of %v:\n%s", len(w), want, strings.Join(w, "\n"))
			}
			for i, table := range want {
				if !strings.Contains(w[i], table) || !strings.Contains(w[i], "last_seen_at") {
					t.Errorf("write %d is %q, want the last_seen_at of %s", i, w[i], table)
				}
			}
		})
	}
}
