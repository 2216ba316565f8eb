package store

import (
	"time"

	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// Workflows is the repository of the owner's workflows and their runs.
type Workflows struct{ db *Tx }

// Workflows returns the workflow repository.
func (t *Tx) Workflows() Workflows { return Workflows{t} }

// Create saves a new workflow.
func (r Workflows) Create(w *model.Workflow) error {
	return notFound(r.db.db.Create(w).Error, "create workflow "+w.Name)
}

// ByID loads a workflow of the workspace that is not deleted.
func (r Workflows) ByID(workspaceID, id string) (model.Workflow, error) {
	var w model.Workflow
	err := r.db.db.Where("workspace_id = ? AND id = ? AND deleted_at IS NULL", workspaceID, id).Take(&w).Error
	return w, notFound(err, "workflow "+id)
}

// AnyByID loads a workflow of the workspace, deleted or not.
func (r Workflows) AnyByID(workspaceID, id string) (model.Workflow, error) {
	return byID[model.Workflow](r.db, workspaceID, id, "workflow")
}

// List returns the workspace's workflows, oldest first.
func (r Workflows) List(workspaceID string) ([]model.Workflow, error) {
	var ws []model.Workflow
	err := r.db.db.Where("workspace_id = ? AND deleted_at IS NULL", workspaceID).Order("created_at, id").Find(&ws).Error
	return ws, notFound(err, "list workflows")
}

// Enabled returns every enabled workflow of every workspace.
func (r Workflows) Enabled() ([]model.Workflow, error) {
	var ws []model.Workflow
	err := r.db.db.Where("enabled = ? AND deleted_at IS NULL", true).Order("created_at, id").Find(&ws).Error
	return ws, notFound(err, "enabled workflows")
}

// DueSchedules returns the enabled scheduled workflows whose time has come.
func (r Workflows) DueSchedules(now time.Time) ([]model.Workflow, error) {
	var ws []model.Workflow
	err := r.db.db.Where("enabled = ? AND deleted_at IS NULL AND next_scheduled_at IS NOT NULL AND next_scheduled_at <= ?", true, now).
		Order("next_scheduled_at").Limit(100).Find(&ws).Error
	return ws, notFound(err, "due scheduled workflows")
}

// Update saves changed columns of a workflow.
func (r Workflows) Update(workspaceID, id string, fields map[string]any) error {
	fields["updated_at"] = r.db.Now()
	return notFound(r.db.db.Model(&model.Workflow{}).Where("workspace_id = ? AND id = ?", workspaceID, id).Updates(fields).Error, "update workflow")
}

// Cursor locks and returns the id of the last event the workflows have read.
func (r Workflows) Cursor() (int64, error) {
	var id int64
	q := "SELECT last_event_id FROM workflow_cursor WHERE id = 1"
	if r.db.dialect == "postgres" {
		q += " FOR UPDATE"
	}
	err := r.db.db.Raw(q).Scan(&id).Error
	return id, notFound(err, "workflow cursor")
}

// SetCursor records the last event the workflows have read.
func (r Workflows) SetCursor(id int64) error {
	return notFound(r.db.db.Exec("UPDATE workflow_cursor SET last_event_id = ? WHERE id = 1", id).Error, "move workflow cursor")
}

// AddRun saves a run unless the workflow already has one for its contact
// and key; it reports whether this call added it.
func (r Workflows) AddRun(run *model.WorkflowRun) (bool, error) {
	res := r.db.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "workflow_id"}, {Name: "contact_id"}, {Name: "run_key"}}, DoNothing: true}).Create(run)
	return res.RowsAffected == 1, notFound(res.Error, "add workflow run")
}

// ClaimRun takes a run for the job numbered seq: it moves the run to the
// next number and reports false when another job already did, or when the
// run has ended.
func (r Workflows) ClaimRun(workspaceID, id string, seq int) (bool, error) {
	res := r.db.db.Exec(`UPDATE workflow_runs SET seq = seq + 1, state = ?, updated_at = ?
		WHERE workspace_id = ? AND id = ? AND seq = ? AND state IN (?, ?)`,
		model.RunRunning, r.db.Now(), workspaceID, id, seq, model.RunWaiting, model.RunRunning)
	return res.RowsAffected == 1, notFound(res.Error, "claim workflow run")
}

