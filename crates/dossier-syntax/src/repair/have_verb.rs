//! "Doctors said the patient has Ebola", "Officials confirmed that the man had a gun": the
//! tagger reads "has" before a noun as the perfect auxiliary, and the parser hangs it (`aux`) on
//! the noun, which becomes the clause's predicate with the subject under it; the frame readers
//! then see no verb and no object (no "patient – has – Ebola" proposition). An auxiliary "have"
//! can only go with a verb, or with a copular predicate ("has been a member", "has been
//! dead"); hung on a noun, pronoun or number with no copula and no verb of its own, it is the
//! main verb: it takes the noun's place in the tree, the noun becomes its object, and the
//! clause's words (its subject, markers, negation, other auxiliaries before it; the
//! punctuation, clauses and obliques after the noun) move to it. The caller retags it VERB.

use super::{RepairWord, Shape};
use crate::doc::{Rel, Upos};

/// The forms of "have" as an auxiliary.
pub(super) fn have(form: &str) -> bool {
    ["has", "have", "had"]
        .iter()
        .any(|h| h.eq_ignore_ascii_case(form))
}

/// What of the noun's dependents after it belongs to the clause, not to the noun phrase.
fn clause_level(rel: Rel, w: RepairWord) -> bool {
    matches!(
        rel,
        Rel::Punct | Rel::Parataxis | Rel::Advcl | Rel::Obl | Rel::Ccomp | Rel::Xcomp
    ) || (rel == Rel::Conj && matches!(w.upos, Upos::Verb | Upos::Aux))
}

/// Make each such "have" the main verb; returns the words to retag as verbs.
pub fn have_read_as_auxiliary<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> Vec<usize> {
    let mut retag = Vec::new();
    if heads.len() != n || rels.len() != n {
        return retag;
    }
    for a in 0..n {
        let h = heads[a] as usize;
        if rels[a] != Rel::Aux || word(a).upos != Upos::Aux || !have(word(a).form) || h >= n {
            continue;
        }
        // The noun right after the auxiliary's phrase: "has Ebola", "had a gun", "has two
        // sons"; not a past form the tagger took for a noun ("has vowed").
        let hw = word(h);
        if h < a
            || !matches!(hw.upos, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num)
            || hw.form.to_ascii_lowercase().ends_with("ed")
        {
            continue;
        }
        let shape = Shape::new(n, heads);
        if shape.kids[h].iter().any(|&k| {
            matches!(rels[k], Rel::Cop | Rel::AuxPass)
                || (rels[k] == Rel::Aux && k > a)
                || (a < k && k < h && word(k).upos == Upos::Verb)
        }) {
            continue;
        }
        // Between the auxiliary and the noun only the noun's own phrase.
        if !(a + 1..h).all(|k| (a + 1..=h).contains(&(heads[k] as usize))) {
            continue;
        }
        let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
        for k in shape.kids[h].clone() {
            if k == a {
                continue;
            }
            if k < a || (k > h && clause_level(rels[k], word(k))) {
                heads[k] = a as u32;
            }
        }
        heads[a] = heads[h];
        rels[a] = rels[h];
        heads[h] = a as u32;
        rels[h] = Rel::Obj;
        if super::title_name::keep_if_acyclic(heads, rels, &old_heads, &old_rels) {
            retag.push(a);
        }
    }
    retag
}

#[cfg(test)]
mod tests {
    use super::super::tests_session25::{head_form, setup, Row};
    use super::*;
    use Upos::*;

