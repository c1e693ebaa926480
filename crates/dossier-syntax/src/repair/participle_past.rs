//! "Islamist radicals seized Tripoli International Airport", "the regime used chemical weapons
//! against civilians", "Survivors say the radical group used the gas", "At least one of the shots
//! struck Brown": after a noun the tagger reads a clause's past tense as a past participle (VBN,
//! as in "the weapons used in the attack"), the parser hangs it on the noun as a reduced
//! relative (`acl`), and the clause has no verb: its subject and object are lost to the stages,
//! or a reported clause becomes the object of its speech verb. A word tagged VBN whose form may
//! be a past tense (the model's tag sets allow VBD for it) is the clause's verb and is retagged
//! VBD before the parse when
//! - a noun's phrase opens the clause right before it (the sentence's start, after punctuation,
//!   a conjunction, "that", a verb of `data/syntax/clause_verbs.txt` — "say the radical group
//!   used" — or a preposition that opens a clause, "after the regime used"), an "of" phrase
//!   inside it ("Dozens of Jordanian fighter jets bombed", "A friend of the woman cleared up"),
//! - an object opens right after it: a determiner, a possessive, a number, a name, a pronoun, a
//!   noun or an adjective ("used *the* gas", "struck *Brown*", "used *chemical* weapons"), or a
//!   phrasal verb's particle before one ("gouged *out* a crater"),
//! - the clause has no other verb or auxiliary up to the next punctuation, conjunction or
//!   relative word (where the clause has its verb, the participle is the noun's modifier: "the
//!   weapons used the day before were found"),
//! - it is no verb of naming ("a group called the Masked Men Brigade", "songs titled
//!   Overdose") and no "by" follows it ("a video posted by the group").
//!
//! "a spider burrowed under his skin" (no object), "a woman believed to be his wife", "13 nuns
//! taken captive" ("taken" is no past tense) keep their reading.

use super::moves::{nmod_to_obl, rehang};
use super::past_verb::{boundary, in_phrase, opens_object, reporting_verb};
use super::RepairWord;
use crate::doc::{Rel, Upos};

/// Whether a word opens the object of a past tense right after it: a determiner, a possessive,
/// a number, a name, a pronoun, a noun or an adjective ("used *chemical* weapons", "denied
/// *involvement*", "told *him*"; no passive participle takes an object, and the clause has no
/// other verb).
fn opens_object_after(w: RepairWord) -> bool {
    opens_object(w) || w.xpos == "PRP$"
}

/// The start of the noun phrase that ends at word `p` (its head), with "of" phrases inside it
/// ("Dozens of Jordanian fighter jets", "one of the shots").
fn phrase_start<'a>(p: usize, word: &impl Fn(usize) -> RepairWord<'a>) -> usize {
    let mut s = p;
    loop {
        while s > 0 && in_phrase(word(s - 1)) {
            s -= 1;
        }
        // "of" between two words of the phrase.
        if s >= 2 && word(s - 1).form.eq_ignore_ascii_case("of") && in_phrase(word(s - 2)) {
            s -= 1;
            continue;
        }
        return s;
    }
}

/// The words of a sentence of `n` words (`word(i)`; `past_tense(i)`: the tag sets allow the
/// word as a past tense) that are a clause's past tense read as a participle after its subject
/// (see the module documentation), in order; the caller retags them VBD before the parse.
pub fn participles_read_as_past<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    past_tense: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let mut out = Vec::new();
    for v in 1..n.saturating_sub(1) {
        let w = word(v);
        if w.xpos != "VBN" || w.upos != Upos::Verb {
            continue;
        }
        if !matches!(word(v - 1).xpos, "NN" | "NNS" | "NNP" | "NNPS") {
            continue;
        }
        if super::NAMING.iter().any(|x| x.eq_ignore_ascii_case(w.form)) {
            continue;
        }
        let x = word(v + 1);
        let particle = matches!(x.xpos, "RP" | "IN")
            && super::particle::phrasal(w.form, x.form)
            && v + 2 < n
            && opens_object(word(v + 2));
        // An adjective opens an object only before its noun ("used chemical weapons", "pegged
        // high-end models", not "an action considered sinful"); a time word opens none ("a
        // fighter jet pictured yesterday") but after a speech verb ("a source claimed Monday").
        let adjective_alone = x.upos == Upos::Adj
            && !(v + 2 < n && {
                let y = word(v + 2);
                matches!(y.upos, Upos::Noun | Upos::Adj | Upos::Propn) || y.xpos == "HYPH"
            });
        let time = super::TIME_WORDS.contains_lower(x.form) && !super::clause_verb(w.form);
        if !(opens_object_after(x) || particle) || adjective_alone || time {
            continue;
        }
        let s = phrase_start(v - 1, &word);
        let opens_clause = s == 0
            || boundary(word(s - 1))
            || reporting_verb(word(s - 1))
            || super::clause_phrase::clause_preposition(word(s - 1).form);
        if !opens_clause {
            continue;
        }
        // No other verb in the clause ("by" after the object is the clause's own matter).
        let end = (v + 1..n).find(|&k| boundary(word(k))).unwrap_or(n);
        if (s..end).any(|k| {
            k != v
                && matches!(word(k).upos, Upos::Verb | Upos::Aux)
                && !(k > 0 && word(k - 1).xpos == "POS")
        }) {
            continue;
        }
        if past_tense(v) {
            out.push(v);
        }
    }
    out
}

