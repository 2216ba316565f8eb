package groups

import (
	"context"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/store"
)

// SetPinned pins a post to the top of the feed, or unpins it.
func (s *Service) SetPinned(ctx context.Context, workspaceID, groupID, postID string, pinned bool) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		ok, err := tx.Groups().UpdatePost(workspaceID, groupID, postID, map[string]any{"pinned": pinned})
		if err == nil && !ok {
			return apperr.NotFoundf("This post does not exist.")
		}
		if err != nil {
			return err
		}
		return emit(tx, workspaceID, EventPostPinned, groupID, map[string]any{"post_id": postID, "pinned": pinned})
	})
}

// RemovePost takes a post out of the feed for everyone.
func (s *Service) RemovePost(ctx context.Context, workspaceID, groupID, postID string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		ok, err := tx.Groups().UpdatePost(workspaceID, groupID, postID, map[string]any{"removed_at": s.now()})
		if err == nil && !ok {
			return apperr.NotFoundf("This post does not exist.")
		}
		if err != nil {
			return err
		}
		return emit(tx, workspaceID, EventPostRemoved, groupID, map[string]any{"post_id": postID})
	})
}

// RemoveComment takes a comment away for everyone.
func (s *Service) RemoveComment(ctx context.Context, workspaceID, groupID, postID, commentID string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		ok, err := tx.Groups().RemoveComment(workspaceID, groupID, postID, commentID, s.now())
		if err == nil && !ok {
			return apperr.NotFoundf("This comment does not exist.")
		}
		if err != nil {
			return err
		}
		return emit(tx, workspaceID, EventCommentRemoved, groupID, map[string]any{"post_id": postID, "comment_id": commentID})
	})
}
