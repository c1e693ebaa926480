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
//! subject, and the noun's dependents after the verb move to the verb. A participle of a verb
//! that takes no object (`data/syntax/intransitive_past.txt`: "Rumors of his death exploded")
//! cannot be a passive modifier either and is promoted too when it has no auxiliary.

use crate::doc::{Rel, Upos, NO_HEAD};
use crate::wordlist::WordList;

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
    let r = noun_root(heads, &word)?;
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
            // A participle with an object, or of a verb that takes none
            // (`data/syntax/intransitive_past.txt`: "Rumors of his death exploded over the
            // weekend"), without an auxiliary: no passive modifier of the noun.
            "VBN" => {
                let intransitive = participle::INTRANSITIVE.contains_lower(w.form);
                (under[v].obj || intransitive)
                    && !under[v].aux
                    && !NAMING.iter().any(|x| x.eq_ignore_ascii_case(w.form))
            }
            _ => false,
        }
    })?;
    let passive = under[v].aux_pass;
    moves::rehang(heads, rels, |h| h == r, v, |c| c > v, moves::nmod_to_obl);
    heads[v] = NO_HEAD;
    rels[v] = Rel::Root;
    heads[r] = v as u32;
    rels[r] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
    Some(v)
}

/// Subjects the repair may move: `nsubj` and `nsubj:pass` (no gold head in EWT and GUM train
/// has two of them).
fn is_plain_subject(rel: Rel) -> bool {
    matches!(rel, Rel::Nsubj | Rel::NsubjPass)
}

/// The tree as the subject repair reads it: children and subtree edges.
struct Shape {
    kids: Vec<Vec<usize>>,
    left: Vec<usize>,
    right: Vec<usize>,
}

impl Shape {
    fn new(n: usize, heads: &[u32]) -> Shape {
        let mut kids = vec![Vec::new(); n];
        let (mut left, mut right): (Vec<usize>, Vec<usize>) = ((0..n).collect(), (0..n).collect());
        for c in 0..n {
            let h = heads[c] as usize;
            if h < n {
                kids[h].push(c);
            }
            // Walk up at most n steps (a cycle cannot hang the repair).
            let mut a = h;
            let mut steps = 0;
            while a < n && steps < n {
                left[a] = left[a].min(c);
                right[a] = right[a].max(c);
                a = heads[a] as usize;
                steps += 1;
            }
        }
        Shape { kids, left, right }
    }

    fn has_subject(&self, v: usize, rels: &[Rel]) -> bool {
        self.kids[v]
            .iter()
            .any(|&k| rels[k].is_subject() || rels[k] == Rel::Expl)
    }
}

/// Finite verb forms (a clause that needs a subject of its own).
fn finite(xpos: &str) -> bool {
    matches!(xpos, "VBD" | "VBZ" | "VBP" | "MD")
}

/// Words that open a clause rather than fill its subject slot.
fn relative_or_marker(xpos: &str) -> bool {
    matches!(xpos, "WDT" | "WP" | "WP$" | "WRB" | "IN")
}

/// One fix of a head with two plain subjects; returns whether the tree changed.
fn fix_one<'a>(
    n: usize,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    let shape = Shape::new(n, heads);
    for h in 0..n {
        let subs: Vec<usize> = shape.kids[h]
            .iter()
            .copied()
            .filter(|&k| is_plain_subject(rels[k]))
            .collect();
        if subs.len() < 2 {
            continue;
        }
        if time_read_as_subject(&subs, h, &shape, word, rels)
            || complementizer_that(&subs, h, &shape, word, heads, rels)
            || subject_of_bare_clause(&subs, h, &shape, word, heads, rels)
            || apposition(&subs, h, &shape, word, heads, rels)
            || noun_modifier(&subs, h, &shape, word, heads, rels)
            || participle_phrase_word(&subs, h, &shape, word, heads, rels)
            || clause_read_as_participle(&subs, h, &shape, word, heads, rels)
        {
            return true;
        }
    }
    false
}

/// The sentence's root when the parser made a noun or a name of it: where the repairs that
/// give the root to a verb start.
fn noun_root<'a>(heads: &[u32], word: &impl Fn(usize) -> RepairWord<'a>) -> Option<usize> {
    let r = heads.iter().position(|&h| h == NO_HEAD)?;
    matches!(word(r).upos, Upos::Noun | Upos::Propn).then_some(r)
}

