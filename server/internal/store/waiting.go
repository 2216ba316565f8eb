package store

import "clientportal/server/internal/model"

// waitingSQL counts, in one statement, what waits for a contact in each
// app; every subquery is scoped by the workspace.
const waitingSQL = `SELECT
	(SELECT COUNT(*) FROM invoices i WHERE i.workspace_id = @ws AND i.contact_id = @ct AND i.status IN @payable) AS unpaid_invoices,
	(SELECT COUNT(*) FROM course_grants g JOIN courses c ON c.id = g.course_id AND c.workspace_id = g.workspace_id
		WHERE g.workspace_id = @ws AND g.contact_id = @ct AND c.status = 'published'
		AND (SELECT COUNT(*) FROM lessons l WHERE l.workspace_id = g.workspace_id AND l.course_id = g.course_id) >
			(SELECT COUNT(*) FROM lesson_completions lc JOIN lessons l2 ON l2.id = lc.lesson_id
				WHERE lc.workspace_id = g.workspace_id AND lc.course_id = g.course_id AND lc.contact_id = g.contact_id)) AS courses_in_progress,
	(SELECT COUNT(*) FROM course_grants g JOIN courses c ON c.id = g.course_id AND c.workspace_id = g.workspace_id
		WHERE g.workspace_id = @ws AND g.contact_id = @ct AND c.status = 'published'
		AND EXISTS (SELECT 1 FROM lessons l WHERE l.workspace_id = g.workspace_id AND l.course_id = g.course_id)
		AND NOT EXISTS (SELECT 1 FROM lesson_completions lc WHERE lc.workspace_id = g.workspace_id
			AND lc.course_id = g.course_id AND lc.contact_id = g.contact_id)) AS courses_not_started,
	(SELECT COUNT(*) FROM messages ms WHERE ms.workspace_id = @ws AND ms.contact_id = @ct AND ms.author = @owner AND ms.read_at IS NULL) AS unread_messages,
	(SELECT COUNT(*) FROM group_members m JOIN community_groups cg ON cg.id = m.group_id AND cg.workspace_id = m.workspace_id
		JOIN group_posts p ON p.workspace_id = m.workspace_id AND p.group_id = m.group_id
		WHERE m.workspace_id = @ws AND m.contact_id = @ct AND p.created_at > m.last_seen_at
		AND p.removed_at IS NULL AND p.author_contact_id <> m.contact_id) AS new_group_posts`

// Waiting counts what waits for a contact of the workspace in each app.
func (r Contacts) Waiting(workspaceID, contactID string) (model.Waiting, error) {
	var w model.Waiting
	args := map[string]any{"ws": workspaceID, "ct": contactID, "payable": model.PayableStatuses, "owner": model.AuthorOwner}
	err := r.db.db.Raw(waitingSQL, args).Scan(&w).Error
	return w, notFound(err, "what waits for contact "+contactID)
}
