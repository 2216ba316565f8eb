package desk

import (
	"context"
	"fmt"
	"time"

	"clientportal/shared/api"
	"clientportal/shared/clock"
)

const snapActivity = "activity"

// activityKeep is how many recent activities the dashboard keeps.
const activityKeep = 20

// Activity is one thing a client did, in words: who and what.
type Activity struct {
	At        time.Time `json:"at"`
	Kind      string    `json:"kind"` // the event type
	ContactID string    `json:"contact_id"`
	Who       string    `json:"who"`
	What      string    `json:"what"`
}

// Sentence is the activity as one line: "Ann Lee signed “Lease”".
func (a Activity) Sentence() string { return a.Who + " " + a.What }

// Notice is the activity as a notice or desktop notification.
func (a Activity) Notice() string {
	if a.Kind == api.EventMessageCreated {
		return "New message from " + a.Who
	}
	return a.Sentence()
}

// Clock is when it happened, as the dashboard shows it.
func (a Activity) Clock() string { return a.At.Local().Format("2 Jan 15:04") }

// Activities returns the recent client activity seen by this app, newest first.
func (a *App) Activities(ctx context.Context) []Activity {
	c, err := a.Current()
	if err != nil {
		return nil
	}
	var list []Activity
	if _, ok, err := a.DB.LoadSnapshot(ctx, c.Account.ID, snapActivity, &list); err != nil || !ok {
		return nil
	}
	return list
}

// recordActivity keeps an event a client caused (joined, viewed, signed,
// paid, replied) with the person and the thing named, and returns it.
func (a *App) recordActivity(ctx context.Context, c *Conn, e api.Event) (Activity, bool) {
	act, ok := describe(ctx, c.Client, e, clock.Or(a.cfg.Clock).Now())
	if !ok {
		return Activity{}, false
	}
	list := []Activity{act}
	var old []Activity
	if _, found, err := a.DB.LoadSnapshot(ctx, c.Account.ID, snapActivity, &old); err == nil && found {
		list = append(list, old...)
	}
	if len(list) > activityKeep {
		list = list[:activityKeep]
	}
	_ = a.DB.SaveSnapshot(ctx, c.Account.ID, snapActivity, list)
	return act, true
}

// describe names the person and the thing of a client's event, asking the
// server for the names the event does not carry.
func describe(ctx context.Context, cl *api.Client, e api.Event, now time.Time) (Activity, bool) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	contactID := firstString(e.Data, "contact_id")
	act := Activity{At: e.At, Kind: e.Type, ContactID: contactID}
	switch e.Type {
	case api.EventContactJoined:
		act.What = "joined the portal"
	case api.EventDocumentViewed, api.EventDocumentSigned, api.EventDocumentDeclined:
		verb := map[string]string{api.EventDocumentViewed: "viewed", api.EventDocumentSigned: "signed", api.EventDocumentDeclined: "declined"}[e.Type]
		title := "a document"
		if d, err := cl.Document(ctx, firstString(e.Data, "document_id")); err == nil {
			title = "“" + d.Title + "”"
		}
		act.What = verb + " " + title
	case api.EventInvoicePaid:
		act.What = "paid an invoice"
		if n := firstString(e.Data, "number"); n != "" {
			act.What = "paid invoice " + n
		}
	case api.EventMessageCreated:
		if firstString(e.Data, "author") != api.AuthorClient {
			return Activity{}, false
		}
		act.What = "replied in the inbox"
	default:
		return Activity{}, false
	}
	act.Who = firstString(e.Data, "name", "email")
	if act.Who == "" && contactID != "" {
		if ct, err := cl.Contact(ctx, contactID); err == nil {
			act.Who = ct.Name
			if act.Who == "" {
				act.Who = ct.Email
			}
		}
	}
	if act.Who == "" {
		act.Who = "A client"
	}
	if act.At.IsZero() {
		act.At = now
	}
	return act, true
}

// String is the activity for logs.
func (a Activity) String() string { return fmt.Sprintf("%s %s", a.Kind, a.Sentence()) }
