// Package pdf is the PDF pipeline of document signing: it checks uploads
// (Intake), stamps the signer's fields and appends a certificate of
// completion (Seal), applies and checks the digital signature (Verify).
//
// It knows nothing of HTTP or storage: it takes bytes and returns bytes.
package pdf
