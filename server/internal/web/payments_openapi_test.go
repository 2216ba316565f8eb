package web_test

import (
	"fmt"
	"testing"
)

func TestPaymentAndRecurringInvoiceAnswersMatchTheirOpenAPISchemas(t *testing.T) {
	p := newPortal(t, "sqlite")
	doc := loadOpenAPI(t)
	tok := p.acme.Token
	check := schemaChecker(t, doc)
	check("GET", "/api/v1/payments/stripe", p.api("GET", "/api/v1/payments/stripe", tok, ""))
	check("PUT", "/api/v1/payments/stripe", p.api("PUT", "/api/v1/payments/stripe", tok, `{"secret_key":"nope","publishable_key":"","webhook_secret":""}`))
	check("PUT", "/api/v1/payments/stripe", p.api("PUT", "/api/v1/payments/stripe", tok,
		`{"secret_key":"sk_test_4eC39HqLyjWDarjtT1zdp7dc","publishable_key":"pk_test_TYooMQauvdEDq54NiTphI7jx","webhook_secret":"whsec_8aYbq2QnXwz1cVt5LmPe3RsK"}`))
	ct := check("POST", "/api/v1/contacts", p.api("POST", "/api/v1/contacts", tok, `{"email":"jane@example.com","name":"Jane Doe"}`))
	start := p.sys.Clock.Now().AddDate(0, 0, 1).Format("2006-01-02")
	ri := check("POST", "/api/v1/recurring-invoices", p.api("POST", "/api/v1/recurring-invoices", tok,
		`{"contact_id":"`+fmt.Sprint(ct["id"])+`","currency":"EUR","interval":"month","starts_on":"`+start+`","count":3,"lines":[{"description":"Retainer","quantity":"1","unit_price":100000}]}`))
	check("GET", "/api/v1/recurring-invoices", p.api("GET", "/api/v1/recurring-invoices", tok, ""))
	check("PATCH", "/api/v1/recurring-invoices/{id}", p.api("PATCH", fmt.Sprint("/api/v1/recurring-invoices/", ri["id"]), tok, `{"paused":true}`))
	check("GET", "/api/v1/recurring-invoices/{id}", p.api("GET", "/api/v1/recurring-invoices/nope", tok, ""))
	inv := check("POST", "/api/v1/invoices", p.api("POST", "/api/v1/invoices", tok,
		`{"contact_id":"`+fmt.Sprint(ct["id"])+`","currency":"EUR","due_date":"`+start+`","lines":[{"description":"Advice","quantity":"1","unit_price":10000}]}`))
	check("POST", "/api/v1/invoices/{id}/issue", p.api("POST", fmt.Sprint("/api/v1/invoices/", inv["id"], "/issue"), tok, ""))
	check("POST", "/api/v1/invoices/{id}/mark-paid", p.api("POST", fmt.Sprint("/api/v1/invoices/", inv["id"], "/mark-paid"), tok, `{"amount":4000}`))
	check("POST", "/api/v1/invoices/{id}/mark-paid", p.api("POST", fmt.Sprint("/api/v1/invoices/", inv["id"], "/mark-paid"), tok, `{"amount":99999}`))
	check("DELETE", "/api/v1/payments/stripe", p.api("DELETE", "/api/v1/payments/stripe", tok, ""))
}
