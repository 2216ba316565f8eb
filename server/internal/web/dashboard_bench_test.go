package web_test

import (
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/storetest"
)

// BenchmarkDashboard measures the signed-in dashboard of a client with 20
// documents, 10 invoices, 5 courses and 3 groups over real loopback HTTP,
// many requests at once, on each database, beside the same server's
// static-file rate: the ratio of the two is the figure to watch.
func BenchmarkDashboard(b *testing.B) {
	slog.SetLogLoggerLevel(slog.LevelWarn)
	for _, dialect := range storetest.Dialects {
		b.Run(dialect, func(b *testing.B) {
			lp := newLivePortal(b, dialect)
			ada := lp.newContact("Ada Lovelace", "ada@example.test")
			for i := range 20 {
				status := []string{model.DocSent, model.DocViewed, model.DocCompleted, model.DocDeclined}[i%4]
				lp.addDocument(ada, "Contract "+string(rune('A'+i)), status)
			}
			for range 10 {
				lp.issueInvoice(lp.draftInvoice(ada))
			}
			for range 5 {
				lp.publishCourse(ada)
			}
			for i := range 3 {
				g := lp.newGroupOf("Group "+string(rune('A'+i)), ada)
				lp.seedPosts(g, ada, 5)
			}
			c := lp.signIn(ada)
			c.Transport.(*http.Transport).MaxIdleConnsPerHost = connections
			b.Run("dashboard", func(b *testing.B) { hammer(b, c, lp.origin()+"/dashboard") })
			b.Run("static", func(b *testing.B) { hammer(b, c, lp.origin()+"/static/css/portal.css") })
		})
	}
}

// connections is how many requests the dashboard benchmark keeps in flight.
const connections = 64

// hammer GETs u b.N times from 64 goroutines, each on its own keep-alive
// connection, and reports requests per second and the 99th percentile latency.
func hammer(b *testing.B, c *http.Client, u string) {
	var (
		mu  sync.Mutex
		all []time.Duration
	)
	b.SetParallelism((connections + runtime.GOMAXPROCS(0) - 1) / runtime.GOMAXPROCS(0))
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			t0 := time.Now()
			res, err := c.Get(u)
			if err != nil {
				b.Error(err)
				return
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				b.Errorf("GET %s: %d", u, res.StatusCode)
				return
			}
			mine = append(mine, time.Since(t0))
		}
		mu.Lock()
		all = append(all, mine...)
		mu.Unlock()
	})
	elapsed := time.Since(start)
	b.StopTimer()
	if len(all) == 0 {
		return
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(all[len(all)*99/100].Microseconds())/1000, "p99-ms")
}
