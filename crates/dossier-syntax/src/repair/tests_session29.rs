//! Session 29's repairs on sentences as the tagger and the greedy parser read them: a past form
//! read as a noun before the preposition of its oblique, a name in capitals after a preposition,
//! a base verb after "be", and a participle of a verb that takes no object under a noun root.
//! Each with a control that keeps its reading.
use super::tests::w;
use super::*;
use Upos::*;

fn words<'a>(rows: &[(&'a str, Upos, &'a str)]) -> Vec<RepairWord<'a>> {
    rows.iter().map(|r| w(r.1, r.2, r.0)).collect()
}

#[test]
fn a_past_form_before_the_preposition_of_its_oblique_is_the_verb_of_a_singular_subject() {
    let past = |ws: &[RepairWord], i: usize| ["shot", "fired"].contains(&ws[i].form);
    // Witnesses said the army shot at the crowd outside the palace .
    let army = words(&[
        ("Witnesses", Noun, "NNS"),
        ("said", Verb, "VBD"),
        ("the", Det, "DT"),
        ("army", Noun, "NN"),
        ("shot", Noun, "NN"),
        ("at", Adp, "IN"),
        ("the", Det, "DT"),
        ("crowd", Noun, "NN"),
        ("outside", Adp, "IN"),
        ("the", Det, "DT"),
        ("palace", Noun, "NN"),
        (".", Punct, "."),
    ]);
    let found = past_verbs_read_as_nominals(army.len(), |i| army[i], |i| past(&army, i));
    assert_eq!(found, vec![4]);
    // Control: The shot at the crowd was fired by a sniper : the clause has its verb.
    let sniper = words(&[
        ("The", Det, "DT"),
        ("shot", Noun, "NN"),
        ("at", Adp, "IN"),
        ("the", Det, "DT"),
        ("crowd", Noun, "NN"),
        ("was", Aux, "VBD"),
        ("fired", Verb, "VBN"),
        ("by", Adp, "IN"),
        ("a", Det, "DT"),
        ("sniper", Noun, "NN"),
    ]);
    let found = past_verbs_read_as_nominals(sniper.len(), |i| sniper[i], |i| past(&sniper, i));
    assert!(found.is_empty());
    // Control: a photographer 's shot of the square ( caption ) : "of" opens the noun's own
    // modifier.
    let square = words(&[
        ("A", Det, "DT"),
        ("photographer", Noun, "NN"),
        ("shot", Noun, "NN"),
        ("of", Adp, "IN"),
        ("the", Det, "DT"),
        ("square", Noun, "NN"),
    ]);
    let found = past_verbs_read_as_nominals(square.len(), |i| square[i], |i| past(&square, i));
    assert!(found.is_empty());
}

#[test]
fn a_name_in_capitals_after_a_preposition_is_the_name() {
    // The town was seized by IS last year .
    let seized = words(&[
        ("The", Det, "DT"),
        ("town", Noun, "NN"),
        ("was", Aux, "VBD"),
        ("seized", Verb, "VBN"),
        ("by", Adp, "IN"),
        ("IS", Aux, "VBZ"),
        ("last", Adj, "JJ"),
        ("year", Noun, "NN"),
        (".", Punct, "."),
    ]);
    assert_eq!(capitals_read_as_verbs(seized.len(), |i| seized[i]), vec![5]);
    // Control: IS counts fighters from Nigeria among its ranks : before a word the tagger read
    // as a noun, "IS" stays (the retag cannot revisit "counts").
    let counts = words(&[
        ("IS", Aux, "VBZ"),
        ("counts", Noun, "NNS"),
        ("fighters", Noun, "NNS"),
        ("from", Adp, "IN"),
        ("Nigeria", Propn, "NNP"),
    ]);
    assert!(capitals_read_as_verbs(counts.len(), |i| counts[i]).is_empty());
    // Control: WAR IS HELL : a headline in capitals keeps "IS".
    let hell = words(&[
        ("WAR", Noun, "NN"),
        ("IS", Aux, "VBZ"),
        ("HELL", Noun, "NN"),
    ]);
    assert!(capitals_read_as_verbs(hell.len(), |i| hell[i]).is_empty());
    // Control: WHAT IT IS : the word before is no preposition and opens no clause.
    let what = words(&[
        ("WHAT", Pron, "WP"),
        ("IT", Pron, "PRP"),
        ("IS", Aux, "VBZ"),
    ]);
    assert!(capitals_read_as_verbs(what.len(), |i| what[i]).is_empty());
}

