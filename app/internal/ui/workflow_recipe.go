package ui

import (
	"net/http"

	"clientportal/shared/api"
)

// Recipe is a ready-made automation the owner starts from.
type Recipe struct {
	Key, Title, Explain string
	Workflow            api.WorkflowInput
}

// recipes are the automations offered on an empty page.
var recipes = []Recipe{
	{Key: "nudge", Title: "Nudge invited clients", Explain: "3 days after an invitation, a client who has not joined gets a fresh magic link.",
		Workflow: api.WorkflowInput{Name: "Nudge invited clients", Enabled: true, Trigger: api.WorkflowTrigger{Event: "contact.invited"},
			Steps: []api.WorkflowStep{{Kind: "wait", Duration: "72h"},
				{Kind: "if", Condition: &api.WorkflowCondition{ContactStatus: "invited"}, Then: []api.WorkflowStep{{Kind: "email",
					Subject: "Your portal is ready, {{contact.first_name}}",
					Body:    "Hi {{contact.first_name}},\n\n{{workspace.name}} is waiting for you in your client portal.\n\nLog in: {{portal.magic_link}}"}}}}}},
	{Key: "thanks", Title: "Thank the client for a completed document", Explain: "When a document is signed and sealed, the client gets a thank-you.",
		Workflow: api.WorkflowInput{Name: "Thank for a completed document", Enabled: true, Trigger: api.WorkflowTrigger{Event: "document.completed"},
			Steps: []api.WorkflowStep{{Kind: "email", Subject: "Thank you, {{contact.first_name}}",
				Body: "Hi {{contact.first_name}},\n\nThank you for signing {{document.title}}. The final copy is in your portal: {{portal.magic_link}}"}}}},
	{Key: "overdue", Title: "Remind about an overdue invoice", Explain: "When an invoice is overdue, the client gets a reminder with a link to it.",
		Workflow: api.WorkflowInput{Name: "Remind about an overdue invoice", Enabled: true, Trigger: api.WorkflowTrigger{Event: "invoice.overdue"},
			Steps: []api.WorkflowStep{{Kind: "email", Subject: "Invoice {{invoice.number}} is overdue",
				Body: "Hi {{contact.first_name}},\n\nInvoice {{invoice.number}} for {{invoice.total}} is now due. You can see it here: {{invoice.link}}"}}}},
}

// createFromRecipe saves the automation of a recipe.
func (h *Handler) createFromRecipe(w http.ResponseWriter, r *http.Request) {
	for _, rc := range recipes {
		if rc.Key == r.PathValue("key") {
			_, err := h.app.CreateWorkflow(r.Context(), rc.Workflow)
			h.workflowsChanged(w, r, err, "Added: "+rc.Title+". It runs on the server, even while this app is closed.")
			return
		}
	}
	h.workflowsChanged(w, r, nil, "")
}
