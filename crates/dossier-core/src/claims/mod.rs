//! Per-document claims: statements and events turned into normalised propositions.
//!
//! A proposition is `subject – predicate – target – object` (Iran – transfer – Russia –
//! missiles). The same proposition in other words gets the same [`claim_key`]:
//!
//! - predicates by meaning: every verb form in `data/claims/predicates.tsv` maps to one class
//!   (sent, supplied, delivered → `transfer`); CAMEO code prefixes are the fallback;
//! - objects by head and class (`data/claims/objects.tsv`): "short-range ballistic missiles",
//!   "Fath-360 missiles" → `missiles`; "Shahed drones", "UAVs" → `drones`;
//! - actors by id, a state's bodies and officials folded into the state (`IRN.IRGC` → `IRN`):
//!   "the IRGC sent missiles" and "Iran sent missiles" are one claim.
//!
//! Keys hash only those normalised parts, so any shard of any corpus computes the same key for
//! the same proposition: stores merge without coordination.
//!
//! Each proposition also yields a [`LedgerEntry`]: who bears on it (the statement's speaker, or
//! the outlet in its own voice), with what stance, on what sourcing, and the evidence span.

mod alignment;
mod around;
mod assemble;
mod cataphora;
mod compute;
mod content;
mod deny_scope;
mod depicted;
mod doc_claim;
mod event_checks;
mod frame_mend;
mod hands;
mod hedge_complement;
mod identity;
mod in_document;
mod infection;
mod injury;
mod lexicon;
mod misread;
mod nominal;
mod office;
mod own_voice;
mod participant;
mod pointers;
mod prop_stance;
pub mod props;
mod refusal;
mod relation;
mod relative;
mod syn;
#[cfg(test)]
mod tests_acts;
#[cfg(test)]
mod tests_attach;
#[cfg(test)]
mod tests_deaths;
#[cfg(test)]
mod tests_described16;
#[cfg(test)]
mod tests_goals15;
#[cfg(test)]
mod tests_identity;
#[cfg(test)]
mod tests_lede;
#[cfg(test)]
mod tests_particles31;
#[cfg(test)]
mod tests_passive;
#[cfg(test)]
mod tests_pointers25;
#[cfg(test)]
mod tests_precision13;
#[cfg(test)]
mod tests_props;
#[cfg(test)]
mod tests_session17;
#[cfg(test)]
mod tests_session18;
#[cfg(test)]
mod tests_session19;
#[cfg(test)]
mod tests_session20;
#[cfg(test)]
mod tests_session21;
#[cfg(test)]
mod tests_session22;
#[cfg(test)]
mod tests_session23;
#[cfg(test)]
mod tests_session24;
#[cfg(test)]
mod tests_session25;
#[cfg(test)]
mod tests_session26;
#[cfg(test)]
mod tests_session27;
#[cfg(test)]
mod tests_session28;
#[cfg(test)]
mod tests_session29;
#[cfg(test)]
mod tests_session30;
#[cfg(test)]
mod tests_session31;
#[cfg(test)]
mod tests_session32;
#[cfg(test)]
mod tests_session33;
#[cfg(test)]
mod tests_session33b;
#[cfg(test)]
mod tests_session34;
#[cfg(test)]
mod tests_session34b;
#[cfg(test)]
mod tests_source_phrase;
#[cfg(test)]
mod tests_states;
#[cfg(test)]
mod tests_subjects;
mod unrealised;
mod verb_fit;
mod verdict;

use crate::actors::slug;
pub use alignment::ALIGN;
use compute::{compute, ledger_stance};
use lexicon::contains_words;
pub use lexicon::{ClaimLexicon, PASSIVE};
pub(crate) use pointers::is_anaphoric;

use crate::ledger::{EntrySource, LedgerEntry, Voice};
use crate::model::{
    ActorRef, DocClaim, Event, Extraction, Modality, Polarity, Sourcing, Span, Stance, Statement,
};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const STATES_TSV: &str = include_str!("../../../../data/lexicon/states.tsv");

/// Is `id` the ISO 3166 alpha-3 id of a state in the actor lexicon (`IRN`, `RUS`)? Namespaces
/// such as `IGO`, `ORG`, `OUTLET`, `PERSON` are not states even when they have three letters.
pub fn is_state_id(id: &str) -> bool {
    static STATES: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    STATES
        .get_or_init(|| {
            STATES_TSV
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split('\t').next())
                .map(str::trim)
                .filter(|id| id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase()))
                .collect()
        })
        .contains(id)
}

