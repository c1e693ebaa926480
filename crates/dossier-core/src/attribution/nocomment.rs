//! Refusals to comment read on the Doc's tree (`data/cues/no_comment.tsv`): "X declined to
//! comment", "X did not (immediately) respond to (repeated) requests for comment", "X could not
//! be reached for comment", "X had no immediate comment", "There was no comment from X",
//! "X declined to discuss the report". One frame, whatever the wording: a word of comment
//! refused (by a refusal verb, a negation, or "no"), the speaker the subject of the refusing
//! predicate. The words inside the frame are consumed, so "requests" or "respond" are never
//! read as cues of their own ("The company did not reply to repeated requests for comment" is
//! no statement by "The company did not reply to repeated").

use super::complements::{source_tokens, span_of};
use super::*;
use dossier_syntax::{Doc, Rel, Upos};
use std::sync::OnceLock;

const NO_COMMENT: &str = include_str!("../../../../data/cues/no_comment.tsv");

/// The word classes of `no_comment.tsv`, by lemma.
#[derive(Default)]
struct Classes {
    comment: rustc_hash::FxHashSet<String>,
    topic: rustc_hash::FxHashSet<String>,
    refuse: rustc_hash::FxHashSet<String>,
    ignore: rustc_hash::FxHashSet<String>,
    respond: rustc_hash::FxHashSet<String>,
    request: rustc_hash::FxHashSet<String>,
    reach: rustc_hash::FxHashSet<String>,
    either: rustc_hash::FxHashSet<String>,
}

fn classes() -> &'static Classes {
    static C: OnceLock<Classes> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = Classes::default();
        for l in NO_COMMENT
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let Some((class, lemma)) = l.split_once('\t') else {
                continue;
            };
            let lemma = lemma.trim().to_lowercase();
            let set = match class.trim() {
                "comment" => &mut c.comment,
                "topic" => &mut c.topic,
                "refuse" => &mut c.refuse,
                "ignore" => &mut c.ignore,
                "respond" => &mut c.respond,
                "request" => &mut c.request,
                "reach" => &mut c.reach,
                "either" => &mut c.either,
                _ => continue,
            };
            set.insert(lemma);
        }
        c
    })
}

/// The subtree of noun `n` without a relative clause set off by a comma: "from U.S. officials,
/// who rarely discuss their drone campaign" names the officials, the clause is no part of them.
fn without_comma_relative(doc: &Doc, n: usize) -> std::ops::Range<usize> {
    let mut r = doc.subtree(n);
    for j in doc.children_with(n, Rel::AclRelcl).filter(|&j| j > n) {
        let start = doc.subtree(j).start;
        if start > n && doc.tokens[start - 1].upos == Upos::Punct {
            r.end = r.end.min(start - 1);
        } else if doc.tokens[start].upos == Upos::Punct {
            r.end = r.end.min(start);
        }
    }
    r
}

/// A refusal found on the tree: the predicate whose subject refuses, the first and last token
/// of the cue, and a source given inside the frame ("no comment *from the embassy*").
#[derive(Debug, Clone)]
pub(super) struct Frame {
    pred: usize,
    first: usize,
    last: usize,
    source: Option<std::ops::Range<usize>>,
}

fn lemma(doc: &Doc, i: usize) -> String {
    doc.tokens[i].lemma.to_lowercase()
}

/// Whether verb `v` is negated: "not", "n't", "never" among its children.
fn negated(doc: &Doc, text: &str, v: usize) -> bool {
    doc.children(v).any(|j| {
        matches!(doc.tokens[j].rel, Rel::Advmod | Rel::Aux)
            && matches!(
                doc.form(text, j).to_lowercase().replace('’', "'").as_str(),
                "not" | "n't" | "never"
            )
    })
}

/// Whether `v` is refused: negated, or the infinitive of a refusal verb ("failed to respond",
/// "declined to respond"). Returns the token that carries the refusal.
fn refused(doc: &Doc, text: &str, v: usize) -> Option<usize> {
    if negated(doc, text, v) {
        return Some(v);
    }
    let h = doc.head(v)?;
    let l = lemma(doc, h);
    let k = classes();
    (doc.tokens[v].rel == Rel::Xcomp && (k.refuse.contains(&l) || k.ignore.contains(&l)))
        .then_some(h)
}

