//! Lemmatiser: (form, UPOS, XPOS) → lemma, learned from a treebank.
//!
//! PLACEHOLDER: lower-cases the form. To be replaced by the learned lemmatiser (exceptions
//! table + suffix edit rules per tag), serialised inside the model bundle.

use crate::doc::Upos;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lemmatizer {}

impl Lemmatizer {
    /// Learn from gold (form, upos, xpos, lemma) quadruples.
    pub fn train<'a>(_words: impl IntoIterator<Item = (&'a str, Upos, &'a str, &'a str)>) -> Self {
        Lemmatizer {}
    }

    pub fn lemma(&self, form: &str, _upos: Upos, _xpos: &str) -> String {
        form.to_lowercase()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        Vec::new()
    }

    pub fn from_bytes(_bytes: &[u8]) -> Result<Self, String> {
        Ok(Lemmatizer {})
    }
}
