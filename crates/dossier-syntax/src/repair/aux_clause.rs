//! "Islamic State militants are launching bombs …", "Egyptian military jets reportedly have
//! conducted strikes …", "the officials say specific military proposals has not yet been
//! presented …": the greedy parser hangs the verb with its finite auxiliary on the noun before
//! it as a relative clause (`acl:relcl`), so the clause has no subject and the noun is
//! left as the root or as the object of the verb that reports the clause; events and claims
//! lose the doer. In EWT and GUM train (19,000 gold trees) a verb under a noun by `acl` or
//! `acl:relcl` with a finite auxiliary before it and no subject, marker or relative word of its
//! own occurs once (a free relative under "whatever"). So when the parser builds one and the
//! noun's phrase ends right before the auxiliary (adverbs and quotation marks aside; its own
//! prepositional phrases and a relative clause set off by commas are part of it), the verb takes
//! the noun's place and the noun is its subject: the root stays the root, a clause verb's object
//! or `ccomp` becomes the clause (`ccomp`), and a subject of a speech verb that has a subject of
//! its own after the clause ("The woman, who …, was travelling …, Interior Minister Nouhad
//! Mashnuq told …") makes the clause that verb's `ccomp`. The same verb read as `acl` is
//! `clause_phrase.rs::clause_read_as_modifier`'s (session 30), which runs later; a word of
//! `data/syntax/clause_prepositions.txt` between the noun and the auxiliary ("the biggest story
//! since 2008 as the company has bought …") opens a clause of its own: no move.

use super::clause_phrase::clause_preposition;
use super::relative_clause::under;
use super::{moves, RepairWord, Shape};
use crate::doc::{Rel, Upos, NO_HEAD};

/// Finite auxiliary forms: a clause that needs a subject of its own.
fn finite_aux(xpos: &str) -> bool {
    matches!(xpos, "VBD" | "VBZ" | "VBP" | "MD")
}

fn quote_or_adverb(w: &RepairWord) -> bool {
    matches!(w.xpos, "RB" | "``" | "''") || matches!(w.form, "\"" | "“" | "”" | "'" | "‘" | "’")
}

/// Give each such clause its subject; returns how many moved.
pub fn auxiliary_clause_on_noun<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |v: usize, heads: &[u32], rels: &[Rel]| {
        let h = heads[v] as usize;
        word(v).upos == Upos::Verb
            && rels[v] == Rel::AclRelcl
            && h < v
            && matches!(word(h).upos, Upos::Noun | Upos::Propn)
    };
    if !(0..n).any(|v| candidate(v, heads, rels)) {
        return 0;
    }
    let mut fixes = 0;
    for v in 0..n {
        if !candidate(v, heads, rels) {
            continue;
        }
        let shape = Shape::new(n, heads);
        let noun = heads[v] as usize;
        let kids = &shape.kids[v];
        if kids.iter().any(|&k| {
            rels[k].is_subject()
                || matches!(rels[k], Rel::Expl | Rel::Mark)
                || matches!(word(k).xpos, "WDT" | "WP" | "WP$" | "WRB")
        }) {
            continue;
        }
        // The verb's first auxiliary, finite, after the noun.
        let Some(aux) = kids
            .iter()
            .copied()
            .filter(|&k| k < v && matches!(rels[k], Rel::Aux | Rel::AuxPass))
            .min()
        else {
            continue;
        };
        if aux <= noun || !finite_aux(word(aux).xpos) {
            continue;
        }
        // Between the noun and the auxiliary: the noun's own phrase (prepositional phrases
        // without a verb or comma, or a relative clause set off by commas that opens with its
        // relative word), then only adverbs, quotation marks and the closing comma.
        let mut end = aux;
        while end > noun + 1
            && (quote_or_adverb(&word(end - 1)) || word(end - 1).form == ",")
            && (!under(end - 1, noun, heads) || under(end - 1, v, heads))
        {
            end -= 1;
        }
        let set_off = word(end).form == ","
            && noun + 2 < end
            && word(noun + 1).form == ","
            && matches!(word(noun + 2).xpos, "WP" | "WDT" | "WP$");
        let phrase_ok = (noun + 1..end).all(|k| {
            if !under(k, noun, heads) || under(k, v, heads) {
                return false;
            }
            let c = shape.kids[noun]
                .iter()
                .copied()
                .find(|&c| under(k, c, heads));
            match c {
                Some(c) if rels[c] == Rel::AclRelcl => set_off,
                _ if k == noun + 1 && set_off => true,
                _ => {
                    let w = word(k);
                    !(w.xpos.starts_with("VB")
                        || matches!(w.xpos, "MD" | "CC")
                        || w.form == ","
                        || rels[k] == Rel::Mark
                        || clause_preposition(w.form))
                }
            }
        });
        if !phrase_ok {
            continue;
        }
        // Where the clause goes: the noun's place.
        let h = heads[noun] as usize;
        let (new_head, new_rel) = match rels[noun] {
            Rel::Root => (NO_HEAD, Rel::Root),
            Rel::Obj | Rel::Ccomp if h < noun && word(h).upos == Upos::Verb => {
                (h as u32, Rel::Ccomp)
            }
            Rel::Nsubj
                if h > v
                    && h < n
                    && word(h).upos == Upos::Verb
                    && shape.kids[h]
                        .iter()
                        .any(|&s| s != noun && s > v && rels[s].is_subject()) =>
            {
                (h as u32, Rel::Ccomp)
            }
            _ => continue,
        };
        let passive = kids.iter().any(|&k| rels[k] == Rel::AuxPass);
        moves::rehang(heads, rels, |x| x == noun, v, |c| c > v, moves::nmod_to_obl);
        heads[v] = new_head;
        rels[v] = new_rel;
        heads[noun] = v as u32;
        rels[noun] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        fixes += 1;
    }
    fixes
}
