package documents

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// MaxRoles is how many roles a template may name.
const MaxRoles = 10

// TemplateInput is an owner's new template.
type TemplateInput struct {
	Title string
	Roles []string
	// Orders is each role's signing order; equal orders sign in parallel.
	// Empty: the roles sign one after another.
	Orders []int
	Fields []model.TemplateField
	PDF    []byte
}

// Template is a template with its roles and fields decoded.
type Template struct {
	model.DocumentTemplate
	RoleNames []string
	// RoleOrders is each role's signing order, one per role.
	RoleOrders []int
	FieldList  []model.TemplateField
}

const templateMissing = "This template does not exist."

// CreateTemplate checks the PDF and the fields of every role, and saves the template.
func (s *Service) CreateTemplate(ctx context.Context, workspaceID string, in TemplateInput) (Template, error) {
	in.Title = strings.TrimSpace(in.Title)
	if err := checkTemplate(in); err != nil {
		return Template{}, err
	}
	info, err := pdf.Intake(in.PDF, s.Limits)
	if err != nil {
		return Template{}, refusal(err)
	}
	if len(in.Fields) == 0 {
		if in.Fields, err = defaultRoleFields(info.PageCount(), in.Roles); err != nil {
			return Template{}, err
		}
	}
	fields, err := roleFields(in.Roles, in.Fields)
	if err != nil {
		return Template{}, err
	}
	if err := checkFields(fields, info.PageCount(), len(in.Roles)); err != nil {
		return Template{}, err
	}
	roles, _ := json.Marshal(in.Roles)
	fs, _ := json.Marshal(in.Fields)
	t := model.DocumentTemplate{ID: uuid.NewString(), WorkspaceID: workspaceID, Title: in.Title, Roles: string(roles), Fields: string(fs),
		PageCount: info.PageCount(), OriginalSHA256: secure.SHA256Hex(in.PDF), CreatedAt: s.now()}
	if len(in.Orders) > 0 {
		orders, _ := json.Marshal(in.Orders)
		t.RoleOrders = string(orders)
	}
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.Blobs().Put(t.OriginalSHA256, "application/pdf", in.PDF); err != nil {
			return err
		}
		return tx.DocumentTemplates().Create(&t)
	})
	return templateOf(t), err
}

func checkTemplate(in TemplateInput) error {
	v := apperr.Validation{}
	if in.Title == "" || utf8.RuneCountInString(in.Title) > MaxTitle {
		v.Add("title", fmt.Sprintf("Give the template a title of up to %d characters.", MaxTitle))
	}
	seen := map[string]bool{}
	for _, r := range in.Roles {
		r = strings.TrimSpace(r)
		if r == "" || utf8.RuneCountInString(r) > 60 || seen[r] {
			v.Add("roles", "Name each role once, in up to 60 characters, like [\"Client\",\"Guarantor\"].")
		}
		seen[r] = true
	}
	if len(in.Roles) == 0 || len(in.Roles) > MaxRoles {
		v.Add("roles", fmt.Sprintf("Name between 1 and %d roles, like [\"Client\",\"Guarantor\"].", MaxRoles))
	}
	if len(in.PDF) == 0 {
		v.Add("file", "Attach the PDF as the file field.")
	}
	checkOrders(v, in)
	return v.Err()
}

// checkOrders refuses orders that do not give each role an order of 1 or more.
func checkOrders(v apperr.Validation, in TemplateInput) {
	if len(in.Orders) == 0 {
		return
	}
	if len(in.Orders) != len(in.Roles) {
		v.Add("orders", fmt.Sprintf("Give one signing order per role: %d roles, %d orders.", len(in.Roles), len(in.Orders)))
		return
	}
	for i, o := range in.Orders {
		if o < 1 {
			v.Add("orders", fmt.Sprintf("Role %d: the signing order must be 1 or more.", i+1))
			return
		}
	}
}

// roleFields turns the template's fields into document fields whose signer
// is the role's position.
func roleFields(roles []string, fs []model.TemplateField) ([]model.DocumentField, error) {
	out := make([]model.DocumentField, 0, len(fs))
	for i, f := range fs {
		at := -1
		for j, r := range roles {
			if strings.TrimSpace(r) == f.Role {
				at = j
			}
		}
		if at < 0 {
			return nil, apperr.Validation{"fields": fmt.Sprintf("Field %d: role %q is not one of the template's roles.", i+1, f.Role)}.Err()
		}
		out = append(out, model.DocumentField{Kind: f.Kind, Page: f.Page, X: f.X, Y: f.Y, W: f.W, H: f.H, Signer: at})
	}
	return out, nil
}

// defaultRoleFields is a signature block per role on the last page, as a
// document without fields gets one per signer.
func defaultRoleFields(pages int, roles []string) ([]model.TemplateField, error) {
	fs, err := DefaultSignerFields(pages, len(roles))
	out := make([]model.TemplateField, 0, len(fs))
	for _, f := range fs {
		out = append(out, model.TemplateField{Kind: f.Kind, Page: f.Page, X: f.X, Y: f.Y, W: f.W, H: f.H, Role: strings.TrimSpace(roles[f.Signer])})
	}
	return out, err
}

