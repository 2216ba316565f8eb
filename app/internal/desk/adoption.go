package desk

import (
	"context"
	"fmt"
	"time"
)

// Day is the number of invites and joins on one day.
type Day struct {
	Date    time.Time
	Invited int
	Joined  int
}

// Adoption fetches invites and joins per day over the last days.
func (a *App) Adoption(ctx context.Context, days int) ([]Day, error) {
	c, err := a.Current()
	if err != nil {
		return nil, err
	}
	res, err := c.Client.Adoption(ctx, days)
	a.observe(err)
	if err != nil {
		return nil, fmt.Errorf("adoption chart: %w", err)
	}
	out := make([]Day, 0, len(res.Days))
	for _, d := range res.Days {
		at, err := time.Parse("2006-01-02", d.Date)
		if err != nil {
			return nil, fmt.Errorf("adoption day %q: %w", d.Date, err)
		}
		out = append(out, Day{Date: at, Invited: int(d.Invited), Joined: int(d.Joined)})
	}
	return out, nil
}
