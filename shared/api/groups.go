package api

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// The events of community groups; each carries group_id.
const (
	EventGroupPostCreated    = "group.post_created"
	EventGroupPostRemoved    = "group.post_removed"
	EventGroupPostPinned     = "group.post_pinned"
	EventGroupPostLiked      = "group.post_liked"
	EventGroupCommentCreated = "group.comment_created"
	EventGroupCommentRemoved = "group.comment_removed"
	EventGroupMemberAdded    = "group.member_added"
	EventGroupMemberRemoved  = "group.member_removed"
	EventGroupMemberMuted    = "group.member_muted"
)

// GroupInput creates a group (POST /api/v1/groups).
type GroupInput struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

// GroupMember is a contact's membership of a group.
type GroupMember struct {
	ContactID  string     `json:"contact_id"`
	AddedAt    time.Time  `json:"added_at"`
	LastSeenAt time.Time  `json:"last_seen_at"`
	MutedAt    *time.Time `json:"muted_at,omitempty"`
}

// Group is a community group with its members.
type Group struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Description string        `json:"description"`
	CreatedAt   time.Time     `json:"created_at"`
	Members     []GroupMember `json:"members"`
}

// GroupList is the answer of GET /api/v1/groups.
type GroupList struct {
	Groups []Group `json:"groups"`
}

// MembersInput adds contacts to a group.
type MembersInput struct {
	ContactIDs []string `json:"contact_ids"`
}

// MembersResult says how many contacts became members.
type MembersResult struct {
	Added int `json:"added"`
}

// PostInput is a post the owner writes as the workspace.
type PostInput struct {
	Body string `json:"body"`
}

// Comment is a comment under a post; an empty AuthorContactID is the workspace.
type Comment struct {
	ID              string    `json:"id"`
	AuthorContactID string    `json:"author_contact_id,omitempty"`
	AuthorName      string    `json:"author_name"`
	Body            string    `json:"body"`
	CreatedAt       time.Time `json:"created_at"`
}

// Post is a post of a group's feed.
type Post struct {
	ID              string    `json:"id"`
	GroupID         string    `json:"group_id"`
	AuthorContactID string    `json:"author_contact_id,omitempty"`
	AuthorName      string    `json:"author_name"`
	Body            string    `json:"body"`
	HasImage        bool      `json:"has_image"`
	Pinned          bool      `json:"pinned"`
	Likes           int       `json:"likes"`
	Comments        []Comment `json:"comments"`
	CreatedAt       time.Time `json:"created_at"`
}

// PostList is one page of a feed (GET /api/v1/groups/{id}/posts?cursor=).
type PostList struct {
	Posts      []Post `json:"posts"`
	NextCursor string `json:"next_cursor,omitempty"`
}

func groupPath(id, suffix string) string { return "/api/v1/groups/" + url.PathEscape(id) + suffix }

// CreateGroup creates an empty group.
func (c *Client) CreateGroup(ctx context.Context, in GroupInput, idemKey string) (Group, error) {
	var out Group
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/groups", Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// Groups lists the workspace's groups with their members.
func (c *Client) Groups(ctx context.Context) (GroupList, error) {
	var out GroupList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/groups"}, &out)
	return out, err
}

// Group fetches one group with its members.
func (c *Client) Group(ctx context.Context, id string) (Group, error) {
	var out Group
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: groupPath(id, "")}, &out)
	return out, err
}

// AddGroupMembers makes contacts members of a group.
func (c *Client) AddGroupMembers(ctx context.Context, id string, contactIDs []string, idemKey string) (MembersResult, error) {
	var out MembersResult
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: groupPath(id, "/members"), Body: MembersInput{ContactIDs: contactIDs}, IdempotencyKey: idemKey}, &out)
	return out, err
}

// RemoveGroupMember ends a contact's membership at once.
func (c *Client) RemoveGroupMember(ctx context.Context, id, contactID string) error {
	return c.Do(ctx, Request{Method: http.MethodDelete, Path: groupPath(id, "/members/"+url.PathEscape(contactID))}, nil)
}

// MuteGroupMember mutes a member (true) or lifts the mute (false).
func (c *Client) MuteGroupMember(ctx context.Context, id, contactID string, muted bool) error {
	method := http.MethodDelete
	if muted {
		method = http.MethodPut
	}
	return c.Do(ctx, Request{Method: method, Path: groupPath(id, "/members/"+url.PathEscape(contactID)+"/mute")}, nil)
}

// GroupPosts reads a page of a group's feed.
func (c *Client) GroupPosts(ctx context.Context, id, cursor string) (PostList, error) {
	var out PostList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: groupPath(id, "/posts?cursor="+url.QueryEscape(cursor))}, &out)
	return out, err
}

// CreateGroupPost posts in a group as the workspace.
func (c *Client) CreateGroupPost(ctx context.Context, id string, in PostInput, idemKey string) (Post, error) {
	var out Post
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: groupPath(id, "/posts"), Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// PinGroupPost pins (true) or unpins (false) a post.
func (c *Client) PinGroupPost(ctx context.Context, id, postID string, pinned bool) error {
	method := http.MethodDelete
	if pinned {
		method = http.MethodPut
	}
	return c.Do(ctx, Request{Method: method, Path: groupPath(id, "/posts/"+url.PathEscape(postID)+"/pin")}, nil)
}

// RemoveGroupPost takes a post out of the feed.
func (c *Client) RemoveGroupPost(ctx context.Context, id, postID string) error {
	return c.Do(ctx, Request{Method: http.MethodDelete, Path: groupPath(id, "/posts/"+url.PathEscape(postID))}, nil)
}

// RemoveGroupComment takes a comment away.
func (c *Client) RemoveGroupComment(ctx context.Context, id, postID, commentID string) error {
	return c.Do(ctx, Request{Method: http.MethodDelete, Path: groupPath(id, "/posts/"+url.PathEscape(postID)+"/comments/"+url.PathEscape(commentID))}, nil)
}
