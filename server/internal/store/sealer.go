package store

import "clientportal/server/internal/secure"

// Sealer is the server key's sealer the store was opened with (nil without
// one), for services that key a stored hash with it.
func (s *Store) Sealer() *secure.Sealer { return s.sealer }
