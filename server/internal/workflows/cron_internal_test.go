package workflows

import (
	"testing"
	"time"

	"clientportal/shared/clock"
)

// nextClockChange is noon on the first day after the test clock's today at
// which the zone's offset at noon grows (forward) or shrinks (back); the
// clocks change during the night before it.
func nextClockChange(t *testing.T, zone string, forward bool) time.Time {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	now := clock.NewOffset().Now().In(loc)
	day := time.Date(now.Year(), now.Month(), now.Day(), 12, 0, 0, 0, loc)
	for i := 0; i < 800; i++ {
		next := time.Date(day.Year(), day.Month(), day.Day()+1, 12, 0, 0, 0, loc)
		_, before := day.Zone()
		_, after := next.Zone()
		if (forward && after > before) || (!forward && after < before) {
			return next
		}
		day = next
	}
	t.Fatalf("%s has no clock change in the next two years", zone)
	return time.Time{}
}

func mustCron(t *testing.T, spec string) cron {
	t.Helper()
	c, err := parseCron(spec)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestADailyRunInTheHourClocksSkipRunsAtTheFirstMinuteAfterTheGap(t *testing.T) {
	change := nextClockChange(t, "America/New_York", true)
	loc := change.Location()
	c := mustCron(t, "30 2 * * *")
	dayBefore := change.AddDate(0, 0, -1) // noon, the day before clocks go forward
	got := c.next(dayBefore)
	want := time.Date(change.Year(), change.Month(), change.Day(), 3, 0, 0, 0, loc)
	if !got.Equal(want) || got.Hour() != 3 || got.Minute() != 0 {
		t.Fatalf("after %s the schedule names %s; want %s, the first minute after the skipped hour", dayBefore, got, want)
	}
	then := c.next(got)
	dayAfter := change.AddDate(0, 0, 1)
	if then.Day() != dayAfter.Day() || then.Hour() != 2 || then.Minute() != 30 {
		t.Fatalf("after the catch-up run at %s the schedule names %s; want 02:30 the next night", got, then)
	}
}

func TestADailyRunInTheHourClocksRepeatRunsOnce(t *testing.T) {
	change := nextClockChange(t, "Europe/London", false)
	loc := change.Location()
	c := mustCron(t, "30 1 * * *")
	midnight := time.Date(change.Year(), change.Month(), change.Day(), 0, 0, 0, 0, loc)
	first := c.next(midnight)
	if first.Hour() != 1 || first.Minute() != 30 || first.Day() != change.Day() {
		t.Fatalf("after %s the schedule names %s; want 01:30 that night", midnight, first)
	}
	second := c.next(first)
	if second.Hour() != 1 || second.Minute() != 30 || second.Day() == change.Day() {
		t.Fatalf("after the run at %s the schedule names %s; want 01:30 the next night, not the repeated hour", first, second)
	}
	// 01:31 in summer time, the first time round: 01:30 has passed today.
	after := time.Date(change.Year(), change.Month(), change.Day(), 0, 31, 0, 0, loc).Add(time.Hour)
	if _, off := after.Zone(); off != 3600 {
		t.Fatalf("%s is not in summer time", after)
	}
	if next := c.next(after); next.Hour() != 1 || next.Minute() != 30 || next.Day() == after.Day() {
		t.Fatalf("after %s the schedule names %s; want 01:30 the next night, not the repeated hour", after, next)
	}
}
