//! A copular verdict of falsity on a report noun: "news of his death is a hoax", "reports
//! that the general was killed are false". The verdict is no proposition about the news; it
//! denies what the report carries (the death, the killing). The report noun is a `carrier` or
//! `thatnoun` (`data/claims/frames.tsv`), the verdict word a `falsity` word.

use super::syn::Syn;
use super::ClaimLexicon;
use dossier_syntax::Rel;

/// The content predicates `preds` with each falsity verdict on a report noun replaced by the
/// propositions the noun carries; the second list holds those, which the verdict denies. A
/// verdict whose noun carries nothing, or that is itself negated ("is not a hoax"), stays.
pub(super) fn report_verdicts(
    syn: &Syn,
    lex: &ClaimLexicon,
    preds: Vec<usize>,
) -> (Vec<usize>, Vec<usize>) {
    let doc = syn.doc;
    let mut out = Vec::new();
    let mut denied = Vec::new();
    for p in preds {
        let verdict = doc.children_with(p, Rel::Cop).next().is_some()
            && (lex.is("falsity", &syn.lemma(p)) || lex.is("falsity", &syn.lower(p)))
            && !doc
                .children(p)
                .any(|c| lex.is("negation", &syn.lower(c)) && c < p);
        let carried: Vec<usize> = if verdict {
            doc.children_with(p, Rel::Nsubj)
                .filter(|&n| lex.is("carrier", &syn.lemma(n)) || lex.is("thatnoun", &syn.lemma(n)))
                .flat_map(|n| super::nominal::carried(syn, lex, n, false))
                .filter(|&c| c != p)
                .collect()
        } else {
            Vec::new()
        };
        if carried.is_empty() {
            out.push(p);
            continue;
        }
        for c in carried {
            if !out.contains(&c) {
                out.push(c);
            }
            denied.push(c);
        }
    }
    (out, denied)
}

/// Write the verdict's reading into the claim's `merge` note.
pub(super) fn note(claim: &mut crate::model::DocClaim) {
    let note = "a verdict of falsity on the report denies what it reports";
    claim.merge = Some(match claim.merge.take() {
        Some(m) => format!("{m}; {note}"),
        None => note.to_string(),
    });
}
