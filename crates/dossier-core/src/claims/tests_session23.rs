//! Session 23, read on FNC-1 train bodies. Sentences written for these tests, each with a
//! control.

use super::tests_lede::{of_class, run, show};
use crate::model::Polarity;

#[test]
fn a_person_taking_over_the_leadership_is_a_succession() {
    let x = run(
        "Analysts in Seoul said on Monday that Choe Ryong-hae had assumed the leadership of \
                 the ruling party while the leader recovered from surgery.",
    );
    assert!(
        of_class(&x, "succeed")
            .iter()
            .any(|c| c.subject.name.contains("Choe")),
        "{:?}",
        show(&x)
    );
    // Control: a force stepping up its attacks takes no office.
    let y = run(
        "The coalition stepped up its attacks on the militants on Monday, officials in \
                 Baghdad said.",
    );
    assert!(of_class(&y, "succeed").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_person_who_stepped_up_to_the_leadership_took_it() {
    let x = run(
        "Diplomats believe that Kim Sol-ju has stepped up to the leadership of the \
                 country, a former ambassador said.",
    );
    assert!(
        of_class(&x, "succeed")
            .iter()
            .any(|c| c.subject.name.contains("Sol-ju")),
        "{:?}",
        show(&x)
    );
}

#[test]
fn a_named_person_who_took_over_with_nothing_named_succeeded() {
    let x = run(
        "Pyongyang watchers said Kim Sol-ju had taken over from her brother while he \
                 was treated in hospital.",
    );
    assert!(
        of_class(&x, "succeed")
            .iter()
            .any(|c| c.subject.name.contains("Sol-ju")),
        "{:?}",
        show(&x)
    );
    // Control: militants taking over is no succession.
    let y = run(
        "Residents said the city has been without power since the militants took over \
                 in June.",
    );
    assert!(of_class(&y, "succeed").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_named_person_who_fled_is_a_proposition() {
    let x = run(
        "Prosecutors said Jose Luis Abarca fled to Mexico City with his wife after the \
                 students disappeared.",
    );
    assert!(
        of_class(&x, "flee")
            .iter()
            .any(|c| c.subject.name.contains("Abarca")),
        "{:?}",
        show(&x)
    );
}

#[test]
fn an_act_someone_will_stop_is_negated() {
    let x = run(
        "Police in London will stop arresting people for carrying small amounts of \
                 cannabis, the commissioner said on Monday.",
    );
    let found = of_class(&x, "detain");
    assert!(!found.is_empty(), "{:?}", show(&x));
    assert!(
        found.iter().all(|c| c.polarity == Some(Polarity::Negative)),
        "{:?}",
        show(&x)
    );
    // Control: the same arrest with no verb ending it stands.
    let y = run(
        "Police in London arrested two men for carrying knives, the commissioner said on \
                 Monday.",
    );
    assert!(
        of_class(&y, "detain")
            .iter()
            .any(|c| c.polarity != Some(Polarity::Negative)),
        "{:?}",
        show(&y)
    );
}

/// The claims of `class` in `text` are the Pentagon's (or the state it serves, whichever the
/// actor layer names), none its spokesman's.
fn done_by_the_body(text: &str, class: &str) {
    let x = run(text);
    let found = of_class(&x, class);
    assert!(
        found.iter().any(|c| c.subject.id.starts_with("USA")),
        "{:?}",
        show(&x)
    );
    assert!(
        found.iter().all(|c| !c.subject.id.contains("kirby")),
        "{:?}",
        show(&x)
    );
}

#[test]
fn the_we_of_a_spokesman_is_his_body() {
    done_by_the_body(
        "\"We conducted these strikes against Islamic State fighters near the dam,\" said \
                 Pentagon spokesman Rear Admiral John Kirby.",
        "attack",
    );
    // Not only where the event coder reads the act: a detention he speaks of for the Pentagon.
    done_by_the_body(
        "\"We detained two suspected militants near the border on Tuesday,\" said Pentagon \
                 spokesman Rear Admiral John Kirby.",
        "detain",
    );
    // Control: his "I" is himself.
    let y = run(
        "\"I met Iraqi Prime Minister Haider al-Abadi in Baghdad on Tuesday,\" said Pentagon \
                 spokesman Rear Admiral John Kirby.",
    );
    assert!(
        of_class(&y, "meet")
            .iter()
            .any(|c| c.subject.id.contains("kirby")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn found_dead_before_a_day_is_still_dead() {
    // The parser may hang "dead" on the day after it ("dead Saturday evening").
    let x = run(
        "Multiple reports say Arnold Becker was found dead Saturday evening in his \
                 Los Angeles apartment after police responded to a call.",
    );
    assert!(
        x.claims.iter().any(|c| c.subject.name.contains("Becker")
            && c.predicate == "be"
            && c.object.as_deref() == Some("dead")),
        "{:?}",
        show(&x)
    );
    // Control: an active "found" whose object is dead states no state of the finder.
    let y = run(
        "Residents say Arnold Becker found dead fish Saturday evening in the reservoir \
                 near his Los Angeles home.",
    );
    assert!(
        y.claims.iter().all(|c| c.object.as_deref() != Some("dead")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn the_kin_of_a_named_leader_is_not_the_leader() {
    let x = run(
        "The younger sister of North Korean leader Kim Jong-un has taken over important \
                 state duties from her ailing brother, a South Korean newspaper reported.",
    );
    assert!(
        of_class(&x, "succeed")
            .iter()
            .all(|c| !c.subject.name.contains("Jong-un")),
        "{:?}",
        show(&x)
    );
    // The name in apposition to a title after "of".
    let y = run(
        "The younger sister of North Korean dictator Kim Jong-un has taken over important \
                 state duties from her ailing brother, a South Korean newspaper reported on \
                 Monday.",
    );
    assert!(
        of_class(&y, "succeed")
            .iter()
            .all(|c| !c.subject.name.contains("Jong-un")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn conducting_tests_is_no_attack() {
    let x = run(
        "\"We conducted DNA tests on the woman and the girl,\" Lebanese Interior Minister \
                 Nouhad Machnouk told reporters in Beirut.",
    );
    assert!(of_class(&x, "attack").is_empty(), "{:?}", show(&x));
    assert!(!of_class(&x, "conduct").is_empty(), "{:?}", show(&x));
}