/// The time words of `data/syntax/time_words.txt` (lower case).
static TIME_WORDS: WordList = WordList::new(include_str!("../../../data/syntax/time_words.txt"));

/// A verb form of `data/syntax/clause_verbs.txt` (any case): a verb that takes a clause as its
/// complement without "that" ("said", "believe", "warned").
fn clause_verb(form: &str) -> bool {
    static WORDS: WordList = WordList::new(include_str!("../../../data/syntax/clause_verbs.txt"));
    WORDS.contains_lower(form)
}

/// "Later Saturday, tribal leaders said": a time word (`data/syntax/time_words.txt`) read as a
/// subject, set off by a comma before the head's other subject, or right after the head with
/// the other subject before it ("officials said Thursday that …"). It is a time modifier of the
/// head (`obl:unmarked`), and the other is the subject. `subs` holds two subjects at least, in
/// order.
fn time_read_as_subject<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    rels: &mut [Rel],
) -> bool {
    let (t, other) = (subs[0], subs[1]);
    let comma_between = (t + 1..shape.left[other]).any(|k| word(k).form == ",");
    if other < h && comma_between && TIME_WORDS.contains_lower(word(t).form) {
        rels[t] = Rel::OblUnmarked;
        return true;
    }
    // "Officials said Thursday that U.S. attacks killed …": a time word right after the head,
    // whose other subject stands before it.
    let (other, t) = (subs[0], subs[1]);
    if other < h && t == h + 1 && TIME_WORDS.contains_lower(word(t).form) {
        rels[t] = Rel::OblUnmarked;
        return true;
    }
    false
}

/// "noted that Castro had not been seen": "that" read as a subject while the clause has its
/// real subject after it. It is the clause's marker; a clause it opens under a verb, or with a
/// passive or an object (so "that" cannot be its object), is a complement, not a relative.
fn complementizer_that<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    let last = subs[subs.len() - 1];
    // "that" right before the other subject's phrase ("That's when things went" and "a hole
    // that big, it would" keep their reading).
    let Some(&t) = subs.iter().find(|&&s| {
        s < last
            && last < h
            && shape.left[last] == s + 1
            && word(s).form.eq_ignore_ascii_case("that")
            && matches!(word(s).xpos, "WDT" | "IN" | "DT")
    }) else {
        return false;
    };
    // "whether that suspect was killed": a determiner on a bare singular noun.
    if word(t).xpos == "DT"
        && word(last).xpos == "NN"
        && last == t + 1
        && !shape.kids[last].iter().any(|&k| rels[k] == Rel::Det)
    {
        heads[t] = last as u32;
        rels[t] = Rel::Det;
        return true;
    }
    if rels[h] == Rel::AclRelcl {
        let g = heads[h] as usize;
        let governor_noun = g < heads.len() && word(g).upos.is_nominal();
        let not_object = rels[last] == Rel::NsubjPass
            || (0..heads.len()).any(|k| heads[k] as usize == h && rels[k] == Rel::Obj);
        if governor_noun && !not_object {
            return false;
        }
        rels[h] = if governor_noun { Rel::Acl } else { Rel::Ccomp };
    }
    rels[t] = Rel::Mark;
    true
}

/// "Officials said the federal prosecutor's office had sent teams" / "The suspects had ties to
/// other groups, Chaffetz said": a clause under the head has no subject, and one of the head's
/// two subjects stands right before it (nothing between them but the clause's auxiliaries and
/// adverbs) on the far side from the head. It is that clause's subject.
fn subject_of_bare_clause<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    for &s in subs {
        let ws = word(s);
        if !ws.upos.is_nominal() && !matches!(ws.upos, Upos::Num | Upos::Det) {
            continue;
        }
        if relative_or_marker(ws.xpos) || ws.form.eq_ignore_ascii_case("that") {
            continue;
        }
        let Some(v) = clause_after(s, h, shape, word, heads, rels) else {
            continue;
        };
        let before_head = s < v && v < h;
        let after_head = h < s && s < v;
        if !before_head && !after_head {
            continue;
        }
        let passive = shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass);
        heads[s] = v as u32;
        rels[s] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        return true;
    }
    false
}

