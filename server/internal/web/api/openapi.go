package api

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/gofiber/fiber/v2"
	"go.yaml.in/yaml/v3"
)

// openAPIYAML is the hand-written description of every route of the owner API.
//
//go:embed openapi.yaml
var openAPIYAML []byte

// OpenAPIYAML is the owner API's OpenAPI 3.1 description as written.
func OpenAPIYAML() []byte { return openAPIYAML }

// OpenAPIJSON is the owner API's OpenAPI 3.1 description as JSON.
func OpenAPIJSON() ([]byte, error) {
	var doc any
	if err := yaml.Unmarshal(openAPIYAML, &doc); err != nil {
		return nil, fmt.Errorf("read openapi.yaml: %w", err)
	}
	out, err := json.Marshal(jsonValue(doc))
	if err != nil {
		return nil, fmt.Errorf("convert openapi.yaml: %w", err)
	}
	return out, nil
}

// jsonValue turns what YAML decoded into values JSON can encode: every map
// key becomes a string (a response code written as 200 becomes "200").
func jsonValue(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			t[k] = jsonValue(e)
		}
		return t
	case map[any]any:
		out := make(map[string]any, len(t))
		for k, e := range t {
			out[fmt.Sprint(k)] = jsonValue(e)
		}
		return out
	case []any:
		for i, e := range t {
			t[i] = jsonValue(e)
		}
		return t
	default:
		return v
	}
}

// openAPIHandler answers GET /api/v1/openapi.json with the description,
// converted once when the routes are built. A description that cannot be
// read is logged at start-up and answered as an error; the API itself works.
func openAPIHandler() fiber.Handler {
	doc, err := OpenAPIJSON()
	if err != nil {
		slog.Error("the owner API's OpenAPI description cannot be served", "err", err)
	}
	return func(c *fiber.Ctx) error {
		if err != nil {
			return fmt.Errorf("serve the OpenAPI description: %w", err)
		}
		c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSONCharsetUTF8)
		c.Set(fiber.HeaderCacheControl, "public, max-age=300")
		return c.Send(doc)
	}
}
