package pdf

import (
	"bytes"
	"crypto/x509"
	"encoding/asn1"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/digitorus/pdfsign/verify"
)

// VerifyResult says whether a PDF carries a valid digital signature over
// all of its bytes, and who signed it when.
type VerifyResult struct {
	Signed          bool // a digital signature is present
	Valid           bool // every signature is intact and the last covers the whole file
	CoversWholeFile bool // nothing was appended after the last signature
	Subject         string
	Certificate     *x509.Certificate // the signer's; compare it with the workspace's
	SignedAt        time.Time         // the signing time written by the signer, or the timestamp's
	Fingerprint     string            // the SHA-256 of the signer's certificate (see Fingerprint)
	Timestamp       *Timestamp        // the RFC 3161 timestamp of the last signature, if any
	Certified       bool              // a certification signature (DocMDP) that allows no change
	Problem         string            // why the signature is not valid, for people
}

// byteRangeRe finds signature byte ranges: [start1 len1 start2 len2].
var byteRangeRe = regexp.MustCompile(`/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]`)

// Verify checks the digital signatures of data without any network access
// and without requiring a trusted root: callers decide whether they trust
// the certificate (a portal compares it with the workspace's own).
func Verify(data []byte) (VerifyResult, error) {
	if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
		return VerifyResult{}, ErrNotPDF
	}
	if !bytes.Contains(data, []byte("/ByteRange")) {
		return VerifyResult{Problem: "The document has no digital signature."}, nil
	}
	res := VerifyResult{CoversWholeFile: lastRangeCoversAll(data) && cleanSignatureGap(data)}
	signed := signedRevision(data)
	res.Certified = certifiedNoChanges(signed)
	resp, err := verify.VerifyWithOptions(bytes.NewReader(data), int64(len(data)), verifyOptions())
	if err != nil && len(signed) < len(data) {
		// an update appended after signing that the verifier cannot follow:
		// judge the signed revision, which no longer covers the file
		resp, err = verify.VerifyWithOptions(bytes.NewReader(signed), int64(len(signed)), verifyOptions())
	}
	if err != nil {
		return VerifyResult{Signed: true, Certified: res.Certified, Problem: "The digital signature is damaged."}, nil
	}
	return fillResult(res, resp), nil
}

// signedRevision is the part of data the last signature's byte range ends
// at: the file as it was signed, before any later update.
func signedRevision(data []byte) []byte {
	v, ok := lastByteRange(data)
	if !ok || v[2]+v[3] > int64(len(data)) {
		return data
	}
	end := v[2] + v[3]
	for end < int64(len(data)) && (data[end] == '\n' || data[end] == '\r') {
		end++
	}
	return data[:end]
}

func verifyOptions() *verify.VerifyOptions {
	o := verify.DefaultVerifyOptions()
	o.RequiredEKUs = nil
	o.AllowedEKUs = nil
	o.AllowUntrustedRoots = true
	o.TrustSignatureTime = true
	o.ValidateTimestampCertificates = false
	o.EnableExternalRevocationCheck = false
	return o
}

// fillResult copies the last signer's details into res.
func fillResult(res VerifyResult, resp *verify.Response) VerifyResult {
	if resp == nil || len(resp.Signers) == 0 {
		res.Problem = "The document has no digital signature."
		return res
	}
	res.Signed, res.Valid = true, true
	for _, s := range resp.Signers {
		res.Valid = res.Valid && s.ValidSignature
	}
	last := resp.Signers[len(resp.Signers)-1]
	if len(last.Certificates) > 0 && last.Certificates[0].Certificate != nil {
		res.Certificate = last.Certificates[0].Certificate
		res.Subject = res.Certificate.Subject.String()
		res.Fingerprint = Fingerprint(res.Certificate)
	}
	res.Timestamp = timestampOf(last.TimeStamp)
	switch {
	case last.SignatureTime != nil:
		res.SignedAt = *last.SignatureTime
	case res.Timestamp != nil:
		res.SignedAt = res.Timestamp.Time
	}
	switch {
	case !res.Valid:
		res.Problem = "The document was changed after it was signed."
	case !res.CoversWholeFile && res.Certified:
		res.Valid = false
		res.Problem = "The document was changed after it was certified, and its certification allows no change."
	case !res.CoversWholeFile:
		res.Valid = false
		res.Problem = "The document was changed outside the signed content after it was signed."
	}
	return res
}

// lastByteRange returns the last signature's byte range.
func lastByteRange(data []byte) ([4]int64, bool) {
	var v [4]int64
	all := byteRangeRe.FindAllSubmatch(data, -1)
	if len(all) == 0 {
		return v, false
	}
	m := all[len(all)-1]
	for i := range v {
		n, err := strconv.ParseInt(string(m[i+1]), 10, 64)
		if err != nil || n < 0 || n > int64(len(data)) {
			return v, false
		}
		v[i] = n
	}
	return v, v[0]+v[1] <= v[2]
}

// cleanSignatureGap reports whether the unsigned gap of the last signature
// holds exactly one hex string: a DER signature followed by zero padding.
// A byte changed in the padding would otherwise go unnoticed.
func cleanSignatureGap(data []byte) bool {
	v, ok := lastByteRange(data)
	if !ok {
		return false
	}
	gap := data[v[0]+v[1] : v[2]]
	if len(gap) < 2 || gap[0] != '<' || gap[len(gap)-1] != '>' {
		return false
	}
	raw, err := hex.DecodeString(string(gap[1 : len(gap)-1]))
	if err != nil {
		return false
	}
	var sig asn1.RawValue
	rest, err := asn1.Unmarshal(raw, &sig)
	return err == nil && len(bytes.Trim(rest, "\x00")) == 0
}

// lastRangeCoversAll reports whether the last signature's byte range starts
// at 0 and reaches the end of the file (allowing a final end-of-line).
func lastRangeCoversAll(data []byte) bool {
	v, ok := lastByteRange(data)
	end := v[2] + v[3]
	if !ok || v[0] != 0 || end > int64(len(data)) {
		return false
	}
	return len(bytes.TrimSpace(data[end:])) == 0
}

// String summarises the result for logs.
func (r VerifyResult) String() string {
	return fmt.Sprintf("signed=%t valid=%t whole=%t subject=%q at=%s", r.Signed, r.Valid, r.CoversWholeFile, r.Subject, r.SignedAt.Format(time.RFC3339))
}
