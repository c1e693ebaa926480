//! Salience for speaker pronouns: which earlier speaker a "he", "she", "it" or "they" may take
//! (one unnamed person, a plural group, the last speaker written as more than a pronoun, no
//! closer fitting actor in between) and how far back. Split from `resolve.rs`, which calls
//! them.

use super::resolve::{is_pronoun_text, Prior};
use super::*;

/// How many earlier speakers a pronoun may refer back to, and a description ("the
/// commissioner") or a bare surname: beyond that the referent is no longer salient and the
/// phrase stays as written (and the look-up stays bounded, so time is linear in the text).
pub(super) const SALIENCE: usize = 8;
pub(super) const SALIENCE_NAMED: usize = 32;

/// Whether an unnamed speaker phrase describes one person: introduced by "a", "an", "the" or
/// "one", its head (the last word before a preposition) a noun of one person
/// (`person_heads.tsv`: "a ministry spokesman", "the author", "a police source"; not
/// "officials", "one of the guys tackling", "the cable company").
pub(super) fn one_person(phrase: &str) -> bool {
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    let head = words
        .iter()
        .skip(1)
        .take_while(|w| {
            !matches!(
                w.as_str(),
                "of" | "for" | "at" | "from" | "with" | "in" | "to"
            )
        })
        .last();
    matches!(first.as_str(), "a" | "an" | "the" | "one")
        && head.is_some_and(|h| Lexicon::get().person_heads.contains(h))
}

/// Is another actor that could take a pronoun named after the earlier speaker `h` was last
/// named — in a later sentence, before the pronoun at `s`? Then that speaker is not the nearest
/// fitting antecedent ("US Central Command announced two strikes … to lift an Isis siege on
/// Mount Sinjar, where it chased …": "it" is not Central Command).
pub(super) fn closer_antecedent(
    actors: &ActorLayer,
    offsets: &Offsets,
    text: &str,
    h: &Prior,
    s: usize,
    fits: &dyn Fn(&crate::actors::ActorEntry) -> bool,
) -> bool {
    let window = actors.mentions_in(s.saturating_sub(3000), s);
    let Some(idx) = actors.actor_by_id(&h.0.id) else {
        // An unnamed speaker the layer has no actor for ("a police source said"): a fitting
        // actor named after its phrase, past a sentence end, is nearer ("… said a police
        // source. He woke up … Things will be okay for Nikolaev. He now works …").
        let Some(end) = h.0.mention.as_ref().map(|m| offsets.byte_offset(m.end)) else {
            return false;
        };
        return window.iter().any(|m| {
            m.start > end
                && m.form != MentionForm::Pronoun
                && text
                    .get(end..m.start)
                    .is_some_and(|t| t.contains(['.', '!', '?', '\n']))
                && fits(&actors.actors[m.actor])
        });
    };
    let Some(last) = window.iter().rposition(|m| m.actor == idx) else {
        return false;
    };
    let sentence = window[last].sentence;
    window[last + 1..].iter().any(|m| {
        m.sentence > sentence
            && m.actor != idx
            && m.form != MentionForm::Pronoun
            && fits(&actors.actors[m.actor])
    })
}

/// The unnamed person of the pronoun's gender that a clause above the pronoun at `s` has as its
/// subject ([`crate::actors::unnamed_subject_antecedent`]), unless a person mention covers it.
pub(super) fn described_subject(
    doc: &dossier_syntax::Doc,
    s: usize,
    gender: Option<char>,
    actors: &ActorLayer,
) -> Option<(usize, usize)> {
    let covered = |a: usize, b: usize| {
        actors
            .mentions_in(a, b)
            .iter()
            .any(|m| actors.actors[m.actor].kind == ActorKind::Person)
    };
    crate::actors::unnamed_subject_antecedent(doc, s, gender?, &covered)
}

/// The latest earlier speaker written as more than a pronoun.
pub(super) fn last_speaker(history: &[Prior]) -> Option<Prior> {
    history
        .iter()
        .rev()
        .take(SALIENCE)
        .find(|h| !is_pronoun_text(&h.2))
        .cloned()
}

/// Is a speaker phrase headed by a plural noun ("Friends of the men", "the families")? Its
/// head is the last word before a preposition.
pub(super) fn plural_phrase(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let prep = words
        .iter()
        .position(|w| matches!(*w, "of" | "for" | "at" | "from" | "with" | "in" | "to"))
        .unwrap_or(words.len());
    words[..prep].last().is_some_and(|w| {
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
    })
}
