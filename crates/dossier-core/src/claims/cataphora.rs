//! A news lede's unnamed person named in the next sentences: "An American journalist who has
//! been missing for almost two years has reportedly been executed by IS. James Wright Foley went
//! missing in 2012 …" — the journalist is Foley. The actor layer keeps "an American journalist"
//! an unnamed person of the document; the claims stage reads it as the person named right after
//! it, so the proposition is about someone an analyst can track.
//!
//! Narrow on purpose: the description is indefinite ("a"/"an") and headed by a `people` noun of
//! `data/claims/frames.tsv` (journalist, man, nurse, hostage — not an official, a spokesman or a
//! witness, who are sources, not the story's subject); the named person is the next person the
//! text introduces, in one of the next two sentences, as the subject of their clause; a role the
//! text gives them holds the description's head ("a nurse" … "nurse Nina Pham") and a country
//! both have agrees.

use super::syn::Syn;
use super::ClaimLexicon;
use crate::model::{ActorKind, Extraction};
use dossier_syntax::Rel;

/// The described person `from` is the named person `to` (indices into `x.actors`), with the
/// words first naming `to`.
pub(super) struct Named {
    pub(super) from: usize,
    pub(super) to: usize,
    pub(super) words: String,
}

/// Every lede description of the document that the next sentences name.
pub(super) fn lede_descriptions(syn: &Syn, x: &Extraction, lex: &ClaimLexicon) -> Vec<Named> {
    let doc = syn.doc;
    let person = |ai: usize| x.actors[ai].kind == ActorKind::Person;
    let first = |ai: usize| x.actors[ai].mentions.iter().min_by_key(|m| m.start);
    let mut out = Vec::new();
    for (ui, u) in x.actors.iter().enumerate() {
        if !person(ui) || !u.id.contains('@') {
            continue;
        }
        let Some(m) = first(ui) else { continue };
        let words: Vec<String> = m
            .text
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        let (Some(article), Some(head)) = (words.first(), words.last()) else {
            continue;
        };
        if !matches!(article.as_str(), "a" | "an") || !lex.is("people", head) {
            continue;
        }
        let ut = syn.tokens_in(m.start, m.end);
        if ut.is_empty() {
            continue;
        }
        // The description is what its own clause is about too ("An American journalist … has
        // been executed"), not a predicate noun ("to be an ISIS fighter") or an object ("freed
        // a U.S. hostage, who was not named").
        if !is_subject(syn, ut.clone()) {
            continue;
        }
        let su = doc.sentence_of(ut.start);
        // The next person the text introduces after the description, named or not.
        let Some((ni, n)) = (0..x.actors.len())
            .filter(|&a| a != ui && person(a))
            .filter_map(|a| first(a).map(|f| (a, f)))
            .filter(|(_, f)| f.start >= m.end)
            .min_by_key(|(_, f)| f.start)
        else {
            continue;
        };
        let named = &x.actors[ni];
        if named.id.contains('@') {
            continue;
        }
        let nt = syn.tokens_in(n.start, n.end);
        if nt.is_empty() {
            continue;
        }
        let sn = doc.sentence_of(nt.start);
        if sn <= su || sn > su + 2 {
            continue;
        }
        // The name is what its clause is about: the subject ("James Wright Foley went
        // missing …"), not someone else's object or a name in passing.
        if !is_subject(syn, nt) {
            continue;
        }
        // "A student asked President Obama": a role the text gives the named person must be
        // the description's ("a nurse" … "nurse Nina Pham").
        let stem = |w: &str| w.trim_end_matches('s').to_string();
        if let Some(role) = &named.role {
            if !role
                .split_whitespace()
                .any(|w| stem(&w.to_lowercase()) == stem(head))
            {
                continue;
            }
        }
        if let (Some(a), Some(b)) = (&u.country, &named.country) {
            if a != b {
                continue;
            }
        }
        out.push(Named {
            from: ui,
            to: ni,
            words: n.text.clone(),
        });
    }
    out
}

/// Is the phrase of tokens `r` the subject of its clause (its head, the token whose head lies
/// outside it, an `nsubj` or `nsubj:pass`)?
fn is_subject(syn: &Syn, r: std::ops::Range<usize>) -> bool {
    let doc = syn.doc;
    r.clone().any(|j| {
        doc.head(j).is_none_or(|h| !r.contains(&h))
            && matches!(doc.tokens[j].rel, Rel::Nsubj | Rel::NsubjPass)
    })
}
