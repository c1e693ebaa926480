//! Event coding: who did what to whom, in CAMEO and PLOVER terms.
//!
//! Input: the text, its syntactic analysis ([`dossier_syntax::Doc`], built once per document),
//! the resolved actor mentions ([`ActorLayer`]) and the statements found by attribution. Output:
//! [`Event`]s with source, target, action (CAMEO code, PLOVER type, trigger words), object
//! ("short-range ballistic missiles"), modality and evidence span.
//!
//! The coder (`tree.rs`) reads predicate–argument frames off the dependency tree: triggers are
//! verbs by the tagger and event nouns with their own arguments, looked up by lemma in the CAMEO
//! verb dictionary ([`lexicon`]); roles come from the frame (doer, undergoer, indirect object,
//! the oblique the CAMEO class takes in `data/events/roles.tsv`); an actor is a participant
//! only when the argument's head is its mention; modality comes from the tree and the enclosing
//! statement. The CAMEO code is the most specific pattern of the verb block matched against the
//! verb's own phrase (`choose_code` in this module); a code `042:043` also gives the reciprocal
//! event (A visits B: B hosts A).

pub mod graph;
pub mod lexicon;
pub mod roles;
mod tree;

pub use graph::{relations, Relation};
pub use lexicon::{CameoInfo, EventLexicon, LexiconError};
pub use roles::Roles;

use crate::actors::ActorLayer;
use crate::model::{ActorRef, Event, Statement};
use lexicon::{Elem, VerbBlock};

/// Words skipped before a reciprocal pattern's first word ("clashed with *the* rebels").
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "'s", "our",
    "any", "such", "every", "each", "further", "new", "latest", "recent", "alleged", "reported",
];

fn word_eq(tok: &str, w: &str) -> bool {
    tok == w
        || tok.strip_suffix('s') == Some(w)
        || tok.strip_suffix("es") == Some(w)
        || w.strip_suffix('s') == Some(tok)
        || (tok.ends_with("ies") && w.ends_with('y') && tok[..tok.len() - 3] == w[..w.len() - 1])
}

/// Does `elems` match, in order and with gaps allowed, inside `words`?
fn match_seq(lex: &EventLexicon, elems: &[Elem], words: &[&str]) -> bool {
    match_seq_near(lex, elems, words, usize::MAX)
}

/// Like [`match_seq`], with the first element starting among the first `first_within` words.
fn match_seq_near(lex: &EventLexicon, elems: &[Elem], words: &[&str], first_within: usize) -> bool {
    let mut pos = 0usize;
    'outer: for (k, e) in elems.iter().enumerate() {
        let limit = if k == 0 {
            words.len().min(first_within)
        } else {
            words.len()
        };
        // A synonym set is looked up once per element, not at every position.
        let members = match e {
            Elem::Words(_) => &[][..],
            Elem::Synset(name) => lex.synset(name),
        };
        while pos < limit {
            let hit = match e {
                Elem::Words(ws) => phrase_at(ws, words, pos),
                Elem::Synset(_) => members
                    .iter()
                    .filter_map(|m| phrase_at(m, words, pos))
                    .max(),
            };
            if let Some(len) = hit {
                pos += len;
                continue 'outer;
            }
            pos += 1;
        }
        return false;
    }
    true
}

fn phrase_at(phrase: &[String], words: &[&str], pos: usize) -> Option<usize> {
    if pos + phrase.len() > words.len() || phrase.is_empty() {
        return None;
    }
    phrase
        .iter()
        .zip(&words[pos..])
        .all(|(p, w)| word_eq(w, p))
        .then_some(phrase.len())
}

/// The words a verb block's patterns are matched against (`tree::Coder::pattern_words`).
pub(crate) struct PatternWords<'a> {
    /// Up to six words of the sentence before the verb.
    pub before: Vec<&'a str>,
    /// For a passive its subject phrase first, then the verb's own phrase.
    pub after: Vec<&'a str>,
    /// Determiners opening an active verb's object ("slapped *the new* round of economic
    /// sanctions on Russia"): a coding pattern's first word may start this much further.
    pub lead: usize,
}

/// Pick the CAMEO code for a block given the words before and after the trigger.
fn choose_code(
    lex: &EventLexicon,
    block: &VerbBlock,
    words: &PatternWords,
    own: Option<&str>,
) -> Option<String> {
    let code = match best_pattern(lex, block, words) {
        Some(c) => c.to_string(),
        None => own.map(str::to_string).or_else(|| block.default.clone())?,
    };
    (code != "---" && !code.is_empty()).then_some(code)
}

