package groups

import (
	"context"
	"encoding/base64"
	"strings"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// PostView is a post as a member sees it in the feed.
type PostView struct {
	Post     model.GroupPost
	Author   model.Author // empty for the workspace's own posts
	Likes    int
	Liked    bool
	Comments []CommentView
}

// CommentView is a comment with its author.
type CommentView struct {
	Comment model.GroupComment
	Author  model.Author
}

// FeedPage is one page of a group's feed and the cursor of the next.
type FeedPage struct {
	Posts []PostView
	Next  string
}

// FeedLimit is how many posts a page of the feed holds.
const FeedLimit = 20

// Feed returns a page of a group's feed as viewer sees it ("" is the
// owner); cursor "" is the first page, pinned posts first.
func (s *Service) Feed(ctx context.Context, workspaceID, viewer, groupID, cursor string) (page FeedPage, err error) {
	after, err := parseCursor(cursor)
	if err != nil {
		return page, err
	}
	err = s.store.View(ctx, func(tx *store.Tx) error {
		if viewer != "" {
			if _, _, err := membership(tx, workspaceID, viewer, groupID); err != nil {
				return err
			}
		} else if _, err := tx.Groups().ByID(workspaceID, groupID); err != nil {
			return store.Missing(err, "This group does not exist.")
		}
		ps, err := tx.Groups().Feed(workspaceID, groupID, after, FeedLimit+1)
		if err != nil {
			return err
		}
		if len(ps) > FeedLimit {
			ps = ps[:FeedLimit]
			last := ps[len(ps)-1]
			page.Next = formatCursor(last.CreatedAt, last.ID)
		}
		page.Posts, err = views(tx, workspaceID, viewer, ps)
		return err
	})
	return page, err
}

// PostOf loads one post as viewer sees it.
func (s *Service) PostOf(ctx context.Context, workspaceID, viewer, groupID, postID string) (v PostView, err error) {
	err = s.store.View(ctx, func(tx *store.Tx) error {
		if _, _, err := membership(tx, workspaceID, viewer, groupID); err != nil {
			return err
		}
		p, err := tx.Groups().Post(workspaceID, groupID, postID)
		if err != nil {
			return store.Missing(err, "This post was removed.")
		}
		vs, err := views(tx, workspaceID, viewer, []model.GroupPost{p})
		if err == nil {
			v = vs[0]
		}
		return err
	})
	return v, err
}

// views adds authors, likes and comments to posts.
func views(tx *store.Tx, workspaceID, viewer string, ps []model.GroupPost) ([]PostView, error) {
	ids := make([]string, 0, len(ps))
	authors := []string{}
	for _, p := range ps {
		ids = append(ids, p.ID)
		authors = append(authors, p.AuthorContactID)
	}
	stats, err := tx.Groups().Stats(workspaceID, ids, viewer)
	if err != nil {
		return nil, err
	}
	cs, err := tx.Groups().Comments(workspaceID, ids)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		authors = append(authors, c.AuthorContactID)
	}
	names, err := tx.Groups().Authors(workspaceID, authors)
	if err != nil {
		return nil, err
	}
	byPost := map[string][]CommentView{}
	for _, c := range cs {
		byPost[c.PostID] = append(byPost[c.PostID], CommentView{Comment: c, Author: names[c.AuthorContactID]})
	}
	out := make([]PostView, 0, len(ps))
	for _, p := range ps {
		st := stats[p.ID]
		out = append(out, PostView{Post: p, Author: names[p.AuthorContactID], Likes: st.Likes, Liked: st.LikedBy, Comments: byPost[p.ID]})
	}
	return out, nil
}

func formatCursor(at time.Time, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(at.UTC().Format(time.RFC3339Nano) + "|" + id))
}

func parseCursor(s string) (*model.FeedCursor, error) {
	if s == "" {
		return nil, nil
	}
	bad := apperr.New(apperr.BadRequest, "This page of the feed does not exist. Go back to the newest posts.")
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, bad
	}
	at, id, ok := strings.Cut(string(b), "|")
	t, err := time.Parse(time.RFC3339Nano, at)
	if !ok || err != nil || id == "" {
		return nil, bad
	}
	return &model.FeedCursor{CreatedAt: t, ID: id}, nil
}
