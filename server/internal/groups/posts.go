package groups

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/profile"
	"clientportal/server/internal/store"
)

// MaxText is the longest post or comment, in characters.
const MaxText = 5000

// ImageRules are the limits of a picture posted in a group.
// i18n: uploads.what.picture
var ImageRules = profile.Rules{What: "picture", Word: "uploads.what.picture", MaxBytes: 10 << 20, MaxPixels: 50_000_000, Formats: []profile.Format{profile.JPEG, profile.PNG, profile.WebP}}

// imageSide is the longest side of a stored post picture, in pixels.
const imageSide = 1600

// NewPost is what a member (or the owner, with no contact) posts.
type NewPost struct {
	Body  string
	Image []byte
}

// Post publishes a member's post; a contact who is not a member gets
// NotFound, a muted member Forbidden. The picture, if any, is decoded and
// re-encoded so nothing of the uploaded file is served back.
func (s *Service) Post(ctx context.Context, workspaceID, contactID, groupID string, in NewPost) (model.GroupPost, error) {
	body, err := checkText(in.Body, len(in.Image) > 0, "body", "Write something, or add a picture.")
	if err != nil {
		return model.GroupPost{}, err
	}
	img, err := postImage(in.Image)
	if err != nil {
		return model.GroupPost{}, err
	}
	p := model.GroupPost{ID: uuid.NewString(), WorkspaceID: workspaceID, GroupID: groupID, AuthorContactID: contactID, Body: body, CreatedAt: s.now()}
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := s.mayWrite(tx, workspaceID, contactID, groupID); err != nil {
			return err
		}
		if img != nil {
			sum := sha256.Sum256(img)
			p.ImageSHA256 = hex.EncodeToString(sum[:])
			if err := tx.Blobs().Put(p.ImageSHA256, "image/jpeg", img); err != nil {
				return err
			}
		}
		if err := tx.Groups().CreatePost(&p); err != nil {
			return err
		}
		return emit(tx, workspaceID, EventPostCreated, groupID, map[string]any{"post_id": p.ID, "author_contact_id": contactID})
	})
	return p, err
}

// mayWrite checks that the contact may post in the group; the owner ("") always may.
func (s *Service) mayWrite(tx *store.Tx, workspaceID, contactID, groupID string) error {
	if contactID == "" {
		_, err := tx.Groups().ByID(workspaceID, groupID)
		return store.Missing(err, "This group does not exist.")
	}
	_, m, err := membership(tx, workspaceID, contactID, groupID)
	if err != nil {
		return err
	}
	if m.MutedAt != nil {
		return apperr.New(apperr.Forbidden, "You are muted in this group: you can read it, but not post, comment or like.")
	}
	return nil
}

// checkText trims a post or comment and checks its length.
func checkText(text string, optional bool, field, empty string) (string, error) {
	text = strings.TrimSpace(strings.ToValidUTF8(text, "\uFFFD"))
	switch {
	case text == "" && !optional:
		return "", &apperr.Error{Kind: apperr.Invalid, Message: empty, Fields: map[string]string{field: empty}}
	case utf8.RuneCountInString(text) > MaxText:
		msg := fmt.Sprintf("Keep it under %d characters.", MaxText)
		return "", &apperr.Error{Kind: apperr.Invalid, Message: msg, Fields: map[string]string{field: msg}}
	}
	return text, nil
}

// postImage checks and re-encodes a posted picture; nil when there is none.
func postImage(data []byte) ([]byte, error) {
	if len(data) == 0 {
		return nil, nil
	}
	pic, err := profile.Read(data, ImageRules)
	if err != nil {
		return nil, err
	}
	return profile.EncodeJPEG(profile.Fit(pic.Image, imageSide))
}

// Comment adds a member's comment under a post.
func (s *Service) Comment(ctx context.Context, workspaceID, contactID, groupID, postID, body string) (model.GroupComment, error) {
	body, err := checkText(body, false, "body", "Write a comment first.")
	if err != nil {
		return model.GroupComment{}, err
	}
	c := model.GroupComment{ID: uuid.NewString(), WorkspaceID: workspaceID, GroupID: groupID, PostID: postID, AuthorContactID: contactID, Body: body, CreatedAt: s.now()}
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := s.mayWrite(tx, workspaceID, contactID, groupID); err != nil {
			return err
		}
		if _, err := tx.Groups().Post(workspaceID, groupID, postID); err != nil {
			return store.Missing(err, "This post was removed.")
		}
		if err := tx.Groups().CreateComment(&c); err != nil {
			return err
		}
		return emit(tx, workspaceID, EventCommentCreated, groupID, map[string]any{"post_id": postID, "comment_id": c.ID, "author_contact_id": contactID})
	})
	return c, err
}

// ToggleLike likes a post or takes the like back; it reports whether it is now liked.
func (s *Service) ToggleLike(ctx context.Context, workspaceID, contactID, groupID, postID string) (liked bool, err error) {
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := s.mayWrite(tx, workspaceID, contactID, groupID); err != nil {
			return err
		}
		if _, err := tx.Groups().Post(workspaceID, groupID, postID); err != nil {
			return store.Missing(err, "This post was removed.")
		}
		if liked, err = tx.Groups().ToggleLike(workspaceID, postID, contactID, s.now()); err != nil {
			return err
		}
		return emit(tx, workspaceID, EventPostLiked, groupID, map[string]any{"post_id": postID})
	})
	return liked, err
}

// Image returns a picture of a post of the group to one of its members.
func (s *Service) Image(ctx context.Context, workspaceID, contactID, groupID, sha string) (b model.Blob, err error) {
	err = s.store.View(ctx, func(tx *store.Tx) error {
		if _, _, err := membership(tx, workspaceID, contactID, groupID); err != nil {
			return err
		}
		ok, err := tx.Groups().PostWithImage(workspaceID, groupID, sha)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.NotFoundf("This picture does not exist.")
		}
		b, err = tx.Blobs().Get(sha)
		return err
	})
	return b, err
}
