//! "Officials accused Moscow of sending troops", "The report accused them of supplying arms":
//! the greedy parser hangs the "of" gerund on the object (`acl`), as it would on a common noun
//! ("the cost of sending troops"), so a reader takes the clause as a description of the name
//! rather than what the verb charges it with. A name or a personal pronoun takes no such
//! modifier: in UD (as in EWT's "accused him of lying") the gerund is the verb's adverbial
//! clause (`advcl`). A gerund (VBG) marked by "of" under a proper noun or personal pronoun
//! that is a verb's object moves to that verb as `advcl`.

use super::{RepairWord, Shape};
use crate::doc::{Rel, Upos};

/// Move each such gerund onto the verb (see the module documentation); returns how many moved.
pub fn gerund_on_named_object<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let gerunds: Vec<usize> = (0..n)
        .filter(|&g| word(g).xpos == "VBG" && rels[g] == Rel::Acl)
        .collect();
    if gerunds.is_empty() {
        return 0;
    }
    let shape = Shape::new(n, heads);
    let mut moved = 0;
    for g in gerunds {
        let o = heads[g] as usize;
        if o >= n || o > g || rels[o] != Rel::Obj {
            continue;
        }
        let named = match word(o).upos {
            Upos::Propn => true,
            Upos::Pron => word(o).xpos == "PRP",
            _ => false,
        };
        let v = heads[o] as usize;
        let of = shape.kids[g]
            .iter()
            .any(|&k| k < g && rels[k] == Rel::Mark && word(k).form.eq_ignore_ascii_case("of"));
        if !named || !of || v >= n || word(v).upos != Upos::Verb {
            continue;
        }
        heads[g] = v as u32;
        rels[g] = Rel::Advcl;
        moved += 1;
    }
    moved
}
