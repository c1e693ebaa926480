//! A copular verdict of falsity on a report noun: "news of his death is a hoax", "reports
//! that the general was killed are false". The verdict is no proposition about the news; it
//! denies what the report carries (the death, the killing). The report noun is a `carrier` or
//! `thatnoun` (`data/claims/frames.tsv`), the verdict word a `falsity` word.

use super::syn::Syn;
use super::ClaimLexicon;
use crate::model::{Stance, Statement};
use dossier_syntax::Rel;

/// The content predicates `preds` with each falsity verdict on a report noun replaced by the
/// propositions the noun carries; the second list holds those, which the verdict denies. A
/// verdict whose noun carries nothing, or that is itself negated ("is not a hoax"), stays.
pub(super) fn report_verdicts(
    syn: &Syn,
    lex: &ClaimLexicon,
    preds: Vec<usize>,
) -> (Vec<usize>, Vec<usize>) {
    let mut out = Vec::new();
    let mut denied = Vec::new();
    for p in preds {
        let carried: Vec<usize> = verdict_subject(syn, lex, p)
            .filter(|&n| lex.is("carrier", &syn.lemma(n)) || lex.is("thatnoun", &syn.lemma(n)))
            .map(|n| super::nominal::carried(syn, lex, n, false))
            .unwrap_or_default()
            .into_iter()
            .filter(|&c| c != p)
            .collect();
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

/// The subject of `p` when `p` is a copular verdict of falsity that is not negated ("the
/// reports were false", "the story was a hoax"); through a raising verb (`verdictraise` in
/// frames.tsv) the subject is the raising verb's ("the photos turned out to be fake", "the
/// report proved to be false"; not "did not turn out to be false").
fn verdict_subject(syn: &Syn, lex: &ClaimLexicon, p: usize) -> Option<usize> {
    let doc = syn.doc;
    let negated = |v: usize| {
        doc.children(v)
            .any(|c| lex.is("negation", &syn.lower(c)) && c < v)
    };
    let verdict = doc.children_with(p, Rel::Cop).next().is_some()
        && (lex.is("falsity", &syn.lemma(p)) || lex.is("falsity", &syn.lower(p)))
        && !negated(p);
    if !verdict {
        return None;
    }
    doc.children_with(p, Rel::Nsubj).next().or_else(|| {
        let h = doc.head(p)?;
        let raised =
            doc.tokens[p].rel == Rel::Xcomp && lex.is("verdictraise", &syn.lemma(h)) && !negated(h);
        raised.then(|| doc.children_with(h, Rel::Nsubj).next())?
    })
}

/// The stance of a statement that points back at a claim: a verdict of falsity on the report
/// it points at ("The story was a hoax, his agent said", "those claims turned out to be false")
/// denies it, whatever stance attribution gave the sentence; a hedged statement (`hedged`) is
/// a hedge; otherwise the statement's own stance.
pub(super) fn pointer_stance(
    syn: Option<&Syn>,
    lex: &ClaimLexicon,
    s: &Statement,
    hedged: bool,
) -> Stance {
    if hedged {
        return Stance::Hedge;
    }
    let Some(syn) = syn.filter(|_| s.stance == Stance::Assert) else {
        return s.stance;
    };
    let pointer = |n: usize| {
        let l = syn.lemma(n);
        lex.is("carrier", &l)
            || lex.is("thatnoun", &l)
            || matches!(syn.lower(n).as_str(), "it" | "this" | "that")
    };
    let denies = syn
        .tokens_in(s.content.start, s.content.end)
        .any(|p| verdict_subject(syn, lex, p).is_some_and(pointer));
    if denies {
        Stance::Deny
    } else {
        s.stance
    }
}

/// Write the verdict's reading into the claim's `merge` note.
pub(super) fn note(claim: &mut crate::model::DocClaim) {
    let note = "a verdict of falsity on the report denies what it reports";
    claim.merge = Some(match claim.merge.take() {
        Some(m) => format!("{m}; {note}"),
        None => note.to_string(),
    });
}

/// Is report noun `n` the subject a falsity verdict judges ("news of his alleged death was a
/// hoax", "the report proved to be false")?
pub(super) fn judged(syn: &Syn, lex: &ClaimLexicon, n: usize) -> bool {
    let doc = syn.doc;
    doc.head(n).is_some_and(|h| {
        verdict_subject(syn, lex, h) == Some(n)
            || doc
                .children_with(h, Rel::Xcomp)
                .any(|c| verdict_subject(syn, lex, c) == Some(n))
    })
}
