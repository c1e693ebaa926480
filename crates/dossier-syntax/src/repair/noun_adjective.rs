//! "a 26-year-old female American hostage", "two male Syrian fighters": the tagger reads
//! "female" and "male" as nouns before another modifier, and the parser makes them the head of
//! the phrase, so the verb's subject is "female", not the hostage. A word of
//! `data/syntax/noun_adjectives.txt` tagged as a noun and followed by adjectives and then a
//! noun or a name of its phrase is an adjective there; the caller retags it JJ before parsing.
//! "The female was released", "a female American was freed": the word keeps its noun reading
//! when no noun follows it and its adjectives.
//!
//! The other way round, "a United States official following North Korea said", "an Isis
//! militant, whose voice", "the ISIS militant who beheaded": a noun for people of
//! `data/syntax/adjective_nouns.txt` the tagger reads as an adjective right after a name, with
//! nothing of its phrase after it, is the phrase's noun; the caller retags it NN. "the ISIS
//! militant group" and "Syrian rebel forces" keep the adjective (a noun follows).

use super::RepairWord;
use crate::doc::Upos;
use crate::wordlist::WordList;

/// The words of `data/syntax/noun_adjectives.txt` (lower case).
static NOUN_ADJECTIVES: WordList =
    WordList::new(include_str!("../../../../data/syntax/noun_adjectives.txt"));

/// The words of `data/syntax/adjective_nouns.txt` (lower case).
static ADJECTIVE_NOUNS: WordList =
    WordList::new(include_str!("../../../../data/syntax/adjective_nouns.txt"));

/// The words of a sentence of `n` words (`word(i)`) that are such adjectives read as nouns, in
/// order.
pub fn adjectives_read_as_nouns<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
) -> Vec<usize> {
    (0..n)
        .filter(|&k| {
            let w = word(k);
            if w.upos != Upos::Noun || !NOUN_ADJECTIVES.contains_lower(w.form) {
                return false;
            }
            let mut j = k + 1;
            while j < n && word(j).upos == Upos::Adj {
                j += 1;
            }
            j < n && matches!(word(j).upos, Upos::Noun | Upos::Propn)
        })
        .collect()
}

/// The words of a sentence of `n` words (`word(i)`) that are nouns for people read as
/// adjectives after a name, in order: tagged JJ, of `data/syntax/adjective_nouns.txt`, right
/// after a proper noun, and followed by no noun, name, adjective, number or hyphen (the end of
/// the phrase: a verb, a comma, "who", a preposition, the genitive "'s").
pub fn nouns_read_as_adjectives<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
) -> Vec<usize> {
    (1..n)
        .filter(|&k| {
            let w = word(k);
            if w.upos != Upos::Adj || w.xpos != "JJ" || !ADJECTIVE_NOUNS.contains_lower(w.form) {
                return false;
            }
            if word(k - 1).upos != Upos::Propn {
                return false;
            }
            k + 1 >= n
                || !matches!(
                    word(k + 1).upos,
                    Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num
                ) && word(k + 1).xpos != "HYPH"
        })
        .collect()
}
