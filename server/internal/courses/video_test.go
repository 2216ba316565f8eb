package courses

import "testing"

func TestOnlyYouTubeAndVimeoLinksBecomePlayerAddresses(t *testing.T) {
	for _, tc := range []struct{ link, embed string }{
		{"https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"},
		{"https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"},
		{"https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"},
		{"https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"},
		{"https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"},
		{"https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871"},
		{"https://evil.example/watch?v=dQw4w9WgXcQ", ""},
		{"https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ", ""},
		{"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"onload=x", ""},
		{"javascript:alert(1)//youtube.com", ""},
		{"https://user@youtube.com/watch?v=dQw4w9WgXcQ", ""},
		{"https://vimeo.com/channels/staffpicks", ""},
		{"ftp://youtube.com/watch?v=dQw4w9WgXcQ", ""},
	} {
		got, ok := EmbedURL(tc.link)
		if got != tc.embed || ok != (tc.embed != "") {
			t.Errorf("EmbedURL(%q) = %q, %v; want %q", tc.link, got, ok, tc.embed)
		}
	}
}
