package store

import (
	"time"

	"gorm.io/gorm/clause"
)

// Group is a community group of a workspace that its members post in.
type Group struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	Name        string
	Description string
	CreatedAt   time.Time
}

// GroupMember is a contact's membership; LastSeenAt counts new posts.
type GroupMember struct {
	WorkspaceID string
	GroupID     string `gorm:"primaryKey"`
	ContactID   string `gorm:"primaryKey"`
	AddedAt     time.Time
	LastSeenAt  time.Time
	MutedAt     *time.Time
}

// GroupPost is a post in a group's feed; an empty AuthorContactID is the workspace itself.
type GroupPost struct {
	ID              string `gorm:"primaryKey"`
	WorkspaceID     string
	GroupID         string
	AuthorContactID string
	Body            string
	ImageSHA256     string `gorm:"column:image_sha256"`
	Pinned          bool
	CreatedAt       time.Time
	RemovedAt       *time.Time
}

// GroupComment is a comment under a post.
type GroupComment struct {
	ID              string `gorm:"primaryKey"`
	WorkspaceID     string
	GroupID         string
	PostID          string
	AuthorContactID string
	Body            string
	CreatedAt       time.Time
	RemovedAt       *time.Time
}

// GroupLike is a member's like of a post.
type GroupLike struct {
	WorkspaceID string
	PostID      string `gorm:"primaryKey"`
	ContactID   string `gorm:"primaryKey"`
	CreatedAt   time.Time
}

// TableName names the groups table.
func (Group) TableName() string { return "community_groups" }

// TableName names the members table.
func (GroupMember) TableName() string { return "group_members" }

// TableName names the likes table.
func (GroupLike) TableName() string { return "group_likes" }

// Groups is the repository of community groups, members, posts, comments and likes.
type Groups struct{ db *Tx }

// Groups returns the group repository.
func (t *Tx) Groups() Groups { return Groups{t} }

// Create saves a new group.
func (r Groups) Create(g *Group) error { return notFound(r.db.db.Create(g).Error, "create group") }

// ByID loads a group of the workspace.
func (r Groups) ByID(workspaceID, id string) (Group, error) {
	var g Group
	err := r.db.db.Where("workspace_id = ? AND id = ?", workspaceID, id).Take(&g).Error
	return g, notFound(err, "group "+id)
}

// List returns the workspace's groups, oldest first.
func (r Groups) List(workspaceID string) ([]Group, error) {
	var gs []Group
	err := r.db.db.Where("workspace_id = ?", workspaceID).Order("created_at, id").Find(&gs).Error
	return gs, notFound(err, "list groups")
}

