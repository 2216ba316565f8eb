package portal

import (
	"fmt"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/groups"
	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
)

// CommentCard is a comment as the feed shows it.
type CommentCard struct {
	ID, Author, Body string
	When             Moment
}

// PostCard is a post as the feed shows it; it renders alone for htmx.
type PostCard struct {
	ID, GroupID, Author, Body, ImageURL, CSRF string
	When                                      Moment
	Pinned, Liked, CanWrite                   bool
	Likes                                     int
	Comments                                  []CommentCard
}

// FeedView is a page of posts and the link to older ones.
type FeedView struct {
	GroupID, Older string
	Posts          []PostCard
}

// GroupPage is a group's feed with the form to post in it.
type GroupPage struct {
	Layout
	ID, Name, Description string
	Muted                 bool
	Feed                  FeedView
	Error, Body           string
}

// showGroupPage answers /groups/:id for a member; everyone else gets 404.
func (s *Server) showGroupPage(c *fiber.Ctx) error {
	httpx.NoStore(c)
	p, err := s.groupPage(c)
	if err != nil {
		return err
	}
	return page(c, pageGroup, p)
}

// groupPage loads the feed page and records the visit.
func (s *Server) groupPage(c *fiber.Ctx) (GroupPage, error) {
	ct := currentClient(c)
	g, m, err := s.Groups.Membership(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"))
	if err != nil {
		return GroupPage{}, err
	}
	feed, err := s.feedView(c, g.ID, m.MutedAt == nil)
	if err != nil {
		return GroupPage{}, err
	}
	if c.Query("cursor") == "" {
		if err := s.Groups.MarkSeen(c.UserContext(), ct.WorkspaceID, ct.ID, g.ID); err != nil {
			return GroupPage{}, err
		}
	}
	return GroupPage{Layout: s.appLayout(c, g.Name, "/groups"), ID: g.ID, Name: g.Name, Description: g.Description,
		Muted: m.MutedAt != nil, Feed: feed}, nil
}

// feedView loads the page of the feed named by ?cursor=.
func (s *Server) feedView(c *fiber.Ctx, groupID string, canWrite bool) (FeedView, error) {
	ct := currentClient(c)
	fp, err := s.Groups.Feed(c.UserContext(), ct.WorkspaceID, ct.ID, groupID, c.Query("cursor"))
	if err != nil {
		return FeedView{}, fmt.Errorf("feed of group %s: %w", groupID, err)
	}
	brand := s.layout(c, "").Brand.Name
	fv := FeedView{GroupID: groupID}
	if fp.Next != "" {
		fv.Older = "/groups/" + groupID + "?cursor=" + fp.Next
	}
	for _, v := range fp.Posts {
		fv.Posts = append(fv.Posts, postCard(v, brand, csrfToken(c), canWrite, s.moment(c, time.Time{}, ct.TimeZone)))
	}
	return fv, nil
}

// postCard is a post as the feed shows it; at carries the page's zone and
// language for its times.
func postCard(v groups.PostView, brand, csrf string, canWrite bool, at Moment) PostCard {
	p := v.Post
	card := PostCard{ID: p.ID, GroupID: p.GroupID, Author: httpx.AuthorName(v.Author, brand), When: at.of(p.CreatedAt), Body: p.Body,
		CSRF: csrf, Pinned: p.Pinned, Liked: v.Liked, CanWrite: canWrite, Likes: v.Likes}
	if p.ImageSHA256 != "" {
		card.ImageURL = "/groups/" + p.GroupID + "/images/" + p.ImageSHA256
	}
	for _, cm := range v.Comments {
		card.Comments = append(card.Comments, commentCard(cm.Comment, cm.Author, brand, at))
	}
	return card
}

func commentCard(c model.GroupComment, a model.Author, brand string, at Moment) CommentCard {
	return CommentCard{ID: c.ID, Author: httpx.AuthorName(a, brand), When: at.of(c.CreatedAt), Body: c.Body}
}
