//! Identity propositions on the real parser (`identity.rs`): who someone is, across wordings,
//! denied, and the verbs of the class that name no one. Sentences written for these tests.

use super::tests_lede::{run, show};
use super::*;

fn identities(x: &Extraction) -> Vec<&DocClaim> {
    x.claims
        .iter()
        .filter(|c| c.predicate == identity::IDENTIFY)
        .collect()
}

#[test]
fn identified_as_named_as_and_a_copula_are_one_identity_claim() {
    let a = run(
        "Jihadi John has been identified as Mohammed Emwazi, a British man from West \
                 London, the Washington Post reported.",
    );
    let b = run("British media on Thursday identified Jihadi John as Mohammed Emwazi.");
    let c = run("Mohammed Emwazi is Jihadi John, a former classmate told reporters.");
    let key = |x: &Extraction| {
        let ids = identities(x);
        assert_eq!(ids.len(), 1, "one identity: {:?}", show(x));
        let c = ids[0];
        let pair = [
            c.subject.id.as_str(),
            c.target.as_ref().unwrap().id.as_str(),
        ];
        assert!(pair.contains(&"PERSON.jihadi-john"), "{:?}", show(x));
        assert!(pair.contains(&"PERSON.mohammed-emwazi"), "{:?}", show(x));
        c.key.clone()
    };
    assert_eq!(key(&a), key(&b), "'identified as' in both voices");
    assert_eq!(
        key(&a),
        key(&c),
        "a copula between the two names, either order"
    );
}

#[test]
fn police_naming_the_gunman_identifies_him() {
    let x = run("Police named the gunman as Michael Zehaf-Bibeau, a 32-year-old Canadian.");
    let ids = identities(&x);
    assert_eq!(ids.len(), 1, "{:?}", show(&x));
    assert_eq!(
        ids[0].target.as_ref().unwrap().id,
        "PERSON.michael-zehaf-bibeau"
    );
    // The gunman is a described person of this document only.
    assert!(
        ids[0].subject.id.starts_with("ENTITY.gunman@"),
        "{:?}",
        show(&x)
    );
}

#[test]
fn a_described_person_is_the_documents_alias_and_a_denial_negates_it() {
    let x = run(
        "The British militant known as Jihadi John has been identified, officials \
                 said. The man is Mohammed Emwazi, a graduate from West London. His lawyer said \
                 Mohammed Emwazi is not the man in the video.",
    );
    let ids = identities(&x);
    assert!(!ids.is_empty(), "{:?}", show(&x));
    for c in &ids {
        assert_eq!(c.subject.id, "PERSON.jihadi-john", "{:?}", show(&x));
        assert_eq!(c.target.as_ref().unwrap().id, "PERSON.mohammed-emwazi");
    }
    assert!(
        ids.iter().any(|c| c.stance == Stance::Assert),
        "the lede asserts it: {:?}",
        show(&x)
    );
    let denial = ids
        .iter()
        .find(|c| c.polarity == Some(Polarity::Negative))
        .unwrap_or_else(|| panic!("the lawyer's denial: {:?}", show(&x)));
    assert_eq!(denial.stance, Stance::Deny);
    assert_eq!(denial.key, ids[0].key, "one claim, asserted and denied");
}

#[test]
fn verbs_of_the_class_without_a_name_are_no_identity() {
    for text in [
        "Police identified three suspects on Tuesday.",
        "Kerry named Smith as the new envoy to the region.",
        "The group named its new leader last week.",
        "He is from London, his mother said.",
    ] {
        let x = run(text);
        assert!(identities(&x).is_empty(), "{text}: {:?}", show(&x));
    }
}

#[test]
fn a_name_identified_as_a_described_person_is_that_persons_identity() {
    for (text, name) in [
        (
            "Aaron Driver has been identified as the suspect in the Strathroy taxi attack.",
            "PERSON.aaron-driver",
        ),
        (
            "Omar Mateen was identified as the gunman in the Orlando nightclub attack, police \
             said.",
            "PERSON.omar-mateen",
        ),
    ] {
        let x = run(text);
        let ids = identities(&x);
        assert_eq!(ids.len(), 1, "{:?}", show(&x));
        assert_eq!(
            ids[0].target.as_ref().map(|t| t.id.as_str()),
            Some(name),
            "{:?}",
            show(&x)
        );
        assert!(ids[0].subject.id.starts_with("ENTITY."), "{:?}", show(&x));
    }
}

#[test]
fn a_name_identified_as_the_killer_of_a_titled_victim_is_not_the_victim() {
    // Since the title repair the victim's name heads "of American aid worker Peter Kassig":
    // the victim is whose killer he is, never the identified man's name.
    let x = run(
        "Police say British man Omar Hussain has been identified as the killer of \
                 American aid worker Peter Kassig.",
    );
    let ids = identities(&x);
    assert_eq!(ids.len(), 1, "{:?}", show(&x));
    assert_eq!(
        ids[0].target.as_ref().map(|t| t.id.as_str()),
        Some("PERSON.omar-hussain"),
        "{:?}",
        show(&x)
    );
    assert!(!ids[0].subject.id.contains("kassig"), "{:?}", show(&x));
}