// Run loads a run of the workspace.
func (r Workflows) Run(workspaceID, id string) (model.WorkflowRun, error) {
	return byID[model.WorkflowRun](r.db, workspaceID, id, "workflow run")
}

// UpdateRun saves changed columns of a run.
func (r Workflows) UpdateRun(workspaceID, id string, fields map[string]any) error {
	fields["updated_at"] = r.db.Now()
	return notFound(r.db.db.Model(&model.WorkflowRun{}).Where("workspace_id = ? AND id = ?", workspaceID, id).Updates(fields).Error, "update workflow run")
}

// LogStep appends a line to a run's step log.
func (r Workflows) LogStep(s *model.WorkflowRunStep) error {
	return notFound(r.db.db.Create(s).Error, "log workflow step")
}

// Runs lists a workflow's runs, newest first, of one contact when contactID is set.
func (r Workflows) Runs(workspaceID, workflowID, contactID string, limit int) ([]model.WorkflowRun, error) {
	q := r.db.db.Where("workspace_id = ? AND workflow_id = ?", workspaceID, workflowID)
	if contactID != "" {
		q = q.Where("contact_id = ?", contactID)
	}
	var runs []model.WorkflowRun
	err := q.Order("created_at DESC, id DESC").Limit(limit).Find(&runs).Error
	return runs, notFound(err, "list workflow runs")
}

// Steps returns the step logs of runs, in order, by run id.
func (r Workflows) Steps(workspaceID string, runIDs []string) (map[string][]model.WorkflowRunStep, error) {
	out := map[string][]model.WorkflowRunStep{}
	for start := 0; start < len(runIDs); start += 500 {
		var ss []model.WorkflowRunStep
		err := r.db.db.Where("workspace_id = ? AND run_id IN ?", workspaceID, runIDs[start:min(start+500, len(runIDs))]).
			Order("run_id, idx").Find(&ss).Error
		if err != nil {
			return nil, notFound(err, "workflow steps")
		}
		for _, s := range ss {
			out[s.RunID] = append(out[s.RunID], s)
		}
	}
	return out, nil
}

// Waiting returns the waiting runs of a workflow.
func (r Workflows) Waiting(workspaceID, workflowID string) ([]model.WorkflowRun, error) {
	var runs []model.WorkflowRun
	err := r.db.db.Where("workspace_id = ? AND workflow_id = ? AND state = ?", workspaceID, workflowID, model.RunWaiting).Find(&runs).Error
	return runs, notFound(err, "waiting workflow runs")
}

// CancelWaiting cancels the waiting and running runs of a workflow, or of a
// contact across every workflow when workflowID is "".
func (r Workflows) CancelWaiting(workspaceID, workflowID, contactID string) (int64, error) {
	q := r.db.db.Model(&model.WorkflowRun{}).Where("workspace_id = ? AND state IN ?", workspaceID, []string{model.RunWaiting, model.RunRunning})
	if workflowID != "" {
		q = q.Where("workflow_id = ?", workflowID)
	}
	if contactID != "" {
		q = q.Where("contact_id = ?", contactID)
	}
	res := q.Updates(map[string]any{"state": model.RunCancelled, "wake_at": nil, "updated_at": r.db.Now()})
	return res.RowsAffected, notFound(res.Error, "cancel workflow runs")
}

// RunCounts counts the runs of each of the workspace's workflows by state.
func (r Workflows) RunCounts(workspaceID string) (map[string]map[string]int, error) {
	var rows []struct {
		WorkflowID, State string
		N                 int
	}
	err := r.db.db.Model(&model.WorkflowRun{}).Select("workflow_id, state, COUNT(*) AS n").
		Where("workspace_id = ?", workspaceID).Group("workflow_id, state").Scan(&rows).Error
	out := map[string]map[string]int{}
	for _, row := range rows {
		if out[row.WorkflowID] == nil {
			out[row.WorkflowID] = map[string]int{}
		}
		out[row.WorkflowID][row.State] = row.N
	}
	return out, notFound(err, "count workflow runs")
}

// Event loads one event of the workspace.
func (r Events) Event(workspaceID string, id int64) (model.Event, error) {
	var e model.Event
	err := r.db.db.Where("workspace_id = ? AND id = ?", workspaceID, id).Take(&e).Error
	return e, notFound(err, "event")
}
