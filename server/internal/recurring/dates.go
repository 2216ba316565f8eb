package recurring

import "time"

// PeriodDate is the issue date of period n (from 0) of a schedule starting
// on start: n weeks later, or n months or years later on the same day of
// the month, the month's last day when it is shorter (31 January, then
// 28 or 29 February, 31 March, 30 April).
func PeriodDate(start time.Time, every string, n int) time.Time {
	switch every {
	case "week":
		return start.AddDate(0, 0, 7*n)
	case "year":
		return sameDay(start, 12*n)
	}
	return sameDay(start, n)
}

func sameDay(start time.Time, months int) time.Time {
	y, m, d := start.Date()
	first := time.Date(y, m+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(d, last)-1)
}
