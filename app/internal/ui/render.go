package ui

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"path"
	"strings"
)

// views holds the parsed templates: one set per page, and the partials.
type views struct {
	pages    map[string]*template.Template
	partials *template.Template
}

// loadViews parses desktop/layout.html, desktop/partials/*.html and each of
// desktop/pages/*.html; a broken or missing template fails here, at start-up.
func loadViews(tfs fs.FS) (*views, error) {
	base, err := template.New("desktop").ParseFS(tfs, "desktop/layout.html", "desktop/partials/*.html")
	if err != nil {
		return nil, fmt.Errorf("parse desktop templates: %w", err)
	}
	files, err := fs.Glob(tfs, "desktop/pages/*.html")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no desktop page templates found: %v", err)
	}
	v := &views{pages: map[string]*template.Template{}, partials: base}
	for _, f := range files {
		t, err := template.Must(base.Clone()).ParseFS(tfs, f)
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", f, err)
		}
		v.pages[strings.TrimSuffix(path.Base(f), ".html")] = t
	}
	return v, nil
}

// page renders a whole page in the layout.
func (h *Handler) page(w http.ResponseWriter, r *http.Request, name string, p Page) {
	t, ok := h.views.pages[name]
	if !ok {
		h.fail(w, r, fmt.Errorf("no page template %q", name))
		return
	}
	p.CSRF = h.csrf
	p.Version = h.app.Live.Status().Version
	h.write(w, r, t, "dt:layout", p)
}

// partial renders one fragment alone (the unit of an htmx swap). Template
// names carry a "dt:" prefix so they never clash with the server's templates,
// which are parsed from the same tree.
func (h *Handler) partial(w http.ResponseWriter, r *http.Request, name string, data any) {
	h.write(w, r, h.views.partials, "dt:"+name, data)
}

func (h *Handler) write(w http.ResponseWriter, r *http.Request, t *template.Template, name string, data any) {
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, data); err != nil {
		h.fail(w, r, fmt.Errorf("render %s: %w", name, err))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = buf.WriteTo(w)
}

// fail logs err once and shows a safe message.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	slog.Error("desktop ui", "method", r.Method, "path", r.URL.Path, "err", err)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	fmt.Fprintf(w, `<p class="error" role="alert">%s</p>`, template.HTMLEscapeString(err.Error()))
}

// message renders a short result line (ok or error) as a fragment.
func (h *Handler) message(w http.ResponseWriter, r *http.Request, kind, text string) {
	h.partial(w, r, "_message", Message{Kind: kind, Text: text})
}

// redirect sends htmx (HX-Redirect) or a plain browser (303) to target.
func redirect(w http.ResponseWriter, r *http.Request, target string) {
	if r.Header.Get("HX-Request") == "true" {
		w.Header().Set("HX-Redirect", target)
		w.WriteHeader(http.StatusNoContent)
		return
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

// trigger sets the HX-Trigger response header (the one place it is set).
func trigger(w http.ResponseWriter, event string) {
	w.Header().Set("HX-Trigger", event)
}
