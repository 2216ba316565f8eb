package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"

	dpdf "github.com/digitorus/pdf"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// A certification signature is named by the catalog's /Perms /DocMDP entry;
// pdfsign writes the signature dictionary's /Reference but not that entry.
// So the document is written for signing with a /Perms object whose /DocMDP
// holds a placeholder, and just before signing the placeholder becomes a
// reference to the number pdfsign will give the signature dictionary (the
// same length of text, so no offset moves).

// permsPlaceholder is the /DocMDP value written until the number is known.
const permsPlaceholder = 1999999999

var permsMark = []byte("/DocMDP " + strconv.Itoa(permsPlaceholder))

// addPerms points the catalog at a new /Perms object with the placeholder.
func addPerms(ctx *model.Context) error {
	root, err := ctx.XRefTable.Catalog()
	if err != nil {
		return fmt.Errorf("catalog: %w", err)
	}
	ref, err := ctx.XRefTable.IndRefForNewObject(types.Dict{"DocMDP": types.Integer(permsPlaceholder)})
	if err != nil {
		return fmt.Errorf("perms object: %w", err)
	}
	root["Perms"] = *ref
	return nil
}

// numberPerms turns the placeholder in doc into a reference to the object
// pdfsign appends first, the signature dictionary: two past the highest
// object number of rdr (pdfsign's own rule).
func numberPerms(doc []byte, rdr *dpdf.Reader) error {
	if bytes.Count(doc, permsMark) != 1 {
		return errors.New("the document has no single /Perms placeholder")
	}
	var maxID uint32
	for _, x := range rdr.Xref() {
		ptr := x.Ptr()
		maxID = max(maxID, ptr.GetID())
	}
	ref := []byte(fmt.Sprintf("/DocMDP %d 0 R", maxID+2))
	if len(ref) > len(permsMark) {
		return errors.New("the signature's object number does not fit the /Perms placeholder")
	}
	at := bytes.Index(doc, permsMark)
	copy(doc[at:], append(ref, bytes.Repeat([]byte(" "), len(permsMark)-len(ref))...))
	return nil
}

// certifiedNoChanges reports whether data's catalog names, through
// /Perms /DocMDP, a signature whose DocMDP transform allows no change (P 1).
func certifiedNoChanges(data []byte) (ok bool) {
	defer func() {
		if recover() != nil { // the reader panics on some damaged files
			ok = false
		}
	}()
	r, err := dpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	sig := r.Trailer().Key("Root").Key("Perms").Key("DocMDP")
	refs := sig.Key("Reference")
	for i := range refs.Len() {
		ref := refs.Index(i)
		if ref.Key("TransformMethod").Name() == "DocMDP" && ref.Key("TransformParams").Key("P").Int64() == 1 {
			return sig.Key("Contents").Kind() == dpdf.String
		}
	}
	return false
}
