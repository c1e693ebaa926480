//! A hand-tagged news check for the tagger: sentences as `form/UPOS` tokens (one sentence a
//! line, `#` lines are notes), tagged on the given tokens and scored for UPOS. The fixture the
//! tests use is `tests/fixtures/news_upos.txt`; the development example scores candidate
//! models on the same file.

use crate::doc::{Doc, Upos};
use crate::model::Model;
use crate::tokenize::{RawSentence, RawToken};

/// One gold sentence of the check.
#[derive(Debug, Clone)]
pub struct NewsSentence {
    pub forms: Vec<String>,
    pub gold: Vec<Upos>,
}

/// One wrong tag: sentence index, token index, form, gold and predicted UPOS.
#[derive(Debug, Clone)]
pub struct Miss {
    pub sentence: usize,
    pub token: usize,
    pub form: String,
    pub gold: Upos,
    pub got: Upos,
}

/// Read the fixture format. Errors name the line and the token.
pub fn read(text: &str) -> Result<Vec<NewsSentence>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut s = NewsSentence {
            forms: Vec::new(),
            gold: Vec::new(),
        };
        for tok in line.split_whitespace() {
            let (form, tag) = tok
                .rsplit_once('/')
                .filter(|(f, _)| !f.is_empty())
                .ok_or_else(|| format!("line {}: token {tok:?} is not form/UPOS", n + 1))?;
            let tag = Upos::parse(tag)
                .ok_or_else(|| format!("line {}: unknown UPOS in {tok:?}", n + 1))?;
            s.forms.push(form.to_string());
            s.gold.push(tag);
        }
        out.push(s);
    }
    Ok(out)
}

/// Analyse one sentence given as its gold tokens (forms joined by single spaces), so the check
/// measures the tagger and parser, not the tokeniser.
pub fn analyse_forms(model: &Model, forms: &[String]) -> Doc {
    let mut text = String::new();
    let mut toks = Vec::with_capacity(forms.len());
    for f in forms {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len() as u32;
        text.push_str(f);
        toks.push(RawToken {
            start,
            end: text.len() as u32,
        });
    }
    let sent = [RawSentence {
        first: 0,
        last: toks.len() as u32,
    }];
    model.analyse(&text, &toks, &sent)
}

/// Tag every sentence on its gold tokens (one sentence each, forms joined by spaces) and
/// return (right, total, misses).
pub fn score(model: &Model, sents: &[NewsSentence]) -> (usize, usize, Vec<Miss>) {
    let (mut right, mut total, mut misses) = (0, 0, Vec::new());
    for (si, s) in sents.iter().enumerate() {
        let doc = analyse_forms(model, &s.forms);
        for (i, (t, &g)) in doc.tokens.iter().zip(&s.gold).enumerate() {
            total += 1;
            if t.upos == g {
                right += 1;
            } else {
                misses.push(Miss {
                    sentence: si,
                    token: i,
                    form: s.forms[i].clone(),
                    gold: g,
                    got: t.upos,
                });
            }
        }
    }
    (right, total, misses)
}

/// The check's fixture, embedded so `dossier eval syntax` scores any model on it.
pub const FIXTURE: &str = include_str!("../tests/fixtures/news_upos.txt");
