//! "Police shot at protesters in the capital", "Soldiers fought militants near the border",
//! "Protesters set fire to the state congress": after a plural noun the tagger reads a past
//! tense as a noun ("shot", "fought": a compound "police shot", "soldiers fought") or an
//! adjective ("set"), so the clause has no verb, the parser no main verb, and the event is lost.
//! A word the tagger made a noun or adjective is retagged as a past tense (VBD) before the
//! parse, so the parser reads it as the clause's verb, when
//! - it is a past form (the caller's `past`: a form the model's tag classes allow as VBD or VBN,
//!   else an irregular one of `data/syntax/irregular_past.txt` or a regular "-ed" form),
//! - it follows a plural noun (NNS, NNPS) whose phrase opens the clause (the sentence's start,
//!   after punctuation, a conjunction, "that", or a verb of `data/syntax/clause_verbs.txt`
//!   that takes a clause: "officials said protesters set fire to …") — its
//!   subject; or a singular noun (NN, NNP) opening the clause so, when the word after the past
//!   form cannot follow a noun of the subject's phrase: an article, a possessive or a number
//!   ("The army shelled the town", "Police fired their weapons", "A gunman shot two officers"),
//!   or a preposition other than "of" that opens the verb's oblique ("The army shot at the
//!   crowd"); an "-ly" adverb may stand between the subject and the past form ("Johnson
//!   thoroughly shot down the claims") when such a word, a particle or a name follows
//!   ("Officer Darren Wilson fatally shot Michael Brown", also after a preposition that opens
//!   a clause: "since"), and so may a phrasal verb's particle before its object without one
//!   (`data/syntax/phrasal_particles.txt`),
//! - the clause has no other verb: no verb or auxiliary from the subject's phrase up to the next
//!   punctuation (not a hyphen), conjunction or relative word,
//! - it is not a passive participle ("Areas hit by the storm": no "by" right after it), and an
//!   adjective takes an object right after it ("Protesters set fire", not "Soldiers wounded in
//!   the attack").
//!
//! "The shot was fired from the roof", "a set of demands", "The fire set by protesters", "the
//! army shot" (no object after it), "The man shot the day before died" (the clause has its verb),
//! "The shot at the crowd was fired by a sniper" (so has this one) keep their reading.

use super::RepairWord;
use crate::doc::Upos;
use crate::wordlist::WordList;

/// The irregular past forms of `data/syntax/irregular_past.txt` (lower case): past forms
/// the tag classes of the model do not show because the treebanks saw them rarely.
pub fn irregular_past(lower: &str) -> bool {
    static WORDS: WordList =
        WordList::new(include_str!("../../../../data/syntax/irregular_past.txt"));
    WORDS.contains(lower)
}

/// A verb after which a clause may open without "that" (`data/syntax/clause_verbs.txt`:
/// "said protesters set fire").
pub(super) fn reporting_verb(w: RepairWord) -> bool {
    w.upos == Upos::Verb && super::clause_verb(w.form)
}

/// A word that cannot follow a noun inside its phrase and opens an object: an article, a
/// possessive determiner or a number ("shelled *the* town", "fired *their* weapons", "a gunman
/// shot *two* officers").
fn opens_object_only(w: RepairWord) -> bool {
    matches!(w.form.to_lowercase().as_str(), "the" | "a" | "an") || matches!(w.xpos, "PRP$" | "CD")
}

/// A preposition that opens the verb's oblique after a past form read as a noun ("the army
/// shot *at* the crowd"); not "of", which opens the noun's own modifier ("a shot of the square").
fn opens_oblique(w: RepairWord) -> bool {
    w.upos == Upos::Adp && w.xpos == "IN" && !w.form.eq_ignore_ascii_case("of")
}

/// An adverb of manner or stance ("-ly": "thoroughly", "reportedly") between a subject and its
/// verb.
fn manner_adverb(w: RepairWord) -> bool {
    w.xpos == "RB" && w.form.len() > 4 && w.form.to_lowercase().ends_with("ly")
}

/// A word that opens a clause before its subject's phrase, or closes the clause after it (not a
/// hyphen inside a name: "Ming-Chi Kuo").
pub(super) fn boundary(w: RepairWord) -> bool {
    (w.upos == Upos::Punct && w.xpos != "HYPH")
        || matches!(w.upos, Upos::Cconj | Upos::Sconj)
        || matches!(w.xpos, "WDT" | "WP" | "WP$" | "WRB")
        || w.form.eq_ignore_ascii_case("that")
}

/// A word of a subject's noun phrase before its head.
pub(super) fn in_phrase(w: RepairWord) -> bool {
    matches!(
        w.upos,
        Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num
    ) || w.xpos == "POS"
        || w.xpos == "HYPH"
}

/// A word that can open a direct object ("set fire", "stormed a hotel").
pub(super) fn opens_object(w: RepairWord) -> bool {
    matches!(
        w.upos,
        Upos::Det | Upos::Noun | Upos::Propn | Upos::Num | Upos::Pron | Upos::Adj
    )
}

