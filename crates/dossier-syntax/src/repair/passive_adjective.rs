//! "The airport was shut on Friday", "The embassy was shut by the army in 2012": the tagger
//! reads a past participle after "was" as an adjective (JJ), so the parser makes "was" its
//! copula and the passive's subject a plain subject, and the frame readers see a state ("the
//! airport is shut"), not the event. A participle can be either; what tells them apart in the
//! tree is what it takes: an agent ("by the army") or a time ("on Friday", "in 2012", "last
//! week") belongs to an event, not to a state ("was worried about the weather", "The men were
//! armed" stay adjectives).
//!
//! An adjective of a past form ("-ed" or `data/syntax/irregular_past.txt`) with a copula and an
//! oblique that is its agent (`obl:agent`, or an `obl` whose preposition is "by") or a time (a
//! bare noun phrase, `obl:unmarked`, or an `obl` headed by a time word of
//! `data/syntax/time_words.txt` or a year) is the passive participle: the copula becomes its
//! passive auxiliary, the subject its passive subject, "by" its agent, and the caller retags it
//! VBN. A subject left `nsubj` beside a passive auxiliary ("four were injured") becomes
//! `nsubj:pass` (UD never has both on one verb).

use super::gapped_passive::past_form;
use super::{RepairWord, Shape};
use crate::doc::{Rel, Upos};

/// A year written as four digits (1800–2099).
fn year(form: &str) -> bool {
    form.len() == 4
        && form.bytes().all(|b| b.is_ascii_digit())
        && (form.starts_with("18") || form.starts_with("19") || form.starts_with("20"))
}

/// Retag and re-label each participle read as an adjective with an agent or a time; returns
/// the adjectives so read (for the caller to retag VBN). Also makes the plain subject of a
/// passive verb its passive subject.
pub fn passive_read_as_adjective<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> Vec<usize> {
    let mut retag = Vec::new();
    if heads.len() != n || rels.len() != n {
        return retag;
    }
    let candidate = |a: usize| {
        let w = word(a);
        (w.upos == Upos::Adj && w.xpos == "JJ" && past_form(w.form))
            || (w.upos == Upos::Verb && w.xpos == "VBN")
    };
    if !(0..n).any(candidate) {
        return retag;
    }
    let shape = Shape::new(n, heads);
    // Which words have "by" as their preposition (the relabelling below leaves `case` alone).
    let by: Vec<bool> = (0..n)
        .map(|o| {
            shape.kids[o]
                .iter()
                .any(|&k| rels[k] == Rel::Case && word(k).form.eq_ignore_ascii_case("by"))
        })
        .collect();
    let case_by = |o: usize| by[o];
    let time = |o: usize| {
        let f = word(o).form;
        super::TIME_WORDS.contains_lower(f) || year(f)
    };
    for a in 0..n {
        if !candidate(a) {
            continue;
        }
        let kids = &shape.kids[a];
        if word(a).upos == Upos::Verb {
            // A passive verb's plain subject is its passive subject; so is that of a bare
            // participle conjunct of a passive that takes no object and no auxiliary of its
            // own ("were detained and their equipment seized").
            let own_aux = |k: usize| matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Cop);
            let h = heads[a] as usize;
            let gapped = rels[a] == Rel::Conj
                && h < a
                && word(h).xpos == "VBN"
                && shape.kids[h].iter().any(|&k| rels[k] == Rel::AuxPass)
                && !kids.iter().any(|&k| own_aux(k) || rels[k] == Rel::Obj);
            if gapped || kids.iter().any(|&k| rels[k] == Rel::AuxPass) {
                for &k in kids {
                    if rels[k] == Rel::Nsubj {
                        rels[k] = Rel::NsubjPass;
                    }
                }
            }
            continue;
        }
        let Some(cop) = kids.iter().copied().find(|&k| rels[k] == Rel::Cop) else {
            continue;
        };
        let event = kids.iter().any(|&k| match rels[k] {
            Rel::OblAgent | Rel::OblUnmarked => true,
            Rel::Obl => case_by(k) || time(k),
            _ => false,
        });
        if !event {
            continue;
        }
        rels[cop] = Rel::AuxPass;
        for &k in kids {
            match rels[k] {
                Rel::Nsubj => rels[k] = Rel::NsubjPass,
                Rel::Obl if case_by(k) => rels[k] = Rel::OblAgent,
                _ => {}
            }
        }
        retag.push(a);
    }
    retag
}
