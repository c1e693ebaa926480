//! Subjects and objects the greedy parser hangs on the wrong word in shapes seen on real news
//! (session 30), each repaired only where the tree cannot be right as it stands:
//! - "Gawker, which broke the story, says the video is fake": the name and "which" both read
//!   as subjects of the relative clause's verb, the speech verb hung on it. The relative clause
//!   goes to the name (`acl:relcl`), the name is the speech verb's subject, and the speech verb
//!   takes the relative clause's place.
//! - "Iran sent Russia the missiles": two direct objects on one verb. The first, right after
//!   the verb and right before the second, and a short phrase (no preposition, clause or
//!   conjunct inside it), is the indirect object ("gave the rebels weapons"); so is the first
//!   of two nouns after a verb of giving read as one phrase with the second as a `compound`
//!   after its head (session 31, [`recipient_before_object`]).
//! - "the moment a US Marine gets shot": a finite form of "get" right before a passive
//!   participle read as part of the subject's phrase (`compound`); it is the passive's
//!   auxiliary and the phrase before it the participle's subject.
//! - "Close friends of Emwazi's also said": a possessor with "'s" hung on the verb after it
//!   (a double genitive closes the phrase); the verb, read as a modifier of the noun before
//!   "of", is the clause's verb and the noun its subject.

use super::moves::{hand_over, rehang, same, Shapes};
use super::{finite, RepairWord, Shape};
use crate::doc::{Rel, Upos};
use crate::wordlist::WordList;

fn nominal(w: RepairWord) -> bool {
    matches!(w.upos, Upos::Noun | Upos::Propn | Upos::Pron)
}

/// "Gawker, which broke the story, says …"; returns how many clauses moved.
pub fn relative_clause_before_speech_verb<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let relative = |k: usize| matches!(word(k).xpos, "WDT" | "WP");
    // Cheap exit: no relative pronoun read as a subject after a comma.
    if !(1..n).any(|k| relative(k) && rels[k].is_subject() && word(k - 1).xpos == ",") {
        return 0;
    }
    let shape = Shape::new(n, heads);
    for w in 2..n {
        if !(relative(w) && rels[w].is_subject() && word(w - 1).xpos == ",") {
            continue;
        }
        let v = heads[w] as usize;
        if v >= n || v < w || word(v).upos != Upos::Verb {
            continue;
        }
        // The other subject: the phrase ending right before the comma.
        let Some(&s) = shape.kids[v].iter().find(|&&k| {
            k < w - 1 && rels[k] == Rel::Nsubj && nominal(word(k)) && shape.right[k] == w - 2
        }) else {
            continue;
        };
        // The speech verb: a finite verb after a comma that closes the relative clause, with
        // no subject of its own, hung on the relative clause's verb.
        let closing = |k: usize| {
            let l = shape.left[k];
            if word(l).xpos == "," {
                Some(l)
            } else {
                (l > v + 1 && word(l - 1).xpos == "," && heads[l - 1] as usize == v).then(|| l - 1)
            }
        };
        let Some((u, close)) = shape.kids[v].iter().find_map(|&k| {
            let fits = k > v
                && finite(word(k).xpos)
                && word(k).upos == Upos::Verb
                && matches!(
                    rels[k],
                    Rel::Advcl | Rel::Conj | Rel::Parataxis | Rel::Ccomp | Rel::Dep
                )
                && !shape.has_subject(k, rels);
            fits.then(|| closing(k).map(|c| (k, c))).flatten()
        }) else {
            continue;
        };
        if close <= v {
            continue;
        }
        hand_over(v, u, |k| k > u || k == close, heads, rels);
        heads[v] = s as u32;
        rels[v] = Rel::AclRelcl;
        heads[s] = u as u32;
        rels[s] = Rel::Nsubj;
        return 1;
    }
    0
}

