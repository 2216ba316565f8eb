package ui

import (
	"io"
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// maxAttachment bounds the file read from the reply form (the server has its own limit).
const maxAttachment = 10 << 20

// sendMessage sends the owner's reply, with an optional file, and shows the conversation.
func (h *Handler) sendMessage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("contact")
	in, problem := readReply(r, id)
	var out desk.Outcome
	if problem == "" {
		var err error
		if out, err = h.app.SendMessage(r.Context(), in, r.FormValue("name")); err != nil {
			problem = "Not sent: " + desk.UserMessage(err)
		}
	}
	v := h.threadView(r, id)
	switch {
	case problem != "":
		v.Message = &Message{Kind: "error", Text: problem}
	case out.Queued:
		v.Message = &Message{Kind: "queued", Text: "The server cannot be reached: the reply is queued in the outbox and goes out once, when the server is back."}
		trigger(w, "portal-changed")
	default:
		trigger(w, "portal-changed")
	}
	h.partial(w, r, "_thread_messages", v)
}

// readReply parses the reply form: body and an optional file.
func readReply(r *http.Request, contactID string) (api.NewMessage, string) {
	in := api.NewMessage{ContactID: contactID}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
		if err := r.ParseMultipartForm(maxAttachment); err != nil {
			return in, "Attach a file of at most 10 MB."
		}
	}
	in.Body = strings.TrimSpace(r.FormValue("body"))
	if f, hdr, err := r.FormFile("file"); err == nil {
		defer f.Close()
		data, err := io.ReadAll(io.LimitReader(f, maxAttachment+1))
		if err != nil || len(data) > maxAttachment {
			return in, "Attach a file of at most 10 MB."
		}
		if len(data) > 0 {
			in.FileName, in.File = hdr.Filename, data
		}
	}
	if in.Body == "" && in.File == nil {
		return in, "Write a message or attach a file."
	}
	return in, ""
}
