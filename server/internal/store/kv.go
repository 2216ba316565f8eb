package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

func errRecordNotFound() error { return gorm.ErrRecordNotFound }

// KV is a small expiring key-value table shared by every server instance;
// it backs the CSRF tokens and the rate limiters (fiber.Storage).
type KV struct{ s *Store }

// KV returns the shared key-value storage.
func (s *Store) KV() *KV { return &KV{s} }

type kvRow struct {
	Key       string `gorm:"primaryKey"`
	Value     []byte
	ExpiresAt *time.Time
}

func (kvRow) TableName() string { return "kv" }

// Get returns the value of key, or nil when it is missing or expired.
func (k *KV) Get(key string) ([]byte, error) {
	var row kvRow
	err := k.s.db.Where("key = ? AND (expires_at IS NULL OR expires_at > ?)", key, k.s.Now()).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	return row.Value, err
}

// Set stores val under key for exp (0 = no expiry).
func (k *KV) Set(key string, val []byte, exp time.Duration) error {
	row := kvRow{Key: key, Value: val}
	if exp > 0 {
		t := k.s.Now().Add(exp)
		row.ExpiresAt = &t
	}
	return k.s.db.Clauses(clause.OnConflict{UpdateAll: true}).Create(&row).Error
}

// Delete removes key.
func (k *KV) Delete(key string) error { return k.s.db.Where("key = ?", key).Delete(&kvRow{}).Error }

// Reset removes every key.
func (k *KV) Reset() error { return k.s.db.Where("1 = 1").Delete(&kvRow{}).Error }

// Close does nothing: the store owns the connection.
func (k *KV) Close() error { return nil }

// Purge deletes expired keys.
func (k *KV) Purge(ctx context.Context) (int64, error) {
	res := k.s.db.WithContext(ctx).Where("expires_at IS NOT NULL AND expires_at <= ?", k.s.Now()).Delete(&kvRow{})
	return res.RowsAffected, res.Error
}
