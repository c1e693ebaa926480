//! What a video shows: "a video released on Tuesday shows IS fighters executing a Kurdish
//! commander", "released a video purporting to show the execution of X", "a video that appears
//! to show the beheading of X by IS". A medium (`medium` in `data/claims/frames.tsv`: video,
//! footage, images …) with a depicting verb (`depict`: show, depict) reports the act it shows:
//! the act behind its object noun ("the beheading of X"), a participle on its object ("IS
//! fighters executing X", "X being killed") or its clausal complement. The medium is no doer.
//! A hedge on the way from the medium to the depicting verb ("purporting to", "appears to",
//! "claims to", "purportedly", "allegedly") makes the act a hedge; a plain "shows" reports it.

use super::content::predicates_from;
use super::syn::Syn;
use super::ClaimLexicon;
use crate::model::Span;
use dossier_syntax::{Rel, Upos};

/// The predicates the media nouns of `span` show, each with whether a hedge bears on it.
pub(super) fn depicted(syn: &Syn, lex: &ClaimLexicon, span: &Span) -> Vec<(usize, bool)> {
    let doc = syn.doc;
    let r = syn.tokens_in(span.start, span.end);
    let mut out: Vec<(usize, bool)> = Vec::new();
    for m in r.clone() {
        if doc.tokens[m].upos != Upos::Noun || !lex.is("medium", &syn.lemma(m)) {
            continue;
        }
        // The verbs the medium hangs a depiction on: a participle or relative clause of its own
        // ("a video showing …", "a video that appears to show …"), or the verb it is the
        // subject of ("the footage purports to show …").
        let mut verbs: Vec<usize> = doc
            .children(m)
            .filter(|&c| {
                matches!(doc.tokens[c].rel, Rel::Acl | Rel::AclRelcl)
                    && doc.tokens[c].upos == Upos::Verb
            })
            .collect();
        if doc.tokens[m].rel == Rel::Nsubj {
            verbs.extend(doc.head(m).filter(|&h| doc.tokens[h].upos == Upos::Verb));
        }
        for v in verbs {
            let Some((d, hedged)) = depicting(syn, lex, v) else {
                continue;
            };
            // Its object's participles are what the object does or undergoes ("shows IS
            // fighters executing X", "shows X being killed").
            let mut roots = vec![d];
            for o in doc.children_with(d, Rel::Obj) {
                roots.extend(doc.children_with(o, Rel::Acl).filter(|&c| {
                    doc.tokens[c].upos == Upos::Verb
                        && matches!(doc.tokens[c].xpos.as_str(), "VBG" | "VBN")
                }));
            }
            let within = doc.subtree(d);
            let within = within.start.max(r.start)..within.end.min(r.end);
            for p in predicates_from(syn, lex, within, roots) {
                if p != d && !out.iter().any(|&(q, _)| q == p) {
                    out.push((p, hedged));
                }
            }
        }
    }
    out
}

/// The depicting verb reached from verb `v` hanging on a medium: `v` itself ("showing",
/// "shows"), or the complement of a hedging verb ("purporting to show", "appears to show",
/// "claims to show"); with whether a hedge stands on the way.
fn depicting(syn: &Syn, lex: &ClaimLexicon, v: usize) -> Option<(usize, bool)> {
    let doc = syn.doc;
    let hedge_word = |i: usize| {
        doc.children_with(i, Rel::Advmod).any(|a| {
            let w = syn.lower(a);
            lex.listed("report")
                .iter()
                .any(|r| !r.contains(' ') && *r == w)
        })
    };
    if lex.is("depict", &syn.lemma(v)) {
        return Some((v, hedge_word(v)));
    }
    if !lex.is("depicthedge", &syn.lemma(v)) {
        return None;
    }
    doc.children_with(v, Rel::Xcomp)
        .find(|&c| lex.is("depict", &syn.lemma(c)))
        .map(|d| (d, true))
}
