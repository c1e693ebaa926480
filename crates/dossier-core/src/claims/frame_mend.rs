//! The frame the parser gave a predicate, judged and mended before the proposition reader
//! ([`super::props`]) reads it: predicates that are no act at all (a verb inside a name, an
//! attributive participle, what would happen to anyone, what would have happened), and the
//! subject, object and agent the parser misplaced (two subjects on one verb, a state after a
//! place, a passive's subject hung on the participle after it, an object read as a reporter's
//! subject, a `by` before the verb).

use super::participant::passive_subject_rescue;
use super::syn::Syn;
use super::unrealised::counterfactual;
use super::ClaimLexicon;
use crate::model::Extraction;
use dossier_syntax::frames::{self, Frame, Voice};
use dossier_syntax::{Rel, Upos};

/// Is predicate `p` no act at all, whatever its frame?
pub(super) fn no_act(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    // A verb inside a name is not a predicate ("the Committee to Protect Journalists").
    if doc.tokens[p].upos == Upos::Verb && syn.actor_at[p].is_some() {
        return true;
    }
    // "abandon nuclear weapons and existing missile programs" parsed with "existing" as a
    // verb: a participle that modifies nouns (`attributive` in frames.tsv), with no subject or
    // auxiliary of its own, is no act.
    if lex.is("attributive", &syn.lower(p))
        && !doc.children(p).any(|c| {
            matches!(
                doc.tokens[c].rel,
                Rel::Aux | Rel::AuxPass | Rel::Nsubj | Rel::NsubjPass | Rel::Cop
            )
        })
    {
        return true;
    }
    // "Most people caught with small amounts of marijuana will get a summons", "anyone found
    // carrying a weapon will be detained": a participle reducing a relative clause on a noun
    // of any or most (`generic` in frames.tsv) says what would happen to whoever it is, not
    // what happened to someone. The parser may make the participle the clause's verb with the
    // noun as its subject, with no auxiliary.
    let participle = matches!(doc.tokens[p].xpos.as_str(), "VBN" | "VBG");
    let no_aux = !doc
        .children(p)
        .any(|c| matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass | Rel::Cop));
    let reduced = doc
        .children_with(p, Rel::Nsubj)
        .find(|&n| n < p)
        .filter(|_| no_aux && doc.tokens[p].xpos == "VBN")
        .or_else(|| {
            (doc.tokens[p].rel == Rel::Acl)
                .then(|| doc.head(p))
                .flatten()
                .filter(|&n| n < p)
        });
    if doc.tokens[p].upos == Upos::Verb && participle {
        if let Some(n) = reduced {
            let generic = lex.is("generic", &syn.lower(n))
                || doc.children(n).any(|c| {
                    c < n
                        && matches!(doc.tokens[c].rel, Rel::Det | Rel::Amod)
                        && lex.is("generic", &syn.lower(c))
                });
            if generic {
                return true;
            }
        }
    }
    // "ran through the main floor, past a stairway", "U.S. pay TV providers lost …": no verb
    // (`misread.rs`).
    if super::misread::conjoined_base_form(doc, p) || super::misread::base_form_of_singular(doc, p)
    {
        return true;
    }
    // "a lesser journalist … would have been immediately fired or suspended": what would have
    // happened did not (`unrealised.rs`).
    if counterfactual(syn, lex, p) {
        return true;
    }
    false
}

