//! Issues 17/18, session 23 (lead), from readings of unseen FNC-1 bodies: who a pronoun, an
//! acronym and a stage name stand for. "a woman who … with what she said" is the woman, not the
//! last named person; "the RNC" in a story about the Royal Newfoundland Constabulary is the
//! constabulary, not the Republican National Committee; "singer Axl Rose" is a person although
//! "Rose" is a common word. Realistic news sentences written for these tests.

use crate::actor_harness::doc;
use crate::statement_harness::{statements, with_content};
use dossier_core::Sourcing;

#[test]
fn she_in_a_clause_under_an_unnamed_woman_is_the_woman() {
    let st = statements(
        "Police said the driver, Mark Dalton, fled on foot after the crash.\n\n\
         But a woman who described herself as a neighbour of Dalton phoned a local radio \
         station with what she said was his account of the night.",
    );
    let said = with_content(&st, "his account of the night");
    assert_eq!(said.speaker.name, "woman", "{said:#?}");
    assert_eq!(said.sourcing, Sourcing::Anonymous, "{said:#?}");
    // "one girl wrote that she wanted …": the counted girl, not a woman named before.
    let st = statements(
        "Investigators said Amira Hassan, 17, left London in March.\n\n\
         Months earlier, one girl wrote that she wanted to marry a fighter as soon as possible.",
    );
    let wanted = with_content(&st, "to marry a fighter");
    assert_eq!(wanted.speaker.name, "one girl", "{wanted:#?}");
}

#[test]
fn named_definite_and_plural_subjects_leave_the_pronoun_to_the_text_before() {
    // The subject above is named: she is that person.
    let st = statements(
        "Police said the driver, Mark Dalton, fled on foot after the crash.\n\n\
         But Mary Dalton, his sister, phoned a local radio station with what she said was his \
         account of the night.",
    );
    let said = with_content(&st, "his account of the night");
    assert_eq!(said.speaker.id, "PERSON.mary-dalton", "{said:#?}");
    // A plural subject of the content ("Women are expected …, she explained") is not the
    // speaker of the reporting clause beside it.
    let st = statements(
        "A female recruiter, Umm Layth, posted dozens of messages to teenagers.\n\n\
         Women are expected to marry fighters and stay at home, she explained.",
    );
    let explained = with_content(&st, "Women are expected");
    assert_ne!(explained.speaker.name, "Women", "{explained:#?}");
}

#[test]
fn an_acronym_the_article_spells_out_names_what_it_spells() {
    let d = doc(
        "A man wanted by the Royal Newfoundland Constabulary turned himself in on Monday. \
         The RNC said the man arrived at its headquarters at 9 a.m.",
    );
    assert_eq!(
        d.id_at("RNC"),
        Some("ORG.royal-newfoundland-constabulary"),
        "{}",
        d.dump()
    );
    let st = statements(
        "A man wanted by the Royal Newfoundland Constabulary turned himself in on Monday. \
         The RNC said the man arrived at its headquarters at 9 a.m.",
    );
    let said = with_content(&st, "arrived at its headquarters");
    assert_eq!(
        said.speaker.name, "Royal Newfoundland Constabulary",
        "{said:#?}"
    );
}

#[test]
fn an_acronym_spelled_out_as_the_lexicon_actor_or_not_at_all_keeps_its_reading() {
    // Controls: no other name with those initials, or the lexicon's own name spelled out.
    let d = doc("The RNC said the convention would open in Cleveland in July.");
    assert_eq!(d.id_at("RNC"), Some("USA.GOP"), "{}", d.dump());
    let d = doc(
        "The Republican National Committee (RNC) met in Washington. The RNC said the \
         convention would open in Cleveland in July.",
    );
    assert_eq!(d.id_at("RNC#2"), Some("USA.GOP"), "{}", d.dump());
}

#[test]
fn a_stage_title_makes_a_common_word_surname_a_person() {
    let d = doc("Fans mourned after a fake report claimed that singer Axl Rose had died.");
    assert_eq!(d.id_at("Axl Rose"), Some("PERSON.axl-rose"), "{}", d.dump());
    assert_eq!(
        d.actor("PERSON.axl-rose").role.as_deref(),
        Some("singer"),
        "{}",
        d.dump()
    );
}

#[test]
fn a_un_agency_named_by_its_wire_description_is_that_agency() {
    // Wire copy names UN agencies by what they do on second mention.
    let st = statements(
        "No cases of cholera have been confirmed in the camp, the Geneva-based United Nations \
         health agency said on Tuesday.",
    );
    let said = with_content(&st, "No cases of cholera");
    assert_eq!(said.speaker.id, "IGO.WHO", "{said:#?}");
    let st = statements(
        "More than 20,000 people crossed the border last week, the U.N. refugee agency said.",
    );
    let said = with_content(&st, "crossed the border");
    assert_eq!(said.speaker.id, "IGO.UN.UNHCR", "{said:#?}");
    // Control: the United Nations itself, named as such, stays the United Nations.
    let st = statements("The United Nations said aid convoys reached the city on Monday.");
    let said = with_content(&st, "aid convoys");
    assert_ne!(said.speaker.id, "IGO.WHO", "{said:#?}");
}
