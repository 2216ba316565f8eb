package workflows

import (
	"fmt"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/store"
)

// DocumentSender makes and sends a document of a template to one contact,
// in the step's transaction, naming the workflow as its sender (the
// documents service).
type DocumentSender interface {
	TemplateProblem(tx *store.Tx, workspaceID, id string) (string, error)
	SendTemplateTo(tx *store.Tx, workspaceID, templateID, contactID, workflowName string) (string, error)
}

// UseDocuments lets send_document steps send templates through d.
func (s *Service) UseDocuments(d DocumentSender) { s.docs = d }

// checkTemplate refuses a send_document step whose template cannot be sent.
func (s *Service) checkTemplate(tx *store.Tx, workspaceID, p string, st Step, v apperr.Validation) error {
	if s.docs == nil {
		v.Add(p+".kind", "Document templates are not available on this server, so a workflow cannot send one.")
		return nil
	}
	if st.TemplateID == "" {
		return nil // the checker already asked for it
	}
	why, err := s.docs.TemplateProblem(tx, workspaceID, st.TemplateID)
	if why != "" {
		v.Add(p+".template_id", why)
	}
	return err
}

// sendDocument sends the step's template to the contact to sign.
func (x *execution) sendDocument(st *Step) error {
	if x.s.docs == nil {
		return stepFailed{why: "Document templates are not available on this server."}
	}
	why, err := x.s.docs.TemplateProblem(x.tx, x.run.WorkspaceID, st.TemplateID)
	if err != nil {
		return err
	}
	if why != "" {
		return stepFailed{why: why}
	}
	w, err := x.tx.Workflows().ByID(x.run.WorkspaceID, x.run.WorkflowID)
	if err != nil {
		return fmt.Errorf("load workflow %s: %w", x.run.WorkflowID, err)
	}
	if _, err := x.s.docs.SendTemplateTo(x.tx, x.run.WorkspaceID, st.TemplateID, x.contact.ID, w.Name); err != nil {
		return fmt.Errorf("send template %s to %s: %w", st.TemplateID, x.contact.ID, err)
	}
	return nil
}
