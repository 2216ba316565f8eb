package web_test

import (
	"bytes"
	"image"
	"image/png"
	"mime/multipart"
	"net/url"

	"clientportal/shared/testpdf"
)

// walkRule is what the route walker cannot read from the router. A GET
// under /api/v1/ (the owner's token) or behind requireClient needs none;
// every other route needs a line: a write for its body, a public route for
// the reason anyone may call it.
type walkRule struct {
	public  string   // why anyone may call the route; "" when it needs an identity
	changes string   // for a public route: what of A's data it changes, by design
	tables  []string // the tables of A that changes may touch; any other change fails
	body    walkBody // the body of a write, as the real caller sends it
	query   string   // a query string the route needs
	path    string   // the path to call instead of the route's own (a prefix route)
	base    bool     // the route answers on the service's own host, not a workspace's
	ends    bool     // the route ends the caller's session (sign in again after)
	skip    string   // why the route is not called at all (middleware)
}

// walkRules names every route the walker cannot infer, by "METHOD path" as
// Fiber lists it. {name} in a body is A's id or value of that name (see
// walkWorld.ids).
var walkRules = map[string]walkRule{
	// Probes, static files and the TLS proxy's question: no workspace data.
	"GET /healthz":             {public: "the liveness probe says ok"},
	"GET /readyz":              {public: "the readiness probe says ready and counts dead jobs, naming none"},
	"GET /tls/ask":             {public: "the TLS proxy's question answers ok or not for a host, nothing else", query: "?domain={domain}"},
	"USE /static":              {public: "the embedded CSS, scripts and fonts", path: "/static/css/portal.css"},
	"USE /":                    {public: "middleware of every request, and the not-found page", path: "/no-such-page"},
	"USE /api/v1":              {skip: "the owner API's guards (limits, owner token, idempotency), walked with every /api/v1 route"},
	"USE /login":               {skip: "the login pages' guards (workspace, limiter), walked with every /login route"},
	"GET /api/v1/openapi.json": {public: "the owner API's description, the same for everyone"},

	// Signed callbacks of Stripe and of the text provider: acted on only
	// with a valid signature, which no caller of the walk has.
	"POST /webhooks/stripe/:workspace": {public: "Stripe's events, acted on only when signed with A's webhook secret",
		body: walkJSON(`{"id":"evt_walk","type":"checkout.session.completed","data":{"object":{"metadata":{"invoice_id":"{invoice}"}}}}`)},
	"POST /webhooks/sms/status":  {public: "the text provider's delivery reports, acted on only when signed", body: walkForm("MessageSid=SMwalk&MessageStatus=delivered")},
	"POST /webhooks/sms/inbound": {public: "texts from contacts (STOP, START), acted on only when signed", body: walkForm("From=+15550100&Body=STOP")},

	// Owner sign-in and the owner API's writes.
	"POST /api/v1/owner-tokens":                                   {public: "owner sign-in: a token only for the right password", body: walkJSON(`{"email":"{ownerEmail}","password":"not the owner's password"}`)},
	"POST /api/v1/portal/domains":                                 {body: walkJSON(`{"host":"{domain}"}`)},
	"POST /api/v1/portal/domains/:host/verify":                    {body: walkNoBody},
	"POST /api/v1/login-texts":                                    {body: walkJSON(`{"contact_ids":["{contact}"]}`)},
	"PATCH /api/v1/text-settings":                                 {body: walkJSON(`{}`)},
	"PUT /api/v1/payments/stripe":                                 {body: walkJSON(`{"secret_key":"sk_test_walk","publishable_key":"pk_test_walk","webhook_secret":"whsec_walk"}`)},
	"DELETE /api/v1/payments/stripe":                              {body: walkNoBody},
	"PUT /api/v1/portal/primary-domain":                           {body: walkJSON(`{"host":"{domain}"}`)},
	"PATCH /api/v1/portal/settings":                               {body: walkJSON(`{"name":"Renamed Studio","accent_color":"#123456"}`)},
	"PUT /api/v1/portal/logo":                                     {body: walkFile("file", "logo.png", nil, walkPNG)},
	"DELETE /api/v1/portal/logo":                                  {body: walkNoBody},
	"POST /api/v1/contacts":                                       {body: walkJSON(`{"email":"someone-new@client.test","name":"Someone new"}`)},
	"PATCH /api/v1/contacts/:id":                                  {body: walkJSON(`{"name":"Renamed by a stranger"}`)},
	"POST /api/v1/contact-fields":                                 {body: walkJSON(`{"key":"walk_field","label":"Walk"}`)},
	"DELETE /api/v1/contact-fields/:key":                          {body: walkNoBody},
	"POST /api/v1/contacts/:id/magic-links":                       {body: walkNoBody},
	"POST /api/v1/contacts/:id/revoke-access":                     {body: walkNoBody},
	"POST /api/v1/invites":                                        {body: walkJSON(`{"contact_id":"{contact}"}`)},
	"POST /api/v1/login-emails":                                   {body: walkJSON(`{"contact_ids":["{contact}"]}`)},
	"PUT /api/v1/email-templates/:kind":                           {body: walkJSON(`{"subject":"Your link","body":"Hello {{contact.name}}"}`)},
	"POST /api/v1/email-templates/:kind/preview":                  {body: walkJSON(`{"contact_id":"{contact}","subject":"Hi","body":"Hello {{contact.name}} {{contact.email}}"}`)},
	"POST /api/v1/documents":                                      {body: walkFile("file", "contract.pdf", map[string]string{"title": "Contract", "signer_contact_id": "{contact}"}, walkPDF)},
	"PUT /api/v1/documents/signing-key":                           {body: walkFile("file", "key.pem", nil, func() []byte { return []byte("not a key") })},
	"PUT /api/v1/documents/disclosure":                            {body: walkJSON(`{"text":"We sign electronically."}`)},
	"PATCH /api/v1/documents/defaults":                            {body: walkJSON(`{"expires_in":"240h"}`)},
	"POST /api/v1/documents/:id/send":                             {body: walkNoBody},
	"POST /api/v1/documents/:id/extend":                           {body: walkJSON(`{"expires_in":"72h"}`)},
	"POST /api/v1/documents/:id/void":                             {body: walkJSON(`{"reason":"Voided by a stranger"}`)},
	"POST /api/v1/document-templates":                             {body: walkFile("file", "template.pdf", map[string]string{"title": "Template", "roles": `["Client"]`, "fields": walkTemplateFields}, walkPDF)},
	"POST /api/v1/document-templates/:id/send":                    {body: walkJSON(`{"contact_ids":["{contact}"]}`)},
	"DELETE /api/v1/document-templates/:id":                       {body: walkNoBody},
	"POST /api/v1/workflows":                                      {body: walkJSON(`{"name":"Walk","enabled":true,"trigger":{"manual":true},"steps":[{"kind":"notify_owner","message":"Hi"}]}`)},
	"PATCH /api/v1/workflows/:id":                                 {body: walkJSON(`{"enabled":false}`)},
	"DELETE /api/v1/workflows/:id":                                {body: walkNoBody},
	"POST /api/v1/workflows/:id/runs":                             {body: walkJSON(`{"contact_ids":["{contact}"]}`)},
	"POST /api/v1/webhooks":                                       {body: walkJSON(`{"url":"https://203.0.113.10/walk","events":["contact.joined"]}`)},
	"DELETE /api/v1/webhooks/:id":                                 {body: walkNoBody},
	"POST /api/v1/webhooks/:id/deliveries/:deliveryID/redeliver":  {body: walkNoBody},
	"POST /api/v1/invoices":                                       {body: walkJSON(walkInvoice)},
	"PUT /api/v1/invoices/:id":                                    {body: walkJSON(walkInvoice)},
	"POST /api/v1/recurring-invoices":                             {body: walkJSON(`{"contact_id":"{contact}","currency":"EUR","interval":"month","starts_on":"{today}","lines":[{"description":"Care","quantity":"1","unit_price":1000}]}`)},
	"PATCH /api/v1/recurring-invoices/:id":                        {body: walkJSON(`{"paused":true}`)},
	"DELETE /api/v1/recurring-invoices/:id":                       {body: walkNoBody},
	"POST /api/v1/invoices/:id/issue":                             {body: walkNoBody},
	"POST /api/v1/invoices/:id/mark-paid":                         {body: walkNoBody},
	"POST /api/v1/invoices/:id/void":                              {body: walkNoBody},
	"POST /api/v1/courses":                                        {body: walkJSON(`{"title":"A course","modules":[]}`)},
	"POST /api/v1/courses/:id/modules":                            {body: walkJSON(`{"modules":[{"title":"More","lessons":[{"title":"L","body":"B"}]}]}`)},
	"POST /api/v1/courses/:id/publish":                            {body: walkNoBody},
	"POST /api/v1/courses/:id/grants":                             {body: walkJSON(`{"contact_ids":["{contact}"]}`)},
	"DELETE /api/v1/courses/:id/grants/:contactID":                {body: walkNoBody},
	"PUT /api/v1/courses/:id/lessons/:lessonID/attachment":        {body: walkFile("file", "notes.pdf", nil, walkPDF)},
	"POST /api/v1/messages":                                       {body: walkJSON(`{"contact_id":"{contact}","body":"Hello"}`)},
	"POST /api/v1/messages/read":                                  {body: walkJSON(`{"contact_id":"{contact}"}`)},
	"POST /api/v1/groups":                                         {body: walkJSON(`{"name":"A group"}`)},
	"POST /api/v1/groups/:id/members":                             {body: walkJSON(`{"contact_ids":["{contact}"]}`)},
	"DELETE /api/v1/groups/:id/members/:contactID":                {body: walkNoBody},
	"PUT /api/v1/groups/:id/members/:contactID/mute":              {body: walkNoBody},
	"DELETE /api/v1/groups/:id/members/:contactID/mute":           {body: walkNoBody},
	"POST /api/v1/groups/:id/posts":                               {body: walkJSON(`{"body":"Hello"}`)},
	"PUT /api/v1/groups/:id/posts/:postID/pin":                    {body: walkNoBody},
	"DELETE /api/v1/groups/:id/posts/:postID/pin":                 {body: walkNoBody},
	"DELETE /api/v1/groups/:id/posts/:postID":                     {body: walkNoBody},
	"DELETE /api/v1/groups/:id/posts/:postID/comments/:commentID": {body: walkNoBody},
	"POST /api/v1/*":                                              {body: walkJSON(`{}`)},
	"PUT /api/v1/*":                                               {body: walkJSON(`{}`)},
	"PATCH /api/v1/*":                                             {body: walkJSON(`{}`)},
	"DELETE /api/v1/*":                                            {body: walkNoBody},

	// Pages anyone on a workspace's host may open.
	"GET /":                          {public: "the home page shows the workspace's name and a login button"},
	"GET /theme.css":                 {public: "the workspace's colours"},
	"GET /dev/mailbox":               {public: "the development mailbox: only on the service's own host, from loopback, without SMTP", base: true},
	"GET /dev/mailbox/:id/html":      {public: "one email of the development mailbox, on the same terms", base: true},
	"GET /dev/texts":                 {public: "the development outbox of texts, on the same terms", base: true},
	"GET /l/:token":                  {public: "a text's short login link: the dead-link page for a token that is not live"},
	"GET /login/":                    {public: "the login page"},
	"GET /login/code":                {public: "the code form"},
	"GET /login/password":            {public: "the password form"},
	"GET /login/magic/:token":        {public: "a login link's page: the dead-link page for a token that is not live"},
	"GET /invoices/:id/open/:token":  {public: "an invoice email's link page: the dead-link page for a token that is not live"},
	"GET /messages/open/:token":      {public: "a message email's link page: the dead-link page for a token that is not live"},
	"GET /documents/:id/open/:token": {public: "a signing email's link page: the dead-link page for a token that is not live"},
	"GET /brand/logo":                {public: "the workspace's logo, shown on its login page"},
	"GET /verify":                    {public: "the check of a final copy, on any host"},
	"POST /login/link": {public: "asks for a login email, with the same answer whether the address is known",
		changes: "queues the job that emails Ann a login link, as anyone may ask for her", tables: []string{"jobs"}, body: walkForm("email={email}")},
	"POST /login/code": {public: "logs in only with the emailed code",
		changes: "counts the wrong guess against Ann's live code", tables: []string{"login_links"}, body: walkForm("email={email}&code=000000")},
	"POST /login/text": {public: "asks for a login text, with the same answer whether the address is known",
		changes: "queues the job that texts Ann a code when she has a phone, as anyone may ask for her", tables: []string{"jobs"}, body: walkForm("email={email}")},
	"POST /login/password":            {public: "logs in only with the password", body: walkForm("email={email}&password=not-her-password-at-all")},
	"POST /login/magic/:token":        {public: "logs in only with a live link", body: walkForm("")},
	"POST /login/magic/:token/renew":  {public: "emails a fresh link only to the contact of a real link", body: walkForm("")},
	"POST /invoices/:id/open/:token":  {public: "opens the invoice only with a live link", body: walkForm("")},
	"POST /messages/open/:token":      {public: "opens the messages only with a live link", body: walkForm("")},
	"POST /documents/:id/open/:token": {public: "opens the document only with a live link", body: walkForm("")},
	"POST /verify":                    {public: "checks an uploaded final copy and shows only what the copy holds", body: walkFile("file", "copy.pdf", nil, walkPDF)},

	// A signed-in client's writes.
	"POST /profile/avatar":                         {body: walkFile("picture", "me.png", nil, walkPNG)},
	"POST /profile/avatar/remove":                  {body: walkForm("")},
	"POST /profile/password":                       {body: walkForm("password=a-long-new-password-1234")},
	"POST /profile/name":                           {body: walkForm("name=Carl Renamed")},
	"POST /profile/time-zone":                      {body: walkForm("time_zone=Europe/Paris")},
	"POST /profile/language":                       {body: walkForm("language=de")},
	"POST /logout":                                 {body: walkForm(""), ends: true},
	"POST /logout/everywhere":                      {body: walkForm(""), ends: true},
	"POST /messages":                               {body: walkForm("body=Hello")},
	"POST /invoices/:id/pay":                       {body: walkForm("")},
	"POST /courses/:id/lessons/:lessonID/complete": {body: walkForm("")},
	"POST /groups/:id/posts":                       {body: walkForm("body=Hello")},
	"POST /groups/:id/posts/:postID/comments":      {body: walkForm("body=Hello")},
	"POST /groups/:id/posts/:postID/like":          {body: walkForm("")},
	"POST /documents/:id/sign":                     {body: walkForm("name=Carl&consent=yes&mode=type")},
	"POST /documents/:id/decline":                  {body: walkForm("reason=Not mine")},
}

