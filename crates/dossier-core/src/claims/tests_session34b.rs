//! Session 34, round 2 (issue 17, claims asserted under a frame that undercuts them): what a
//! source the article calls a hoax, a rumor or fake says is relayed, not vouched for ("According
//! to the latest Macaulay Culkin death hoax, he was found dead": `falsesource` in frames.tsv), and
//! "It's implausible … to have 10 ISIS fighters arrested" opens an extraposed clause, no pointer
//! back at the claim before it (`extraposed`). Sentences from FNC-1 train bodies (none from the
//! gold set's articles), each with a control.

use super::tests_lede::{run, show};
use crate::model::Stance;

#[test]
fn an_implausible_clause_is_no_pointer_back_at_the_claim_before_it() {
    // fnc-855: "It's implausible … to have …" opens an extraposed clause; it no longer points
    // back at Hunter's claim of the sentence before, which the expert does not assert.
    let x = run(
        "Hunter said 10 ISIS fighters were arrested at the border. \"It’s implausible given the \
         way the criminal-justice system works to have 10 ISIS fighters arrested at the border \
         and never charged,\" said Daveed Gartenstein-Ross, director of the Center for the \
         Study of Terrorist Radicalization.",
    );
    let expert = x
        .statements
        .iter()
        .find(|s| s.content.text.contains("implausible"))
        .map(|s| s.id.clone());
    assert!(expert.is_some(), "{:?}", x.statements);
    assert!(
        !x.claims
            .iter()
            .any(|c| c.statement == expert && c.stance == Stance::Assert),
        "the expert asserts no arrest: {:?}",
        show(&x)
    );
    // Control: Hunter's own claim stays his assertion.
    assert!(
        x.claims.iter().any(|c| c.predicate == "detain:passive"
            && c.stance == Stance::Assert
            && c.statement != expert),
        "{:?}",
        show(&x)
    );
}

#[test]
fn what_a_hoax_says_is_relayed_not_vouched_for() {
    // fnc-1559
    let x = run(
        "According to the latest Macaulay Culkin death hoax, he was found dead in his \
         Manhattan apartment. Facebook and Twitter users quickly bought in.",
    );
    let dead: Vec<_> = x
        .claims
        .iter()
        .filter(|c| c.evidence.text.contains("found dead"))
        .collect();
    assert!(
        !dead.is_empty() && dead.iter().all(|c| c.stance == Stance::Hedge),
        "the hoax's death is no assertion: {:?}",
        show(&x)
    );
    // fnc-1929: "A hoax report claimed …".
    let z =
        run("A hoax report claimed that 'dog whisperer' Cesar Millan had died of heart attack.");
    assert!(
        z.claims
            .iter()
            .any(|c| c.predicate == "die" && c.stance == Stance::Hedge)
            && !z
                .claims
                .iter()
                .any(|c| c.predicate == "die" && c.stance == Stance::Assert),
        "{:?}",
        show(&z)
    );
    // Control: the same death according to a newspaper stays asserted.
    let y = run(
        "According to the New York Post, Macaulay Culkin was found dead in his Manhattan \
         apartment. Facebook and Twitter users quickly bought in.",
    );
    assert!(
        y.claims
            .iter()
            .any(|c| c.evidence.text.contains("found dead") && c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_rumor_as_source_bears_on_no_earlier_claim() {
    // fnc-856: "Some rumors indicated …" hedges what the rumors state, and is no "cannot
    // confirm" pointing back at the claim before it (the speculation the absence fuelled).
    let x = run(
        "The North Korean leader has been missing for more than three weeks, fueling \
         speculation about what could cause his unusual disappearance from the public eye. Some \
         rumors indicated that he was suffering from gout, others speculated it was a sign of \
         some sort of internal struggle within the secretive North Korean regime.",
    );
    let rumors: Vec<_> = x
        .statements
        .iter()
        .filter(|s| {
            s.speaker
                .mention
                .as_ref()
                .is_some_and(|m| m.text.contains("rumors"))
        })
        .map(|s| Some(s.id.clone()))
        .collect();
    assert!(!rumors.is_empty(), "{:?}", x.statements);
    assert!(
        !x.claims
            .iter()
            .any(|c| c.predicate == "fuel" && rumors.contains(&c.statement)),
        "the rumors say nothing of the speculation: {:?}",
        show(&x)
    );
}
