// Package documents is the domain service of contracts and documents sent
// for signature: upload and intake, sending, viewing, signing or declining,
// the sealing job that makes the final copy, downloads and verification.
package documents

import (
	"context"
	"fmt"
	"sync"
	"time"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/links"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// Sealer produces a final copy: stamps, certificate page, digital signature.
type Sealer interface {
	Seal(ctx context.Context, req pdf.SealRequest) ([]byte, error)
}

// Service is the documents domain service.
type Service struct {
	store      *store.Store
	workspaces *workspace.Service
	links      *links.Service
	newSealer  func() (Sealer, error)
	sealerMu   sync.Mutex
	sealer     Sealer
	now        func() time.Time
	catalog    *i18n.Catalog // every language's words, for the signers' emails
	// Limits cap what an upload may be.
	Limits pdf.Limits
}

// New returns the documents service. newSealer starts the PDF pipeline
// when the first document is sealed (it loads fonts: slow, and needless for
// a server that never seals); until it succeeds, sealing jobs fail and retry.
func New(s *store.Store, ws *workspace.Service, ls *links.Service, newSealer func() (Sealer, error), clk clock.Clock) *Service {
	return &Service{store: s, workspaces: ws, links: ls, newSealer: newSealer, now: clock.Or(clk).Now}
}

// pipeline returns the sealer, starting it on first use.
func (s *Service) pipeline() (Sealer, error) {
	s.sealerMu.Lock()
	defer s.sealerMu.Unlock()
	if s.sealer != nil {
		return s.sealer, nil
	}
	if s.newSealer == nil {
		return nil, errNoSealer
	}
	sl, err := s.newSealer()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errNoSealer, err)
	}
	s.sealer = sl
	return sl, nil
}

// Register adds the sealing job's handler to the queue, and what its death
// leaves on the document.
func (s *Service) Register(q *jobs.Queue) {
	q.Handle(JobSeal, s.runSeal)
	q.OnDead(JobSeal, s.sealDied)
	q.Handle(JobRemind, s.runReminder)
	q.Handle(JobExpire, s.runExpiry)
	q.Handle(JobTemplateSend, s.runTemplateSend)
}

// Meta is who did an action from where, for the audit trail.
type Meta struct {
	IP        string
	UserAgent string
	Actor     string // who acts instead of the owner, e.g. "workflow Onboarding"; empty for the owner
}

// The actors and actions of the audit trail.
const (
	ActorOwner  = "owner"
	ActorPortal = "portal"
	// ActorWorkflow begins the actor of what a workflow did, followed by its name.
	ActorWorkflow = "workflow"

	ActionUploaded   = "uploaded"
	ActionSent       = "sent"
	ActionOpened     = "opened"
	ActionViewed     = "viewed"
	ActionSigned     = "signed"
	ActionDeclined   = "declined"
	ActionSealed     = "sealed"
	ActionDownloaded = "downloaded"
	ActionVoided     = "voided"
	ActionExpired    = "expired"
	ActionExtended   = "extended"
	ActionReminded   = "reminded"
)

// View is a document with its signers, fields and audit trail.
type View struct {
	Document model.Document
	Signer   model.Contact // the first signer
	Signers  []SignerView  // in the order of their positions
	Fields   []model.DocumentField
	Audit    []model.DocumentAudit
	Me       int  // the position of the signer who looks; -1 for the owner
	Expired  bool // the expiry has passed, whether or not the status says so yet
}

// Signable reports whether the document still takes signatures and, for a
// signer's view, whether it is that signer's turn and they have not signed.
func (v View) Signable() bool {
	if !open(v.Document.Status) || v.Expired {
		return false
	}
	if v.Me < 0 || v.Me >= len(v.Signers) {
		return v.Me < 0
	}
	st := v.Signers[v.Me].Status
	return st == model.SignerSent || st == model.SignerViewed
}

// Mine returns the signer who looks at the document.
func (v View) Mine() (SignerView, bool) {
	if v.Me < 0 || v.Me >= len(v.Signers) {
		return SignerView{}, false
	}
	return v.Signers[v.Me], true
}

// open reports whether a document of this status waits for signatures.
func open(status string) bool {
	return status == model.DocSent || status == model.DocViewed || status == model.DocPartiallySigned
}

const documentMissing = "This document does not exist."

// audit appends one line to a document's trail in the caller's transaction.
func (s *Service) audit(tx *store.Tx, d model.Document, actor, action string, m Meta) error {
	if actor == ActorOwner && m.Actor != "" {
		actor = m.Actor
	}
	return tx.Documents().AddAudit(&model.DocumentAudit{WorkspaceID: d.WorkspaceID, DocumentID: d.ID, At: s.now(),
		Actor: actor, Action: action, IP: m.IP, UserAgent: truncate(m.UserAgent, 300)})
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}
