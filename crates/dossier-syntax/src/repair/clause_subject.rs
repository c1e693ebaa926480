//! Tree repairs that give a clause back the subject or the attachment the greedy parser gave
//! to a noun:
//! - "Neither the Egyptian army nor Israeli police commented": the preconjunction read as the
//!   root with the first conjunct its object and the verb a participle on it; or "Either the
//!   rebels or the army shelled the market" read with two subjects. The first conjunct is the
//!   verb's subject, the second its `conj`, the preconjunction its `cc:preconj`.
//! - "A clash with militants, according to the army, left five soldiers dead": "according to
//!   X" set off by commas, hung on a noun (`nmod`, `appos`): X is an `obl` of the clause's verb,
//!   where attribution and claims read it; at the sentence's end ("…, a journalist who was
//!   kidnapped in Syria, according to a transcript."), an `obl` of the root; so too when,
//!   at the sentence's end, it hangs on the verb of a clause under the root ("… and is in
//!   hospital recovering from surgery, according to a newspaper").
//! - "Westmacott, who will retire soon after serving in Iran, praised Obama's presidency": a
//!   name root with a relative clause set off by commas, and the main verb read inside that
//!   clause: the verb after the closing comma is the root, the name its subject, and what the
//!   verb had before the comma goes back to the relative clause. The verb may be a participle
//!   after finite auxiliaries and the clause hung on the comma after the noun ("Several
//!   sources, who have requested anonymity, have confirmed that …", session 33).
//! - "Mukasey, the Republican attorney general, criticized Clinton's email use": a name set
//!   off by a comma before a past or present-tense verb with no subject, read as a vocative,
//!   is the verb's subject.

use super::relative_clause::under;
use super::title_name::keep_if_acyclic;
use super::{finite, RepairWord, Shape};
use crate::doc::{Rel, Upos, NO_HEAD};
use crate::wordlist::WordList;

/// The words of `data/syntax/preconjunctions.txt` (lower case).
fn preconjunction(form: &str) -> bool {
    static WORDS: WordList =
        WordList::new(include_str!("../../../../data/syntax/preconjunctions.txt"));
    WORDS.contains_lower(form)
}

/// A noun, a name or a pronoun.
fn nominal(u: Upos) -> bool {
    matches!(u, Upos::Noun | Upos::Propn | Upos::Pron)
}

/// The subject relation of a verb, passive or not.
fn subject_rel(passive: bool) -> Rel {
    if passive {
        Rel::NsubjPass
    } else {
        Rel::Nsubj
    }
}

/// "Neither the army nor police commented" (preconjunction root) and "Either the rebels or the
/// army shelled" (two subjects with "or" between): see the module documentation. Returns how
/// many coordinations it mended.
pub fn coordinated_subjects<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let mut fixes = preconjunction_root(n, &word, heads, rels);
    // Two subjects of one verb before it with a coordinating conjunction between them.
    let shape = Shape::new(n, heads);
    for v in 0..n {
        let subs: Vec<usize> = shape.kids[v]
            .iter()
            .copied()
            .filter(|&k| matches!(rels[k], Rel::Nsubj | Rel::NsubjPass) && k < v)
            .collect();
        let [a, b] = subs[..] else {
            continue;
        };
        if !nominal(word(a).upos) || !nominal(word(b).upos) {
            continue;
        }
        // The conjunction right before the second conjunct's phrase, hung on the verb or on it.
        let c = shape.left[b].checked_sub(1);
        let Some(c) = c.filter(|&c| {
            c > shape.right[a]
                && word(c).upos == Upos::Cconj
                && (heads[c] as usize == v || heads[c] as usize == b)
        }) else {
            continue;
        };
        // Only the conjunction between the two phrases: "positions, and Russia condemned"
        // (an object and the next clause's subject read as two subjects) stays.
        if c != shape.right[a] + 1 {
            continue;
        }
        let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
        heads[c] = b as u32;
        rels[c] = Rel::Cc;
        heads[b] = a as u32;
        rels[b] = Rel::Conj;
        for k in 0..shape.left[a] {
            if heads[k] as usize == v && rels[k] == Rel::CcPreconj && preconjunction(word(k).form) {
                heads[k] = a as u32;
            }
        }
        fixes += usize::from(keep_if_acyclic(heads, rels, &old_heads, &old_rels));
        break;
    }
    fixes
}

