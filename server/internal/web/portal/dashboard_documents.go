package portal

// allDocuments is how many documents the documents page lists.
const allDocuments = 500
