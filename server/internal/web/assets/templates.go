package assets

import (
	"io"
	"io/fs"
	"strings"
)

// Templates wraps a tree of HTML templates so that each one, when read,
// has its /static/ references rewritten to the hashed names: the pages
// keep plain names in their source and always load the current files.
func (s *Set) Templates(fsys fs.FS) fs.FS { return rewritingFS{fsys: fsys, set: s} }

type rewritingFS struct {
	fsys fs.FS
	set  *Set
}

func (r rewritingFS) Open(name string) (fs.File, error) {
	f, err := r.fsys.Open(name)
	if err != nil || !strings.HasSuffix(name, ".html") {
		return f, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	body = r.set.Rewrite(body)
	return &memFile{Reader: strings.NewReader(string(body)), info: sizedInfo{info, int64(len(body))}}, nil
}

type memFile struct {
	*strings.Reader
	info fs.FileInfo
}

func (m *memFile) Stat() (fs.FileInfo, error) { return m.info, nil }
func (m *memFile) Close() error               { return nil }

type sizedInfo struct {
	fs.FileInfo
	size int64
}

func (s sizedInfo) Size() int64 { return s.size }
