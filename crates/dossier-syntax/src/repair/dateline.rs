//! "BAGHDAD (Reuters) - Iraqi forces retook the town", "LONDON — The minister said": the
//! greedy parser reads the place of a wire dateline as the verb's subject (beside the real one)
//! or as the root with the sentence under it. EWT has datelines as sentences of their own
//! ("WASHINGTON (CNN) --", rooted at the place); inside one sentence the place is loosely joined
//! material, `dep` on the root of the sentence after the dash, and the words of the dateline
//! (outlet, date, country) hang on the place.

use super::{RepairWord, Shape};
use crate::doc::{Rel, NO_HEAD};

/// A word written in capitals ("BAGHDAD", "NEW", "U.S."): two letters at least, none lower
/// case.
fn capitals(form: &str) -> bool {
    form.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !form.chars().any(char::is_lowercase)
}

/// The dash that closes a dateline opening the sentence, if it has one: a place in capitals
/// first, then only capitalised words, numbers, commas and a parenthesis ("( Reuters )"), then
/// a dash; a plain hyphen only after the parenthesis or a comma ("BAGHDAD , Oct 17 -"), so
/// "NATO - led" is no dateline.
fn dateline_dash<'a>(n: usize, word: &impl Fn(usize) -> RepairWord<'a>) -> Option<usize> {
    if n < 4 || !capitals(word(0).form) {
        return None;
    }
    let mut comma_or_paren = false;
    for d in 1..n.min(12) {
        let f = word(d).form;
        if matches!(f, "-" | "--" | "—" | "–") {
            let plain = f == "-";
            return (d + 1 < n && (!plain || comma_or_paren)).then_some(d);
        }
        let first = f.chars().next()?;
        if matches!(f, "," | "(" | ")") {
            comma_or_paren = true;
        } else if !(first.is_uppercase() || first.is_ascii_digit() || f == ".") {
            return None;
        }
    }
    None
}

/// "TOKYO — North Korean leader Kim Jong-un has been hospitalized": the parser made the place
/// the root's subject and hung the real subject's phrase, right after the dash, on it
/// (`appos`). With the root after the dash, the widest phrase after the dash hung on the
/// dateline takes the place's subject relation on the root (when the root has no subject of its
/// own after the dash), and the dateline's other words between the dash and the root hang on
/// that phrase.
fn subject_off_the_place(n: usize, d: usize, heads: &mut [u32], rels: &mut [Rel]) {
    // The verb the place is the subject of: the root, or a clause under it ("…, his party
    // said").
    let Some((verb, place_rel)) = (0..=d)
        .find(|&k| (d + 1..n).contains(&(heads[k] as usize)) && rels[k].is_subject())
        .map(|k| (heads[k] as usize, rels[k]))
    else {
        return;
    };
    if (d + 1..n).any(|k| heads[k] as usize == verb && rels[k].is_subject()) {
        return;
    }
    let shape = Shape::new(n, heads);
    let Some(c) = (d + 1..n)
        .filter(|&c| {
            heads[c] as usize <= d
                && (shape.left[c] == d || shape.left[c] == d + 1)
                && shape.right[c] < verb
        })
        .max_by_key(|&c| shape.right[c] - shape.left[c])
    else {
        return;
    };
    for (k, head) in heads.iter_mut().enumerate().take(verb).skip(d + 1) {
        if k != c && *head as usize <= d {
            *head = c as u32;
        }
    }
    heads[c] = verb as u32;
    rels[c] = place_rel;
}

/// Hang a sentence's dateline on the root after it; returns 1 when the tree changed.
pub fn dateline_on_root<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let Some(d) = dateline_dash(n, &word) else {
        return 0;
    };
    let Some(root) = heads.iter().position(|&h| h == NO_HEAD) else {
        return 0;
    };
    let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
    let new_root = if root > d {
        subject_off_the_place(n, d, heads, rels);
        root
    } else {
        // The root inside the dateline: the sentence after the dash is under it; its head is
        // the dateline word's dependent after the dash that spans most of the rest.
        let shape = Shape::new(n, heads);
        let Some(&c) = (d + 1..n)
            .filter(|&c| heads[c] as usize <= d)
            .collect::<Vec<_>>()
            .iter()
            .max_by_key(|&&c| shape.right[c] - shape.left[c])
        else {
            return 0;
        };
        for (k, head) in heads.iter_mut().enumerate().skip(d + 1) {
            if k != c && *head as usize <= d {
                *head = c as u32;
            }
        }
        heads[c] = NO_HEAD;
        rels[c] = Rel::Root;
        c
    };
    // The dateline's words hang on its place; the place on the root.
    for k in 1..=d {
        if heads[k] as usize > d || heads[k] == NO_HEAD {
            heads[k] = 0;
            let core =
                rels[k].is_subject() || matches!(rels[k].universal(), "obj" | "iobj" | "obl");
            if k == d || word(k).form == "," {
                rels[k] = Rel::Punct;
            } else if core || rels[k] == Rel::Root {
                rels[k] = if capitals(word(k).form) {
                    Rel::Flat
                } else {
                    Rel::Dep
                };
            }
        }
    }
    heads[0] = new_root as u32;
    rels[0] = Rel::Dep;
    if heads[..] == old_heads[..] && rels[..] == old_rels[..] {
        return 0;
    }
    usize::from(super::title_name::keep_if_acyclic(
        heads, rels, &old_heads, &old_rels,
    ))
}
