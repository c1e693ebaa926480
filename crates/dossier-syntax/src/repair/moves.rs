//! The move most tree repairs end with: a word takes another's place in the tree. The parser
//! hung a clause's words on the wrong word ("coalition" over "bombed", "hoping" over "said",
//! "event" over "planned"); the repair re-hangs some of that word's dependents on the right one,
//! which then takes the wrong one's head and relation, and the wrong one hangs under it. The
//! repairs read the tree's [`Shape`] (children and subtree edges) to find such a place; since a
//! move changes it, [`Shapes`] builds it when first read and again only after a move, not once
//! per candidate word.

use super::Shape;
use crate::doc::{Rel, NO_HEAD};

/// The shape of a sentence's tree while a repair changes it: built when first read, rebuilt
/// only after [`Shapes::changed`].
#[derive(Default)]
pub(super) struct Shapes(Option<Shape>);

impl Shapes {
    /// The shape of `heads` (the sentence's heads, unchanged since the last call unless
    /// [`Shapes::changed`] was called).
    pub(super) fn of(&mut self, heads: &[u32]) -> &Shape {
        self.0.get_or_insert_with(|| Shape::new(heads.len(), heads))
    }

    /// The heads changed: the next [`Shapes::of`] builds the shape again.
    pub(super) fn changed(&mut self) {
        self.0 = None;
    }
}

/// A word's relation as it was ([`rehang`]'s `relabel` when a move keeps relations).
pub(super) fn same(rel: Rel) -> Rel {
    rel
}

/// A word hung on a noun by `nmod` and moved to a verb is its `obl` ("the noun's dependents
/// after the verb move to the verb").
pub(super) fn nmod_to_obl(rel: Rel) -> Rel {
    if rel == Rel::Nmod {
        Rel::Obl
    } else {
        rel
    }
}

/// Re-hang on `to` every word but `to` whose head passes `from` (the root's head is `NO_HEAD`)
/// and whose index passes `moved`; `relabel` gives a moved word's relation from its old one.
/// Each word's move depends on its own head as it was, whatever moves before it.
pub(super) fn rehang(
    heads: &mut [u32],
    rels: &mut [Rel],
    from: impl Fn(usize) -> bool,
    to: usize,
    moved: impl Fn(usize) -> bool,
    relabel: impl Fn(Rel) -> Rel,
) {
    for k in 0..heads.len() {
        let h = heads[k] as usize;
        if k != to && from(h) && moved(k) {
            heads[k] = to as u32;
            rels[k] = relabel(rels[k]);
        }
    }
}

/// `to` takes the place of `from`: the dependents of `from` that `moved` picks hang on `to`
/// (their relations kept), and `to` takes `from`'s head and relation (`root` for the root).
/// Where `from` goes then is the caller's.
pub(super) fn hand_over(
    from: usize,
    to: usize,
    moved: impl Fn(usize) -> bool,
    heads: &mut [u32],
    rels: &mut [Rel],
) {
    rehang(heads, rels, |h| h == from, to, moved, same);
    heads[to] = heads[from];
    rels[to] = if heads[to] == NO_HEAD {
        Rel::Root
    } else {
        rels[from]
    };
}
