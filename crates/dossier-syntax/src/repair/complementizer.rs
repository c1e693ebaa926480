//! "Yet, Hashimi said it appeared that IS had not used chlorine gas" (FNC-1 train): "that"
//! right after a verb and before a name read as a demonstrative (DT), so the parser makes it
//! the verb's object, the name a fixed expression on it and the auxiliary's clause a loose
//! complement: the clause "IS had not used chlorine gas" loses its subject and its marker. A
//! demonstrative never stands between a verb and a bare name followed by a finite verb
//! ("noted that Castro had not been seen", "claimed that Apple will"): there "that" opens the
//! clause (IN), and the parser then reads the name as the clause's subject. "He liked that
//! speech" (a noun after "that") and "said that Obama" ending the clause keep their tags.

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
