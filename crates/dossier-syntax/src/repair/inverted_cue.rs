//! "Said one, posting on the Hanein forums: “We must upload the video …”", "Added Smith: “We
//! will fight.”": a speech verb opening the sentence before its speaker, which the greedy
//! parser reads as the verb's object (EWT has few such inversions), and the quotation after a
//! participle on the speaker hung on the participle, so the reader finds no speaker and no
//! content. A past speech verb (VBD of `data/syntax/clause_verbs.txt`) that is the sentence's
//! first word and its root, with no subject, whose object (a noun, name, pronoun or number)
//! follows it right away and whose phrase ends at a comma or colon before a colon or an opening
//! quotation mark, is inverted: the object is the subject (`nsubj`). A clause hung on a present
//! participle of the verb set off before it by that colon or quotation mark is the verb's
//! complement (`ccomp`), the participle its `advcl`. "Said to be the leader, he …" (VBN) and "Told the news, she cried"
//! (no quotation) are not this shape.

use super::moves::Shapes;
use super::{clause_verb, RepairWord};
use crate::doc::{Rel, Upos, NO_HEAD};

/// Returns how many inverted speech verbs were read (at most one a sentence).
pub fn inverted_speech_verb<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let v = 0;
    if n < 4 || heads[v] != NO_HEAD || word(v).xpos != "VBD" || !clause_verb(word(v).form) {
        return 0;
    }
    let mut shapes = Shapes::default();
    let shape = shapes.of(heads);
    let kids = &shape.kids[v];
    if kids.iter().any(|&k| rels[k].is_subject()) {
        return 0;
    }
    let Some(&o) = kids.iter().find(|&&k| {
        rels[k] == Rel::Obj
            && shape.left[k] == v + 1
            && matches!(
                word(k).upos,
                Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num
            )
    }) else {
        return 0;
    };
    // The comma or colon closing the phrase (the parser may hang it inside).
    let Some(end) = (shape.right[o]..n.min(shape.right[o] + 2))
        .find(|&k| k > o && matches!(word(k).form, "," | ":"))
    else {
        return 0;
    };
    let opener = |k: usize| matches!(word(k).form, ":" | "\"" | "“" | "'" | "‘");
    if !(end..n).any(|k| word(k).form == ":" || (k > end && opener(k))) {
        return 0;
    }
    rels[o] = Rel::Nsubj;
    // The quotation hung on a participle of the verb ("posting on the forums: “…”").
    for &p in kids {
        if p <= o || word(p).xpos != "VBG" {
            continue;
        }
        for &c in &shape.kids[p] {
            let left = shape.left[c];
            if c > p
                && matches!(rels[c], Rel::Ccomp | Rel::Parataxis)
                && (left..c).any(|k| heads[k] as usize == c && opener(k))
            {
                heads[c] = v as u32;
                rels[c] = Rel::Ccomp;
                // The participle is then an adverbial clause, not the content.
                if rels[p] == Rel::Ccomp {
                    rels[p] = Rel::Advcl;
                }
            }
        }
    }
    1
}
