package ui

import (
	"encoding/base64"
	"html/template"
	"io"
	"net/http"

	"clientportal/app/internal/desk"
)

// maxLogo is the largest logo the server accepts (1 MB).
const maxLogo = 1 << 20

// uploadLogo sends the chosen PNG or JPEG to the server as the workspace's logo.
func (h *Handler) uploadLogo(w http.ResponseWriter, r *http.Request) {
	fail := func(text string) { h.partial(w, r, "_logo", LogoView{Message: &Message{Kind: "error", Text: text}}) }
	if err := r.ParseMultipartForm(maxLogo + 64<<10); err != nil {
		fail("Choose a PNG or JPEG of at most 1 MB.")
		return
	}
	f, hdr, err := r.FormFile("file")
	if err != nil {
		fail("Choose the logo to upload: a PNG or JPEG of at most 1 MB.")
		return
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 2*maxLogo))
	if err != nil {
		fail("Could not read the file.")
		return
	}
	l, err := h.app.UploadLogo(r.Context(), hdr.Filename, data)
	if err != nil {
		fail("Logo not saved: " + desk.UserMessage(err))
		return
	}
	v := LogoView{SHA256: l.SHA256, Message: &Message{Kind: "ok", Text: "Logo saved: portal pages now show it."}}
	if ct := http.DetectContentType(data); ct == "image/png" || ct == "image/jpeg" {
		// Safe: the server accepted the bytes as this image type, and they are base64.
		v.DataURL = template.URL("data:" + ct + ";base64," + base64.StdEncoding.EncodeToString(data))
	}
	h.partial(w, r, "_logo", v)
}
