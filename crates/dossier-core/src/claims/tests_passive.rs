//! Doer-less passives on the real parser (issue 17): what happened to someone or something with
//! nobody named doing it is a proposition about the one it happened to, in a statement or in the
//! article's own voice anywhere, with its modality from "reportedly" or "is believed to"; and
//! checkable copular states ("is in custody").
//! Sentences written for these tests.

use super::tests_lede::{run, show};
use super::*;

fn claim<'a>(x: &'a Extraction, predicate: &str) -> &'a DocClaim {
    x.claims
        .iter()
        .find(|c| c.predicate == predicate)
        .unwrap_or_else(|| panic!("no {predicate}: {:?}", show(x)))
}

#[test]
fn stolen_things_are_the_subject_of_a_reported_theft() {
    let x = run(
        "Eleven commercial jets have reportedly been stolen from Tripoli's main airport. \
         The airport has been closed since July.",
    );
    let c = claim(&x, "steal:passive");
    // A thing by its object class (`objects.tsv`): "jets" and "aircraft" are one subject.
    assert_eq!(c.subject.id, "ENTITY.aircraft", "{:?}", show(&x));
    assert_eq!(
        c.stance,
        Stance::Hedge,
        "'reportedly': relayed, not vouched for"
    );
}

#[test]
fn a_doerless_passive_past_the_lede_is_the_outlets_claim() {
    let x = run(
        "Fighting resumed in northern Syria on Sunday. Aid agencies warned of shortages. \
         The road to the border has been closed for weeks. Two aid workers were kidnapped \
         near the town of Azaz on Friday.",
    );
    let c = claim(&x, "detain:passive");
    // Unnamed, keyed by head, number and the place named with them.
    assert!(
        c.subject.id.starts_with("ENTITY.worker+2+azaz"),
        "{:?}",
        show(&x)
    );
    assert_eq!(c.stance, Stance::Assert);
    assert_eq!(c.statement, None);
    // Background past the lede stays out: the closed road is no claim.
    assert!(
        !x.claims.iter().any(|c| c.predicate.starts_with("close")),
        "{:?}",
        show(&x)
    );
}

#[test]
fn a_believed_capture_is_hedged_and_about_the_captive() {
    let x = run(
        "A senior Hezbollah commander is believed to have been captured by the rebels' \
         allies near Qusayr. Two fighters were killed in the clashes.",
    );
    let kill = claim(&x, "kill:passive");
    assert!(
        kill.subject.id.starts_with("ENTITY.fighter@"),
        "{:?}",
        show(&x)
    );
    let c = x
        .claims
        .iter()
        .find(|c| c.predicate.starts_with("capture"))
        .unwrap_or_else(|| panic!("no capture: {:?}", show(&x)));
    assert_eq!(c.stance, Stance::Hedge, "{:?}", show(&x));
}

#[test]
fn a_subject_the_parser_hung_on_a_participle_is_still_the_subject() {
    let x = run(
        "Canadian engineer John Ridsdel, held hostage by Abu Sayyaf in the Philippines, was \
         killed Monday in a jungle camp, his family said.",
    );
    // The session-11 parser attaches this subject itself (the session-7 one hung it on the
    // participle, and the rescue found it): either way the subject is Ridsdel.
    let c = claim(&x, "kill:passive");
    assert_eq!(c.subject.id, "PERSON.john-ridsdel", "{:?}", show(&x));
    // It makes the opening phrase the subject of the participle set off by commas instead:
    // without the rescue the beheading has no victim.
    let y = run(
        "British aid worker David Haines, kidnapped in Syria last year, was beheaded by \
         Islamic State militants.",
    );
    let c = claim(&y, "execute");
    assert_eq!(
        c.target.as_ref().map(|t| t.id.as_str()),
        Some("PERSON.david-haines"),
        "{:?}",
        show(&y)
    );
    // Since session 22 the parser's repairs read the tree right ("David Haines" heads its
    // phrase over the title, the participle set off by commas is its `acl`), so the victim
    // comes from the tree, not the rescue; the doer stays the agent.
    assert_eq!(c.subject.id, "GROUP.ISIS", "{:?}", show(&y));
}

#[test]
fn targeted_people_are_attacked_but_fired_people_are_not() {
    let x = run("Kurdish commanders were targeted in the raid on Tuesday night, a spokesman said.");
    let c = claim(&x, "attack:passive");
    assert!(
        c.subject.id.starts_with("ENTITY.commander@"),
        "{:?}",
        show(&x)
    );
    let y = run("The deputy director was fired on Tuesday, two officials said.");
    assert!(
        !y.claims.iter().any(|c| c.predicate.starts_with("attack")),
        "dismissed, not attacked: {:?}",
        show(&y)
    );
}

#[test]
fn custody_and_hiding_are_checkable_states_a_line_of_business_is_not() {
    let x = run(
        "The suspect is in custody, police said on Monday. The former minister is in hiding, \
         his lawyer said. The militia is in the business of smuggling fuel, critics say.",
    );
    let states: Vec<&str> = x
        .claims
        .iter()
        .filter(|c| c.predicate == "be in")
        .filter_map(|c| c.object.as_deref())
        .collect();
    assert!(states.contains(&"custody"), "{:?}", show(&x));
    assert!(states.contains(&"hiding"), "{:?}", show(&x));
    assert!(
        !states.iter().any(|s| s.contains("business")),
        "{:?}",
        show(&x)
    );
}

#[test]
fn unnamed_people_are_never_merged_across_documents_named_people_are() {
    let a = run(
        "Two soldiers were killed near Kandahar on Sunday. Aid worker Ann Lee was killed \
                 in the same attack, officials said.",
    );
    let b = run(
        "Two soldiers were killed in a roadside bombing in Mali. Aid worker Ann Lee was \
                 killed last month, her family said.",
    );
    let key = |x: &Extraction, subject: &str| -> String {
        x.claims
            .iter()
            .find(|c| c.predicate == "kill:passive" && c.subject.id.contains(subject))
            .unwrap_or_else(|| panic!("no killing of {subject}: {:?}", show(x)))
            .key
            .clone()
    };
    assert_ne!(
        key(&a, "soldier"),
        key(&b, "soldier"),
        "two articles, other soldiers"
    );
    assert_eq!(key(&a, "lee"), key(&b, "lee"), "the same named person");
}
