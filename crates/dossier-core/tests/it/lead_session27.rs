//! Session 27, from the lead's reading of real articles: an outlet that was told something is
//! not what "it" in the telling stands for, and Amazon the company. Sentences written for these
//! tests, each with a control.

use crate::actor_harness::{actor_of, extracted as run};

#[test]
fn it_after_telling_an_outlet_is_the_teller() {
    let text =
        "The Pentagon told the Telegraph that it had not yet conducted any strikes in Syria.";
    let x = run(text);
    assert_eq!(
        actor_of(&x, text, "it had", 0).as_deref(),
        Some("USA.DOD"),
        "{:#?}",
        x.actors
    );
    // Controls: an outlet that is the subject is "it"; a state that is warned is "it".
    let text = "The Telegraph reported that it had obtained the documents from a defector.";
    let x = run(text);
    assert_eq!(
        actor_of(&x, text, "it had", 0).as_deref(),
        Some("OUTLET.TELEGRAPH"),
        "{:#?}",
        x.actors
    );
    let text = "Russia warned Ukraine that it would face consequences for the attack.";
    let x = run(text);
    assert_eq!(
        actor_of(&x, text, "it would", 0).as_deref(),
        Some("UKR"),
        "{:#?}",
        x.actors
    );
}

#[test]
fn amazon_the_company_and_the_amazon_the_forest() {
    let text = "Amazon plans to open its first store in Manhattan, the company said on Thursday.";
    let x = run(text);
    assert_eq!(
        actor_of(&x, text, "Amazon", 0).as_deref(),
        Some("ORG.AMAZON"),
        "{:#?}",
        x.actors
    );
    // Control: the river basin is no company, and no person either.
    let text = "Fires in the Amazon destroyed large areas of rainforest in Brazil last year.";
    let x = run(text);
    assert_eq!(actor_of(&x, text, "Amazon", 0), None, "{:#?}", x.actors);
}

#[test]
fn an_unnamed_person_before_an_irregular_participle_is_a_person() {
    let text = "A Japanese journalist held by militants in Syria appeared in a new video.\n\n\
                He said he was being treated well.";
    let x = run(text);
    let id = actor_of(&x, text, "A Japanese journalist", 0)
        .or_else(|| actor_of(&x, text, "Japanese journalist", 0));
    assert!(
        id.as_deref().is_some_and(|i| i.contains("journalist")),
        "{:#?}",
        x.actors
    );
    assert_eq!(actor_of(&x, text, "He said", 0), id, "{:#?}", x.actors);
    // Control: a title before a noun is no person ("an official statement").
    let text = "An official statement released by the ministry said the talks had failed.";
    let x = run(text);
    assert!(
        x.actors.iter().all(|a| !a.id.contains("official")),
        "{:#?}",
        x.actors
    );
}

#[test]
fn the_title_with_a_name_in_apposition_is_the_named_person() {
    let text = "An American aid worker held by militants in Syria was killed in an air strike, \
                the group said.\n\n\
                Officials said the aid worker, Laura Bennett, had been held since 2013.\n\n\
                The aid worker was 26.";
    let x = run(text);
    assert_eq!(
        actor_of(&x, text, "the aid worker, Laura", 0).as_deref(),
        Some("PERSON.laura-bennett"),
        "{:#?}",
        x.actors
    );
    assert_eq!(
        actor_of(&x, text, "The aid worker was", 0).as_deref(),
        Some("PERSON.laura-bennett"),
        "{:#?}",
        x.actors
    );
    // An affiliation after the name closes the apposition too.
    let text = "The militants threatened to kill another aid worker, Mark Doyle of Oxfam, \
                in the same video.";
    let x = run(text);
    assert_eq!(
        actor_of(&x, text, "Mark Doyle", 0).as_deref(),
        Some("PERSON.mark-doyle"),
        "{:#?}",
        x.actors
    );
    assert_eq!(
        actor_of(&x, text, "another aid worker", 0).as_deref(),
        Some("PERSON.mark-doyle"),
        "{:#?}",
        x.actors
    );
    // Control: with no name after it, "the aid worker" is the one named before.
    let text = "An American aid worker held by militants in Syria was killed in an air strike, \
                the group said.\n\nOfficials said the aid worker had been held since 2013.";
    let x = run(text);
    let first = actor_of(&x, text, "An American aid worker", 0)
        .or_else(|| actor_of(&x, text, "American aid worker", 0));
    assert!(first.is_some(), "{:#?}", x.actors);
    assert_eq!(
        actor_of(&x, text, "the aid worker had", 0),
        first,
        "{:#?}",
        x.actors
    );
}

#[test]
fn a_fronted_phrase_ending_in_a_title_does_not_name_the_subject() {
    let text = "The veteran broadcaster Tom Hale toured the palace gardens for a new series.\n\n\
                With the blessing of the Queen, Tom Hale spent a year filming there.";
    let x = run(text);
    assert_ne!(
        actor_of(&x, text, "the Queen", 0).as_deref(),
        Some("PERSON.tom-hale"),
        "{:#?}",
        x.actors
    );
}
