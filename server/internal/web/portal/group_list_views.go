package portal

// GroupCard is one group in the member's list, with its new posts.
type GroupCard struct {
	ID, Name, Description, Href string
	NewPosts                    int
}

// GroupsPage lists the groups the client belongs to.
type GroupsPage struct {
	Layout
	Lead, Empty string
	Groups      []GroupCard
}
