package ui

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// maxUpload bounds the PDF read from the form (the server has its own limit).
const maxUpload = 25 << 20

// createDocument uploads the dropped PDF with the placed fields as a draft.
func (h *Handler) createDocument(w http.ResponseWriter, r *http.Request) {
	in, err := readNewDocument(r)
	if err != nil {
		h.message(w, r, "error", err.Error())
		return
	}
	d, err := h.app.UploadDocument(r.Context(), in)
	if err != nil {
		h.message(w, r, "error", "Could not upload: "+desk.UserMessage(err))
		return
	}
	trigger(w, "portal-changed")
	h.partial(w, r, "_document", DocumentView{Doc: d, CanSave: h.saver != nil,
		Message: &Message{Kind: "ok", Text: "Uploaded " + d.Title + ": check it and send it."}})
}

// readNewDocument parses the multipart form: file, title, signer, fields.
func readNewDocument(r *http.Request) (api.NewDocument, error) {
	if err := r.ParseMultipartForm(maxUpload); err != nil {
		return api.NewDocument{}, fmt.Errorf("Choose a PDF of at most 25 MB.")
	}
	f, hdr, err := r.FormFile("file")
	if err != nil {
		return api.NewDocument{}, fmt.Errorf("Drop or choose the PDF to send.")
	}
	defer f.Close()
	pdf, err := io.ReadAll(io.LimitReader(f, maxUpload))
	if err != nil {
		return api.NewDocument{}, fmt.Errorf("Could not read the file.")
	}
	in := api.NewDocument{Title: strings.TrimSpace(r.FormValue("title")), FileName: hdr.Filename, PDF: pdf}
	if in.Title == "" {
		in.Title = strings.TrimSuffix(hdr.Filename, ".pdf")
	}
	if raw := r.FormValue("fields"); raw != "" && raw != "[]" {
		if err := json.Unmarshal([]byte(raw), &in.Fields); err != nil {
			return api.NewDocument{}, fmt.Errorf("The placed fields could not be read.")
		}
	}
	if err := readSigners(r, &in); err != nil {
		return api.NewDocument{}, err
	}
	return in, nil
}
