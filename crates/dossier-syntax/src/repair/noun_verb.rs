//! Tag repairs before the parse for words the tagger reads in the wrong word class where the
//! words around them leave one reading only:
//! - "Iraqi officials said that U.S. attacks killed one of his aides": a plural noun read as a
//!   present-tense verb ("attacks" VBZ) right before a past tense ("killed"). Two finite verbs
//!   in a row form no clause; after a noun phrase's modifiers that opens its clause, the first is
//!   the subject's head (NNS) and the second the clause's verb.
//! - "IS has seized several key Iraqi cities", "seized by IS": a name in capitals that spells a
//!   verb ("IS"), opening its clause right before a finite verb or auxiliary, or right after a
//!   preposition, is the name (NNP).
//! - "an offensive amid reports that …": a word that is only ever a preposition
//!   (`data/syntax/prepositions.txt`) read as a noun is the preposition (IN).
//!
//! "The U.S. attacks Islamic State positions", "Police say attacks continue", "THIS IS WAR",
//! "Prices rose amid fears" keep their reading.

use super::past_verb::{boundary, in_phrase, opens_object, reporting_verb};
use super::{finite, RepairWord};
use crate::doc::Upos;
use crate::wordlist::WordList;

/// The modal forms of `data/syntax/modal_nouns.txt`, also nouns after a noun ("spray can").
static MODAL_NOUNS: WordList =
    WordList::new(include_str!("../../../../data/syntax/modal_nouns.txt"));

/// The words of `data/syntax/prepositions.txt` (lower case).
static PREPOSITIONS: WordList =
    WordList::new(include_str!("../../../../data/syntax/prepositions.txt"));

/// Whether the phrase ending at word `e` (its modifiers walked back from `e`) opens its clause:
/// the sentence's start, a boundary (punctuation, a conjunction, "that", a relative word) or a
/// verb that takes a clause without "that" before it.
fn phrase_opens_clause<'a>(e: usize, word: &impl Fn(usize) -> RepairWord<'a>) -> bool {
    let mut s = e;
    while s > 0 && in_phrase(word(s - 1)) {
        s -= 1;
    }
    s == 0 || boundary(word(s - 1)) || reporting_verb(word(s - 1))
}

/// "U.S. attacks killed one of his aides": the words of a sentence of `n` words (`word(i)`)
/// that are a plural noun read as a present-tense verb (VBZ or VBP) right before a past tense,
/// each with the past form after it when that was read as a participle. Such a word
///
/// - may be a plural noun (`plural_noun(i)`: the tag sets allow NNS for it) and is no verb
///   that takes a clause (`data/syntax/clause_verbs.txt`: "says", "claims"),
/// - opens the sentence ("Talks resumed in Geneva", session 31) or follows a modifier of a
///   noun phrase (a name, noun, adjective, determiner, number: "U.S.", "Israeli") whose phrase
///   opens the clause,
/// - and the next word is a past tense (VBD), or a participle (VBN) that may be a past tense
///   (`past_tense(i)`) with an object opening right after it ("attacks wounded two soldiers")
///   or of a verb that takes none (`data/syntax/intransitive_past.txt`: "resumed").
///
/// The caller retags the noun NNS, and the participle, if any, VBD.
pub fn plural_nouns_read_as_verbs<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    plural_noun: impl Fn(usize) -> bool,
    past_tense: impl Fn(usize) -> bool,
) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    for v in 0..n.saturating_sub(1) {
        let w = word(v);
        // A verb that takes a clause keeps its reading ("The minister says wounded soldiers").
        if w.upos != Upos::Verb || !matches!(w.xpos, "VBZ" | "VBP") || reporting_verb(w) {
            continue;
        }
        // The sentence's first word ("Talks resumed in Geneva"), or after a modifier.
        if v > 0 && !in_phrase(word(v - 1)) {
            continue;
        }
        let next = word(v + 1);
        if next.upos != Upos::Verb {
            continue;
        }
        // A participle with an object after it, or of a verb that takes none
        // (`data/syntax/intransitive_past.txt`: "Talks resumed in Geneva").
        let object_after = v + 2 < n && opens_object(word(v + 2));
        let intransitive = super::participle::INTRANSITIVE.contains_lower(next.form);
        let participle = match next.xpos {
            "VBD" => None,
            "VBN" if (object_after || intransitive) && past_tense(v + 1) => Some(v + 1),
            _ => continue,
        };
        if plural_noun(v) && (v == 0 || phrase_opens_clause(v - 1, &word)) {
            out.push((v, participle));
        }
    }
    out
}

