package browsertest

import "time"

// Default sizes and limits of a test browser.
const (
	DefaultWidth   = 1280
	DefaultHeight  = 800
	DefaultTimeout = 20 * time.Second
	startTimeout   = 45 * time.Second
	stopTimeout    = 15 * time.Second
)

type config struct {
	width, height int
	timeout       time.Duration
}

// Option changes how New starts a browser.
type Option func(*config)

// Viewport sets the size in CSS pixels of the page area, for example
// Viewport(390, 844) for a phone.
func Viewport(width, height int) Option {
	return func(c *config) { c.width, c.height = width, height }
}

// Timeout sets how long one call of Run, Text, Screenshot or Axe may take
// before the test fails (DefaultTimeout if not set).
func Timeout(d time.Duration) Option {
	return func(c *config) { c.timeout = d }
}

func newConfig(opts []Option) config {
	c := config{width: DefaultWidth, height: DefaultHeight, timeout: DefaultTimeout}
	for _, o := range opts {
		o(&c)
	}
	return c
}
