//! Session 27's mends of session 26's repairs on sentences as the greedy parser reads them: a
//! relative clause after an opening "According to X ," is not the main clause.
use super::tests_session25::{head_form, setup, Row};
use super::*;
use Upos::*;

#[test]
fn a_relative_clause_after_an_opening_according_to_phrase_does_not_take_the_root() {
    // According to the ministry , which has denied the reports , the claim is false .
    // As parsed: "ministry" the root, the relative clause and the main clause hung on it.
    let rows: &[Row] = &[
        ("According", Verb, "VBG", 4, Rel::Case),
        ("to", Adp, "IN", 1, Rel::Fixed),
        ("the", Det, "DT", 4, Rel::Det),
        ("ministry", Noun, "NN", 0, Rel::Root),
        (",", Punct, ",", 4, Rel::Punct),
        ("which", Pron, "WDT", 8, Rel::Nsubj),
        ("has", Aux, "VBZ", 8, Rel::Aux),
        ("denied", Verb, "VBN", 4, Rel::Parataxis),
        ("the", Det, "DT", 10, Rel::Det),
        ("reports", Noun, "NNS", 8, Rel::Obj),
        (",", Punct, ",", 15, Rel::Punct),
        ("the", Det, "DT", 13, Rel::Det),
        ("claim", Noun, "NN", 15, Rel::Nsubj),
        ("is", Aux, "VBZ", 15, Rel::Cop),
        ("false", Adj, "JJ", 4, Rel::Parataxis),
        (".", Punct, ".", 4, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let before = (heads.clone(), rels.clone());
    let fixed = clause_after_opening_phrase(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(fixed, 0, "the relative clause's verb is not the main verb");
    assert_eq!((heads, rels), before);
    // Control: the same opening before a verb with a subject of its own.
    // According to the ministry , the rebels have withdrawn .
    let rows: &[Row] = &[
        ("According", Verb, "VBG", 4, Rel::Case),
        ("to", Adp, "IN", 1, Rel::Fixed),
        ("the", Det, "DT", 4, Rel::Det),
        ("ministry", Noun, "NN", 0, Rel::Root),
        (",", Punct, ",", 4, Rel::Punct),
        ("the", Det, "DT", 7, Rel::Det),
        ("rebels", Noun, "NNS", 9, Rel::Nsubj),
        ("have", Aux, "VBP", 9, Rel::Aux),
        ("withdrawn", Verb, "VBN", 4, Rel::Parataxis),
        (".", Punct, ".", 4, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let fixed = clause_after_opening_phrase(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(fixed, 1);
    assert_eq!((rels[8], head_form(&words, &heads, 8)), (Rel::Root, "ROOT"));
}
