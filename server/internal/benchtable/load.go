package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"slices"
	"sync"
	"time"
)

// load signs one client in through the owner API and a magic link, then
// GETs their dashboard from conns connections at once for a while, and
// prints one line: `load <label> conns=… requests=… errors=… req/s=… p50-ms=… p99-ms=…`.
func load(args []string) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	server := fs.String("server", "", "the server's address, host:port")
	token := fs.String("token", "", "an owner API token")
	conns := fs.Int("conns", 256, "connections at once")
	dur := fs.Duration("for", 30*time.Second, "how long")
	label := fs.String("label", "", "name printed with the figures")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *server == "" || *token == "" {
		return errors.New("load needs -server and -token")
	}
	c := newClient(*server, *conns)
	dashboard, err := signIn(c, *server, *token)
	if err != nil {
		return err
	}
	r := hammer(c, dashboard, *conns, *dur)
	fmt.Printf("load %s conns=%d requests=%d errors=%d req/s=%.0f p50-ms=%.1f p99-ms=%.1f\n",
		*label, *conns, r.requests, r.errors, float64(r.requests)/dur.Seconds(), ms(r.p50), ms(r.p99))
	return nil
}

// newClient reaches every host name on the server's one address.
func newClient(server string, conns int) *http.Client {
	jar, _ := cookiejar.New(nil)
	dial := func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, server)
	}
	return &http.Client{Jar: jar, Timeout: 30 * time.Second,
		Transport: &http.Transport{DialContext: dial, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}}
}

var csrfField = regexp.MustCompile(`name="_csrf" value="([^"]+)"`)

// signIn adds a contact, makes them a magic link and presses Continue; it
// returns the dashboard's address.
func signIn(c *http.Client, server, token string) (string, error) {
	api := "http://" + server + "/api/v1"
	var contact struct{ ID string }
	email := fmt.Sprintf("load-%d@bench.test", time.Now().UnixNano())
	if err := call(c, token, api+"/contacts", map[string]string{"name": "Load Client", "email": email}, &contact); err != nil {
		return "", err
	}
	var link struct{ URL string }
	if err := call(c, token, api+"/contacts/"+contact.ID+"/magic-links", nil, &link); err != nil {
		return "", err
	}
	page, err := c.Get(link.URL)
	if err != nil {
		return "", fmt.Errorf("open the magic link: %w", err)
	}
	body, _ := io.ReadAll(page.Body)
	page.Body.Close()
	m := csrfField.FindSubmatch(body)
	if m == nil {
		return "", fmt.Errorf("the magic link page (%d) has no form token", page.StatusCode)
	}
	res, err := c.PostForm(link.URL, url.Values{"_csrf": {string(m[1])}})
	if err != nil {
		return "", fmt.Errorf("continue: %w", err)
	}
	res.Body.Close()
	if res.Request.URL.Path != "/dashboard" {
		return "", fmt.Errorf("after Continue the client is on %s, not the dashboard", res.Request.URL)
	}
	return res.Request.URL.String(), nil
}

func call(c *http.Client, token, u string, in, out any) error {
	b, _ := json.Marshal(in)
	req, _ := http.NewRequest(http.MethodPost, u, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	res, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("POST %s: %w", u, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode >= 300 {
		return fmt.Errorf("POST %s: %d %s", u, res.StatusCode, body)
	}
	return json.Unmarshal(body, out)
}

type result struct {
	requests, errors int
	p50, p99         time.Duration
}

// hammer GETs u from conns goroutines until the time is up; any answer but
// 200 (or no answer) counts as an error.
func hammer(c *http.Client, u string, conns int, d time.Duration) result {
	var (
		mu     sync.Mutex
		lat    []time.Duration
		errs   int
		wg     sync.WaitGroup
		finish = time.Now().Add(d)
	)
	for range conns {
		wg.Go(func() {
			var mine []time.Duration
			bad := 0
			for time.Now().Before(finish) {
				t0 := time.Now()
				res, err := c.Get(u)
				if err != nil {
					bad++
					continue
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					bad++
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat, errs = append(lat, mine...), errs+bad
			mu.Unlock()
		})
	}
	wg.Wait()
	slices.Sort(lat)
	r := result{requests: len(lat) + errs, errors: errs}
	if len(lat) > 0 {
		r.p50, r.p99 = lat[len(lat)/2], lat[len(lat)*99/100]
	}
	return r
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
