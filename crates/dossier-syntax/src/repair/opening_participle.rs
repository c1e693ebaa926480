//! A sentence that opens with a participle clause set off by a comma before its main clause
//! ("Speaking to CNN, the spokesman said …", "Expressing skepticism, a former senior U.S.
//! military official told The New York Times …", "Posting photos of a child online, ISIS
//! supporters announced …"): the greedy parser reads the participle as the clausal subject of
//! the main verb (`csubj`, beside that verb's own subject, so the frame reader takes the clause
//! as the doer), as the root with the main verb under it, or as a modifier (`amod`) of the
//! noun after it, that noun then a second subject of the main verb. In EWT and GUM train no
//! head has both a `csubj` opened by a sentence-initial -ing word and an `nsubj`; the opening
//! participle set off by a comma is the main verb's `advcl`. The repair needs the participle's
//! phrase to run unbroken up to the comma, and the main verb to have a subject of its own after
//! that comma.

use super::relative_clause::under;
use super::{finite, RepairWord, Shape};
use crate::doc::{Rel, Upos, NO_HEAD};

/// The first comma after the sentence-opening participle at 0 such that every word before it
/// lies under `top` (the participle, or the noun the parser hung it on).
fn phrase_comma<'a>(
    n: usize,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &[u32],
    top: usize,
) -> Option<usize> {
    let k = (1..n).find(|&k| word(k).form == ",")?;
    // A phrase of its own: no colon or semicolon (a caption's label, "Taking aim : …"), no
    // finite verb outside a clause it marks ("Gorging on comfort food is pretty much a
    // given …" is a subject), and no relative word right after the comma ("…, whose abduction
    // inspired …, could help": the comma opens a relative clause, not the main clause).
    let marked = (1..k).any(|i| word(i).xpos == "IN" && word(i).form.eq_ignore_ascii_case("that"));
    let own = (1..k).all(|i| {
        let w = word(i);
        under(i, top, heads) && !matches!(w.form, ":" | ";") && (marked || !finite(w.xpos))
    });
    (own && k + 1 < n && !matches!(word(k + 1).xpos, "WDT" | "WP" | "WP$")).then_some(k)
}

/// A subject of `h` after position `k`.
fn subject_after(shape: &Shape, h: usize, k: usize, rels: &[Rel]) -> bool {
    shape.kids[h]
        .iter()
        .any(|&s| s > k && matches!(rels[s], Rel::Nsubj | Rel::NsubjPass))
}

/// Make the opening participle the main verb's `advcl`; returns how many fixes (0 or 1).
pub fn opening_participle_clause<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    if n < 5 || word(0).xpos != "VBG" || word(0).upos != Upos::Verb {
        return 0;
    }
    if !matches!(rels[0], Rel::Csubj | Rel::CsubjPass | Rel::Root | Rel::Amod) {
        return 0;
    }
    let shape = Shape::new(n, heads);
    match rels[0] {
        Rel::Csubj | Rel::CsubjPass => {
            let h = heads[0] as usize;
            let Some(k) = phrase_comma(n, &word, heads, 0) else {
                return 0;
            };
            if h >= n || h <= k || !subject_after(&shape, h, k, rels) {
                return 0;
            }
            rels[0] = Rel::Advcl;
            1
        }
        Rel::Amod => {
            // "Posting photos of a child online , ISIS supporters announced": the noun the
            // participle modifies is its object, a second subject of the main verb.
            let noun = heads[0] as usize;
            if noun >= n || !matches!(word(noun).upos, Upos::Noun | Upos::Propn) {
                return 0;
            }
            let h = heads[noun] as usize;
            let Some(k) = phrase_comma(n, &word, heads, noun) else {
                return 0;
            };
            if h >= n
                || h <= k
                || noun >= k
                || rels[noun] != Rel::Nsubj
                || !subject_after(&shape, h, k, rels)
            {
                return 0;
            }
            heads[0] = h as u32;
            rels[0] = Rel::Advcl;
            heads[noun] = 0;
            rels[noun] = Rel::Obj;
            1
        }
        _ => {
            // The participle as the root, the main verb under it with its own subject.
            let Some(k) = phrase_comma(n, &word, heads, 0) else {
                return 0;
            };
            let Some(f) = (k + 1..n).find(|&f| {
                word(f).upos == Upos::Verb
                    && finite(word(f).xpos)
                    && heads[f] == 0
                    && matches!(
                        rels[f],
                        Rel::Parataxis | Rel::Ccomp | Rel::Advcl | Rel::Conj | Rel::Dep
                    )
                    && shape.kids[f]
                        .iter()
                        .any(|&s| s > k && s < f && matches!(rels[s], Rel::Nsubj | Rel::NsubjPass))
            }) else {
                return 0;
            };
            super::moves::rehang(heads, rels, |h| h == 0, f, |c| c > k, super::moves::same);
            heads[f] = NO_HEAD;
            rels[f] = Rel::Root;
            heads[0] = f as u32;
            rels[0] = Rel::Advcl;
            1
        }
    }
}
