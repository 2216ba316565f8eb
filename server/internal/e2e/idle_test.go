package e2e

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// An idle server must not keep writing to its database: the job queue's own
// claim transaction must not wake the queue (and the event hub) again.
func TestAnIdleServerDoesNotKeepCommittingTransactions(t *testing.T) {
	s := open(t, "sqlite")
	var commits atomic.Int64
	s.sys.Store.OnCommit(func() { commits.Add(1) })
	s.sys.Start(context.Background())
	time.Sleep(300 * time.Millisecond) // start-up work: the purge schedule
	before := commits.Load()
	time.Sleep(time.Second)
	// One poll of the job queue a second is expected; a loop is thousands.
	if n := commits.Load() - before; n > 5 {
		t.Fatalf("an idle server committed %d transactions in one second; the job queue wakes itself", n)
	}
}
