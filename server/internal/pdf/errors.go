package pdf

// Refusal is an upload the pipeline will not accept. Its Message is safe to
// show to the person who uploaded the file; Code is a stable machine name.
type Refusal struct {
	Code    string
	Message string
}

// Error returns the user-facing message.
func (r *Refusal) Error() string { return r.Message }

// Is reports whether target is a Refusal with the same Code, so a refusal
// whose message names a custom limit still matches ErrTooLarge and friends.
func (r *Refusal) Is(target error) bool {
	t, ok := target.(*Refusal)
	return ok && t.Code == r.Code
}

// Upload refusals returned by Intake. Compare with errors.Is.
var (
	// ErrTooLarge: the file is over the size cap.
	ErrTooLarge = &Refusal{"pdf_too_large", "This file is too large; the limit is 25 MB."}
	// ErrNotPDF: the file does not start like a PDF (HTML, an image, garbage).
	ErrNotPDF = &Refusal{"pdf_not_pdf", "This file is not a PDF; export or save it as PDF and upload it again."}
	// ErrDamaged: the file looks like a PDF but is truncated or broken.
	ErrDamaged = &Refusal{"pdf_damaged", "This PDF is damaged or incomplete; save it again from the original program and upload it again."}
	// ErrEncrypted: the file has a user or an owner password.
	ErrEncrypted = &Refusal{"pdf_encrypted", "This PDF is password-protected; remove the password and upload it again."}
	// ErrAlreadySigned: the file carries a digital signature that stamping would break.
	ErrAlreadySigned = &Refusal{"pdf_already_signed", "This PDF is already digitally signed; upload the unsigned version instead."}
	// ErrTooManyPages: the file has more pages than allowed.
	ErrTooManyPages = &Refusal{"pdf_too_many_pages", "This PDF has too many pages; the limit is 500 pages."}
	// ErrExpands: the file's streams decode to more than the limits allow.
	ErrExpands = &Refusal{"pdf_expands", "This PDF expands to more than 256 MB when opened; save it again and upload it again."}
	// ErrActiveContent: the file carries scripts, launch actions or embedded files.
	ErrActiveContent = &Refusal{"pdf_active_content", "This PDF contains scripts, launch actions or embedded files, which a document for clients must not carry; print it to PDF, or export it again without them, and upload it again."}
	// ErrNoPages: the file has no page to sign.
	ErrNoPages = &Refusal{"pdf_no_pages", "This PDF has no pages."}
)
