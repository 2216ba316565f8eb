package messages

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// JobNotify is the job kind that emails a client about unread messages.
const JobNotify = "message.notify"

// KindNotify is the kind of the email about unread messages.
const KindNotify = "message"

// LinkMessages is the purpose of a login link that opens the messages.
const LinkMessages = "messages"

// LinkPath is where a message email's link lands.
func LinkPath(token string) string { return "/messages/open/" + token }

type notifyPayload struct {
	ContactID string `json:"contact_id"`
}

// runNotify emails the client when the owner's messages are still unread.
func (s *Service) runNotify(ctx context.Context, j model.Job) error {
	var p notifyPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobNotify, err))
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		n, err := tx.Messages().CountUnread(j.WorkspaceID, p.ContactID, model.AuthorOwner)
		if err != nil || n == 0 {
			return err
		}
		return s.emailUnread(tx, j.WorkspaceID, p.ContactID, n)
	})
	if errors.Is(err, store.ErrNotFound) {
		return jobs.Permanent(err)
	}
	return err
}

func (s *Service) emailUnread(tx *store.Tx, workspaceID, contactID string, n int) error {
	w, err := tx.Workspaces().ByID(workspaceID)
	if err != nil {
		return err
	}
	c, err := tx.Contacts().ByID(workspaceID, contactID)
	if err != nil || c.AccessRevokedAt != nil {
		return err
	}
	ds, err := tx.Domains().List(w.ID)
	if err != nil {
		return err
	}
	portalURL := s.workspaces.URLFor(w, ds)
	token, err := s.links.NewPageLink(tx, w, c, LinkMessages)
	if err != nil {
		return err
	}
	what := "a new message"
	if n > 1 {
		what = fmt.Sprintf("%d new messages", n)
	}
	l := mail.Letter{Workspace: w, ContactID: c.ID, To: c.Email, Kind: KindNotify,
		Subject: fmt.Sprintf("%s sent you %s", w.Name, what), PortalURL: portalURL,
		Paragraphs: []string{"Hi " + c.FirstName() + ",", fmt.Sprintf("You have %s from %s in your client portal.", what, w.Name),
			fmt.Sprintf("The button logs you in and opens your messages. It works once; after that, log in at %s.", portalURL)},
		ButtonURL: portalURL + LinkPath(token), ButtonLabel: "Read and reply"}
	d, err := l.Draft()
	if err != nil {
		return err
	}
	_, err = mail.Queue(tx, d)
	return err
}
