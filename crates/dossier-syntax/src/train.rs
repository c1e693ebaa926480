//! Training the whole bundle from CoNLL-U treebanks. Pure over the files' contents: the caller
//! reads them. Deterministic: same data, same options → the same bytes.

use crate::clusters::Clusters;
use crate::conllu::GoldSentence;
use crate::doc::NO_HEAD;
use crate::lemma::Lemmatizer;
use crate::model::Model;
use crate::morph::Morph;
use crate::parser::{self, is_projective, pwords, ParseSentence, ParserOptions};
use crate::tagger::{self, word_info, Scratch, TagSentence};

#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub seed: u64,
    pub tagger_epochs: usize,
    /// Folds for the tagger's second pass (0 or 1: one pass only).
    pub tagger_second_folds: usize,
    /// The second pass re-tags only tokens whose first-pass score margin is below this
    /// (averaged-perceptron units; `f32::INFINITY`: every token). Chosen on dev.
    pub tagger_second_margin: f32,
    pub parser_epochs: usize,
    pub label_epochs: usize,
    /// Folds for jackknifed tags in parser training (0 or 1: the parser sees gold tags).
    pub jackknife: usize,
    pub explore_from: usize,
    pub explore_p: f64,
    /// Drop weights whose quantised magnitude (of 32,000 for the largest) is below these, for
    /// the tagger, the parser and the labeller: a smaller, faster model (chosen on dev).
    pub prune: [u16; 3],
    /// Train the parser with these extended feature groups ([`parser::Parser::extended`]).
    pub parser_extended: u8,
    /// Transition models (different seeds) whose weights are averaged; 1: one.
    pub parser_ensemble: usize,
    /// Beam width of the parser's training and decoding (0 or 1: greedy; see
    /// [`parser::Parser::beam`]).
    pub parser_beam: usize,
    /// Word clusters from unlabeled text for the tagger's features (empty: none; see
    /// [`crate::clusters`]).
    pub clusters: Clusters,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            seed: 1,
            tagger_epochs: 8,
            tagger_second_folds: 4,
            tagger_second_margin: 8.0,
            parser_epochs: 12,
            label_epochs: 8,
            jackknife: 4,
            explore_from: 1,
            explore_p: 0.9,
            prune: [300, 1000, 300],
            parser_extended: 0,
            parser_ensemble: 1,
            parser_beam: 0,
            clusters: Clusters::default(),
        }
    }
}

/// The sentences of `sents` in the tagger's training form.
pub fn tag_sentences(sents: &[GoldSentence]) -> Vec<TagSentence<'_>> {
    sents
        .iter()
        .map(|s| TagSentence {
            forms: s.words.iter().map(|w| w.form.as_str()).collect(),
            tags: s.words.iter().map(|w| (w.xpos.as_str(), w.upos)).collect(),
        })
        .collect()
}

/// Train a model on `train` sentences; progress lines go to `log`.
pub fn train(train: &[GoldSentence], opt: &TrainOptions, log: &mut dyn FnMut(String)) -> Model {
    let ts = tag_sentences(train);
    log(format!("training tagger on {} sentences", ts.len()));
    let mut tagger = tagger::train(
        &ts,
        opt.tagger_epochs,
        opt.seed,
        opt.tagger_second_folds,
        &opt.clusters,
        log,
    );
    tagger.second_margin = opt.tagger_second_margin;

    let tags = jackknifed_tags(&ts, &tagger, opt, log);
    let ps = parse_sentences(train, &tags, &tagger);
    let nonproj = ps.iter().filter(|s| !is_projective(&s.heads)).count();
    log(format!(
        "training parser on {} sentences ({} non-projective, trained with the same oracle)",
        ps.len(),
        nonproj
    ));
    let parser = parser::train(
        &ps,
        &ParserOptions {
            epochs: opt.parser_epochs,
            label_epochs: opt.label_epochs,
            explore_from: opt.explore_from,
            explore_p: opt.explore_p,
            seed: opt.seed,
            extended: opt.parser_extended,
            ensemble: opt.parser_ensemble,
            beam: opt.parser_beam,
        },
        log,
    );

    let mut scratch = Scratch::default();
    let mut class_of = rustc_hash::FxHashMap::default();
    for (i, (x, u)) in tagger.classes.iter().enumerate() {
        class_of.insert((x.as_str(), *u), i as u16);
    }
    let mut morph_rows = Vec::new();
    for s in train {
        for w in &s.words {
            let info = word_info(&w.form, &tagger.lex, &mut scratch);
            if let Some(&c) = class_of.get(&(w.xpos.as_str(), w.upos)) {
                morph_rows.push((c, info.lower, info.suf3, w.feats.as_str()));
            }
        }
    }
    let morph = Morph::train(tagger.classes.len(), morph_rows);
    let lemmatizer = Lemmatizer::train(train.iter().flat_map(|s| {
        s.words
            .iter()
            .map(|w| (w.form.as_str(), w.upos, w.xpos.as_str(), w.lemma.as_str()))
    }));
    log("done".into());
    let mut parser = parser;
    tagger.weights = tagger.weights.pruned(opt.prune[0]);
    tagger.second = tagger.second.map(|w| w.pruned(opt.prune[0]));
    parser.weights = parser.weights.pruned(opt.prune[1]);
    parser.label_weights = parser.label_weights.pruned(opt.prune[2]);
    Model {
        tagger,
        parser,
        morph,
        lemmatizer,
        lemma_rules: Default::default(),
        subject_repair: true,
    }
}