#[test]
fn a_base_verb_after_be_is_an_adjective() {
    // Kerry said it is not clear the helicopters would be used .
    let clear = words(&[
        ("Kerry", Propn, "NNP"),
        ("said", Verb, "VBD"),
        ("it", Pron, "PRP"),
        ("is", Aux, "VBZ"),
        ("not", Part, "RB"),
        ("clear", Verb, "VB"),
        ("the", Det, "DT"),
        ("helicopters", Noun, "NNS"),
        ("would", Aux, "MD"),
        ("be", Aux, "VB"),
        ("used", Verb, "VBN"),
        (".", Punct, "."),
    ]);
    assert_eq!(base_verbs_after_be(clear.len(), |i| clear[i]), vec![5]);
    // Control: Police will clear the square ; he is to clear the square : after a modal or
    // "to", a base verb stays.
    let square = words(&[
        ("Police", Noun, "NNS"),
        ("will", Aux, "MD"),
        ("clear", Verb, "VB"),
        ("the", Det, "DT"),
        ("square", Noun, "NN"),
        ("and", Cconj, "CC"),
        ("he", Pron, "PRP"),
        ("is", Aux, "VBZ"),
        ("to", Part, "TO"),
        ("clear", Verb, "VB"),
        ("it", Pron, "PRP"),
    ]);
    assert!(base_verbs_after_be(square.len(), |i| square[i]).is_empty());
}

#[test]
fn a_participle_of_a_verb_that_takes_no_object_under_a_noun_root_is_the_main_verb() {
    // Protests erupted across the capital .
    let words = words(&[
        ("Protests", Noun, "NNS"),
        ("erupted", Verb, "VBN"),
        ("across", Adp, "IN"),
        ("the", Det, "DT"),
        ("capital", Noun, "NN"),
        (".", Punct, "."),
    ]);
    let mut heads = vec![NO_HEAD, 0, 4, 4, 1, 0];
    let mut rels = vec![
        Rel::Root,
        Rel::Acl,
        Rel::Case,
        Rel::Det,
        Rel::Obl,
        Rel::Punct,
    ];
    assert_eq!(
        promote_main_verb(words.len(), |i| words[i], &mut heads, &mut rels),
        Some(1)
    );
    assert_eq!(heads, vec![1, NO_HEAD, 4, 4, 1, 1]);
    assert_eq!((rels[0], rels[1]), (Rel::Nsubj, Rel::Root));
}

#[test]
fn a_participle_of_a_verb_that_takes_an_object_under_a_noun_root_stays() {
    // Control: Protesters arrested across the capital ( caption ) : a passive modifier.
    let words = words(&[
        ("Protesters", Noun, "NNS"),
        ("arrested", Verb, "VBN"),
        ("across", Adp, "IN"),
        ("the", Det, "DT"),
        ("capital", Noun, "NN"),
    ]);
    let mut heads = vec![NO_HEAD, 0, 4, 4, 1];
    let mut rels = vec![Rel::Root, Rel::Acl, Rel::Case, Rel::Det, Rel::Obl];
    assert_eq!(
        promote_main_verb(words.len(), |i| words[i], &mut heads, &mut rels),
        None
    );
    assert_eq!(rels[1], Rel::Acl);
}
