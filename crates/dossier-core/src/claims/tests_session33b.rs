//! Session 33, round 2 (issue 17, propositions from every statement): a truce agreed with no
//! partner named is still an agreement (`agreednoun:negotiate` in frames.tsv), a truce broken
//! or violated is a `breach` (`actobj:break`: other objects keep the verb's own sense).
//! Sentences from FNC-1 train bodies (none from the gold set's heldout articles), each with a
//! control.

use super::tests_lede::{of_class, run, show};

#[test]
fn a_ceasefire_agreed_with_no_partner_named_is_an_agreement() {
    // fnc-520
    let x = run(
        "The Islamist militant group Boko Haram has agreed to a ceasefire and the release of \
         more than 200 kidnapped school girls, according to Nigerian officials.",
    );
    assert!(
        of_class(&x, "negotiate")
            .iter()
            .any(|c| c.subject.id == "GROUP.BOKOHARAM" && c.object.as_deref() == Some("ceasefire")),
        "Boko Haram agreed to a ceasefire: {:?}",
        show(&x)
    );
    // Control: agreeing to something else with no one on the other side states no agreement.
    let y = run("Boko Haram has agreed to the release of more than 200 kidnapped school girls, officials said.");
    assert!(of_class(&y, "negotiate").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_ceasefire_broken_is_a_breach_and_a_broken_ankle_is_not() {
    // fnc-227
    let x = run(
        "\"We were jubilating. We had every reason to be happy ... but since then the ceasefire \
         has been broken in quite a number of places already,\" Lawan Abana, a parent of one of \
         the missing girls, told Reuters by telephone.",
    );
    assert!(
        of_class(&x, "breach")
            .iter()
            .any(|c| c.predicate == "breach:passive" && c.subject.id == "ENTITY.ceasefire"),
        "the ceasefire was broken: {:?}",
        show(&x)
    );
    // Controls (fnc-856, fnc-2081): the verb's own sense stays as it was.
    let y = run(
        "Kim Jong-un has broken both of his ankles and is now in the hospital after undergoing \
         surgery, a report in a South Korean newspaper claims.",
    );
    assert!(of_class(&y, "breach").is_empty(), "{:?}", show(&y));
    assert!(
        y.claims.iter().any(|c| c.predicate == "break"),
        "the ankles stay broken: {:?}",
        show(&y)
    );
    let z = run("The United States said Russia violated a 1987 treaty that bans all U.S. and Russian missiles of intermediate range.");
    assert!(of_class(&z, "breach").is_empty(), "{:?}", show(&z));
    // Control (fnc-2374): an act noun's passive is no attack on its doer.
    let w = run(
        "Kirby said on Tuesday that the U.S. strike was conducted south of Mogadishu and that \
         it had destroyed the vehicle that was targeted.",
    );
    assert!(
        w.claims
            .iter()
            .all(|c| !(c.predicate == "attack:passive" && c.subject.id == "USA")),
        "{:?}",
        show(&w)
    );
}
