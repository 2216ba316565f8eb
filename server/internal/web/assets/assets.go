// Package assets serves the portal's static files under names that carry a
// hash of their content, so a browser keeps them for a year and fetches a
// file again only when it changed, and rewrites the pages' and scripts'
// /static/ references to those names. Text files are sent compressed
// (brotli or gzip, compressed once, on first use).
package assets

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"path"
	"regexp"
	"strings"
	"sync"
)

// Prefix is where the files are served.
const Prefix = "/static/"

// hashLen is how many hex digits of the SHA-256 name a file's version.
const hashLen = 12

// Set is one tree of static files with their hashed names.
type Set struct {
	byName   map[string]*file // "css/portal.css" → file
	byHashed map[string]*file // "css/portal.0123456789ab.css" → file
}

type file struct {
	name, hashed string
	body         []byte
	etag         string
	contentType  string

	once     sync.Once
	br, gzip []byte // nil when compression does not pay
}

// reference finds /static/ paths inside pages, styles and scripts.
var reference = regexp.MustCompile(`/static/([A-Za-z0-9_./-]+)`)

// New reads every file of fsys. Styles and scripts that refer to other
// static files are rewritten to their hashed names first, so a change in a
// referenced file gives the referring one a new name too.
func New(fsys fs.FS) (*Set, error) {
	s := &Set{byName: map[string]*file{}, byHashed: map[string]*file{}}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return fmt.Errorf("read static file %s: %w", name, err)
		}
		s.byName[name] = &file{name: name, body: body, contentType: contentType(name)}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, f := range s.byName { // files that refer to none first
		if !refersToOthers(f) {
			s.name(f)
		}
	}
	for _, f := range s.byName {
		if refersToOthers(f) {
			f.body = s.Rewrite(f.body)
			s.name(f)
		}
	}
	return s, nil
}

func refersToOthers(f *file) bool {
	return isText(f.contentType) && !strings.HasPrefix(f.name, "vendor/") && bytes.Contains(f.body, []byte(Prefix))
}

func (s *Set) name(f *file) {
	sum := sha256.Sum256(f.body)
	h := hex.EncodeToString(sum[:])[:hashLen]
	ext := path.Ext(f.name)
	f.hashed = strings.TrimSuffix(f.name, ext) + "." + h + ext
	f.etag = `"` + h + `"`
	s.byHashed[f.hashed] = f
}

// URL is the hashed address of a static file, or its plain address when the
// set has no such file.
func (s *Set) URL(name string) string {
	if f := s.byName[name]; f != nil && f.hashed != "" {
		return Prefix + f.hashed
	}
	return Prefix + name
}

// Rewrite replaces every /static/<name> of a known file in text with the
// file's hashed address.
func (s *Set) Rewrite(text []byte) []byte {
	return reference.ReplaceAllFunc(text, func(m []byte) []byte {
		name := string(m[len(Prefix):])
		if f := s.byName[name]; f != nil && f.hashed != "" {
			return []byte(Prefix + f.hashed)
		}
		return m
	})
}

// lookup finds a file by its hashed name (immutable) or its plain one.
func (s *Set) lookup(name string) (f *file, immutable bool) {
	if f := s.byHashed[name]; f != nil {
		return f, true
	}
	return s.byName[name], false
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".mjs", ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func isText(contentType string) bool {
	return strings.HasPrefix(contentType, "text/") || strings.Contains(contentType, "json") ||
		strings.Contains(contentType, "svg") || strings.Contains(contentType, "javascript")
}
