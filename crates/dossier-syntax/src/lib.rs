//! dossier-syntax: the syntactic backbone of the pipeline.
//!
//! One [`Doc`] per document, built once: tokens with byte spans into the normalised text (UD-style
//! English tokenisation), sentences, UPOS and XPOS tags, lemmas, morphological features and a
//! labelled dependency tree with UD relations. Every later stage reads the `Doc`; none
//! re-tokenises or re-splits.
//!
//! Module map:
//! - [`doc`]: the `Doc`, `Token`, `Sentence` types and the closed tag/relation inventories.
//! - [`conllu`]: the CoNLL-U reader (training and evaluation only; pure over a `&str`).
//! - [`tokenize`]: text → tokens and sentences (rules and word lists in `data/syntax/`, no model).
//! - [`align`]: raw-text evaluation: gold text rebuilt from CoNLL-U, tokens/words/sentences F1,
//!   system-to-gold word alignment.
//! - [`frames`]: predicate–argument frames read off the tree (voice, doer/undergoer, obliques,
//!   negation, modals, control, conditions), shared by the events and claims stages.
//! - [`newscheck`], [`newsarcs`]: hand-checked news sentences (UPOS; the arcs stages lean on)
//!   that judge a candidate model beside treebank scores.
//! - `lemma`: lemmatiser learned from treebank (form, xpos) → lemma edit rules.
//! - `tagger`, `parser`: averaged-perceptron tagger and transition-based parser.
//! - [`tagsets`]: the tag classes each known word may take (a mask over the tagger's scores).
//! - [`clusters`]: distributional word classes learned from unlabeled text (exchange
//!   algorithm), read by the tagger.
//! - `model`: the shipped model bundle (serialisation), `parse(text) -> Doc`.
//! - `wordlist`: the one loader of the embedded word lists the repairs read.

pub mod align;
pub mod clusters;
pub mod conllu;
pub mod doc;
pub mod eval;
pub mod frames;
pub mod lemma;
pub mod model;
pub mod morph;
pub mod newsarcs;
pub mod newscheck;
pub mod parser;
pub mod perceptron;
pub mod repair;
pub mod tagger;
pub mod tagsets;
pub mod tokenize;
pub mod train;
mod wordlist;

pub use doc::{Doc, Rel, Sentence, Token, Upos};
pub use model::{parse, Model};
