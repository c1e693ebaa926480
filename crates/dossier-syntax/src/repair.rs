//! One tree repair after the greedy parser: a sentence left with a noun as its root while a
//! verb that can only be a main verb hangs under it.
//!
//! The greedy parser sometimes reads "The Saudi-led coalition bombed Houthi positions" with
//! "coalition" as the root and "bombed" a participle modifying it (`acl`), so the sentence has
//! no main verb and its subject is lost. In the training treebanks (EWT and GUM train, 19,000
//! gold trees) a noun root without a copula never has such a dependent: a finite verb (VBD,
//! VBZ, VBP) with no subject, no marker and no relative pronoun of its own under it by `acl`,
//! `xcomp`, `ccomp` or `conj` occurs once, and a participle with a direct object and no
//! auxiliary under a noun root only in naming frames ("a chapter titled …", "a drug called …").
//! So when the parser builds one, the verb is promoted: it becomes the root, the noun its
//! subject, and the noun's dependents after the verb move to the verb.

use crate::doc::{Rel, Upos, NO_HEAD};

/// Verbs whose participle takes a name as its object under a noun ("a group called the Masked
/// Men Brigade", "a report titled …"): never promoted.
const NAMING: &[&str] = &[
    "called",
    "named",
    "titled",
    "entitled",
    "dubbed",
    "nicknamed",
    "known",
];

/// What one word has under it.
#[derive(Debug, Clone, Copy, Default)]
struct Under {
    /// A subject, expletive, marker or relative word: a clause of its own.
    own_clause: bool,
    obj: bool,
    aux: bool,
    aux_pass: bool,
}

/// A word of one sentence as the repair sees it.
#[derive(Debug, Clone, Copy)]
pub struct RepairWord<'a> {
    pub upos: Upos,
    pub xpos: &'a str,
    pub form: &'a str,
}

