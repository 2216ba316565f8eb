package clock_test

import (
	"testing"
	"time"

	"clientportal/shared/clock"
)

func TestSettableClockOnlyMovesWhenTold(t *testing.T) {
	start := clock.Real{}.Now()
	c := clock.NewSettable(start)
	if got := c.Now(); !got.Equal(start) {
		t.Fatalf("new clock reads %v, want %v", got, start)
	}
	if got := c.Advance(90 * time.Minute); !got.Equal(start.Add(90 * time.Minute)) {
		t.Fatalf("after 90 minutes the clock reads %v", got)
	}
	if got := c.AddDate(3, 0, 0); got.Year() != start.Year()+3 {
		t.Fatalf("three years on the clock reads year %d, want %d", got.Year(), start.Year()+3)
	}
	c.Set(start)
	if got := c.Now(); !got.Equal(start) {
		t.Fatalf("set back, the clock reads %v, want %v", got, start)
	}
}

func TestRealClockIsUTCAndOrFallsBackToIt(t *testing.T) {
	if loc := clock.Or(nil).Now().Location(); loc != time.UTC {
		t.Fatalf("the wall clock reads in %v, want UTC", loc)
	}
	c := clock.NewSettable(clock.Real{}.Now().AddDate(10, 0, 0))
	if clock.Or(c) != clock.Clock(c) {
		t.Fatal("Or replaced a given clock")
	}
}

func TestOffsetClockRunsOnAndJumpsWhenTold(t *testing.T) {
	c := clock.NewOffset()
	first := c.Now()
	if second := c.Now(); second.Before(first) {
		t.Fatalf("the clock ran backwards: %v then %v", first, second)
	}
	later := c.AddDate(5, 0, 0)
	if later.Year() < first.Year()+5 {
		t.Fatalf("five years on the clock reads year %d, want at least %d", later.Year(), first.Year()+5)
	}
	if got := c.Advance(time.Hour); got.Sub(later) < time.Hour {
		t.Fatalf("an hour on, the clock moved only %v", got.Sub(later))
	}
}
