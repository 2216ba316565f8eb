package model

import "time"

// Group is a community group of a workspace that its members post in.
type Group struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	Name        string
	Description string
	CreatedAt   time.Time
}

// TableName names the groups table.
func (Group) TableName() string { return "community_groups" }

// GroupMember is a contact's membership; LastSeenAt counts new posts.
type GroupMember struct {
	WorkspaceID string
	GroupID     string `gorm:"primaryKey"`
	ContactID   string `gorm:"primaryKey"`
	AddedAt     time.Time
	LastSeenAt  time.Time
	MutedAt     *time.Time
}

// TableName names the members table.
func (GroupMember) TableName() string { return "group_members" }

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

// TableName names the likes table.
func (GroupLike) TableName() string { return "group_likes" }

// GroupOfMember is a group as one member sees it in their list.
type GroupOfMember struct {
	Group
	NewPosts int
}

// FeedCursor is the position after the last post of a page.
type FeedCursor struct {
	CreatedAt time.Time
	ID        string
}

// PostStats are a post's like and comment counts and whether a contact liked it.
type PostStats struct {
	PostID   string
	Likes    int
	Comments int
	LikedBy  bool
}

// Author is how a post or comment names the contact who wrote it.
type Author struct {
	ID           string
	Name         string
	Email        string
	AvatarSHA256 string `gorm:"column:avatar_sha256"`
}
