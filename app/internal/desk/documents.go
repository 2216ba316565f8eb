package desk

import (
	"context"
	"fmt"
	"io"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

const snapDocuments = "documents"

// Documents lists the workspace's documents, or the last copy when offline.
func (a *App) Documents(ctx context.Context) (api.DocumentList, Fresh, error) {
	c, err := a.Current()
	if err != nil {
		return api.DocumentList{}, Fresh{}, err
	}
	l, err := c.Client.Documents(ctx, "")
	a.observe(err)
	if err == nil {
		_ = a.DB.SaveSnapshot(ctx, c.Account.ID, snapDocuments, l)
		return l, Fresh{}, nil
	}
	if !Unreachable(err) {
		return api.DocumentList{}, Fresh{}, fmt.Errorf("list documents: %w", err)
	}
	at, ok, lerr := a.DB.LoadSnapshot(ctx, c.Account.ID, snapDocuments, &l)
	if lerr != nil || !ok {
		return api.DocumentList{}, Fresh{Offline: true}, fmt.Errorf("list documents: %w", err)
	}
	return l, Fresh{Offline: true, SavedAt: at}, nil
}

// Document fetches one document with its audit trail.
func (a *App) Document(ctx context.Context, id string) (api.Document, error) {
	c, err := a.Current()
	if err != nil {
		return api.Document{}, err
	}
	d, err := c.Client.Document(ctx, id)
	a.observe(err)
	return d, err
}

// UploadDocument creates a draft from a PDF; it needs the server.
func (a *App) UploadDocument(ctx context.Context, in api.NewDocument) (api.Document, error) {
	c, err := a.Current()
	if err != nil {
		return api.Document{}, err
	}
	d, err := c.Client.UploadDocument(ctx, in, localdb.NewKey())
	a.observe(err)
	if err == nil {
		a.Live.Changed("")
	}
	return d, err
}

// SendDocument emails the signer; offline, the send is queued.
func (a *App) SendDocument(ctx context.Context, id, title string) (Outcome, error) {
	return a.perform(ctx, localdb.KindSendDocument, "Send "+title, sendDocument{ID: id})
}

// sendDocument is the outbox payload of a document send.
type sendDocument struct {
	ID string `json:"id"`
}

// CopyDocument writes the original or the final PDF to w.
func (a *App) CopyDocument(ctx context.Context, id string, final bool, w io.Writer) error {
	c, err := a.Current()
	if err != nil {
		return err
	}
	if final {
		err = c.Client.DownloadFinal(ctx, id, w)
	} else {
		err = c.Client.DownloadOriginal(ctx, id, w)
	}
	a.observe(err)
	if err != nil {
		return fmt.Errorf("download document %s: %w", id, err)
	}
	return nil
}
