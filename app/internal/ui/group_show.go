package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// GroupList is the workspace's groups, with the open one marked.
type GroupList struct {
	Groups   []api.Group
	Selected string
	Error    string
}

// GroupsPage is the list of groups, the form for a new one and the open group.
type GroupsPage struct {
	List  GroupList
	Form  GroupForm
	Group *GroupView
}

// GroupView is one group: its members, the contacts to add and its feed.
type GroupView struct {
	Group   api.Group
	Members []MemberRow
	Others  []api.Contact
	Feed    FeedView
	Error   string
	Message *Message
}

// MemberRow is a member as the members table shows it.
type MemberRow struct {
	api.GroupMember
	Contact api.Contact
}

// Who names the member.
func (m MemberRow) Who() string { return who(m.Contact) }

// Muted says the member may read but not post, comment or like.
func (m MemberRow) Muted() bool { return m.MutedAt != nil }

// FeedView is a group's feed, newest first, pinned posts on top.
type FeedView struct {
	GroupID string
	Posts   []api.Post
	Error   string
	Message *Message
}

// showGroups shows the groups page; ?group= opens that group.
func (h *Handler) showGroups(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	page := GroupsPage{List: h.groupList(r)}
	if id := r.FormValue("group"); id != "" {
		v := h.groupView(r, id)
		page.Group = &v
	}
	h.page(w, r, "groups", h.newPage(r, "Groups", "groups", page))
}

// showGroupsList renders the list alone (refreshed on every change).
func (h *Handler) showGroupsList(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_group_list", h.groupList(r))
}

// showGroup renders one group alone.
func (h *Handler) showGroup(w http.ResponseWriter, r *http.Request) {
	h.partial(w, r, "_group", h.groupView(r, r.PathValue("id")))
}

// showGroupFeed renders the feed alone (refreshed when a group event arrives).
func (h *Handler) showGroupFeed(w http.ResponseWriter, r *http.Request) {
	h.partial(w, r, "_group_feed", h.feedView(r, r.PathValue("id")))
}

func (h *Handler) groupList(r *http.Request) GroupList {
	l, err := h.app.Groups(r.Context())
	out := GroupList{Groups: l.Groups, Selected: r.FormValue("group")}
	if err != nil {
		out.Error = "Could not load the groups: " + desk.UserMessage(err)
	}
	return out
}

// groupView loads a group, names its members and loads its feed.
func (h *Handler) groupView(r *http.Request, id string) GroupView {
	v := GroupView{Feed: FeedView{GroupID: id}}
	g, err := h.app.Group(r.Context(), id)
	if err != nil {
		v.Error = "Could not load the group: " + desk.UserMessage(err)
		return v
	}
	v.Group = g
	contacts := h.pickableContacts(r)
	byID := map[string]api.Contact{}
	for _, c := range contacts {
		byID[c.ID] = c
	}
	member := map[string]bool{}
	for _, m := range g.Members {
		c, ok := byID[m.ContactID]
		if !ok {
			c = api.Contact{Name: "Contact " + m.ContactID}
		}
		v.Members = append(v.Members, MemberRow{GroupMember: m, Contact: c})
		member[m.ContactID] = true
	}
	for _, c := range contacts {
		if !member[c.ID] {
			v.Others = append(v.Others, c)
		}
	}
	v.Feed = h.feedView(r, id)
	return v
}

func (h *Handler) feedView(r *http.Request, id string) FeedView {
	v := FeedView{GroupID: id}
	l, err := h.app.GroupPosts(r.Context(), id)
	if err != nil {
		v.Error = "Could not load the feed: " + desk.UserMessage(err)
	}
	v.Posts = l.Posts
	return v
}
