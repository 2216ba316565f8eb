package web_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

// dashboardStatementBudget is the most SQL statements one dashboard view may
// take, the session and workspace look-ups included.
const dashboardStatementBudget = 4

func TestTheDashboardTakesAtMostFourStatementsOnItsOwnHostAndACustomDomain(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			ada := p.accessContact(p.acme.Token, "ada@example.test", "Ada Lovelace")
			p.seedClientPages(ada.ID)
			for i := range 20 {
				status := []string{model.DocSent, model.DocViewed, model.DocCompleted, model.DocDeclined}[i%4]
				p.storeDocument(ada.ID, "Contract "+string(rune('A'+i)), status)
			}
			p.storeDomain("portal.acme.test")
			b := p.signedIn(ada.ID)
			var (
				mu  sync.Mutex
				sql []string
			)
			if err := p.sys.Store.WatchStatements(func(s string) { mu.Lock(); sql = append(sql, s); mu.Unlock() }); err != nil {
				t.Fatal(err)
			}
			for _, origin := range []string{p.acmeOrigin(), "http://portal.acme.test"} {
				mu.Lock()
				sql = nil
				mu.Unlock()
				a := p.accessPage(http.MethodGet, origin+"/dashboard", b.cookies(), nil)
				if a.status != http.StatusOK || !strings.Contains(a.body, "10 documents are waiting for your signature.") {
					t.Fatalf("GET %s/dashboard: %d\n%.300s", origin, a.status, a.body)
				}
				mu.Lock()
				if len(sql) > dashboardStatementBudget {
					t.Errorf("one dashboard view on %s took %d statements, want at most %d:\n%s", origin, len(sql), dashboardStatementBudget, strings.Join(sql, "\n"))
				}
				mu.Unlock()
			}
		})
	}
}

// storeDomain gives Acme a verified custom domain.
func (p *portal) storeDomain(host string) {
	p.t.Helper()
	err := p.sys.Store.InTx(context.Background(), func(tx *store.Tx) error {
		now := p.sys.Clock.Now()
		return tx.Domains().Create(&model.Domain{ID: uuid.NewString(), WorkspaceID: p.acme.Workspace.ID, Host: host,
			VerificationToken: uuid.NewString(), VerifiedAt: &now, CreatedAt: now})
	})
	if err != nil {
		p.t.Fatal(err)
	}
}

// storeDocument saves a sent document of the contact in a given status
// straight to the store.
func (p *portal) storeDocument(contactID, title, status string) {
	p.t.Helper()
	saveDocument(p.t, p.sys, p.acme.Workspace.ID, contactID, title, status)
}

func TestWhatWaitsForAClientCountsWhatEachAppCountsForThemAlone(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			ctx, ws := context.Background(), p.acme.Workspace.ID
			ada := p.accessContact(p.acme.Token, "ada@example.test", "Ada Lovelace")
			ben := p.accessContact(p.acme.Token, "ben@example.test", "Ben Okri")
			_, groupID := p.seedClientPages(ada.ID)
			p.seedClientPages(ben.ID) // Ben's invoice, course and message are not Ada's
			p.addMembers(p.acme.Token, groupID, ben.ID)
			p.storePosts(groupID, map[string]int{ben.ID: 3, ada.ID: 2}, 1)

			got, err := p.sys.Contacts.Waiting(ctx, ws, ada.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := model.Waiting{UnpaidInvoices: 1, CoursesInProgress: 1, CoursesNotStarted: 1, UnreadMessages: 1, NewGroupPosts: 2}
			if got != want {
				t.Errorf("what waits for Ada is %+v, want %+v", got, want)
			}
			var each model.Waiting
			for _, n := range []struct {
				into *int
				of   func() (int, error)
			}{
				{&each.UnpaidInvoices, func() (int, error) { return p.sys.Invoices.CountUnpaid(ctx, ws, ada.ID) }},
				{&each.CoursesInProgress, func() (int, error) { return p.sys.Courses.InProgress(ctx, ws, ada.ID) }},
				{&each.CoursesNotStarted, func() (int, error) {
					es, err := p.sys.Courses.Enrolments(ctx, ws, ada.ID)
					n := 0
					for _, e := range es {
						if len(e.Lessons) > 0 && !e.Started() {
							n++
						}
					}
					return n, err
				}},
				{&each.UnreadMessages, func() (int, error) { return p.sys.Messages.UnreadForClient(ctx, ws, ada.ID) }},
				{&each.NewGroupPosts, func() (int, error) { return p.sys.Groups.NewPosts(ctx, ws, ada.ID) }},
			} {
				if *n.into, err = n.of(); err != nil {
					t.Fatal(err)
				}
			}
			if got != each {
				t.Errorf("what waits for Ada is %+v, but the apps count %+v", got, each)
			}
		})
	}
}

// storePosts writes posts into a group a minute from now, so they are new
// to every member: n of each author, the first removed of each removed.
func (p *portal) storePosts(groupID string, perAuthor map[string]int, removed int) {
	p.t.Helper()
	at := p.sys.Clock.Now().UTC().Add(time.Minute)
	err := p.sys.Store.InTx(context.Background(), func(tx *store.Tx) error {
		for author, n := range perAuthor {
			for i := range n {
				post := &model.GroupPost{ID: uuid.NewString(), WorkspaceID: p.acme.Workspace.ID, GroupID: groupID,
					AuthorContactID: author, Body: "A post", CreatedAt: at}
				if i < removed {
					post.RemovedAt = &at
				}
				if err := tx.Groups().CreatePost(post); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		p.t.Fatal(err)
	}
}
