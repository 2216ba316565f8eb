package web_test

import (
	"bufio"
	"context"
	"net/http"
	"testing"
	"time"
)

// openGroupStream opens a member's live feed and returns its lines.
func (lp *livePortal) openGroupStream(ctx context.Context, groupID, contactID string) <-chan string {
	lp.t.Helper()
	c := lp.httpClient()
	c.Timeout = 0
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, lp.origin()+"/groups/"+groupID+"/events", nil)
	req.Header.Set("Cookie", "portal_session="+lp.sessionOf(contactID))
	res, err := c.Do(req)
	if err != nil || res.StatusCode != http.StatusOK {
		lp.t.Fatalf("open the live feed: %v %v", err, res)
	}
	lines := make(chan string, 64)
	go func() {
		defer res.Body.Close()
		defer close(lines)
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return lines
}

// waitFor reads lines until want arrives; it reports false on timeout or end.
func waitFor(lines <-chan string, want string, d time.Duration) bool {
	deadline := time.After(d)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				return false
			}
			if l == want {
				return true
			}
		case <-deadline:
			return false
		}
	}
}

func TestAMembersLiveFeedHearsOnlyItsGroupAndEndsWhenTheMemberIsRemoved(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada, ben := lp.newContact("Ada Lovelace", "ada@example.test"), lp.newContact("Ben Okri", "ben@example.test")
	group, other := lp.newGroupOf("Founders circle", ada, ben), lp.newGroupOf("Other", ada)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	lines := lp.openGroupStream(ctx, group, ben)
	lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+other+"/posts", map[string]string{"body": "elsewhere"}, nil)
	if waitFor(lines, "event: posts", time.Second) {
		t.Fatalf("Ben's live feed heard of a post in a group he is not in")
	}
	lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+group+"/posts", map[string]string{"body": "here"}, nil)
	if !waitFor(lines, "event: posts", 5*time.Second) {
		t.Fatalf("Ben's live feed did not hear of a post in his group")
	}
	lp.ownerAPI(http.MethodDelete, "/api/v1/groups/"+group+"/members/"+ben, nil, nil)
	if !waitFor(lines, "event: ended", 5*time.Second) {
		t.Fatalf("Ben's live feed did not end when he was removed")
	}
}
