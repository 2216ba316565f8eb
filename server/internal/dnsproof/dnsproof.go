// Package dnsproof asks a DNS resolver for the TXT records that prove a
// workspace controls a custom domain, and says in words what it answered.
package dnsproof

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/miekg/dns"
)

// SystemResolvConf is where the system's resolvers are listed.
const SystemResolvConf = "/etc/resolv.conf"

// Resolver asks one recursive resolver (host:port), or the system's when
// Server is empty, over UDP and again over TCP when the answer was cut short.
type Resolver struct {
	Server     string        // PORTAL_DNS_RESOLVER; "" = the first that answers of ResolvConf
	ResolvConf string        // "" = SystemResolvConf
	Timeout    time.Duration // per question; 0 = 5 s
}

// Answer is what the resolver said about one name.
type Answer struct {
	Name   string   // the name asked, without the final dot
	Server string   // the resolver that answered
	Rcode  int      // dns.RcodeSuccess, dns.RcodeNameError, …
	Values []string // the TXT values, each record's strings joined
}

// TXT asks for the TXT records of name. An error means no resolver
// answered at all; a resolver's refusal (SERVFAIL, REFUSED) is an Answer.
func (r Resolver) TXT(ctx context.Context, name string) (Answer, error) {
	servers, err := r.servers()
	if err != nil {
		return Answer{Name: name}, err
	}
	var errs []error
	for _, server := range servers {
		a, err := r.ask(ctx, server, name)
		if err == nil {
			return a, nil
		}
		errs = append(errs, fmt.Errorf("%s: %w", server, err))
		if ctx.Err() != nil {
			break
		}
	}
	return Answer{Name: name}, fmt.Errorf("ask for the TXT records of %s: %w", name, errors.Join(errs...))
}

func (r Resolver) servers() ([]string, error) {
	if r.Server != "" {
		return []string{r.Server}, nil
	}
	path := r.ResolvConf
	if path == "" {
		path = SystemResolvConf
	}
	cc, err := dns.ClientConfigFromFile(path)
	if err != nil {
		return nil, fmt.Errorf("read the system's resolvers from %s (set PORTAL_DNS_RESOLVER): %w", path, err)
	}
	if len(cc.Servers) == 0 {
		return nil, fmt.Errorf("%s lists no nameserver (set PORTAL_DNS_RESOLVER)", path)
	}
	out := make([]string, 0, len(cc.Servers))
	for _, s := range cc.Servers {
		out = append(out, net.JoinHostPort(s, cc.Port))
	}
	return out, nil
}

func (r Resolver) ask(ctx context.Context, server, name string) (Answer, error) {
	timeout := r.Timeout
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	q := new(dns.Msg)
	q.SetQuestion(dns.Fqdn(name), dns.TypeTXT)
	q.RecursionDesired = true
	q.SetEdns0(1232, false)
	c := &dns.Client{Net: "udp", Timeout: timeout}
	in, _, err := c.ExchangeContext(ctx, q, server)
	if err == nil && in.Truncated {
		c.Net = "tcp"
		in, _, err = c.ExchangeContext(ctx, q, server)
	}
	if err != nil {
		return Answer{}, err
	}
	a := Answer{Name: strings.TrimSuffix(name, "."), Server: server, Rcode: in.Rcode}
	for _, rr := range in.Answer {
		if t, ok := rr.(*dns.TXT); ok {
			a.Values = append(a.Values, strings.Join(t.Txt, ""))
		}
	}
	return a, nil
}

// Has reports whether one of the TXT values is exactly value.
func (a Answer) Has(value string) bool {
	for _, v := range a.Values {
		if strings.TrimSpace(v) == value {
			return true
		}
	}
	return false
}

// Definite reports whether the answer settles the question: the name's
// records were given (NOERROR) or the name does not exist (NXDOMAIN).
func (a Answer) Definite() bool { return a.Rcode == dns.RcodeSuccess || a.Rcode == dns.RcodeNameError }

// Seen says in words what the resolver answered.
func (a Answer) Seen() string {
	switch {
	case a.Rcode == dns.RcodeNameError:
		return fmt.Sprintf("%s answered that %s does not exist (NXDOMAIN)", a.Server, a.Name)
	case a.Rcode != dns.RcodeSuccess:
		return fmt.Sprintf("%s could not answer for %s (%s)", a.Server, a.Name, rcodeName(a.Rcode))
	case len(a.Values) == 0:
		return fmt.Sprintf("%s answered that %s has no TXT record", a.Server, a.Name)
	}
	var quoted []string
	for i, v := range a.Values {
		if i == seenValues {
			quoted = append(quoted, fmt.Sprintf("and %d more", len(a.Values)-seenValues))
			break
		}
		if len(v) > seenLength {
			v = v[:seenLength] + "…"
		}
		quoted = append(quoted, strconv.Quote(v))
	}
	return fmt.Sprintf("%s answered that %s holds TXT %s", a.Server, a.Name, strings.Join(quoted, ", "))
}

// Seen names at most seenValues values, each cut to seenLength bytes.
const (
	seenValues = 5
	seenLength = 100
)

func rcodeName(rc int) string {
	if s, ok := dns.RcodeToString[rc]; ok {
		return s
	}
	return "code " + strconv.Itoa(rc)
}
