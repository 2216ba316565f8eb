package e2e

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/system"
	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

// automate does, as the running server would, all the work that is due now:
// it reads new events into workflow runs and runs the due jobs (emails go
// out to the test's SMTP server), until nothing is left.
func (s *server) automate() {
	s.t.Helper()
	ctx := context.Background()
	for {
		n, err := s.sys.Workflows.Dispatch(ctx)
		if err != nil {
			s.t.Fatalf("read events into workflows: %v", err)
		}
		m, err := s.sys.Queue.RunOnce(ctx)
		if err != nil {
			s.t.Fatalf("run jobs: %v", err)
		}
		if n == 0 && m == 0 {
			return
		}
	}
}

// later moves the server's clock on by d.
func (s *server) later(d time.Duration) { systemtest.Clock(s.t, s.sys).Advance(d) }

// createWorkflow saves a workflow through the owner API.
func (s *server) createWorkflow(in api.WorkflowInput) api.Workflow {
	s.t.Helper()
	w, err := s.owner.CreateWorkflow(context.Background(), in, "")
	if err != nil {
		s.t.Fatalf("create workflow %q: %v", in.Name, err)
	}
	return w
}

// runsOf lists a workflow's runs, by contact.
func (s *server) runsOf(workflowID string) map[string]api.WorkflowRun {
	s.t.Helper()
	list, err := s.owner.WorkflowRuns(context.Background(), workflowID)
	if err != nil {
		s.t.Fatalf("runs of workflow %s: %v", workflowID, err)
	}
	out := map[string]api.WorkflowRun{}
	for _, r := range list.Runs {
		if _, twice := out[r.ContactID]; twice {
			s.t.Errorf("contact %s has more than one run of workflow %s", r.ContactID, workflowID)
		}
		out[r.ContactID] = r
	}
	return out
}

// stepKinds is a run's step log as "kind:state" words.
func stepKinds(r api.WorkflowRun) string {
	var out []string
	for _, st := range r.Steps {
		out = append(out, st.Kind+":"+st.State)
	}
	return strings.Join(out, " ")
}

// nudge is the workflow the product's recipe starts from: invited clients
// who have not joined after the wait get a fresh magic link.
func nudge(wait string) api.WorkflowInput {
	return api.WorkflowInput{Name: "Nudge invited clients", Enabled: true, Trigger: api.WorkflowTrigger{Event: "contact.invited"},
		Steps: []api.WorkflowStep{{Kind: "wait", Duration: wait},
			{Kind: "if", Condition: &api.WorkflowCondition{ContactStatus: "invited"}, Then: []api.WorkflowStep{
				{Kind: "email", Subject: "Your portal is ready, {{contact.first_name}}", Body: "Log in: {{portal.magic_link}}"}}}}}
}

// oneClick opens a magic link as a browser would, presses the one-click
// page's button, and returns the heading of the page it lands on.
func (s *server) oneClick(link string) (landed, heading string) {
	s.t.Helper()
	jar, _ := cookiejar.New(nil)
	hc := &http.Client{Transport: s.transport(), Jar: jar, Timeout: 10 * time.Second}
	page := s.get(hc, link)
	m := csrfField.FindStringSubmatch(page)
	if m == nil {
		s.t.Fatalf("the one-click page of %s has no form:\n%s", link, page)
	}
	res, err := hc.PostForm(link, url.Values{"_csrf": {m[1]}})
	if err != nil {
		s.t.Fatalf("press the one-click button: %v", err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	h := regexp.MustCompile(`<h1[^>]*>([^<]+)</h1>`).FindStringSubmatch(string(b))
	if h == nil {
		return res.Request.URL.String(), ""
	}
	return res.Request.URL.String(), strings.TrimSpace(h[1])
}

func (s *server) get(hc *http.Client, u string) string {
	s.t.Helper()
	res, err := hc.Get(u)
	if err != nil {
		s.t.Fatalf("GET %s: %v", u, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return string(b)
}

// emailsTo are the messages that arrived for addr, oldest first.
func (s *server) emailsTo(addr string) []email {
	s.t.Helper()
	var out []email
	for _, e := range s.waitEmails(len(s.smtp.Messages()), time.Second) {
		if e.To == addr {
			out = append(out, e)
		}
	}
	return out
}

func eachDialect(t *testing.T, fn func(t *testing.T, dialect string)) {
	for _, d := range []string{"sqlite", "postgres"} {
		t.Run(d, func(t *testing.T) { fn(t, d) })
	}
}

// restart kills the server as a crash would (no job finishes, nothing is
// drained) and starts a new one on the same database, address and clock.
func (s *server) restart() {
	s.t.Helper()
	clk := s.sys.Clock
	if err := s.sys.App.ShutdownWithTimeout(time.Second); err != nil {
		s.t.Fatalf("stop the server: %v", err)
	}
	s.sys.Close()
	sys, err := system.Open(context.Background(), s.cfg, clk)
	if err != nil {
		s.t.Fatalf("start the server again: %v", err)
	}
	s.t.Cleanup(func() { sys.Close() })
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		s.t.Fatalf("listen on %s again: %v", s.addr, err)
	}
	s.sys = sys
	systemtest.Serve(s.t, sys, ln)
}
