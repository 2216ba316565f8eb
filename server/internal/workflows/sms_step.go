package workflows

import (
	"errors"

	"clientportal/server/internal/apperr"
)

// text queues the workspace's login text (a fresh link and code) to the
// contact. A contact who cannot be texted (no phone, replied STOP) ends the
// run failed with the reason; the hourly limits make the job try again later.
func (x *execution) text() error {
	err := x.s.texts.QueueLoginText(x.tx, x.contact)
	var ae *apperr.Error
	if err == nil || !errors.As(err, &ae) || ae.Kind == apperr.RateLimited {
		return err
	}
	why := ae.Message
	for _, f := range ae.Fields {
		why = f
	}
	return stepFailed{why: why}
}