/// The clause that starts right after subject `s`'s phrase: under `h`, or the verb `h` itself
/// hangs on ("The man told doctors he believes …", both nouns read as subjects of "believes");
/// every word between is the clause's auxiliary, copula or adverb; the clause is finite and
/// has no subject.
fn clause_after<'a>(
    s: usize,
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &[u32],
    rels: &[Rel],
) -> Option<usize> {
    let n = heads.len();
    let g = heads[h] as usize;
    let mut k = shape.right[s] + 1;
    while k < n && heads[k] as usize != h && k != g {
        if !matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Advmod | Rel::Cop) {
            return None;
        }
        k += 1;
    }
    let v = k;
    if v >= n || shape.has_subject(v, rels) {
        return None;
    }
    let complement = matches!(
        rels[v],
        Rel::Ccomp | Rel::Parataxis | Rel::Conj | Rel::Advcl | Rel::Dep
    );
    if v == g {
        // The governor: `h` is its complement, to its right.
        if !(v < h && matches!(rels[h], Rel::Ccomp | Rel::Parataxis)) {
            return None;
        }
    } else if !complement || shape.left[v] <= shape.right[s] {
        return None;
    }
    // Every word between the subject and the clause head hangs on the clause head.
    if (shape.right[s] + 1..v).any(|k| heads[k] as usize != v) {
        return None;
    }
    let is_finite = finite(word(v).xpos)
        || shape.kids[v].iter().any(|&k| {
            matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Cop) && finite(word(k).xpos)
        });
    let predicate = matches!(word(v).upos, Upos::Verb | Upos::Aux)
        || shape.kids[v].iter().any(|&k| rels[k] == Rel::Cop);
    (is_finite && predicate).then_some(v)
}

/// "Trip Chowdhry, an analyst at the firm, has predicted": a noun phrase set off by two commas
/// right after the first subject's phrase, read as a second subject. It is an apposition of
/// the nominal before the first comma (climbing from flat names, compounds and `nmod`s).
fn apposition<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    let n = heads.len();
    for pair in subs.windows(2) {
        let (a, c) = (pair[0], pair[1]);
        if c >= h {
            break;
        }
        let nominal = |x: usize| matches!(word(x).upos, Upos::Noun | Upos::Propn);
        if !nominal(a) || !nominal(c) {
            continue;
        }
        // The opening comma right after the first phrase (it may hang on either noun), the
        // closing one right after the second.
        let p1 = if word(shape.right[a]).form == "," {
            shape.right[a]
        } else {
            shape.right[a] + 1
        };
        let p2 = if word(shape.right[c]).form == "," {
            shape.right[c]
        } else {
            shape.right[c] + 1
        };
        if p1 >= n || p2 >= n || p2 <= c || word(p1).form != "," || word(p2).form != "," {
            continue;
        }
        if !(shape.left[c] == p1 || shape.left[c] == p1 + 1) || p1 <= a {
            continue;
        }
        // After the closing comma, only the head's auxiliaries and adverbs up to the head.
        if (p2 + 1..h).any(|k| {
            heads[k] as usize != h || !matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Advmod)
        }) {
            continue;
        }
        let mut t = p1 - 1;
        let mut steps = 0;
        while t != a
            && steps < n
            && (matches!(rels[t], Rel::Flat | Rel::Compound | Rel::Fixed | Rel::Nmod)
                || !nominal(t))
        {
            t = heads[t] as usize;
            steps += 1;
            if t >= n {
                return false;
            }
        }
        if t < shape.left[a] || t > shape.right[a] {
            return false;
        }
        heads[c] = t as u32;
        rels[c] = Rel::Appos;
        for p in [p1, p2] {
            heads[p] = c as u32;
            rels[p] = Rel::Punct;
        }
        return true;
    }
    false
}

