package model

// Waiting is what waits for a client in each app of the portal: the counts
// on the dashboard's quick actions.
type Waiting struct {
	UnpaidInvoices    int // issued, not yet paid
	CoursesInProgress int // granted, published, with lessons left to take
	CoursesNotStarted int // of those, the ones without a lesson taken yet
	UnreadMessages    int // the owner's, not yet read
	NewGroupPosts     int // others' posts in the client's groups since they last looked
}
