package ui

import (
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

// BenchmarkContactsTable10k renders pages of the contacts table (50 rows)
// through the UI handler, with 10,000 contacts on a real portal server.
func BenchmarkContactsTable10k(b *testing.B) {
	portal := testenv.StartPortal(b)
	seedMany(b, ownerClient(portal), 10000)
	h := benchHarness(b, portal)
	cursors := pageCursors(b, h, 200)
	b.Logf("10,000 contacts = %d pages of %d", len(cursors), contactsPageSize)
	b.Run("ui-page", func(b *testing.B) {
		i := 0
		for b.Loop() {
			body := fetch(b, h.UI.URL+"/contacts/table?cursor="+url.QueryEscape(cursors[i%len(cursors)]))
			if strings.Count(body, `name="contact_id"`) != contactsPageSize {
				b.Fatalf("page %d does not hold %d rows", i%len(cursors), contactsPageSize)
			}
			i++
		}
	})
	// The same pages straight from the owner API: the server's share of the time.
	b.Run("api-page", func(b *testing.B) {
		c, i := ownerClient(portal), 0
		for b.Loop() {
			q := api.ContactQuery{Limit: contactsPageSize, Cursor: cursors[i%len(cursors)]}
			if _, err := c.Contacts(testenv.Context(b), q); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// seedMany creates n contacts with 8 parallel API clients.
func seedMany(b *testing.B, c *api.Client, n int) {
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := w; i < n; i += 8 {
				in := api.NewContact{Email: fmt.Sprintf("bench-%05d@example.test", i), Name: fmt.Sprintf("Bench %05d", i)}
				if _, err := c.CreateContact(testenv.Context(b), in, ""); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}

// pageCursors walks the table with "Next page" and collects every page's cursor.
func pageCursors(b *testing.B, h *harness, limit int) []string {
	cursors := []string{""}
	for len(cursors) < limit {
		next := nextCursor(fetch(b, h.UI.URL+"/contacts/table?cursor="+url.QueryEscape(cursors[len(cursors)-1])))
		if next == "" {
			break
		}
		cursors = append(cursors, next)
	}
	return cursors
}

// nextCursor reads the cursor of the "Next page" button of a rendered table.
func nextCursor(body string) string {
	end := strings.Index(body, ">Next page<")
	if end < 0 {
		return ""
	}
	start := strings.LastIndex(body[:end], `hx-get="`) + len(`hx-get="`)
	u, err := url.Parse(html.UnescapeString(body[start : strings.Index(body[start:], `"`)+start]))
	if err != nil {
		return ""
	}
	return u.Query().Get("cursor")
}

func fetch(b *testing.B, u string) string {
	res, err := http.Get(u)
	if err != nil {
		b.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		b.Fatal(err)
	}
	return string(body)
}

// benchHarness is a UI connected to the portal.
func benchHarness(b *testing.B, p *testenv.Portal) *harness {
	h := newHarness(b)
	if _, err := h.App.Connect(testenv.Context(b), p.URL, p.Token); err != nil {
		b.Fatal(err)
	}
	return h
}
