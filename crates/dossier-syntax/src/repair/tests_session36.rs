//! Session 36's tag repairs on sentences as the tagger reads them: "as" before a subject and
//! its finite verb, and an unknown plural in "-ists" read as a verb. Each with a control that
//! keeps its reading.
use super::tests::w;
use super::*;
use Upos::*;

fn words<'a>(rows: &[(&'a str, Upos, &'a str)]) -> Vec<RepairWord<'a>> {
    rows.iter().map(|r| w(r.1, r.2, r.0)).collect()
}

#[test]
fn as_before_a_subject_and_its_finite_verb_opens_the_clause() {
    // Tuesday 's report comes as Glyn Davies , the top U.S. envoy for North Korea , said …
    let s = words(&[
        ("report", Noun, "NN"),
        ("comes", Verb, "VBZ"),
        ("as", Adp, "IN"),
        ("Glyn", Propn, "NNP"),
        ("Davies", Propn, "NNP"),
        (",", Punct, ","),
        ("the", Det, "DT"),
        ("top", Adj, "JJ"),
        ("envoy", Noun, "NN"),
        ("for", Adp, "IN"),
        ("North", Propn, "NNP"),
        ("Korea", Propn, "NNP"),
        (",", Punct, ","),
        ("said", Verb, "VBD"),
        ("the", Det, "DT"),
        ("talks", Noun, "NNS"),
    ]);
    assert_eq!(
        clause_markers_read_as_prepositions(s.len(), |i| s[i]),
        vec![2]
    );
    // Control: "known as" a name, then the sentence's verb.
    let s = words(&[
        ("militant", Noun, "NN"),
        ("known", Verb, "VBN"),
        ("as", Adp, "IN"),
        ("Jihadi", Propn, "NNP"),
        ("John", Propn, "NNP"),
        ("appeared", Verb, "VBD"),
    ]);
    assert!(clause_markers_read_as_prepositions(s.len(), |i| s[i]).is_empty());
    // Control: "such as" a name.
    let s = words(&[
        ("countries", Noun, "NNS"),
        ("such", Adj, "JJ"),
        ("as", Adp, "IN"),
        ("Iran", Propn, "NNP"),
        ("have", Aux, "VBP"),
        ("condemned", Verb, "VBN"),
    ]);
    assert!(clause_markers_read_as_prepositions(s.len(), |i| s[i]).is_empty());
}

#[test]
fn an_unknown_plural_in_ists_read_as_a_verb_is_the_noun() {
    // reports that jihadists fighting for the Islamic State have contracted Ebola
    let s = words(&[
        ("reports", Noun, "NNS"),
        ("that", Pron, "WDT"),
        ("jihadists", Verb, "VBZ"),
        ("fighting", Verb, "VBG"),
        ("for", Adp, "IN"),
    ]);
    assert_eq!(
        suffix_plurals_read_as_verbs(s.len(), |i| s[i], |_| true, |_| false),
        vec![2]
    );
    // Control: after its subject the verb keeps its reading ("Foley 's mother insists").
    let s = words(&[
        ("mother", Noun, "NN"),
        ("insists", Verb, "VBZ"),
        ("he", Pron, "PRP"),
    ]);
    assert!(suffix_plurals_read_as_verbs(s.len(), |i| s[i], |_| true, |_| false).is_empty());
    // Control: a verb the tag sets know keeps its reading.
    let s = words(&[
        ("the", Det, "DT"),
        ("exists", Verb, "VBZ"),
        ("here", Adv, "RB"),
    ]);
    assert!(suffix_plurals_read_as_verbs(s.len(), |i| s[i], |_| true, |_| true).is_empty());
}
