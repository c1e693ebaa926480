//! Session 28's repairs on sentences as the tagger and the greedy parser read them: a plural
//! noun read as a verb before a past tense, a name in capitals read as "is", a preposition read
//! as a noun, a number opening the object after a singular subject, "gets shot", coordinated
//! subjects, "according to X" on a noun, the main verb read inside a relative clause, and a
//! name read as a vocative. Each with a control that keeps its reading.
use super::tests::w;
use super::tests_session25::{head_form, setup, Row};
use super::*;
use Upos::*;

fn words<'a>(rows: &[(&'a str, Upos, &'a str)]) -> Vec<RepairWord<'a>> {
    rows.iter().map(|r| w(r.1, r.2, r.0)).collect()
}

#[test]
fn a_plural_noun_read_as_a_verb_before_a_past_tense_is_the_subject() {
    // Iraqi officials said Thursday that U.S. attacks killed one of his aides .
    let said = words(&[
        ("Iraqi", Adj, "JJ"),
        ("officials", Noun, "NNS"),
        ("said", Verb, "VBD"),
        ("Thursday", Propn, "NNP"),
        ("that", Sconj, "IN"),
        ("U.S.", Propn, "NNP"),
        ("attacks", Verb, "VBZ"),
        ("killed", Verb, "VBD"),
        ("one", Num, "CD"),
        ("of", Adp, "IN"),
        ("his", Pron, "PRP$"),
        ("aides", Noun, "NNS"),
        (".", Punct, "."),
    ]);
    let found = plural_nouns_read_as_verbs(said.len(), |i| said[i], |_| true, |_| true);
    assert_eq!(found, vec![(6, None)]);
    // Not when the tag sets never saw the word as a plural noun.
    let found = plural_nouns_read_as_verbs(said.len(), |i| said[i], |_| false, |_| true);
    assert!(found.is_empty());
    // Israeli strikes wounded two soldiers : the past form read as a participle goes too.
    let wounded = words(&[
        ("Israeli", Adj, "JJ"),
        ("strikes", Verb, "VBZ"),
        ("wounded", Verb, "VBN"),
        ("two", Num, "CD"),
        ("soldiers", Noun, "NNS"),
    ]);
    let found = plural_nouns_read_as_verbs(wounded.len(), |i| wounded[i], |_| true, |_| true);
    assert_eq!(found, vec![(1, Some(2))]);
    // Control: The U.S. attacks Islamic State positions every day : a verb with its object.
    let control = words(&[
        ("The", Det, "DT"),
        ("U.S.", Propn, "NNP"),
        ("attacks", Verb, "VBZ"),
        ("Islamic", Propn, "NNP"),
        ("State", Propn, "NNP"),
        ("positions", Noun, "NNS"),
        ("every", Det, "DT"),
        ("day", Noun, "NN"),
    ]);
    let found = plural_nouns_read_as_verbs(control.len(), |i| control[i], |_| true, |_| true);
    assert!(found.is_empty());
    // Control: The minister says wounded soldiers will be flown home : a participle with no
    // object after it.
    let says = words(&[
        ("The", Det, "DT"),
        ("minister", Noun, "NN"),
        ("says", Verb, "VBZ"),
        ("wounded", Verb, "VBN"),
        ("soldiers", Noun, "NNS"),
        ("will", Aux, "MD"),
    ]);
    let found = plural_nouns_read_as_verbs(says.len(), |i| says[i], |_| true, |_| true);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_name_in_capitals_read_as_a_verb_before_a_finite_verb_is_the_name() {
    // IS has seized several key Iraqi cities .
    let seized = words(&[
        ("IS", Aux, "VBZ"),
        ("has", Aux, "VBZ"),
        ("seized", Verb, "VBN"),
        ("several", Adj, "JJ"),
        ("cities", Noun, "NNS"),
        (".", Punct, "."),
    ]);
    assert_eq!(capitals_read_as_verbs(seized.len(), |i| seized[i]), vec![0]);
    // Control: THIS IS WAR , the headline said : "IS" after its subject.
    let war = words(&[
        ("THIS", Pron, "DT"),
        ("IS", Aux, "VBZ"),
        ("WAR", Noun, "NN"),
        (",", Punct, ","),
    ]);
    assert!(capitals_read_as_verbs(war.len(), |i| war[i]).is_empty());
    // Control: Is has ... in title case is not a name in capitals.
    let title = words(&[("Is", Aux, "VBZ"), ("has", Aux, "VBZ")]);
    assert!(capitals_read_as_verbs(title.len(), |i| title[i]).is_empty());
}

#[test]
fn a_preposition_read_as_a_noun_is_the_preposition() {
    // The army launched an offensive amid reports that rebels had seized the airport .
    let amid = words(&[
        ("The", Det, "DT"),
        ("army", Noun, "NN"),
        ("launched", Verb, "VBD"),
        ("an", Det, "DT"),
        ("offensive", Adj, "JJ"),
        ("amid", Noun, "NN"),
        ("reports", Noun, "NNS"),
    ]);
    assert_eq!(prepositions_read_as_other(amid.len(), |i| amid[i]), vec![5]);
    // Control: Prices rose amid fears of war : already a preposition.
    let rose = words(&[
        ("Prices", Noun, "NNS"),
        ("rose", Verb, "VBD"),
        ("amid", Adp, "IN"),
        ("fears", Noun, "NNS"),
    ]);
    assert!(prepositions_read_as_other(rose.len(), |i| rose[i]).is_empty());
}

#[test]
fn a_number_after_a_past_form_opens_the_object_of_a_singular_subject() {
    let past = |ws: &[RepairWord], i: usize| ["shot", "killed"].contains(&ws[i].form);
    // A gunman shot two police officers outside the embassy .
    let gunman = words(&[
        ("A", Det, "DT"),
        ("gunman", Noun, "NN"),
        ("shot", Noun, "NN"),
        ("two", Num, "CD"),
        ("police", Noun, "NNS"),
        ("officers", Noun, "NNS"),
        ("outside", Adp, "IN"),
        ("the", Det, "DT"),
        ("embassy", Noun, "NN"),
        (".", Punct, "."),
    ]);
    let found = past_verbs_read_as_nominals(gunman.len(), |i| gunman[i], |i| past(&gunman, i));
    assert_eq!(found, vec![2]);
    // Control: The budget cut two years ago was reversed : the clause has its verb.
    let budget = words(&[
        ("The", Det, "DT"),
        ("budget", Noun, "NN"),
        ("cut", Noun, "NN"),
        ("two", Num, "CD"),
        ("years", Noun, "NNS"),
        ("ago", Adv, "RB"),
        ("was", Aux, "VBD"),
        ("reversed", Verb, "VBN"),
    ]);
    let past = |ws: &[RepairWord], i: usize| ws[i].form == "cut";
    let found = past_verbs_read_as_nominals(budget.len(), |i| budget[i], |i| past(&budget, i));
    assert!(found.is_empty());
}

#[test]
fn a_participle_read_as_a_noun_after_get_is_the_passive() {
    let past = |ws: &[RepairWord], i: usize| ws[i].form == "shot";
    // a Marine gets shot in the head by a sniper
    let gets = words(&[
        ("a", Det, "DT"),
        ("Marine", Propn, "NNP"),
        ("gets", Verb, "VBZ"),
        ("shot", Noun, "NN"),
        ("in", Adp, "IN"),
        ("the", Det, "DT"),
        ("head", Noun, "NN"),
    ]);
    let found = passive_participles_read_as_nouns(gets.len(), |i| gets[i], |i| past(&gets, i));
    assert_eq!(found, vec![3]);
    // Control: the striker gets a shot on goal : an article between.
    let shot = words(&[
        ("the", Det, "DT"),
        ("striker", Noun, "NN"),
        ("gets", Verb, "VBZ"),
        ("a", Det, "DT"),
        ("shot", Noun, "NN"),
        ("on", Adp, "IN"),
    ]);
    let found = passive_participles_read_as_nouns(shot.len(), |i| shot[i], |i| past(&shot, i));
    assert!(found.is_empty());
}

#[test]
fn neither_nor_subjects_reach_the_verb() {
    // Neither the Egyptian army nor Israeli police commented on the report .
    // As parsed: "Neither" the root, "army" its object, "commented" a participle on "army".
    let rows: &[Row] = &[
        ("Neither", Cconj, "CC", 0, Rel::Root),
        ("the", Det, "DT", 4, Rel::Det),
        ("Egyptian", Adj, "JJ", 4, Rel::Amod),
        ("army", Noun, "NN", 1, Rel::Obj),
        ("nor", Cconj, "CC", 7, Rel::Cc),
        ("Israeli", Adj, "JJ", 7, Rel::Amod),
        ("police", Noun, "NN", 4, Rel::Conj),
        ("commented", Verb, "VBN", 4, Rel::Acl),
        ("on", Adp, "IN", 11, Rel::Case),
        ("the", Det, "DT", 11, Rel::Det),
        ("report", Noun, "NN", 8, Rel::Obl),
        (".", Punct, ".", 1, Rel::Punct),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    assert_eq!(
        coordinated_subjects(ws.len(), |i| ws[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((rels[7], head_form(&ws, &heads, 7)), (Rel::Root, "ROOT"));
    assert_eq!(
        (rels[3], head_form(&ws, &heads, 3)),
        (Rel::Nsubj, "commented")
    );
    assert_eq!((rels[6], head_form(&ws, &heads, 6)), (Rel::Conj, "army"));
    assert_eq!(
        (rels[0], head_form(&ws, &heads, 0)),
        (Rel::CcPreconj, "army")
    );
    assert_eq!(head_form(&ws, &heads, 11), "commented");
    // Either the rebels or the army shelled the market : read with two subjects.
    let rows: &[Row] = &[
        ("Either", Cconj, "CC", 7, Rel::CcPreconj),
        ("the", Det, "DT", 3, Rel::Det),
        ("rebels", Noun, "NNS", 7, Rel::Nsubj),
        ("or", Cconj, "CC", 7, Rel::Cc),
        ("the", Det, "DT", 6, Rel::Det),
        ("army", Noun, "NN", 7, Rel::Nsubj),
        ("shelled", Verb, "VBD", 0, Rel::Root),
        ("the", Det, "DT", 9, Rel::Det),
        ("market", Noun, "NN", 7, Rel::Obj),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    assert_eq!(
        coordinated_subjects(ws.len(), |i| ws[i], &mut heads, &mut rels),
        1
    );
    assert_eq!(
        (rels[2], head_form(&ws, &heads, 2)),
        (Rel::Nsubj, "shelled")
    );
    assert_eq!((rels[5], head_form(&ws, &heads, 5)), (Rel::Conj, "rebels"));
    assert_eq!((rels[3], head_form(&ws, &heads, 3)), (Rel::Cc, "army"));
    assert_eq!(head_form(&ws, &heads, 0), "rebels");
    // Control: Officials said rebels shelled the market , two subjects of two verbs.
    let rows: &[Row] = &[
        ("Officials", Noun, "NNS", 2, Rel::Nsubj),
        ("said", Verb, "VBD", 0, Rel::Root),
        ("rebels", Noun, "NNS", 4, Rel::Nsubj),
        ("shelled", Verb, "VBD", 2, Rel::Ccomp),
        ("the", Det, "DT", 6, Rel::Det),
        ("market", Noun, "NN", 4, Rel::Obj),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    let before = (heads.clone(), rels.clone());
    assert_eq!(
        coordinated_subjects(ws.len(), |i| ws[i], &mut heads, &mut rels),
        0
    );
    assert_eq!((heads, rels), before);
}

#[test]
fn according_to_on_a_noun_hangs_on_the_clause_verb() {
    // A clash with militants , according to the army , left five soldiers dead .
    let rows: &[Row] = &[
        ("A", Det, "DT", 2, Rel::Det),
        ("clash", Noun, "NN", 11, Rel::Nsubj),
        ("with", Adp, "IN", 4, Rel::Case),
        ("militants", Noun, "NNS", 2, Rel::Nmod),
        (",", Punct, ",", 9, Rel::Punct),
        ("according", Verb, "VBG", 9, Rel::Case),
        ("to", Adp, "IN", 6, Rel::Fixed),
        ("the", Det, "DT", 9, Rel::Det),
        ("army", Noun, "NN", 4, Rel::Nmod),
        (",", Punct, ",", 2, Rel::Punct),
        ("left", Verb, "VBD", 0, Rel::Root),
        ("five", Num, "CD", 13, Rel::Nummod),
        ("soldiers", Noun, "NNS", 11, Rel::Obj),
        ("dead", Adj, "JJ", 11, Rel::Xcomp),
        (".", Punct, ".", 11, Rel::Punct),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    assert_eq!(
        according_to_on_noun(ws.len(), |i| ws[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((rels[8], head_form(&ws, &heads, 8)), (Rel::Obl, "left"));
    assert_eq!(head_form(&ws, &heads, 3), "clash");
    // Control: The strike killed 12 people , according to the ministry : already an obl.
    let rows: &[Row] = &[
        ("The", Det, "DT", 2, Rel::Det),
        ("strike", Noun, "NN", 3, Rel::Nsubj),
        ("killed", Verb, "VBD", 0, Rel::Root),
        ("12", Num, "CD", 5, Rel::Nummod),
        ("people", Noun, "NNS", 3, Rel::Obj),
        (",", Punct, ",", 10, Rel::Punct),
        ("according", Verb, "VBG", 10, Rel::Case),
        ("to", Adp, "IN", 7, Rel::Fixed),
        ("the", Det, "DT", 10, Rel::Det),
        ("ministry", Noun, "NN", 3, Rel::Obl),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    let before = (heads.clone(), rels.clone());
    assert_eq!(
        according_to_on_noun(ws.len(), |i| ws[i], &mut heads, &mut rels),
        0
    );
    assert_eq!((heads, rels), before);
}

#[test]
fn the_main_verb_read_inside_a_relative_clause_on_a_name_root_takes_the_root() {
    // Haddad , who will retire after serving in Cairo , praised the talks in an interview .
    // As parsed: "Haddad" the root, "praised" a complement inside the relative clause.
    let rows: &[Row] = &[
        ("Haddad", Propn, "NNP", 0, Rel::Root),
        (",", Punct, ",", 1, Rel::Punct),
        ("who", Pron, "WP", 5, Rel::Nsubj),
        ("will", Aux, "MD", 5, Rel::Aux),
        ("retire", Verb, "VB", 1, Rel::AclRelcl),
        ("after", Sconj, "IN", 7, Rel::Mark),
        ("serving", Verb, "VBG", 11, Rel::Advcl),
        ("in", Adp, "IN", 9, Rel::Case),
        ("Cairo", Propn, "NNP", 7, Rel::Obl),
        (",", Punct, ",", 7, Rel::Punct),
        ("praised", Verb, "VBD", 5, Rel::Ccomp),
        ("the", Det, "DT", 13, Rel::Det),
        ("talks", Noun, "NNS", 11, Rel::Obj),
        ("in", Adp, "IN", 16, Rel::Case),
        ("an", Det, "DT", 16, Rel::Det),
        ("interview", Noun, "NN", 11, Rel::Obl),
        (".", Punct, ".", 1, Rel::Punct),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    let fixed = main_verb_inside_relative_clause(ws.len(), |i| ws[i], &mut heads, &mut rels);
    assert_eq!(fixed, 1);
    assert_eq!((rels[10], head_form(&ws, &heads, 10)), (Rel::Root, "ROOT"));
    assert_eq!(
        (rels[0], head_form(&ws, &heads, 0)),
        (Rel::Nsubj, "praised")
    );
    assert_eq!(head_form(&ws, &heads, 4), "Haddad");
    assert_eq!(head_form(&ws, &heads, 16), "praised");
    assert_eq!(
        head_form(&ws, &heads, 6),
        "retire",
        "the clause's own adverbial goes back"
    );
    // Control: the same verb with a subject of its own ("…, he praised …") stays.
    let mut control = rows.to_vec();
    control.insert(10, ("he", Pron, "PRP", 11, Rel::Nsubj));
    for row in control.iter_mut() {
        if row.3 > 10 {
            row.3 += 1;
        }
    }
    control[10].3 = 12;
    let (ws, mut heads, mut rels) = setup(&control);
    let before = (heads.clone(), rels.clone());
    let fixed = main_verb_inside_relative_clause(ws.len(), |i| ws[i], &mut heads, &mut rels);
    assert_eq!(fixed, 0);
    assert_eq!((heads, rels), before);
}

#[test]
fn a_name_read_as_a_vocative_before_a_past_tense_is_its_subject() {
    // Haddad , the former foreign minister , criticized the plan .
    let rows: &[Row] = &[
        ("Haddad", Propn, "NNP", 8, Rel::Vocative),
        (",", Punct, ",", 1, Rel::Punct),
        ("the", Det, "DT", 6, Rel::Det),
        ("former", Adj, "JJ", 6, Rel::Amod),
        ("foreign", Adj, "JJ", 6, Rel::Amod),
        ("minister", Noun, "NN", 1, Rel::Appos),
        (",", Punct, ",", 1, Rel::Punct),
        ("criticized", Verb, "VBD", 0, Rel::Root),
        ("the", Det, "DT", 10, Rel::Det),
        ("plan", Noun, "NN", 8, Rel::Obj),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    assert_eq!(
        vocative_read_as_subject(ws.len(), |i| ws[i], &mut heads, &mut rels),
        1
    );
    assert_eq!(
        (rels[0], head_form(&ws, &heads, 0)),
        (Rel::Nsubj, "criticized")
    );
    // Control: Ahmed , call your mother : an imperative keeps its vocative.
    let rows: &[Row] = &[
        ("Ahmed", Propn, "NNP", 3, Rel::Vocative),
        (",", Punct, ",", 1, Rel::Punct),
        ("call", Verb, "VB", 0, Rel::Root),
        ("your", Pron, "PRP$", 5, Rel::NmodPoss),
        ("mother", Noun, "NN", 3, Rel::Obj),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    assert_eq!(
        vocative_read_as_subject(ws.len(), |i| ws[i], &mut heads, &mut rels),
        0
    );
    assert_eq!(rels[0], Rel::Vocative);
}

#[test]
fn according_to_at_the_end_of_the_sentence_hangs_on_the_root() {
    // Rebels seized a town that the army had held , according to a monitor .
    // As parsed: "monitor" a modifier of "army" inside the relative clause.
    let rows: &[Row] = &[
        ("Rebels", Noun, "NNS", 2, Rel::Nsubj),
        ("seized", Verb, "VBD", 0, Rel::Root),
        ("a", Det, "DT", 4, Rel::Det),
        ("town", Noun, "NN", 2, Rel::Obj),
        ("that", Pron, "WDT", 9, Rel::Obj),
        ("the", Det, "DT", 7, Rel::Det),
        ("army", Noun, "NN", 9, Rel::Nsubj),
        ("had", Aux, "VBD", 9, Rel::Aux),
        ("held", Verb, "VBN", 4, Rel::AclRelcl),
        (",", Punct, ",", 14, Rel::Punct),
        ("according", Verb, "VBG", 14, Rel::Case),
        ("to", Adp, "IN", 11, Rel::Fixed),
        ("a", Det, "DT", 14, Rel::Det),
        ("monitor", Noun, "NN", 7, Rel::Nmod),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    assert_eq!(
        according_to_on_noun(ws.len(), |i| ws[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((rels[13], head_form(&ws, &heads, 13)), (Rel::Obl, "seized"));
}

#[test]
fn a_vocative_with_a_clause_inside_its_phrase_stays() {
    // Haddad , who was named envoy , first appeared in a video .
    let rows: &[Row] = &[
        ("Haddad", Propn, "NNP", 9, Rel::Vocative),
        (",", Punct, ",", 5, Rel::Punct),
        ("who", Pron, "WP", 5, Rel::NsubjPass),
        ("was", Aux, "VBD", 5, Rel::AuxPass),
        ("named", Verb, "VBN", 1, Rel::AclRelcl),
        ("envoy", Noun, "NN", 5, Rel::Xcomp),
        (",", Punct, ",", 1, Rel::Punct),
        ("first", Adv, "RB", 9, Rel::Advmod),
        ("appeared", Verb, "VBD", 0, Rel::Root),
        ("in", Adp, "IN", 12, Rel::Case),
        ("a", Det, "DT", 12, Rel::Det),
        ("video", Noun, "NN", 9, Rel::Obl),
        (".", Punct, ".", 9, Rel::Punct),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    assert_eq!(
        vocative_read_as_subject(ws.len(), |i| ws[i], &mut heads, &mut rels),
        0
    );
    assert_eq!(rels[0], Rel::Vocative);
    // The same name with a plain apposition is the subject.
    let rows: &[Row] = &[
        ("Haddad", Propn, "NNP", 7, Rel::Vocative),
        (",", Punct, ",", 1, Rel::Punct),
        ("the", Det, "DT", 4, Rel::Det),
        ("envoy", Noun, "NN", 1, Rel::Appos),
        (",", Punct, ",", 1, Rel::Punct),
        ("first", Adv, "RB", 7, Rel::Advmod),
        ("appeared", Verb, "VBD", 0, Rel::Root),
    ];
    let (ws, mut heads, mut rels) = setup(rows);
    assert_eq!(
        vocative_read_as_subject(ws.len(), |i| ws[i], &mut heads, &mut rels),
        1
    );
}
