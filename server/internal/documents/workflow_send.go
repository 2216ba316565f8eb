package documents

import (
	"errors"
	"fmt"
	"strings"

	"clientportal/server/internal/store"
)

// TemplateProblem says why a workflow step cannot send the template to a
// contact ("" when it can): the template must exist in the workspace and
// have one role, which the contact signs.
func (s *Service) TemplateProblem(tx *store.Tx, workspaceID, id string) (string, error) {
	t, err := tx.DocumentTemplates().ByID(workspaceID, id)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Sprintf("There is no document template %q in this workspace.", id), nil
	}
	if err != nil {
		return "", err
	}
	if roles := templateOf(t).RoleNames; len(roles) != 1 {
		return fmt.Sprintf("A workflow sends a template of one role, which the contact signs; this one has %d (%s).",
			len(roles), strings.Join(roles, ", ")), nil
	}
	return "", nil
}

// SendTemplateTo makes a document of a one-role template for the contact
// and sends it, in the caller's transaction (a workflow step's), so the
// document is made once with the step; its audit trail names the workflow.
// Check TemplateProblem first.
func (s *Service) SendTemplateTo(tx *store.Tx, workspaceID, templateID, contactID, workflowName string) (string, error) {
	t, err := tx.DocumentTemplates().ByID(workspaceID, templateID)
	if err != nil {
		return "", err
	}
	return s.fromTemplate(tx, templateOf(t), "", []SignerInput{{ContactID: contactID, Order: 1}},
		Meta{Actor: strings.TrimSpace(ActorWorkflow + " " + workflowName)})
}
