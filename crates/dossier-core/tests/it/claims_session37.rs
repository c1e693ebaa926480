//! Session 37 (issue 17, central propositions): shapes read on FNC-1 train bodies (none from the
//! gold set's articles), each with a control that the reading beside it stays as it was.
//!
//! - A resultative states its result: "shot the gunman dead", "shot dead Zehaf-Bibeau", "was
//!   shot to death" kill (`shot dead`, `shot to death` in `data/claims/predicates.tsv`, read by
//!   `claims/verb_fit.rs::resultative`); the object is the phrase before "dead", never "dead".
//!   "Shot" alone still wounds.

use super::claims_session35::{of_class, run, show};

#[test]
fn shot_the_gunman_dead_is_a_killing_of_the_gunman() {
    // fnc-1631, fnc-1866: "Kevin Vickers shot one gunman dead" gave no claim or a wounding.
    let x = run(
        "Canada's public safety minister told reporters that the sergeant-at-arms, Kevin \
         Vickers, shot the gunman dead inside the building.",
    );
    let kills = of_class(&x, "kill");
    assert!(
        kills.iter().any(|c| c.subject.name.contains("Vickers")
            && c.object.as_deref().is_none_or(|o| o != "dead")),
        "{:#?}",
        show(&x)
    );
    assert!(of_class(&x, "wound").is_empty(), "{:#?}", show(&x));
    // Control: shot with no result wounds.
    let y = run(
        "Canada's public safety minister told reporters that the sergeant-at-arms, Kevin \
         Vickers, shot the gunman inside the building.",
    );
    assert!(of_class(&y, "kill").is_empty(), "{:#?}", show(&y));
}

#[test]
fn shot_dead_before_the_name_and_shot_to_death_kill() {
    // fnc-502: "he shot dead Zehaf-Bibeau" was read as a wounding.
    let x = run("Police said Kevin Vickers shot dead Michael Zehaf-Bibeau in the hallway.");
    assert!(
        of_class(&x, "kill")
            .iter()
            .any(|c| c.subject.name.contains("Vickers")
                && c.target.as_ref().is_some_and(|t| t.name.contains("Zehaf"))),
        "{:#?}",
        show(&x)
    );
    assert!(of_class(&x, "wound").is_empty(), "{:#?}", show(&x));
    // fnc-2214: "A Canadian soldier … was shot to death Wednesday" was a wounding.
    let y =
        run("Police said a Canadian soldier was shot to death at the war memorial on Wednesday.");
    assert!(!of_class(&y, "kill").is_empty(), "{:#?}", show(&y));
    assert!(of_class(&y, "wound").is_empty(), "{:#?}", show(&y));
}
