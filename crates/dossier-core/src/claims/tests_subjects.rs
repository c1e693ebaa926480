//! Subjects and hedges on the real parser: whole names as participants, one-word names as the
//! document's person, identities that say something, unnamed people keyed by what the words
//! say of them, hedges on their own complement, negation never an argument. Sentences written
//! for these tests.

use super::tests_lede::{of_class, run, show};
use super::*;
use crate::model::Extraction;

#[test]
fn a_participant_is_the_whole_name_and_a_first_name_is_the_documents_person() {
    let x = run(
        "Canadian volunteer Gill Rosenberg was captured near Kobani, militant websites \
         claimed on Sunday. A friend of hers wrote that Gill is safe and far from the front.",
    );
    let capture = of_class(&x, "capture");
    let c = capture
        .first()
        .unwrap_or_else(|| panic!("no capture: {:?}", show(&x)));
    let m = c.subject.mention.as_ref().expect("a mention");
    assert!(m.text.contains("Rosenberg"), "{:?}", c.subject);
    // "Gill is safe": the one person of the document named Gill, not a stand-in "Gill".
    assert!(
        !x.claims.iter().any(|c| c.subject.id == "ENTITY.gill"),
        "{:?}",
        show(&x)
    );
}

#[test]
fn a_hyphenated_korean_name_is_one_mention() {
    let x = run(
        "South Korean lawmakers said North Korean leader Kim Jong-un was hospitalised after \
         surgery on both ankles.",
    );
    let h = of_class(&x, "hospitalise");
    let c = h
        .first()
        .unwrap_or_else(|| panic!("no hospitalisation: {:?}", show(&x)));
    assert!(c.subject.id.contains("kim-jong"), "{:?}", show(&x));
    let m = c.subject.mention.as_ref().expect("a mention");
    assert!(m.text.contains("Kim") && m.text.contains("un"), "{:?}", m);
}

#[test]
fn an_identity_of_someone_with_themselves_says_nothing() {
    let x = run(
        "Kim Yo-jong is the second-in-command of North Korea, a defector group claimed on \
         Tuesday. Analysts said Kim Yo-jong is the sister of the leader.",
    );
    assert!(
        !x.claims.iter().any(|c| c
            .target
            .as_ref()
            .is_some_and(|t| { claim_actor_id(&t.id) == claim_actor_id(&c.subject.id) })),
        "{:?}",
        show(&x)
    );
}

#[test]
fn unnamed_people_merge_across_articles_only_with_the_same_head_number_and_affiliation() {
    let a = run("Ten ISIS fighters were killed in clashes on Monday, Kurdish commanders said.");
    let b = run("Kurdish commanders said 10 ISIS fighters were killed overnight.");
    let c = run("Kurdish commanders said 12 ISIS fighters were killed overnight.");
    let d = run("Two soldiers were killed on Monday, the army said.");
    let e = run("Two soldiers were killed overnight, the army said.");
    let key = |x: &Extraction| -> DocClaim {
        of_class(x, "kill")
            .into_iter()
            .find(|c| c.subject.id.starts_with("ENTITY."))
            .unwrap_or_else(|| panic!("no killing of unnamed people: {:?}", show(x)))
            .clone()
    };
    let (ka, kb, kc) = (key(&a), key(&b), key(&c));
    assert_eq!(ka.key, kb.key, "{:?} / {:?}", ka.subject, kb.subject);
    assert!(
        ka.merge
            .as_deref()
            .is_some_and(|m| m.contains("keyed by head")),
        "{:?}",
        ka.merge
    );
    assert_ne!(ka.key, kc.key, "another number, other people");
    // No affiliation or place: two articles do not say they mean the same soldiers.
    assert_ne!(key(&d).key, key(&e).key);
}

#[test]
fn a_hedge_bears_on_its_own_complement_never_on_another_claim() {
    let x = run(
        "Militants claimed that a Jordanian air strike had killed the hostage in Raqqa. \
         A Pentagon spokesman said he could not confirm that Iraqi pilots had joined the \
         Islamic State. Officials said it is unclear whether the convoy was heading to the \
         border.",
    );
    let join = of_class(&x, "join");
    let j = join
        .first()
        .unwrap_or_else(|| panic!("no proposition from the hedge's complement: {:?}", show(&x)));
    assert_eq!(j.stance, Stance::Hedge, "{:?}", show(&x));
    assert_eq!(
        j.target.as_ref().map(|t| t.id.as_str()),
        Some("GROUP.ISIS"),
        "{:?}",
        show(&x)
    );
    // Neither the hedge nor the unclear question bears on the killing.
    for c in of_class(&x, "kill") {
        assert!(
            !c.evidence.text.contains("confirm") && !c.evidence.text.contains("unclear"),
            "{:?}",
            show(&x)
        );
    }
}

#[test]
fn negation_is_the_polarity_never_the_object() {
    let x = run(
        "Fighters of the Kurdish militia said Gill Rosenberg was never in Kobani. \
         Her family said she was never detained by Islamic State militants.",
    );
    assert!(
        !x.claims.iter().any(|c| {
            c.object
                .as_deref()
                .is_some_and(|o| matches!(o, "never" | "not" | "no"))
        }),
        "{:?}",
        show(&x)
    );
}