/// "Assistant manager Katrina Cavanagh said", "Castro death alerts come": a bare noun (no
/// determiner, case marker or punctuation of its own) right before the second subject's phrase,
/// which starts with that subject's own word, read as a subject of its own. It modifies the
/// noun after it: a compound (a title on a name, a noun on a noun), or `nmod:poss` with a
/// possessive marker.
fn noun_modifier<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    for pair in subs.windows(2) {
        let (a, c) = (pair[0], pair[1]);
        if c >= h {
            break;
        }
        let nominal = |x: usize| matches!(word(x).upos, Upos::Noun | Upos::Propn);
        if !nominal(a) || !nominal(c) || shape.right[a] + 1 != shape.left[c] {
            continue;
        }
        // A plural noun does not modify the next one ("Nigerian officials Friday announced").
        if matches!(word(a).xpos, "NNS" | "NNPS") {
            continue;
        }
        // The second phrase starts at its noun or its own modifiers, not a determiner.
        if (shape.left[c]..c).any(|k| !matches!(rels[k], Rel::Compound | Rel::Amod | Rel::Flat)) {
            continue;
        }
        let mut poss = false;
        let bare = shape.kids[a].iter().all(|&k| match rels[k] {
            Rel::Case if word(k).xpos == "POS" => {
                poss = true;
                true
            }
            Rel::Compound | Rel::Amod | Rel::Flat | Rel::Nummod => true,
            _ => false,
        });
        if !bare || (shape.left[a]..=shape.right[a]).any(|k| word(k).upos == Upos::Punct) {
            continue;
        }
        // Two bare name words in a row ("Tim Cook", "David Cameron"): one name, headed by its
        // first word, the rest `flat` on it.
        let name = |x: usize| word(x).upos == Upos::Propn;
        if name(a)
            && name(c)
            && !poss
            && shape.kids[a].is_empty()
            && c == a + 1
            && shape.left[c] == c
        {
            let flat_tail: Vec<usize> = shape.kids[c]
                .iter()
                .copied()
                .filter(|&k| k > c && rels[k] == Rel::Flat)
                .collect();
            for k in flat_tail {
                heads[k] = a as u32;
            }
            heads[c] = a as u32;
            rels[c] = Rel::Flat;
            return true;
        }
        heads[a] = c as u32;
        rels[a] = if poss { Rel::NmodPoss } else { Rel::Compound };
        return true;
    }
    false
}

/// "A video posted on YouTube shows …", "An analyst named Yakoub Mustafa told …": a noun inside
/// the phrase of a participle on the first subject (no auxiliary, the noun's phrase starting
/// right after the participle's and no punctuation between) read as a second subject of the
/// main verb. It belongs to the participle: `obl` with its preposition (`obl:agent` for "by"),
/// or the name a naming participle gives (`xcomp`, as EWT has "a man named John").
fn participle_phrase_word<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    for &a in subs {
        if a > h {
            continue;
        }
        for &v in &shape.kids[a] {
            let w = word(v);
            if v < a || rels[v] != Rel::Acl || w.upos != Upos::Verb || w.xpos != "VBN" {
                continue;
            }
            if shape.kids[v]
                .iter()
                .any(|&k| matches!(rels[k], Rel::Aux | Rel::AuxPass) || rels[k].is_subject())
            {
                continue;
            }
            // The noun's phrase starts right after the participle's, or after one preposition
            // the parser hung on the main verb ("posted on YouTube shows").
            let after = shape.right[v] + 1;
            let stray = (after < heads.len()
                && heads[after] as usize == h
                && rels[after] == Rel::Case
                && word(after).upos == Upos::Adp)
                .then_some(after);
            let start = stray.map_or(after, |k| k + 1);
            let Some(&c) = subs
                .iter()
                .find(|&&c| c > v && c < h && shape.left[c] == start && word(c).upos.is_nominal())
            else {
                continue;
            };
            if (shape.left[c]..=shape.right[c]).any(|k| word(k).upos == Upos::Punct) {
                continue;
            }
            let case = stray.or_else(|| {
                shape.kids[c]
                    .iter()
                    .copied()
                    .find(|&k| k < c && rels[k] == Rel::Case && word(k).upos == Upos::Adp)
            });
            if let Some(k) = stray {
                heads[k] = c as u32;
            }
            let rel = match case {
                Some(k) if word(k).form.eq_ignore_ascii_case("by") => Rel::OblAgent,
                Some(_) => Rel::Obl,
                None if start == v + 1
                    && word(c).upos == Upos::Propn
                    && NAMING.iter().any(|x| x.eq_ignore_ascii_case(w.form)) =>
                {
                    Rel::Xcomp
                }
                None => continue,
            };
            heads[c] = v as u32;
            rels[c] = rel;
            return true;
        }
    }
    false
}

