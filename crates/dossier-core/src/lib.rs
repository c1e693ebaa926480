//! dossier-core: the model and the extraction pipeline.
//!
//! Pure: text in, facts out. This crate performs no file, database or network I/O; lexicons and
//! codebooks are embedded from `data/` at build time.

pub mod actors;
pub mod attribution;
pub mod brief;
pub mod claims;
pub mod dates;
pub mod events;
pub mod ledger;
pub mod lexicon;
pub mod model;
pub mod text;

pub use model::*;

/// The syntactic layer every stage reads: `dossier_syntax::parse(text) -> Doc`.
pub use dossier_syntax as syntax;

/// Build a [`Document`] from raw text and metadata: normalises the text and computes the id.
pub fn make_document(raw_text: &str, mut header: DocumentHeader) -> Document {
    let text = text::normalize(raw_text);
    header.id = text::document_id(&text);
    Document { header, text }
}

/// Run the whole pipeline over one document with the embedded lexicon.
pub fn extract(doc: &Document) -> Extraction {
    extract_with(doc, lexicon::Lexicon::embedded())
}

/// Run the whole pipeline over one document with the given lexicon (`--lexicon DIR`).
pub fn extract_with(doc: &Document, lexicon: &lexicon::Lexicon) -> Extraction {
    let text = doc.text.as_str();
    let offsets = text::Offsets::new(text);
    let sentences = text::sentences(text);
    let actors = actors::ActorLayer::recognise(text, &sentences, lexicon);
    let syn = dossier_syntax::parse(text);
    let statements = attribution::attribute(text, &sentences, &actors, &offsets);
    let events = events::extract_by(
        events::PRODUCTION_CODER,
        text,
        &syn,
        &actors,
        &statements,
        events::EventLexicon::builtin(),
    );
    let mut x = Extraction {
        document: doc.header.clone(),
        actors: actors.to_actors(text, &offsets),
        statements,
        events,
        claims: Vec::new(),
        article_stances: Vec::new(),
    };
    x.claims = claims::extract_claims(&x, text, &syn, claims::ClaimLexicon::embedded());
    // Post-pass: dates the text gives for statements and events (no stage depends on them).
    dates::attach(&mut x, text, &offsets, &sentences);
    x
}
