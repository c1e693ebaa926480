//! Tag repairs before the parse for two shapes of real news the tagger misreads (session 31):
//! - "Homeland Security Secretary Jeh Johnson shot down claims on Thursday", "Officials played
//!   down the threat", "The police called off the search": the particle of a phrasal verb read
//!   as a preposition (IN), so the parser hangs the object on it as an oblique and the verb
//!   has no object ("shot down" = rejected, "called off" = cancelled). A word right after a verb
//!   form that makes a phrasal verb with it (`data/syntax/phrasal_particles.txt`) and right
//!   before a word that opens a noun phrase is the particle (RP). "Protesters ran down the
//!   street" (no listed pair) keeps its preposition.
//! - "A cousin of Ahmed's told the newspaper that …": after a double genitive ("of Ahmed's")
//!   the tagger reads the clause's past tense as a participle (VBN, as after "has"), and the
//!   parser hangs it on the noun. A form that may be a past tense, right after "of NAME 's"
//!   that closes the phrase opening the clause, is the clause's verb (VBD) when no other verb
//!   follows in the clause, or when it takes a clause itself ("told", "said"); the tree repair
//!   [`super::arguments::double_genitive_before_verb`] then makes the noun its subject. "A
//!   friend of Foley's known to police was arrested" ("known" is no past tense) keeps it.

use super::past_verb::{boundary, in_phrase, opens_object};
use super::RepairWord;
use crate::doc::Upos;
use crate::wordlist::WordList;

/// Whether `verb` and `particle` (forms) make a phrasal verb of
/// `data/syntax/phrasal_particles.txt`.
pub(super) fn phrasal(verb: &str, particle: &str) -> bool {
    static PAIRS: WordList = WordList::new(include_str!(
        "../../../../data/syntax/phrasal_particles.txt"
    ));
    // Cheap exit: every particle of the list is short and a preposition-like word.
    if particle.len() > 4 {
        return false;
    }
    let pair = format!("{} {}", verb.to_lowercase(), particle.to_lowercase());
    PAIRS.contains(&pair)
}

/// The words of a sentence of `n` words (`word(i)`; `verb(i)`: the word is read as a verb,
/// whatever its tag — the caller's retagged past forms count) that are a phrasal verb's
/// particle read as a preposition, in order; the caller retags them RP before parsing.
pub fn particles_read_as_prepositions<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    verb: impl Fn(usize) -> bool,
) -> Vec<usize> {
    (1..n.saturating_sub(1))
        .filter(|&k| {
            let p = word(k);
            p.upos == Upos::Adp
                && p.xpos == "IN"
                && verb(k - 1)
                && phrasal(word(k - 1).form, p.form)
                && {
                    let x = word(k + 1);
                    opens_object(x) || x.xpos == "PRP$"
                }
        })
        .collect()
}

/// The words of a sentence of `n` words (`word(i)`; `past_tense(i)`: the word's form may be a
/// past tense) that are a clause's past tense read as a participle after a double genitive
/// (see the module documentation), in order; the caller retags them VBD before parsing.
pub fn past_after_double_genitive<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    past_tense: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let mut out = Vec::new();
    for v in 4..n {
        let w = word(v);
        if w.xpos != "VBN" || w.upos != Upos::Verb || word(v - 1).xpos != "POS" {
            continue;
        }
        // "of", then the possessor's name or noun, then "'s".
        let mut o = v - 1;
        while o > 0 && matches!(word(o - 1).upos, Upos::Propn | Upos::Noun) {
            o -= 1;
        }
        if o == v - 1 || o < 2 || !word(o - 1).form.eq_ignore_ascii_case("of") {
            continue;
        }
        // The noun before "of" heads the phrase that opens the clause.
        let noun = o - 2;
        if !matches!(word(noun).upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        let mut s = noun;
        while s > 0 && in_phrase(word(s - 1)) && word(s - 1).xpos != "POS" {
            s -= 1;
        }
        if s > 0 && !boundary(word(s - 1)) {
            continue;
        }
        if v + 1 < n && word(v + 1).form.eq_ignore_ascii_case("by") {
            continue;
        }
        let end = (v + 1..n).find(|&k| boundary(word(k))).unwrap_or(n);
        let other_verb = (v + 1..end).any(|k| matches!(word(k).upos, Upos::Verb | Upos::Aux));
        if (!other_verb || super::clause_verb(w.form)) && past_tense(v) {
            out.push(v);
        }
    }
    out
}

/// "Homeland Security Secretary Jeh Johnson shot down claims on Thursday": a past form read as
/// a noun (NN) right after the name or plural noun that ends its subject and right before the
/// particle of a phrasal verb it makes (`data/syntax/phrasal_particles.txt`) is the clause's
/// verb; the tagger, having no verb before, then reads the object's plural noun as the verb
/// ("claims" VBZ). Returns each (verb, particle, object noun read as a verb): the caller retags
/// the verb VBD, the particle RP and the noun NNS (when `plural` allows it for that word).
/// "a warning shot down the range" (a singular common noun before the form) keeps its noun.
pub fn phrasal_verbs_read_as_nouns<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    past: impl Fn(usize) -> bool,
    plural: impl Fn(usize) -> bool,
) -> Vec<(usize, usize, Option<usize>)> {
    (1..n.saturating_sub(2))
        .filter_map(|v| {
            let (w, before, p) = (word(v), word(v - 1), word(v + 1));
            let fits = w.upos == Upos::Noun
                && w.xpos == "NN"
                && (before.upos == Upos::Propn || before.xpos == "NNS")
                && matches!(p.xpos, "RP" | "IN")
                && phrasal(w.form, p.form)
                && past(v);
            if !fits {
                return None;
            }
            let x = word(v + 2);
            let noun = (x.xpos == "VBZ" && plural(v + 2)).then_some(v + 2);
            (noun.is_some() || opens_object(x) || x.xpos == "PRP$").then_some((v, v + 1, noun))
        })
        .collect()
}