func templateOf(t model.DocumentTemplate) Template {
	out := Template{DocumentTemplate: t}
	_ = json.Unmarshal([]byte(t.Roles), &out.RoleNames)
	_ = json.Unmarshal([]byte(t.Fields), &out.FieldList)
	if t.RoleOrders != "" {
		_ = json.Unmarshal([]byte(t.RoleOrders), &out.RoleOrders)
	}
	if len(out.RoleOrders) != len(out.RoleNames) {
		out.RoleOrders = make([]int, len(out.RoleNames))
		for i := range out.RoleOrders {
			out.RoleOrders[i] = i + 1
		}
	}
	return out
}

// Templates lists the workspace's templates, newest first.
func (s *Service) Templates(ctx context.Context, workspaceID string) ([]Template, error) {
	var ts []model.DocumentTemplate
	err := s.store.View(ctx, func(tx *store.Tx) (err error) { ts, err = tx.DocumentTemplates().List(workspaceID); return err })
	out := make([]Template, 0, len(ts))
	for _, t := range ts {
		out = append(out, templateOf(t))
	}
	return out, err
}

// GetTemplate returns one template of the workspace.
func (s *Service) GetTemplate(ctx context.Context, workspaceID, id string) (Template, error) {
	var t model.DocumentTemplate
	err := s.store.View(ctx, func(tx *store.Tx) (err error) { t, err = tx.DocumentTemplates().ByID(workspaceID, id); return err })
	return templateOf(t), store.Missing(err, templateMissing)
}

// DeleteTemplate removes a template; the documents made from it stay.
func (s *Service) DeleteTemplate(ctx context.Context, workspaceID, id string) error {
	err := s.store.InTx(ctx, func(tx *store.Tx) error { return tx.DocumentTemplates().Delete(workspaceID, id) })
	return store.Missing(err, templateMissing)
}

// SendTemplate makes a document from a template, a contact for each role,
// and sends it at once.
func (s *Service) SendTemplate(ctx context.Context, workspaceID, id, title string, signers map[string]string, m Meta) (View, error) {
	var docID string
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		t, err := tx.DocumentTemplates().ByID(workspaceID, id)
		if err != nil {
			return err
		}
		tp := templateOf(t)
		ins := make([]SignerInput, 0, len(tp.RoleNames))
		for i, r := range tp.RoleNames {
			c := strings.TrimSpace(signers[r])
			if c == "" {
				return apperr.Validation{"signers": fmt.Sprintf("Choose the contact who signs as %s.", r)}.Err()
			}
			ins = append(ins, SignerInput{ContactID: c, Order: tp.RoleOrders[i]})
		}
		for r := range signers {
			if !contains(tp.RoleNames, r) {
				return apperr.Validation{"signers": fmt.Sprintf("%q is not a role of this template (%s).", r, strings.Join(tp.RoleNames, ", "))}.Err()
			}
		}
		docID, err = s.fromTemplate(tx, tp, title, ins, m)
		return err
	})
	if err != nil {
		return View{}, store.Missing(err, templateMissing)
	}
	return s.Get(ctx, workspaceID, docID)
}

// fromTemplate makes and sends one document of a template in the caller's transaction.
func (s *Service) fromTemplate(tx *store.Tx, tp Template, title string, ins []SignerInput, m Meta) (string, error) {
	if title = strings.TrimSpace(title); title == "" {
		title = tp.Title
	}
	if utf8.RuneCountInString(title) > MaxTitle {
		return "", apperr.Validation{"title": fmt.Sprintf("Keep the title under %d characters.", MaxTitle)}.Err()
	}
	fields, err := roleFields(tp.RoleNames, tp.FieldList)
	if err != nil {
		return "", err
	}
	now := s.now()
	d := model.Document{ID: uuid.NewString(), WorkspaceID: tp.WorkspaceID, Title: title, Status: model.DocDraft, Fields: encodeFields(fields),
		PageCount: tp.PageCount, OriginalSHA256: tp.OriginalSHA256, CreatedAt: now, UpdatedAt: now}
	signers, err := s.resolveSigners(tx, d, ins)
	if err != nil {
		return "", err
	}
	d.SignerContactID = signers[0].ContactID
	if err := tx.Documents().Create(&d); err != nil {
		return "", err
	}
	if err := tx.DocumentSigners().Create(signers); err != nil {
		return "", err
	}
	if err := s.audit(tx, d, ActorOwner, ActionUploaded, m); err != nil {
		return "", err
	}
	plan, err := workspacePlan(tx, tp.WorkspaceID)
	if err != nil {
		return "", err
	}
	return d.ID, s.sendInTx(tx, d, plan, m)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
