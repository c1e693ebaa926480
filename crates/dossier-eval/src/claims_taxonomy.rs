//! Why a gold proposition was missed and why a claim matched nothing: the miss taxonomy of
//! `dossier eval claims --misses` (issue 17). Each unmatched gold proposition and each false
//! positive gets one class, the first that applies, read off the extraction and the Doc:
//!
//! - misses: a near claim with the wrong polarity, subject or predicate; a claim that would
//!   match but is already taken by another gold proposition (a merge); else, by the gold
//!   predicate's word in the anchor — none (a paraphrase, or a copula "be"), a noun
//!   ("the killing of X": nominal), a copular state ("X is dead"), a passive with no agent, and
//!   for a verb where it sits: inside a statement's content, the article's lede (first two
//!   sentences), a sentence with a report word, or a sentence in the article's own voice that the
//!   claims stage does not read; with whether the proposition reader refused it or read it and a
//!   later step dropped it.
//! - false positives: a second claim for a matched gold proposition, a claim near a gold
//!   proposition with other parts, or a claim with no gold proposition in its sentence, by origin
//!   (statement, event, lede, report).

use crate::claims::{nearness, predicate_matches, subject_matches, GoldProposition};
use dossier_core::claims::props::{self, Syn};
use dossier_core::claims::ClaimLexicon;
use dossier_core::syntax::frames::{self, PredKind, Voice};
use dossier_core::syntax::{Doc, Upos};
use dossier_core::{DocClaim, Extraction};

/// What the classifier needs of one article.
pub struct Ctx<'a> {
    pub x: &'a Extraction,
    pub text: &'a str,
    pub doc: &'a Doc,
    pub syn: Option<Syn<'a>>,
    pub sents: &'a [(usize, usize)],
    pub lex: &'a ClaimLexicon,
}

impl<'a> Ctx<'a> {
    pub fn new(
        x: &'a Extraction,
        text: &'a str,
        doc: &'a Doc,
        sents: &'a [(usize, usize)],
        lex: &'a ClaimLexicon,
    ) -> Ctx<'a> {
        Ctx {
            x,
            text,
            doc,
            syn: Syn::new(x, text, doc),
            sents,
            lex,
        }
    }

    /// Index of the sentence holding code point `at`.
    fn sentence_of(&self, at: usize) -> Option<usize> {
        self.sents.iter().position(|&(s, e)| s <= at && at < e)
    }

    fn sentence_text(&self, k: usize) -> String {
        let (s, e) = self.sents[k];
        self.text.chars().skip(s).take(e - s).collect()
    }

    fn has_report_word(&self, k: usize) -> bool {
        let lower = self
            .sentence_text(k)
            .to_lowercase()
            .replace('\u{2019}', "'");
        self.lex
            .listed("report")
            .iter()
            .any(|m| contains_words(&lower, m))
    }
}

