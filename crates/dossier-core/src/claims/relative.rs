//! Acts stated inside a relative clause set off by a comma: "Steven Sotloff, who was executed by
//! ISIS in August", "the release of the girls, who were abducted from Chibok in April". A
//! non-restrictive relative clause adds a fact about one already named; when its verb is of a
//! class of what happens to someone — patient-centred (`kill`, `detain`, `wound` …), an
//! `experiencer` class (`die`) or one listed under `relativeact` in frames.tsv (`identify`:
//! "the woman, who has been named as Saja al-Dulaimi") — it is a proposition of its own (the
//! relative word stands for the noun, as `dossier_syntax::frames` reads it). A restrictive one
//! ("the drones that hit Kyiv were Shaheds") picks out what the sentence is about and states
//! nothing of its own; other verbs ("the video, which was published by Amaq", "who had joined
//! CPWD as an engineer", "which also hosts The Intercept") are background. Such a claim is
//! noted ([`NOTE`]) and no pointer back ("refuted that claim") bears on it: nobody claims what
//! a clause only adds. Read by [`super::content::predicates_from`].

use super::syn::Syn;

/// The merge note of a claim read from a relative clause set off by a comma.
pub(super) const NOTE: &str = "stated in a relative clause set off by a comma";
use super::ClaimLexicon;
use dossier_syntax::{Rel, Upos};

/// The relative clauses set off by a comma on the arguments of predicate `i` (or on noun `i`
/// itself), with a relative word as subject and a verb of a class.
pub(super) fn set_off_acts(syn: &Syn, lex: &ClaimLexicon, i: usize) -> Vec<usize> {
    let doc = syn.doc;
    // The nouns of the predicate's own phrases, down through "of" phrases, appositions and
    // conjuncts ("the release of the girls, who …"), never into another clause.
    let mut nouns = Vec::new();
    let mut stack = vec![i];
    let mut guard = 0;
    while let Some(k) = stack.pop() {
        guard += 1;
        if guard > 64 {
            break;
        }
        for c in doc.children(k) {
            let rel = doc.tokens[c].rel;
            let argument = if k == i {
                matches!(
                    rel,
                    Rel::Nsubj | Rel::NsubjPass | Rel::Obj | Rel::Iobj | Rel::Obl
                )
            } else {
                matches!(rel, Rel::Nmod | Rel::Appos | Rel::Conj)
            };
            if argument && matches!(doc.tokens[c].upos, Upos::Noun | Upos::Propn) {
                nouns.push(c);
                stack.push(c);
            }
        }
    }
    if matches!(doc.tokens[i].upos, Upos::Noun | Upos::Propn) {
        nouns.push(i);
    }
    nouns
        .into_iter()
        .flat_map(|n| doc.children_with(n, Rel::AclRelcl).collect::<Vec<_>>())
        .filter(|&v| set_off(syn, v) && classed(syn, lex, v))
        .collect()
}

/// Is relative clause `v` set off by a comma right before it, with a relative word ("who",
/// "which") opening it as its subject? (The parser may hang the comma on the clause.)
pub(super) fn set_off(syn: &Syn, v: usize) -> bool {
    let doc = syn.doc;
    if doc.tokens[v].rel != Rel::AclRelcl {
        return false;
    }
    let Some(rel_word) = doc
        .children(v)
        .find(|&c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass))
    else {
        return false;
    };
    let opens = doc.subtree(v).find(|&j| doc.tokens[j].upos != Upos::Punct) == Some(rel_word);
    opens
        && rel_word > 0
        && syn.lower(rel_word - 1) == ","
        && matches!(syn.lower(rel_word).as_str(), "who" | "which")
}

/// Is verb `v` of a class of what happens to someone (by form, lemma or phrasal particle)?
fn classed(syn: &Syn, lex: &ClaimLexicon, v: usize) -> bool {
    let class = super::verb_fit::phrasal(syn, lex, v)
        .or_else(|| lex.predicate(&syn.lower(v), ""))
        .or_else(|| lex.predicate(&syn.lemma(v), ""));
    syn.doc.tokens[v].upos == Upos::Verb
        && class.is_some_and(|c| {
            lex.is_patient_class(c) || lex.is("experiencer", c) || lex.is("relativeact", c)
        })
}
