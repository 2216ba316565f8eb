package desk

import (
	"testing"

	"clientportal/shared/api"
)

func TestNoticesSayWhatHappenedInWords(t *testing.T) {
	tests := []struct {
		typ  string
		data map[string]any
		want string
	}{
		{api.EventContactInvited, map[string]any{"name": "Ada", "email": "ada@example.test"}, "Invited Ada"},
		{api.EventContactJoined, map[string]any{"email": "ada@example.test"}, "ada@example.test joined the portal"},
		{api.EventContactJoined, nil, "a contact joined the portal"},
		{api.EventDocumentSigned, map[string]any{"document_id": "d1"}, "A document was signed"},
		{api.EventEmailFailed, map[string]any{"to": "x@example.test", "error": "550 no such user"}, "An email to x@example.test failed: 550 no such user"},
		{"document.created", nil, ""},
	}
	for _, tt := range tests {
		if got := noticeText(api.Event{Type: tt.typ, Data: tt.data}); got != tt.want {
			t.Errorf("%s %v: %q, want %q", tt.typ, tt.data, got, tt.want)
		}
	}
}
