package recurring

import (
	"testing"
	"time"

	"clientportal/shared/clock"
)

func TestMonthlyPeriodsKeepTheDayOrTakeTheMonthsLastDay(t *testing.T) {
	y := clock.NewOffset().Now().Year() + 1
	start := time.Date(y, time.January, 31, 0, 0, 0, 0, time.UTC)
	feb := 28
	if time.Date(y, time.February, 29, 0, 0, 0, 0, time.UTC).Day() == 29 {
		feb = 29
	}
	want := []time.Time{start, time.Date(y, time.February, feb, 0, 0, 0, 0, time.UTC), time.Date(y, time.March, 31, 0, 0, 0, 0, time.UTC),
		time.Date(y, time.April, 30, 0, 0, 0, 0, time.UTC), time.Date(y, time.May, 31, 0, 0, 0, 0, time.UTC)}
	for n, w := range want {
		if got := PeriodDate(start, "month", n); !got.Equal(w) {
			t.Errorf("period %d is %s, want %s", n, got.Format(time.DateOnly), w.Format(time.DateOnly))
		}
	}
	leapYear := y
	for time.Date(leapYear, time.February, 29, 0, 0, 0, 0, time.UTC).Day() != 29 {
		leapYear++
	}
	leap := time.Date(leapYear, time.February, 29, 0, 0, 0, 0, time.UTC)
	if got := PeriodDate(leap, "year", 1); !got.Equal(time.Date(leapYear+1, time.February, 28, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("a year after 29 February is %s", got.Format(time.DateOnly))
	}
	if got := PeriodDate(start, "week", 2); !got.Equal(start.AddDate(0, 0, 14)) {
		t.Errorf("two weeks after 31 January is %s", got.Format(time.DateOnly))
	}
}
