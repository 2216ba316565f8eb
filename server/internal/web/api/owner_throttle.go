package api

import (
	"encoding/json"
	"math"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/web/httpx"
)

// Wrong owner passwords slow the next try down instead of locking the
// address: from one network address the wait doubles after the third
// failure (up to 15 minutes); across all addresses an email's tries are
// slowed by a second per failure past the tenth, but never by more than a
// minute, so an attacker elsewhere cannot lock the real owner out.
const (
	freeTriesFromOneAddress = 3
	maxWaitFromOneAddress   = 15 * time.Minute
	freeTriesForAnEmail     = 10
	maxWaitForAnEmail       = time.Minute
	failureMemory           = 24 * time.Hour
)

// failures is what is remembered of an email's (or an email and address's)
// wrong passwords.
type failures struct {
	N    int       `json:"n"`
	Last time.Time `json:"last"`
}

// ownerThrottle keeps the failures in the limiter storage every instance shares.
type ownerThrottle struct {
	store fiber.Storage
	now   func() time.Time
}

func throttleKeys(c *fiber.Ctx, email string) (fromAddress, forEmail string) {
	return "owner-fail:" + email + "|" + httpx.ClientIP(c), "owner-fail:" + email
}

// wait is how long the next try must wait, or 0.
func (t ownerThrottle) wait(c *fiber.Ctx, email string) time.Duration {
	a, e := throttleKeys(c, email)
	now := t.now()
	return max(t.load(a).waitFrom(now, freeTriesFromOneAddress, addressDelay), t.load(e).waitFrom(now, freeTriesForAnEmail, emailDelay))
}

// failed records a wrong password.
func (t ownerThrottle) failed(c *fiber.Ctx, email string) {
	now := t.now()
	a, e := throttleKeys(c, email)
	for _, k := range []string{a, e} {
		f := t.load(k)
		f.N, f.Last = f.N+1, now
		if b, err := json.Marshal(f); err == nil {
			_ = t.store.Set(k, b, failureMemory)
		}
	}
}

// succeeded forgets this address's failures (not the email's: those fade).
func (t ownerThrottle) succeeded(c *fiber.Ctx, email string) {
	a, _ := throttleKeys(c, email)
	_ = t.store.Delete(a)
}

func (t ownerThrottle) load(key string) failures {
	var f failures
	if b, err := t.store.Get(key); err == nil && b != nil {
		_ = json.Unmarshal(b, &f)
	}
	return f
}

// waitFrom is how long after the last failure the next try may come.
func (f failures) waitFrom(now time.Time, free int, delay func(over int) time.Duration) time.Duration {
	if f.N < free {
		return 0
	}
	return max(0, f.Last.Add(delay(f.N-free+1)).Sub(now))
}

// addressDelay doubles from one second: 1 s, 2 s, 4 s … up to 15 minutes.
func addressDelay(over int) time.Duration {
	d := time.Duration(math.Pow(2, float64(min(over-1, 20)))) * time.Second
	return min(d, maxWaitFromOneAddress)
}

// emailDelay grows by a second a failure, up to a minute.
func emailDelay(over int) time.Duration {
	return min(time.Duration(over)*time.Second, maxWaitForAnEmail)
}

// tooSoon is the answer to a try that comes before its wait is over.
func tooSoon(c *fiber.Ctx, wait time.Duration) error {
	secs := int(math.Ceil(wait.Seconds()))
	c.Set(fiber.HeaderRetryAfter, strconv.Itoa(secs))
	return apperr.New(apperr.RateLimited, "Too many wrong passwords for this email address. Wait %d seconds and try again.", secs)
}