    #[test]
    fn have_on_a_noun_becomes_the_verb_of_its_clause() {
        // Doctors said the patient has Ebola and is being treated in isolation .
        // As parsed: "has" the auxiliary of "Ebola", the clause's predicate.
        let rows: &[Row] = &[
            ("Doctors", Noun, "NNS", 2, Rel::Nsubj),
            ("said", Verb, "VBD", 0, Rel::Root),
            ("the", Det, "DT", 4, Rel::Det),
            ("patient", Noun, "NN", 6, Rel::Nsubj),
            ("has", Aux, "VBZ", 6, Rel::Aux),
            ("Ebola", Propn, "NNP", 2, Rel::Ccomp),
            ("and", Cconj, "CC", 10, Rel::Cc),
            ("is", Aux, "VBZ", 10, Rel::Aux),
            ("being", Aux, "VBG", 10, Rel::AuxPass),
            ("treated", Verb, "VBN", 6, Rel::Conj),
            ("in", Adp, "IN", 12, Rel::Case),
            ("isolation", Noun, "NN", 10, Rel::Obl),
            (".", Punct, ".", 2, Rel::Punct),
        ];
        let (words, mut heads, mut rels) = setup(rows);
        let retag = have_read_as_auxiliary(words.len(), |i| words[i], &mut heads, &mut rels);
        assert_eq!(retag, vec![4]);
        assert_eq!(
            (rels[4], head_form(&words, &heads, 4)),
            (Rel::Ccomp, "said")
        );
        assert_eq!((rels[3], head_form(&words, &heads, 3)), (Rel::Nsubj, "has"));
        assert_eq!((rels[5], head_form(&words, &heads, 5)), (Rel::Obj, "has"));
        // The coordinated clause goes with the verb; the noun phrase's own words stay.
        assert_eq!((rels[9], head_form(&words, &heads, 9)), (Rel::Conj, "has"));
        assert_eq!(head_form(&words, &heads, 2), "patient");
    }

    #[test]
    fn have_before_a_determiner_and_noun_takes_the_phrase_as_object() {
        // Officials confirmed that the man had a gun .
        let rows: &[Row] = &[
            ("Officials", Noun, "NNS", 2, Rel::Nsubj),
            ("confirmed", Verb, "VBD", 0, Rel::Root),
            ("that", Sconj, "IN", 8, Rel::Mark),
            ("the", Det, "DT", 5, Rel::Det),
            ("man", Noun, "NN", 8, Rel::Nsubj),
            ("had", Aux, "VBD", 8, Rel::Aux),
            ("a", Det, "DT", 8, Rel::Det),
            ("gun", Noun, "NN", 2, Rel::Ccomp),
            (".", Punct, ".", 2, Rel::Punct),
        ];
        let (words, mut heads, mut rels) = setup(rows);
        let retag = have_read_as_auxiliary(words.len(), |i| words[i], &mut heads, &mut rels);
        assert_eq!(retag, vec![5]);
        assert_eq!(
            (rels[5], head_form(&words, &heads, 5)),
            (Rel::Ccomp, "confirmed")
        );
        assert_eq!((rels[2], head_form(&words, &heads, 2)), (Rel::Mark, "had"));
        assert_eq!((rels[4], head_form(&words, &heads, 4)), (Rel::Nsubj, "had"));
        assert_eq!((rels[7], head_form(&words, &heads, 7)), (Rel::Obj, "had"));
        assert_eq!(head_form(&words, &heads, 6), "gun");
    }

    #[test]
    fn have_with_a_copula_or_on_a_verb_stays_an_auxiliary() {
        // He has been a member of the group .   ("been" the copula of "member")
        let rows: &[Row] = &[
            ("He", Pron, "PRP", 5, Rel::Nsubj),
            ("has", Aux, "VBZ", 5, Rel::Aux),
            ("been", Aux, "VBN", 5, Rel::Cop),
            ("a", Det, "DT", 5, Rel::Det),
            ("member", Noun, "NN", 0, Rel::Root),
            ("of", Adp, "IN", 8, Rel::Case),
            ("the", Det, "DT", 8, Rel::Det),
            ("group", Noun, "NN", 5, Rel::Nmod),
            (".", Punct, ".", 5, Rel::Punct),
        ];
        let (words, mut heads, mut rels) = setup(rows);
        let before = (heads.clone(), rels.clone());
        assert!(
            have_read_as_auxiliary(words.len(), |i| words[i], &mut heads, &mut rels).is_empty()
        );
        assert_eq!((heads, rels), before);
        // The army has shelled the town .
        let rows: &[Row] = &[
            ("The", Det, "DT", 2, Rel::Det),
            ("army", Noun, "NN", 4, Rel::Nsubj),
            ("has", Aux, "VBZ", 4, Rel::Aux),
            ("shelled", Verb, "VBN", 0, Rel::Root),
            ("the", Det, "DT", 6, Rel::Det),
            ("town", Noun, "NN", 4, Rel::Obj),
            (".", Punct, ".", 4, Rel::Punct),
        ];
        let (words, mut heads, mut rels) = setup(rows);
        let before = (heads.clone(), rels.clone());
        assert!(
            have_read_as_auxiliary(words.len(), |i| words[i], &mut heads, &mut rels).is_empty()
        );
        assert_eq!((heads, rels), before);
    }
}
