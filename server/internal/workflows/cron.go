package workflows

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// cron is a five-field schedule: minute, hour, day of month, month, day of
// week (0 or 7 is Sunday). A day matches when either day field does, as in
// classic cron, once both are restricted.
type cron struct {
	min, hour, dom, month, dow [64]bool
	domAny, dowAny             bool
}

var cronRanges = [5][2]int{{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}}

func parseCron(spec string) (cron, error) {
	var c cron
	fs := strings.Fields(spec)
	if len(fs) != 5 {
		return c, errors.New("it needs exactly five fields")
	}
	sets := []*[64]bool{&c.min, &c.hour, &c.dom, &c.month, &c.dow}
	for i, f := range fs {
		if err := parseCronField(f, cronRanges[i], sets[i]); err != nil {
			return c, fmt.Errorf("field %d (%q): %w", i+1, f, err)
		}
	}
	if c.dow[7] {
		c.dow[0] = true
	}
	c.domAny, c.dowAny = fs[2] == "*", fs[4] == "*"
	return c, nil
}

func parseCronField(f string, r [2]int, set *[64]bool) error {
	for _, part := range strings.Split(f, ",") {
		lo, hi, step := r[0], r[1], 1
		base, stepText, hasStep := strings.Cut(part, "/")
		if hasStep {
			n, err := strconv.Atoi(stepText)
			if err != nil || n < 1 {
				return errors.New("the step after / must be a positive number")
			}
			step = n
		}
		if base != "*" {
			a, b, isRange := strings.Cut(base, "-")
			x, err := strconv.Atoi(a)
			if err != nil {
				return errors.New("use numbers, *, ranges like 1-5 and steps like */15")
			}
			lo, hi = x, x
			if isRange {
				if hi, err = strconv.Atoi(b); err != nil {
					return errors.New("a range needs a number on each side")
				}
			} else if hasStep {
				hi = r[1]
			}
		}
		if lo < r[0] || hi > r[1] || lo > hi {
			return fmt.Errorf("use values from %d to %d", r[0], r[1])
		}
		for v := lo; v <= hi; v += step {
			set[v] = true
		}
	}
	return nil
}

func (c cron) dayMatches(t time.Time) bool {
	dom, dow := c.dom[t.Day()], c.dow[int(t.Weekday())]
	switch {
	case c.domAny && c.dowAny:
		return true
	case c.domAny:
		return dow
	case c.dowAny:
		return dom
	}
	return dom || dow
}

// next is the first minute after t the schedule names, in t's location
// (a wall time that clocks going forward skip runs at the first minute after
// the gap; an hour that clocks going back repeat runs once); the zero time
// when there is none within five years.
func (c cron) next(t time.Time) time.Time {
	from := wall(t)
	t = t.Truncate(time.Minute).Add(time.Minute)
	end := t.AddDate(5, 0, 0)
	for t.Before(end) {
		prev := t
		switch {
		case c.skippedBefore(t):
			return t
		case !c.month[int(t.Month())]:
			t = time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, t.Location())
		case !c.dayMatches(t):
			t = time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, t.Location())
		case !c.hour[t.Hour()]:
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour()+1, 0, 0, 0, t.Location())
		case !c.min[t.Minute()]:
			t = t.Add(time.Minute)
		case !wall(t).After(from): // the hour repeated when clocks go back: once is enough
			t = t.Add(time.Minute)
		default:
			return t
		}
		if !t.After(prev) { // a day or hour that starts twice, when clocks go back
			t = prev.Add(time.Minute)
		}
	}
	return time.Time{}
}

// skippedBefore reports whether the schedule names a wall time that clocks
// going forward skipped just before t, so its run is due at t.
func (c cron) skippedBefore(t time.Time) bool {
	to := wall(t)
	for m := wall(t.Add(-time.Minute)).Add(time.Minute); m.Before(to); m = m.Add(time.Minute) {
		if c.month[int(m.Month())] && c.dayMatches(m) && c.hour[m.Hour()] && c.min[m.Minute()] {
			return true
		}
	}
	return false
}

// wall is t's date and time on the clock of its zone, as if in UTC.
func wall(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC)
}