// walkParams fill path parameters with A's real values: "segment/:name"
// for the parameter after that segment, ":name" for any other.
var walkParams = map[string]string{
	"contacts/:id":           "contact",
	"documents/:id":          "document",
	"invoices/:id":           "invoice",
	"recurring-invoices/:id": "recurring",
	"workflows/:id":          "workflow",
	"document-templates/:id": "template",
	"document-batches/:id":   "documentBatch",
	"webhooks/:id":           "webhook",
	":deliveryID":            "delivery",
	":key":                   "fieldKey",
	"courses/:id":            "course",
	"groups/:id":             "group",
	"messages/:id":           "message",
	"jobs/:id":               "job",
	"mailbox/:id":            "emailID",
	":workspace":             "workspace",
	":position":              "position",
	":contactID":             "contact",
	":lessonID":              "lesson",
	":postID":                "post",
	":commentID":             "comment",
	":batch":                 "batch",
	":kind":                  "kind",
	":token":                 "token",
	":sha":                   "sha",
	":host":                  "domain",
	":jobID":                 "job",
	"*":                      "unknown",
}

// walkBody makes a request body: its content type and bytes, with {name}
// replaced by A's values.
type walkBody func(fill func(string) string) (string, []byte)

func walkNoBody(func(string) string) (string, []byte) { return "", nil }

