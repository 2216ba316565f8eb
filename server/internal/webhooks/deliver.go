package webhooks

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// SignatureHeader carries a delivery's signature.
const SignatureHeader = "Portal-Signature"

// Sign is the Portal-Signature value of body sent at unix time t.
func Sign(secret string, t int64, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "%d.", t)
	mac.Write(body)
	return "t=" + strconv.FormatInt(t, 10) + ",v1=" + hex.EncodeToString(mac.Sum(nil))
}

// deliver posts one delivery; the try is recorded with the job's own state.
func (s *Service) deliver(ctx context.Context, j model.Job) (jobs.Settle, error) {
	var p deliverPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return nil, jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobDeliver, err))
	}
	var d model.WebhookDelivery
	var h model.Webhook
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if d, err = tx.Webhooks().Delivery(j.WorkspaceID, p.DeliveryID); err != nil {
			return err
		}
		h, err = tx.Webhooks().ByID(j.WorkspaceID, d.WebhookID)
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		return s.settle(j.WorkspaceID, p.DeliveryID, 0), jobs.Permanent(errors.New("the webhook was deleted"))
	}
	if err != nil || d.State == DeliveryDelivered {
		return nil, err
	}
	status, err := s.post(ctx, h, []byte(d.Body))
	if errors.Is(err, errInside) {
		err = jobs.Permanent(err)
	}
	return s.settle(j.WorkspaceID, d.ID, status), err
}

// post sends the body, signed, and returns the receiver's status; any
// status but 2xx is an error.
func (s *Service) post(ctx context.Context, h model.Webhook, body []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(body))
	if err != nil {
		return 0, jobs.Permanent(fmt.Errorf("webhook address %q: %w", h.URL, err))
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "ClientPortal-Webhooks/1")
	req.Header.Set(SignatureHeader, Sign(h.Secret, s.now().Unix(), body))
	res, err := s.client.Do(req)
	if err != nil {
		return 0, fmt.Errorf("post to %s: %w", h.URL, err)
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	if res.StatusCode < 200 || res.StatusCode > 299 {
		return res.StatusCode, fmt.Errorf("the receiver answered %d", res.StatusCode)
	}
	return res.StatusCode, nil
}

// settle records a try of a delivery: delivered, still pending (a retry
// comes), or failed once the queue gives up.
func (s *Service) settle(workspaceID, id string, status int) jobs.Settle {
	return func(tx *store.Tx, err error, dead bool) error {
		d, lerr := tx.Webhooks().Delivery(workspaceID, id)
		if errors.Is(lerr, store.ErrNotFound) {
			return nil
		}
		if lerr != nil {
			return lerr
		}
		fields := map[string]any{"attempts": d.Attempts + 1, "last_status": status, "last_error": "", "state": DeliveryDelivered}
		if err != nil {
			fields["last_error"], fields["state"] = err.Error(), DeliveryPending
			if dead {
				fields["state"] = DeliveryFailed
			}
		}
		return tx.Webhooks().UpdateDelivery(workspaceID, id, fields)
	}
}

// Redeliver sends a delivery again, whatever became of it.
func (s *Service) Redeliver(ctx context.Context, workspaceID, webhookID, deliveryID string) (model.WebhookDelivery, error) {
	var d model.WebhookDelivery
	err := s.store.InTx(ctx, func(tx *store.Tx) (err error) {
		if _, err = tx.Webhooks().ByID(workspaceID, webhookID); err != nil {
			return err
		}
		if d, err = tx.Webhooks().Delivery(workspaceID, deliveryID); err != nil {
			return err
		}
		if d.WebhookID != webhookID {
			return apperr.NotFoundf("This delivery does not exist.")
		}
		if err = tx.Webhooks().UpdateDelivery(workspaceID, d.ID, map[string]any{"state": DeliveryPending}); err != nil {
			return err
		}
		d.State = DeliveryPending
		return enqueue(tx, d)
	})
	return d, store.Missing(err, "This delivery does not exist.")
}
