//! Session 22, read on FNC-1 train bodies. Sentences written for these tests, each with a
//! control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn a_video_purporting_to_show_an_act_hedges_it() {
    // Background past the lede: what a video shows is reported anywhere in the article.
    let x = run(
        "Officials in London met on Sunday. The prime minister spoke to reporters. \
                 The extremist group released a video purporting to show the execution of \
                 British aid worker Peter Collins.",
    );
    let found = of_class(&x, "execute");
    assert!(
        found.iter().any(|c| {
            c.stance == Stance::Hedge
                && (c.subject.id.contains("peter-collins")
                    || c.target
                        .as_ref()
                        .is_some_and(|t| t.id.contains("peter-collins")))
        }),
        "{:?}",
        show(&x)
    );
    assert!(
        found.iter().all(|c| c.stance != Stance::Assert),
        "{:?}",
        show(&x)
    );
    // Control: a video of a speech shows no act.
    let y = run(
        "Officials in London met on Sunday. The prime minister spoke to reporters. \
                 The group released a video purporting to show its leader in a mosque.",
    );
    assert!(of_class(&y, "execute").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_video_that_appears_to_show_an_act_hedges_it() {
    // A relative clause on the video, the act's undergoer named in apposition.
    let x = run(
        "Militants have released a video that appears to show the beheading of a \
                 British aid worker, Peter Collins, who was seized in Syria last year.",
    );
    assert!(
        of_class(&x, "execute")
            .iter()
            .any(|c| c.subject.id.contains("peter-collins") && c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    // The video is no doer.
    assert!(
        x.claims
            .iter()
            .all(|c| !c.subject.name.to_lowercase().contains("video")),
        "{:?}",
        show(&x)
    );
    // Control: a plain "shows" reports the act it shows, asserted.
    let y = run(
        "Officials in London met on Sunday. The prime minister spoke to reporters. \
                 A video released on Tuesday shows Islamic State fighters executing a Kurdish \
                 commander near Kobani.",
    );
    assert!(
        of_class(&y, "execute")
            .iter()
            .any(|c| c.subject.id == "GROUP.ISIS" && c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn the_by_phrase_of_an_act_shown_is_its_doer() {
    // The parser hangs "by Islamic State militants" on "show", not on "beheading".
    let x = run(
        "A video appears to show the beheading of a British aid worker by Islamic \
                 State militants.",
    );
    let found = of_class(&x, "execute");
    assert!(
        found
            .iter()
            .any(|c| c.subject.id == "GROUP.ISIS" && c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    // Control: a passive verb's own "by" phrase is its agent, not the noun's doer.
    let y = run("The beheading of the aid worker was confirmed by British officials.");
    assert!(
        of_class(&y, "execute")
            .iter()
            .all(|c| c.subject.id != "GBR"),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_ceasefire_between_two_parties_is_made_by_both() {
    let x = run("Egyptian mediators announced a ceasefire between Israel and Hamas on Friday.");
    let found = of_class(&x, "negotiate");
    assert!(
        found.iter().any(|c| {
            let t = c.target.as_ref().map(|t| t.id.as_str());
            (c.subject.id == "ISR" && t == Some("GROUP.HAMAS"))
                || (c.subject.id == "GROUP.HAMAS" && t == Some("ISR"))
        }),
        "{:?}",
        show(&x)
    );
    // Control: a ceasefire with nobody named on either side names no parties.
    let y = run("Egyptian mediators announced a ceasefire on Friday.");
    assert!(
        of_class(&y, "negotiate")
            .iter()
            .all(|c| c.subject.id != "ISR" && c.subject.id != "GROUP.HAMAS"),
        "{:?}",
        show(&y)
    );
}

#[test]
fn capturing_on_camera_is_filming() {
    let x = run(
        "The YouTube prankster decided to give a homeless man money and capture it all \
                 on camera.",
    );
    assert!(of_class(&x, "capture").is_empty(), "{:?}", show(&x));
    let y = run(
        "The two gunmen, caught on tape by a witness, shouted as they walked outside \
                 the building.",
    );
    assert!(of_class(&y, "detain").is_empty(), "{:?}", show(&y));
    // Control: fighters capturing a town seize it.
    let w = run("Kurdish fighters captured the town of Tal Abyad on Monday.");
    assert!(!of_class(&w, "capture").is_empty(), "{:?}", show(&w));
}