func walkJSON(tmpl string) walkBody {
	return func(fill func(string) string) (string, []byte) { return "application/json", []byte(fill(tmpl)) }
}

// walkForm is a form as a browser posts it (the walker adds the form
// token), plus a contact_id of A's that no portal form may trust.
func walkForm(tmpl string) walkBody {
	return func(fill func(string) string) (string, []byte) {
		v, _ := url.ParseQuery(fill(tmpl))
		v.Set("contact_id", fill("{contact}"))
		return "application/x-www-form-urlencoded", []byte(v.Encode())
	}
}

// walkFile is a multipart form with one file and some fields.
func walkFile(field, name string, fields map[string]string, file func() []byte) walkBody {
	return func(fill func(string) string) (string, []byte) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		for k, v := range fields {
			mw.WriteField(k, fill(v))
		}
		fw, _ := mw.CreateFormFile(field, name)
		fw.Write(file())
		mw.Close()
		return mw.FormDataContentType(), buf.Bytes()
	}
}

const walkTemplateFields = `[{"kind":"signature","page":1,"x":0.55,"y":0.8,"w":0.35,"h":0.07,"role":"Client"}]`

const walkInvoice = `{"contact_id":"{contact}","currency":"EUR","due_date":"{dueDate}","lines":[{"description":"Work","quantity":"1","unit_price":1000}]}`

func walkPDF() []byte { return testpdf.Text("A plain one-page document.") }

// walkPNG is an 8×8 picture.
func walkPNG() []byte {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 8, 8)))
	return b.Bytes()
}
