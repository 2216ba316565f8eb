package ui

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"
)

func TestTheLiveWaitOfAPageThatLeftEndsInsteadOfRunningToItsEnd(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.H.liveWait = time.Hour // only the page leaving can end this wait
	ctx, leave := context.WithCancel(context.Background())
	v := strconv.FormatInt(h.App.Live.Status().Version, 10) // nothing new since: the wait would last
	req := httptest.NewRequest(http.MethodGet, "/live?v="+v, nil).WithContext(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.H.ServeHTTP(httptest.NewRecorder(), req)
	}()
	leave()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the wait for a change went on after its page left (a request that only reads must end with it)")
	}
}
