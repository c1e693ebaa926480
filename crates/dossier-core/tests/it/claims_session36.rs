//! Session 36 (issue 17, central propositions): shapes read on FNC-1 train bodies (none from the
//! gold set's articles), each with a control that the reading beside it stays as it was.
//!
//! - Past the lede, the article's own voice keeps what was done to a named person by whatever
//!   doer the words give ("the executioner beheaded James Foley", "Peter Kassig were beheaded by
//!   the group") when its sentence states it — not a supposition or a complement of another
//!   verb —, as it kept the doer-less passive ("Foley was kidnapped near Taftanaz"); other
//!   own-voice acts there stay background.
//! - "denied the reports" bears on what a statement cued by a verb of reporting carried
//!   ("Several Islamist blogs reported that Rosenberg had been captured"), whoever reported it,
//!   not on a hedged denial of the same act told before.
//! - A passive with no doer of a verb of faking states what its subject is ("the video was
//!   probably staged" → the video is staged), as "the video was fake" did; "staged" only of what
//!   shows something ("a protest was staged" was held).

use super::claims_session35::{of_class, run, show};
use dossier_core::model::{Polarity, Stance};

/// Three sentences of background before the one tested: past the lede, where the article's
/// own voice is read only for what it relays or what happened to someone.
const BACKGROUND: &str = "The group has held territory in the region for months. \
    Its fighters have faced air strikes since August. \
    Residents described long queues for bread and fuel. ";

#[test]
fn past_the_lede_an_act_on_a_named_person_by_a_common_noun_doer_is_kept() {
    // fnc-616: main kept no claim of the beheading told in the article's own voice.
    let x = run(&format!(
        "{BACKGROUND}Dressed all in black with a mask covering his face, the executioner \
         beheaded James Foley, an American journalist, on a video that was later posted on \
         YouTube by ISIS."
    ));
    let acts: Vec<_> = of_class(&x, "execute")
        .into_iter()
        .filter(|c| c.target.as_ref().is_some_and(|t| t.name.contains("Foley")))
        .collect();
    assert!(!acts.is_empty(), "{:#?}", show(&x));
    assert!(
        acts.iter().all(|c| c.stance == Stance::Assert),
        "{:#?}",
        show(&x)
    );
    // Control: an own-voice act past the lede on no person stays background.
    let y = run(&format!(
        "{BACKGROUND}Dressed all in black, the militants seized the town of Kobani on a day that \
         was later remembered by residents."
    ));
    assert!(of_class(&y, "capture").is_empty(), "{:#?}", show(&y));
    // Control (fnc-2376): a supposition states nothing, nor does a complement of another verb
    // (fnc-2236's "denies reports it has decided to charge Bowe Bergdahl").
    let z = run(&format!(
        "{BACKGROUND}If Kayla Jean Mueller was killed by ISIS, she would be the latest in a \
         string of victims killed while being held hostage by the terror group. Related: US \
         army denies reports it has decided to charge Bowe Bergdahl with desertion."
    ));
    assert!(
        !z.claims.iter().any(|c| c
            .target
            .as_ref()
            .is_some_and(|t| t.name.contains("Mueller") || t.name.contains("Bergdahl"))
            && c.stance == Stance::Assert),
        "{:#?}",
        show(&z)
    );
}

#[test]
fn denied_reports_bear_on_what_a_report_verb_carried() {
    // fnc-756: main bore "Kurdish sources denied the reports" on the hedged "has apparently not
    // been captured" (a denial of a denial), not on the capture the blogs reported.
    let x = run(
        "Gill Rosenberg, the Canadian Israeli volunteer fighting with Kurdish forces, has \
         apparently not been captured by the Islamic State, as widely reported in the media. \
         Several Islamist blogs reported last week that Rosenberg had been captured by ISIS. \
         Kurdish sources denied the reports, saying that Rosenberg wasn't in the area when it \
         was attacked.",
    );
    // (The lede's own "has apparently not been captured" is a negated claim of its own.)
    let denied: Vec<_> = of_class(&x, "capture")
        .into_iter()
        .filter(|c| c.evidence.text == "the reports")
        .collect();
    assert!(!denied.is_empty(), "{:#?}", show(&x));
    assert!(
        denied
            .iter()
            .all(|c| c.stance == Stance::Deny && c.polarity != Some(Polarity::Negative)),
        "{:#?}",
        show(&x)
    );
    // Control: a named official's assertion told in between is still no report the denial
    // bears on.
    let y = run(
        "Several Islamist blogs reported last week that Rosenberg had been captured by ISIS. \
         A Kurdish commander said his fighters had attacked the town of Kobani. Kurdish \
         sources denied the reports.",
    );
    assert!(
        !of_class(&y, "attack")
            .iter()
            .any(|c| c.stance == Stance::Deny),
        "{:#?}",
        show(&y)
    );
}

#[test]
fn a_video_staged_with_no_doer_is_what_the_video_is() {
    // fnc-951: main read no claim from the experts' finding; "the video was fake" already gave
    // one (`be`, object "fake").
    let x = run(
        "THE beheading of American journalist, James Foley, at the hands of ISIS militants \
         shocked the world but forensic experts have revealed the video was probably staged, \
         with the murder happening off camera.",
    );
    let staged: Vec<_> = of_class(&x, "be")
        .into_iter()
        .filter(|c| c.object.as_deref() == Some("staged") && c.subject.id.contains("video"))
        .collect();
    assert!(!staged.is_empty(), "{:#?}", show(&x));
    // Control: "staged" of an event is held, not faked.
    let z = run("Organisers said a protest was staged outside the embassy on Friday.");
    assert!(
        !z.claims
            .iter()
            .any(|c| c.object.as_deref() == Some("staged")),
        "{:#?}",
        show(&z)
    );
}
