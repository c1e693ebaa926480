//! Evaluation against gold CoNLL-U: tags, lemmas and attachment scores on gold tokens, with
//! the words/s of the whole analysis (tag, parse, label, lemma, FEATS) on the calling thread.
//!
//! LAS follows the CoNLL 2018 shared task: head and the universal part of the relation
//! ("nsubj:pass" counts as "nsubj"); `las_full` also requires the subtype. Punctuation counts.

use crate::conllu::GoldSentence;
use crate::doc::NO_HEAD;
use crate::model::Model;
use crate::tokenize::{RawSentence, RawToken};
use std::time::Instant;

#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub words: usize,
    pub upos: usize,
    pub xpos: usize,
    pub feats: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
    pub las_full: usize,
    pub seconds: f64,
}

impl Scores {
    fn pct(&self, x: usize) -> f64 {
        100.0 * x as f64 / self.words.max(1) as f64
    }

    pub fn words_per_sec(&self) -> f64 {
        self.words as f64 / self.seconds.max(1e-9)
    }

    /// `UPOS 96.40 XPOS 96.10 lemma 97.80 UAS 88.90 LAS 86.50 words/s 152000`.
    pub fn line(&self) -> String {
        format!(
            "UPOS {:.2} XPOS {:.2} FEATS {:.2} lemma {:.2} UAS {:.2} LAS {:.2} (with subtypes {:.2}) words/s {:.0}",
            self.pct(self.upos),
            self.pct(self.xpos),
            self.pct(self.feats),
            self.pct(self.lemma),
            self.pct(self.uas),
            self.pct(self.las),
            self.pct(self.las_full),
            self.words_per_sec()
        )
    }

    pub fn upos_pct(&self) -> f64 {
        self.pct(self.upos)
    }
    pub fn las_pct(&self) -> f64 {
        self.pct(self.las)
    }
    pub fn uas_pct(&self) -> f64 {
        self.pct(self.uas)
    }
}

/// Gold sentences as one text (words joined by spaces) with their token and sentence spans.
pub fn gold_text(gold: &[GoldSentence]) -> (String, Vec<RawToken>, Vec<RawSentence>) {
    let mut text = String::new();
    let mut toks = Vec::new();
    let mut sents = Vec::new();
    for s in gold {
        let first = toks.len() as u32;
        for w in &s.words {
            if !text.is_empty() {
                text.push(' ');
            }
            let a = text.len() as u32;
            text.push_str(&w.form);
            toks.push(RawToken {
                start: a,
                end: text.len() as u32,
            });
        }
        sents.push(RawSentence {
            first,
            last: toks.len() as u32,
        });
    }
    (text, toks, sents)
}

/// Wall-clock seconds since an arbitrary origin (the default clock; the CLI passes the calling
/// thread's CPU time instead, which a busy machine does not distort).
pub fn wall_clock() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

/// Score `model` on gold tokens and sentences; `clock` gives seconds for the speed figure.
pub fn eval_gold_tokens(model: &Model, gold: &[GoldSentence], clock: &dyn Fn() -> f64) -> Scores {
    let (text, toks, sents) = gold_text(gold);
    let t0 = clock();
    let doc = model.analyse(&text, &toks, &sents);
    let seconds = clock() - t0;
    let mut sc = Scores {
        seconds,
        ..Default::default()
    };
    let mut i = 0usize;
    for s in gold {
        let base = i;
        for w in &s.words {
            let t = &doc.tokens[i];
            sc.words += 1;
            sc.upos += (t.upos == w.upos) as usize;
            sc.xpos += (t.xpos == w.xpos) as usize;
            sc.feats += (t.feats == w.feats) as usize;
            sc.lemma += (t.lemma == w.lemma) as usize;
            let head = if t.head == NO_HEAD {
                0
            } else {
                t.head as usize - base + 1
            };
            if head == w.head {
                sc.uas += 1;
                sc.las += (t.rel.universal() == w.rel.universal()) as usize;
                sc.las_full += (t.rel == w.rel) as usize;
            }
            i += 1;
        }
    }
    sc
}

/// Raw-text scores (CoNLL 2018 style): the system tokenises and splits the rebuilt text; words
/// are aligned to gold words by identical spans; each metric is an F1 over system and gold
/// words (a word counts as correct only if aligned and right).
#[derive(Debug, Clone, Default)]
pub struct RawScores {
    pub seg: crate::align::SegmentationScores,
    pub system_words: usize,
    pub gold_words: usize,
    pub upos: usize,
    pub xpos: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
    pub seconds: f64,
}

impl RawScores {
    fn f1(&self, c: usize) -> f64 {
        200.0 * c as f64 / (self.system_words + self.gold_words).max(1) as f64
    }

    pub fn line(&self) -> String {
        format!(
            "tokens {:.2} words {:.2} sentences {:.2} UPOS {:.2} XPOS {:.2} lemma {:.2} UAS {:.2} LAS {:.2} words/s {:.0}",
            100.0 * self.seg.tokens.f1(),
            100.0 * self.seg.words.f1(),
            100.0 * self.seg.sentences.f1(),
            self.f1(self.upos),
            self.f1(self.xpos),
            self.f1(self.lemma),
            self.f1(self.uas),
            self.f1(self.las),
            self.system_words as f64 / self.seconds.max(1e-9)
        )
    }
}

/// Score the whole pipeline (own tokenisation and sentences) on the raw text of `gold`.
pub fn eval_raw_text(model: &Model, gold: &[GoldSentence], clock: &dyn Fn() -> f64) -> RawScores {
    use crate::align::{gold_raw_text, score};
    let (text, spans) = gold_raw_text(gold);
    let t0 = clock();
    let tz = crate::tokenize::tokenize_full(&text);
    let doc = model.analyse(&text, &tz.tokens, &tz.sentences);
    let seconds = clock() - t0;
    let sys_words: Vec<(u32, u32)> = doc.tokens.iter().map(|t| (t.start, t.end)).collect();
    let sys_tokens = tz.surface_spans();
    let sys_sents: Vec<(u32, u32)> = doc.sentences.iter().map(|s| (s.start, s.end)).collect();
    let seg = score(&spans, &sys_tokens, &sys_words, &sys_sents);
    let mut offset = Vec::with_capacity(gold.len());
    let mut n = 0usize;
    for s in gold {
        offset.push(n);
        n += s.words.len();
    }
    let mut sc = RawScores {
        system_words: sys_words.len(),
        gold_words: spans.len(),
        seconds,
        ..Default::default()
    };
    for (si, g) in seg.alignment.system_to_gold.iter().enumerate() {
        let Some(gi) = *g else { continue };
        let gs = spans[gi];
        let w = &gold[gs.sentence as usize].words[gs.word as usize];
        let t = &doc.tokens[si];
        sc.upos += (t.upos == w.upos) as usize;
        sc.xpos += (t.xpos == w.xpos) as usize;
        sc.lemma += (t.lemma == w.lemma) as usize;
        let gold_head = if w.head == 0 {
            None
        } else {
            Some(offset[gs.sentence as usize] + w.head - 1)
        };
        let sys_head = if t.head == NO_HEAD {
            None
        } else {
            seg.alignment.system_to_gold[t.head as usize]
                .map(Some)
                .unwrap_or(Some(usize::MAX))
        };
        if sys_head == gold_head {
            sc.uas += 1;
            sc.las += (t.rel.universal() == w.rel.universal()) as usize;
        }
    }
    sc.seg = seg;
    sc
}
