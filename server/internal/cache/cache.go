// Package cache keeps recent look-ups in memory for a short time. Entries
// expire by the clock the cache is given, and are dropped at once when the
// database says what they were read from changed (see store.OnInvalidate).
package cache

import (
	"sync"
	"time"

	"clientportal/shared/clock"
)

// TTL is a map whose entries live for a fixed time. It is safe for
// concurrent use.
type TTL[K comparable, V any] struct {
	clock clock.Clock
	ttl   time.Duration
	max   int

	mu      sync.Mutex
	entries map[K]entry[V]
	drops   uint64 // how many times entries were dropped on a change
}

type entry[V any] struct {
	value   V
	expires time.Time
}

// New returns a cache whose entries live for ttl; once it holds max entries
// a new one replaces them all (a burst of new keys must not grow memory).
func New[K comparable, V any](clk clock.Clock, ttl time.Duration, max int) *TTL[K, V] {
	return &TTL[K, V]{clock: clock.Or(clk), ttl: ttl, max: max, entries: map[K]entry[V]{}}
}

// Get returns the live value of key.
func (c *TTL[K, V]) Get(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || !c.clock.Now().Before(e.expires) {
		var zero V
		return zero, false
	}
	return e.value, true
}

// Since is a mark to pass to PutSince: take it before reading what will be
// cached.
func (c *TTL[K, V]) Since() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.drops
}

// PutSince stores value unless entries were dropped since the mark: the
// value may have been read before a change whose drop it would then outlive.
func (c *TTL[K, V]) PutSince(mark uint64, key K, value V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.drops == mark {
		c.put(key, value)
	}
}

// Put stores value under key for the cache's lifetime.
func (c *TTL[K, V]) Put(key K, value V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.put(key, value)
}

func (c *TTL[K, V]) put(key K, value V) {
	if _, ok := c.entries[key]; !ok && len(c.entries) >= c.max {
		clear(c.entries)
	}
	c.entries[key] = entry[V]{value: value, expires: c.clock.Now().Add(c.ttl)}
}

// Update changes the value under key, if it is there, keeping its expiry.
func (c *TTL[K, V]) Update(key K, fn func(V) V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[key]; ok {
		e.value = fn(e.value)
		c.entries[key] = e
	}
}

// DeleteWhere drops every entry whose value matches.
func (c *TTL[K, V]) DeleteWhere(match func(V) bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.drops++
	for k, e := range c.entries {
		if match(e.value) {
			delete(c.entries, k)
		}
	}
}

// Clear drops every entry.
func (c *TTL[K, V]) Clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.drops++
	clear(c.entries)
}

// Len is how many entries the cache holds, expired ones included.
func (c *TTL[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}
