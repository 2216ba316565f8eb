package desk

import (
	"context"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

// done adapts an API call that answers nothing to call.
func done(err error) (struct{}, error) { return struct{}{}, err }

// Groups lists the workspace's community groups with their members.
func (a *App) Groups(ctx context.Context) (api.GroupList, error) {
	return call(a, func(c *api.Client) (api.GroupList, error) { return c.Groups(ctx) })
}

// Group fetches one group with its members.
func (a *App) Group(ctx context.Context, id string) (api.Group, error) {
	return call(a, func(c *api.Client) (api.Group, error) { return c.Group(ctx, id) })
}

// CreateGroup creates an empty group.
func (a *App) CreateGroup(ctx context.Context, in api.GroupInput) (api.Group, error) {
	return call(a, func(c *api.Client) (api.Group, error) { return c.CreateGroup(ctx, in, localdb.NewKey()) })
}

// AddGroupMembers makes contacts members of a group.
func (a *App) AddGroupMembers(ctx context.Context, id string, contactIDs []string) (api.MembersResult, error) {
	return call(a, func(c *api.Client) (api.MembersResult, error) {
		return c.AddGroupMembers(ctx, id, contactIDs, localdb.NewKey())
	})
}

// RemoveGroupMember ends a contact's membership.
func (a *App) RemoveGroupMember(ctx context.Context, id, contactID string) error {
	_, err := call(a, func(c *api.Client) (struct{}, error) { return done(c.RemoveGroupMember(ctx, id, contactID)) })
	return err
}

// MuteGroupMember mutes a member (true) or lifts the mute (false).
func (a *App) MuteGroupMember(ctx context.Context, id, contactID string, muted bool) error {
	_, err := call(a, func(c *api.Client) (struct{}, error) { return done(c.MuteGroupMember(ctx, id, contactID, muted)) })
	return err
}

// GroupPosts reads the first page of a group's feed.
func (a *App) GroupPosts(ctx context.Context, id string) (api.PostList, error) {
	return call(a, func(c *api.Client) (api.PostList, error) { return c.GroupPosts(ctx, id, "") })
}

// CreateGroupPost posts in a group as the workspace.
func (a *App) CreateGroupPost(ctx context.Context, id, body string) (api.Post, error) {
	return call(a, func(c *api.Client) (api.Post, error) {
		return c.CreateGroupPost(ctx, id, api.PostInput{Body: body}, localdb.NewKey())
	})
}

// PinGroupPost pins (true) or unpins (false) a post.
func (a *App) PinGroupPost(ctx context.Context, id, postID string, pinned bool) error {
	_, err := call(a, func(c *api.Client) (struct{}, error) { return done(c.PinGroupPost(ctx, id, postID, pinned)) })
	return err
}

// RemoveGroupPost takes a post out of the feed.
func (a *App) RemoveGroupPost(ctx context.Context, id, postID string) error {
	_, err := call(a, func(c *api.Client) (struct{}, error) { return done(c.RemoveGroupPost(ctx, id, postID)) })
	return err
}

// RemoveGroupComment takes a comment away.
func (a *App) RemoveGroupComment(ctx context.Context, id, postID, commentID string) error {
	_, err := call(a, func(c *api.Client) (struct{}, error) {
		return done(c.RemoveGroupComment(ctx, id, postID, commentID))
	})
	return err
}
