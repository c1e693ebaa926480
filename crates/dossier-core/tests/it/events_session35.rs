//! Session 35 (issue 17): event coding read against the PLOVER codebook and 84 random FNC-1
//! train events judged as an analyst — the CAMEO patterns' hyphenated words ("cease-fire"), a
//! resignation as PLOVER's RETREAT, a private person's trip or a visit to a building as no
//! consultation, an ordered massacre as the orderer's act, an accepted formula and a
//! continued hunger strike. Sentences from FNC-1 train bodies where they exist, each with a
//! control that keeps its reading.

use crate::event_harness::{events, on_verb};

#[test]
fn a_hyphenated_ceasefire_matches_the_ceasefire_patterns() {
    // fnc-1430: "cease-fire" is three tokens in the sentence (cease | - | fire); CAMEO's
    // "* to &ceasefire" (0356, AGREE) now reads it, not the AGREE block's default (050).
    let (evs, dump) = events(
        "Nigerian officials Friday announced they had agreed to a cease-fire with Boko Haram, \
         but their statements left confusion over the fate of 219 schoolgirls kidnapped by the \
         militant group in April.",
    );
    assert!(
        on_verb(&evs, "agreed")
            .iter()
            .any(|e| e.action.cameo == "0356" && e.action.plover == "AGREE"),
        "{dump}"
    );
    // Control: the unhyphenated spelling read so already.
    let (evs, dump) = events(
        "Nigerian officials Friday announced they had agreed to a ceasefire with Boko Haram.",
    );
    assert!(
        on_verb(&evs, "agreed")
            .iter()
            .any(|e| e.action.cameo == "0356" && e.action.plover == "AGREE"),
        "{dump}"
    );
}

#[test]
fn agreed_a_truce_is_the_intent_to_de_escalate() {
    // fnc-1540: "agreed a truce" without CAMEO's "to".
    let (evs, dump) = events(
        "Nigeria has agreed a truce with militant Islamist group Boko Haram, officials said.",
    );
    assert!(
        on_verb(&evs, "agreed")
            .iter()
            .any(|e| e.source.id == "NGA" && e.action.cameo == "0356"),
        "{dump}"
    );
    // Control: agreeing with someone on something else keeps its own reading.
    let (evs, dump) = events("Nigeria has agreed a new trade pact with Ghana, officials said.");
    assert!(
        on_verb(&evs, "agreed")
            .iter()
            .all(|e| e.action.cameo != "0356"),
        "{dump}"
    );
}

#[test]
fn a_resignation_is_a_retreat() {
    // fnc-55: the prime minister's resignation (CAMEO 0831) is PLOVER's RETREAT, mode resign
    // (PLOVER manual §3.7), not a concession.
    let (evs, dump) = events(
        "On Monday, Libya's newly elected parliament asked Abdullah al-Thinni — the country's \
         prime minister who resigned last week — to form a new government.",
    );
    assert!(
        on_verb(&evs, "resigned")
            .iter()
            .any(|e| e.action.cameo == "0831" && e.action.plover == "RETREAT"),
        "{dump}"
    );
    // The RESIGN forms themselves are 0831, not CAMEO.2.0's 083.
    let (evs, dump) = events("Libya's government resigned on Sunday after weeks of clashes.");
    assert!(
        on_verb(&evs, "resigned")
            .iter()
            .any(|e| e.action.cameo == "0831" && e.action.plover == "RETREAT"),
        "{dump}"
    );
    // Control: elections agreed to change no leader by themselves; they stay an accession to
    // demands for reform (083, CONCEDE).
    let (evs, dump) = events("The Thai government agreed to early elections on Sunday.");
    assert!(evs.iter().all(|e| e.action.plover != "RETREAT"), "{dump}");
}