/// "Islamic State fighters seized a cache of weapons, activists said" / "Officials said the
/// prosecutor's office had sent teams": one subject's noun carries a verb that can only be a
/// main verb — finite or with a finite auxiliary, or a participle with an object and no
/// auxiliary (as in [`promote_main_verb`]) — with no subject, marker or relative word of its
/// own, read as a participle or relative clause on the noun; the head's other subject stands
/// between that verb and the head, or on the head's far side. The verb is the clause the head
/// governs (`ccomp`, as the parser reads "X did Y, officials said"), the noun its subject.
fn clause_read_as_participle<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    for &s in subs {
        // A relative pronoun's clause is not a reporting head ("jailers, who beat").
        let others = || {
            subs.iter()
                .copied()
                .filter(move |&c| c != s && !matches!(word(c).xpos, "WDT" | "WP"))
        };
        let Some(&v) = shape.kids[s].iter().find(|&&v| {
            let w = word(v);
            if v < s || w.upos != Upos::Verb || !matches!(rels[v], Rel::Acl | Rel::AclRelcl) {
                return false;
            }
            // The other subject between the verb and the head, or beyond the head.
            let placed = if s < h {
                others().any(|c| v < c && c < h)
            } else {
                others().any(|c| c < h)
            };
            if !placed || (s < h && shape.right[v] >= h) {
                return false;
            }
            if shape.kids[v].iter().any(|&k| {
                rels[k].is_subject()
                    || matches!(rels[k], Rel::Mark | Rel::Expl)
                    || matches!(word(k).xpos, "WDT" | "WP" | "WP$" | "WRB")
            }) {
                return false;
            }
            let obj = shape.kids[v].iter().any(|&k| rels[k] == Rel::Obj);
            let aux = shape.kids[v]
                .iter()
                .filter(|&&k| matches!(rels[k], Rel::Aux | Rel::AuxPass));
            let finite_aux = aux.clone().any(|k| finite(word(*k).xpos));
            let has_aux = aux.count() > 0;
            match w.xpos {
                "VBD" | "VBZ" | "VBP" => true,
                "VBN" if finite_aux => true,
                "VBN" => obj && !has_aux && !NAMING.iter().any(|x| x.eq_ignore_ascii_case(w.form)),
                _ => false,
            }
        }) else {
            continue;
        };
        // Between the noun and its verb, only the verb's own words and the noun's phrase with
        // no clause inside it ("fears of attacks taking place as groups have seized" stays).
        let clean = (s + 1..v).all(|k| {
            if heads[k] as usize == v {
                return true;
            }
            let mut x = k;
            let mut steps = 0;
            while x != s && x < heads.len() && steps < heads.len() {
                if matches!(word(x).upos, Upos::Verb | Upos::Aux) {
                    return false;
                }
                x = heads[x] as usize;
                steps += 1;
            }
            x == s
        });
        if !clean {
            continue;
        }
        let passive = shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass);
        // The noun's dependents after the verb belong to the clause.
        moves::rehang(heads, rels, |h| h == s, v, |k| k > v, moves::same);
        heads[v] = h as u32;
        rels[v] = Rel::Ccomp;
        heads[s] = v as u32;
        rels[s] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        return true;
    }
    false
}

/// How many dependents whose relation passes `rel` each word heads (saturating at 255): the
/// cheap first look of the repairs that act on a head with two subjects or two objects.
pub(crate) fn dependents_per_head(
    n: usize,
    heads: &[u32],
    rels: &[Rel],
    rel: impl Fn(Rel) -> bool,
) -> Vec<u8> {
    let mut count = vec![0u8; n];
    for c in 0..n {
        let h = heads[c] as usize;
        if h < n && rel(rels[c]) {
            count[h] = count[h].saturating_add(1);
        }
    }
    count
}

