//! "Officials said it is not clear the Apaches would be used": the tagger reads an adjective
//! that can also be a verb ("clear", "open", "free") as a base verb (VB) after a form of "be",
//! and the parser then makes it a verb with the next noun phrase as its object ("is not
//! clear the Apaches": someone clears the Apaches). A form of "be"
//! (`data/syntax/be_forms.txt`) is never followed by a base verb: with only negation and
//! adverbs between them, such a word is an adjective, and the caller retags it JJ when the
//! model's tag classes allow JJ for it.
//!
//! "Police will clear the square", "They want to be clear", "He is to clear the square" (a
//! base verb after a modal, "to" or "is to") keep their reading.

use super::RepairWord;
use crate::doc::Upos;
use crate::wordlist::WordList;

/// A form of "be" of `data/syntax/be_forms.txt`, read as an auxiliary or a verb.
fn be_form(w: RepairWord) -> bool {
    static WORDS: WordList = WordList::new(include_str!("../../../../data/syntax/be_forms.txt"));
    matches!(w.upos, Upos::Aux | Upos::Verb) && WORDS.contains_lower(w.form)
}

/// The words of a sentence of `n` words (`word(i)`) that are a base verb (VB) right after a
/// form of "be", negation and adverbs (RB) between them; the caller retags them JJ.
pub fn base_verbs_after_be<'a>(n: usize, word: impl Fn(usize) -> RepairWord<'a>) -> Vec<usize> {
    (1..n)
        .filter(|&v| {
            let w = word(v);
            if w.upos != Upos::Verb || w.xpos != "VB" {
                return false;
            }
            let mut k = v - 1;
            while k > 0 && matches!(word(k).xpos, "RB" | "RBR" | "RBS") {
                k -= 1;
            }
            be_form(word(k))
        })
        .collect()
}
