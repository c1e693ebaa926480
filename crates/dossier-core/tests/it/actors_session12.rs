//! Name spans the lead found wrong reading unseen FNC-1 train bodies (session 12): a Korean
//! name whose syllable spells an English stop word ("So Se Pyong"), a capitalised title that
//! opens an organisation's name ("General Political Bureau"), an air force rank ("Air Chief
//! Marshal"), a plural possessive inside a name ("Workers’ Party"), a common word before a
//! capital ("Downtown Ottawa"), and a middle initial after a given name the lexicon does not
//! list ("Sajjan M. Gohel"). Sentences written for these tests, in wordings of our own.

use crate::actor_harness::*;

#[test]
fn a_korean_syllable_that_spells_a_stop_word_stays_in_the_name() {
    // Family name "So" inside a sentence, before two given-name syllables.
    let d = doc(
        "The claim was rejected on Friday by So Hyon Chol, the envoy to the talks in Vienna. So said the report was invented.",
    );
    assert_eq!(
        d.mention_text("So Hyon Chol"),
        Some("So Hyon Chol"),
        "{}",
        d.dump()
    );
    // The last syllable "So" after a family name and one syllable.
    let d = doc(
        "Analysts in Seoul said Ri Pyong So, a senior party secretary, had chaired the meeting in Pyongyang.",
    );
    assert_eq!(
        d.mention_text("Ri Pyong So"),
        Some("Ri Pyong So"),
        "{}",
        d.dump()
    );
    // A sentence-initial "So" is still the conjunction.
    let d = doc("So far the ministry has said nothing about the trip, a diplomat said.");
    assert_eq!(d.id_at("So far"), None, "{}", d.dump());
}

#[test]
fn a_title_that_opens_an_organisation_name_is_no_person() {
    let d = doc(
        "The order came from the General Staff Directorate in Moscow, two officers said on Monday.",
    );
    assert!(
        !d.ids().iter().any(|id| id.starts_with("PERSON.")),
        "{}",
        d.dump()
    );
    // A title before a person's name still makes that person's role.
    let d = doc("General Aziz Rahimi told reporters the base had been hit twice.");
    let p = d.actor("PERSON.aziz-rahimi");
    assert_eq!(p.role.as_deref(), Some("General"), "{}", d.dump());
}

#[test]
fn a_middle_initial_joins_a_given_name_the_lexicon_does_not_list() {
    let d = doc(
        "\"They may have crossed the border weeks ago,\" said Tariqul K. Rahman, a researcher at a think tank in Dhaka.",
    );
    assert_eq!(
        d.mention_text("Tariqul K. Rahman"),
        Some("Tariqul K. Rahman"),
        "{}",
        d.dump()
    );
}

#[test]
fn a_plural_possessive_inside_an_organisation_name_keeps_it_whole() {
    let d = doc(
        "The decision was taken at a plenary meeting of the Central Committee of the Farmers’ Union in Nairobi on Tuesday.",
    );
    assert_eq!(
        d.mention_text("Central Committee"),
        Some("Central Committee of the Farmers’ Union"),
        "{}",
        d.dump()
    );
}

#[test]
fn a_common_word_before_a_capital_is_a_place_not_a_person() {
    let d = doc(
        "The suspect rented a flat in Aylmer, a short drive from Downtown Ottawa, police said.",
    );
    assert!(
        !d.ids().iter().any(|id| id.starts_with("PERSON.")),
        "{}",
        d.dump()
    );
    // An organisation head before a state names an organisation of that state.
    let d =
        doc("The minister's mother sits on the refugee board, Radio Canada reported on Friday.");
    assert_eq!(
        d.id_at("Radio Canada"),
        Some("OUTLET.radio-canada"),
        "{}",
        d.dump()
    );
    // An unknown given name before a one-word state is still a person.
    let d = doc("The talks were chaired by Ardeshir Jordan, a retired judge, on Monday.");
    assert_eq!(
        d.id_at("Ardeshir Jordan"),
        Some("PERSON.ardeshir-jordan"),
        "{}",
        d.dump()
    );
}

#[test]
fn a_possessive_or_a_post_is_not_read_into_a_name() {
    // A singular name's possessive before a place is no organisation and no person.
    let d = doc("Reporters waited outside Agnes’ Baltimore home until police arrived.");
    assert_ne!(
        d.mention_text("Agnes"),
        Some("Agnes’ Baltimore"),
        "{}",
        d.dump()
    );
    // "CEO of Vice Media": the title is the person's post, the outlet stays the outlet.
    let d = doc("Shane Ross, the CEO of Vice Media, said the reporter had been released.");
    assert_ne!(
        d.mention_text("CEO of"),
        Some("CEO of Vice Media"),
        "{}",
        d.dump()
    );
}

#[test]
fn an_air_force_rank_is_the_role_not_part_of_the_name() {
    let d =
        doc("Air Chief Marshal Tunde Okafor told reporters in Abuja that the truce would hold.");
    let p = d.actor("PERSON.tunde-okafor");
    assert_eq!(p.role.as_deref(), Some("Air Chief Marshal"), "{}", d.dump());
}
