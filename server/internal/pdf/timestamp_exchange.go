package pdf

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"sync"

	"github.com/digitorus/pdfsign/sign"
	"github.com/digitorus/timestamp"
)

// The signing library asks the timestamp authority itself, through a fresh
// http.Client of the default transport, with neither a timeout nor a
// context, and embeds whatever token comes back. So it is given an address
// of our own scheme instead: the default transport hands those requests to
// timestampExchanges, which asks the real authority under the seal's context
// and a timeout, and passes on only a token that proves what it must.

// timestampScheme is the URL scheme of the signing library's requests.
const timestampScheme = "clientportal-tsa"

// maxTimestampReply bounds the authority's answer.
const maxTimestampReply = 1 << 20

// timestampExchanges holds the timestamp requests in flight, by id.
var timestampExchanges = &exchangeBook{}

// registerTimestampScheme routes timestampScheme to timestampExchanges, once.
var registerTimestampScheme = sync.OnceValue(func() error {
	t, ok := http.DefaultTransport.(*http.Transport)
	if !ok {
		return errors.New("the default HTTP transport cannot carry timestamp requests")
	}
	t.RegisterProtocol(timestampScheme, timestampExchanges)
	return nil
})

// exchangeBook is the round tripper of timestampScheme.
type exchangeBook struct{ m sync.Map }

// RoundTrip answers one request of the signing library.
func (b *exchangeBook) RoundTrip(r *http.Request) (*http.Response, error) {
	x, ok := b.m.Load(r.URL.Host)
	if !ok {
		return nil, fmt.Errorf("no timestamp request %q is in flight", r.URL.Host)
	}
	return x.(*timestampExchange).roundTrip(r)
}

// timestampExchange is one signature's request to the authority.
type timestampExchange struct {
	id  string
	ctx context.Context
	tsa *timestampAuthority
	err error // why the authority gave no token we accept
}

// begin opens an exchange for one signature made under ctx; end closes it.
func (a *timestampAuthority) begin(ctx context.Context) (*timestampExchange, error) {
	if err := registerTimestampScheme(); err != nil {
		return nil, err
	}
	id := make([]byte, 16)
	_, _ = rand.Read(id)
	x := &timestampExchange{id: hex.EncodeToString(id), ctx: ctx, tsa: a}
	timestampExchanges.m.Store(x.id, x)
	return x, nil
}

func (x *timestampExchange) end() { timestampExchanges.m.Delete(x.id) }

// options are the signing library's settings: our scheme, no credentials.
func (x *timestampExchange) options() sign.TSA {
	return sign.TSA{URL: timestampScheme + "://" + x.id + "/"}
}

// roundTrip forwards the library's query with a fresh nonce and returns the
// authority's answer once checkAnswer accepts it.
func (x *timestampExchange) roundTrip(r *http.Request) (*http.Response, error) {
	query, err := readQuery(r)
	if err != nil {
		x.err = err
		return nil, err
	}
	reply, err := x.ask(query)
	if err == nil {
		err = x.tsa.checkAnswer(query, reply)
	}
	if err != nil {
		x.err = err
		return nil, err
	}
	return &http.Response{StatusCode: http.StatusOK, Status: "200 OK", Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: http.Header{"Content-Type": {"application/timestamp-reply"}}, Body: io.NopCloser(bytes.NewReader(reply)),
		ContentLength: int64(len(reply)), Request: r}, nil
}

// readQuery is the library's timestamp query, given a nonce of our own so
// that no earlier answer can be replayed.
func readQuery(r *http.Request) (*timestamp.Request, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxTimestampReply))
	if err != nil {
		return nil, fmt.Errorf("read the timestamp query: %w", err)
	}
	q, err := timestamp.ParseRequest(body)
	if err != nil {
		return nil, fmt.Errorf("read the timestamp query: %w", err)
	}
	nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 64))
	if err != nil {
		return nil, fmt.Errorf("timestamp nonce: %w", err)
	}
	q.Nonce, q.ExtraExtensions = nonce, q.Extensions
	return q, nil
}

// ask posts the query to the authority and reads its answer, all within
// the authority's timeout and the seal's context.
func (x *timestampExchange) ask(q *timestamp.Request) ([]byte, error) {
	body, err := q.Marshal()
	if err != nil {
		return nil, fmt.Errorf("encode the timestamp query: %w", err)
	}
	ctx, cancel := context.WithTimeoutCause(x.ctx, x.tsa.timeout, fmt.Errorf("no answer within %s", x.tsa.timeout))
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, x.tsa.url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/timestamp-query")
	if x.tsa.username != "" || x.tsa.password != "" {
		req.SetBasicAuth(x.tsa.username, x.tsa.password)
	}
	reply, err := x.post(req)
	if err != nil && ctx.Err() != nil {
		return nil, context.Cause(ctx)
	}
	return reply, err
}

func (x *timestampExchange) post(req *http.Request) ([]byte, error) {
	resp, err := x.tsa.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	reply, err := io.ReadAll(io.LimitReader(resp.Body, maxTimestampReply+1))
	if err != nil {
		return nil, fmt.Errorf("read the answer: %w", err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("answered %s", resp.Status)
	}
	if len(reply) > maxTimestampReply {
		return nil, fmt.Errorf("answered more than %d bytes", maxTimestampReply)
	}
	return reply, nil
}