/// The class of one missed gold proposition. `taken`: a system claim group matching it fully
/// was assigned to another gold proposition.
pub fn classify_miss(
    c: &Ctx,
    gp: &GoldProposition,
    groups: &[Vec<usize>],
    taken: impl Fn(usize) -> bool,
) -> String {
    let x = c.x;
    let near: Vec<usize> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            g.iter().any(|&i| {
                let e = &x.claims[i].evidence;
                nearness(&gp.evidence, (e.start, e.end), c.sents).is_some()
            })
        })
        .map(|(k, _)| k)
        .collect();
    let pol = |d: &DocClaim| crate::claims::claim_polarity(d) == gp.polarity;
    let pred = |d: &DocClaim| crate::claims::claim_predicate_matches(gp, d, c.lex);
    let subj = |d: &DocClaim| subject_matches(gp, d);
    let any = |f: &dyn Fn(&DocClaim) -> bool| {
        near.iter()
            .any(|&k| groups[k].iter().any(|&i| f(&x.claims[i])))
    };
    if near.iter().any(|&k| {
        taken(k)
            && groups[k].iter().any(|&i| {
                let d = &x.claims[i];
                pol(d) && pred(d) && subj(d)
            })
    }) {
        return "merge: the matching claim is another gold proposition's".into();
    }
    if any(&|d| pred(d) && subj(d)) {
        return "near claim, wrong polarity".into();
    }
    if any(&|d| pred(d)) {
        return "near claim, wrong subject".into();
    }
    if any(&|d| subj(d) && !d.predicate.starts_with("be")) {
        return "near claim, wrong predicate".into();
    }
    let gold_pred = gp.predicate.trim().to_lowercase();
    let copula_gold = gold_pred == "be" || gold_pred.starts_with("be ");
    let Some(syn) = &c.syn else {
        return "no parse".into();
    };
    let toks = syn.tokens_in(gp.evidence.start, gp.evidence.end);
    let doc = c.doc;
    // The gold predicate's word in the anchor: a verb first, then any word of its class.
    let word_of = |i: usize| {
        let t = &doc.tokens[i];
        let form = doc.form(c.text, i).to_lowercase();
        let lemma = t.lemma.to_lowercase();
        [form, lemma].iter().any(|w| {
            w.len() >= 3
                && (predicate_matches(gp, w, c.lex)
                    || (gold_pred.len() >= 4 && w.starts_with(&gold_pred[..4])))
        })
    };
    let cands: Vec<usize> = toks.clone().filter(|&i| word_of(i)).collect();
    let p = cands
        .iter()
        .copied()
        .find(|&i| doc.tokens[i].upos == Upos::Verb)
        .or_else(|| cands.first().copied());
    let Some(p) = p else {
        return if copula_gold || c.lex.is("state", &gold_pred) {
            "copula (\"X is dead\", \"X is in custody\")".into()
        } else {
            "paraphrase: the predicate's word is not in the anchor".into()
        };
    };
    let f = frames::frame_of(doc, c.text, p);
    // The innermost statement holding the word (a nested report: "Reuters reported the
    // ministry had stated …").
    let in_statement = x
        .statements
        .iter()
        .filter(|s| syn.tokens_in(s.content.start, s.content.end).contains(&p))
        .min_by_key(|s| s.content.end - s.content.start);
    let k = c.sentence_of(gp.evidence.start).unwrap_or(usize::MAX);
    let place = if in_statement.is_some() {
        "in a statement"
    } else if k < 2 {
        "in the lede"
    } else if k != usize::MAX && c.has_report_word(k) {
        "in a reported sentence"
    } else {
        "own voice outside the lede"
    };
    let outcome = || {
        let span = match in_statement {
            Some(s) => s.content.clone(),
            None => {
                let (s, e) = c.sents.get(k).copied().unwrap_or((0, 0));
                dossier_core::Span {
                    start: s,
                    end: e,
                    text: String::new(),
                }
            }
        };
        if !props::content_predicates(syn, c.lex, &span).contains(&p) {
            return "not a content predicate".to_string();
        }
        match props::read_in(syn, x, c.lex, p, in_statement) {
            None => "reader refused".to_string(),
            // Past the lede the own voice keeps only patient-centred passives.
            Some(prop)
                if place == "own voice outside the lede"
                    && !prop.predicate.ends_with(dossier_core::claims::PASSIVE) =>
            {
                "not read (own voice past the lede: background)".to_string()
            }
            Some(prop) => format!(
                "read as {} | {}, dropped or merged later",
                prop.subject.id, prop.predicate
            ),
        }
    };
    let kind = if copula_gold || f.kind == PredKind::Copular {
        "copula (\"X is dead\", \"X is in custody\")"
    } else if matches!(doc.tokens[p].upos, Upos::Noun | Upos::Propn) {
        "nominal (\"the killing of X\")"
    } else if f.voice == Voice::Passive && f.agent.is_none() {
        "passive without agent"
    } else {
        "active verb"
    };
    format!("{kind}, {place}: {}", outcome())
}

/// The class of one false positive (a claim group that matched no gold proposition).
pub fn classify_fp(
    c: &Ctx,
    members: &[usize],
    gold: &[GoldProposition],
    gold_matched: impl Fn(usize) -> bool,
) -> String {
    let x = c.x;
    let claims: Vec<&DocClaim> = members.iter().map(|&i| &x.claims[i]).collect();
    let near_gold: Vec<usize> = (0..gold.len())
        .filter(|&g| {
            claims.iter().any(|d| {
                nearness(
                    &gold[g].evidence,
                    (d.evidence.start, d.evidence.end),
                    c.sents,
                )
                .is_some()
            })
        })
        .collect();
    let first = claims[0];
    if near_gold.iter().any(|&g| {
        gold_matched(g)
            && claims
                .iter()
                .any(|d| crate::claims::claim_predicate_matches(&gold[g], d, c.lex))
    }) {
        return "second claim for a matched gold proposition (split)".into();
    }
    if near_gold
        .iter()
        .any(|&g| claims.iter().any(|d| subject_matches(&gold[g], d)))
    {
        return "near gold, same subject, other predicate or polarity".into();
    }
    if !near_gold.is_empty() {
        return "near gold, other subject".into();
    }
    let k = c.sentence_of(first.evidence.start).unwrap_or(usize::MAX);
    let origin = if first.statement.is_some() {
        "statement"
    } else if first.event.is_some() {
        "event"
    } else if k < 2 {
        "lede (own voice)"
    } else {
        "report (own voice)"
    };
    format!("no gold proposition in the sentence: from a {origin}")
}

/// Does `haystack` hold `needle` as whole words?
fn contains_words(haystack: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(i) = haystack[from..].find(needle) {
        let i = from + i;
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = i + needle.len().max(1);
    }
    false
}
