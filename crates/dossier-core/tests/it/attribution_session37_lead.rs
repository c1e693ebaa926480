//! Issue 18, session 37, on FNC-1 train bodies read as unseen articles (fnc-2251, fnc-689,
//! fnc-817): a speech verb in a "when" clause whose subject phrase opens with a participle
//! ("when respected Italian newspaper Corriere Della Sera reported on its website that Castro
//! had died") keeps its speaker and its reported clause; a think tank or a blog whose name opens
//! with a country's name speaks for itself, not for the state. Each with a control.

use crate::claims_session35::{of_class, run};
use crate::statement_harness::{speaker_words, statements, with_cue};

#[test]
fn a_newspaper_described_by_a_participle_in_a_when_clause_reports() {
    // fnc-2251.
    let text = "The rumors were further stoked when respected Italian newspaper Corriere Della \
                Sera reported on its website that Castro had died. It quickly pulled the report \
                back, however.";
    let st = statements(text);
    let s = with_cue(&st, "reported");
    assert!(speaker_words(s).contains("Corriere Della Sera"), "{s:#?}");
    assert_eq!(s.content.text, "Castro had died", "{s:#?}");
    // The proposition is the death, with nothing "done to" the website.
    let x = run(text);
    let died = of_class(&x, "die");
    assert_eq!(died.len(), 1, "{:#?}", x.claims);
    assert_eq!(died[0].object, None, "{:#?}", died[0]);
}

#[test]
fn a_when_clause_opened_by_a_participle_with_its_object_stays_a_clause() {
    // Control: "when asked about …" is the minister's being asked; the minister speaks.
    let st = statements("When asked about the report, the minister said it was false.");
    let s = with_cue(&st, "said");
    assert!(speaker_words(s).contains("minister"), "{s:#?}");
    assert_eq!(s.content.text, "it was false", "{s:#?}");
}

#[test]
fn a_think_tank_named_after_a_country_is_not_the_state() {
    // fnc-689, fnc-2048: "North Korea Intellectuals' Solidarity", a think tank run by
    // defectors.
    let st = statements(
        "The North Korea Intellectuals' Solidarity, a think-tank run by defectors, says Kim Yo \
         Jong may be at least temporarily leading the government.",
    );
    let s = with_cue(&st, "says");
    assert!(
        s.speaker.id != "PRK",
        "a think tank speaks, not North Korea: {s:#?}"
    );
    assert!(speaker_words(s).contains("Solidarity"), "{s:#?}");
    // fnc-817: a blog on the country's leadership.
    let st = statements(
        "According to North Korea Leadership Watch, Kim Yo-jong works as her brother's personal \
         aide and manages his itineraries.",
    );
    let s = with_cue(&st, "According to");
    assert!(s.speaker.id != "PRK", "{s:#?}");
}

#[test]
fn the_state_itself_still_speaks() {
    // Control: the country's name alone, and its news agency, are the state's voices.
    let st = statements("North Korea said the missile test was a success.");
    let s = with_cue(&st, "said");
    assert_eq!(s.speaker.id, "PRK", "{s:#?}");
}