/// Give each clause one subject: where the parser hung two `nsubj`/`nsubj:pass` on one head (a
/// shape no gold tree of EWT or GUM train has), move the extra one where the sentence's shape
/// says it belongs — a complementizer "that" becomes a marker, a subject standing right before a
/// subject-less clause under the head goes to that clause, a comma-enclosed noun phrase after
/// the first subject becomes its apposition, a finite verb read as a participle on the first
/// subject becomes the reported clause. Heads the rules do not settle keep both subjects.
/// Returns the number of fixes (at most one per pass, a few passes per sentence).
pub(crate) fn one_subject_per_head<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    // Cheap exit: most sentences have no head with two subjects.
    let count = dependents_per_head(n, heads, rels, is_plain_subject);
    if !count.iter().any(|&c| c >= 2) {
        return 0;
    }
    let mut fixes = 0;
    while fixes < 8 && fix_one(n, &word, heads, rels) {
        fixes += 1;
    }
    fixes
}

mod arguments;
mod base_after_be;
mod clause_conj;
mod clause_phrase;
mod clause_subject;
mod complementizer;
mod dash_phrase;
mod dateline;
mod day_clause;
mod expletive;
mod gapped_passive;
mod gerund;
mod gerund_on_name;
mod have_verb;
mod inverted_cue;
mod moves;
mod name_apposition;
mod noun_adjective;
mod noun_verb;
mod opening_phrase;
mod participle;
mod participle_acl;
mod participle_head;
mod participle_subject;
mod particle;
mod passive_adjective;
mod past_verb;
mod perfect_participle;
mod postnominal_adjective;
mod quote_speaker;
mod relative_clause;
mod subject_obl;
mod title_name;
use arguments::{
    double_genitive_before_verb, get_passive_in_phrase, recipient_before_object,
    relative_clause_before_speech_verb, two_objects,
};
pub use base_after_be::base_verbs_after_be;
use clause_conj::clauses_read_as_noun_coordination;
use clause_phrase::{
    clause_read_as_modifier, clause_read_as_oblique, content_clause_read_as_relative,
};
use clause_subject::{
    according_to_on_noun, coordinated_subjects, main_verb_inside_relative_clause,
    vocative_read_as_subject,
};
pub use complementizer::complementizers_read_as_determiners;
use dash_phrase::dash_phrase_in_subject;
use dateline::dateline_on_root;
use day_clause::clause_on_time_word;
use expletive::{adverb_after_auxiliary, it_before_raising_verb};
pub use gapped_passive::gapped_passive_conjuncts;
use gerund::gerund_after_of;
use gerund_on_name::gerund_on_named_object;
pub use have_verb::have_read_as_auxiliary;
use inverted_cue::inverted_speech_verb;
use name_apposition::name_after_noun_is_apposition;
pub use noun_adjective::{adjectives_read_as_nouns, nouns_read_as_adjectives};
pub use noun_verb::{
    capitals_read_as_verbs, gerunds_read_as_verbs, nouns_after_modals, plural_nouns_read_as_verbs,
    prepositions_read_as_other,
};
use opening_phrase::clause_after_opening_phrase;
pub use participle::passive_conjunct_participles;
use participle_acl::participle_on_subject;
use participle_head::participle_heading_verb;
use participle_subject::{
    participle_read_as_subject, participle_under_subject, reporting_verb_after_to_be,
};
pub use particle::{
    particles_read_as_prepositions, past_after_double_genitive, phrasal_verbs_read_as_nouns,
};
pub use passive_adjective::passive_read_as_adjective;
pub use past_verb::{
    irregular_past, passive_participles_read_as_nouns, past_verbs_read_as_nominals,
};
use perfect_participle::participle_after_have;
use postnominal_adjective::adjective_read_as_predicate;
use quote_speaker::{reporting_verb_read_as_modifier, speaker_after_quote};
use relative_clause::comma_relative_clause;
use subject_obl::{apposition_on_opening_obl, opening_obl_as_subject};
use title_name::name_heads_title;

/// One tree repair over a sentence of `n` words: `word(i)` gives word `i`; fixes `heads` and
/// `rels` (both of length `n`, as [`subject_repairs`] checks before any step runs) in place and
/// returns how many it made.
type Repair<W> = fn(usize, W, &mut [u32], &mut [Rel]) -> usize;