// AddMembers makes contacts members; existing members stay as they are.
func (r Groups) AddMembers(workspaceID, groupID string, contactIDs []string, at time.Time) ([]string, error) {
	var had []string
	if err := r.db.db.Model(&GroupMember{}).Where("workspace_id = ? AND group_id = ? AND contact_id IN ?", workspaceID, groupID, contactIDs).
		Pluck("contact_id", &had).Error; err != nil {
		return nil, notFound(err, "members of group "+groupID)
	}
	seen := map[string]bool{}
	for _, id := range had {
		seen[id] = true
	}
	var fresh []string
	var rows []GroupMember
	for _, id := range contactIDs {
		if !seen[id] {
			seen[id] = true
			fresh = append(fresh, id)
			rows = append(rows, GroupMember{WorkspaceID: workspaceID, GroupID: groupID, ContactID: id, AddedAt: at, LastSeenAt: at})
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
	res := r.db.db.Where("workspace_id = ? AND group_id = ? AND contact_id = ?", workspaceID, groupID, contactID).Delete(&GroupMember{})
	return res.RowsAffected == 1, notFound(res.Error, "remove member of group "+groupID)
}

// Member loads a contact's membership of a group.
func (r Groups) Member(workspaceID, groupID, contactID string) (GroupMember, error) {
	var m GroupMember
	err := r.db.db.Where("workspace_id = ? AND group_id = ? AND contact_id = ?", workspaceID, groupID, contactID).Take(&m).Error
	return m, notFound(err, "membership of group "+groupID)
}

// Members lists a group's members in the order they were added.
func (r Groups) Members(workspaceID, groupID string) ([]GroupMember, error) {
	var ms []GroupMember
	err := r.db.db.Where("workspace_id = ? AND group_id = ?", workspaceID, groupID).Order("added_at, contact_id").Find(&ms).Error
	return ms, notFound(err, "members of group "+groupID)
}

// UpdateMember changes fields of a membership; it reports whether it exists.
func (r Groups) UpdateMember(workspaceID, groupID, contactID string, set map[string]any) (bool, error) {
	res := r.db.db.Model(&GroupMember{}).Where("workspace_id = ? AND group_id = ? AND contact_id = ?", workspaceID, groupID, contactID).Updates(set)
	return res.RowsAffected == 1, notFound(res.Error, "update member of group "+groupID)
}

// GroupOfMember is a group as one member sees it in their list.
type GroupOfMember struct {
	Group
	NewPosts int
}

// ForContact lists the groups a contact belongs to with their posts since
// the contact last looked, not counting the contact's own.
func (r Groups) ForContact(workspaceID, contactID string) ([]GroupOfMember, error) {
	var out []GroupOfMember
	err := r.db.db.Raw(`SELECT g.*, (SELECT COUNT(*) FROM group_posts p WHERE p.workspace_id = m.workspace_id AND p.group_id = m.group_id
			AND p.created_at > m.last_seen_at AND p.removed_at IS NULL AND p.author_contact_id <> m.contact_id) AS new_posts
		FROM group_members m JOIN community_groups g ON g.id = m.group_id AND g.workspace_id = m.workspace_id
		WHERE m.workspace_id = ? AND m.contact_id = ? ORDER BY g.created_at, g.id`, workspaceID, contactID).Scan(&out).Error
	return out, notFound(err, "groups of contact "+contactID)
}

// CreatePost saves a post.
func (r Groups) CreatePost(p *GroupPost) error {
	return notFound(r.db.db.Create(p).Error, "create post")
}

// Post loads a post of a group that is not removed.
func (r Groups) Post(workspaceID, groupID, postID string) (GroupPost, error) {
	var p GroupPost
	err := r.db.db.Where("workspace_id = ? AND group_id = ? AND id = ? AND removed_at IS NULL", workspaceID, groupID, postID).Take(&p).Error
	return p, notFound(err, "post "+postID)
}

// UpdatePost changes fields of a live post; it reports whether it exists.
func (r Groups) UpdatePost(workspaceID, groupID, postID string, set map[string]any) (bool, error) {
	res := r.db.db.Model(&GroupPost{}).Where("workspace_id = ? AND group_id = ? AND id = ? AND removed_at IS NULL", workspaceID, groupID, postID).Updates(set)
	return res.RowsAffected == 1, notFound(res.Error, "update post "+postID)
}

// FeedCursor is the position after the last post of a page.
type FeedCursor struct {
	CreatedAt time.Time
	ID        string
}

// Feed returns a page of a group's live posts, newest first: pinned posts
// lead the first page only. Each part reads the feed index in order, so a
// page costs the same at the top of a long feed as deep inside it.
func (r Groups) Feed(workspaceID, groupID string, after *FeedCursor, limit int) ([]GroupPost, error) {
	var pinned []GroupPost
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
	var ps []GroupPost
	err := q.Order("created_at DESC, id DESC").Limit(limit - len(pinned)).Find(&ps).Error
	return append(pinned, ps...), notFound(err, "feed of group "+groupID)
}

// PostStats are a post's like and comment counts and whether a contact liked it.
type PostStats struct {
	PostID   string
	Likes    int
	Comments int
	LikedBy  bool
}

// Stats counts likes and comments of posts, each with one grouped query
// that reads an index keyed by post.
func (r Groups) Stats(workspaceID string, postIDs []string, contactID string) (map[string]PostStats, error) {
	out := map[string]PostStats{}
	if len(postIDs) == 0 {
		return out, nil
	}
	type count struct {
		PostID string
		N      int
	}
	var likes, comments []count
	var liked []string
	err := r.db.db.Model(&GroupLike{}).Select("post_id, COUNT(*) AS n").Where("post_id IN ? AND workspace_id = ?", postIDs, workspaceID).
		Group("post_id").Scan(&likes).Error
	if err == nil {
		err = r.db.db.Table("group_comments").Select("post_id, COUNT(*) AS n").
			Where("workspace_id = ? AND post_id IN ? AND removed_at IS NULL", workspaceID, postIDs).Group("post_id").Scan(&comments).Error
	}
	if err == nil && contactID != "" {
		err = r.db.db.Model(&GroupLike{}).Where("post_id IN ? AND contact_id = ? AND workspace_id = ?", postIDs, contactID, workspaceID).
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
func (r Groups) CreateComment(c *GroupComment) error {
	return notFound(r.db.db.Create(c).Error, "create comment")
}

// Comments lists the live comments of posts, oldest first.
func (r Groups) Comments(workspaceID string, postIDs []string) ([]GroupComment, error) {
	var cs []GroupComment
	if len(postIDs) == 0 {
		return cs, nil
	}
	err := r.db.db.Where("workspace_id = ? AND post_id IN ? AND removed_at IS NULL", workspaceID, postIDs).Order("created_at, id").Find(&cs).Error
	return cs, notFound(err, "comments")
}

// RemoveComment hides a comment; it reports whether it was live.
func (r Groups) RemoveComment(workspaceID, groupID, postID, commentID string, at time.Time) (bool, error) {
	res := r.db.db.Model(&GroupComment{}).Where("workspace_id = ? AND group_id = ? AND post_id = ? AND id = ? AND removed_at IS NULL",
		workspaceID, groupID, postID, commentID).Update("removed_at", at)
	return res.RowsAffected == 1, notFound(res.Error, "remove comment "+commentID)
}

// ToggleLike likes a post or takes the like back; it reports whether it is now liked.
func (r Groups) ToggleLike(workspaceID, postID, contactID string, at time.Time) (bool, error) {
	res := r.db.db.Where("workspace_id = ? AND post_id = ? AND contact_id = ?", workspaceID, postID, contactID).Delete(&GroupLike{})
	if res.Error != nil || res.RowsAffected == 1 {
		return false, notFound(res.Error, "unlike post "+postID)
	}
	err := r.db.db.Create(&GroupLike{WorkspaceID: workspaceID, PostID: postID, ContactID: contactID, CreatedAt: at}).Error
	return true, notFound(err, "like post "+postID)
}

// PostWithImage reports whether a live post of the group shows the image.
func (r Groups) PostWithImage(workspaceID, groupID, sha string) (bool, error) {
	var n int64
	err := r.db.db.Model(&GroupPost{}).Where("workspace_id = ? AND group_id = ? AND image_sha256 = ? AND removed_at IS NULL", workspaceID, groupID, sha).Count(&n).Error
	return n > 0, notFound(err, "image of group "+groupID)
}

// Author is how a post or comment names the contact who wrote it.
type Author struct {
	ID           string
	Name         string
	Email        string
	AvatarSHA256 string `gorm:"column:avatar_sha256"`
}

// Authors loads the names of contacts of the workspace by id.
func (r Groups) Authors(workspaceID string, ids []string) (map[string]Author, error) {
	out := map[string]Author{}
	if len(ids) == 0 {
		return out, nil
	}
	var as []Author
	err := r.db.db.Table("contacts").Select("id, name, email, avatar_sha256").Where("workspace_id = ? AND id IN ?", workspaceID, ids).Scan(&as).Error
	for _, a := range as {
		out[a.ID] = a
	}
	return out, notFound(err, "authors")
}