/// The tags the parser trains on, as class ids of `tagger`: jackknifed (each of `opt.jackknife`
/// folds tagged by a tagger trained on the others, same options) so that training sees tagging
/// errors like those at inference; gold tags when `opt.jackknife` < 2.
pub fn jackknifed_tags(
    ts: &[TagSentence],
    tagger: &tagger::Tagger,
    opt: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Vec<Vec<u16>> {
    let mut class_of = rustc_hash::FxHashMap::default();
    for (i, (x, u)) in tagger.classes.iter().enumerate() {
        class_of.insert((x.as_str(), *u), i as u16);
    }
    let mut scratch = Scratch::default();
    let mut tags: Vec<Vec<u16>> = ts
        .iter()
        .map(|s| s.tags.iter().map(|t| class_of[t]).collect())
        .collect();
    if opt.jackknife > 1 {
        let k = opt.jackknife;
        for fold in 0..k {
            let rest = tagger::outside_fold(ts, k, fold);
            let mut quiet = |_: String| {};
            let mut t = tagger::train(
                &rest,
                opt.tagger_epochs,
                opt.seed + 1 + fold as u64,
                opt.tagger_second_folds,
                &tagger.lex.clusters,
                &mut quiet,
            );
            t.second_margin = opt.tagger_second_margin;
            let (mut right, mut total) = (0usize, 0usize);
            let mut out = Vec::new();
            let mut feats = Vec::new();
            for (i, s) in ts.iter().enumerate().filter(|(i, _)| i % k == fold) {
                let mut words: Vec<_> = s
                    .forms
                    .iter()
                    .map(|f| word_info(f, &t.lex, &mut scratch))
                    .collect();
                tagger::truecase(|i| s.forms[i], &mut words, &t.lex, &mut scratch);
                t.tag(&words, &mut out, &mut feats);
                for (j, &c) in out.iter().enumerate() {
                    let (x, u) = &t.classes[c as usize];
                    right += (x == s.tags[j].0 && *u == s.tags[j].1) as usize;
                    total += 1;
                    // Map the fold tagger's class to the final tagger's class id.
                    tags[i][j] = class_of
                        .get(&(x.as_str(), *u))
                        .copied()
                        .unwrap_or(tags[i][j]);
                }
            }
            log(format!(
                "jackknife fold {}/{k}: held-out tag accuracy {:.2}%",
                fold + 1,
                100.0 * right as f64 / total.max(1) as f64
            ));
        }
    }
    tags
}

/// Parser training sentences: `train`'s words with `tags` (class ids of `tagger`) and gold
/// trees.
pub fn parse_sentences(
    train: &[GoldSentence],
    tags: &[Vec<u16>],
    tagger: &tagger::Tagger,
) -> Vec<ParseSentence> {
    let mut scratch = Scratch::default();
    train
        .iter()
        .zip(tags)
        .map(|(s, t)| {
            let words: Vec<_> = s
                .words
                .iter()
                .map(|w| word_info(&w.form, &tagger.lex, &mut scratch))
                .collect();
            ParseSentence {
                words: pwords(&words, t, &tagger.classes),
                heads: s
                    .words
                    .iter()
                    .map(|w| {
                        if w.head == 0 {
                            NO_HEAD
                        } else {
                            w.head as u32 - 1
                        }
                    })
                    .collect(),
                rels: s.words.iter().map(|w| w.rel).collect(),
            }
        })
        .collect()
}
