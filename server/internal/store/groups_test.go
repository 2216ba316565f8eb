package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestPagingThroughAGroupFeedReturnsEveryLivePostOnceNewestFirstWithPinnedOnTop(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ws, other := createWorkspace(t, s, "acme").ID, createWorkspace(t, s, "globex").ID
		base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		err := s.InTx(ctx, func(tx *store.Tx) error {
			for _, w := range []string{ws, other} {
				if err := tx.Groups().Create(&model.Group{ID: w + "-g", WorkspaceID: w, Name: "G", CreatedAt: base}); err != nil {
					return err
				}
			}
			for i := 0; i < 45; i++ {
				p := &model.GroupPost{ID: fmt.Sprintf("p%02d", i), WorkspaceID: ws, GroupID: ws + "-g", Body: "x",
					CreatedAt: base.Add(time.Duration(i/3) * time.Minute), Pinned: i == 7}
				if err := tx.Groups().CreatePost(p); err != nil {
					return err
				}
			}
			now := base
			_, err := tx.Groups().UpdatePost(ws, ws+"-g", "p10", map[string]any{"removed_at": now})
			if err == nil {
				err = tx.Groups().CreatePost(&model.GroupPost{ID: "foreign", WorkspaceID: other, GroupID: other + "-g", Body: "x", CreatedAt: base})
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		var after *model.FeedCursor
		for page := 0; page < 10; page++ {
			var ps []model.GroupPost
			err := s.View(ctx, func(tx *store.Tx) (err error) { ps, err = tx.Groups().Feed(ws, ws+"-g", after, 10); return err })
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				got = append(got, p.ID)
			}
			if len(ps) < 10 {
				break
			}
			last := ps[len(ps)-1]
			after = &model.FeedCursor{CreatedAt: last.CreatedAt, ID: last.ID}
		}
		if len(got) != 44 || got[0] != "p07" || got[1] != "p44" || got[43] != "p00" {
			t.Fatalf("paged feed %v: want 44 posts, pinned p07 first, then p44 down to p00", got)
		}
		seen := map[string]bool{}
		for _, id := range got {
			if seen[id] || id == "p10" || id == "foreign" {
				t.Fatalf("post %s appears twice, removed, or from another workspace: %v", id, got)
			}
			seen[id] = true
		}
	})
}
