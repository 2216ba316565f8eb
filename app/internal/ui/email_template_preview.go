package ui

import (
	"net/http"
	"strconv"
	"sync"

	"clientportal/shared/api"
)

// PreviewView is the email as the chosen contact would get it, or why it cannot be shown.
type PreviewView struct {
	Kind    string
	Seq     int64
	Preview api.TemplatePreview
	Error   string
	Errors  map[string]string
}

// previewEmailTemplate renders the unsaved wording for the chosen contact as the owner types.
func (h *Handler) previewEmailTemplate(w http.ResponseWriter, r *http.Request) {
	v := PreviewView{Kind: r.PathValue("kind")}
	in := api.TemplatePreviewRequest{ContactID: r.FormValue("contact_id"), Language: r.FormValue("language"), Subject: r.FormValue("subject"), Body: r.FormValue("body")}
	if in.ContactID == "" {
		v.Error = "Add a contact to see a preview."
		h.partial(w, r, "_template_preview", v)
		return
	}
	p, err := h.app.PreviewEmailTemplate(r.Context(), v.Kind, in)
	if err != nil {
		v.Error, v.Errors = fieldProblems(err)
		h.partial(w, r, "_template_preview", v)
		return
	}
	v.Preview, v.Seq = p, h.previews.put(p.HTML)
	h.partial(w, r, "_template_preview", v)
}

// showPreviewHTML serves a preview's HTML part to its sandboxed frame, under
// a policy that allows no script, no form and no network but images.
func (h *Handler) showPreviewHTML(w http.ResponseWriter, r *http.Request) {
	seq, _ := strconv.ParseInt(r.PathValue("seq"), 10, 64)
	html, ok := h.previews.get(seq)
	if !ok {
		http.Error(w, "This preview has expired.", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; form-action 'none'; frame-ancestors 'self'; sandbox")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte(html))
}

// previewStore keeps the HTML of the latest previews, for their frames to load.
type previewStore struct {
	mu    sync.Mutex
	seq   int64
	pages map[int64]string
}

const keptPreviews = 16

func (s *previewStore) put(html string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pages == nil {
		s.pages = map[int64]string{}
	}
	s.seq++
	s.pages[s.seq] = html
	delete(s.pages, s.seq-keptPreviews)
	return s.seq
}

func (s *previewStore) get(seq int64) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	html, ok := s.pages[seq]
	return html, ok
}
