//! "Yet, Hashimi said it appeared that IS had not used chlorine gas" (FNC-1 train): "that"
//! right after a verb and before a name read as a demonstrative (DT), so the parser makes it
//! the verb's object, the name a fixed expression on it and the auxiliary's clause a loose
//! complement: the clause "IS had not used chlorine gas" loses its subject and its marker. A
//! demonstrative never stands between a verb and a bare name followed by a finite verb
//! ("noted that Castro had not been seen", "claimed that Apple will"): there "that" opens the
//! clause (IN), and the parser then reads the name as the clause's subject. "He liked that
//! speech" (a noun after "that") and "said that Obama" ending the clause keep their tags.

//!
//! "Tuesday's report comes as Glyn Davies, the top U.S. envoy for North Korea, said the isolated
//! state is neglecting its responsibilities" (FNC-1 train): "as" read as a preposition (ADP)
//! before a noun phrase and its finite verb, so the parser makes the name an oblique of "comes"
//! and "comes" the complement of "said". A word of `data/syntax/clause_prepositions.txt`
//! ("as", "after", "since") before a subject's phrase (with an apposition set off by commas
//! inside) and its finite verb opens that clause (IN, SCONJ). "such as Iran", "known as Jihadi
//! John", "as well as" and "as many as" (an adjective, participle or adverb before it) keep
//! their tags.

use super::clause_phrase::clause_preposition;
use super::past_verb::in_phrase;
use super::RepairWord;
use crate::doc::Upos;

/// A finite auxiliary, a modal or a past tense: no noun a demonstrative could go with ("that
/// Reuters report" keeps its determiner, whatever the tagger made of "report").
fn finite(w: RepairWord) -> bool {
    (w.upos == Upos::Aux && matches!(w.xpos, "VBD" | "VBZ" | "VBP" | "MD"))
        || (w.upos == Upos::Verb && w.xpos == "VBD")
}

/// The words "that" of a sentence of `n` words (`word(i)`; `name(i)`: the word is a name,
/// also when a tag repair before makes it one — "IS") read as a demonstrative between a verb
/// and a name with its finite verb, in order; the caller retags them IN (SCONJ).
pub fn complementizers_read_as_determiners<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    name: impl Fn(usize) -> bool,
) -> Vec<usize> {
    (1..n.saturating_sub(2))
        .filter(|&t| {
            let w = word(t);
            if !(w.form.eq_ignore_ascii_case("that") && w.xpos == "DT") {
                return false;
            }
            if word(t - 1).upos != Upos::Verb {
                return false;
            }
            // A name of one to four words, then its finite verb.
            let end = (t + 1..n.min(t + 6)).find(|&k| !name(k)).unwrap_or(n);
            end > t + 1 && end < n && end <= t + 5 && finite(word(end))
        })
        .collect()
}

/// The end (exclusive) of a subject's phrase from word `k`: a pronoun, or words of a noun
/// phrase ([`in_phrase`]) with "of" or "for" phrases inside ("the top U.S. envoy for North
/// Korea"); `k` when none opens there.
fn subject_phrase_end<'a>(k: usize, n: usize, word: &impl Fn(usize) -> RepairWord<'a>) -> usize {
    if k < n && word(k).xpos == "PRP" {
        return k + 1;
    }
    let mut e = k;
    loop {
        while e < n && in_phrase(word(e)) {
            e += 1;
        }
        let inner = e > k
            && e + 1 < n
            && word(e).upos == Upos::Adp
            && matches!(word(e).form.to_lowercase().as_str(), "of" | "for")
            && in_phrase(word(e + 1));
        if !inner {
            return e;
        }
        e += 1;
    }
}

/// The words of a sentence of `n` words (`word(i)`) of `data/syntax/clause_prepositions.txt`
/// read as a preposition before a subject's phrase and its finite verb (see the module
/// documentation), in order; the caller retags them IN (SCONJ).
pub fn clause_markers_read_as_prepositions<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
) -> Vec<usize> {
    (0..n.saturating_sub(2))
        .filter(|&a| {
            let w = word(a);
            if w.upos != Upos::Adp || !clause_preposition(w.form) {
                return false;
            }
            // "such as", "known as", "as well as", "as many as": no clause follows.
            if a > 0 {
                let p = word(a - 1);
                if matches!(p.upos, Upos::Adj | Upos::Adv) || matches!(p.xpos, "VBN" | "VBG") {
                    return false;
                }
            }
            if (a + 1..n.min(a + 4)).any(|k| word(k).form.eq_ignore_ascii_case(w.form)) {
                return false;
            }
            let mut e = subject_phrase_end(a + 1, n, &word);
            if e == a + 1 || !(a + 1..e).any(|k| word(k).upos != Upos::Adj) {
                return false;
            }
            // An apposition set off by commas: "Glyn Davies, the top U.S. envoy, said".
            if e < n && word(e).form == "," {
                let f = subject_phrase_end(e + 1, n, &word);
                if f > e + 1 && f < n && word(f).form == "," {
                    e = f + 1;
                }
            }
            while e < n && word(e).xpos == "RB" {
                e += 1;
            }
            e < n && {
                let v = word(e);
                matches!(v.upos, Upos::Verb | Upos::Aux)
                    && matches!(v.xpos, "VBD" | "VBZ" | "VBP" | "MD")
            }
        })
        .collect()
}
