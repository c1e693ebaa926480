//! Session 31 (issue 16): once the parser reads a phrasal verb's particle as such ("shot down
//! the report", "laughed off the announcement"), the verb has its object, and what was said and
//! then rejected must not read as an act done to it. Sentences from FNC-1 train bodies, each
//! with a control.

use super::tests_lede::{of_class, run, show};

#[test]
fn a_report_shot_down_is_not_intercepted() {
    let x = run(
        "Ty Votaw, executive vice president of the PGA Tour, shot down the report Monday, too.",
    );
    assert!(of_class(&x, "intercept").is_empty(), "{:?}", show(&x));
    // Control: an aircraft shot down is intercepted.
    let y = run("Russian forces shot down a Ukrainian military plane over Luhansk on Monday.");
    assert!(!of_class(&y, "intercept").is_empty(), "{:?}", show(&y));
}

#[test]
fn an_announcement_laughed_off_is_no_claim() {
    let x = run(
        "Boko Haram laughed off Nigeria's announcement of a ceasefire agreement, saying there \
         is no such deal.",
    );
    assert!(of_class(&x, "laugh").is_empty(), "{:?}", show(&x));
}
