//! Session 37's tree repair on trees as the greedy parser built them for FNC-1 train shapes: a
//! verb with its finite auxiliary hung on the noun before it as a relative clause
//! (`aux_clause.rs`), with controls that keep their reading.
use super::tests::w;
use super::*;
use Upos::*;

fn run(rows: &[(&str, Upos, &str, u32, Rel)]) -> (usize, Vec<u32>, Vec<Rel>) {
    let words: Vec<RepairWord> = rows.iter().map(|r| w(r.1, r.2, r.0)).collect();
    let mut heads: Vec<u32> = rows.iter().map(|r| r.3).collect();
    let mut rels: Vec<Rel> = rows.iter().map(|r| r.4).collect();
    let fixes =
        aux_clause::auxiliary_clause_on_noun(words.len(), |i| words[i], &mut heads, &mut rels);
    (fixes, heads, rels)
}

#[test]
fn a_verb_with_its_auxiliary_on_a_root_noun_becomes_the_root() {
    // Donations so far have topped $ 20,000 . (the parser: "Donations" root, "topped" its
    // relative clause)
    let (fixes, heads, rels) = run(&[
        ("Donations", Noun, "NNS", NO_HEAD, Rel::Root),
        ("so", Adv, "RB", 2, Rel::Advmod),
        ("far", Adv, "RB", 4, Rel::Advmod),
        ("have", Aux, "VBP", 4, Rel::Aux),
        ("topped", Verb, "VBN", 0, Rel::AclRelcl),
        ("$", Sym, "$", 4, Rel::Obj),
        ("20,000", Num, "CD", 5, Rel::Nummod),
        (".", Punct, ".", 0, Rel::Punct),
    ]);
    assert_eq!(fixes, 1);
    assert_eq!((heads[4], rels[4]), (NO_HEAD, Rel::Root));
    assert_eq!((heads[0], rels[0]), (4, Rel::Nsubj));
    assert_eq!(heads[7], 4, "the full stop follows the root");
}

#[test]
fn a_passive_on_a_speech_verbs_object_becomes_its_complement() {
    // officials say proposals has not been presented to the president
    let (fixes, heads, rels) = run(&[
        ("officials", Noun, "NNS", 1, Rel::Nsubj),
        ("say", Verb, "VBP", NO_HEAD, Rel::Root),
        ("proposals", Noun, "NNS", 1, Rel::Obj),
        ("has", Aux, "VBZ", 6, Rel::Aux),
        ("not", Part, "RB", 6, Rel::Advmod),
        ("been", Aux, "VBN", 6, Rel::AuxPass),
        ("presented", Verb, "VBN", 2, Rel::AclRelcl),
        ("to", Adp, "IN", 8, Rel::Case),
        ("president", Noun, "NN", 6, Rel::Obl),
    ]);
    assert_eq!(fixes, 1);
    assert_eq!((heads[6], rels[6]), (1, Rel::Ccomp));
    assert_eq!((heads[2], rels[2]), (6, Rel::NsubjPass));
}

#[test]
fn a_subject_with_a_relative_clause_set_off_gives_its_verb_to_the_speech_verb() {
    // The woman , who was named , was travelling , the minister told reporters
    let (fixes, heads, rels) = run(&[
        ("The", Det, "DT", 1, Rel::Det),
        ("woman", Noun, "NN", 12, Rel::Nsubj),
        (",", Punct, ",", 5, Rel::Punct),
        ("who", Pron, "WP", 5, Rel::NsubjPass),
        ("was", Aux, "VBD", 5, Rel::AuxPass),
        ("named", Verb, "VBN", 1, Rel::AclRelcl),
        (",", Punct, ",", 8, Rel::Punct),
        ("was", Aux, "VBD", 8, Rel::Aux),
        ("travelling", Verb, "VBG", 1, Rel::AclRelcl),
        (",", Punct, ",", 12, Rel::Punct),
        ("the", Det, "DT", 11, Rel::Det),
        ("minister", Noun, "NN", 12, Rel::Nsubj),
        ("told", Verb, "VBD", NO_HEAD, Rel::Root),
        ("reporters", Noun, "NNS", 12, Rel::Iobj),
    ]);
    assert_eq!(fixes, 1);
    assert_eq!((heads[8], rels[8]), (12, Rel::Ccomp));
    assert_eq!((heads[1], rels[1]), (8, Rel::Nsubj));
    assert_eq!(
        (heads[5], rels[5]),
        (1, Rel::AclRelcl),
        "the relative clause stays"
    );
}