/// The tree repairs that run after [`promote_main_verb`] when the subject repair is on, in
/// their order: "of" gerunds, adverbs after an auxiliary, a wire dateline's place (no
/// subject), the clause after an opening "According to X ," read as hung on X, a titled name as its phrase's head
/// (before two subjects are settled: "US Secretary of State John Kerry said" reads as two), a
/// phrase set off by dashes inside the subject ("Three members of ISIS – including an aide –
/// were killed", session 33), coordinated subjects ("Neither the army nor police commented"), a relative clause set off
/// between a subject and its speech verb ("Gawker, which broke the story, says"), one subject
/// per head, a
/// name read as a vocative before its verb (its subject), an opening obl as subject, a
/// subject read as the apposition of an opening prepositional phrase ("In the statement,
/// Foley's mother, Diane Foley, said"), a participle set off after the subject
/// read as the head of the verb, a present participle on the subject read as the head of the
/// verb ("Officials hoping to … said") or a name after "claiming to be" read as the reporting
/// verb's subject, clauses set off by commas after a noun ("who …",
/// "which …"), the main verb read inside such a relative clause on a noun root, "according to
/// X" set off by commas on a noun (an `obl` of the clause's verb), a participle after the subject, a name set off after a common noun (its
/// apposition), two clauses read as one coordinated noun phrase ("bombed Gaza and Hamas
/// launched"), then a "that" clause hung on a day (after the subject repair has made "that" a
/// marker), an "of" gerund on a named object ("accused Moscow of sending"), then session 30's
/// clauses read as phrases ("after the leader brought", "no such event had been planned",
/// "told Yahoo News that the audio needs"), two direct objects ("sent Russia the missiles"), a
/// recipient read as the head of a compound ("gave the rebels weapons", session 31), a
/// get-passive inside the subject's phrase ("a Marine gets shot") and a double genitive before
/// the verb ("friends of Emwazi's said") and a name after a closing quotation mark, set off
/// before its speech verb ("…,” Welat Avar, a doctor, told Reuters", session 31), a speech
/// verb read as a modifier of its subject after a comma ("…, a senior official told NBC News",
/// session 33), and an
/// adjective with its complement after a noun read as the root ("People familiar with the
/// plans told", session 32) and a perfect's participle read as a modifier ("the militants had
/// used chlorine gas"), then "it" before "appeared that" an expletive. Returns how many fixes were made (none when `heads` or `rels` do not hold
/// `n` words). The retagging of bare past forms
/// ([`passive_conjunct_participles`]) is the caller's: it changes tags, not the tree.
pub fn subject_repairs<'a, W: Fn(usize) -> RepairWord<'a> + Copy>(
    n: usize,
    word: W,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    // Checked once here: the steps index `heads` and `rels` by word and assume both hold `n`.
    if heads.len() != n || rels.len() != n {
        return 0;
    }
    let steps: [Repair<W>; 37] = [
        gerund_after_of,
        adverb_after_auxiliary,
        dateline_on_root,
        clause_after_opening_phrase,
        name_heads_title,
        dash_phrase_in_subject,
        coordinated_subjects,
        relative_clause_before_speech_verb,
        participle_read_as_subject,
        one_subject_per_head,
        vocative_read_as_subject,
        opening_obl_as_subject,
        apposition_on_opening_obl,
        participle_heading_verb,
        participle_under_subject,
        reporting_verb_after_to_be,
        comma_relative_clause,
        main_verb_inside_relative_clause,
        according_to_on_noun,
        participle_on_subject,
        name_after_noun_is_apposition,
        clauses_read_as_noun_coordination,
        clause_on_time_word,
        gerund_on_named_object,
        clause_read_as_oblique,
        clause_read_as_modifier,
        content_clause_read_as_relative,
        two_objects,
        recipient_before_object,
        get_passive_in_phrase,
        double_genitive_before_verb,
        speaker_after_quote,
        inverted_speech_verb,
        reporting_verb_read_as_modifier,
        adjective_read_as_predicate,
        participle_after_have,
        it_before_raising_verb,
    ];
    steps.iter().map(|step| step(n, word, heads, rels)).sum()
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_edges;
#[cfg(test)]
mod tests_session25;
#[cfg(test)]
mod tests_session26;
#[cfg(test)]
mod tests_session27;
#[cfg(test)]
mod tests_session28;
#[cfg(test)]
mod tests_session29;
