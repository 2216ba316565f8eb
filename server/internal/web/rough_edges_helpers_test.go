package web_test

import (
	"clientportal/testkit/browsertest"
)

// laptop is the viewport of a common laptop screen, in CSS pixels.
var laptop = browsertest.Viewport(1280, 800)
