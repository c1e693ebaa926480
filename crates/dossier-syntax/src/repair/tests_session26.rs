//! Session 26's repairs on sentences as the greedy parser reads them: a gapped passive
//! conjunct ("were killed and five others wounded") and a past participle read as an adjective
//! with an agent or a time ("was shut on Friday").
use super::tests_session25::{head_form, setup, Row};
use super::*;
use Upos::*;

#[test]
fn a_gapped_passive_conjunct_gets_its_own_subject() {
    // Four policemen were killed and two others wounded in the attack .
    // As parsed: "others" a noun conjunct of "killed", "wounded" a participle on it.
    let rows: &[Row] = &[
        ("Four", Num, "CD", 2, Rel::Nummod),
        ("policemen", Noun, "NNS", 4, Rel::NsubjPass),
        ("were", Aux, "VBD", 4, Rel::AuxPass),
        ("killed", Verb, "VBN", 0, Rel::Root),
        ("and", Cconj, "CC", 7, Rel::Cc),
        ("two", Num, "CD", 7, Rel::Nummod),
        ("others", Noun, "NNS", 4, Rel::Conj),
        ("wounded", Verb, "VBN", 7, Rel::Acl),
        ("in", Adp, "IN", 11, Rel::Case),
        ("the", Det, "DT", 11, Rel::Det),
        ("attack", Noun, "NN", 8, Rel::Obl),
        (".", Punct, ".", 4, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let retag = gapped_passive_conjuncts(words.len(), |i| words[i], &mut heads, &mut rels);
    assert!(retag.is_empty(), "a VBN needs no retagging: {retag:?}");
    assert_eq!(
        (rels[7], head_form(&words, &heads, 7)),
        (Rel::Conj, "killed")
    );
    assert_eq!(
        (rels[6], head_form(&words, &heads, 6)),
        (Rel::NsubjPass, "wounded")
    );
    assert_eq!(
        (rels[4], head_form(&words, &heads, 4)),
        (Rel::Cc, "wounded")
    );
    assert_eq!(head_form(&words, &heads, 5), "others");
    assert_eq!(head_form(&words, &heads, 10), "wounded");
}

#[test]
fn a_bare_number_and_an_adjective_participle_are_read_as_the_conjunct_clause() {
    // 12 people were killed and 30 injured in the blast .
    // As parsed: "30" on the conjunction, "injured" an adjective on "30".
    let rows: &[Row] = &[
        ("12", Num, "CD", 2, Rel::Nummod),
        ("people", Noun, "NNS", 4, Rel::NsubjPass),
        ("were", Aux, "VBD", 4, Rel::AuxPass),
        ("killed", Verb, "VBN", 0, Rel::Root),
        ("and", Cconj, "CC", 4, Rel::Cc),
        ("30", Num, "CD", 5, Rel::Nummod),
        ("injured", Adj, "JJ", 6, Rel::Amod),
        ("in", Adp, "IN", 10, Rel::Case),
        ("the", Det, "DT", 10, Rel::Det),
        ("blast", Noun, "NN", 7, Rel::Obl),
        (".", Punct, ".", 4, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let retag = gapped_passive_conjuncts(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(
        retag,
        vec![6],
        "the adjective is retagged as the participle"
    );
    assert_eq!(
        (rels[6], head_form(&words, &heads, 6)),
        (Rel::Conj, "killed")
    );
    assert_eq!(
        (rels[5], head_form(&words, &heads, 5)),
        (Rel::NsubjPass, "injured")
    );
    assert_eq!(head_form(&words, &heads, 4), "injured");
    assert_eq!(head_form(&words, &heads, 9), "injured");
}

#[test]
fn a_conjunct_with_an_object_or_a_following_verb_is_no_gapped_passive() {
    // Two men were arrested and police seized weapons . — "seized" takes an object.
    let rows: &[Row] = &[
        ("Two", Num, "CD", 2, Rel::Nummod),
        ("men", Noun, "NNS", 4, Rel::NsubjPass),
        ("were", Aux, "VBD", 4, Rel::AuxPass),
        ("arrested", Verb, "VBN", 0, Rel::Root),
        ("and", Cconj, "CC", 6, Rel::Cc),
        ("police", Noun, "NNS", 4, Rel::Conj),
        ("seized", Verb, "VBN", 6, Rel::Acl),
        ("weapons", Noun, "NNS", 7, Rel::Obj),
        (".", Punct, ".", 4, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let before = (heads.clone(), rels.clone());
    gapped_passive_conjuncts(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!((heads, rels), before);
    // Two were killed and the injured taken to hospital . — a verb follows "injured".
    let rows: &[Row] = &[
        ("Two", Num, "CD", 3, Rel::NsubjPass),
        ("were", Aux, "VBD", 3, Rel::AuxPass),
        ("killed", Verb, "VBN", 0, Rel::Root),
        ("and", Cconj, "CC", 7, Rel::Cc),
        ("the", Det, "DT", 6, Rel::Det),
        ("injured", Verb, "VBN", 7, Rel::Amod),
        ("taken", Verb, "VBN", 3, Rel::Conj),
        ("to", Adp, "IN", 9, Rel::Case),
        ("hospital", Noun, "NN", 7, Rel::Obl),
        (".", Punct, ".", 3, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let before = (heads.clone(), rels.clone());
    gapped_passive_conjuncts(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!((heads, rels), before);
}

#[test]
fn a_participle_adjective_with_a_time_or_an_agent_is_a_passive() {
    // The airport was shut by the army on Friday .
    let rows: &[Row] = &[
        ("The", Det, "DT", 2, Rel::Det),
        ("airport", Noun, "NN", 4, Rel::Nsubj),
        ("was", Aux, "VBD", 4, Rel::Cop),
        ("shut", Adj, "JJ", 0, Rel::Root),
        ("by", Adp, "IN", 7, Rel::Case),
        ("the", Det, "DT", 7, Rel::Det),
        ("army", Noun, "NN", 4, Rel::Obl),
        ("on", Adp, "IN", 9, Rel::Case),
        ("Friday", Propn, "NNP", 4, Rel::Obl),
        (".", Punct, ".", 4, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let retag = passive_read_as_adjective(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(retag, vec![3]);
    assert_eq!(
        (rels[1], rels[2], rels[6]),
        (Rel::NsubjPass, Rel::AuxPass, Rel::OblAgent)
    );
    assert_eq!(rels[8], Rel::Obl);
}

#[test]
fn a_predicative_adjective_without_time_or_agent_stays() {
    // The captain was worried about the weather .
    let rows: &[Row] = &[
        ("The", Det, "DT", 2, Rel::Det),
        ("captain", Noun, "NN", 4, Rel::Nsubj),
        ("was", Aux, "VBD", 4, Rel::Cop),
        ("worried", Adj, "JJ", 0, Rel::Root),
        ("about", Adp, "IN", 7, Rel::Case),
        ("the", Det, "DT", 7, Rel::Det),
        ("weather", Noun, "NN", 4, Rel::Obl),
        (".", Punct, ".", 4, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let before = rels.clone();
    let retag = passive_read_as_adjective(words.len(), |i| words[i], &mut heads, &mut rels);
    assert!(retag.is_empty());
    assert_eq!(rels, before);
}

#[test]
fn a_passive_verbs_plain_subject_becomes_its_passive_subject() {
    // Two soldiers died and four were injured .
    let rows: &[Row] = &[
        ("Two", Num, "CD", 2, Rel::Nummod),
        ("soldiers", Noun, "NNS", 3, Rel::Nsubj),
        ("died", Verb, "VBD", 0, Rel::Root),
        ("and", Cconj, "CC", 7, Rel::Cc),
        ("four", Num, "CD", 7, Rel::Nsubj),
        ("were", Aux, "VBD", 7, Rel::AuxPass),
        ("injured", Verb, "VBN", 3, Rel::Conj),
        (".", Punct, ".", 3, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    passive_read_as_adjective(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(rels[4], Rel::NsubjPass);
    assert_eq!(rels[1], Rel::Nsubj, "the active verb's subject stays");
}

#[test]
fn the_clause_after_an_opening_according_to_phrase_takes_the_root() {
    // According to the ministry , 300 people have been killed .
    // As parsed: "ministry" the root, "killed" its conjunct.
    let rows: &[Row] = &[
        ("According", Verb, "VBG", 4, Rel::Case),
        ("to", Adp, "IN", 1, Rel::Fixed),
        ("the", Det, "DT", 4, Rel::Det),
        ("ministry", Noun, "NN", 0, Rel::Root),
        (",", Punct, ",", 10, Rel::Punct),
        ("300", Num, "CD", 7, Rel::Nummod),
        ("people", Noun, "NNS", 10, Rel::NsubjPass),
        ("have", Aux, "VBP", 10, Rel::Aux),
        ("been", Aux, "VBN", 10, Rel::AuxPass),
        ("killed", Verb, "VBN", 4, Rel::Conj),
        (".", Punct, ".", 4, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let fixed = clause_after_opening_phrase(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(fixed, 1);
    assert_eq!((rels[9], head_form(&words, &heads, 9)), (Rel::Root, "ROOT"));
    assert_eq!(
        (rels[3], head_form(&words, &heads, 3)),
        (Rel::Obl, "killed")
    );
    assert_eq!(head_form(&words, &heads, 10), "killed");
    assert_eq!(head_form(&words, &heads, 0), "ministry");
}

#[test]
fn an_according_to_root_without_a_clause_of_its_own_after_it_stays() {
    // According to the ministry , heavy losses . — no verb with a subject after the comma.
    let rows: &[Row] = &[
        ("According", Verb, "VBG", 4, Rel::Case),
        ("to", Adp, "IN", 1, Rel::Fixed),
        ("the", Det, "DT", 4, Rel::Det),
        ("ministry", Noun, "NN", 0, Rel::Root),
        (",", Punct, ",", 4, Rel::Punct),
        ("heavy", Adj, "JJ", 7, Rel::Amod),
        ("losses", Noun, "NNS", 4, Rel::Appos),
        (".", Punct, ".", 4, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let before = (heads.clone(), rels.clone());
    let fixed = clause_after_opening_phrase(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(fixed, 0);
    assert_eq!((heads, rels), before);
}

#[test]
fn an_of_gerund_on_a_named_object_is_the_verbs_adverbial_clause() {
    // Ukraine accused Russia of supplying the rebels . / the cost of sending troops
    let rows: &[Row] = &[
        ("Ukraine", Propn, "NNP", 2, Rel::Nsubj),
        ("accused", Verb, "VBD", 0, Rel::Root),
        ("Russia", Propn, "NNP", 2, Rel::Obj),
        ("of", Sconj, "IN", 5, Rel::Mark),
        ("supplying", Verb, "VBG", 3, Rel::Acl),
        ("the", Det, "DT", 7, Rel::Det),
        ("rebels", Noun, "NNS", 5, Rel::Obj),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let moved = gerund_on_named_object(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(moved, 1);
    assert_eq!(
        (rels[4], head_form(&words, &heads, 4)),
        (Rel::Advcl, "accused")
    );
    // They doubled the cost of sending troops . — a common noun keeps its modifier.
    let rows: &[Row] = &[
        ("They", Pron, "PRP", 2, Rel::Nsubj),
        ("doubled", Verb, "VBD", 0, Rel::Root),
        ("the", Det, "DT", 4, Rel::Det),
        ("cost", Noun, "NN", 2, Rel::Obj),
        ("of", Sconj, "IN", 6, Rel::Mark),
        ("sending", Verb, "VBG", 4, Rel::Acl),
        ("troops", Noun, "NNS", 6, Rel::Obj),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let moved = gerund_on_named_object(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(moved, 0);
    assert_eq!((rels[5], head_form(&words, &heads, 5)), (Rel::Acl, "cost"));
}
