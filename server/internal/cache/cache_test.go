package cache_test

import (
	"testing"
	"time"

	"clientportal/server/internal/cache"
	"clientportal/shared/clock"
)

func TestAnEntryLivesForItsTimeByTheClock(t *testing.T) {
	clk := &clock.Offset{}
	c := cache.New[string, int](clk, 5*time.Second, 10)
	c.Put("a", 1)
	if v, ok := c.Get("a"); !ok || v != 1 {
		t.Fatalf("fresh entry: %v %v", v, ok)
	}
	clk.Advance(4 * time.Second)
	if _, ok := c.Get("a"); !ok {
		t.Fatal("the entry expired before its time")
	}
	clk.Advance(time.Second)
	if _, ok := c.Get("a"); ok {
		t.Fatal("the entry outlived its time")
	}
}

func TestDroppedEntriesAreGoneAndAFullCacheStartsOver(t *testing.T) {
	c := cache.New[int, string](nil, time.Minute, 3)
	c.Put(1, "ws-a")
	c.Put(2, "ws-b")
	c.Put(3, "ws-a")
	c.DeleteWhere(func(v string) bool { return v == "ws-a" })
	if _, ok := c.Get(1); ok {
		t.Error("a dropped entry is still there")
	}
	if _, ok := c.Get(2); !ok {
		t.Error("an entry that did not match was dropped")
	}
	c.Put(4, "x")
	c.Put(5, "y")
	if c.Len() > 3 {
		t.Errorf("the cache holds %d entries, more than its 3", c.Len())
	}
	c.Update(5, func(s string) string { return s + "!" })
	if v, _ := c.Get(5); v != "y!" {
		t.Errorf("updated entry is %q", v)
	}
}

func TestAValueReadBeforeAChangeIsNotCachedAfterTheChangesDrop(t *testing.T) {
	c := cache.New[string, string](nil, time.Minute, 10)
	mark := c.Since()
	// … the value is read from the database; meanwhile a change commits:
	c.DeleteWhere(func(string) bool { return true })
	c.PutSince(mark, "session", "read before the change")
	if _, ok := c.Get("session"); ok {
		t.Fatal("a value read before a change was cached after the change's drop; it would outlive the change")
	}
	c.PutSince(c.Since(), "session", "read after")
	if _, ok := c.Get("session"); !ok {
		t.Fatal("a value read after the last change was not cached")
	}
}
