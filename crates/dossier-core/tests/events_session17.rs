//! Session 17 (issue 17): events read wrong on FNC-1 train bodies, each class checked through
//! the whole pipeline on sentences written for this test, with a control that the right reading
//! next to it is still coded.

mod event_harness;

use event_harness::{events, on_verb};

#[test]
fn a_leader_the_gazetteer_knows_is_no_private_traveller() {
    // People of the gazetteer hold a post even when the text names them without their title.
    let (evs, dump) = events("Putin traveled to Beijing on Monday for two days of talks.");
    assert!(
        on_verb(&evs, "traveled")
            .iter()
            .any(|e| e.source.id == "PERSON.vladimir-putin"
                && e.target.as_ref().is_some_and(|t| t.id == "CHN")),
        "{dump}"
    );
    let (evs, dump) = events("Putin visited a school in Beijing during his trip.");
    assert!(
        on_verb(&evs, "visited")
            .iter()
            .any(|e| e.target.as_ref().is_some_and(|t| t.id == "CHN")),
        "{dump}"
    );
    // Control: a private person's trip is still no visit.
    let (evs, dump) = events("Mohammed Bary traveled to Syria in 2013, his brother said.");
    assert!(on_verb(&evs, "traveled").is_empty(), "{dump}");
}