/// The endings of `data/syntax/plural_noun_suffixes.txt` ("ists", "ians").
static PLURAL_SUFFIXES: WordList = WordList::new(include_str!(
    "../../../../data/syntax/plural_noun_suffixes.txt"
));

/// "unconfirmed reports that jihadists fighting for the Islamic State have contracted Ebola"
/// (FNC-1 train): the words of a sentence of `n` words (`word(i)`) read as a present-tense verb
/// (VBZ or VBP) that end in a plural noun's ending of `data/syntax/plural_noun_suffixes.txt`
/// ("jihadists", "Syrians"), with at least three letters before it, where no verb stands (after
/// a determiner, an adjective, a possessive or a number, or after "that" before another verb),
/// that the tag sets allow as
/// a plural noun (`plural_noun(i)`) and do not know as a verb (`known_verb(i)`: "insists",
/// "persists" keep their reading). The tagger reads an unknown word's final "s" as a verb's;
/// the parser then makes it a relative clause's verb and the clause loses its subject. The
/// caller retags each NNS.
pub fn suffix_plurals_read_as_verbs<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    plural_noun: impl Fn(usize) -> bool,
    known_verb: impl Fn(usize) -> bool,
) -> Vec<usize> {
    (0..n)
        .filter(|&v| {
            let w = word(v);
            if w.upos != Upos::Verb || !matches!(w.xpos, "VBZ" | "VBP") {
                return false;
            }
            // Where no verb stands: after a determiner, an adjective, a possessive or a
            // number, or after "that" before another verb ("that jihadists fighting", "that
            // Islamists have"); "the group that resists" and "he insists" keep their reading
            // (the tag sets do not list every rare verb).
            let Some(p) = v.checked_sub(1).map(&word) else {
                return false;
            };
            let next_verb = v + 1 < n && matches!(word(v + 1).upos, Upos::Verb | Upos::Aux);
            let noun_slot = matches!(p.xpos, "DT" | "PDT" | "JJ" | "JJR" | "JJS" | "PRP$" | "CD")
                || (p.form.eq_ignore_ascii_case("that") && next_verb);
            if !noun_slot {
                return false;
            }
            let lower = w.form.to_lowercase();
            PLURAL_SUFFIXES.words().iter().any(|x| {
                lower.len() >= x.len() + 3
                    && lower.ends_with(x)
                    && lower.chars().all(|c| c.is_alphabetic() || c == '-')
            }) && plural_noun(v)
                && !known_verb(v)
        })
        .collect()
}

/// "IS has seized several key Iraqi cities": the words of a sentence of `n` words that are a
/// name in capitals read as a verb or auxiliary ("IS" as "is"): two letters or more, all
/// capitals, opening the clause (the sentence's start, a boundary or a verb that takes a
/// clause before it), right before a finite verb or auxiliary not in capitals itself (a
/// headline in capitals, "THIS IS WAR", keeps its reading); or right after a preposition not
/// in capitals ("seized by IS"). Not before a noun: "IS militants seized …" retagged after
/// the tagger read its neighbours parses worse, and "IS counts fighters" is the verb "counts".
/// Also a name in capitals read as a function word ("WHO" as "who", "ISIS" as a preposition)
/// right after a determiner or a verb not in capitals: "the WHO said in a statement", "jets
/// bombed ISIS training centers" (a determiner takes no pronoun or preposition after it).
/// The caller retags them NNP.
pub fn capitals_read_as_verbs<'a>(n: usize, word: impl Fn(usize) -> RepairWord<'a>) -> Vec<usize> {
    let capitals = |s: &str| s.chars().count() >= 2 && s.chars().all(|c| c.is_ascii_uppercase());
    (0..n)
        .filter(|&v| {
            let w = word(v);
            if matches!(w.xpos, "IN" | "WP" | "WDT" | "PRP") && capitals(w.form) && v > 0 {
                let p = word(v - 1);
                return !capitals(p.form) && (p.xpos == "DT" || p.upos == Upos::Verb);
            }
            if !matches!(w.upos, Upos::Verb | Upos::Aux) || !capitals(w.form) {
                return false;
            }
            let prev = (v > 0).then(|| word(v - 1));
            // "seized by IS": a preposition takes no verb.
            if prev.is_some_and(|p| p.upos == Upos::Adp && !capitals(p.form)) {
                return true;
            }
            let Some(next) = (v + 1 < n).then(|| word(v + 1)) else {
                return false;
            };
            matches!(next.upos, Upos::Verb | Upos::Aux)
                && finite(next.xpos)
                && !capitals(next.form)
                && prev.is_none_or(|p| boundary(p) || reporting_verb(p))
        })
        .collect()
}

