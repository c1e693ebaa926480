//! Stance of an article toward a headline or claim: agree, disagree, discuss or unrelated.
//!
//! A small network trained in Rust on FNC-1 (see `train`) over bag-of-words inputs and
//! engineered pair features (see `features`). Inference is pure: no I/O, no global state but the
//! embedded weights. The body side of a pair can be prepared once and scored against many
//! headlines ([`StanceModel::prepare_body`], [`StanceModel::predict_prepared`]).

// Numeric loops over parallel arrays read better with indices.
#![allow(clippy::needless_range_loop)]

pub mod annotate;
pub use annotate::annotate;
pub mod codec;
pub mod data;
pub mod eval;
pub mod features;
pub mod mlp;
pub mod score;
pub mod text;
pub mod train;

use features::{Prepared, Vocab, N_DENSE};
use mlp::{Input, Mlp};
use std::sync::OnceLock;

/// The stance of an article (body) toward a headline (claim).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Label {
    Agree,
    Disagree,
    Discuss,
    Unrelated,
}

impl Label {
    pub const ALL: [Label; 4] = [
        Label::Agree,
        Label::Disagree,
        Label::Discuss,
        Label::Unrelated,
    ];

    pub fn index(self) -> usize {
        self as usize
    }
    pub fn from_index(i: usize) -> Option<Label> {
        Label::ALL.get(i).copied()
    }
    /// The FNC-1 label string.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Agree => "agree",
            Label::Disagree => "disagree",
            Label::Discuss => "discuss",
            Label::Unrelated => "unrelated",
        }
    }
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s.trim())
    }
    /// Whether the article is about the claim at all.
    pub fn is_related(self) -> bool {
        self != Label::Unrelated
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A model's answer: the chosen label and the class probabilities in [`Label::ALL`] order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prediction {
    pub label: Label,
    pub probs: [f32; 4],
}

impl Prediction {
    /// The most probable stance among agree/disagree/discuss (for pairs known to be related,
    /// e.g. a claim and an article already linked to it).
    pub fn related_label(&self) -> Label {
        let mut best = Label::Discuss;
        for l in [Label::Agree, Label::Disagree, Label::Discuss] {
            if self.probs[l.index()] > self.probs[best.index()] {
                best = l;
            }
        }
        best
    }
}

/// Why a weights file could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    #[error("not a dossier stance model (bad magic bytes)")]
    BadMagic,
    #[error("unsupported stance model format version {0}")]
    Version(u32),
    #[error("stance model file is truncated")]
    Truncated,
    #[error("stance model file is inconsistent: {0}")]
    Invalid(String),
}

/// A trained stance model: vocabulary, feature scaling, network, and class-bias offsets chosen on
/// held-out training data.
#[derive(Debug, Clone, PartialEq)]
pub struct StanceModel {
    pub(crate) vocab: Vocab,
    pub(crate) mean: Vec<f32>,
    pub(crate) std: Vec<f32>,
    pub(crate) net: Mlp,
    /// Added to the log-probabilities before the arg-max.
    pub(crate) bias: [f32; 4],
    /// Optional second stage for short "bodies" (an article headline rather than its text),
    /// trained on Emergent: input = this network's hidden layer, scaled pair features and
    /// logits; output agree/disagree/discuss.
    pub(crate) headline_head: Option<Mlp>,
}

/// The body of an article, prepared for scoring against any number of headlines.
#[derive(Debug, Clone)]
pub struct PreparedBody(Prepared);

static EMBEDDED: &[u8] = include_bytes!("../../../data/models/stance-fnc1.bin");

