package store

import (
	"strings"
	"time"

	"clientportal/server/internal/model"
)

// Adoption counts invites and joins per UTC day since the given time.
func (r Contacts) Adoption(workspaceID string, since time.Time) ([]model.DayCount, error) {
	var invited, joined []struct {
		Day string
		N   int64
	}
	q := `SELECT CAST(date(%s) AS TEXT) AS day, COUNT(*) AS n FROM contacts WHERE workspace_id = ? AND %s >= ? GROUP BY 1`
	if err := r.db.db.Raw(sprintf(q, "invited_at"), workspaceID, since).Scan(&invited).Error; err != nil {
		return nil, notFound(err, "count invites per day")
	}
	if err := r.db.db.Raw(sprintf(q, "joined_at"), workspaceID, since).Scan(&joined).Error; err != nil {
		return nil, notFound(err, "count joins per day")
	}
	byDay := map[string]*model.DayCount{}
	var out []model.DayCount
	for d := since.UTC().Truncate(24 * time.Hour); !d.After(r.db.Now()); d = d.Add(24 * time.Hour) {
		out = append(out, model.DayCount{Day: d.Format("2006-01-02")})
	}
	for i := range out {
		byDay[out[i].Day] = &out[i]
	}
	for _, r := range invited {
		if d := byDay[r.Day]; d != nil {
			d.Invited = r.N
		}
	}
	for _, r := range joined {
		if d := byDay[r.Day]; d != nil {
			d.Joined = r.N
		}
	}
	return out, nil
}

func sprintf(q, col string) string { return strings.ReplaceAll(q, "%s", col) }
