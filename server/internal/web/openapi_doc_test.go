package web_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"clientportal/server/internal/web/api"
)

// openAPIDoc is the owner API's description, decoded, with the small part of
// JSON Schema 2020-12 its schemas use, to check real answers against it.
type openAPIDoc struct {
	root map[string]any
}

func loadOpenAPI(t testing.TB) openAPIDoc {
	t.Helper()
	b, err := api.OpenAPIJSON()
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := json.Unmarshal(b, &root); err != nil {
		t.Fatalf("the OpenAPI JSON does not decode: %v", err)
	}
	return openAPIDoc{root: root}
}

// httpMethods are the operation keys of an OpenAPI path item.
var httpMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

// operations lists "METHOD /path" for every documented operation.
func (d openAPIDoc) operations() []string {
	var out []string
	for path, item := range obj(d.root["paths"]) {
		for _, m := range httpMethods {
			if _, ok := obj(item)[m]; ok {
				out = append(out, strings.ToUpper(m)+" "+path)
			}
		}
	}
	sort.Strings(out)
	return out
}

// resolve follows a local $ref such as "#/components/schemas/Contact".
func (d openAPIDoc) resolve(ref string) (any, error) {
	if !strings.HasPrefix(ref, "#/") {
		return nil, fmt.Errorf("$ref %q is not local", ref)
	}
	var cur any = d.root
	for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
		part = strings.NewReplacer("~1", "/", "~0", "~").Replace(part)
		m, ok := cur.(map[string]any)
		if !ok || m[part] == nil {
			return nil, fmt.Errorf("$ref %q does not resolve", ref)
		}
		cur = m[part]
	}
	return cur, nil
}

// deref returns v, or what its $ref points at.
func (d openAPIDoc) deref(v any) (map[string]any, error) {
	m := obj(v)
	for i := 0; i < 10; i++ {
		ref, ok := m["$ref"].(string)
		if !ok {
			return m, nil
		}
		r, err := d.resolve(ref)
		if err != nil {
			return nil, err
		}
		m = obj(r)
	}
	return nil, fmt.Errorf("$ref chain too long")
}

// responseSchema is the JSON schema documented for one status of one operation.
func (d openAPIDoc) responseSchema(method, path string, status int) (map[string]any, error) {
	op := obj(obj(obj(d.root["paths"])[path])[strings.ToLower(method)])
	if op == nil {
		return nil, fmt.Errorf("%s %s is not documented", method, path)
	}
	res, ok := obj(op["responses"])[fmt.Sprint(status)]
	if !ok {
		return nil, fmt.Errorf("%s %s does not document status %d", method, path, status)
	}
	r, err := d.deref(res)
	if err != nil {
		return nil, err
	}
	media := obj(obj(r["content"])["application/json"])
	if media == nil {
		return nil, fmt.Errorf("%s %s %d documents no JSON body", method, path, status)
	}
	return obj(media["schema"]), nil
}

// validate checks value against schema and lists every mismatch with its place.
func (d openAPIDoc) validate(schema map[string]any, value any, at string) []string {
	s, err := d.deref(schema)
	if err != nil {
		return []string{at + ": " + err.Error()}
	}
	var errs []string
	if t, ok := s["type"]; ok && !typeMatches(t, value) {
		return []string{fmt.Sprintf("%s: %s is not of type %v", at, brief(value), t)}
	}
	if e, ok := s["enum"].([]any); ok && !inEnum(e, value) {
		errs = append(errs, fmt.Sprintf("%s: %s is not one of %v", at, brief(value), e))
	}
	if subs, ok := s["oneOf"].([]any); ok {
		n := 0
		for _, sub := range subs {
			if len(d.validate(obj(sub), value, at)) == 0 {
				n++
			}
		}
		if n != 1 {
			errs = append(errs, fmt.Sprintf("%s: %s matches %d of the oneOf schemas, want exactly 1", at, brief(value), n))
		}
	}
	for _, sub := range arr(s["allOf"]) {
		errs = append(errs, d.validate(obj(sub), value, at)...)
	}
	if m, ok := value.(map[string]any); ok {
		errs = append(errs, d.validateObject(s, m, at)...)
	}
	if a, ok := value.([]any); ok && s["items"] != nil {
		for i, e := range a {
			errs = append(errs, d.validate(obj(s["items"]), e, fmt.Sprintf("%s[%d]", at, i))...)
		}
	}
	return errs
}

func (d openAPIDoc) validateObject(s, m map[string]any, at string) []string {
	var errs []string
	for _, r := range arr(s["required"]) {
		if _, ok := m[r.(string)]; !ok {
			errs = append(errs, fmt.Sprintf("%s: required %q is missing", at, r))
		}
	}
	props := obj(s["properties"])
	for k, v := range m {
		switch {
		case props[k] != nil:
			errs = append(errs, d.validate(obj(props[k]), v, at+"."+k)...)
		case s["additionalProperties"] != nil:
			if extra, ok := s["additionalProperties"].(map[string]any); ok {
				errs = append(errs, d.validate(extra, v, at+"."+k)...)
			}
		case props != nil:
			errs = append(errs, fmt.Sprintf("%s: %q is in the answer but not documented", at, k))
		}
	}
	return errs
}

func typeMatches(t, v any) bool {
	if ts, ok := t.([]any); ok {
		for _, one := range ts {
			if typeMatches(one, v) {
				return true
			}
		}
		return false
	}
	switch t {
	case "null":
		return v == nil
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == float64(int64(f))
	}
	return false
}

func inEnum(e []any, v any) bool {
	for _, x := range e {
		if x == v {
			return true
		}
	}
	return false
}

func brief(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 60 {
		return string(b[:60]) + "…"
	}
	return string(b)
}

func obj(v any) map[string]any { m, _ := v.(map[string]any); return m }
func arr(v any) []any          { a, _ := v.([]any); return a }

// pathParams are the {names} in an OpenAPI path.
var pathParams = regexp.MustCompile(`\{([^}]+)\}`)