/// The verb joined to topic verb `v` by "or"/"nor" that belongs to the same refusal ("confirm
/// or deny", "neither confirm nor deny"), if any.
fn alternative(doc: &Doc, text: &str, v: usize) -> Option<usize> {
    let k = classes();
    doc.children_with(v, Rel::Conj).find(|&j| {
        doc.tokens[j].upos == Upos::Verb
            && k.either.contains(&lemma(doc, j))
            && doc
                .children_with(j, Rel::Cc)
                .any(|c| matches!(doc.form(text, c).to_lowercase().as_str(), "or" | "nor"))
    })
}

/// The subjects of verb `v` joined by "neither … nor" ("Neither the ministry nor the army
/// would comment"), each as a token range without its conjunction; empty when the subject is
/// no such pair.
fn neither_subjects(doc: &Doc, text: &str, v: usize) -> Vec<std::ops::Range<usize>> {
    let mut subjects: Vec<usize> = doc.children_with(v, Rel::Nsubj).collect();
    if let Some(&first) = subjects.first() {
        subjects.extend(doc.children_with(first, Rel::Conj));
    }
    let neither = subjects.iter().any(|&n| {
        doc.children_with(n, Rel::CcPreconj)
            .any(|j| doc.form(text, j).eq_ignore_ascii_case("neither"))
    });
    if !neither || subjects.len() < 2 {
        return Vec::new();
    }
    subjects.sort_unstable();
    subjects
        .into_iter()
        .map(|n| {
            let mut r = doc.subtree(n);
            // A conjunct's subtree never holds the next one ("the ministry nor the army").
            r.end = doc
                .children(n)
                .filter(|&j| {
                    j > n && !matches!(doc.tokens[j].rel, Rel::Cc | Rel::Conj | Rel::Punct)
                })
                .map(|j| doc.subtree(j).end)
                .max()
                .unwrap_or(n + 1);
            while r.start < n
                && matches!(
                    doc.tokens[r.start].rel,
                    Rel::Cc | Rel::CcPreconj | Rel::Punct
                )
            {
                r.start += 1;
            }
            r
        })
        .collect()
}

/// The refusal frame around comment word `c`, if any.
fn frame_at(doc: &Doc, text: &str, c: usize) -> Option<Frame> {
    let k = classes();
    let l = lemma(doc, c);
    let tok = &doc.tokens[c];
    let is_comment = k.comment.contains(&l);
    let frame = |pred: usize, last: usize| Frame {
        pred,
        first: pred,
        last,
        source: None,
    };
    if matches!(tok.upos, Upos::Verb) {
        // "declined to comment", "refused to discuss the report", "failed to respond";
        // "declined to confirm or deny that …" (one refusal, the cue up to "deny").
        let h = doc.head(c);
        let either = k
            .topic
            .contains(&l)
            .then(|| alternative(doc, text, c))
            .flatten();
        // "declined to be named": a source keeping its name back, no refusal to comment.
        let passive = doc.children(c).any(|j| doc.tokens[j].rel == Rel::AuxPass);
        if tok.rel == Rel::Xcomp && (is_comment || k.topic.contains(&l) && !passive) {
            let h = h?;
            if k.refuse.contains(&lemma(doc, h)) {
                return Some(frame(h, either.unwrap_or(c)));
            }
        }
        // "did not comment", "has not yet commented on"; "will not confirm or deny", "would
        // neither confirm nor deny".
        if is_comment && negated(doc, text, c) {
            return Some(frame(c, c));
        }
        if let Some(j) = either {
            let neither = doc
                .children(c)
                .any(|n| doc.form(text, n).eq_ignore_ascii_case("neither"));
            if neither || negated(doc, text, c) {
                return Some(frame(c, j));
            }
        }
        return None;
    }
    if !is_comment || tok.upos != Upos::Noun {
        return None;
    }
    let h = doc.head(c)?;
    let has = |i: usize, rel: Rel, words: &[&str]| {
        doc.children(i).any(|j| {
            doc.tokens[j].rel == rel && words.contains(&doc.form(text, j).to_lowercase().as_str())
        })
    };
    // "had no (immediate) comment", "There was no comment from the embassy".
    if has(c, Rel::Det, &["no"]) && matches!(doc.tokens[h].upos, Upos::Verb | Upos::Aux) {
        let from = doc
            .children_with(c, Rel::Nmod)
            .find(|&n| has(n, Rel::Case, &["from"]))
            .map(|n| without_comma_relative(doc, n));
        let mut f = frame(h, c);
        if let Some(n) = from {
            // "no comment from the embassy": the cue is "no comment", the source after it.
            f.first = doc.children_with(c, Rel::Det).next().unwrap_or(c);
            f.source = Some(n.start + 1..n.end);
        }
        return Some(f);
    }
    // "declined comment".
    if tok.rel == Rel::Obj && k.refuse.contains(&lemma(doc, h)) {
        return Some(frame(h, c));
    }
    if !has(c, Rel::Case, &["for"]) {
        return None;
    }
    let hl = lemma(doc, h);
    // "did not respond to (repeated) requests for comment", "ignored calls for comment".
    if k.request.contains(&hl) && doc.tokens[h].upos == Upos::Noun {
        let g = doc.head(h)?;
        let gl = lemma(doc, g);
        if (k.refuse.contains(&gl) || k.ignore.contains(&gl)) && doc.tokens[h].rel == Rel::Obj {
            return Some(frame(g, c));
        }
        if k.respond.contains(&gl) {
            let by = refused(doc, text, g)?;
            let mut f = frame(g, c);
            f.pred = by;
            return Some(f);
        }
        return None;
    }
    // "could not be reached for comment", "did not respond for comment".
    if (k.reach.contains(&hl) || k.respond.contains(&hl)) && doc.tokens[h].upos == Upos::Verb {
        let by = refused(doc, text, h)?;
        let mut f = frame(h, c);
        f.pred = by;
        return Some(f);
    }
    None
}

