//! Negated cues (`data/cues/negated.tsv`): "officials didn't think …", "he didn't explicitly
//! say that …", "state media failed to report on …". A negated cue is never the speaker
//! asserting the content: a belief verb that raises its negation ("he didn't think Boko Haram
//! had agreed to a truce" holds that it had not) denies it, a negated doubt ("I don't doubt
//! that …") asserts it, a refusal to comment declines, and every other negated cue leaves it
//! open, a hedge. The statement stays, so that events and claims read its content as not
//! asserted by anyone.

use super::*;
use std::sync::OnceLock;

const NEGATED: &str = include_str!("../../../../data/cues/negated.tsv");

/// What a negated cue says (column 2 of `data/cues/negated.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    Open,
    NoComment,
    Contrary,
    Affirm,
    /// Not a cue: a word that negates the cue infinitive after it ("failed to confirm",
    /// "unable to verify").
    Negator,
}

/// The rows of `data/cues/negated.tsv`: a cue word's start and its reading, longest first.
fn rows() -> &'static [(String, Reading)] {
    static ROWS: OnceLock<Vec<(String, Reading)>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let mut rows: Vec<(String, Reading)> = NEGATED
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let word = cols.next()?.trim().to_lowercase();
                let reading = match cols.next()?.trim() {
                    "open" => Reading::Open,
                    "no_comment" => Reading::NoComment,
                    "contrary" => Reading::Contrary,
                    "affirm" => Reading::Affirm,
                    "negator" => Reading::Negator,
                    _ => return None,
                };
                Some((word, reading))
            })
            .collect();
        rows.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        rows
    })
}

/// The reading of cue word `word` (any case) when negated, if `data/cues/negated.tsv` lists it.
pub(super) fn reading(word: &str) -> Option<Reading> {
    let w = word.to_lowercase();
    rows()
        .iter()
        .filter(|(_, r)| *r != Reading::Negator)
        .find(|(p, _)| w.starts_with(p.as_str()))
        .map(|&(_, r)| r)
}

/// Whether `word` (lowercase) negates the cue infinitive after it: "failed", "unable"
/// (`negator` rows of `data/cues/negated.tsv`, whole words).
fn negator(word: &str) -> bool {
    rows()
        .iter()
        .any(|(p, r)| *r == Reading::Negator && p == word)
}

/// The whole words of `data/cues/negated.tsv` whose column 2 is `kind` ("skip",
/// "negated_negator"), lowercase.
fn words_of(kind: &str) -> Vec<String> {
    NEGATED
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let word = cols.next()?.trim().to_lowercase();
            (cols.next()?.trim() == kind).then_some(word)
        })
        .collect()
}

/// Adverbs passed over between a negation and the cue: "has not yet confirmed", "did not
/// immediately respond" (`skip` rows).
fn skipped() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| words_of("skip"))
}

/// Whether `word` (lowercase) negates the cue infinitive after it only when itself negated:
/// "not able to verify" (`negated_negator` rows).
fn negated_negator(word: &str) -> bool {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| words_of("negated_negator"))
        .iter()
        .any(|w| w == word)
}

/// How a draft's cue is negated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum By {
    /// "not"/"n't"/"never"/"cannot" among the two words before the cue (after adverbs such as "yet",
    /// "immediately"), or "failed to" right before it.
    Word,
    /// A speaker phrase opened by "No"/"None"/"Nobody": "No US official has confirmed …".
    Subject,
}

