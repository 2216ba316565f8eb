package courses

import (
	"net/url"
	"regexp"
	"strings"
)

// Video players a lesson may embed, and the frame-src origins they need.
const (
	YouTubeOrigin = "https://www.youtube-nocookie.com"
	VimeoOrigin   = "https://player.vimeo.com"
)

// VideoHosts names the sites lesson videos may come from, for messages.
const VideoHosts = "YouTube (youtube.com, youtu.be) or Vimeo (vimeo.com)"

var (
	youTubeID = regexp.MustCompile(`^[A-Za-z0-9_-]{11}$`)
	vimeoID   = regexp.MustCompile(`^[0-9]{1,12}$`)
)

// EmbedURL turns a link to a video on an allowed host into the address of
// its privacy-friendly player; ok is false for any other link.
func EmbedURL(link string) (embed string, ok bool) {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.User != nil || u.Port() != "" {
		return "", false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	id := ""
	switch host {
	case "youtube.com", "m.youtube.com", "youtube-nocookie.com":
		switch {
		case u.Path == "/watch":
			id = u.Query().Get("v")
		case len(parts) == 2 && (parts[0] == "embed" || parts[0] == "shorts" || parts[0] == "live"):
			id = parts[1]
		}
		if youTubeID.MatchString(id) {
			return YouTubeOrigin + "/embed/" + id, true
		}
	case "youtu.be":
		if len(parts) == 1 && youTubeID.MatchString(parts[0]) {
			return YouTubeOrigin + "/embed/" + parts[0], true
		}
	case "vimeo.com", "player.vimeo.com":
		id = parts[len(parts)-1]
		if vimeoID.MatchString(id) {
			return VimeoOrigin + "/video/" + id, true
		}
	}
	return "", false
}

// EmbedOrigin is the origin a page must allow in frame-src to show embed.
func EmbedOrigin(embed string) string {
	for _, o := range []string{YouTubeOrigin, VimeoOrigin} {
		if strings.HasPrefix(embed, o+"/") {
			return o
		}
	}
	return ""
}