#[test]
fn clauses_with_their_own_relative_word_or_opener_stay() {
    // militants who are holding the hills: "who" is the clause's own subject.
    let rows = [
        ("militants", Noun, "NNS", NO_HEAD, Rel::Root),
        ("who", Pron, "WP", 3, Rel::Nsubj),
        ("are", Aux, "VBP", 3, Rel::Aux),
        ("holding", Verb, "VBG", 0, Rel::AclRelcl),
        ("hills", Noun, "NNS", 3, Rel::Obj),
    ];
    assert_eq!(run(&rows).0, 0);
    // the biggest story since 2008 as the company has bought buildings: "as" opens a clause
    // whose subject is "company", not "story".
    let rows = [
        ("story", Noun, "NN", NO_HEAD, Rel::Root),
        ("since", Adp, "IN", 2, Rel::Case),
        ("2008", Num, "CD", 0, Rel::Nmod),
        ("as", Adp, "IN", 5, Rel::Case),
        ("the", Det, "DT", 5, Rel::Det),
        ("company", Noun, "NN", 2, Rel::Nmod),
        ("has", Aux, "VBZ", 7, Rel::Aux),
        ("bought", Verb, "VBN", 0, Rel::AclRelcl),
        ("buildings", Noun, "NNS", 7, Rel::Obj),
    ];
    assert_eq!(run(&rows).0, 0);
    // The town of Purdon , Texas has been quarantined: a comma inside the noun's phrase is
    // left alone.
    let rows = [
        ("says", Verb, "VBZ", NO_HEAD, Rel::Root),
        ("town", Noun, "NN", 0, Rel::Obj),
        ("of", Adp, "IN", 3, Rel::Case),
        ("Purdon", Propn, "NNP", 1, Rel::Nmod),
        (",", Punct, ",", 5, Rel::Punct),
        ("Texas", Propn, "NNP", 3, Rel::Appos),
        ("has", Aux, "VBZ", 8, Rel::Aux),
        ("been", Aux, "VBN", 8, Rel::AuxPass),
        ("quarantined", Verb, "VBN", 1, Rel::AclRelcl),
    ];
    assert_eq!(run(&rows).0, 0);
}

fn run_opening(rows: &[(&str, Upos, &str, u32, Rel)]) -> (usize, Vec<u32>, Vec<Rel>) {
    let words: Vec<RepairWord> = rows.iter().map(|r| w(r.1, r.2, r.0)).collect();
    let mut heads: Vec<u32> = rows.iter().map(|r| r.3).collect();
    let mut rels: Vec<Rel> = rows.iter().map(|r| r.4).collect();
    let fixes = opening_participle::opening_participle_clause(
        words.len(),
        |i| words[i],
        &mut heads,
        &mut rels,
    );
    (fixes, heads, rels)
}

#[test]
fn an_opening_participle_read_as_a_clausal_subject_or_a_modifier_is_an_adverbial_clause() {
    // Speaking to Mashable , a spokesperson said they were investigating
    let (fixes, heads, rels) = run_opening(&[
        ("Speaking", Verb, "VBG", 6, Rel::Csubj),
        ("to", Adp, "IN", 2, Rel::Case),
        ("Mashable", Propn, "NNP", 0, Rel::Obl),
        (",", Punct, ",", 0, Rel::Punct),
        ("a", Det, "DT", 5, Rel::Det),
        ("spokesperson", Noun, "NN", 6, Rel::Nsubj),
        ("said", Verb, "VBD", NO_HEAD, Rel::Root),
        ("they", Pron, "PRP", 8, Rel::Nsubj),
        ("investigating", Verb, "VBG", 6, Rel::Ccomp),
    ]);
    assert_eq!(fixes, 1);
    assert_eq!((heads[0], rels[0]), (6, Rel::Advcl));
    // Posting photos online , supporters announced : "photos" was a second subject.
    let (fixes, heads, rels) = run_opening(&[
        ("Posting", Verb, "VBG", 1, Rel::Amod),
        ("photos", Noun, "NNS", 5, Rel::Nsubj),
        ("online", Adv, "RB", 1, Rel::Advmod),
        (",", Punct, ",", 1, Rel::Punct),
        ("supporters", Noun, "NNS", 5, Rel::Nsubj),
        ("announced", Verb, "VBD", NO_HEAD, Rel::Root),
    ]);
    assert_eq!(fixes, 1);
    assert_eq!((heads[0], rels[0]), (5, Rel::Advcl));
    assert_eq!((heads[1], rels[1]), (0, Rel::Obj));
}

#[test]
fn opening_gerund_subjects_and_caption_labels_stay() {
    // Killing the leader would be a victory : no comma, no other subject.
    let rows = [
        ("Killing", Verb, "VBG", 5, Rel::Csubj),
        ("the", Det, "DT", 2, Rel::Det),
        ("leader", Noun, "NN", 0, Rel::Obj),
        ("would", Aux, "MD", 5, Rel::Aux),
        ("be", Aux, "VB", 5, Rel::Cop),
        ("victory", Noun, "NN", NO_HEAD, Rel::Root),
    ];
    assert_eq!(run_opening(&rows).0, 0);
    // Gorging on food is a given , but one woman decided : a finite verb inside the phrase.
    let rows = [
        ("Gorging", Verb, "VBG", 9, Rel::Csubj),
        ("on", Adp, "IN", 2, Rel::Case),
        ("food", Noun, "NN", 0, Rel::Obl),
        ("is", Aux, "VBZ", 5, Rel::Cop),
        ("a", Det, "DT", 5, Rel::Det),
        ("given", Noun, "NN", 0, Rel::Ccomp),
        (",", Punct, ",", 9, Rel::Punct),
        ("one", Num, "CD", 8, Rel::Nummod),
        ("woman", Noun, "NN", 9, Rel::Nsubj),
        ("decided", Verb, "VBD", NO_HEAD, Rel::Root),
    ];
    assert_eq!(run_opening(&rows).0, 0);
}
