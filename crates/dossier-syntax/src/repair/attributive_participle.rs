//! "The rumours grew when respected Italian newspaper Corriere Della Sera reported that Castro
//! had died": right after a subordinator the tagger reads a past participle that modifies the
//! next noun as the clause's verb (VBN, "when respected" like "when asked"), the parser makes
//! the noun its object and the finite verb after the noun loses its subject, so the reported
//! clause has no speaker. A word of past
//! participle form ("-ed") tagged as a verb, right after a subordinator of
//! `data/syntax/attributive_markers.txt`, followed by adjectives, nouns or names up to a finite
//! verb (VBD, VBZ, VBP or a modal) is that noun phrase's adjective; the caller retags it JJ
//! before parsing. In the training treebanks (EWT and GUM train) the shape occurs once, as an
//! adjective ("as far as scheduled visits go"). "when asked the question", "after captured
//! fighters" without a verb, and "when contacted by AFP" keep the verb reading.

use super::RepairWord;
use crate::doc::Upos;
use crate::wordlist::WordList;

/// The subordinators of `data/syntax/attributive_markers.txt` (lower case).
static MARKERS: WordList = WordList::new(include_str!(
    "../../../../data/syntax/attributive_markers.txt"
));

/// The words of a sentence of `n` words (`word(i)`) that are such participles read as verbs,
/// in order.
pub fn participles_read_as_attributive<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
) -> Vec<usize> {
    (1..n)
        .filter(|&k| {
            let w = word(k);
            if w.upos != Upos::Verb
                || !matches!(w.xpos, "VBN" | "VBD")
                || !w.form.to_lowercase().ends_with("ed")
                || !MARKERS.contains_lower(word(k - 1).form)
            {
                return false;
            }
            let mut j = k + 1;
            while j < n && matches!(word(j).upos, Upos::Adj | Upos::Noun | Upos::Propn) {
                j += 1;
            }
            j > k + 1
                && j < n
                && matches!(word(j - 1).upos, Upos::Noun | Upos::Propn)
                && matches!(word(j).xpos, "VBD" | "VBZ" | "VBP" | "MD")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(tagged: &'a [(&'a str, Upos, &'a str)]) -> Vec<RepairWord<'a>> {
        tagged
            .iter()
            .map(|&(form, upos, xpos)| RepairWord { upos, xpos, form })
            .collect()
    }

    #[test]
    fn a_participle_before_the_subject_of_a_finite_verb_is_its_adjective() {
        use Upos::*;
        let w = words(&[
            ("rumors", Noun, "NNS"),
            ("grew", Verb, "VBD"),
            ("when", Adv, "WRB"),
            ("respected", Verb, "VBN"),
            ("Italian", Adj, "JJ"),
            ("newspaper", Noun, "NN"),
            ("Corriere", Propn, "NNP"),
            ("reported", Verb, "VBD"),
            ("that", Sconj, "IN"),
        ]);
        assert_eq!(participles_read_as_attributive(w.len(), |i| w[i]), vec![3]);
    }

    #[test]
    fn a_participle_with_an_object_or_an_agent_stays_a_verb() {
        use Upos::*;
        // "when asked the question, he said": a determiner opens the object.
        let asked = words(&[
            ("when", Adv, "WRB"),
            ("asked", Verb, "VBN"),
            ("the", Det, "DT"),
            ("question", Noun, "NN"),
            ("he", Pron, "PRP"),
            ("said", Verb, "VBD"),
        ]);
        assert!(participles_read_as_attributive(asked.len(), |i| asked[i]).is_empty());
        // "when contacted by AFP": no noun after the participle.
        let contacted = words(&[
            ("when", Adv, "WRB"),
            ("contacted", Verb, "VBN"),
            ("by", Adp, "IN"),
            ("AFP", Propn, "NNP"),
        ]);
        assert!(participles_read_as_attributive(contacted.len(), |i| contacted[i]).is_empty());
        // "after captured fighters in the town": no finite verb after the noun phrase.
        let no_verb = words(&[
            ("after", Sconj, "IN"),
            ("captured", Verb, "VBN"),
            ("fighters", Noun, "NNS"),
            ("in", Adp, "IN"),
            ("the", Det, "DT"),
            ("town", Noun, "NN"),
        ]);
        assert!(participles_read_as_attributive(no_verb.len(), |i| no_verb[i]).is_empty());
    }
}
