// Package browsertest starts Debian's headless Chromium for tests that drive
// the portal as a person would, with chromedp.
//
// Each test gets its own browser process and a fresh profile under
// t.TempDir(). Every action runs under a timeout, so a hung browser fails the
// test instead of hanging the suite. The Chromium binary comes from
// PORTAL_CHROMIUM (default /usr/bin/chromium); when it is missing the test
// fails and names `make deps`, it never skips.
//
//	b := browsertest.New(t, browsertest.Viewport(390, 844))
//	b.Run(chromedp.Navigate(srv.URL))
//	if got := b.Text("h1"); got != "Welcome" { ... }
//	b.Screenshot("dashboard")
//
// Screenshots go to t.ArtifactDir(): a temporary folder, or a kept one when
// the tests run with `go test -artifacts -outputdir DIR` (as `make test` does).
package browsertest
