package desk

import (
	"context"
	"fmt"

	"clientportal/shared/api"
)

// maxBulk bounds one bulk action (the server's own batch limit may be lower).
const maxBulk = 5000

// AllContacts pages through every contact matching q (status and search),
// for bulk actions on more than one page of the table.
func (a *App) AllContacts(ctx context.Context, q api.ContactQuery) ([]BulkTarget, error) {
	c, err := a.Current()
	if err != nil {
		return nil, err
	}
	q.Limit, q.Cursor = 200, ""
	var out []BulkTarget
	for len(out) < maxBulk {
		l, err := c.Client.Contacts(ctx, q)
		a.observe(err)
		if err != nil {
			return nil, fmt.Errorf("contacts for a bulk action: %w", err)
		}
		for _, ct := range l.Contacts {
			out = append(out, BulkTarget{ContactID: ct.ID, Email: ct.Email})
		}
		if q.Cursor = l.NextCursor; q.Cursor == "" {
			break
		}
	}
	return out, nil
}
