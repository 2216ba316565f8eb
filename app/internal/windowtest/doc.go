// Package windowtest starts the real desktop binary under Xvfb against a real
// portal server and checks the window it paints. Its tests carry the desktop
// build tag (they need the cgo/WebKit build); the helpers here need nothing.
package windowtest
