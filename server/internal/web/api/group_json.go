package api

import (
	"clientportal/server/internal/groups"
	"clientportal/server/internal/web/httpx"
	"clientportal/shared/api"
)

// groupJSON is the API shape of a group with its members.
func groupJSON(sm groups.Summary) api.Group {
	g := sm.Group
	out := api.Group{ID: g.ID, Name: g.Name, Description: g.Description, CreatedAt: g.CreatedAt, Members: make([]api.GroupMember, 0, len(sm.Members))}
	for _, m := range sm.Members {
		out.Members = append(out.Members, api.GroupMember{ContactID: m.ContactID, AddedAt: m.AddedAt, LastSeenAt: m.LastSeenAt, MutedAt: m.MutedAt})
	}
	return out
}

// postJSON is the API shape of a post; the workspace's own posts carry its name.
func postJSON(v groups.PostView, workspaceName string) api.Post {
	p := v.Post
	out := api.Post{ID: p.ID, GroupID: p.GroupID, AuthorContactID: p.AuthorContactID, AuthorName: httpx.AuthorName(v.Author, workspaceName),
		Body: p.Body, HasImage: p.ImageSHA256 != "", Pinned: p.Pinned, Likes: v.Likes, CreatedAt: p.CreatedAt, Comments: []api.Comment{}}
	for _, c := range v.Comments {
		out.Comments = append(out.Comments, api.Comment{ID: c.Comment.ID, AuthorContactID: c.Comment.AuthorContactID,
			AuthorName: httpx.AuthorName(c.Author, workspaceName), Body: c.Comment.Body, CreatedAt: c.Comment.CreatedAt})
	}
	return out
}
