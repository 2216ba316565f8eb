package contacts

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// NewField is an extra contact field the owner defines.
type NewField struct {
	Key, Label string
}

var fieldKey = regexp.MustCompile(`^[a-z0-9_]{1,40}$`)

// MaxFieldValue is the longest value of a contact field, in characters.
const MaxFieldValue = 1000

func (n *NewField) validate() error {
	v := apperr.Validation{}
	n.Key, n.Label = strings.TrimSpace(n.Key), strings.TrimSpace(n.Label)
	if !fieldKey.MatchString(n.Key) {
		v.Add("key", "Use 1 to 40 lowercase letters, digits or _, like company or vat_number.")
	}
	if n.Label == "" || utf8.RuneCountInString(n.Label) > 100 {
		v.Add("label", "Give the field a label of 1 to 100 characters, like Company.")
	}
	return v.Err()
}

// DefineField adds an extra field to every contact of the workspace.
func (s *Service) DefineField(ctx context.Context, workspaceID string, in NewField) (model.ContactField, error) {
	if err := in.validate(); err != nil {
		return model.ContactField{}, err
	}
	f := model.ContactField{WorkspaceID: workspaceID, Key: in.Key, Label: in.Label, CreatedAt: s.now()}
	err := s.store.InTx(ctx, func(tx *store.Tx) error { return tx.ContactFields().Create(&f) })
	if errors.Is(err, store.ErrConflict) {
		return f, &apperr.Error{Kind: apperr.Conflict, Message: "This field already exists.",
			Fields: map[string]string{"key": "Already a field: " + in.Key}, Cause: err}
	}
	return f, err
}

// Fields lists the workspace's extra contact fields, oldest first.
func (s *Service) Fields(ctx context.Context, workspaceID string) ([]model.ContactField, error) {
	var fs []model.ContactField
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		fs, err = tx.ContactFields().List(workspaceID)
		return err
	})
	return fs, err
}

// DeleteField removes a field and its value from every contact.
func (s *Service) DeleteField(ctx context.Context, workspaceID, key string) error {
	err := s.store.InTx(ctx, func(tx *store.Tx) error { return tx.ContactFields().Delete(workspaceID, key) })
	return store.Missing(err, "This contact field does not exist.")
}

// mergeFields applies changes to a contact's field values (an empty value
// clears the field), refusing keys the workspace has not defined and values
// that are too long, with the field named.
func mergeFields(tx *store.Tx, workspaceID string, current, changes map[string]string) (map[string]string, error) {
	if len(changes) == 0 {
		return current, nil
	}
	defined, err := tx.ContactFields().List(workspaceID)
	if err != nil {
		return nil, err
	}
	known := map[string]bool{}
	for _, f := range defined {
		known[f.Key] = true
	}
	v := apperr.Validation{}
	out := map[string]string{}
	for k, val := range current {
		out[k] = val
	}
	for k, val := range changes {
		val = strings.TrimSpace(val)
		switch {
		case !known[k]:
			v.Add("fields."+k, fmt.Sprintf("There is no contact field %q; add it first, or use one of: %s.", k, keyList(defined)))
		case utf8.RuneCountInString(val) > MaxFieldValue:
			v.Add("fields."+k, fmt.Sprintf("Keep the value under %d characters.", MaxFieldValue))
		case val == "":
			delete(out, k)
		default:
			out[k] = val
		}
	}
	return out, v.Err()
}

func keyList(fs []model.ContactField) string {
	if len(fs) == 0 {
		return "(none yet)"
	}
	keys := make([]string, len(fs))
	for i, f := range fs {
		keys[i] = f.Key
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}
