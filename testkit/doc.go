// Package testkit holds the test tools every module of the workspace
// shares; browsertest runs the real Chromium for browser tests of the
// portal and of the desktop app's UI, and dnstest a DNS server that tests
// point the portal's resolver at.
package testkit
