package profile

import "sync"

// gauge counts work in progress and remembers the most at once.
type gauge struct {
	mu        sync.Mutex
	now, peak int
}

// decoding counts the pictures being decoded.
var decoding gauge

func (g *gauge) enter() {
	g.mu.Lock()
	g.now++
	g.peak = max(g.peak, g.now)
	g.mu.Unlock()
}

func (g *gauge) leave() {
	g.mu.Lock()
	g.now--
	g.mu.Unlock()
}

// resetPeak forgets the most at once and returns what it was.
func (g *gauge) resetPeak() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	p := g.peak
	g.peak = g.now
	return p
}