/// Repair the tree of a sentence of `n` words (`word(i)` gives word `i`) in place (`heads`
/// sentence-local, `NO_HEAD` for the root).
/// Returns the promoted verb, if any. Measured (session 13): news arcs check 177 → 179 of 204;
/// EWT dev LAS 80.67 → 80.69, GUM-open dev 80.73 → 80.72; FNC-1 train extract: 13 of 1,683
/// bodies change ("The extremists seized swathes of territory", "Republicans in particular
/// blasted the US defense secretary" read with their subjects).
pub fn promote_main_verb<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> Option<usize> {
    if heads.len() != n || rels.len() != n {
        return None;
    }
    let r = heads.iter().position(|&h| h == NO_HEAD)?;
    if !matches!(word(r).upos, Upos::Noun | Upos::Propn) {
        return None;
    }
    // One pass over the arcs: what each word has under it (linear in the sentence, whatever
    // its shape).
    let mut under = vec![Under::default(); n];
    for c in 0..n {
        let h = heads[c] as usize;
        if h >= n {
            continue;
        }
        let rel = rels[c];
        if h == r && (rel == Rel::Cop || rel.is_subject()) {
            return None;
        }
        let u = &mut under[h];
        u.own_clause |= rel.is_subject()
            || matches!(rel, Rel::Expl | Rel::Mark)
            || matches!(word(c).xpos, "WDT" | "WP" | "WP$" | "WRB");
        u.obj |= rel == Rel::Obj;
        u.aux |= matches!(rel, Rel::Aux | Rel::AuxPass);
        u.aux_pass |= rel == Rel::AuxPass;
    }
    let v = (r + 1..n).find(|&v| {
        let w = word(v);
        if heads[v] as usize != r || w.upos != Upos::Verb || under[v].own_clause {
            return false;
        }
        if !matches!(rels[v].universal(), "acl" | "xcomp" | "ccomp" | "conj") {
            return false;
        }
        match w.xpos {
            "VBD" | "VBZ" | "VBP" => true,
            "VBN" => {
                under[v].obj
                    && !under[v].aux
                    && !NAMING.iter().any(|x| x.eq_ignore_ascii_case(w.form))
            }
            _ => false,
        }
    })?;
    let passive = under[v].aux_pass;
    for c in 0..n {
        if heads[c] as usize == r && c > v {
            heads[c] = v as u32;
            if rels[c] == Rel::Nmod {
                rels[c] = Rel::Obl;
            }
        }
    }
    heads[v] = NO_HEAD;
    rels[v] = Rel::Root;
    heads[r] = v as u32;
    rels[r] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w<'a>(upos: Upos, xpos: &'a str, form: &'a str) -> RepairWord<'a> {
        RepairWord { upos, xpos, form }
    }

    #[test]
    fn a_participle_with_an_object_under_a_noun_root_becomes_the_main_verb() {
        // The coalition bombed positions overnight .
        let words = [
            w(Upos::Det, "DT", "the"),
            w(Upos::Noun, "NN", "coalition"),
            w(Upos::Verb, "VBN", "bombed"),
            w(Upos::Noun, "NNS", "positions"),
            w(Upos::Adv, "RB", "overnight"),
            w(Upos::Punct, ".", "."),
        ];
        let mut heads = vec![1, NO_HEAD, 1, 2, 2, 1];
        let mut rels = vec![
            Rel::Det,
            Rel::Root,
            Rel::Acl,
            Rel::Obj,
            Rel::Advmod,
            Rel::Punct,
        ];
        assert_eq!(
            promote_main_verb(words.len(), |i| words[i], &mut heads, &mut rels),
            Some(2)
        );
        assert_eq!(heads, vec![1, 2, NO_HEAD, 2, 2, 2]);
        assert_eq!(rels[1], Rel::Nsubj);
        assert_eq!(rels[2], Rel::Root);
    }

    #[test]
    fn naming_participles_relative_clauses_and_headlines_stay() {
        // a group called the Brigade (fragment): a naming participle stays.
        let words = [
            w(Upos::Det, "DT", "a"),
            w(Upos::Noun, "NN", "group"),
            w(Upos::Verb, "VBN", "called"),
            w(Upos::Det, "DT", "the"),
            w(Upos::Propn, "NNP", "brigade"),
        ];
        let mut heads = vec![1, NO_HEAD, 1, 4, 2];
        let mut rels = vec![Rel::Det, Rel::Root, Rel::Acl, Rel::Det, Rel::Obj];
        assert_eq!(
            promote_main_verb(words.len(), |i| words[i], &mut heads, &mut rels),
            None
        );
        // Men who fled the town (fragment): the relative clause has its own subject.
        let words = [
            w(Upos::Noun, "NNS", "men"),
            w(Upos::Pron, "WP", "who"),
            w(Upos::Verb, "VBD", "fled"),
            w(Upos::Det, "DT", "the"),
            w(Upos::Noun, "NN", "town"),
        ];
        let mut heads = vec![NO_HEAD, 2, 0, 4, 2];
        let mut rels = vec![Rel::Root, Rel::Nsubj, Rel::AclRelcl, Rel::Det, Rel::Obj];
        assert_eq!(
            promote_main_verb(words.len(), |i| words[i], &mut heads, &mut rels),
            None
        );
        // Troops killed in ambush (headline): a participle without an object stays.
        let words = [
            w(Upos::Noun, "NNS", "troops"),
            w(Upos::Verb, "VBN", "killed"),
            w(Upos::Adp, "IN", "in"),
            w(Upos::Noun, "NN", "ambush"),
        ];
        let mut heads = vec![NO_HEAD, 0, 3, 1];
        let mut rels = vec![Rel::Root, Rel::Acl, Rel::Case, Rel::Obl];
        assert_eq!(
            promote_main_verb(words.len(), |i| words[i], &mut heads, &mut rels),
            None
        );
    }
}
