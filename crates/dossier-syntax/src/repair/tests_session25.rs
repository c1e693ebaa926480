//! Session 25's repairs on sentences as the greedy parser reads them: a present participle on
//! the subject read as the head, a name after a common noun read as the verb's, two clauses
//! read as one coordinated noun phrase; and the tag repairs before the parse.
use super::tests::w;
use super::*;
use Upos::*;

/// A sentence as (form, UPOS, XPOS, head (1-based, 0 = root), relation) rows.
pub(super) type Row<'a> = (&'a str, Upos, &'a str, u32, Rel);

pub(super) fn setup<'a>(rows: &[Row<'a>]) -> (Vec<RepairWord<'a>>, Vec<u32>, Vec<Rel>) {
    let words = rows.iter().map(|r| w(r.1, r.2, r.0)).collect();
    let heads = rows
        .iter()
        .map(|r| if r.3 == 0 { NO_HEAD } else { r.3 - 1 })
        .collect();
    (words, heads, rows.iter().map(|r| r.4).collect())
}

/// Word `k`'s head as a form ("ROOT" for the root).
pub(super) fn head_form<'a>(words: &[RepairWord<'a>], heads: &[u32], k: usize) -> &'a str {
    words.get(heads[k] as usize).map_or("ROOT", |h| h.form)
}