/// Is the cue of draft `d` negated, and how?
pub(super) fn negated_by(text: &str, d: &Draft) -> Option<By> {
    let before = &text[..d.cue.0];
    let sentence_start = before
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(0, |i| i + 1);
    let words: Vec<String> = before[sentence_start..]
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let skip = skipped();
    let near: Vec<&String> = words
        .iter()
        .rev()
        .filter(|w| !skip.contains(w))
        .take(2)
        .collect();
    let by_word = near
        .iter()
        .any(|w| *w == "not" || *w == "never" || *w == "cannot" || w.ends_with("n't"));
    // "Not everyone believed it": a negation before the speaker phrase is the subject's
    // ("not everyone", "not all"), a quantity, not a cue negated.
    let of_subject = match d.speaker {
        Speaker::Phrase(s, _) if s < before.len() => before[s.max(sentence_start)..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("not")),
        _ => false,
    };
    if of_subject {
        return Some(By::Subject);
    }
    // "state media failed to report on or photograph him": an attempt that failed; "The WHO
    // has been unable to confirm the cases", "Reuters was not able to verify the footage": an
    // inability.
    let failed = near.len() == 2
        && near[0] == "to"
        && (negator(near[1])
            || negated_negator(near[1])
                && words
                    .iter()
                    .rev()
                    .nth(2)
                    .is_some_and(|w| w == "not" || w == "never" || w.ends_with("n't")));
    if by_word || failed {
        return Some(By::Word);
    }
    // "No US official has …", "No state or federal agency confirmed …" (the speaker phrase
    // may start after the coordination): the sentence opens with the negative determiner.
    let by_subject = match &d.speaker {
        Speaker::Phrase(s, _) if *s >= sentence_start => {
            let first = text[sentence_start..]
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_lowercase();
            matches!(first.as_str(), "no" | "none" | "nobody")
                && text[sentence_start..*s].split_whitespace().count() <= 4
        }
        _ => false,
    };
    by_subject.then_some(By::Subject)
}

/// Is the negation right before the cue at byte `cue` one of ability ("can't", "cannot",
/// "couldn't")?
fn modal_negation(text: &str, cue: usize) -> bool {
    text[..cue]
        .split_whitespace()
        .next_back()
        .map(|w| w.to_lowercase().replace('’', "'"))
        .is_some_and(|w| matches!(w.as_str(), "can't" | "cannot" | "couldn't"))
}

/// Is what follows the cue of `d` a question (then no belief is held either way) — "did not say if …", "could not say exactly how
/// …", "did not explain why …": the words from the cue to the content's first word hold a
/// "whether"/"if" or a wh-word.
fn asks(text: &str, d: &Draft) -> bool {
    if d.content.0 < d.cue.1 {
        return false;
    }
    let end = text[d.content.0..d.content.1]
        .find(char::is_whitespace)
        .map_or(d.content.1, |i| d.content.0 + i);
    text[d.cue.1..end]
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .any(|w| {
            matches!(
                w.as_str(),
                "whether" | "if" | "how" | "why" | "what" | "when" | "where" | "who" | "which"
            )
        })
}

/// The stance of a statement whose cue is negated: "IS has not commented on their detention"
/// declines to comment; "No US official has confirmed the allegation", "No one believes the
/// figure" leave the content open (hedge); "he didn't think Boko Haram had agreed to a truce"
/// denies it; "I don't doubt that …" asserts it. Cues negated right before them that report
/// nothing never get here (`cues::plausible_cue`).
pub(super) fn negated_cue(text: &str, d: &Draft, stance: Stance) -> Stance {
    if !matches!(stance, Stance::Assert | Stance::Hedge | Stance::Deny) {
        return stance;
    }
    let Some(by) = negated_by(text, d) else {
        return stance;
    };
    let reading = reading(&text[d.cue.0..d.cue.1]);
    // "Wintour is not expected to …": a speakerless passive holds no belief to deny.
    let by = if matches!(d.speaker, Speaker::None) {
        By::Subject
    } else {
        by
    };
    // "I can't believe this is happening in 2014!": incredulity, no belief that it is not.
    let by = if by == By::Word && modal_negation(text, d.cue.0) {
        By::Subject
    } else {
        by
    };
    match (reading, by) {
        (Some(Reading::NoComment), _) => Stance::NoComment,
        (Some(Reading::Contrary), By::Word) if !asks(text, d) => Stance::Deny,
        (Some(Reading::Affirm), By::Word) if !asks(text, d) => Stance::Assert,
        _ => Stance::Hedge,
    }
}
