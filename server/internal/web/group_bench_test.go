package web_test

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/groups"
	"clientportal/server/internal/model"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/store"
)

// seedPosts writes n posts into a group, one second apart, newest last.
func (lp *livePortal) seedPosts(groupID, authorID string, n int) {
	lp.t.Helper()
	start := time.Now().UTC().Add(-time.Duration(n) * time.Second)
	err := lp.sys.Store.InTx(context.Background(), func(tx *store.Tx) error {
		for i := 0; i < n; i++ {
			p := &model.GroupPost{ID: uuid.NewString(), WorkspaceID: lp.acme.Workspace.ID, GroupID: groupID, AuthorContactID: authorID,
				Body: fmt.Sprintf("Post number %d with a few words of text", i), CreatedAt: start.Add(time.Duration(i) * time.Second)}
			if err := tx.Groups().CreatePost(p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		lp.t.Fatal(err)
	}
}

var olderLink = regexp.MustCompile(`href="(/groups/[^"]+\?cursor=[^"]+)"`)

// BenchmarkGroupFeed reads pages of a 10,000-post feed from 8 clients at
// once, first pages and deep pages alike, and reports requests per second
// and the 99th percentile latency.
func BenchmarkGroupFeed(b *testing.B) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		b.Run(dialect, func(b *testing.B) { benchmarkFeed(b, dialect) })
	}
}

func benchmarkFeed(b *testing.B, dialect string) {
	lp := newLivePortal(b, dialect)
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	group := lp.newGroupOf("Founders circle", ada)
	lp.seedPosts(group, ada, 10_000)
	c := lp.signIn(ada)
	pages := []string{lp.origin() + "/groups/" + group}
	for len(pages) < 50 {
		m := olderLink.FindStringSubmatch(get(b, c, pages[len(pages)-1]))
		if m == nil {
			b.Fatalf("page %d of the feed has no link to older posts", len(pages))
		}
		pages = append(pages, lp.origin()+strings.ReplaceAll(m[1], "&amp;", "&"))
	}
	lat := make([]time.Duration, b.N)
	var next int64 = -1
	var mu sync.Mutex
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				next++
				i := next
				mu.Unlock()
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				res, err := c.Get(pages[i%int64(len(pages))])
				if err != nil || res.StatusCode != http.StatusOK {
					b.Errorf("feed page: %v %v", err, res)
					return
				}
				readAll(res)
				res.Body.Close()
				lat[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
}

// BenchmarkGroupPostFanOut connects 1,000 members' live feeds and measures
// the time from one post's commit until every member's stream has said so.
func BenchmarkGroupPostFanOut(b *testing.B) {
	const members = 1000
	lp := newLivePortal(b, "sqlite")
	ids := make([]string, members)
	for i := range ids {
		ids[i] = lp.newContact(fmt.Sprintf("Member %d", i), fmt.Sprintf("m%d@example.test", i))
	}
	group := lp.newGroupOf("Everyone", ids...)
	got := make(chan time.Time, members*4)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	sessions := make([]string, members) // log everyone in first: each first login is an event of its own
	for i, id := range ids {
		sessions[i] = lp.sessionOf(id)
	}
	for _, sess := range sessions {
		c := lp.httpClient()
		c.Timeout = 0
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, lp.origin()+"/groups/"+group+"/events", nil)
		req.Header.Set("Cookie", "portal_session="+sess)
		res, err := c.Do(req)
		if err != nil || res.StatusCode != http.StatusOK {
			b.Fatalf("member stream: %v %v", err, res)
		}
		go func() {
			defer res.Body.Close()
			sc := bufio.NewScanner(res.Body)
			for sc.Scan() {
				if sc.Text() == "event: posts" {
					got <- time.Now()
				}
			}
		}()
	}
	var worst, total time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := lp.sys.Groups.Post(context.Background(), lp.acme.Workspace.ID, "", group, groups.NewPost{Body: "News for all"}); err != nil {
			b.Fatal(err)
		}
		var last time.Time
		for n := 0; n < members; n++ {
			select {
			case last = <-got:
			case <-time.After(10 * time.Second):
				b.Fatalf("only %d of %d members heard of post %d", n, members, i)
			}
		}
		d := last.Sub(t0)
		total += d
		worst = max(worst, d)
	}
	b.StopTimer()
	b.ReportMetric(float64(total.Microseconds())/float64(b.N)/1000, "ms-to-all-1000")
	b.ReportMetric(float64(worst.Microseconds())/1000, "worst-ms")
}

// sessionOf signs a contact in through the links service (no login
// form, so no rate limit) and returns the session cookie's value.
func (lp *livePortal) sessionOf(contactID string) string {
	lp.t.Helper()
	ctx := context.Background()
	link, _, err := lp.sys.Links.NewMagicLink(ctx, lp.acme.Workspace.ID, contactID)
	if err != nil {
		lp.t.Fatal(err)
	}
	token := link[strings.LastIndex(link, "/")+1:]
	ns, err := lp.sys.Links.Consume(ctx, lp.acme.Workspace.ID, token, sessions.ClientMeta{IP: "127.0.0.1"})
	if err != nil {
		lp.t.Fatal(err)
	}
	return ns.Token
}
