package portal

import "github.com/gofiber/fiber/v2"

// Template names one template of frontend/templates. Every template the
// server renders, or that a rendered one includes, is declared here; the
// server refuses to start when one of them is missing.
type Template string

// The templates of the portal and of the service's own pages.
const (
	layoutBase            Template = "portal/layouts/base"
	pageWelcome           Template = "portal/pages/welcome"
	pageError             Template = "portal/pages/error"
	pageLogin             Template = "portal/pages/login"
	pageLoginSent         Template = "portal/pages/login_sent"
	pageLoginTextSent     Template = "portal/pages/login_text_sent"
	pageLoginCode         Template = "portal/pages/login_code"
	pageLoginPassword     Template = "portal/pages/login_password"
	pageLinkOpen          Template = "portal/pages/link_open"
	pageLinkDead          Template = "portal/pages/link_dead"
	pageDashboard         Template = "portal/pages/dashboard"
	pageProfile           Template = "portal/pages/profile"
	pageSection           Template = "portal/pages/section"
	pageSectionDocuments  Template = "portal/pages/section_documents"
	partialApps           Template = "portal/partials/_apps"
	partialIcon           Template = "portal/partials/_icon"
	partialAvatar         Template = "portal/partials/_avatar"
	partialDocumentsLive  Template = "portal/partials/_documents_live"
	pageDocument          Template = "portal/pages/document"
	pageVerify            Template = "portal/pages/verify"
	partialDocumentStatus Template = "portal/partials/_document_status"
	partialSignatureSheet Template = "portal/partials/_signature_sheet"
	partialDocumentVerify Template = "portal/partials/_document_verify"
	partialDocuments      Template = "portal/partials/_documents"
	partialDashboardRows  Template = "portal/partials/_dashboard_rows"
	partialDashboardLead  Template = "portal/partials/_dashboard_summary"
	partialQuickTiles     Template = "portal/partials/_quick_tiles"
	siteVerify            Template = "site/verify"
	siteLayout            Template = "site/layout"
	siteIndex             Template = "site/index"
	siteNotfound          Template = "site/notfound"
	siteMailbox           Template = "site/mailbox"
	siteTexts             Template = "site/texts"
	pageCourses           Template = "portal/pages/courses"
	pageCourse            Template = "portal/pages/course"
	pageLesson            Template = "portal/pages/lesson"
	partialCourseCard     Template = "portal/partials/_course_card"
	partialCourseProgress Template = "portal/partials/_course_progress"
	partialCourseOutline  Template = "portal/partials/_course_outline"
	pageGroups            Template = "portal/pages/groups"
	pageGroup             Template = "portal/pages/group"
	partialGroupFeed      Template = "portal/partials/_group_feed"
	partialPost           Template = "portal/partials/_post"
	pageInvoices          Template = "portal/pages/invoices"
	pageInvoice           Template = "portal/pages/invoice"
	partialInvoices       Template = "portal/partials/_invoices"
	pageMessages          Template = "portal/pages/messages"
	partialMessageThread  Template = "portal/partials/_message_thread"
)

// Templates lists every declared template, for the start-up check.
var Templates = []Template{
	layoutBase,
	pageWelcome,
	pageError,
	pageLogin,
	pageLoginSent,
	pageLoginTextSent,
	pageLoginCode,
	pageLoginPassword,
	pageLinkOpen,
	pageLinkDead,
	pageDashboard,
	pageProfile,
	pageSection,
	pageSectionDocuments,
	partialApps,
	partialIcon,
	partialAvatar,
	partialDocumentsLive,
	pageDocument,
	pageVerify,
	partialDocumentStatus,
	partialSignatureSheet,
	partialDocumentVerify,
	partialDocuments,
	partialDashboardRows,
	partialDashboardLead,
	partialQuickTiles,
	siteVerify,
	siteLayout,
	siteIndex,
	siteNotfound,
	siteMailbox,
	siteTexts,
	pageCourses,
	pageCourse,
	pageLesson,
	partialCourseCard,
	partialCourseProgress,
	partialCourseOutline,
	pageGroups,
	pageGroup,
	partialGroupFeed,
	partialPost,
	pageInvoices,
	pageInvoice,
	partialInvoices,
	pageMessages,
	partialMessageThread,
}

// partial renders a template alone, as an htmx fragment.
func partial(c *fiber.Ctx, t Template, data any) error {
	c.Vary(fiber.HeaderAcceptLanguage)
	return c.Render(string(t), Localized{Lang: langOf(c), Data: data})
}
