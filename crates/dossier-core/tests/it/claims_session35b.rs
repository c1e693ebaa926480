//! Session 35, second claims round (issue 17, central propositions missing on unseen news):
//! shapes read on FNC-1 train bodies (none from the gold set's articles), each with a control
//! that the reading beside it stays as it was.
//!
//! - Unnamed doers of violence (`people` in `data/claims/frames.tsv`: hitmen, kidnappers,
//!   assailants, captors, shooters …) are unnamed people a proposition is about, as gunmen
//!   were: "Mexican hitmen allegedly killed more than a dozen students" is the hitmen's
//!   killing, hedged, not a doer-less passive about the students.
//! - A report noun's "that" read as the object of a verb that has a subject and an object of
//!   its own opens the report's content, not a relative clause ("In the first report that
//!   jihadists are using captured fighter planes").
//! - "denied the reports" bears on a reported act before a reported state in between
//!   ("Rosenberg herself was responsible for the post", a hedge, is passed over for the
//!   capture the reports told of).

use crate::claims_session35::{of_class, run, show};
use dossier_core::model::Stance;

#[test]
fn hitmen_are_the_doers_of_an_alleged_killing() {
    // fnc-777's lede: main read no claim at all ("hitmen" named no one it knew).
    let x = run(
        "Mexican hitmen allegedly killed more than a dozen students who went missing last \
         month after a clash with corrupt local police, then buried them in a \
         recently-discovered mass grave.",
    );
    let kills = of_class(&x, "kill");
    assert!(
        kills
            .iter()
            .any(|c| c.subject.name.contains("hitmen") && c.predicate == "kill"),
        "{:#?}",
        show(&x)
    );
    assert!(
        kills.iter().all(|c| c.stance == Stance::Hedge),
        "{:#?}",
        show(&x)
    );
    // Control: gunmen, already unnamed people, read as before.
    let y = run(
        "Mexican gunmen allegedly killed more than a dozen students who went missing last \
         month after a clash with corrupt local police, then buried them in a \
         recently-discovered mass grave.",
    );
    assert!(
        of_class(&y, "kill")
            .iter()
            .any(|c| c.subject.name.contains("gunmen") && c.stance == Stance::Hedge),
        "{:#?}",
        show(&y)
    );
}

#[test]
fn that_read_as_an_object_beside_one_opens_the_reports_content() {
    // fnc-1857: "that" parsed as the object of "banned", which has "his aides" as its own.
    let x = run(
        "The report comes amid speculation that Kim Jong-Un has banned his aides and \
         officials from smoking foreign cigarettes because they are unpatriotic.",
    );
    let bans = of_class(&x, "ban");
    assert!(
        bans.iter()
            .any(|c| c.subject.name.contains("Kim") && c.stance == Stance::Hedge),
        "{:#?}",
        show(&x)
    );
    // The infection shape of fnc-1891 with the group named before its fighters.
    let y = run("There are unconfirmed reports that Islamic State fighters have contracted Ebola.");
    assert!(
        of_class(&y, "infect")
            .iter()
            .any(|c| c.subject.id == "GROUP.ISIS" && c.stance == Stance::Hedge),
        "{:#?}",
        show(&y)
    );
    // Control: with no object of its own, "that" is the relative clause's object — what the
    // militants released is the report, no release of anyone.
    let z = run("The Pentagon dismissed the report that the militants released on Monday.");
    assert!(of_class(&z, "free").is_empty(), "{:#?}", show(&z));
}

#[test]
fn denied_reports_bear_on_the_reported_act_before_a_reported_state() {
    // fnc-756: "Haaretz was unable to verify that …" made a hedged copula the nearest reported
    // claim; the Kurdish denial is of the capture.
    let x = run(
        "Gill Rosenberg has apparently been captured by the Islamic State, as widely reported \
         in the media. Haaretz was unable to verify that Rosenberg herself was responsible for \
         the post. Kurdish sources denied the reports.",
    );
    let denied: Vec<_> = x
        .claims
        .iter()
        .filter(|c| c.stance == Stance::Deny)
        .collect();
    assert!(
        !denied.is_empty() && denied.iter().all(|c| c.predicate.starts_with("capture")),
        "{:#?}",
        show(&x)
    );
    // Control: with no reported act before it, the pointer still bears on the hedged state.
    let y = run(
        "Haaretz was unable to verify that Rosenberg herself was responsible for the post. \
         Kurdish sources denied the reports.",
    );
    assert!(
        y.claims
            .iter()
            .any(|c| c.stance == Stance::Deny && c.predicate == "be"),
        "{:#?}",
        show(&y)
    );
}
