package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Client calls the owner API of one workspace with its bearer token.
type Client struct {
	base  string
	token string
	http  *http.Client
}

// NewClient returns a client for the server at baseURL (e.g. "http://localhost:8080").
func NewClient(baseURL, token string, hc *http.Client) *Client {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	return &Client{base: strings.TrimRight(baseURL, "/"), token: token, http: hc}
}

// BaseURL is the server address the client talks to.
func (c *Client) BaseURL() string { return c.base }

// Request is one owner API call; IdempotencyKey makes a repeated POST safe.
type Request struct {
	Method         string
	Path           string
	Body           any
	IdempotencyKey string
}

// Do sends req and decodes a JSON answer into out (which may be nil).
func (c *Client) Do(ctx context.Context, req Request, out any) error {
	var body io.Reader
	if req.Body != nil {
		b, err := json.Marshal(req.Body)
		if err != nil {
			return fmt.Errorf("encode %s %s: %w", req.Method, req.Path, err)
		}
		body = bytes.NewReader(b)
	}
	hr, err := http.NewRequestWithContext(ctx, req.Method, c.base+req.Path, body)
	if err != nil {
		return fmt.Errorf("build %s %s: %w", req.Method, req.Path, err)
	}
	if req.Body != nil {
		hr.Header.Set("Content-Type", "application/json")
	}
	if req.IdempotencyKey != "" {
		hr.Header.Set("Idempotency-Key", req.IdempotencyKey)
	}
	return c.send(hr, out)
}

// send adds the token, sends hr and decodes the answer.
func (c *Client) send(hr *http.Request, out any) error {
	hr.Header.Set("Authorization", "Bearer "+c.token)
	hr.Header.Set("Accept", "application/json")
	res, err := c.http.Do(hr)
	if err != nil {
		return fmt.Errorf("%s %s: %w", hr.Method, hr.URL.Path, err)
	}
	defer res.Body.Close()
	if res.StatusCode >= 400 {
		return decodeError(res)
	}
	if out == nil {
		return nil
	}
	if w, ok := out.(io.Writer); ok {
		_, err = io.Copy(w, res.Body)
		return err
	}
	if err := json.NewDecoder(res.Body).Decode(out); err != nil {
		return fmt.Errorf("decode %s %s: %w", hr.Method, hr.URL.Path, err)
	}
	return nil
}

func decodeError(res *http.Response) error {
	var eb ErrorBody
	b, _ := io.ReadAll(io.LimitReader(res.Body, 64<<10))
	if err := json.Unmarshal(b, &eb); err != nil || eb.Error.Code == "" {
		eb.Error = ErrorDetail{Code: CodeInternal, Message: strings.TrimSpace(string(b))}
	}
	return &Error{Status: res.StatusCode, ErrorDetail: eb.Error}
}

// IsStatus reports whether err is an API error with the given HTTP status.
func IsStatus(err error, status int) bool {
	var e *Error
	return errors.As(err, &e) && e.Status == status
}

// Portal fetches the workspace's portal URL, domains and adoption counts.
func (c *Client) Portal(ctx context.Context) (Portal, error) {
	var p Portal
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/portal"}, &p)
	return p, err
}

// AddDomain adds a custom domain to the portal.
func (c *Client) AddDomain(ctx context.Context, host string) (Portal, error) {
	var p Portal
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/portal/domains", Body: DomainRequest{Host: host}}, &p)
	return p, err
}

// SetPrimaryDomain makes host the domain of the portal URL and of every link sent.
func (c *Client) SetPrimaryDomain(ctx context.Context, host string) (Portal, error) {
	var p Portal
	err := c.Do(ctx, Request{Method: http.MethodPut, Path: "/api/v1/portal/primary-domain", Body: DomainRequest{Host: host}}, &p)
	return p, err
}

// Contacts lists one page of contacts.
func (c *Client) Contacts(ctx context.Context, q ContactQuery) (ContactList, error) {
	v := url.Values{}
	if q.Status != "" {
		v.Set("status", string(q.Status))
	}
	if q.Q != "" {
		v.Set("q", q.Q)
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if q.Cursor != "" {
		v.Set("cursor", q.Cursor)
	}
	var l ContactList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/contacts?" + v.Encode()}, &l)
	return l, err
}

// CreateContact adds a contact.
func (c *Client) CreateContact(ctx context.Context, in NewContact, idemKey string) (Contact, error) {
	var out Contact
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/contacts", Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// Contact fetches one contact.
func (c *Client) Contact(ctx context.Context, id string) (Contact, error) {
	var out Contact
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/contacts/" + url.PathEscape(id)}, &out)
	return out, err
}

// UpdateContact changes a contact's name, phone, extra fields or language.
func (c *Client) UpdateContact(ctx context.Context, id string, ch ContactChange) (Contact, error) {
	var out Contact
	err := c.Do(ctx, Request{Method: http.MethodPatch, Path: "/api/v1/contacts/" + url.PathEscape(id), Body: ch}, &out)
	return out, err
}

// Invite invites a contact to the portal and emails the invitation.
func (c *Client) Invite(ctx context.Context, in InviteRequest, idemKey string) (InviteResult, error) {
	var out InviteResult
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/invites", Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// NewMagicLink makes a fresh one-click login link for a contact.
func (c *Client) NewMagicLink(ctx context.Context, contactID string) (MagicLink, error) {
	var out MagicLink
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/contacts/" + url.PathEscape(contactID) + "/magic-links"}, &out)
	return out, err
}

// SendLoginEmails queues a login email to each contact.
func (c *Client) SendLoginEmails(ctx context.Context, ids []string, idemKey string) (LoginEmailsResult, error) {
	var out LoginEmailsResult
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/login-emails", Body: LoginEmailsRequest{ContactIDs: ids}, IdempotencyKey: idemKey}, &out)
	return out, err
}

// Adoption fetches invites and joins per day over the last days.
func (c *Client) Adoption(ctx context.Context, days int) (Adoption, error) {
	var out Adoption
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/portal/adoption?days=" + strconv.Itoa(days)}, &out)
	return out, err
}