/// A state's bodies and officials are folded into the state: `IRN.IRGC` → `IRN`. Only real
/// state prefixes fold: `IGO.EU` stays `IGO.EU`; and a party the lexicon lists as an
/// organisation of the state is no organ of it ("Republicans accused the president" is not the
/// United States accusing its president): `USA.GOP` stays `USA.GOP`.
pub fn claim_actor_id(id: &str) -> &str {
    match id.split_once('.') {
        Some((state, _))
            if is_state_id(state)
                && crate::lexicon::Lexicon::embedded()
                    .entry(id)
                    .is_none_or(|e| e.kind != crate::model::ActorKind::Organisation) =>
        {
            state
        }
        _ => id,
    }
}

/// The deterministic key of a proposition (24 hex digits of BLAKE3 over its normalised parts).
pub fn claim_key(
    subject: &str,
    predicate: &str,
    target: Option<&str>,
    object: Option<&str>,
) -> String {
    let canonical = format!(
        "claim/v1|{}|{}|{}|{}",
        claim_actor_id(subject),
        predicate,
        target.map(claim_actor_id).unwrap_or(""),
        object.unwrap_or("")
    );
    blake3::hash(canonical.as_bytes()).to_hex()[..24].to_string()
}

/// A document's propositions, each with the ledger entry it contributes.
#[derive(Debug, Clone, PartialEq)]
pub struct DocClaimEntry {
    pub claim: DocClaim,
    /// `None` for stances that do not bear on status (conditional, question, no comment).
    pub entry: Option<LedgerEntry>,
}

/// Turn a document's events and statements into claims and ledger entries.
///
/// - An event inside a statement takes the statement's speaker and stance; a negated or denied
///   event makes it a denial ("Kanaani said Iran has not delivered missiles").
/// - An event in the article's own voice is asserted (or denied, if negated) by the outlet.
/// - A denial or assertion without a proposition of its own ("Nozari dismissed the claims",
///   "he denied it") bears on the nearest claim before it in the document, else the first.
///
/// The claims are the extraction's own (`x.claims`, what `dossier extract` printed), so the
/// store files exactly those; an extraction without claims (built by hand) gets them computed
/// from its events and statements, without syntax.
pub fn doc_claims(x: &Extraction, lex: &ClaimLexicon) -> Vec<DocClaimEntry> {
    let claims = if x.claims.is_empty() {
        compute(x, lex, None, None)
            .into_iter()
            .map(|c| c.claim)
            .collect()
    } else {
        x.claims.clone()
    };
    claims
        .into_iter()
        .map(|claim| DocClaimEntry {
            entry: entry_for(x, &claim),
            claim,
        })
        .collect()
}

/// The document's claims, read with its syntax (`doc` from `dossier_syntax::parse(text)`):
/// events' claims as before (targets checked against the tree), plus a proposition from the
/// content of every statement (see [`props`]), hedges and earlier statements placed.
pub fn extract_claims(
    x: &Extraction,
    text: &str,
    doc: &dossier_syntax::Doc,
    lex: &ClaimLexicon,
) -> Vec<DocClaim> {
    read_claims(x, text, doc, lex, crate::lexicon::Lexicon::embedded(), &[]).0
}

/// A lede's unnamed person the next sentences name (`cataphora.rs`): the actor ids of the
/// description ("an American journalist") and of the person ("James Wright Foley").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedeName {
    pub described: String,
    pub named: String,
}

/// As [`extract_claims`], with the document's descriptions resolved by coreference (the
/// pipeline passes [`crate::coref`]'s links), so "the militant group" can be a proposition's
/// subject, and the actor lexicon the pipeline was given (`--lexicon` overlays: a state's
/// plural demonym is read from it). Also returns the lede descriptions it read as named people,
/// so the pipeline gives their statements the same speaker as their claims.
pub fn read_claims(
    x: &Extraction,
    text: &str,
    doc: &dossier_syntax::Doc,
    lex: &ClaimLexicon,
    actor_lex: &crate::lexicon::Lexicon,
    coref: &[props::CorefLinkRef],
) -> (Vec<DocClaim>, Vec<LedeName>) {
    let mut syn = props::Syn::with_coref(x, text, doc, coref, actor_lex);
    let names = syn
        .as_mut()
        .map(|s| s.name_lede_descriptions(x, lex))
        .unwrap_or_default();
    let names: Vec<LedeName> = names
        .into_iter()
        .map(|(from, to)| LedeName {
            described: x.actors[from].id.clone(),
            named: x.actors[to].id.clone(),
        })
        .collect();
    // "AN American journalist … has reportedly been executed by IS": the event's victim is the
    // person the lede names, and so is its claim's.
    let named_events;
    let ex = if names
        .iter()
        .any(|n| x.events.iter().any(|e| in_event(e, &n.described)))
    {
        let mut y = x.clone();
        for e in &mut y.events {
            name_event_parties(e, &x.actors, &names);
        }
        named_events = y;
        &named_events
    } else {
        x
    };
    let claims = compute(ex, lex, Some(text), syn.as_ref())
        .into_iter()
        .map(|c| c.claim)
        .collect();
    (claims, names)
}

