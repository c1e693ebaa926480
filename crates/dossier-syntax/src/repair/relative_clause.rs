//! "The doctor, who contracted Ebola in Sierra Leone, was flown to Atlanta": the greedy parser
//! hangs a relative clause set off by commas on the main verb (`advcl`, `conj`, `parataxis`),
//! so the clause's "who" is read as a doer of the sentence and the noun loses its description.
//! A clause whose first word is its own relative pronoun ("who", "which", "whom", "whose"),
//! right after a comma that follows a noun, is a relative clause (`acl:relcl`) on that noun
//! (the head of a name: "Sierra Leone, which …" hangs on "Sierra"). After an inverted speech
//! verb ("…,” said Maxwell, whose mates have nicknamed him “Spiderman”") the parser may hang
//! the speaker inside that clause and the clause on the verb: the speaker is the verb's subject
//! first (session 33, fnc-761).

use super::{clause_verb, RepairWord, Shape};
use crate::doc::{Rel, Upos};

/// The noun a phrase ending at `end` is headed by (a name's head for its `flat` parts), if the
/// word is a noun, a name or a pronoun.
pub(super) fn noun_ending_at<'a>(
    end: usize,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &[u32],
    rels: &[Rel],
) -> Option<usize> {
    let mut n = end;
    let mut steps = 0;
    while rels[n] == Rel::Flat && (heads[n] as usize) < n && steps < 8 {
        n = heads[n] as usize;
        steps += 1;
    }
    matches!(word(n).upos, Upos::Noun | Upos::Propn | Upos::Pron).then_some(n)
}

/// Whether `a` lies under `v` (or is `v`).
pub(super) fn under(a: usize, v: usize, heads: &[u32]) -> bool {
    let (mut a, mut steps) = (a, 0);
    while a < heads.len() && steps <= heads.len() {
        if a == v {
            return true;
        }
        a = heads[a] as usize;
        steps += 1;
    }
    false
}

/// Hang each such clause on its noun; returns how many moved.
pub fn comma_relative_clause<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let relative = |k: usize| {
        k >= 2
            && matches!(word(k).xpos, "WP" | "WDT" | "WP$")
            && word(k - 1).form == ","
            && !word(k).form.eq_ignore_ascii_case("what")
    };
    if !(0..n).any(relative) {
        return 0;
    }
    let shape = Shape::new(n, heads);
    let mut fixes = 0;
    for k in 0..n {
        if !relative(k) {
            continue;
        }
        // The clause the pronoun opens: its head, with the pronoun its first word.
        let mut v = heads[k] as usize;
        if v >= n || v < k {
            continue;
        }
        if rels[k] == Rel::Nmod || rels[k] == Rel::NmodPoss {
            // "whose forces …": the pronoun hangs on a noun of the clause.
            v = heads[v] as usize;
            if v >= n || v < k {
                continue;
            }
        }
        if !matches!(
            rels[v],
            Rel::Advcl | Rel::Conj | Rel::Parataxis | Rel::Ccomp | Rel::Dep | Rel::Appos
        ) {
            continue;
        }
        let Some(noun) = noun_ending_at(k - 2, &word, heads, rels) else {
            continue;
        };
        // An inverted speaker inside the clause: the clause's words start at the speaker's.
        let speaker_verb = under(noun, v, heads)
            .then(|| inverted_speaker(noun, v, &shape, &word, heads, rels))
            .flatten();
        let opens = |at: usize| shape.left[v] == at;
        if !(opens(k) || opens(k - 1) || speaker_verb.is_some_and(|s| opens(s + 1))) {
            continue;
        }
        if let Some(s) = speaker_verb {
            heads[noun] = s as u32;
            rels[noun] = Rel::Nsubj;
        } else if under(noun, v, heads) {
            continue;
        }
        heads[v] = noun as u32;
        rels[v] = Rel::AclRelcl;
        heads[k - 1] = v as u32;
        rels[k - 1] = Rel::Punct;
        fixes += 1;
    }
    fixes
}

/// "said Maxwell, whose mates …" read with "Maxwell" inside the clause (`v`) and the clause on
/// "said": when the noun hangs right on `v`, and its phrase opens right after a speech verb
/// (`data/syntax/clause_verbs.txt`) that has no subject and heads `v`, that verb, whose `nsubj`
/// the noun is.
fn inverted_speaker<'a>(
    noun: usize,
    v: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &[u32],
    rels: &[Rel],
) -> Option<usize> {
    if heads[noun] as usize != v || rels[noun].is_subject() {
        return None;
    }
    // The noun's own words before it (its determiner, first name parts) open its phrase.
    let mut first = noun;
    while first > 0 && heads[first - 1] as usize == noun && rels[first - 1] != Rel::Punct {
        first -= 1;
    }
    let s = first.checked_sub(1)?;
    let w = word(s);
    (heads[v] as usize == s
        && w.upos == Upos::Verb
        && clause_verb(w.form)
        && !shape.has_subject(s, rels))
    .then_some(s)
}

/// "unconfirmed reports that jihadists fighting for the Islamic State have contracted Ebola":
/// "that" read as a relative pronoun, the object of a clause that has a subject and an object
/// of its own. A clause has one object; "that" there is the marker of the noun's content
/// clause, not a gap. Such a "that" (WDT or IN) opening the clause (its first word) becomes the
/// clause's `mark` and a relative clause on a noun the noun's `acl`. Returns how many moved.
/// "the reports that militants fabricated" (no other object) keeps its reading. A clause whose
/// verb takes no object on the oblique of a speech verb ("reported on its website that Castro
/// had died") is that verb's `ccomp`, "that" its marker.
pub fn that_read_as_object<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let mut fixes = 0;
    for m in 0..n {
        if rels[m] != Rel::Obj
            || !word(m).form.eq_ignore_ascii_case("that")
            || !matches!(word(m).xpos, "WDT" | "IN")
        {
            continue;
        }
        let v = heads[m] as usize;
        if v <= m || v >= n {
            continue;
        }
        let kids =
            |r: fn(Rel) -> bool| (0..n).any(|k| k != m && heads[k] as usize == v && r(rels[k]));
        // "reported on its website that Castro had died": a verb that takes no object
        // (`data/syntax/intransitive_past.txt`) in a clause on the oblique of a speech verb is
        // that verb's reported clause, not a relative clause on the oblique.
        let noun = heads[v] as usize;
        // Not on a time ("said on the day that the soldier died").
        let cue = (noun < n
            && rels[v] == Rel::AclRelcl
            && rels[noun] == Rel::Obl
            && !super::TIME_WORDS.contains_lower(word(noun).form))
        .then(|| heads[noun] as usize)
        .filter(|&c| c < noun && clause_verb(word(c).form));
        let intransitive = super::participle::INTRANSITIVE.contains_lower(word(v).form);
        let has_obj = kids(|r| r == Rel::Obj);
        if !kids(|r| r.is_subject()) || !(has_obj || (intransitive && cue.is_some())) {
            continue;
        }
        // "that" opens the clause: nothing of it before "that".
        if (0..m).any(|k| under(k, v, heads)) {
            continue;
        }
        rels[m] = Rel::Mark;
        if let (Some(c), false) = (cue, has_obj) {
            heads[v] = c as u32;
            rels[v] = Rel::Ccomp;
        } else if rels[v] == Rel::AclRelcl {
            rels[v] = Rel::Acl;
        }
        fixes += 1;
    }
    fixes
}