#[test]
fn a_private_persons_trip_to_a_country_is_no_visit() {
    // fnc-472: the role the text gives Bary ("London rapper") is no post; his trip to Syria is
    // no consultation with Syria (it was coded 040 SYR).
    let (evs, dump) = events(
        "A senior Western intelligence official told Fox News that 23-year-old London rapper \
         Abdel Majed Abdel Bary is the suspect believed to be Foley's executioner. Bary traveled \
         to Syria last year to fight with ISIS, the source said.",
    );
    assert!(on_verb(&evs, "traveled").is_empty(), "{dump}");
    // fnc-1106: "a Canadian-Israeli woman who claims …" — the role ends before "who".
    let (evs, dump) = events(
        "There are conflicting reports whether Gill Rosenberg, a Canadian-Israeli woman who \
         claims to have joined the fight against the Islamic State, has been captured. \
         Rosenberg, 31, told Israeli radio she traveled from Israel to Iraq in November to join \
         a Kurdish militia.",
    );
    assert!(on_verb(&evs, "traveled").is_empty(), "{dump}");
    // Control (fnc-62): a president's visit is one.
    let (evs, dump) = events(
        "Nigerian President Goodluck Jonathan visited Chad last month to meet with its \
         president.",
    );
    assert!(
        on_verb(&evs, "visited")
            .iter()
            .any(|e| e.action.cameo == "042" && e.target.as_ref().is_some_and(|t| t.id == "TCD")),
        "{dump}"
    );
}

#[test]
fn a_visit_to_a_hospital_is_no_visit_to_an_actor() {
    // fnc-1465: the hospital is a building the layer names as an organisation; neither "Kim
    // visited the hospital" (042) nor "the hospital hosted Kim" (043) is an event.
    let (evs, dump) = events(
        "Kim Jong-un meeting with children at a baby home and orphanage as he visits the \
         Taesongsan General Hospital in Pyongyang.",
    );
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("04")),
        "{dump}"
    );
    // Control: a leader's visit to a state stays a visit.
    let (evs, dump) = events("North Korean leader Kim Jong-un visited China on Monday.");
    assert!(
        evs.iter()
            .any(|e| e.action.cameo == "042" && e.target.as_ref().is_some_and(|t| t.id == "CHN")),
        "{dump}"
    );
}

#[test]
fn an_ordered_massacre_is_the_orderers_mass_killing() {
    // fnc-77: "ordered the massacre" — the massacre is an event noun (202), the act of the one
    // who ordered it, not a demand (ORDER's default, 100).
    let (evs, dump) = events(
        "U.S. drone strikes are believed to have killed the leader of the Somali terrorist \
         group al-Shabab, who ordered the massacre at a Kenyan shopping mall last year that \
         killed 67 people.",
    );
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("10")),
        "{dump}"
    );
    // Control: ordering someone to act is still read through its complement.
    let (evs, dump) = events("Obama ordered airstrikes against Islamic State targets in Iraq.");
    assert!(
        evs.iter()
            .any(|e| e.source.id == "PERSON.barack-obama" || e.source.id == "USA"),
        "{dump}"
    );
}

#[test]
fn accepting_a_formula_is_the_intent_to_cooperate() {
    // After the PLOVER gold record (no FNC-1 train body accepts a formula): CAMEO's EMBRACE
    // block has no default and no "formula" row, so this was no event.
    let (evs, dump) = events(
        "Denmark today accepted a formula for ending its fisheries dispute with its European \
         partners.",
    );
    assert!(
        on_verb(&evs, "accepted")
            .iter()
            .any(|e| e.source.id == "DNK" && e.action.cameo == "030"),
        "{dump}"
    );
    // Control: accepting a proposal keeps CAMEO's own row (032).
    let (evs, dump) = events("The Nigerian government on Thursday accepted the proposal of Chad.");
    assert!(
        on_verb(&evs, "accepted")
            .iter()
            .any(|e| e.action.cameo == "032"),
        "{dump}"
    );
}

#[test]
fn a_continued_hunger_strike_is_a_hunger_strike() {
    // After the PLOVER gold record "Islamic fundamentalists continued their hunger strike" (no
    // FNC-1 train body continues one): CAMEO has PURSUE and START "* hunger strike", not CONTINUE.
    let (evs, dump) = events("Hamas members continued their hunger strike on Monday.");
    assert!(
        on_verb(&evs, "continued")
            .iter()
            .any(|e| e.action.cameo == "142"),
        "{dump}"
    );
    // Control: a continued attack keeps CONTINUE's own row (190).
    let (evs, dump) = events("Boko Haram continued attacks on villages in Borno state.");
    assert!(
        on_verb(&evs, "continued")
            .iter()
            .all(|e| e.action.cameo != "142"),
        "{dump}"
    );
}