fn in_event(e: &crate::model::Event, id: &str) -> bool {
    std::iter::once(&e.source)
        .chain(&e.target)
        .chain(&e.co_sources)
        .chain(&e.co_targets)
        .any(|r| r.id == id)
}

/// Gives `r` the named person's id and name when it is a lede's described person (the mention
/// stays the words the text used); whether it did.
pub fn name_described(
    r: &mut ActorRef,
    actors: &[crate::model::Actor],
    names: &[LedeName],
) -> bool {
    let named = names
        .iter()
        .find(|n| n.described == r.id)
        .and_then(|n| actors.iter().find(|a| a.id == n.named));
    if let Some(a) = named {
        r.id = a.id.clone();
        r.name = a.name.clone();
    }
    named.is_some()
}

/// Gives an event's parties that are a lede's described person the named person's id and name
/// (the mention stays the words the text used).
pub fn name_event_parties(
    e: &mut crate::model::Event,
    actors: &[crate::model::Actor],
    names: &[LedeName],
) {
    let rename = |r: &mut ActorRef| {
        name_described(r, actors, names);
    };
    rename(&mut e.source);
    e.target.iter_mut().for_each(rename);
    e.co_sources.iter_mut().for_each(rename);
    e.co_targets.iter_mut().for_each(rename);
}

/// The ledger entry a claim contributes: its statement's speaker, relay chain and sourcing (the
/// statement's content as evidence), or the outlet in its own voice; `None` for stances that do
/// not bear on status.
pub fn entry_for(x: &Extraction, claim: &DocClaim) -> Option<LedgerEntry> {
    let ls = ledger_stance(claim.stance)?;
    let country = |id: &str| {
        x.actors
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.country.clone())
            .or_else(|| {
                let s = claim_actor_id(id);
                is_state_id(s).then(|| s.to_string())
            })
    };
    let voice = |r: &ActorRef| Voice {
        id: r.id.clone(),
        name: r.name.clone(),
        country: country(&r.id),
    };
    let statement = claim
        .statement
        .as_deref()
        .and_then(|id| x.statements.iter().find(|s| s.id == id));
    Some(match statement {
        Some(s) => LedgerEntry {
            document: x.document.id.clone(),
            published: x.document.published.clone(),
            outlet: x.document.outlet.clone(),
            speaker: voice(&s.speaker),
            via: s.via.iter().map(voice).collect(),
            stance: ls,
            sourcing: s.sourcing,
            source: EntrySource::Statement,
            evidence: s.content.clone(),
            date: s.date.clone(),
        },
        // "has been identified by British intelligence as …": the one who identifies.
        None if claim.asserted_by.is_some() => {
            let by = claim.asserted_by.as_ref().unwrap_or(&claim.subject);
            LedgerEntry {
                document: x.document.id.clone(),
                published: x.document.published.clone(),
                outlet: x.document.outlet.clone(),
                speaker: voice(by),
                via: Vec::new(),
                stance: ls,
                sourcing: if by.id.starts_with("PERSON.") {
                    Sourcing::Named
                } else {
                    Sourcing::OfficialBody
                },
                source: EntrySource::Statement,
                evidence: claim.evidence.clone(),
                date: None,
            }
        }
        None => {
            let name = x
                .document
                .outlet
                .clone()
                .unwrap_or_else(|| "the article".to_string());
            LedgerEntry {
                document: x.document.id.clone(),
                published: x.document.published.clone(),
                outlet: x.document.outlet.clone(),
                speaker: Voice {
                    id: format!("OUTLET.{}", slug(&name)),
                    name,
                    country: None,
                },
                via: Vec::new(),
                stance: ls,
                sourcing: Sourcing::Outlet,
                source: EntrySource::Event,
                evidence: claim.evidence.clone(),
                date: claim
                    .event
                    .as_deref()
                    .and_then(|id| x.events.iter().find(|e| e.id == id))
                    .and_then(|e| e.date.clone()),
            }
        }
    })
}

/// A span for tests and callers that build facts by hand.
pub fn span(text: &str, start: usize) -> Span {
    Span {
        start,
        end: start + text.chars().count(),
        text: text.to_string(),
    }
}

#[cfg(test)]
mod tests;