/// "Iran sent Russia the missiles": the first of two adjacent direct objects is the indirect
/// one; returns how many were relabelled. The second must open with a determiner, a number or
/// a possessive, or be plural ("gave the rebels weapons"): a bare singular noun after an
/// object is a predicate ("named him president"), not a thing given.
pub fn two_objects<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let count = super::dependents_per_head(n, heads, rels, |r| r == Rel::Obj);
    if !count.contains(&2) {
        return 0;
    }
    let shape = Shape::new(n, heads);
    let mut fixes = 0;
    for (v, &c) in count.iter().enumerate() {
        if c != 2 || word(v).upos != Upos::Verb || predicate_verb(word(v).form) {
            continue;
        }
        let objs: Vec<usize> = shape.kids[v]
            .iter()
            .copied()
            .filter(|&k| rels[k] == Rel::Obj)
            .collect();
        let (a, b) = (objs[0], objs[1]);
        if shape.left[a] != v + 1 || shape.right[a] + 1 != shape.left[b] {
            continue;
        }
        if !nominal(word(a)) || !nominal(word(b)) || word(shape.left[b]).upos == Upos::Punct {
            continue;
        }
        // The first is a short phrase: no preposition, clause or conjunct inside it
        // ("floodgates to discharge the water", "soldiers and civilians alike").
        if (shape.left[a]..=shape.right[a]).any(|k| {
            k != a
                && !matches!(
                    rels[k],
                    Rel::Det | Rel::Amod | Rel::Compound | Rel::Nummod | Rel::NmodPoss | Rel::Flat
                )
                && !(rels[k] == Rel::Case && word(k).xpos == "POS")
        }) {
            continue;
        }
        let opener = word(shape.left[b]);
        let marked = matches!(opener.upos, Upos::Det | Upos::Num)
            || matches!(opener.xpos, "PRP$" | "NNS" | "NNPS")
            || matches!(word(b).xpos, "NNS" | "NNPS")
            || (shape.left[b] < b && word(b - 1).xpos == "POS");
        if !marked {
            continue;
        }
        rels[a] = Rel::Iobj;
        fixes += 1;
    }
    fixes
}

/// `data/syntax/ditransitive_verbs.txt`: verbs of giving, sending and telling.
fn ditransitive_verb(form: &str) -> bool {
    static WORDS: WordList = WordList::new(include_str!(
        "../../../../data/syntax/ditransitive_verbs.txt"
    ));
    WORDS.contains_lower(form)
}

/// "The United States gave the rebels weapons": after a verb of giving the parser reads the
/// two nouns as one object whose head is the first, with the second as a `compound` after it
/// (a compound never follows its head). The first is the indirect object, the second the
/// object, and what hangs on the first after the second (a prepositional phrase, a conjunct)
/// is the second's. Returns how many objects were split. "seized the rebels weapons" (no verb
/// of giving: a possessive without its apostrophe) is left alone.
pub fn recipient_before_object<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |a: usize, heads: &[u32], rels: &[Rel]| {
        let v = heads[a] as usize;
        rels[a] == Rel::Obj
            && a + 1 < n
            && v < a
            && heads[a + 1] as usize == a
            && rels[a + 1] == Rel::Compound
            && word(a + 1).upos == Upos::Noun
            && matches!(word(a).upos, Upos::Noun | Upos::Propn)
            && word(v).upos == Upos::Verb
            && ditransitive_verb(word(v).form)
    };
    if !(0..n).any(|a| candidate(a, heads, rels)) {
        return 0;
    }
    let (mut fixes, mut shapes) = (0, Shapes::default());
    for a in 1..n {
        if !candidate(a, heads, rels) {
            continue;
        }
        let shape = shapes.of(heads);
        let v = heads[a] as usize;
        // The object's phrase opens right after the verb, and the verb has no other object.
        if shape.left[a] != v + 1
            || shape.kids[v]
                .iter()
                .any(|&k| k != a && matches!(rels[k], Rel::Obj | Rel::Iobj))
        {
            continue;
        }
        let b = a + 1;
        rehang(heads, rels, |h| h == a, b, |k| k > b, same);
        heads[b] = v as u32;
        rels[b] = Rel::Obj;
        rels[a] = Rel::Iobj;
        shapes.changed();
        fixes += 1;
    }
    fixes
}

/// `data/syntax/predicate_verbs.txt`: "called the transfer a dramatic escalation" names what
/// the object is; its two noun phrases are no recipient and thing given.
fn predicate_verb(form: &str) -> bool {
    static WORDS: WordList =
        WordList::new(include_str!("../../../../data/syntax/predicate_verbs.txt"));
    WORDS.contains_lower(form)
}

