//! Resolution within one document: a proposition missing a role takes it from another one of
//! the same document about the same thing (a doer, a recipient), and a patient-centred passive
//! ("Baghdadi was killed") is the same claim as the document's proposition naming who did it.

use super::compute::NEEDS_OBJECT;
use super::*;

/// Within one document, a proposition missing a role takes it from an earlier one about the
/// same thing: "Tehran sent ballistic missiles … officials denied that any missiles were
/// delivered" → the denial is about Iran's transfer; "Iran sent missiles" after "Iran sent
/// missiles to Russia" is about Russia. A denial limited in time ("has not sent drones since the
/// war began") does not take a target: it does not deny the unlimited claim. Propositions left
/// without a subject are dropped.
pub(super) fn resolve_in_document(out: &mut Vec<DocClaimEntry>) {
    let snapshot: Vec<DocClaim> = out.iter().map(|c| c.claim.clone()).collect();
    let mut keep = vec![true; out.len()];
    for (i, c) in out.iter_mut().enumerate() {
        let claim = &mut c.claim;
        if claim.event.is_some() || claim.predicate.ends_with(PASSIVE) {
            continue;
        }
        let same_thing = |o: &&DocClaim| {
            o.predicate == claim.predicate
                && o.object == claim.object
                && !o.subject.id.is_empty()
                && o.evidence != claim.evidence
        };
        if claim.subject.id.is_empty() {
            let from = snapshot
                .iter()
                .filter(same_thing)
                .filter(|o| o.evidence.start < claim.evidence.start)
                .max_by_key(|o| o.evidence.start);
            match from {
                Some(o) => {
                    claim.subject = o.subject.clone();
                    claim.subject_text = o.subject_text.clone();
                    claim.subject_head = o.subject_head.clone();
                    if claim.target.is_none() {
                        claim.target = o.target.clone();
                    }
                    let note = format!("doer from '{}'", o.evidence.text);
                    claim.merge = Some(match claim.merge.take() {
                        Some(m) => format!("{m}; {note}"),
                        None => note,
                    });
                }
                None => keep[i] = false,
            }
        }
        if claim.target.is_none()
            && NEEDS_OBJECT.contains(&claim.predicate.as_str())
            && !(claim.polarity == Some(Polarity::Negative) && claim.time.is_some())
        {
            let targets: Vec<&DocClaim> = snapshot
                .iter()
                .filter(same_thing)
                .filter(|o| o.subject.id == claim.subject.id && o.target.is_some())
                .collect();
            let first = targets.first().and_then(|o| o.target.as_ref());
            if let Some(t) = first.filter(|t| {
                targets
                    .iter()
                    .all(|o| o.target.as_ref().is_some_and(|u| u.id == t.id))
            }) {
                claim.target = Some(t.clone());
                let note = format!("target {} from the same document", t.name);
                claim.merge = Some(match claim.merge.take() {
                    Some(m) => format!("{m}; {note}"),
                    None => note,
                });
            }
        }
        if !claim.subject.id.is_empty() {
            claim.key = claim_key(
                &claim.subject.id,
                &claim.predicate,
                claim.target.as_ref().map(|t| t.id.as_str()),
                claim.object.as_deref(),
            );
        }
    }
    let mut k = keep.into_iter();
    out.retain(|_| k.next().unwrap_or(true));
    passive_to_doer(out);
}

/// "Baghdadi was killed" (nobody named doing it) in a document that says who killed him ("US
/// air strikes killed Baghdadi") is that proposition, not a second claim: it takes the doer,
/// when the document names exactly one for that act on that person. Its own polarity and stance
/// stay ("Baghdadi has not been killed" denies the doer's claim).
fn passive_to_doer(out: &mut [DocClaimEntry]) {
    let snapshot: Vec<DocClaim> = out.iter().map(|c| c.claim.clone()).collect();
    for c in out.iter_mut() {
        let claim = &mut c.claim;
        let Some(class) = claim.predicate.strip_suffix(PASSIVE) else {
            continue;
        };
        if claim.subject.id.is_empty() {
            continue;
        }
        let doers: Vec<&DocClaim> = snapshot
            .iter()
            .filter(|o| {
                o.predicate == class
                    && !o.subject.id.is_empty()
                    && o.target.as_ref().is_some_and(|t| t.id == claim.subject.id)
            })
            .collect();
        let Some(o) = doers.first() else {
            continue;
        };
        if doers.iter().any(|d| d.subject.id != o.subject.id) {
            // Two doers named for one act: which one the passive means is not said.
            continue;
        }
        let note = format!(
            "'{}' was {} ({}): the same act as '{}' in this document",
            claim.subject.name, class, claim.predicate, o.evidence.text
        );
        claim.target = Some(claim.subject.clone());
        claim.subject = o.subject.clone();
        claim.subject_text = o.subject_text.clone();
        claim.subject_head = o.subject_head.clone();
        claim.predicate = class.to_string();
        claim.object = o.object.clone();
        claim.key = o.key.clone();
        claim.merge = Some(match claim.merge.take() {
            Some(m) => format!("{m}; {note}"),
            None => note,
        });
    }
}

