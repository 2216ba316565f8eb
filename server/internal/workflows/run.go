package workflows

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// runStep does a run's next steps, up to its next wait or its end, in one
// transaction: a step's effect (an email queued, a webhook delivery) and the
// run's new place commit together, so each step is done exactly once.
func (s *Service) runStep(ctx context.Context, j model.Job) error {
	var p stepPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobStep, err))
	}
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		claimed, err := tx.Workflows().ClaimRun(j.WorkspaceID, p.RunID, p.Seq)
		if err != nil || !claimed {
			return err
		}
		r, err := tx.Workflows().Run(j.WorkspaceID, p.RunID)
		if err != nil {
			return err
		}
		return s.advance(tx, r)
	})
}

// advance runs the claimed run r from its place.
func (s *Service) advance(tx *store.Tx, r model.WorkflowRun) error {
	w, err := tx.Workflows().AnyByID(r.WorkspaceID, r.WorkflowID)
	if err != nil {
		return err
	}
	if w.DeletedAt != nil {
		return s.end(tx, r, model.RunCancelled)
	}
	if !w.Enabled { // paused: stay where the run is until resumed
		return tx.Workflows().UpdateRun(r.WorkspaceID, r.ID, map[string]any{"state": model.RunWaiting})
	}
	c, err := tx.Contacts().ByID(r.WorkspaceID, r.ContactID)
	if errors.Is(err, store.ErrNotFound) || err == nil && c.AccessRevokedAt != nil {
		return s.end(tx, r, model.RunCancelled)
	}
	if err != nil {
		return err
	}
	var steps []Step
	if err := json.Unmarshal([]byte(r.StepsJSON), &steps); err != nil {
		return jobs.Permanent(fmt.Errorf("decode steps of run %s: %w", r.ID, err))
	}
	x := &execution{s: s, tx: tx, run: r, contact: c, prog: compile(steps)}
	return x.proceed()
}

// end finishes a run in state.
func (s *Service) end(tx *store.Tx, r model.WorkflowRun, state string) error {
	return tx.Workflows().UpdateRun(r.WorkspaceID, r.ID, map[string]any{"state": state, "wake_at": nil})
}

// execution is one job's turn of a run.
type execution struct {
	s       *Service
	tx      *store.Tx
	run     model.WorkflowRun
	contact model.Contact
	prog    []op
	ws      *model.Workspace
}

// proceed does ops from the run's place until a wait that lies ahead, a
// failed step or the end.
func (x *execution) proceed() error {
	pc, now := x.run.PC, x.s.now()
	if pc > 0 && pc <= len(x.prog) && x.prog[pc-1].Step != nil && x.prog[pc-1].Step.Kind == StepWait && x.run.WakeAt != nil {
		if err := x.log(StepWait, "done", ""); err != nil { // the wait that brought the run here is over
			return err
		}
	}
	for pc < len(x.prog) {
		o := x.prog[pc]
		if o.Step == nil || o.Step.Kind == StepWait || o.Step.Kind == StepIf {
			next, parked, err := x.flow(o, pc, now)
			if err != nil || parked {
				return err
			}
			pc = next
			continue
		}
		if err := x.do(o.Step); err != nil {
			return x.fail(o.Step, pc, err)
		}
		if err := x.log(o.Step.Kind, "done", ""); err != nil {
			return err
		}
		pc++
	}
	return x.tx.Workflows().UpdateRun(x.run.WorkspaceID, x.run.ID, map[string]any{"state": model.RunDone, "pc": pc, "wake_at": nil})
}

// flow does a jump, a wait or an if at pc and says where the run goes
// next, or that it is parked until a wait ends.
func (x *execution) flow(o op, pc int, now time.Time) (next int, parked bool, err error) {
	switch {
	case o.Step == nil:
		return o.Jump, false, nil
	case o.Step.Kind == StepWait:
		if until := waitUntil(o.Step, now); until.After(now) {
			return pc, true, x.wait(pc+1, until)
		}
		return pc + 1, false, x.log(StepWait, "done", "")
	}
	ok := matches(x.contact, o.Step.Condition)
	if err := x.log(StepIf, map[bool]string{true: "then", false: "else"}[ok], ""); err != nil || ok {
		return pc + 1, false, err
	}
	return o.Else, false, nil
}

// fail ends the run failed when a step cannot be done, with the reason in
// its log; any other error is returned, so the job tries again.
func (x *execution) fail(s *Step, pc int, err error) error {
	var failed stepFailed
	if !errors.As(err, &failed) {
		return err
	}
	if err := x.log(s.Kind, "failed", failed.why); err != nil {
		return err
	}
	return x.tx.Workflows().UpdateRun(x.run.WorkspaceID, x.run.ID, map[string]any{"state": model.RunFailed, "pc": pc, "wake_at": nil})
}

// wait parks the run at pc until the time, with the job that wakes it.
func (x *execution) wait(pc int, until time.Time) error {
	err := x.tx.Workflows().UpdateRun(x.run.WorkspaceID, x.run.ID, map[string]any{"state": model.RunWaiting, "pc": pc, "wake_at": until})
	if err != nil {
		return err
	}
	return enqueueStep(x.tx, x.run, until)
}

// stepFailed is a step that cannot be done (no retry would help): the run
// ends failed with the reason in its log.
type stepFailed struct{ why string }

func (f stepFailed) Error() string { return f.why }

// log appends a line to the run's step log.
func (x *execution) log(kind, state, why string) error {
	err := x.tx.Workflows().LogStep(&model.WorkflowRunStep{RunID: x.run.ID, Idx: x.run.Logged, WorkspaceID: x.run.WorkspaceID,
		Kind: kind, State: state, Error: why, At: x.s.now()})
	if err != nil {
		return err
	}
	x.run.Logged++
	return x.tx.Workflows().UpdateRun(x.run.WorkspaceID, x.run.ID, map[string]any{"logged": x.run.Logged})
}