/// The words of a sentence of `n` words (`word(i)`; `past(i)`: the word is a known past form)
/// that are a clause's past-tense verb read as a noun or adjective (see the module
/// documentation), in order; the caller retags them VBD before parsing.
pub fn past_verbs_read_as_nominals<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    past: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let mut out = Vec::new();
    for v in 1..n {
        let w = word(v);
        if !matches!(w.upos, Upos::Noun | Upos::Adj) {
            continue;
        }
        let next = (v + 1 < n).then(|| word(v + 1));
        // "Johnson thoroughly shot down the claims": an "-ly" adverb between the subject and
        // the past form (no noun takes one right before it), and then a particle may follow
        // too.
        let adverb = v >= 2 && manner_adverb(word(v - 1));
        let p = if adverb { v - 2 } else { v - 1 };
        // A phrasal verb's particle before its object (`data/syntax/phrasal_particles.txt`:
        // "Jeh Johnson shot down claims") opens the clause's object as well.
        let particle = next.is_some_and(|x| {
            matches!(x.xpos, "RP" | "IN")
                && super::particle::phrasal(w.form, x.form)
                && v + 2 < n
                && opens_object(word(v + 2))
        });
        // After such an adverb a name opens the object too ("Officer Darren Wilson fatally
        // shot Michael Brown": no noun takes the adverb).
        let opens = particle
            || next.is_some_and(|x| {
                opens_object_only(x)
                    || opens_oblique(x)
                    || (adverb && (x.xpos == "RP" || x.upos == Upos::Propn))
            });
        let plural = matches!(word(p).xpos, "NNS" | "NNPS");
        let singular =
            (matches!(word(p).xpos, "NN" | "NNP") || (adverb && word(p).xpos == "PRP")) && opens;
        // Before a phrasal verb's particle and its object the past form needs no clause-opening
        // subject right before it: a noun phrase with its modifier ("A spokesman for the ministry
        // shot down the report") or an apposition set off by commas ("Ty Votaw, executive vice
        // president of the PGA Tour, shot down the report") ends there; no noun takes "down the
        // report" after a noun or a comma.
        let after_phrase = particle
            && (matches!(word(p).upos, Upos::Noun | Upos::Propn | Upos::Pron)
                || word(p).xpos == ",");
        if !(plural || singular || after_phrase) || (adverb && !opens) {
            continue;
        }
        if next.is_some_and(|x| x.form.eq_ignore_ascii_case("by")) {
            continue;
        }
        if w.upos == Upos::Adj && !next.is_some_and(opens_object) {
            continue;
        }
        // The subject's phrase opens the clause.
        let mut s = p;
        while s > 0 && in_phrase(word(s - 1)) {
            s -= 1;
        }
        // (A preposition that opens a clause counts: "since Officer Darren Wilson fatally shot
        // Michael Brown", `data/syntax/clause_prepositions.txt`.)
        let opens_clause = s == 0
            || after_phrase
            || boundary(word(s - 1))
            || reporting_verb(word(s - 1))
            || (adverb && super::clause_phrase::clause_preposition(word(s - 1).form));
        if !opens_clause {
            continue;
        }
        // No other verb in the clause.
        let end = (v + 1..n).find(|&k| boundary(word(k))).unwrap_or(n);
        // (A word right after a possessive "'s" is a noun whatever its tag: "Hunter's claims".)
        if (s..end).any(|k| {
            matches!(word(k).upos, Upos::Verb | Upos::Aux) && !(k > 0 && word(k - 1).xpos == "POS")
        }) {
            continue;
        }
        if past(v) {
            out.push(v);
        }
    }
    out
}

/// A form of "be" or "get" that opens a passive ("was shot", "gets shot"):
/// `data/syntax/passive_auxiliaries.txt`, read as an auxiliary or a verb ("get" is a verb to
/// the tagger).
pub(super) fn passive_be(w: RepairWord) -> bool {
    static WORDS: WordList = WordList::new(include_str!(
        "../../../../data/syntax/passive_auxiliaries.txt"
    ));
    matches!(w.upos, Upos::Aux | Upos::Verb) && WORDS.contains_lower(w.form)
}

/// "Police said Kayla Mueller was shot.", "Two protesters were shot in the leg": right after a
/// form of "be" the tagger reads a past participle that is also a noun ("shot", "hit", "cut")
/// as the noun, the parser makes "be" its copula, and the clause has no verb. A singular noun
/// (NN) that is a known past form (`past(i)`, as for [`past_verbs_read_as_nominals`]), right
/// after a form of "be" or "get" (`data/syntax/passive_auxiliaries.txt`: "was", "were", "been",
/// "gets", "got": "a Marine gets shot in the head"), and followed by the sentence's
/// end, punctuation, a preposition or a conjunction, is the passive's participle; the caller
/// retags it VBN before parsing. "The shot was fired", "It was a shot" (an article between),
/// "was shot dead" (an adjective after it keeps its reading) are not touched.
pub fn passive_participles_read_as_nouns<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    past: impl Fn(usize) -> bool,
) -> Vec<usize> {
    (1..n)
        .filter(|&v| {
            let w = word(v);
            w.upos == Upos::Noun
                && w.xpos == "NN"
                && passive_be(word(v - 1))
                && (v + 1 == n || {
                    let x = word(v + 1);
                    (x.upos == Upos::Punct && x.xpos != "HYPH")
                        || matches!(x.upos, Upos::Adp | Upos::Cconj)
                })
                && past(v)
        })
        .collect()
}
