package store

import "time"

// MarkInvitedByLoginEmail records that a contact who was never invited was
// sent a login email: from now on they count as invited. Unlike MarkInvited it
// leaves a revocation as it is. It reports whether the contact changed.
func (r Contacts) MarkInvitedByLoginEmail(workspaceID, id string, at time.Time) (bool, error) {
	res := r.db.db.Exec(`UPDATE contacts SET invited_at = ?, updated_at = ?,
		status = CASE WHEN status = 'not_invited' THEN 'invited' ELSE status END
		WHERE workspace_id = ? AND id = ? AND invited_at IS NULL AND access_revoked_at IS NULL`, at, at, workspaceID, id)
	return res.RowsAffected == 1, notFound(res.Error, "mark invited by a login email")
}
