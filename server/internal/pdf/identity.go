package pdf

import (
	"bytes"
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/digitorus/pdf"
	"github.com/digitorus/pdfsign/sign"
	"software.sslmate.com/src/go-pkcs12"
)

// Identity is the certificate and private key that sign final copies.
type Identity struct {
	Certificate *x509.Certificate
	Chain       []*x509.Certificate // intermediates after Certificate, if any
	Key         crypto.Signer
}

// oidDocumentSigning is the extended key usage for document signing (RFC 9336).
var oidDocumentSigning = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 3, 36}

// NewSelfSignedCertificate makes an RSA-2048 certificate for signing
// documents, valid for ten years from now, and returns it and its PKCS#8
// key as PEM.
func NewSelfSignedCertificate(commonName string, now time.Time) (certPEM, keyPEM []byte, err error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, nil, fmt.Errorf("generate key: %w", err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return nil, nil, fmt.Errorf("serial number: %w", err)
	}
	now = now.UTC()
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: commonName},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.AddDate(10, 0, 0),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
		UnknownExtKeyUsage:    []asn1.ObjectIdentifier{oidDocumentSigning},
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, fmt.Errorf("create certificate: %w", err)
	}
	pk, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, nil, fmt.Errorf("marshal key: %w", err)
	}
	certPEM = pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	keyPEM = pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pk})
	return certPEM, keyPEM, nil
}

// LoadPEM reads an identity from a PEM certificate (optionally followed by
// its intermediates) and a PEM private key (PKCS#8, PKCS#1 or EC).
func LoadPEM(certPEM, keyPEM []byte) (*Identity, error) {
	var certs []*x509.Certificate
	for rest := certPEM; ; {
		var block *pem.Block
		if block, rest = pem.Decode(rest); block == nil {
			break
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("parse certificate: %w", err)
		}
		certs = append(certs, c)
	}
	if len(certs) == 0 {
		return nil, errors.New("no certificate in PEM")
	}
	block, _ := pem.Decode(keyPEM)
	if block == nil {
		return nil, errors.New("no private key in PEM")
	}
	key, err := parseKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	return newIdentity(key, certs[0], certs[1:])
}

func parseKey(der []byte) (crypto.Signer, error) {
	if k, err := x509.ParsePKCS8PrivateKey(der); err == nil {
		if s, ok := k.(crypto.Signer); ok {
			return s, nil
		}
	}
	if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
		return k, nil
	}
	if k, err := x509.ParseECPrivateKey(der); err == nil {
		return k, nil
	}
	return nil, errors.New("unsupported private key")
}

// LoadPKCS12 reads an identity from a PKCS#12 (.p12, .pfx) file.
func LoadPKCS12(data []byte, password string) (*Identity, error) {
	key, cert, chain, err := pkcs12.DecodeChain(data, password)
	if err != nil {
		return nil, fmt.Errorf("read PKCS#12: %w", err)
	}
	signer, ok := key.(crypto.Signer)
	if !ok {
		return nil, errors.New("read PKCS#12: the key cannot sign")
	}
	return newIdentity(signer, cert, chain)
}

// newIdentity checks that key belongs to cert.
func newIdentity(key crypto.Signer, cert *x509.Certificate, chain []*x509.Certificate) (*Identity, error) {
	pub, ok := key.Public().(interface{ Equal(crypto.PublicKey) bool })
	if !ok || !pub.Equal(cert.PublicKey) {
		return nil, errors.New("the private key does not match the certificate")
	}
	return &Identity{Certificate: cert, Chain: chain, Key: key}, nil
}

// sign applies the digital signature to doc, in memory: a certification
// signature (DocMDP) that allows no change, timestamped by tsa under ctx
// unless tsa is nil. Nothing may rewrite the result afterwards.
func (id *Identity) sign(ctx context.Context, doc []byte, reason string, at time.Time, tsa *timestampAuthority) ([]byte, error) {
	rdr, err := pdf.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		return nil, fmt.Errorf("sign: read: %w", err)
	}
	if err := numberPerms(doc, rdr); err != nil {
		return nil, fmt.Errorf("sign: certification: %w", err)
	}
	data := id.signData(reason, at)
	var x *timestampExchange
	if tsa != nil {
		if x, err = tsa.begin(ctx); err != nil {
			return nil, fmt.Errorf("sign: %w at %s: %w", ErrTimestamp, tsa.url, err)
		}
		defer x.end()
		data.TSA = x.options()
	}
	var out bytes.Buffer
	if err := sign.Sign(bytes.NewReader(doc), &out, rdr, int64(len(doc)), data); err != nil {
		if x != nil && x.err != nil {
			return nil, fmt.Errorf("sign: %w at %s: %w", ErrTimestamp, tsa.url, x.err)
		}
		if x != nil && strings.Contains(err.Error(), "timestamp") {
			return nil, fmt.Errorf("sign: %w at %s: %w", ErrTimestamp, tsa.url, err)
		}
		return nil, fmt.Errorf("sign: %w", err)
	}
	return out.Bytes(), nil
}

// signData is the signing library's request for a certification signature
// by id made at at (now when zero), without a timestamp.
func (id *Identity) signData(reason string, at time.Time) sign.SignData {
	if at.IsZero() {
		at = time.Now()
	}
	return sign.SignData{
		Signature: sign.SignDataSignature{
			CertType:   sign.CertificationSignature,
			DocMDPPerm: sign.DoNotAllowAnyChangesPerms,
			Info:       sign.SignDataSignatureInfo{Name: id.Certificate.Subject.CommonName, Reason: reason, Date: at},
		},
		Signer:            id.Key,
		DigestAlgorithm:   crypto.SHA256,
		Certificate:       id.Certificate,
		CertificateChains: [][]*x509.Certificate{append([]*x509.Certificate{id.Certificate}, id.Chain...)},
	}
}
