package store

import (
	"time"

	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// Groups is the repository of community groups, members, posts, comments and likes.
type Groups struct{ db *Tx }

// Groups returns the group repository.
func (t *Tx) Groups() Groups { return Groups{t} }

// Create saves a new group.
func (r Groups) Create(g *model.Group) error {
	return notFound(r.db.db.Create(g).Error, "create group")
}

// ByID loads a group of the workspace.
func (r Groups) ByID(workspaceID, id string) (model.Group, error) {
	return byID[model.Group](r.db, workspaceID, id, "group")
}

// List returns the workspace's groups, oldest first.
func (r Groups) List(workspaceID string) ([]model.Group, error) {
	var gs []model.Group
	err := r.db.db.Where("workspace_id = ?", workspaceID).Order("created_at, id").Find(&gs).Error
	return gs, notFound(err, "list groups")
}

// AddMembers makes contacts members; existing members stay as they are.
func (r Groups) AddMembers(workspaceID, groupID string, contactIDs []string, at time.Time) ([]string, error) {
	var had []string
	if err := r.db.db.Model(&model.GroupMember{}).Where("workspace_id = ? AND group_id = ? AND contact_id IN ?", workspaceID, groupID, contactIDs).
		Pluck("contact_id", &had).Error; err != nil {
		return nil, notFound(err, "members of group "+groupID)
	}
	seen := map[string]bool{}
	for _, id := range had {
		seen[id] = true
	}
	var fresh []string
	var rows []model.GroupMember
	for _, id := range contactIDs {
		if !seen[id] {
			seen[id] = true
			fresh = append(fresh, id)
			rows = append(rows, model.GroupMember{WorkspaceID: workspaceID, GroupID: groupID, ContactID: id, AddedAt: at, LastSeenAt: at})
		}
	}
	if len(rows) == 0 {
		return nil, nil
	}
	err := r.db.db.Clauses(clause.OnConflict{DoNothing: true}).CreateInBatches(&rows, 200).Error
	return fresh, notFound(err, "add members to group "+groupID)
}

// RemoveMember ends a membership; it reports whether there was one.
func (r Groups) RemoveMember(workspaceID, groupID, contactID string) (bool, error) {
	res := r.db.db.Where("workspace_id = ? AND group_id = ? AND contact_id = ?", workspaceID, groupID, contactID).Delete(&model.GroupMember{})
	return res.RowsAffected == 1, notFound(res.Error, "remove member of group "+groupID)
}

// Member loads a contact's membership of a group.
func (r Groups) Member(workspaceID, groupID, contactID string) (model.GroupMember, error) {
	var m model.GroupMember
	err := r.db.db.Where("workspace_id = ? AND group_id = ? AND contact_id = ?", workspaceID, groupID, contactID).Take(&m).Error
	return m, notFound(err, "membership of group "+groupID)
}

// Members lists a group's members in the order they were added.
func (r Groups) Members(workspaceID, groupID string) ([]model.GroupMember, error) {
	var ms []model.GroupMember
	err := r.db.db.Where("workspace_id = ? AND group_id = ?", workspaceID, groupID).Order("added_at, contact_id").Find(&ms).Error
	return ms, notFound(err, "members of group "+groupID)
}

// UpdateMember changes fields of a membership; it reports whether it exists.
func (r Groups) UpdateMember(workspaceID, groupID, contactID string, set map[string]any) (bool, error) {
	res := r.db.db.Model(&model.GroupMember{}).Where("workspace_id = ? AND group_id = ? AND contact_id = ?", workspaceID, groupID, contactID).Updates(set)
	return res.RowsAffected == 1, notFound(res.Error, "update member of group "+groupID)
}

// ForContact lists the groups a contact belongs to with their posts since
// the contact last looked, not counting the contact's own.
func (r Groups) ForContact(workspaceID, contactID string) ([]model.GroupOfMember, error) {
	var out []model.GroupOfMember
	err := r.db.db.Raw(`SELECT g.*, (SELECT COUNT(*) FROM group_posts p WHERE p.workspace_id = m.workspace_id AND p.group_id = m.group_id
			AND p.created_at > m.last_seen_at AND p.removed_at IS NULL AND p.author_contact_id <> m.contact_id) AS new_posts
		FROM group_members m JOIN community_groups g ON g.id = m.group_id AND g.workspace_id = m.workspace_id
		WHERE m.workspace_id = ? AND m.contact_id = ? ORDER BY g.created_at, g.id`, workspaceID, contactID).Scan(&out).Error
	return out, notFound(err, "groups of contact "+contactID)
}

// CreatePost saves a post.
func (r Groups) CreatePost(p *model.GroupPost) error {
	return notFound(r.db.db.Create(p).Error, "create post")
}

// Post loads a post of a group that is not removed.
func (r Groups) Post(workspaceID, groupID, postID string) (model.GroupPost, error) {
	var p model.GroupPost
	err := r.db.db.Where("workspace_id = ? AND group_id = ? AND id = ? AND removed_at IS NULL", workspaceID, groupID, postID).Take(&p).Error
	return p, notFound(err, "post "+postID)
}

// UpdatePost changes fields of a live post; it reports whether it exists.
func (r Groups) UpdatePost(workspaceID, groupID, postID string, set map[string]any) (bool, error) {
	res := r.db.db.Model(&model.GroupPost{}).Where("workspace_id = ? AND group_id = ? AND id = ? AND removed_at IS NULL", workspaceID, groupID, postID).Updates(set)
	return res.RowsAffected == 1, notFound(res.Error, "update post "+postID)
}

// Feed returns a page of a group's live posts, newest first: pinned posts
// lead the first page only. Each part reads the feed index in order, so a
// page costs the same at the top of a long feed as deep inside it.
func (r Groups) Feed(workspaceID, groupID string, after *model.FeedCursor, limit int) ([]model.GroupPost, error) {
	var pinned []model.GroupPost
	if after == nil {
		err := r.db.db.Where("workspace_id = ? AND group_id = ? AND removed_at IS NULL AND pinned = ?", workspaceID, groupID, true).
			Order("created_at DESC, id DESC").Limit(limit).Find(&pinned).Error
		if err != nil {
			return nil, notFound(err, "pinned posts of group "+groupID)
		}
	}
	q := r.db.db.Where("workspace_id = ? AND group_id = ? AND removed_at IS NULL AND pinned = ?", workspaceID, groupID, false)
	if after != nil {
		q = q.Where("(created_at < ? OR (created_at = ? AND id < ?))", after.CreatedAt, after.CreatedAt, after.ID)
	}
	var ps []model.GroupPost
	err := q.Order("created_at DESC, id DESC").Limit(limit - len(pinned)).Find(&ps).Error
	return append(pinned, ps...), notFound(err, "feed of group "+groupID)
}

// Stats counts likes and comments of posts, each with one grouped query
// that reads an index keyed by post.
func (r Groups) Stats(workspaceID string, postIDs []string, contactID string) (map[string]model.PostStats, error) {
	out := map[string]model.PostStats{}
	if len(postIDs) == 0 {
		return out, nil
	}
	type count struct {
		PostID string
		N      int
	}
	var likes, comments []count
	var liked []string
	err := r.db.db.Model(&model.GroupLike{}).Select("post_id, COUNT(*) AS n").Where("post_id IN ? AND workspace_id = ?", postIDs, workspaceID).
		Group("post_id").Scan(&likes).Error
	if err == nil {
		err = r.db.db.Table("group_comments").Select("post_id, COUNT(*) AS n").
			Where("workspace_id = ? AND post_id IN ? AND removed_at IS NULL", workspaceID, postIDs).Group("post_id").Scan(&comments).Error
	}
	if err == nil && contactID != "" {
		err = r.db.db.Model(&model.GroupLike{}).Where("post_id IN ? AND contact_id = ? AND workspace_id = ?", postIDs, contactID, workspaceID).
			Pluck("post_id", &liked).Error
	}
	for _, l := range likes {
		st := out[l.PostID]
		st.PostID, st.Likes = l.PostID, l.N
		out[l.PostID] = st
	}
	for _, c := range comments {
		st := out[c.PostID]
		st.PostID, st.Comments = c.PostID, c.N
		out[c.PostID] = st
	}
	for _, id := range liked {
		st := out[id]
		st.PostID, st.LikedBy = id, true
		out[id] = st
	}
	return out, notFound(err, "post stats")
}

// CreateComment saves a comment.
func (r Groups) CreateComment(c *model.GroupComment) error {
	return notFound(r.db.db.Create(c).Error, "create comment")
}

// Comments lists the live comments of posts, oldest first.
func (r Groups) Comments(workspaceID string, postIDs []string) ([]model.GroupComment, error) {
	var cs []model.GroupComment
	if len(postIDs) == 0 {
		return cs, nil
	}
	err := r.db.db.Where("workspace_id = ? AND post_id IN ? AND removed_at IS NULL", workspaceID, postIDs).Order("created_at, id").Find(&cs).Error
	return cs, notFound(err, "comments")
}

// RemoveComment hides a comment; it reports whether it was live.
func (r Groups) RemoveComment(workspaceID, groupID, postID, commentID string, at time.Time) (bool, error) {
	res := r.db.db.Model(&model.GroupComment{}).Where("workspace_id = ? AND group_id = ? AND post_id = ? AND id = ? AND removed_at IS NULL",
		workspaceID, groupID, postID, commentID).Update("removed_at", at)
	return res.RowsAffected == 1, notFound(res.Error, "remove comment "+commentID)
}

// ToggleLike likes a post or takes the like back; it reports whether it is now liked.
func (r Groups) ToggleLike(workspaceID, postID, contactID string, at time.Time) (bool, error) {
	res := r.db.db.Where("workspace_id = ? AND post_id = ? AND contact_id = ?", workspaceID, postID, contactID).Delete(&model.GroupLike{})
	if res.Error != nil || res.RowsAffected == 1 {
		return false, notFound(res.Error, "unlike post "+postID)
	}
	err := r.db.db.Create(&model.GroupLike{WorkspaceID: workspaceID, PostID: postID, ContactID: contactID, CreatedAt: at}).Error
	return true, notFound(err, "like post "+postID)
}

// PostWithImage reports whether a live post of the group shows the image.
func (r Groups) PostWithImage(workspaceID, groupID, sha string) (bool, error) {
	var n int64
	err := r.db.db.Model(&model.GroupPost{}).Where("workspace_id = ? AND group_id = ? AND image_sha256 = ? AND removed_at IS NULL", workspaceID, groupID, sha).Count(&n).Error
	return n > 0, notFound(err, "image of group "+groupID)
}

// Authors loads the names of contacts of the workspace by id.
func (r Groups) Authors(workspaceID string, ids []string) (map[string]model.Author, error) {
	out := map[string]model.Author{}
	if len(ids) == 0 {
		return out, nil
	}
	var as []model.Author
	err := r.db.db.Table("contacts").Select("id, name, email, avatar_sha256").Where("workspace_id = ? AND id IN ?", workspaceID, ids).Scan(&as).Error
	for _, a := range as {
		out[a.ID] = a
	}
	return out, notFound(err, "authors")
}
