package workflows

import (
	"strconv"
	"time"
)

// op is one instruction of a workflow's program: the steps flattened, with
// jumps for the branches of if steps, so a run's place is one number.
type op struct {
	Step *Step
	Path string // where the step is in the workflow, like steps[1].then[0]
	// Else is where an if goes when its condition fails; Jump is where a
	// jump op (Step nil) goes.
	Else, Jump int
}

// compile flattens steps into a program.
func compile(steps []Step) []op {
	var prog []op
	emit(&prog, "steps", steps)
	return prog
}

func emit(prog *[]op, path string, steps []Step) {
	for i := range steps {
		s := &steps[i]
		p := path + "[" + strconv.Itoa(i) + "]"
		if s.Kind != StepIf {
			*prog = append(*prog, op{Step: s, Path: p})
			continue
		}
		at := len(*prog)
		*prog = append(*prog, op{Step: s, Path: p})
		emit(prog, p+".then", s.Then)
		jump := len(*prog)
		*prog = append(*prog, op{})
		(*prog)[at].Else = len(*prog)
		emit(prog, p+".else", s.Else)
		(*prog)[jump].Jump = len(*prog)
	}
}

// waitUntil is when a wait step started at now ends.
func waitUntil(s *Step, now time.Time) time.Time {
	if s.Until != nil {
		return *s.Until
	}
	d, _ := time.ParseDuration(s.Duration)
	return now.Add(d)
}
