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
//! - `lemma`: lemmatiser learned from treebank (form, xpos) → lemma edit rules.
//! - `tagger`, `parser`: averaged-perceptron tagger and transition-based parser.
//! - `model`: the shipped model bundle (serialisation), `parse(text) -> Doc`.

pub mod align;
pub mod conllu;
pub mod doc;
pub mod frames;
pub mod lemma;
pub mod tokenize;

pub use doc::{Doc, Rel, Sentence, Token, Upos};

/// Analyse `text`: tokens, sentences, tags, lemmas, features and dependency tree.
///
/// PLACEHOLDER until the trained model lands: tokenises and splits sentences, tags every token
/// `X` and attaches it to the sentence's first token. The signature is final.
pub fn parse(text: &str) -> Doc {
    let (raw, sents) = tokenize::tokenize(text);
    let mut doc = Doc::default();
    for s in &sents {
        for i in s.first..s.last {
            let t = raw[i as usize];
            doc.tokens.push(Token {
                start: t.start,
                end: t.end,
                upos: Upos::X,
                xpos: String::new(),
                lemma: text[t.start as usize..t.end as usize].to_lowercase(),
                feats: String::new(),
                head: if i == s.first { doc::NO_HEAD } else { s.first },
                rel: if i == s.first { Rel::Root } else { Rel::Dep },
            });
        }
        if s.last > s.first {
            doc.sentences.push(Sentence {
                start: raw[s.first as usize].start,
                end: raw[s.last as usize - 1].end,
                first: s.first,
                last: s.last,
            });
        }
    }
    doc
}
