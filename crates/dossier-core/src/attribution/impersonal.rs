//! Impersonal passive reports, read on the tree: "It was also reported on Tuesday that …", "It
//! has also been claimed the minister …", "It's claimed he imports …" name no source. The
//! expletive "it" the word patterns took for a speaker is dropped (the statement is
//! unattributed, an assertion a hedge), a participle going on with such a report speaks for no
//! one, and a clause the parser made the verb's clausal subject is its complement.

use super::complements::{has_subject, unsourced};
use super::*;
use dossier_syntax::{Doc, Rel};

impl Attributor<'_> {
    /// "It has also been claimed X has rushed to Havana, adding some substance to the rumours
    /// …": a participle going on with an impersonal report (or the clause it reports) was given
    /// the expletive "it" by the word patterns; it speaks for no one, and its draft is dropped.
    pub(super) fn drop_impersonal_participles(&mut self, doc: &Doc) {
        for d in &mut self.drafts {
            let Speaker::Phrase(a, b) = d.speaker else {
                continue;
            };
            let participle = doc
                .token_starting_at(d.cue.0)
                .filter(|&ci| doc.tokens[ci].xpos == "VBG");
            if self.text[a..b].eq_ignore_ascii_case("it")
                && participle.is_some_and(|ci| under_impersonal_report(doc, self.text, ci))
            {
                let c = d.content.0;
                d.content = (c, c);
            }
        }
    }

    /// "It was also reported that …" read by the word patterns with "It" as the speaker: the
    /// report names no source, so draft `di` (cue `ci`) becomes speakerless, and an assertion
    /// made by no one a hedge, as with "reportedly". Left as "it", the pronoun took the last
    /// speaker before it or was dropped with its statement.
    pub(super) fn unsource_expletive(&mut self, di: usize, doc: &Doc, ci: usize) {
        let Some(d) = self.drafts.get_mut(di) else {
            return;
        };
        let Speaker::Phrase(a, b) = d.speaker else {
            return;
        };
        if !self.text[a..b].eq_ignore_ascii_case("it")
            || impersonal_passive(doc, self.text, ci).is_none()
        {
            return;
        }
        d.speaker = Speaker::None;
        d.stance = unsourced(d.stance);
        // The cue is the whole formula, "It was also reported", as `hedged.tsv` reads it.
        d.cue.0 = a;
    }
}

/// A passive report verb whose subject is the expletive "it", with no agent and a clause
/// after it: "It was also reported on Tuesday that …", "It has also been claimed the minister
/// …". Such a report names no source; "it was denied by the ministry" has one and is not this.
/// Read on the tree only: "It has since been claimed" is parsed with "since" as a marker and
/// "It" on "has", so it is not read (a known misparse). Returns the expletive, where the cue
/// formula starts.
pub(super) fn impersonal_passive(doc: &Doc, text: &str, v: usize) -> Option<usize> {
    let agent = doc.children(v).any(|j| {
        doc.tokens[j].rel == Rel::OblAgent
            || doc.tokens[j].rel == Rel::Obl
                && dossier_syntax::frames::case_of(doc, text, j) == "by"
    });
    let clause = doc.children(v).any(|j| {
        j > v && doc.tokens[j].rel == Rel::Ccomp || subject_clause_complement(doc, text, v, j)
    });
    if agent || !clause {
        return None;
    }
    impersonal_passive_subject(doc, text, v)
}

/// "It's claimed he imports …", "It has also been claimed Venezuelan president Nicolas Maduro
/// has rushed …": with "it" the subject of verb `v`, a clause after the verb with a subject of
/// its own that the parser made the verb's clausal subject (`j`) is its complement. Without a
/// subject of its own ("It is believed the injury is a direct result …", the subject taken for
/// the verb's object; "it is said to be down to …") the clause is left as it was.
pub(super) fn subject_clause_complement(doc: &Doc, text: &str, v: usize, j: usize) -> bool {
    j > v
        && matches!(doc.tokens[j].rel, Rel::Csubj | Rel::CsubjPass)
        && has_subject(doc, j)
        && impersonal_passive_subject(doc, text, v).is_some()
}

/// Token `ci` hangs, through at most three adverbial or clausal links, on an impersonal passive
/// report verb.
fn under_impersonal_report(doc: &Doc, text: &str, ci: usize) -> bool {
    let mut v = ci;
    for _ in 0..3 {
        let rel = doc.tokens[v].rel;
        let Some(h) = doc.head(v) else { return false };
        if !matches!(
            rel,
            Rel::Advcl | Rel::Xcomp | Rel::Ccomp | Rel::Csubj | Rel::CsubjPass
        ) {
            return false;
        }
        if impersonal_passive(doc, text, h).is_some() {
            return true;
        }
        v = h;
    }
    false
}

/// The expletive "it" before verb `v` as its passive subject ("It was reported", "It's
/// claimed").
fn impersonal_passive_subject(doc: &Doc, text: &str, v: usize) -> Option<usize> {
    doc.children(v).find(|&j| {
        j < v
            && matches!(doc.tokens[j].rel, Rel::NsubjPass | Rel::Expl)
            && doc.form(text, j).eq_ignore_ascii_case("it")
    })
}