/// "Survivors … say the radical group used the gas": with its tag a past tense, the clause's
/// verb may still hang on the noun before it (`acl`) when that noun is the object of a verb of
/// `data/syntax/clause_verbs.txt` right before it, so the speech verb's complement is the noun.
/// A finite verb (VBD, VBZ, VBP) that is such a noun's `acl` (no `acl:relcl`), right after the
/// noun's phrase, with an object and no subject, marker or relative word of its own, becomes the
/// speech verb's `ccomp` and the noun its subject; the noun's dependents after the verb go with
/// it. Returns how many it moved. "said the group called the Masked Men Brigade" (a participle)
/// keeps its reading.
pub(crate) fn clause_on_object_of_speech_verb<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let mut fixes = 0;
    for v in 2..n {
        let w = word(v);
        if !matches!(w.xpos, "VBD" | "VBZ" | "VBP") || w.upos != Upos::Verb || rels[v] != Rel::Acl {
            continue;
        }
        let o = heads[v] as usize;
        if o >= v || rels[o] != Rel::Obj {
            continue;
        }
        let c = heads[o] as usize;
        if c >= o || !reporting_verb(word(c)) {
            continue;
        }
        // The noun's phrase runs from the speech verb to the verb: nothing between hangs
        // outside it.
        let inside = |k: usize| {
            let (mut a, mut steps) = (k, 0);
            while a < n && a != o && steps <= n {
                a = heads[a] as usize;
                steps += 1;
            }
            a == o
        };
        if !(c + 1..v).all(inside) {
            continue;
        }
        let mut obj = false;
        let mut own_clause = false;
        for k in 0..n {
            if heads[k] as usize == v {
                obj |= rels[k] == Rel::Obj;
                own_clause |= rels[k].is_subject()
                    || matches!(rels[k], Rel::Mark | Rel::Expl)
                    || matches!(word(k).xpos, "WDT" | "WP" | "WP$" | "WRB");
            }
        }
        if !obj || own_clause {
            continue;
        }
        rehang(heads, rels, |h| h == o, v, |k| k > v, nmod_to_obl);
        heads[v] = c as u32;
        rels[v] = Rel::Ccomp;
        heads[o] = v as u32;
        rels[o] = Rel::Nsubj;
        fixes += 1;
    }
    fixes
}

