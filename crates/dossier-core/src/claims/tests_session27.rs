//! Session 27: central propositions missed on real news — a rumour or speculation noun whose
//! "that" clause is the proposition wherever the noun stands, an identity asserted by whoever
//! identified, an infection with "has" read as an auxiliary, a death told as "passed away" —
//! and an adverbial clause of place or circumstance that states no fact of its own. Sentences
//! written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn a_rumour_in_an_oblique_carries_its_clause_as_a_relayed_report() {
    let x = run(
        "Social media in Nigeria was abuzz with rumours that the opposition leader Bola \
         Adeyemi had been arrested in Lagos.",
    );
    let c = of_class(&x, "detain");
    assert!(
        !c.is_empty(),
        "the arrest is the proposition: {:?}",
        show(&x)
    );
    assert!(
        c.iter().all(|c| c.stance == Stance::Hedge),
        "rumours are relayed, not vouched for: {:?}",
        show(&x)
    );
    // Control: said on the record, the arrest is asserted.
    let y = run(
        "Police in Lagos said on Monday that the opposition leader Bola Adeyemi had been \
         arrested.",
    );
    assert!(
        of_class(&y, "detain")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn speculation_amid_which_something_happened_carries_its_clause() {
    let x = run(
        "Oil prices rose sharply on Tuesday amid speculation that Saudi Arabia had attacked \
         a Houthi missile base in Yemen.",
    );
    let c = of_class(&x, "attack");
    assert!(
        !c.is_empty(),
        "the attack is the proposition: {:?}",
        show(&x)
    );
    assert!(
        c.iter().all(|c| c.stance == Stance::Hedge),
        "speculation is no assertion: {:?}",
        show(&x)
    );
    // Control: a clause of fact ("after") is the outlet's own assertion.
    let y = run(
        "Oil prices rose sharply on Tuesday after Saudi Arabia attacked a Houthi missile base \
         in Yemen.",
    );
    assert!(
        of_class(&y, "attack")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn rumours_that_swirled_carry_their_clause() {
    let x = run(
        "Rumours swirled on Tuesday that the rebel commander Musa Bello had been killed \
         in an ambush near Maiduguri.",
    );
    let c = of_class(&x, "kill");
    assert!(
        !c.is_empty(),
        "the killing is the proposition: {:?}",
        show(&x)
    );
    assert!(
        c.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    // Control: a rumour that only spreads, with no clause, states nothing.
    let y = run("Rumours swirled on Tuesday about the health of the army chief.");
    assert!(y.claims.is_empty(), "{:?}", show(&y));
}

#[test]
fn an_identity_is_asserted_by_whoever_identified() {
    let x = run(
        "The masked militant known as Jihadi John has been identified by Scotland Yard as \
         Mohammed Emwazi, a Londoner in his twenties.",
    );
    let c = of_class(&x, "identify");
    let c = c
        .first()
        .unwrap_or_else(|| panic!("no identity: {:?}", show(&x)));
    let e = super::entry_for(&x, c).expect("an assertion bears on status");
    assert!(
        !e.speaker.id.starts_with("OUTLET."),
        "Scotland Yard identified him, not the outlet: {:?} {:?}",
        e.speaker,
        c.asserted_by
    );
    // Control: with no one named identifying, the outlet tells it in its own voice.
    let y = run(
        "The masked militant known as Jihadi John has been identified as Mohammed Emwazi, a \
         Londoner in his twenties.",
    );
    let d = of_class(&y, "identify");
    let d = d
        .first()
        .unwrap_or_else(|| panic!("no identity: {:?}", show(&y)));
    let e = super::entry_for(&y, d).expect("an assertion bears on status");
    assert!(e.speaker.id.starts_with("OUTLET."), "{:?}", e.speaker);
}

#[test]
fn has_ebola_read_with_has_as_an_auxiliary_is_an_infection() {
    let x = run("Health officials in Madrid said the nurse has Ebola.");
    let c = of_class(&x, "infect");
    assert!(
        c.iter()
            .any(|c| c.object.as_deref() == Some("ebola") && c.stance == Stance::Assert),
        "{:?}",
        show(&x)
    );
    // Control: a symptom is no listed disease.
    let y = run("Health officials in Madrid said the nurse has a fever.");
    assert!(of_class(&y, "infect").is_empty(), "{:?}", show(&y));
}

#[test]
fn passed_away_is_a_death() {
    let x = run("The folk singer Tom Adair passed away on Sunday at his home in Dublin.");
    assert!(
        of_class(&x, "die")
            .iter()
            .any(|c| c.subject.id.contains("adair")),
        "{:?}",
        show(&x)
    );
    // Control: passing something is no death.
    let y = run("The folk singer Tom Adair passed the microphone to his son on Sunday.");
    assert!(of_class(&y, "die").is_empty(), "{:?}", show(&y));
}

#[test]
fn where_someone_was_in_an_adverbial_clause_is_background() {
    let x = run(
        "Andrei Popescu told the court on Monday that he broke into the server while he was \
         in prison in Romania.",
    );
    assert!(
        !x.claims.iter().any(|c| c.predicate.starts_with("be")),
        "'while he was in prison' is background: {:?}",
        show(&x)
    );
    // Control: said as a proposition of its own, the same state is a claim.
    let y =
        run("Andrei Popescu told the court on Monday that he was in prison in Romania in 2014.");
    assert!(
        y.claims.iter().any(|c| c.predicate == "be in"),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_reduced_relative_read_as_the_clause_is_a_passive() {
    let x = run(
        "While the girl reportedly wounded last week was listed as twelve, aid workers said \
         children as young as eight had been hurt.",
    );
    assert!(
        x.claims
            .iter()
            .filter(|c| c.predicate.starts_with("wound"))
            .all(|c| c.predicate == "wound:passive" && c.subject.id.contains("girl")),
        "the girl was wounded, she wounded no one: {:?}",
        show(&x)
    );
    // Control: with an object, the girl is the doer.
    let y = run(
        "While the girl reportedly wounded a guard last week, aid workers said children as \
         young as eight had been hurt.",
    );
    assert!(
        !y.claims
            .iter()
            .any(|c| c.predicate == "wound:passive" && c.subject.id.contains("girl")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn ties_to_a_group_are_a_relation_held() {
    let x = run("Prosecutors said the released detainee had ties to al-Qaeda in Yemen.");
    let c: Vec<_> = x
        .claims
        .iter()
        .filter(|c| c.predicate == "have links")
        .collect();
    assert!(
        c.iter()
            .any(|c| c.target.as_ref().is_some_and(|t| t.id.contains("ALQAEDA"))),
        "{:?}",
        show(&x)
    );
    // Control: ties with no partner say nothing checkable.
    let y = run("Prosecutors said the released detainee had strong family ties.");
    assert!(
        !y.claims.iter().any(|c| c.predicate.starts_with("have")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn remaining_in_touch_with_a_group_is_a_relation_held() {
    let x = run(
        "Officials said the former Guantanamo detainee remained in touch with al-Qaeda after \
         his release.",
    );
    assert!(
        x.claims.iter().any(|c| c.predicate == "have links"
            && c.target.as_ref().is_some_and(|t| t.id.contains("ALQAEDA"))),
        "{:?}",
        show(&x)
    );
    // Control: remaining in custody is a state, not a relation.
    let y = run("Officials said the former Guantanamo detainee remained in custody in Yemen.");
    assert!(
        !y.claims.iter().any(|c| c.predicate.starts_with("have")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn access_read_with_had_as_an_auxiliary_is_a_relation_held() {
    let x = run(
        "The defence contractor Piotr Nowak said he had access to the ministry's classified \
         archive.",
    );
    assert!(
        x.claims
            .iter()
            .any(|c| c.predicate == "have access" && c.stance == Stance::Assert),
        "{:?}",
        show(&x)
    );
    // Control: access never had is denied, not asserted.
    let y = run(
        "The defence contractor Piotr Nowak said he never had access to the ministry's \
         classified archive.",
    );
    assert!(
        !y.claims
            .iter()
            .any(|c| c.predicate == "have access" && c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn reports_a_speaker_is_aware_of_are_mentioned_not_asserted() {
    let x = run(
        "A foreign ministry spokesman said the government was aware of reports that a \
         Canadian aid worker had been kidnapped in northern Syria.",
    );
    let c = of_class(&x, "detain");
    assert!(!c.is_empty(), "{:?}", show(&x));
    assert!(
        c.iter().all(|c| c.stance == Stance::Hedge),
        "aware of reports is no assertion: {:?}",
        show(&x)
    );
    // Control: confirming the reports asserts what they say.
    let y = run(
        "A foreign ministry spokesman said the government had confirmed reports that a \
         Canadian aid worker had been kidnapped in northern Syria.",
    );
    assert!(
        of_class(&y, "detain")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}