/// Unnamed people ("two aid workers were kidnapped", "Islamic State militants were killed") are
/// keyed by what the words say of them: the head noun, the number, and the actor they belong to
/// or the place named with them ("10 ISIS fighters", "two aid workers near Azaz"). With an
/// affiliation or a place they merge across articles only with the same head, number and
/// affiliation or place (`ENTITY.fighter+10+GROUP.ISIS`); with neither ("two soldiers were
/// killed", "the nurse") nothing says two articles mean the same people, so their stand-in id
/// carries the document (`ENTITY.soldier@35325aa4`). Named subjects, actors and things ("the
/// jets were stolen") merge as before.
pub(super) fn unnamed_people_keyed(
    out: &mut [DocClaimEntry],
    lex: &ClaimLexicon,
    syn: Option<&super::props::Syn>,
    x: &Extraction,
) {
    let document = x.document.id.as_str();
    if document.is_empty() {
        return;
    }
    for c in out.iter_mut() {
        let claim = &mut c.claim;
        let people = claim.subject.id.starts_with("ENTITY.")
            && !claim.subject.id.contains('@')
            && !claim.subject.id.contains('+')
            && claim
                .subject_head
                .as_deref()
                .is_some_and(|h| lex.is("people", h) || lex.is("member", h));
        if !people {
            continue;
        }
        let words = claim.subject_text.clone().unwrap_or_default();
        let number = words
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .find_map(|w| number_of(lex, &w));
        let affiliation = syn.and_then(|syn| affiliation_of(syn, x, claim, &words));
        let place = claim.place.as_deref().and_then(|p| place_words(lex, p));
        let anchor = affiliation
            .clone()
            .map(|a| ("affiliation", a))
            .or(place.map(|p| ("place", p)));
        let (id, note) = match anchor {
            Some((kind, a)) => {
                let mut id = claim.subject.id.clone();
                if let Some(n) = &number {
                    id.push_str(&format!("+{n}"));
                }
                id.push_str(&format!("+{a}"));
                let note = format!(
                    "'{}' names no one: keyed by head '{}'{}, {kind} {a}; merges across articles only when these agree",
                    claim.subject.name,
                    claim.subject_head.as_deref().unwrap_or(""),
                    number.as_deref().map(|n| format!(", number {n}")).unwrap_or_default(),
                );
                (id, note)
            }
            None => {
                // The stand-in id carries the document (its first 8 hex digits), so the key
                // stays recomputable from the claim's parts.
                let scope: String = document.chars().take(8).collect();
                (
                    format!("{}@{scope}", claim.subject.id),
                    format!(
                        "'{}' names no one and no affiliation or place: a claim of this document only",
                        claim.subject.name
                    ),
                )
            }
        };
        claim.subject.id = id;
        claim.key = claim_key(
            &claim.subject.id,
            &claim.predicate,
            claim.target.as_ref().map(|t| t.id.as_str()),
            claim.object.as_deref(),
        );
        claim.merge = Some(match claim.merge.take() {
            Some(m) => format!("{m}; {note}"),
            None => note,
        });
    }
}

/// A number word or numeral of a subject phrase, as digits ("two" → 2, "10" → 10).
fn number_of(lex: &ClaimLexicon, w: &str) -> Option<String> {
    if !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) {
        return Some(w.trim_start_matches('0').to_string()).filter(|n| !n.is_empty());
    }
    lex.listed("numbers")
        .iter()
        .position(|n| n == w)
        .map(|k| (k + 1).to_string())
}

/// The actor the unnamed people belong to, named inside their own phrase ("ISIS fighters",
/// "Iraqi pilots", "a British jihadist"): the one actor (state or organisation, folded) whose
/// mention lies inside the subject words in the claim's evidence.
fn affiliation_of(
    syn: &super::props::Syn,
    x: &Extraction,
    claim: &DocClaim,
    words: &str,
) -> Option<String> {
    if words.is_empty() {
        return None;
    }
    let at = claim.evidence.text.find(words)?;
    let start = claim.evidence.start + claim.evidence.text[..at].chars().count();
    let end = start + words.chars().count();
    let mut ids: Vec<String> = x
        .actors
        .iter()
        .filter(|a| {
            !matches!(
                a.kind,
                crate::model::ActorKind::Person | crate::model::ActorKind::Outlet
            )
        })
        .filter(|a| a.mentions.iter().any(|m| m.start >= start && m.end <= end))
        .map(|a| claim_actor_id(&a.id).to_string())
        .collect();
    let _ = syn;
    ids.sort();
    ids.dedup();
    (ids.len() == 1).then(|| ids.remove(0))
}

/// The proper names of a place phrase, as a slug ("near the town of Azaz" → "azaz").
fn place_words(lex: &ClaimLexicon, place: &str) -> Option<String> {
    // "near the town of Azaz on Friday": a weekday or month is no place.
    let names: Vec<&str> = place
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| !lex.is("time", &w.to_lowercase()))
        .collect();
    (!names.is_empty()).then(|| crate::actors::slug(&names.join(" ")))
}