/// A finite form of a passive auxiliary (`data/syntax/passive_auxiliaries.txt`: "gets", "got").
fn get_form(w: RepairWord) -> bool {
    matches!(w.xpos, "VBZ" | "VBD" | "VBP") && super::past_verb::passive_be(w)
}

/// "a US Marine gets shot": returns how many get-passives were rebuilt.
pub fn get_passive_in_phrase<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |g: usize, heads: &[u32], rels: &[Rel]| {
        g + 1 < n
            && heads[g] as usize == g + 1
            && get_form(word(g))
            && word(g + 1).xpos == "VBN"
            && !matches!(rels[g], Rel::Aux | Rel::AuxPass)
    };
    if !(0..n).any(|g| candidate(g, heads, rels)) {
        return 0;
    }
    let (mut fixes, mut shapes) = (0, Shapes::default());
    for g in 1..n {
        if !candidate(g, heads, rels) {
            continue;
        }
        let shape = shapes.of(heads);
        let v = g + 1;
        if shape.has_subject(v, rels) {
            continue;
        }
        // The phrase before "get", read under it: its head is the subject.
        let Some(&s) = shape.kids[g]
            .iter()
            .find(|&&k| k < g && nominal(word(k)) && shape.right[k] == g - 1)
        else {
            continue;
        };
        // A determiner of the phrase read as the clause's marker (the phrase's words as they
        // were).
        let marker: Vec<usize> = shape.kids[v]
            .iter()
            .copied()
            .filter(|&k| k < shape.left[s] && rels[k] == Rel::Mark && word(k).upos == Upos::Det)
            .collect();
        rehang(heads, rels, |h| h == g, v, |_| true, same);
        rels[g] = Rel::AuxPass;
        heads[s] = v as u32;
        rels[s] = Rel::NsubjPass;
        for k in marker {
            heads[k] = s as u32;
            rels[k] = Rel::Det;
        }
        shapes.changed();
        fixes += 1;
    }
    fixes
}

/// "Close friends of Emwazi's also said …": returns how many clauses were rebuilt.
pub fn double_genitive_before_verb<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    // Cheap exit: no possessor hung on a verb.
    let on_verb = |x: usize, heads: &[u32], rels: &[Rel]| {
        let v = heads[x] as usize;
        rels[x] == Rel::NmodPoss && v < n && v > x && word(v).upos == Upos::Verb
    };
    if !(0..n).any(|x| on_verb(x, heads, rels)) {
        return 0;
    }
    let mut shapes = Shapes::default();
    for x in 1..n {
        if !on_verb(x, heads, rels) || !matches!(word(x).upos, Upos::Propn | Upos::Noun) {
            continue;
        }
        let shape = shapes.of(heads);
        let v = heads[x] as usize;
        // A past or third-person form: a base form after "'s" is the noun ("Rosenberg's
        // kidnap").
        if !matches!(word(v).xpos, "VBD" | "VBZ") || shape.has_subject(v, rels) {
            continue;
        }
        // "'s" closes the possessor, and "of" opens it.
        let end = shape.right[x];
        if word(end).xpos != "POS" || shape.left[x] == 0 {
            continue;
        }
        let of = shape.left[x] - 1;
        if !word(of).form.eq_ignore_ascii_case("of") || heads[of] as usize != v {
            continue;
        }
        // The noun before "of", on which the verb was hung.
        let noun = heads[v] as usize;
        if noun + 1 != of || !matches!(word(noun).upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        if !matches!(
            rels[v],
            Rel::Nmod | Rel::Acl | Rel::Amod | Rel::Dep | Rel::AclRelcl
        ) {
            continue;
        }
        if !matches!(
            rels[noun],
            Rel::Root | Rel::Ccomp | Rel::Conj | Rel::Parataxis
        ) {
            continue;
        }
        hand_over(noun, v, |k| k > v, heads, rels);
        heads[noun] = v as u32;
        rels[noun] = Rel::Nsubj;
        heads[x] = noun as u32;
        rels[x] = Rel::Nmod;
        heads[of] = x as u32;
        rels[of] = Rel::Case;
        return 1;
    }
    0
}