/// The code of the most specific pattern of `block` that matches the words around the
/// trigger (`---` for an exclusion), if any.
fn best_pattern<'b>(
    lex: &EventLexicon,
    block: &'b VerbBlock,
    words: &PatternWords,
) -> Option<&'b str> {
    // The object's determiners widen the window only when nothing matched within it, so a
    // pattern found near the verb ("demanded a meeting" → 106) is never displaced by one
    // further on ("… of the U.N. Security Council" → "&security").
    best_pattern_within(lex, block, words, 5).or_else(|| {
        (words.lead > 0)
            .then(|| best_pattern_within(lex, block, words, 5 + words.lead))
            .flatten()
    })
}

/// [`best_pattern`] with a coding pattern's first word among the first `reach` words.
fn best_pattern_within<'b>(
    lex: &EventLexicon,
    block: &'b VerbBlock,
    words: &PatternWords,
    reach: usize,
) -> Option<&'b str> {
    let (before, after) = (&words.before[..], &words.after[..]);
    let mut best: Option<(usize, &str)> = None;
    for p in &block.patterns {
        let n = p.before.len() + p.after.len();
        if best.is_some_and(|(bn, _)| bn >= n) {
            continue;
        }
        // Exclusion patterns ("fight corruption" is not a fight) must match the words right
        // after the verb; coding patterns may have gaps.
        // Reciprocal patterns ("clash with": both sides fight) only when their words follow the
        // verb directly, so "attacked Kyiv with drones" stays one-sided.
        let after_ok = if p.code == "---" {
            // Past the object's determiners ("honoured its first promise").
            let skip = after.iter().take_while(|w| DETERMINERS.contains(w)).count();
            let at = &after[skip.min(after.len())..];
            p.after.is_empty() || match_seq(lex, &p.after, &at[..at.len().min(p.after.len() + 1)])
        } else if p.code.contains(':') {
            match p.after.first() {
                Some(first) => {
                    let skip = after.iter().take_while(|w| DETERMINERS.contains(w)).count();
                    let at = &after[skip.min(after.len())..];
                    match_seq(lex, std::slice::from_ref(first), &at[..at.len().min(1)])
                        && match_seq(lex, &p.after, after)
                }
                None => true,
            }
        } else {
            // The pattern describes the verb's own phrase: it starts within the next few words
            // and ends within the next ten ("said such a step enjoyed support" is not "say
            // support").
            match_seq_near(lex, &p.after, &after[..after.len().min(10)], reach)
        };
        if after_ok && match_seq(lex, &p.before, before) {
            best = Some((n, p.code.as_str()));
        }
    }
    best.map(|(_, c)| c)
}

/// Which event coder runs. The word-order coder that preceded the tree coder was removed once
/// the tree coder kept the storylines right; the enum stays so that the pipeline's call does not
/// change when another coder is tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Coder {
    /// Predicate–argument structure from the `Doc` (`tree.rs`).
    #[default]
    Tree,
}

/// The coder `extract_with` uses.
pub const PRODUCTION_CODER: Coder = Coder::Tree;

/// Code the events of one document from its syntactic analysis `doc` (built from `text`) with
/// the tree coder. A `Doc` that does not fit `text` (spans outside it) gives no events rather
/// than a panic.
pub fn extract(
    text: &str,
    doc: &dossier_syntax::Doc,
    actors: &ActorLayer,
    statements: &[Statement],
    lexicon: &EventLexicon,
) -> Vec<Event> {
    extract_by(Coder::Tree, text, doc, actors, statements, lexicon)
}

/// Code the events of one document with the given coder.
pub fn extract_by(
    coder: Coder,
    text: &str,
    doc: &dossier_syntax::Doc,
    actors: &ActorLayer,
    statements: &[Statement],
    lexicon: &EventLexicon,
) -> Vec<Event> {
    let coref = crate::coref::resolve(text, doc, actors);
    let actor_lex = crate::lexicon::Lexicon::embedded();
    extract_with_coref(
        coder, text, doc, actors, statements, lexicon, actor_lex, &coref,
    )
}

