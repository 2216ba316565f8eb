package e2e

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"
)

var (
	timestampText = regexp.MustCompile(`^\d{4}-\d\d-\d\d[ T]\d\d:\d\d`)
	sixDigits     = regexp.MustCompile(`^\d{6}$`)
)

// secretsIn reads every column of every row of table and says which
// secrets it holds in clear, in text or in hex, or (a code) behind a hash
// anyone can reverse, and whether it holds a PEM private key. A 6-digit
// code is looked for as a number of its own, and not in timestamps or in
// the blobs' file bytes, where such digits occur by chance.
func secretsIn(t testing.TB, db *gorm.DB, table string, secrets []secret) []string {
	t.Helper()
	rows, err := db.Raw("SELECT * FROM " + table).Rows()
	if err != nil {
		t.Fatalf("read %s: %v", table, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	found := map[string]bool{}
	for rows.Next() {
		vals, ptrs := make([]any, len(cols)), make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatalf("read %s: %v", table, err)
		}
		for _, sec := range secrets {
			if col := guessableHash(cols, vals, sec.value); col != "" {
				found[fmt.Sprintf("%s as an unkeyed SHA-256 in column %s: a database read finds it in at most a million guesses", sec.what, col)] = true
			}
		}
		for i, v := range vals {
			text := columnText(v)
			if strings.Contains(text, "PRIVATE KEY") {
				found[fmt.Sprintf("a PEM private key in clear in column %s", cols[i])] = true
			}
			for _, sec := range secrets {
				if holds(text, sec.value, table == "blobs" || timestampText.MatchString(text)) {
					found[fmt.Sprintf("%s in clear in column %s", sec.what, cols[i])] = true
				}
			}
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("read %s: %v", table, err)
	}
	var out []string
	for f := range found {
		out = append(out, f)
	}
	return out
}

// holds reports whether text holds value, or its hex form.
func holds(text, value string, noCodes bool) bool {
	if value == "" {
		return false
	}
	if sixDigits.MatchString(value) {
		return !noCodes && regexp.MustCompile(`(^|\D)`+value+`(\D|$)`).MatchString(text)
	}
	return strings.Contains(text, value) || strings.Contains(strings.ToLower(text), hex.EncodeToString([]byte(value)))
}

// guessableHash is the column holding a short secret (a 6-digit code)
// hashed with SHA-256 and no key: alone, or salted with a value of its own
// row. Anyone who reads the row can then try every code; only a key the
// database does not hold (the server key) stops that.
func guessableHash(cols []string, vals []any, code string) string {
	if !sixDigits.MatchString(code) {
		return ""
	}
	candidates := []string{code}
	for _, v := range vals {
		if salt := columnText(v); salt != "" && len(salt) < 200 {
			candidates = append(candidates, salt+":"+code, salt+code, code+":"+salt, code+salt)
		}
	}
	for i, v := range vals {
		b, ok := v.([]byte)
		if !ok || len(b) != sha256.Size {
			continue
		}
		for _, c := range candidates {
			if sum := sha256.Sum256([]byte(c)); bytes.Equal(sum[:], b) {
				return cols[i]
			}
		}
	}
	return ""
}

// columnText is a column's value as text; bytes as they are.
func columnText(v any) string {
	switch x := v.(type) {
	case []byte:
		return string(x)
	case string:
		return x
	case time.Time, nil:
		return ""
	}
	return fmt.Sprint(v)
}
