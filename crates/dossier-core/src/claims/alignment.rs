//! Alignment propositions: "Iran is a key partner of Russia" and "Iran supports no party" read
//! off a statement's content as one claim ("Iran takes sides in the conflict") with opposite
//! stances.

use crate::model::{ActorRef, Extraction, Span, Stance, Statement};

/// The predicate of alignment propositions ("Iran is a key partner", "Iran supports no party").
pub const ALIGN: &str = "align";

/// Copulas before a partner noun: "is a key partner", "has been a close ally". The partner
/// nouns (`alignnoun`) and the phrases of neutrality (`neutral`, "supports no party") are data
/// (`data/claims/frames.tsv`).
const COPULAS: &[&str] = &[
    "is", "was", "remains", "has", "had", "been", "become", "became",
];

/// The alignment proposition a statement's content states, if any: its subject (an actor named
/// at the start of the content) and the statement's stance — turned into a denial when the
/// content declares neutrality. The proposition has no target: "Iran is a key partner of
/// Russia" and "Iran supports no party" must meet on one claim ("Iran takes sides in the
/// conflict") for their contradiction to show; the side named stays in the evidence.
pub(super) fn copular_proposition(x: &Extraction, s: &Statement) -> Option<(ActorRef, Stance)> {
    let content = &s.content;
    let chars: Vec<char> = content.text.chars().collect();
    // The subject: a mention starting the content (after an optional "that").
    let mut mentions: Vec<(&crate::model::Actor, &Span)> = x
        .actors
        .iter()
        .flat_map(|a| a.mentions.iter().map(move |m| (a, m)))
        .filter(|(_, m)| m.start >= content.start && m.end <= content.end)
        .collect();
    mentions.sort_by_key(|(_, m)| m.start);
    let (subject, sm) = *mentions.first()?;
    let lead: String = chars.get(..sm.start - content.start)?.iter().collect();
    let lead = lead.trim().to_lowercase();
    if !(lead.is_empty() || lead == "that") {
        return None;
    }
    if matches!(
        subject.kind,
        crate::model::ActorKind::Person | crate::model::ActorKind::Outlet
    ) {
        return None;
    }
    let rest: String = chars.get(sm.end - content.start..)?.iter().collect();
    let rest = rest.to_lowercase();
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let subject_ref = ActorRef {
        id: subject.id.clone(),
        name: subject.name.clone(),
        mention: Some(sm.clone()),
    };
    let phrase = words.join(" ");
    let lex = super::lexicon::ClaimLexicon::embedded();
    if lex
        .listed("neutral")
        .iter()
        .any(|n| phrase.starts_with(n.as_str()))
    {
        return Some((subject_ref, Stance::Deny));
    }
    // "is a key partner", "has been a close ally of Russia": a copula, then a partner noun
    // within a few words.
    if !words.first().is_some_and(|w| COPULAS.contains(w)) {
        return None;
    }
    let noun_at = words.iter().take(7).position(|w| lex.is("alignnoun", w))?;
    if words[..noun_at]
        .iter()
        .any(|w| ["not", "no", "never"].contains(w))
    {
        return Some((subject_ref, Stance::Deny));
    }
    Some((subject_ref, s.stance))
}
