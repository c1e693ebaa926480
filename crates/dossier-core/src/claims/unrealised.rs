//! Predicates that are no act done: what is being weighed ("is considering opening"), what
//! someone ought to do ("we have to increase the bombings", "should make a list … and train
//! them") and what an act aims at ("travelled to Syria to fight"). The proposition reader
//! ([`super::props`]) reads no claim from them.

use super::refusal::refused;
use super::syn::Syn;
use super::ClaimLexicon;
use dossier_syntax::Rel;

/// Is predicate `p` the complement of a verb of weighing ("is considering opening", "is
/// assessing whether … killed")?
pub(super) fn weighed(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    let asked = doc.tokens[p].rel == Rel::Advcl
        && doc
            .children_with(p, Rel::Mark)
            .any(|m| lex.is("question", &syn.lower(m)));
    (matches!(doc.tokens[p].rel, Rel::Xcomp | Rel::Ccomp) || asked)
        && syn
            .doc
            .head(p)
            .is_some_and(|h| lex.is("considered", &syn.lemma(h)))
}

/// Is predicate `p` what someone ought to do rather than an act: the infinitive of an
/// obligation verb (`obligation` in frames.tsv: "we have to increase the bombings"), or a
/// conjunct with no auxiliary or subject of its own after a verb under a normative modal
/// ("should make a list … and train them")?
pub(super) fn obliged(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    let normative = |h: usize| {
        doc.children_with(h, Rel::Aux)
            .any(|a| lex.is("normative", &syn.lower(a)))
    };
    let mut k = p;
    for _ in 0..8 {
        let Some(h) = doc.head(k) else { break };
        match doc.tokens[k].rel {
            Rel::Conj
                if !doc.children(k).any(|c| {
                    matches!(
                        doc.tokens[c].rel,
                        Rel::Aux | Rel::AuxPass | Rel::Nsubj | Rel::NsubjPass
                    )
                }) =>
            {
                if normative(h) {
                    return true;
                }
            }
            Rel::Xcomp
                if doc
                    .children_with(k, Rel::Mark)
                    .any(|m| syn.lower(m) == "to") =>
            {
                if lex.is("obligation", &syn.lemma(h)) || normative(h) {
                    return true;
                }
            }
            _ => return false,
        }
        k = h;
    }
    false
}

/// Is predicate `p` (or the first conjunct it is coordinated with) an infinitive that states a
/// goal: on a noun ("a larger role to deprive ISIL of its sanctuaries") or as an adverbial
/// ("travelled to Syria to fight")? An intention noun's act refused ("has no plans to send
/// troops") is read by the refusal rule instead.
pub(super) fn goal(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    let mut k = p;
    for _ in 0..8 {
        if doc.tokens[k].rel != Rel::Conj
            || doc
                .children(k)
                .any(|c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass))
        {
            break;
        }
        match doc.head(k) {
            Some(h) => k = h,
            None => break,
        }
    }
    matches!(doc.tokens[k].rel, Rel::Acl | Rel::Advcl)
        && doc
            .children_with(k, Rel::Mark)
            .any(|m| syn.lower(m) == "to")
        && !doc.children(k).any(|c| {
            matches!(
                doc.tokens[c].rel,
                Rel::Nsubj | Rel::NsubjPass | Rel::Aux | Rel::AuxPass
            )
        })
        && refused(syn, lex, k).is_none()
}

/// Is verb `p`, with object `obj`, a verb of asking or permitting (`askframe` in frames.tsv)
/// with an infinitive after the object that the object is to carry out ("allowed her staff …
/// to think", "assigned a female nurse … to accompany Hillary", "urged Boko Haram to free the
/// kidnapped girls")? It does nothing to its object that an analyst would track. Verbs that are
/// acts themselves ("ordered its people not to use the name", "recruit him to share
/// information") are not listed.
pub(super) fn frame_over_act(syn: &Syn, lex: &ClaimLexicon, p: usize, obj: Option<usize>) -> bool {
    let doc = syn.doc;
    let Some(o) = obj else { return false };
    if !lex.is("askframe", &syn.lemma(p)) {
        return false;
    }
    // The infinitive may hang on the verb (`xcomp`, or `advcl` when the parser reads a
    // purpose) or on the object's phrase ("a female nurse in civilian attire to accompany").
    let object = doc.subtree(o);
    doc.subtree(p).any(|c| {
        c > o
            && matches!(doc.tokens[c].rel, Rel::Xcomp | Rel::Advcl | Rel::Acl)
            && doc.head(c).is_some_and(|h| h == p || object.contains(&h))
            && doc
                .children_with(c, Rel::Mark)
                .any(|m| m < c && syn.lower(m) == "to")
    })
}

/// Is predicate `p` what would have happened — a `counterfactual` modal with a perfect "have"
/// ("a lesser journalist … would have been immediately fired or suspended"), on `p` or, for a
/// conjunct with no auxiliary of its own, on the first conjunct?
pub(super) fn counterfactual(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    let auxiliaries = |v: usize| doc.children_with(v, Rel::Aux).collect::<Vec<_>>();
    let mut v = p;
    if doc.tokens[p].rel == Rel::Conj && auxiliaries(p).is_empty() {
        if let Some(h) = doc.head(p) {
            v = h;
        }
    }
    let aux = auxiliaries(v);
    aux.iter().any(|&a| lex.is("counterfactual", &syn.lower(a)))
        && aux.iter().any(|&a| syn.lemma(a) == "have")
}
