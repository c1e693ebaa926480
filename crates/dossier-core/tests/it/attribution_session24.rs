//! Issue 18, session 24: speakers whose description names someone else. An impostor or parody
//! of an outlet is not the outlet; "according to a White House pool report" is the press pool
//! on behalf of the United States, not the United States; CSIS is Canada's intelligence
//! service; "Ofc." is a police officer's title; "said in a report Nov. 3 that …" keeps the
//! report's date out of the content. Realistic news sentences written for these tests.

use crate::actor_harness::doc;
use crate::statement_harness::{statements, with_content};
use dossier_core::Sourcing;

#[test]
fn an_impostor_of_an_outlet_is_not_the_outlet() {
    let st = statements(
        "A BBC News impostor website reported on Tuesday that the prime minister had been taken to hospital.",
    );
    let s = with_content(&st, "taken to hospital");
    assert!(!s.speaker.id.starts_with("OUTLET."), "{s:#?}");
    assert!(s.speaker.name.contains("impostor website"), "{s:#?}");
    assert_eq!(s.sourcing, Sourcing::Anonymous, "{s:#?}");
    assert!(s.on_behalf_of.is_none(), "{s:#?}");

    let st = statements(
        "According to a fake Al Jazeera page, the army had seized the presidential palace overnight.",
    );
    let s = with_content(&st, "seized the presidential palace");
    assert!(!s.speaker.id.starts_with("OUTLET."), "{s:#?}");
    assert_eq!(s.sourcing, Sourcing::Anonymous, "{s:#?}");

    let st = statements(
        "A parody account of the Russian foreign ministry claimed that Moscow would annex Alaska.",
    );
    let s = with_content(&st, "annex Alaska");
    assert_ne!(s.speaker.id, "RUS", "{s:#?}");
    assert!(s.on_behalf_of.is_none(), "{s:#?}");
    assert_eq!(s.sourcing, Sourcing::Anonymous, "{s:#?}");
}

#[test]
fn the_outlet_itself_and_fake_news_writers_still_speak() {
    // Without a counterfeit word the outlet speaks.
    let st = statements(
        "The BBC News website reported that the prime minister had been taken to hospital.",
    );
    let s = with_content(&st, "taken to hospital");
    assert_eq!(s.sourcing, Sourcing::Outlet, "{s:#?}");
    // "fake news" is a genre: the named writer speaks for himself.
    let st = statements(
        "Fake news writer Paul Horner said he had made thousands of dollars from the hoax stories.",
    );
    let s = with_content(&st, "thousands of dollars");
    assert_eq!(s.speaker.name, "Paul Horner", "{s:#?}");
}

#[test]
fn a_white_house_pool_report_is_the_press_pool() {
    let st = statements(
        "The president played golf with the emir on Saturday, according to a White House pool report.",
    );
    let s = with_content(&st, "played golf");
    assert_ne!(s.speaker.id, "USA", "{s:#?}");
    assert!(s.speaker.name.contains("pool"), "{s:#?}");
    assert_eq!(s.sourcing, Sourcing::Outlet, "{s:#?}");
    assert_eq!(
        s.on_behalf_of.as_ref().map(|b| b.id.as_str()),
        Some("USA"),
        "{s:#?}"
    );
}

#[test]
fn csis_is_the_canadian_intelligence_service() {
    let d = doc("CSIS said the threat level for Ottawa had not changed since the shooting.");
    assert_eq!(d.id_at("CSIS"), Some("CAN.CSIS"), "{}", d.dump());
    assert_eq!(d.actor("CAN.CSIS").country.as_deref(), Some("CAN"));
    let st =
        statements("CSIS said the threat level for Ottawa had not changed since the shooting.");
    let s = with_content(&st, "threat level");
    assert_eq!(s.speaker.id, "CAN.CSIS", "{s:#?}");
}

#[test]
fn ofc_is_a_police_officers_title() {
    let d = doc("Ofc. Laura Brennan said the driver had fled the scene on foot.");
    let id = d.id_at("Laura Brennan").expect("a person").to_string();
    assert_eq!(d.actor(&id).role.as_deref(), Some("Ofc."), "{}", d.dump());
    let st = statements("Ofc. Laura Brennan said the driver had fled the scene on foot.");
    let s = with_content(&st, "the driver had fled");
    assert_eq!(s.speaker.name, "Laura Brennan", "{s:#?}");
}

#[test]
fn a_reports_abbreviated_date_stays_out_of_the_content() {
    let st = statements(
        "The Guardian said in a report Nov. 3 that the hostages had been moved to a village near the border.",
    );
    let s = with_content(&st, "hostages had been moved");
    assert!(
        s.content.text.starts_with("the hostages"),
        "content: {:?}",
        s.content.text
    );
    assert_eq!(s.sourcing, Sourcing::Outlet, "{s:#?}");
}

#[test]
fn the_comma_inside_a_full_date_does_not_open_the_content() {
    let st = statements(
        "Interpol stated on Nov. 8, 2014, that the suspect had left the country on a forged passport.",
    );
    let s = with_content(&st, "forged passport");
    assert!(
        s.content.text.starts_with("the suspect"),
        "content: {:?}",
        s.content.text
    );
}
