//! Reports that exist with no one named for them: "There have been reports that iOS 8
//! preferences are erasing iCloud files", "There were rumours the true identity of the baby
//! was …". A report noun of `data/cues/complements.tsv` (a `hearsay` row — "report",
//! "rumour" — or a speech or belief noun — "claims", "suggestions", "speculation") that is the
//! subject of an existential "there be" is a statement sourced to no one, its content the
//! noun's clause; read on the tree by `complements.rs`. "There were no reports that …" denies
//! that any report exists and is none.

use dossier_syntax::{Doc, Rel};

/// The expletive "there" of the existential clause whose subject is noun `n` ("*There* have
/// been reports that …"), or `None` when `n` is no such subject or is negated by "no". The
/// parser often inverts the clause, making the noun the root and the "be" its modifier
/// ("There have been reports that …": "been" an amod of "reports"); that reading counts too.
pub(super) fn existential_there(doc: &Doc, text: &str, n: usize) -> Option<usize> {
    let be = |h: usize| doc.tokens[h].lemma.eq_ignore_ascii_case("be");
    let expl = |h: usize| {
        doc.children(h).find(|&j| {
            j < n
                && doc.tokens[j].rel == Rel::Expl
                && doc.form(text, j).eq_ignore_ascii_case("there")
        })
    };
    let there = match doc.head(n) {
        Some(h) if doc.tokens[n].rel == Rel::Nsubj && be(h) => expl(h),
        _ => doc.children(n).filter(|&h| h < n && be(h)).find_map(expl),
    }?;
    // "There were no indications that …", "There is little doubt that …": no report, or the
    // writer's own certainty.
    let negated = doc.children(n).any(|j| {
        matches!(doc.tokens[j].rel, Rel::Det | Rel::Amod)
            && matches!(doc.form(text, j).to_lowercase().as_str(), "no" | "little")
    });
    (!negated).then_some(there)
}

/// The clause the parser hung on the "be" of existential noun `n` rather than on the noun
/// ("There have been reports [that …]" as a ccomp of "been"): a clause with a subject of its
/// own opening right after the noun phrase, or after a colon ("There have been reports:
/// … that").
pub(super) fn clause_on_be(doc: &Doc, text: &str, n: usize) -> Option<usize> {
    if doc.tokens[n].rel != Rel::Nsubj {
        return None;
    }
    let h = doc.head(n)?;
    let np_end = doc.subtree(n).end;
    doc.children(h).find(|&j| {
        j > n
            && matches!(doc.tokens[j].rel, Rel::Ccomp | Rel::Advcl | Rel::Parataxis)
            && (np_end..doc.subtree(j).start).all(|k| matches!(doc.form(text, k), ":" | "…"))
            && doc
                .children(j)
                .any(|k| matches!(doc.tokens[k].rel, Rel::Nsubj | Rel::NsubjPass))
    })
}

/// Whether content tokens `c` of an existential report open as a report's content does: with
/// "that" or "whether", or after a colon ("There have been reports: … that"). "There are too
/// many demands to bother …", "There had been rumours of talks in Chad, this is …" are none.
pub(super) fn opens_content(doc: &Doc, text: &str, c: std::ops::Range<usize>) -> bool {
    let first = doc.form(text, c.start).to_lowercase();
    matches!(first.as_str(), "that" | "whether")
        || c.start > 0 && matches!(doc.form(text, c.start - 1), ":" | "…")
}
