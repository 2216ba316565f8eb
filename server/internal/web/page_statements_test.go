package web_test

import (
	"net/http"
	"strings"
	"sync"
	"testing"

	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

// pageStatementBudgets are the most SQL statements one view of each page
// may take while the client is active, their session and workspace still
// cached from the request before. The courses page takes the same number
// for one course or many.
var pageStatementBudgets = map[string]int{
	"/dashboard": 2,
	"/invoices":  2, // and whether the workspace takes payments
	"/messages":  1,
	"/courses":   5,
	"/groups":    1,
}

func TestEachPageOfAnActiveClientStaysWithinItsStatementBudget(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			ada := p.accessContact(p.acme.Token, "ada@example.test", "Ada Lovelace")
			p.seedClientPages(ada.ID)
			for _, title := range []string{"Payroll", "Year-end close", "Tax returns"} {
				var course api.Course
				p.ownerJSON(http.MethodPost, "/api/v1/courses", api.CourseInput{Title: title, Modules: []api.ModuleInput{
					{Title: "Start", Lessons: []api.LessonInput{{Title: "First steps", Body: "Step one."}, {Title: "Next steps", Body: "Step two."}}}}}, &course)
				p.ownerJSON(http.MethodPost, "/api/v1/courses/"+course.ID+"/publish", nil, nil)
				p.ownerJSON(http.MethodPost, "/api/v1/courses/"+course.ID+"/grants", api.GrantInput{ContactIDs: []string{ada.ID}}, nil)
			}
			b := p.signedIn(ada.ID)
			p.view(b, "/messages") // the first visit marks the owner's welcome read
			courses := p.accessPage(http.MethodGet, p.acmeOrigin()+"/courses", b.cookies(), nil)
			for _, title := range []string{"Bookkeeping basics", "Payroll", "Year-end close", "Tax returns"} {
				if !strings.Contains(courses.body, title) {
					t.Fatalf("the courses page lacks %q", title)
				}
			}
			var (
				mu  sync.Mutex
				sql []string
			)
			if err := p.sys.Store.WatchStatements(func(s string) { mu.Lock(); sql = append(sql, s); mu.Unlock() }); err != nil {
				t.Fatal(err)
			}
			for path, budget := range pageStatementBudgets {
				mu.Lock()
				sql = nil
				mu.Unlock()
				a := p.accessPage(http.MethodGet, p.acmeOrigin()+path, b.cookies(), nil)
				if a.status != http.StatusOK {
					t.Fatalf("GET %s: %d", path, a.status)
				}
				mu.Lock()
				if len(sql) > budget {
					t.Errorf("one view of %s took %d statements, want at most %d:\n%s", path, len(sql), budget, strings.Join(sql, "\n"))
				}
				mu.Unlock()
			}
		})
	}
}
