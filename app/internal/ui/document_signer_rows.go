package ui

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"clientportal/shared/api"
)

// readSigners reads the signer rows of the upload form (a contact and the
// number of their turn each) into in: one signer alone stays the document's
// single signer; rows left at "Nobody else" are dropped, and the fields
// placed for the rows after them follow their signer.
func readSigners(r *http.Request, in *api.NewDocument) error {
	ids, orders := r.Form["signer_contact_id"], r.Form["signer_order"]
	index := map[int]int{} // row → position in in.Signers
	for row, id := range ids {
		if id = strings.TrimSpace(id); id == "" {
			continue
		}
		order := row + 1
		if row < len(orders) {
			n, err := strconv.Atoi(strings.TrimSpace(orders[row]))
			if err != nil || n < 1 {
				return fmt.Errorf("Signer %d: the number of their turn must be 1 or more.", row+1)
			}
			order = n
		}
		index[row] = len(in.Signers)
		in.Signers = append(in.Signers, api.NewSigner{ContactID: id, Order: order})
	}
	if len(in.Signers) == 0 {
		return fmt.Errorf("Pick the contact who signs.")
	}
	for i, f := range in.Fields {
		at, ok := index[f.Signer]
		if !ok {
			return fmt.Errorf("Field %d is for signer %d, but no contact is chosen for signer %d.", i+1, f.Signer+1, f.Signer+1)
		}
		in.Fields[i].Signer = at
	}
	if len(in.Signers) == 1 {
		in.SignerContactID, in.Signers = in.Signers[0].ContactID, nil
	}
	return nil
}