#[test]
fn a_present_participle_on_the_subject_hands_the_clause_to_the_verb() {
    // Officials hoping to end the siege said the talks would resume .
    let rows: &[Row] = &[
        ("Officials", Noun, "NNS", 2, Rel::Nsubj),
        ("hoping", Verb, "VBG", 0, Rel::Root),
        ("to", Part, "TO", 4, Rel::Mark),
        ("end", Verb, "VB", 2, Rel::Xcomp),
        ("the", Det, "DT", 6, Rel::Det),
        ("siege", Noun, "NN", 4, Rel::Obj),
        ("said", Verb, "VBD", 2, Rel::Parataxis),
        ("the", Det, "DT", 9, Rel::Det),
        ("talks", Noun, "NNS", 11, Rel::Nsubj),
        ("would", Aux, "MD", 11, Rel::Aux),
        ("resume", Verb, "VB", 7, Rel::Ccomp),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let fixes = participle_under_subject(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(fixes, 1);
    assert_eq!((rels[6], head_form(&words, &heads, 6)), (Rel::Root, "ROOT"));
    assert_eq!(
        (rels[0], head_form(&words, &heads, 0)),
        (Rel::Nsubj, "said")
    );
    assert_eq!(
        (rels[1], head_form(&words, &heads, 1)),
        (Rel::Acl, "Officials")
    );
    assert_eq!(head_form(&words, &heads, 3), "hoping");
    assert_eq!(head_form(&words, &heads, 11), "said");
}

#[test]
fn a_participle_with_its_own_auxiliary_or_a_verb_with_its_own_subject_stays() {
    // Officials are hoping the talks resume . — "hoping" has its auxiliary.
    let rows: &[Row] = &[
        ("Officials", Noun, "NNS", 3, Rel::Nsubj),
        ("are", Aux, "VBP", 3, Rel::Aux),
        ("hoping", Verb, "VBG", 0, Rel::Root),
        ("the", Det, "DT", 5, Rel::Det),
        ("talks", Noun, "NNS", 6, Rel::Nsubj),
        ("resume", Verb, "VBP", 3, Rel::Ccomp),
        (".", Punct, ".", 3, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let before = heads.clone();
    assert_eq!(
        participle_under_subject(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    assert_eq!(heads, before);
    // Rebels advancing , the army retreated . — the verb has a subject of its own.
    let rows: &[Row] = &[
        ("Rebels", Noun, "NNS", 2, Rel::Nsubj),
        ("advancing", Verb, "VBG", 0, Rel::Root),
        (",", Punct, ",", 2, Rel::Punct),
        ("the", Det, "DT", 5, Rel::Det),
        ("army", Noun, "NN", 6, Rel::Nsubj),
        ("retreated", Verb, "VBD", 2, Rel::Parataxis),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    assert_eq!(
        participle_under_subject(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    assert_eq!(rels[1], Rel::Root);
}

#[test]
fn a_name_set_off_after_a_common_noun_is_its_apposition() {
    // The Pentagon confirmed the death of the group 's commander , Abu Omar , in a strike .
    let rows: &[Row] = &[
        ("The", Det, "DT", 2, Rel::Det),
        ("Pentagon", Propn, "NNP", 3, Rel::Nsubj),
        ("confirmed", Verb, "VBD", 0, Rel::Root),
        ("the", Det, "DT", 5, Rel::Det),
        ("death", Noun, "NN", 3, Rel::Obj),
        ("of", Adp, "IN", 10, Rel::Case),
        ("the", Det, "DT", 8, Rel::Det),
        ("group", Noun, "NN", 10, Rel::NmodPoss),
        ("'s", Part, "POS", 8, Rel::Case),
        ("commander", Noun, "NN", 5, Rel::Nmod),
        (",", Punct, ",", 12, Rel::Punct),
        ("Abu", Propn, "NNP", 3, Rel::OblUnmarked),
        ("Omar", Propn, "NNP", 12, Rel::Flat),
        (",", Punct, ",", 17, Rel::Punct),
        ("in", Adp, "IN", 17, Rel::Case),
        ("a", Det, "DT", 17, Rel::Det),
        ("strike", Noun, "NN", 12, Rel::Nmod),
        (".", Punct, ".", 3, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let fixes = name_after_noun_is_apposition(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(fixes, 1);
    assert_eq!(
        (rels[11], head_form(&words, &heads, 11)),
        (Rel::Appos, "commander")
    );
    assert_eq!(
        (rels[16], head_form(&words, &heads, 16)),
        (Rel::Obl, "confirmed")
    );
    assert_eq!(head_form(&words, &heads, 10), "Abu");
}

#[test]
fn a_name_after_a_name_or_a_day_after_a_noun_is_no_apposition() {
    // Jets struck Raqqa , Syria . — a place after a place is not this repair's.
    let rows: &[Row] = &[
        ("Jets", Noun, "NNS", 2, Rel::Nsubj),
        ("struck", Verb, "VBD", 0, Rel::Root),
        ("Raqqa", Propn, "NNP", 2, Rel::Obj),
        (",", Punct, ",", 5, Rel::Punct),
        ("Syria", Propn, "NNP", 2, Rel::OblUnmarked),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    assert_eq!(
        name_after_noun_is_apposition(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    // The talks resumed in the capital , Monday . — a day is no name.
    let rows: &[Row] = &[
        ("The", Det, "DT", 2, Rel::Det),
        ("talks", Noun, "NNS", 3, Rel::Nsubj),
        ("resumed", Verb, "VBD", 0, Rel::Root),
        ("in", Adp, "IN", 6, Rel::Case),
        ("the", Det, "DT", 6, Rel::Det),
        ("capital", Noun, "NN", 3, Rel::Obl),
        (",", Punct, ",", 8, Rel::Punct),
        ("Monday", Propn, "NNP", 3, Rel::OblUnmarked),
        (".", Punct, ".", 3, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    assert_eq!(
        name_after_noun_is_apposition(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    assert_eq!(head_form(&words, &heads, 7), "resumed");
}

#[test]
fn two_clauses_read_as_one_subject_phrase_are_split() {
    // Israel bombed Gaza and Hamas launched rockets .
    let rows: &[Row] = &[
        ("Israel", Propn, "NNP", 2, Rel::Nsubj),
        ("bombed", Verb, "VBD", 0, Rel::Root),
        ("Gaza", Propn, "NNP", 6, Rel::Nsubj),
        ("and", Cconj, "CC", 5, Rel::Cc),
        ("Hamas", Propn, "NNP", 3, Rel::Conj),
        ("launched", Verb, "VBD", 2, Rel::Ccomp),
        ("rockets", Noun, "NNS", 6, Rel::Obj),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let fixes = clauses_read_as_noun_coordination(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(fixes, 1);
    assert_eq!(
        (rels[2], head_form(&words, &heads, 2)),
        (Rel::Obj, "bombed")
    );
    assert_eq!(
        (rels[4], head_form(&words, &heads, 4)),
        (Rel::Nsubj, "launched")
    );
    assert_eq!(
        (rels[3], head_form(&words, &heads, 3)),
        (Rel::Cc, "launched")
    );
    assert_eq!(
        (rels[5], head_form(&words, &heads, 5)),
        (Rel::Conj, "bombed")
    );
}

#[test]
fn two_clauses_read_as_one_object_phrase_are_split() {
    // The army shelled the town and rebels attacked a checkpoint .
    let rows: &[Row] = &[
        ("The", Det, "DT", 2, Rel::Det),
        ("army", Noun, "NN", 3, Rel::Nsubj),
        ("shelled", Verb, "VBD", 0, Rel::Root),
        ("the", Det, "DT", 5, Rel::Det),
        ("town", Noun, "NN", 3, Rel::Obj),
        ("and", Cconj, "CC", 7, Rel::Cc),
        ("rebels", Noun, "NNS", 5, Rel::Conj),
        ("attacked", Verb, "VBD", 3, Rel::Xcomp),
        ("a", Det, "DT", 10, Rel::Det),
        ("checkpoint", Noun, "NN", 8, Rel::Obj),
        (".", Punct, ".", 3, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let fixes = clauses_read_as_noun_coordination(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(fixes, 1);
    assert_eq!(
        (rels[4], head_form(&words, &heads, 4)),
        (Rel::Obj, "shelled")
    );
    assert_eq!(
        (rels[6], head_form(&words, &heads, 6)),
        (Rel::Nsubj, "attacked")
    );
    assert_eq!(
        (rels[7], head_form(&words, &heads, 7)),
        (Rel::Conj, "shelled")
    );
}

#[test]
fn a_clause_verb_keeps_its_coordinated_subject_clause() {
    // Officials said Israel and Hamas agreed .
    let rows: &[Row] = &[
        ("Officials", Noun, "NNS", 2, Rel::Nsubj),
        ("said", Verb, "VBD", 0, Rel::Root),
        ("Israel", Propn, "NNP", 6, Rel::Nsubj),
        ("and", Cconj, "CC", 5, Rel::Cc),
        ("Hamas", Propn, "NNP", 3, Rel::Conj),
        ("agreed", Verb, "VBD", 2, Rel::Ccomp),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    assert_eq!(
        clauses_read_as_noun_coordination(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    // The court ruled Israel and Hamas must pay . — a modal: a complement, kept.
    let rows: &[Row] = &[
        ("The", Det, "DT", 2, Rel::Det),
        ("court", Noun, "NN", 3, Rel::Nsubj),
        ("ruled", Verb, "VBD", 0, Rel::Root),
        ("Israel", Propn, "NNP", 8, Rel::Nsubj),
        ("and", Cconj, "CC", 6, Rel::Cc),
        ("Hamas", Propn, "NNP", 4, Rel::Conj),
        ("must", Aux, "MD", 8, Rel::Aux),
        ("pay", Verb, "VB", 3, Rel::Ccomp),
        (".", Punct, ".", 3, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    assert_eq!(
        clauses_read_as_noun_coordination(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    assert_eq!(rels[3], Rel::Nsubj);
}

#[test]
fn a_participle_after_was_read_as_a_noun_is_found_but_not_a_noun_after_an_article() {
    let past = |_: usize| true;
    // Police said Kayla was shot .
    let rows: &[Row] = &[
        ("Police", Noun, "NNS", 2, Rel::Nsubj),
        ("said", Verb, "VBD", 0, Rel::Root),
        ("Kayla", Propn, "NNP", 5, Rel::Nsubj),
        ("was", Aux, "VBD", 5, Rel::Cop),
        ("shot", Noun, "NN", 2, Rel::Ccomp),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (words, _, _) = setup(rows);
    assert_eq!(
        passive_participles_read_as_nouns(words.len(), |i| words[i], past),
        vec![4]
    );
    // It was a shot . / The shot was fired . / The problem was cost overruns .
    for rows in [
        &[
            ("It", Pron, "PRP", 4, Rel::Nsubj),
            ("was", Aux, "VBD", 4, Rel::Cop),
            ("a", Det, "DT", 4, Rel::Det),
            ("shot", Noun, "NN", 0, Rel::Root),
            (".", Punct, ".", 4, Rel::Punct),
        ][..],
        &[
            ("The", Det, "DT", 2, Rel::Det),
            ("shot", Noun, "NN", 4, Rel::NsubjPass),
            ("was", Aux, "VBD", 4, Rel::AuxPass),
            ("fired", Verb, "VBN", 0, Rel::Root),
            (".", Punct, ".", 4, Rel::Punct),
        ][..],
        &[
            ("The", Det, "DT", 2, Rel::Det),
            ("problem", Noun, "NN", 5, Rel::Nsubj),
            ("was", Aux, "VBD", 5, Rel::Cop),
            ("cost", Noun, "NN", 5, Rel::Compound),
            ("overruns", Noun, "NNS", 0, Rel::Root),
            (".", Punct, ".", 5, Rel::Punct),
        ][..],
    ] {
        let (words, _, _) = setup(rows);
        assert!(
            passive_participles_read_as_nouns(words.len(), |i| words[i], past).is_empty(),
            "{:?}",
            rows.iter().map(|r| r.0).collect::<Vec<_>>()
        );
    }
}

#[test]
fn female_before_a_noun_is_an_adjective_and_alone_a_noun() {
    // a female American hostage / the female was released
    let rows: &[Row] = &[
        ("a", Det, "DT", 4, Rel::Det),
        ("female", Noun, "NN", 4, Rel::Compound),
        ("American", Adj, "JJ", 4, Rel::Amod),
        ("hostage", Noun, "NN", 0, Rel::Root),
    ];
    let (words, _, _) = setup(rows);
    assert_eq!(adjectives_read_as_nouns(words.len(), |i| words[i]), vec![1]);
    let rows: &[Row] = &[
        ("the", Det, "DT", 2, Rel::Det),
        ("female", Noun, "NN", 4, Rel::NsubjPass),
        ("was", Aux, "VBD", 4, Rel::AuxPass),
        ("released", Verb, "VBN", 0, Rel::Root),
    ];
    let (words, _, _) = setup(rows);
    assert!(adjectives_read_as_nouns(words.len(), |i| words[i]).is_empty());
}

#[test]
fn a_name_after_claiming_to_be_is_the_participles_and_the_noun_speaks() {
    // A man claiming to be Shekau said the girls had married .
    let rows: &[Row] = &[
        ("A", Det, "DT", 2, Rel::Det),
        ("man", Noun, "NN", 11, Rel::Nsubj),
        ("claiming", Verb, "VBG", 2, Rel::Acl),
        ("to", Part, "TO", 7, Rel::Mark),
        ("be", Aux, "VB", 7, Rel::Cop),
        ("Shekau", Propn, "NNP", 7, Rel::Nsubj),
        ("said", Verb, "VBD", 11, Rel::Parataxis),
        ("the", Det, "DT", 9, Rel::Det),
        ("girls", Noun, "NNS", 11, Rel::Nsubj),
        ("had", Aux, "VBD", 11, Rel::Aux),
        ("married", Verb, "VBN", 0, Rel::Root),
        (".", Punct, ".", 11, Rel::Punct),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    let fixes = reporting_verb_after_to_be(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(fixes, 1);
    assert_eq!((rels[6], head_form(&words, &heads, 6)), (Rel::Root, "ROOT"));
    assert_eq!(
        (rels[1], head_form(&words, &heads, 1)),
        (Rel::Nsubj, "said")
    );
    assert_eq!(
        (rels[5], head_form(&words, &heads, 5)),
        (Rel::Xcomp, "claiming")
    );
    assert_eq!(
        (rels[10], head_form(&words, &heads, 10)),
        (Rel::Ccomp, "said")
    );
    assert_eq!(
        (rels[8], head_form(&words, &heads, 8)),
        (Rel::Nsubj, "married")
    );
    assert_eq!(head_form(&words, &heads, 11), "said");
    // A verb with its own subject and no copula ("… to leave. Officials said") is untouched.
    let rows: &[Row] = &[
        ("Residents", Noun, "NNS", 2, Rel::Nsubj),
        ("hoped", Verb, "VBD", 0, Rel::Root),
        ("to", Part, "TO", 4, Rel::Mark),
        ("leave", Verb, "VB", 2, Rel::Xcomp),
        (",", Punct, ",", 7, Rel::Punct),
        ("officials", Noun, "NNS", 7, Rel::Nsubj),
        ("said", Verb, "VBD", 2, Rel::Parataxis),
    ];
    let (words, mut heads, mut rels) = setup(rows);
    assert_eq!(
        reporting_verb_after_to_be(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
}
