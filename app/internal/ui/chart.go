package ui

import (
	"fmt"

	"clientportal/app/internal/desk"
)

// Chart is the server-rendered SVG of invites and joins per day.
type Chart struct {
	Error         string
	Width, Height int
	Bars          []ChartBar
	Max           int
	TotalInvited  int
	TotalJoined   int
	FirstDay      string
	LastDay       string
}

// ChartBar is one day's pair of bars.
type ChartBar struct {
	Title                 string
	X, InvitedY, InvitedH int
	JoinedX, JoinedY      int
	JoinedH, W            int
}

const (
	chartW     = 560
	chartH     = 140
	chartFloor = 120 // y of the baseline; labels go below
)

// buildChart lays out the bars; heights scale to the busiest day.
func buildChart(days []desk.Day) Chart {
	c := Chart{Width: chartW, Height: chartH, Max: 1}
	for _, d := range days {
		c.Max = max(c.Max, d.Invited, d.Joined)
		c.TotalInvited += d.Invited
		c.TotalJoined += d.Joined
	}
	if len(days) == 0 {
		return c
	}
	c.FirstDay, c.LastDay = days[0].Date.Format("2 Jan"), days[len(days)-1].Date.Format("2 Jan")
	slot := chartW / len(days)
	bw := max(slot/3, 2)
	for i, d := range days {
		ih, jh := d.Invited*(chartFloor-24)/c.Max, d.Joined*(chartFloor-24)/c.Max
		x := i*slot + slot/6
		c.Bars = append(c.Bars, ChartBar{
			Title: fmt.Sprintf("%s: %d invited, %d joined", d.Date.Format("2 Jan"), d.Invited, d.Joined),
			X:     x, InvitedY: chartFloor - ih, InvitedH: ih,
			JoinedX: x + bw, JoinedY: chartFloor - jh, JoinedH: jh, W: bw,
		})
	}
	return c
}