impl Attributor<'_> {
    /// Refusal frames of the text (see the module documentation), found before the word
    /// patterns run: the cue hits inside them are consumed; [`Self::push_no_comment`] makes the
    /// statements once the patterns are done.
    pub(super) fn no_comment_frames(&mut self) -> Vec<Draft> {
        let Some(doc) = self.doc else {
            return Vec::new();
        };
        let k = classes();
        let mut out = Vec::new();
        for c in 0..doc.tokens.len() {
            let l = lemma(doc, c);
            if !k.comment.contains(&l) && !k.topic.contains(&l) {
                continue;
            }
            let neither = neither_subjects(doc, self.text, c);
            let Some(f) = frame_at(doc, self.text, c).or_else(|| {
                // "Neither the ministry nor the army would comment": the negation sits on the
                // subjects, and each of them refuses.
                (!neither.is_empty() && k.comment.contains(&l) && doc.tokens[c].upos == Upos::Verb)
                    .then_some(Frame {
                        pred: c,
                        first: c,
                        last: c,
                        source: None,
                    })
            }) else {
                continue;
            };
            if let Some(d) = self.no_comment_draft(doc, &f) {
                for hi in self.hit_range(d.cue.0, d.cue.1) {
                    self.hit_used[hi] = Some(usize::MAX);
                }
                if neither.is_empty() || f.pred != c {
                    out.push(d);
                    continue;
                }
                for r in neither {
                    if let Some((a, b)) = span_of(doc, r) {
                        out.push(Draft {
                            speaker: Speaker::Phrase(a, b),
                            ..d.clone()
                        });
                    }
                }
            }
        }
        out
    }

    fn no_comment_draft(&self, doc: &Doc, f: &Frame) -> Option<Draft> {
        let src = match &f.source {
            Some(r) => r.clone(),
            None => source_tokens(doc, f.pred, false)?,
        };
        // The cue opens at the refusing predicate's auxiliaries and negation ("did not
        // immediately respond"), after the subject.
        let mut first = if f.source.is_some() {
            f.first
        } else {
            f.first.min(f.pred)
        };
        for j in doc.children(f.pred) {
            if f.source.is_none()
                && j < first
                && j >= src.end
                && matches!(doc.tokens[j].rel, Rel::Aux | Rel::AuxPass | Rel::Advmod)
            {
                first = j;
            }
        }
        if f.source.is_none() && src.end > first {
            return None;
        }
        let (cs, _) = span_of(doc, first..first + 1)?;
        let last = if f.source.is_some() {
            f.last
        } else {
            f.last.max(f.pred)
        };
        let ce = doc.tokens[last].end as usize;
        if in_quote(&self.quotes, cs) {
            return None;
        }
        let speaker = span_of(doc, src)?;
        let si = self.sentence_of(cs)?;
        let sent = self.sentences[si];
        if speaker.0 < sent.start || ce > sent.end {
            return None;
        }
        // What the refusal is about: the comment word's object or prepositional phrase right
        // after it ("declined to comment on the report", "declined to discuss the arrests"),
        // never a conjunct or the next clause the parser hung on it ("Ndjamena refused to
        // comment but security sources said …"); else the cue itself.
        let mut end = last + 1;
        let mut after: Vec<usize> = doc.children(last).filter(|&j| j > last).collect();
        // "confirm or deny that …": the clause may hang on either verb.
        if let Some(v) = doc
            .head(last)
            .filter(|&v| alternative(doc, self.text, v) == Some(last))
        {
            after.extend(doc.children(v).filter(|&j| j > last));
            after.sort_unstable();
        }
        for j in after {
            let r = doc.subtree(j);
            if r.start != end
                || !matches!(
                    doc.tokens[j].rel,
                    Rel::Obj | Rel::Obl | Rel::Nmod | Rel::Ccomp | Rel::Xcomp
                )
            {
                break;
            }
            end = r.end;
        }
        // A complementiser opens no content: "… or deny [that] the name was known".
        let from = if end > last + 1
            && doc.tokens[last + 1].rel == Rel::Mark
            && doc.form(self.text, last + 1).eq_ignore_ascii_case("that")
        {
            last + 2
        } else {
            last + 1
        };
        let content = if f.source.is_none() && end > from {
            span_of(doc, from..end).unwrap_or((cs, ce))
        } else {
            (cs, ce)
        };
        Some(Draft::no_comment(speaker, (cs, ce), content, si))
    }

    /// The refusals of [`Self::no_comment_frames`] that are not already inside another
    /// statement's content ("The embassy said it had no comment" is the embassy's statement).
    pub(super) fn push_no_comment(&mut self, frames: Vec<Draft>) {
        for d in frames {
            let Speaker::Phrase(a, b) = d.speaker else {
                continue;
            };
            if self.refusal_inside_statement((a, b), d.cue, d.sentence) {
                self.report_of_refusal((a, b), &d);
                continue;
            }
            let hits: Vec<usize> = self.hit_range(d.cue.0, d.cue.1).collect();
            self.push(d, &hits);
        }
    }

    /// A report whose content is a refusal by the reporter itself is that refusal: "The
    /// Pentagon said in a statement that it would not comment on specific cases involving the
    /// detainees" declines to comment, it asserts nothing. Only where the content opens with the
    /// refusal's pronoun subject ("it", "he", "they"), so that "Reuters reported that the
    /// ministry did not comment" stays Reuters' report.
    fn report_of_refusal(&mut self, speaker: (usize, usize), refusal: &Draft) {
        if !super::resolve::is_pronoun_text(&self.text[speaker.0..speaker.1]) {
            return;
        }
        let reports: Vec<usize> = self
            .drafts_containing(refusal.cue.0, refusal.cue.1)
            .filter(|&i| {
                let d = &self.drafts[i];
                d.sentence == refusal.sentence
                    && d.content.0 == speaker.0
                    && matches!(d.stance, Stance::Assert | Stance::Hedge)
            })
            .collect();
        for i in reports {
            self.drafts[i].stance = Stance::NoComment;
        }
    }

    /// Whether a refusal to comment (speaker phrase `speaker`, cue `cue`) is already part of
    /// another statement's content in its sentence: "The embassy said it had no comment" is
    /// the embassy's statement. A refusal with a subject of its own inside that content, not a
    /// pronoun, is a statement nested in the report ("A State Department official declined
    /// comment, Gertz reported").
    pub(super) fn refusal_inside_statement(
        &self,
        speaker: (usize, usize),
        cue: (usize, usize),
        si: usize,
    ) -> bool {
        let t = self.text;
        let pronoun = PRONOUNS.contains(&t[speaker.0..speaker.1].to_lowercase().as_str());
        self.drafts_containing(cue.0, cue.1).any(|i| {
            let d = &self.drafts[i];
            d.sentence == si && (pronoun || !(d.content.0 <= speaker.0 && speaker.1 <= cue.0))
        })
    }
}