impl StanceModel {
    /// The shipped weights (`data/models/stance-fnc1.bin`), decoded once.
    pub fn embedded() -> &'static StanceModel {
        static M: OnceLock<StanceModel> = OnceLock::new();
        M.get_or_init(|| {
            // The file is part of the build and checked by the tests; a failure here is a
            // build defect, not bad input.
            StanceModel::from_bytes(EMBEDDED).expect("embedded stance model is valid")
        })
    }

    pub fn from_bytes(b: &[u8]) -> Result<StanceModel, ModelError> {
        codec::decode(b)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(self)
    }

    /// Tokenise and index a body once; reuse it for every headline scored against it.
    pub fn prepare_body(&self, body: &str) -> PreparedBody {
        PreparedBody(Prepared::new(body, &self.vocab, true))
    }

    pub fn predict(&self, headline: &str, body: &str) -> Prediction {
        self.predict_prepared(headline, &self.prepare_body(body))
    }

    pub fn predict_prepared(&self, headline: &str, body: &PreparedBody) -> Prediction {
        let head = Prepared::new(headline, &self.vocab, false);
        let x = self.input(&head, &body.0);
        self.decide(&self.net.forward(&x))
    }

    /// The model stance of a document toward a claim, for the ledger: `None` when the model
    /// judges the document unrelated to the claim, else the prediction with its label among
    /// agree / disagree / discuss. This is the article's own voice, not a quoted statement; the
    /// status rules use it only as supporting evidence (see the crate README).
    pub fn document_stance(&self, claim: &str, body: &PreparedBody) -> Option<Prediction> {
        let p = self.predict_prepared(claim, body);
        p.label.is_related().then_some(p)
    }

    /// Stance of an article *headline* toward a claim (both short texts). Uses the headline
    /// stage trained on Emergent when the weights carry one (the shipped ones do); otherwise the
    /// best related label of [`StanceModel::predict`]. Never returns `Unrelated`.
    pub fn predict_headline(&self, claim: &str, headline: &str) -> Prediction {
        let head = Prepared::new(claim, &self.vocab, false);
        let body = Prepared::new(headline, &self.vocab, true);
        let x = self.input(&head, &body);
        match &self.headline_head {
            Some(h2) => {
                let z = h2.forward(&self.stage2_input(&x));
                let mut probs = mlp::softmax(&z);
                probs[Label::Unrelated.index()] = 0.0;
                let s: f32 = probs.iter().sum();
                probs
                    .iter_mut()
                    .for_each(|p| *p /= s.max(f32::MIN_POSITIVE));
                let mut pred = Prediction {
                    label: Label::Discuss,
                    probs,
                };
                pred.label = pred.related_label();
                pred
            }
            None => {
                let mut p = self.decide(&self.net.forward(&x));
                p.label = p.related_label();
                p
            }
        }
    }

    /// Input of the headline stage: hidden activations, scaled dense features, logits.
    pub(crate) fn stage2_input(&self, x: &Input) -> Input {
        let mut h = vec![0f32; self.net.n_hid];
        self.net.hidden(x, &mut h);
        let z = self.net.logits(&h);
        let mut dense = h;
        dense.extend_from_slice(&x.dense);
        dense.extend_from_slice(&z);
        Input {
            sparse: Vec::new(),
            dense,
        }
    }

    pub(crate) fn input(&self, head: &Prepared, body: &Prepared) -> Input {
        let v = self.vocab.n_input as u32;
        let raw = features::dense(head, body, &self.vocab);
        let dense = standardise(&raw, &self.mean, &self.std);
        let mut sparse = head.tf.clone();
        sparse.extend(body.tf.iter().map(|(i, x)| (i + v, *x)));
        Input { sparse, dense }
    }

    pub(crate) fn decide(&self, logits: &[f32; 4]) -> Prediction {
        let probs = mlp::softmax(logits);
        let mut best = 0;
        let score = |i: usize| probs[i].max(1e-12).ln() + self.bias[i];
        for i in 1..4 {
            if score(i) > score(best) {
                best = i;
            }
        }
        Prediction {
            label: Label::ALL[best],
            probs,
        }
    }

    /// Number of network inputs for a vocabulary with `n_input` bag-of-words terms.
    pub(crate) fn n_in(n_input: usize) -> usize {
        2 * n_input + N_DENSE
    }
}

pub(crate) fn standardise(raw: &[f32], mean: &[f32], std: &[f32]) -> Vec<f32> {
    raw.iter()
        .zip(mean.iter().zip(std))
        .map(|(x, (m, s))| if *s > 0.0 { (x - m) / s } else { 0.0 })
        .collect()
}
