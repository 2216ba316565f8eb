package portal

// DashboardGlance is the part of the dashboard that sums up what waits: the
// line under the greeting and the quick actions with their counts. The live
// documents fragment sends it again (out of band), so every figure on the
// dashboard changes at the same moment.
type DashboardGlance struct {
	Summary string
	Actions []QuickAction
	OOB     bool // rendered inside the live fragment, to replace the page's copy
}

// DashboardRows is the dashboard's live fragment: its documents and its glance.
type DashboardRows struct {
	Documents []DocumentRow
	Glance    DashboardGlance
}
