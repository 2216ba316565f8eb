package smtptest

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
)

// Message is one message the server accepted: the envelope and the raw
// RFC 5322 text as it came over the wire.
type Message struct {
	From string
	To   []string
	Raw  []byte
}

// Parsed is a message split into the headers and bodies a reader sees.
type Parsed struct {
	Header mail.Header
	Text   string // the text/plain body
	HTML   string // the text/html body
	// Attachments are the attached files by name, decoded.
	Attachments map[string][]byte
}

// Parse reads the headers and the plain-text and HTML bodies of m,
// decoding quoted-printable and base64 parts.
func (m Message) Parse() (Parsed, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(m.Raw))
	if err != nil {
		return Parsed{}, fmt.Errorf("read message: %w", err)
	}
	p := Parsed{Header: msg.Header}
	err = p.collect(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body)
	return p, err
}

func (p *Parsed) collect(contentType, encoding string, body io.Reader) error {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return fmt.Errorf("content type %q: %w", contentType, err)
	}
	if strings.HasPrefix(mt, "multipart/") {
		return p.collectParts(multipart.NewReader(body, params["boundary"]))
	}
	b, err := io.ReadAll(decode(encoding, body))
	if err != nil {
		return fmt.Errorf("read %s body: %w", mt, err)
	}
	switch mt {
	case "text/plain":
		p.Text = string(b)
	case "text/html":
		p.HTML = string(b)
	}
	return nil
}

func (p *Parsed) collectParts(r *multipart.Reader) error {
	for {
		part, err := r.NextPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("next part: %w", err)
		}
		if name := part.FileName(); name != "" {
			b, err := io.ReadAll(decode(part.Header.Get("Content-Transfer-Encoding"), part))
			if err != nil {
				return fmt.Errorf("read attachment %s: %w", name, err)
			}
			if p.Attachments == nil {
				p.Attachments = map[string][]byte{}
			}
			p.Attachments[name] = b
			continue
		}
		// NextPart already decodes quoted-printable and hides the header.
		err = p.collect(part.Header.Get("Content-Type"), part.Header.Get("Content-Transfer-Encoding"), part)
		if err != nil {
			return err
		}
	}
}

func decode(encoding string, r io.Reader) io.Reader {
	if strings.EqualFold(strings.TrimSpace(encoding), "base64") {
		return base64.NewDecoder(base64.StdEncoding, r)
	}
	return r
}
