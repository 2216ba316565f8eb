// Package testenv starts the real things the desktop app's tests need: a
// `portal` server built from this repository on 127.0.0.1 with its own
// SQLite data folder, and a headless Chromium driven by chromedp.
package testenv
