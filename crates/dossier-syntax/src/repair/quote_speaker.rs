//! "… are missing and we believe they were kidnapped,” Welat Avar, a doctor, told Reuters":
//! a name right after a closing quotation mark, set off by commas with its apposition before
//! a speech verb, is the speaker; the greedy parser hangs it on the quotation mark or inside
//! the quotation (an object, a parataxis) and leaves the speech verb without a subject (or
//! hangs the verb on the name as a modifier). Session 31, from FNC-1 train bodies: "Marie Harf,
//! a State Department spokeswoman, said", "Brian Leary, a spokesman for the agency, said".
//!
//! The name (a proper noun whose phrase opens right after the mark, its head at or before the
//! mark) becomes the `nsubj` of the speech verb (`data/syntax/clause_verbs.txt`) that follows
//! the comma closing its phrase, when that verb has no subject; a verb hung on the name takes
//! the quotation's top verb as its head (`parataxis`). "“We will win,” Obama told reporters"
//! (no comma: the parser reads it right) and a name after the quote that heads no speech verb
//! are left alone.

use super::relative_clause::under;
use super::{clause_verb, RepairWord, Shape};
use crate::doc::{Rel, Upos};

/// Returns how many speakers were attached.
pub fn speaker_after_quote<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    // A closing mark: so tagged, or a straight or closing double quote after a comma or a stop.
    let closing = |c: usize| {
        let w = word(c);
        let mark = w.xpos == "''"
            || (c > 0
                && matches!(w.form, "\"" | "\u{201d}")
                && matches!(word(c - 1).xpos, "," | "."));
        c + 3 < n && mark && word(c + 1).upos == Upos::Propn
    };
    // Cheap exit: no closing quotation mark before a name.
    if !(0..n).any(closing) {
        return 0;
    }
    let mut fixes = 0;
    for c in 1..n {
        if !closing(c) {
            continue;
        }
        let shape = Shape::new(n, heads);
        // The name's phrase opens right after the mark; its head hangs at or before the mark.
        let Some(name) = (c + 1..n.min(c + 6)).find(|&k| {
            shape.left[k] == c + 1 && (heads[k] as usize) <= c && word(k).upos == Upos::Propn
        }) else {
            continue;
        };
        // The comma that closes its phrase, right before a speech verb, with no other verb
        // between (a part of the phrase may hang elsewhere: "Ibrahim Binici, a deputy from
        // Turkey's pro-Kurdish HDP party, told Reuters").
        let mut found = None;
        for k in name + 1..n.min(name + 30) {
            let x = word(k);
            if x.xpos == "," && k + 1 < n && word(k + 1).upos == Upos::Verb {
                found = Some(k + 1);
                break;
            }
            if matches!(x.upos, Upos::Verb | Upos::Aux) {
                break;
            }
        }
        let Some(v) = found else {
            continue;
        };
        let w = word(v);
        if w.upos != Upos::Verb || !clause_verb(w.form) || shape.has_subject(v, rels) {
            continue;
        }
        let under_name = heads[v] as usize == name;
        if !under_name && under(v, name, heads) {
            continue;
        }
        if under_name {
            // The verb hung on the name goes to the quotation's verb: the highest word inside
            // the quotation above the closing mark.
            let mut q = heads[c] as usize;
            for _ in 0..n {
                match heads.get(q).map(|&h| h as usize) {
                    Some(h) if q < c && h < c => q = h,
                    _ => break,
                }
            }
            if q >= c || word(q).upos != Upos::Verb || under(q, name, heads) {
                continue;
            }
            heads[v] = q as u32;
            rels[v] = Rel::Parataxis;
        }
        heads[name] = v as u32;
        rels[name] = Rel::Nsubj;
        fixes += 1;
    }
    fixes
}

/// "… were killed in a U.S. airstrike in Iraq, a senior Iraqi security official told NBC News"
/// (fnc-723): a speech verb (`data/syntax/clause_verbs.txt`, finite) read as a modifier (`acl`)
/// of the noun right before it, whose phrase opens right after a comma and hangs back on the
/// clause before the comma. The noun is the verb's subject, and the verb a `parataxis` of the
/// sentence's root before the comma (as "…, officials told Reuters" is read). A verb with a
/// subject of its own, or a noun whose phrase hangs after itself, is left alone. Returns how
/// many verbs moved (session 33).
pub fn reporting_verb_read_as_modifier<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |v: usize, heads: &[u32], rels: &[Rel]| {
        let w = word(v);
        rels[v] == Rel::Acl
            && w.upos == Upos::Verb
            && matches!(w.xpos, "VBD" | "VBZ" | "VBP")
            && clause_verb(w.form)
            && (heads[v] as usize) < v
    };
    // Cheap exit: no such verb.
    if !(0..n).any(|v| candidate(v, heads, rels)) {
        return 0;
    }
    let Some(root) = (0..n).find(|&k| heads[k] as usize >= n) else {
        return 0;
    };
    let mut fixes = 0;
    for v in 0..n {
        if !candidate(v, heads, rels) {
            continue;
        }
        let shape = Shape::new(n, heads);
        let noun = heads[v] as usize;
        // The comma before the noun's phrase (the parser may hang it on the noun).
        let l = shape.left[noun];
        let comma = if word(l).form == "," {
            l
        } else {
            l.wrapping_sub(1)
        };
        let h = heads[noun] as usize;
        if !matches!(word(noun).upos, Upos::Noun | Upos::Propn)
            || comma >= noun
            || word(comma).form != ","
            || h >= comma
            || root >= comma
            || shape.has_subject(v, rels)
            || (noun + 1..v).any(|k| !under(k, noun, heads))
        {
            continue;
        }
        heads[noun] = v as u32;
        rels[noun] = Rel::Nsubj;
        heads[v] = root as u32;
        rels[v] = Rel::Parataxis;
        heads[comma] = v as u32;
        rels[comma] = Rel::Punct;
        fixes += 1;
    }
    fixes
}
