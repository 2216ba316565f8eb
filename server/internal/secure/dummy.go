package secure

import "sync"

// DummyHash is an argon2id hash of no one's password, checked when no account
// matches so that an unknown email takes as long as a wrong password. It is
// derived once, on the first such login, never at start-up.
var DummyHash = sync.OnceValue(func() string {
	return HashPassword("not a real password, only for timing")
})