/// "Neither the army nor police commented": a preconjunction root whose first nominal
/// dependent has a second conjunct (with its conjunction), and a verb with no subject right
/// after them hung on the root or on a conjunct.
fn preconjunction_root<'a>(
    n: usize,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let Some(r) = heads.iter().position(|&h| h == NO_HEAD) else {
        return 0;
    };
    if word(r).upos != Upos::Cconj || !preconjunction(word(r).form) {
        return 0;
    }
    let shape = Shape::new(n, heads);
    let Some(a) = shape.kids[r]
        .iter()
        .copied()
        .find(|&k| k > r && nominal(word(k).upos))
    else {
        return 0;
    };
    let Some(b) = shape.kids[a].iter().copied().find(|&k| {
        k > a
            && rels[k] == Rel::Conj
            && shape.kids[k]
                .iter()
                .any(|&c| c < k && word(c).upos == Upos::Cconj)
    }) else {
        return 0;
    };
    // The verb: the first word after the second conjunct's own words, hung on the root or a
    // conjunct, with no subject of its own.
    let end = shape.kids[b]
        .iter()
        .copied()
        .filter(|&k| word(k).upos != Upos::Verb)
        .map(|k| shape.right[k])
        .fold(b, usize::max);
    let Some(v) = (end + 1..n)
        .find(|&k| word(k).upos == Upos::Verb && [r, a, b].contains(&(heads[k] as usize)))
    else {
        return 0;
    };
    if shape.has_subject(v, rels)
        || (end + 1..v).any(|k| !matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Advmod))
    {
        return 0;
    }
    let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
    let passive = shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass);
    for (k, head) in heads.iter_mut().enumerate() {
        let h = *head as usize;
        if k != v && k != a && (h == r || (h == a || h == b) && k > v) {
            *head = v as u32;
        }
    }
    heads[v] = NO_HEAD;
    rels[v] = Rel::Root;
    heads[a] = v as u32;
    rels[a] = subject_rel(passive);
    heads[r] = a as u32;
    rels[r] = Rel::CcPreconj;
    usize::from(keep_if_acyclic(heads, rels, &old_heads, &old_rels))
}

/// Relations that keep a word inside its noun phrase (climbed to find the phrase's place in
/// the clause).
fn inside_phrase(rel: Rel) -> bool {
    matches!(
        rel,
        Rel::Nmod
            | Rel::NmodPoss
            | Rel::NmodUnmarked
            | Rel::Appos
            | Rel::Compound
            | Rel::Conj
            | Rel::Flat
    )
}

/// "A clash with militants, according to the army, left five soldiers dead": see the module
/// documentation. Returns how many phrases it moved.
pub fn according_to_on_noun<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let mut fixes = 0;
    for c in 1..n {
        if rels[c] != Rel::Case
            || !word(c).form.eq_ignore_ascii_case("according")
            || word(c - 1).form != ","
        {
            continue;
        }
        let x = heads[c] as usize;
        if x >= n || x < c {
            continue;
        }
        let g = heads[x] as usize;
        if g >= n || g > c {
            continue;
        }
        // On a noun; or, at the sentence's end, on the verb of a clause under the root ("Kim
        // has broken both ankles and is in hospital recovering from surgery, according to a
        // newspaper": the newspaper speaks for the sentence, not for "recovering").
        let on_noun = inside_phrase(rels[x]) && nominal(word(g).upos);
        let on_clause = rels[x] == Rel::Obl
            && heads[g] != NO_HEAD
            && matches!(word(g).upos, Upos::Verb | Upos::Adj);
        if !on_noun && !on_clause {
            continue;
        }
        // At the sentence's end (only punctuation after it) the phrase speaks for the whole
        // sentence: the root's. Inside it, climb from the noun the phrase hangs on to the
        // phrase's place in its clause (through noun-phrase relations only).
        let shape = Shape::new(n, heads);
        let last = (shape.right[x] + 1..n).all(|k| word(k).upos == Upos::Punct);
        if on_clause && !(last && shape.left[x] == c) {
            continue;
        }
        let verb = if last {
            let Some(root) = heads.iter().position(|&h| h == NO_HEAD) else {
                continue;
            };
            if under(root, x, heads) || !matches!(word(root).upos, Upos::Verb | Upos::Adj) {
                continue;
            }
            root
        } else {
            let mut t = g;
            let mut steps = 0;
            while inside_phrase(rels[t]) && (heads[t] as usize) < n && steps < n {
                t = heads[t] as usize;
                steps += 1;
            }
            let verb = heads[t] as usize;
            if verb >= n
                || !(rels[t].is_subject() || matches!(rels[t], Rel::Obj | Rel::Obl | Rel::Iobj))
                || !matches!(word(verb).upos, Upos::Verb | Upos::Aux | Upos::Adj)
            {
                continue;
            }
            verb
        };
        let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
        heads[x] = verb as u32;
        rels[x] = Rel::Obl;
        // The commas around the phrase go with it.
        if heads[c - 1] as usize != x {
            heads[c - 1] = x as u32;
            rels[c - 1] = Rel::Punct;
        }
        fixes += usize::from(keep_if_acyclic(heads, rels, &old_heads, &old_rels));
    }
    fixes
}