/// Mend the subject, object and agent of frame `f` of predicate `p` where the parser misplaced
/// them; true when the subject was rescued from a misreading (the reader notes it).
pub(super) fn mend(syn: &Syn, x: &Extraction, lex: &ClaimLexicon, f: &mut Frame, p: usize) -> bool {
    let doc = syn.doc;
    let mut notes_rescue = false;
    // "the release of the girls, who were abducted from Chibok" hung on "release": a "who" set
    // off by a comma stands for the people (`people` in frames.tsv) or person ending the phrase
    // before the comma, not for the head the parser hung the clause on.
    if let Some(h) = doc
        .head(p)
        .filter(|&h| doc.tokens[p].rel == Rel::AclRelcl && f.subj == Some(h))
    {
        let who = doc.children(p).find(|&c| {
            matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass) && syn.lower(c) == "who"
        });
        if let Some(last) = who
            .filter(|&w| w >= 2 && w > h + 2 && syn.lower(w - 1) == ",")
            .map(|w| w - 2)
        {
            let person = lex.is("people", &syn.lower(last))
                || syn.actor_at[last]
                    .is_some_and(|ai| x.actors[ai].kind == crate::model::ActorKind::Person);
            if person && !lex.is("people", &syn.lower(h)) && frames::phrase(doc, h).contains(&last)
            {
                f.subj = Some(last);
            }
        }
    }
    // "Three senior members of ISIS – including an aide – were killed" (`misread.rs`).
    if let Some(s) = super::misread::dash_aside_subject(doc, syn.text, p) {
        f.subj = Some(s);
        f.subj_from = frames::SubjectFrom::Own;
        notes_rescue = true;
    }
    // Two subjects on one verb (the parser hung "the claim by Rep. Hunter that militants have
    // been detained" or "the head of ISIL 'Abu Bakr al-Baghdadi' was killed" on one predicate):
    // the nearest before the verb is its subject; a relative "that" is none.
    let subjects: Vec<usize> = doc
        .children(p)
        .filter(|&c| {
            matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass)
                && c < p
                && !(doc.tokens[c].upos == Upos::Pron && syn.lower(c) == "that")
        })
        .collect();
    // A state named after a comma that closes another subject's phrase is its place ("Islamic
    // State fighters in Mosul, Iraq had contracted …"), not a second subject.
    let placed = |s: usize| {
        syn.actor_at[s].is_some_and(|ai| x.actors[ai].kind == crate::model::ActorKind::State)
            && s >= 2
            && syn.lower(s - 1) == ","
            && doc.tokens[s - 2].upos == Upos::Propn
            && subjects
                .iter()
                .any(|&o| o < s && frames::phrase(doc, o).contains(&(s - 2)))
    };
    // "an airstrike outside Raqqa, Syria killed …": a state after a comma closing a place
    // phrase ("outside Raqqa") is where that place is, even when the parser makes it the
    // only subject.
    let in_place = |s: usize| {
        syn.actor_at[s].is_some_and(|ai| x.actors[ai].kind == crate::model::ActorKind::State)
            && s >= 2
            && syn.lower(s - 1) == ","
            && doc.tokens[s - 2].upos == Upos::Propn
            && {
                // The place's name may be several words ("outside Ras al-Ain, Syria").
                let mut h = s - 2;
                while matches!(doc.tokens[h].rel, Rel::Flat | Rel::Compound) {
                    match doc.head(h) {
                        Some(n) if n < s => h = n,
                        _ => break,
                    }
                }
                lex.is("placecase", &frames::case_of(doc, syn.text, h))
            }
    };
    if f.subj.is_some_and(in_place) {
        f.subj = None;
    }
    if subjects.len() > 1 {
        f.subj = subjects
            .iter()
            .filter(|&&s| !placed(s))
            .max()
            .or(subjects.iter().max())
            .copied();
    }
    // "American photojournalist Luke Somers, held hostage by al Qaeda, was killed Saturday":
    // the parser may hang a passive's subject on the participle phrase after it. The phrase
    // opening the clause, a bare noun (no case word) inside the verb's subtree before it, is
    // the subject.
    if f.subj.is_none() && f.voice == Voice::Passive {
        f.subj = passive_subject_rescue(syn, p);
        if f.subj.is_some() {
            notes_rescue = true;
        }
    }
    // "Fidel Castro Odinga, the son of prominent Kenyan politician … Raila Odinga, reportedly
    // died on Jan. 4": the parser may hang a finite verb after the comma closing an apposition
    // on the apposition's noun, as if it were a clause of it; the name the apposition
    // describes is its subject.
    if let Some(name) = appositive_owner(syn, p).filter(|_| f.voice == Voice::Active) {
        f.subj = Some(name);
        f.subj_from = frames::SubjectFrom::Own;
        notes_rescue = true;
    }
    // "IS fighters have contracted Ebola, the Iraqi newspaper Al-Sabah reported": the parser
    // may take the object for the subject of the report after it, with the real reporter in
    // apposition to it. An active verb with no object, directly followed by a noun that is
    // the subject of a frame verb (`skip`) hanging on this verb and that has an apposition
    // after a comma, has that noun as its object.
    if f.obj.is_none() && f.voice == Voice::Active {
        let n = p + 1;
        let misread = n < doc.tokens.len()
            && matches!(doc.tokens[n].upos, Upos::Noun | Upos::Propn)
            && doc.tokens[n].rel == Rel::Nsubj
            && doc.head(n).is_some_and(|h| {
                h > n && doc.head(h) == Some(p) && lex.is("skip", &syn.lemma(h))
            })
            // The reporter after a comma: in apposition to the noun, or a second subject.
            && doc.head(n).is_some_and(|h| {
                doc.children_with(n, Rel::Appos)
                    .chain(doc.children_with(h, Rel::Nsubj).filter(|&s| s > n))
                    .any(|a| (n + 1..a).any(|j| syn.lower(j) == ","))
            });
        if misread {
            f.obj = Some(n);
        }
    }
    // A passive's `by` agent follows its verb: "the claim by Rep. Duncan Hunter that militants
    // have been detained" — the parser may hang the earlier "by" on the later verb.
    if f.voice == Voice::Passive && f.agent.is_some_and(|a| a < p) {
        f.agent = None;
    }
    notes_rescue
}

/// The name an apposition describes when finite active verb `p`, with no subject of its own,
/// hangs on the apposition's noun right after the comma closing it ("Fidel Castro Odinga, the
/// son of …, reportedly died": `died` on `son`).
pub(super) fn appositive_owner(syn: &Syn, p: usize) -> Option<usize> {
    let doc = syn.doc;
    if doc.tokens[p].rel != Rel::Acl
        || !matches!(doc.tokens[p].xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || doc.children(p).any(|c| {
            matches!(
                doc.tokens[c].rel,
                Rel::Nsubj | Rel::NsubjPass | Rel::AuxPass | Rel::Mark
            )
        })
    {
        return None;
    }
    let n = doc.head(p)?;
    if doc.tokens[n].rel != Rel::Appos {
        return None;
    }
    let name = doc
        .head(n)
        .filter(|&h| h < n && doc.tokens[h].upos == Upos::Propn)?;
    // The comma closing the apposition, adverbs aside ("…, reportedly died").
    let mut k = p.checked_sub(1)?;
    while k > n && doc.tokens[k].upos == Upos::Adv {
        k -= 1;
    }
    (k > n && syn.lower(k) == ",").then_some(name)
}
