package messages

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

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
	z := s.wordsFor(w, c)
	hi := z.T("work_email.hi", "Name", c.FirstName())
	if strings.TrimSpace(c.Name) == "" {
		hi = z.T("work_email.hi_anon")
	}
	l := mail.Letter{Workspace: w, ContactID: c.ID, To: c.Email, Kind: KindNotify, Lz: z,
		Subject: z.N("work_email.messages.subject", n, "Workspace", w.Name), PortalURL: portalURL,
		Paragraphs: []string{hi, z.N("work_email.messages.body", n, "Workspace", w.Name),
			z.T("work_email.messages.link_note", "URL", portalURL)},
		ButtonURL: portalURL + LinkPath(token), ButtonLabel: z.T("work_email.messages.button")}
	d, err := l.Draft()
	if err != nil {
		return err
	}
	_, err = mail.Queue(tx, d)
	return err
}
