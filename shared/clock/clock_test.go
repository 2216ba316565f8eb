package clock_test

import (
	"testing"
	"time"

	"clientportal/shared/clock"
)

func TestRealClockIsUTCAndOrFallsBackToIt(t *testing.T) {
	if loc := clock.Or(nil).Now().Location(); loc != time.UTC {
		t.Fatalf("the wall clock reads in %v, want UTC", loc)
	}
	c := clock.NewOffset()
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