/// "Westmacott, who will retire …, praised Obama's presidency": see the module documentation.
/// Returns 1 when it gave the root to the verb.
pub fn main_verb_inside_relative_clause<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let Some(r) = super::noun_root(heads, &word) else {
        return 0;
    };
    let shape = Shape::new(n, heads);
    if shape.has_subject(r, rels) || shape.kids[r].iter().any(|&k| rels[k] == Rel::Cop) {
        return 0;
    }
    // The relative clause, set off by a comma right after the noun's phrase before it, on the
    // noun or on that comma ("Several sources, who have requested anonymity, have confirmed").
    let on_noun = |k: usize| {
        let h = heads[k] as usize;
        h == r || (h < n && heads[h] as usize == r && word(h).form == ",")
    };
    let Some(rc) = (r + 1..n).find(|&k| {
        on_noun(k)
            && rels[k] == Rel::AclRelcl
            && shape.left[k] > 0
            && word(shape.left[k] - 1).form == ","
    }) else {
        return 0;
    };
    // Where a verb's clause opens: at its auxiliaries right before it ("have confirmed").
    let opening = |v: usize| {
        let mut f = v;
        while f > rc + 1
            && heads[f - 1] as usize == v
            && matches!(rels[f - 1], Rel::Aux | Rel::AuxPass)
        {
            f -= 1;
        }
        f
    };
    // A finite verb inside it (or a participle after finite auxiliaries) with no subject,
    // right after a comma; what it has before the comma lies inside the relative clause.
    let Some(v) = (rc + 1..=shape.right[rc]).find(|&v| {
        let w = word(v);
        let f = opening(v);
        w.upos == Upos::Verb
            && (finite(w.xpos) || (f < v && finite(word(f).xpos)))
            && w.xpos != "MD"
            && under(v, rc, heads)
            && word(f - 1).form == ","
            && under(f - 1, rc, heads)
            && !shape.has_subject(v, rels)
            && shape.kids[v].iter().all(|&k| k > v || k > rc)
    }) else {
        return 0;
    };
    let f = opening(v);
    let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
    // "after also serving in Iran" read as the verb's: it belongs to the relative clause.
    for &k in &shape.kids[v] {
        if k < f {
            heads[k] = rc as u32;
        }
    }
    if heads[rc] as usize != r {
        heads[rc] = r as u32;
    }
    let passive = shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass);
    for (k, h) in heads.iter_mut().enumerate() {
        if *h as usize == r && k > v {
            *h = v as u32;
        }
    }
    heads[v] = NO_HEAD;
    rels[v] = Rel::Root;
    heads[r] = v as u32;
    rels[r] = subject_rel(passive);
    usize::from(keep_if_acyclic(heads, rels, &old_heads, &old_rels))
}

/// "Mukasey, the Republican attorney general, criticized …": see the module documentation.
/// Returns how many vocatives became subjects.
pub fn vocative_read_as_subject<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let shape = Shape::new(n, heads);
    let mut fixes = 0;
    for c in 0..n {
        let v = heads[c] as usize;
        if rels[c] != Rel::Vocative || v >= n || v < c {
            continue;
        }
        let (wc, wv) = (word(c), word(v));
        if !matches!(wc.upos, Upos::Noun | Upos::Propn)
            || wv.upos != Upos::Verb
            || !matches!(wv.xpos, "VBD" | "VBZ")
            || shape.has_subject(v, rels)
        {
            continue;
        }
        // Set off by a comma that closes its phrase (the comma hung on it or right after it),
        // right before the verb (only the verb's adverbs between), and no clause inside the
        // phrase ("Emwazi, who was given the nickname after hostages revealed …" stays).
        let end = shape.right[c];
        let close = if word(end).form == "," { end } else { end + 1 };
        if close >= v
            || word(close).form != ","
            || (close + 1..v).any(|k| heads[k] as usize != v || rels[k] != Rel::Advmod)
            || (c..=end).any(|k| matches!(word(k).upos, Upos::Verb | Upos::Aux))
        {
            continue;
        }
        let passive = shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass);
        rels[c] = subject_rel(passive);
        fixes += 1;
    }
    fixes
}