/// As [`extract_by`], with the document's coreference already resolved (the pipeline resolves
/// it once for events and claims) and the pipeline's actor lexicon (`actor_lex`, a `--lexicon`
/// overlay included: places and people's posts are read from it).
#[allow(clippy::too_many_arguments)]
pub fn extract_with_coref(
    coder: Coder,
    text: &str,
    doc: &dossier_syntax::Doc,
    actors: &ActorLayer,
    statements: &[Statement],
    lexicon: &EventLexicon,
    actor_lex: &crate::lexicon::Lexicon,
    coref: &crate::coref::Coref,
) -> Vec<Event> {
    match coder {
        Coder::Tree if tree::fits(doc, text) => tree::extract(
            text,
            doc,
            actors,
            statements,
            lexicon,
            actor_lex,
            Roles::builtin(),
            coref,
            None,
        ),
        Coder::Tree => Vec::new(),
    }
}

/// A trigger (a verb or event noun of the lexicon) that gave no event, and the stage of the
/// coder that dropped it (a guard or a missing argument: "no source participant", "no target
/// (class needs one)", "statement cue" …). For diagnosis (`dossier eval events --verbose`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// The trigger word as written.
    pub trigger: String,
    /// Byte offset of the trigger in the text.
    pub start: usize,
    pub stage: &'static str,
}

/// As [`extract`], also listing the triggers that gave no event and where they were dropped.
pub fn explain(
    text: &str,
    doc: &dossier_syntax::Doc,
    actors: &ActorLayer,
    statements: &[Statement],
    lexicon: &EventLexicon,
) -> (Vec<Event>, Vec<Dropped>) {
    if !tree::fits(doc, text) {
        return (Vec::new(), Vec::new());
    }
    let coref = crate::coref::resolve(text, doc, actors);
    let trace = std::cell::RefCell::new(Vec::new());
    let evs = tree::extract(
        text,
        doc,
        actors,
        statements,
        lexicon,
        crate::lexicon::Lexicon::embedded(),
        Roles::builtin(),
        &coref,
        Some(&trace),
    );
    (evs, trace.into_inner())
}

/// The actor a speaker speaks for: the statement's `on_behalf_of`, else the speaker's country.
/// The modality of an event from what was found around its trigger: inside a statement the
/// statement's stance decides first (a denial, a condition), else the clause's own markers;
/// outside, the markers alone. Shared by both coders.
fn combine_modality(
    statement: Option<&Statement>,
    denied: bool,
    negated: bool,
    hypothetical: bool,
    future: bool,
) -> crate::model::Modality {
    use crate::model::{Modality, Stance};
    if let Some(s) = statement {
        return match s.stance {
            Stance::Deny => Modality::Denied,
            _ if denied => Modality::Denied,
            // "Russia did not attack Kyiv, officials said": reported non-occurrence.
            _ if negated => Modality::Negated,
            Stance::Conditional => Modality::Hypothetical,
            _ if hypothetical => Modality::Hypothetical,
            _ if future => Modality::Future,
            _ => Modality::Reported,
        };
    }
    if denied {
        Modality::Denied
    } else if negated {
        Modality::Negated
    } else if hypothetical {
        Modality::Hypothetical
    } else if future {
        Modality::Future
    } else {
        Modality::Asserted
    }
}

fn speaker_side(s: &Statement, layer: &ActorLayer) -> Option<ActorRef> {
    if let Some(b) = &s.on_behalf_of {
        return Some(ActorRef {
            id: b.id.clone(),
            name: b.name.clone(),
            mention: None,
        });
    }
    let speaker = layer.actors.iter().find(|a| a.id == s.speaker.id)?;
    let country = speaker.country.as_ref()?;
    let name = layer
        .actors
        .iter()
        .find(|a| &a.id == country)
        .map_or_else(|| country.clone(), |a| a.name.clone());
    Some(ActorRef {
        id: country.clone(),
        name,
        mention: None,
    })
}

/// The innermost statement whose content holds character `char_pos`.
fn containing_statement(char_pos: usize, statements: &[Statement]) -> Option<&Statement> {
    statements
        .iter()
        .filter(|s| s.content.start <= char_pos && char_pos < s.content.end)
        .min_by_key(|s| s.content.end - s.content.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_matching_tolerates_plurals() {
        assert!(word_eq("missiles", "missile"));
        assert!(word_eq("missile", "missiles"));
        assert!(word_eq("supplies", "supply"));
        assert!(!word_eq("mission", "missile"));
    }
}