/// "launched an offensive amid reports that …": the words of a sentence of `n` words that are
/// a preposition of `data/syntax/prepositions.txt` read as something else; the caller retags
/// them IN.
pub fn prepositions_read_as_other<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
) -> Vec<usize> {
    (0..n)
        .filter(|&k| {
            let w = word(k);
            w.upos != Upos::Adp && PREPOSITIONS.contains_lower(w.form)
        })
        .collect()
}

/// "Fighting resumed in northern Syria on Sunday", "Shelling intensified overnight": the words
/// of a sentence of `n` words (`word(i)`) that are a bare gerund opening the clause (the
/// sentence's first word or after a boundary, no determiner or other modifier before it) right
/// before a past form of a verb that takes no object (`data/syntax/intransitive_past.txt`), read
/// as a verb (VBG) that the tag sets allow as a noun (`noun(i)`). The parser takes such a
/// gerund for a clausal subject (`csubj`) with no clause of its own; it is the event noun the
/// verb says happened ("the fighting resumed"), and the caller retags it NN. "Winning is
/// everything" (no such verb after it) and "Rebels fighting resumed …" (not opening its clause)
/// keep their reading.
pub fn gerunds_read_as_verbs<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    noun: impl Fn(usize) -> bool,
) -> Vec<usize> {
    (0..n.saturating_sub(1))
        .filter(|&g| {
            let (w, next) = (word(g), word(g + 1));
            w.xpos == "VBG"
                && (g == 0 || boundary(word(g - 1)))
                && matches!(next.xpos, "VBD" | "VBN")
                && super::participle::INTRANSITIVE.contains_lower(next.form)
                && noun(g)
        })
        .collect()
}

/// "The New York Police Department will no longer arrest people for low-level marijuana
/// possession", "the NYPD may issue tickets", "the gold Apple Watch could retail for …": the
/// words of a sentence of `n` words (`word(i)`) that are a singular noun (NN) right after a
/// modal, with nothing but adverbs between ("no longer", "not", "directly"), that the tag sets
/// allow as a base verb (`base_verb(i)`). A modal governs a base verb; read as a noun, the word
/// takes the object as a modifier and leaves the clause without its verb. The caller retags
/// each VB. "you could kind of feel" (no base verb "kind") and "The spray can artist" (the
/// noun "can" after a noun) keep their reading.
pub fn nouns_after_modals<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    base_verb: impl Fn(usize) -> bool,
) -> Vec<usize> {
    (1..n)
        .filter(|&v| {
            let w = word(v);
            if w.upos != Upos::Noun || w.xpos != "NN" {
                return false;
            }
            let mut m = v - 1;
            while m > 0 && word(m).upos == Upos::Adv && v - m < 4 {
                m -= 1;
            }
            // "The spray can artist": "can" after a singular noun is a noun
            // (`data/syntax/modal_nouns.txt`).
            let can_noun =
                MODAL_NOUNS.contains_lower(word(m).form) && m > 0 && word(m - 1).xpos == "NN";
            word(m).xpos == "MD" && !can_noun && base_verb(v)
        })
        .collect()
}
