package documents_test

import (
	"context"
	"errors"
	"net/http"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"clientportal/frontend/fonts"
	"clientportal/server/internal/documents"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

// flakySealer is the real PDF pipeline behind a switch that makes every
// sealing fail while down is set.
type flakySealer struct {
	real *pdf.Sealer
	down *atomic.Bool
}

func (f flakySealer) Seal(ctx context.Context, req pdf.SealRequest) ([]byte, error) {
	if f.down.Load() {
		return nil, errors.New("the signing service is out of reach")
	}
	return f.real.Seal(ctx, req)
}

func TestADeadSealJobLeavesTheDocumentWithAVisibleSealingErrorAndARetryClearsIt(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			p := newPortal(t, dialect)
			clk := systemtest.Clock(t, p.sys)
			var down atomic.Bool
			down.Store(true)
			q := sealQueue(t, p, &down)
			d := p.signedDocument(p.acme.Token, "jane@example.com")

			for attempt := 1; attempt < jobs.MaxAttempts; attempt++ {
				runOne(t, q)
				clk.Advance(2 * time.Hour)
			}
			if got := p.document(p.acme.Token, d.ID); got.Status != api.DocumentSigned || got.SealError != "" {
				t.Fatalf("before the last try the document is %q with seal error %q; want signed, no error yet", got.Status, got.SealError)
			}
			runOne(t, q)
			got := p.document(p.acme.Token, d.ID)
			if got.Status != api.DocumentSigned || !strings.Contains(got.SealError, "the signing service is out of reach") {
				t.Fatalf("after the seal job died the document is %q with seal error %q; want signed, showing why", got.Status, got.SealError)
			}
			dead := deadSealEvent(t, p, d.ID)

			down.Store(false)
			id, _ := dead["job_id"].(string)
			if _, err := p.sys.Queue.Revive(ctx, id); err != nil {
				t.Fatalf("retry the dead seal job: %v", err)
			}
			runOne(t, q)
			got = p.document(p.acme.Token, d.ID)
			if got.Status != api.DocumentCompleted || got.FinalSHA256 == "" || got.SealError != "" {
				t.Fatalf("after the retry the document is %q with final %q and seal error %q; want completed, error cleared",
					got.Status, got.FinalSHA256, got.SealError)
			}
		})
	}
}

// sealQueue is a queue that runs only sealing jobs, on the production
// schedule, through a pipeline that fails while down is set.
func sealQueue(t *testing.T, p *portal, down *atomic.Bool) *jobs.Queue {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "pdfcpu")
	svc := documents.New(p.sys.Store, p.sys.Workspaces, p.sys.Links, func() (documents.Sealer, error) {
		real, err := pdf.NewSealer(dir, fonts.FS())
		return flakySealer{real: real, down: down}, err
	}, p.sys.Clock)
	svc.UseCatalog(p.sys.I18n)
	q := jobs.New(p.sys.Store, p.sys.Clock)
	svc.Register(q)
	return q
}

// signedDocument sends a document to a new contact at addr, who signs it.
func (p *portal) signedDocument(token, addr string) api.Document {
	p.t.Helper()
	signer := p.contact(token, addr, "Jane Doe")
	d := p.sentDocument(token, "Service agreement", signer, contractPDF())
	b := p.browser("acme.localhost:8080")
	b.openLink(p.signLink(addr))
	if a := b.post("/documents/"+d.ID, "/documents/"+d.ID+"/sign", signForm(p.t)); a.status != http.StatusSeeOther {
		p.t.Fatalf("sign answered %d: %.300s", a.status, a.text())
	}
	return p.document(token, d.ID)
}

// runOne runs one batch of q that must hold exactly one job.
func runOne(t *testing.T, q *jobs.Queue) {
	t.Helper()
	if n, err := q.RunOnce(context.Background()); err != nil || n != 1 {
		t.Fatalf("ran %d job(s) (%v), want 1", n, err)
	}
}

// deadSealEvent is the one job.dead event the workspace got, which must
// name the seal job's kind, its last error and the document.
func deadSealEvent(t *testing.T, p *portal, documentID string) map[string]any {
	t.Helper()
	var evs []model.Event
	err := p.sys.Store.View(context.Background(), func(tx *store.Tx) (err error) {
		evs, err = tx.Events().ForWorkspace(p.acme.Workspace.ID, 0, 200)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var dead []map[string]any
	for _, e := range evs {
		if e.Type == api.EventJobDead {
			var data map[string]any
			mustJSON(t, e.Data, &data)
			dead = append(dead, data)
		}
	}
	if len(dead) != 1 {
		t.Fatalf("%d job.dead event(s), want 1", len(dead))
	}
	why, _ := dead[0]["error"].(string)
	if e := dead[0]; e["kind"] != documents.JobSeal || e["document_id"] != documentID || !strings.Contains(why, "the signing service is out of reach") {
		t.Fatalf("job.dead event says %v; want the seal job of document %s with its last error", e, documentID)
	}
	return dead[0]
}