/// "Islamic State fighters seized weapons and ammunition dropped by the U.S. military": with
/// the clause's verb read as a past tense, the parser may hang a past participle after its
/// object on the verb as its `xcomp`; a participle with its own passive agent ("by" phrase,
/// `obl:agent`) right after a noun of the verb's object (its head or a conjunct) is the noun's
/// reduced relative, `acl` of the object's head. Returns how many moved. "The troops found the
/// town deserted" (no agent) keeps its reading.
pub(crate) fn agent_participle_on_object<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let mut fixes = 0;
    for p in 1..n {
        if word(p).xpos != "VBN" || rels[p] != Rel::Xcomp {
            continue;
        }
        let v = heads[p] as usize;
        if v >= p || !(0..n).any(|k| heads[k] as usize == p && rels[k] == Rel::OblAgent) {
            continue;
        }
        // The noun right before the participle: the verb's object or a conjunct of it.
        let mut o = p - 1;
        if !matches!(word(o).upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        let mut steps = 0;
        while rels[o] == Rel::Conj && (heads[o] as usize) < o && steps < n {
            o = heads[o] as usize;
            steps += 1;
        }
        if rels[o] != Rel::Obj || heads[o] as usize != v {
            continue;
        }
        heads[p] = o as u32;
        rels[p] = Rel::Acl;
        fixes += 1;
    }
    fixes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w<'a>(upos: Upos, xpos: &'a str, form: &'a str) -> RepairWord<'a> {
        RepairWord { upos, xpos, form }
    }

    #[test]
    fn a_participle_with_an_object_after_the_opening_subject_is_the_past_tense() {
        // Islamist radicals seized Tripoli International Airport .
        let words = [
            w(Upos::Adj, "JJ", "Islamist"),
            w(Upos::Noun, "NNS", "radicals"),
            w(Upos::Verb, "VBN", "seized"),
            w(Upos::Propn, "NNP", "Tripoli"),
            w(Upos::Propn, "NNP", "Airport"),
            w(Upos::Punct, ".", "."),
        ];
        let got = participles_read_as_past(words.len(), |i| words[i], |_| true);
        assert_eq!(got, vec![2]);
        // Control: the clause has its verb after the participle's phrase.
        let words = [
            w(Upos::Det, "DT", "the"),
            w(Upos::Noun, "NNS", "weapons"),
            w(Upos::Verb, "VBN", "used"),
            w(Upos::Det, "DT", "the"),
            w(Upos::Noun, "NN", "day"),
            w(Upos::Adv, "RB", "before"),
            w(Upos::Aux, "VBD", "were"),
            w(Upos::Verb, "VBN", "found"),
        ];
        assert!(participles_read_as_past(words.len(), |i| words[i], |_| true).is_empty());
        // Control: a verb of naming keeps its participle.
        let words = [
            w(Upos::Det, "DT", "a"),
            w(Upos::Noun, "NN", "group"),
            w(Upos::Verb, "VBN", "called"),
            w(Upos::Det, "DT", "the"),
            w(Upos::Propn, "NNP", "Brigade"),
        ];
        assert!(participles_read_as_past(words.len(), |i| words[i], |_| true).is_empty());
        // Control: a form that is no past tense ("taken") keeps its tag.
        let words = [
            w(Upos::Noun, "NNS", "nuns"),
            w(Upos::Verb, "VBN", "taken"),
            w(Upos::Det, "DT", "the"),
            w(Upos::Noun, "NN", "day"),
        ];
        assert!(participles_read_as_past(words.len(), |i| words[i], |_| false).is_empty());
    }

    #[test]
    fn a_participle_with_its_agent_after_the_object_is_the_objects_modifier() {
        // Islamic State fighters seized weapons and ammunition dropped by the U.S. military .
        let words = [
            w(Upos::Noun, "NNS", "fighters"),
            w(Upos::Verb, "VBD", "seized"),
            w(Upos::Noun, "NNS", "weapons"),
            w(Upos::Cconj, "CC", "and"),
            w(Upos::Noun, "NN", "ammunition"),
            w(Upos::Verb, "VBN", "dropped"),
            w(Upos::Adp, "IN", "by"),
            w(Upos::Noun, "NN", "military"),
        ];
        let mut heads = vec![1, u32::MAX, 1, 4, 2, 1, 7, 5];
        let mut rels = vec![
            Rel::Nsubj,
            Rel::Root,
            Rel::Obj,
            Rel::Cc,
            Rel::Conj,
            Rel::Xcomp,
            Rel::Case,
            Rel::OblAgent,
        ];
        let n = words.len();
        assert_eq!(
            agent_participle_on_object(n, |i| words[i], &mut heads, &mut rels),
            1
        );
        assert_eq!((heads[5], rels[5]), (2, Rel::Acl));
        // Control: with no agent the participle stays the verb's complement ("found the town
        // deserted").
        let mut rels = vec![
            Rel::Nsubj,
            Rel::Root,
            Rel::Obj,
            Rel::Cc,
            Rel::Conj,
            Rel::Xcomp,
            Rel::Case,
            Rel::Obl,
        ];
        let mut heads = vec![1, u32::MAX, 1, 4, 2, 1, 7, 5];
        assert_eq!(
            agent_participle_on_object(n, |i| words[i], &mut heads, &mut rels),
            0
        );
        assert_eq!((heads[5], rels[5]), (1, Rel::Xcomp));
    }
}
