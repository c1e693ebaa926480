//! Builders shared by the store tests (`backends.rs`, `migrate.rs`, `incremental.rs`): an
//! article's header, an article run through the real extractor, and a batch put into a store.
#![allow(dead_code)] // each test binary uses its part

use dossier_core::{make_document, Document, DocumentHeader, Extraction};
use dossier_store::{Backend, BatchOutcome, Incoming};

/// A header with a title and, when given, an outlet and a publication date.
pub fn header(title: &str, outlet: Option<&str>, published: Option<&str>) -> DocumentHeader {
    DocumentHeader {
        title: Some(title.into()),
        outlet: outlet.map(str::to_string),
        published: published.map(str::to_string),
        ..Default::default()
    }
}

/// An article and what the real extractor makes of it (what `dossier ingest` stores).
pub fn extracted(text: &str, header: DocumentHeader) -> (Document, Extraction) {
    let d = make_document(text, header);
    let x = dossier_core::extract(&d);
    (d, x)
}

/// Put `docs` into `store` as one batch.
pub fn put<'a>(
    store: &mut dyn Backend,
    docs: impl IntoIterator<Item = &'a (Document, Extraction)>,
) -> BatchOutcome {
    store.put_batch(&Incoming::all(docs, "test")).unwrap()
}
