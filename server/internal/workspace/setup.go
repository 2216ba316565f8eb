package workspace

import (
	"context"
	"fmt"
	"net/mail"
	"regexp"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// Created is the result of Setup: the workspace and the owner's API token,
// shown once and never stored in clear.
type Created struct {
	Workspace model.Workspace
	Owner     model.Owner
	Token     string
}

// Setup creates a workspace, its owner and the owner's first API token.
func (s *Service) Setup(ctx context.Context, name, ownerEmail string) (Created, error) {
	name = strings.TrimSpace(name)
	v := apperr.Validation{}
	if name == "" || len(name) > 100 {
		v.Add("workspace", "Give the workspace a name of 1 to 100 characters.")
	}
	addr, err := mail.ParseAddress(strings.TrimSpace(ownerEmail))
	if err != nil || addr.Name != "" {
		v.Add("email", "Enter the owner's email address, like owner@example.com.")
	}
	if err := v.Err(); err != nil {
		return Created{}, err
	}
	var out Created
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		slug, err := freeSlug(tx, slugify(name))
		if err != nil {
			return err
		}
		out, err = createWorkspace(tx, name, slug, strings.ToLower(addr.Address), s.BaseHost())
		return err
	})
	if err != nil {
		return Created{}, fmt.Errorf("set up workspace %q: %w", name, err)
	}
	return out, nil
}

func createWorkspace(tx *store.Tx, name, slug, email, baseHost string) (Created, error) {
	now := tx.Now()
	w := model.Workspace{ID: uuid.NewString(), Slug: slug, Name: name, SendingDomain: "mail." + slug + "." + baseHost,
		MagicLinkTTLSecs: 15 * 60, LoginEmailTTLSecs: 24 * 3600, AccentColor: "#4f46e5", Language: i18n.Default, CreatedAt: now}
	if err := tx.Workspaces().Create(&w); err != nil {
		return Created{}, err
	}
	o := model.Owner{ID: uuid.NewString(), WorkspaceID: w.ID, Email: email, CreatedAt: now}
	if err := tx.Workspaces().CreateOwner(&o); err != nil {
		return Created{}, err
	}
	token := secure.NewToken("cpo_")
	t := model.APIToken{ID: uuid.NewString(), WorkspaceID: w.ID, OwnerID: o.ID, TokenHash: secure.Hash(token), CreatedAt: now}
	if err := tx.Workspaces().CreateToken(&t); err != nil {
		return Created{}, err
	}
	return Created{Workspace: w, Owner: o, Token: token}, nil
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

func slugify(name string) string {
	s := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(name), "-"), "-")
	if len(s) > 40 {
		s = strings.Trim(s[:40], "-")
	}
	if s == "" {
		s = "portal"
	}
	return s
}

func freeSlug(tx *store.Tx, base string) (string, error) {
	for i := 1; i < 1000; i++ {
		slug := base
		if i > 1 {
			slug = base + "-" + strconv.Itoa(i)
		}
		taken, err := tx.Workspaces().SlugTaken(slug)
		if err != nil || !taken {
			return slug, err
		}
	}
	return "", apperr.New(apperr.Conflict, "No free address for a workspace named like this; choose another name.")
}

func itoa(n int) string { return strconv.Itoa(n) }
