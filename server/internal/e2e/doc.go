// Package e2e holds the end-to-end tests of the portal server: the whole
// server on a loopback port, a real SMTP server in the test process, and
// headless Chromium driving the pages as a client would.
package e2e
