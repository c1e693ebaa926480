//! Issue 18, session 34, on FNC-1 train sentences read as unseen articles: an according-to
//! source keeps its whole name and description — a name of the lexicon with a lower-case word
//! ("the Committee to Protect Journalists"), a participle phrase on the source ("a blog linked
//! to Isis", "a security source quoted in AFP") — and the content starts at the clause after it.

use crate::statement_harness::{speaker_words, statements, with_cue};

#[test]
fn an_according_to_name_runs_over_its_lower_case_words() {
    // fnc-1116.
    let st = statements(
        "According to the Committee to Protect Journalists, at least 66 journalists, all but 10 \
         of them Syrian, have been killed covering the Syrian war.",
    );
    let s = with_cue(&st, "According to");
    assert_eq!(
        speaker_words(s),
        "the Committee to Protect Journalists",
        "{s:#?}"
    );
    assert!(
        s.content.text.starts_with("at least 66 journalists"),
        "{s:#?}"
    );
    // Control: a source that is no such name stops at its first word after the noun.
    let st = statements(
        "According to the ministry, troops were sent to Kirkuk to protect the oil fields.",
    );
    let s = with_cue(&st, "According to");
    assert_eq!(speaker_words(s), "the ministry", "{s:#?}");
    assert!(s.content.text.starts_with("troops were sent"), "{s:#?}");
}

#[test]
fn a_participle_phrase_on_the_source_is_no_content() {
    // fnc-271.
    let st = statements(
        "According to a blog linked to Isis, several female fighters who fought alongside the \
         Kurds have been taken prisoner, including Gill Rosenberg, a Canadian-born resident of \
         Tel Aviv.",
    );
    let s = with_cue(&st, "According to");
    assert_eq!(speaker_words(s), "a blog", "{s:#?}");
    assert!(
        s.content.text.starts_with("several female fighters"),
        "{s:#?}"
    );
    // fnc-538: the description before a quotation.
    let st = statements(
        "According to a security source quoted in AFP, \"the wife and child were taken to the \
         defense ministry headquarters in Yarze, just outside the capital Beirut.\"",
    );
    let s = with_cue(&st, "According to");
    assert_eq!(speaker_words(s), "a security source", "{s:#?}");
    assert!(s.content.text.starts_with("the wife and child"), "{s:#?}");
    // Control: a participle that opens the clause itself is content ("wounded soldiers").
    let st = statements("According to the army, wounded soldiers were flown to Baghdad on Monday.");
    let s = with_cue(&st, "According to");
    assert_eq!(speaker_words(s), "the army", "{s:#?}");
    assert!(s.content.text.starts_with("wounded soldiers"), "{s:#?}");
}

#[test]
fn a_pronoun_after_an_unnamed_person_is_not_the_possessor_named_before() {
    // fnc-1116: the prisoner speaks, not Obama, whose announcement the video shows.
    let text = "On Aug. 7, Obama authorized U.S. airstrikes to rescue stranded minorities. On \
        Monday, Obama announced that Kurdish forces had retaken a strategic dam.\n\nA masked man \
        dressed in black is shown standing in an unidentified desert \
        location beside a prisoner kneeling beside him. “Obama authorized military operations \
        against the Islamic State,” the masked man says.\n\nThe video then shows a clip of \
        Obama’s Aug. 7 announcement, followed by a statement from the prisoner.\n\n“I call on \
        my friends, family and loved ones to rise up against my real killers, the U.S. \
        government,” he says.";
    let st = statements(text);
    let s = crate::statement_harness::with_content(&st, "I call on my friends");
    assert_ne!(s.speaker.id, "PERSON.barack-obama", "{s:#?}");
    // Control (fnc-30): a person noun that describes the one named ("the daughter of …") is
    // nobody new; "She" is still Saja al-Dulaimi.
    let (evs, dump) = crate::event_harness::events(
        "Iraq's government later insisted the woman was not married to Baghdadi.\n\nIt said the \
         woman - identified as Saja al-Dulaimi - was the daughter of an active member of \
         al-Qaeda's affiliate in Syria, al-Nusra Front.\n\nShe is also thought to have been \
         detained by the Syrian authorities before being freed in March.",
    );
    assert!(
        evs.iter().any(|e| e
            .target
            .as_ref()
            .is_some_and(|t| t.id == "PERSON.saja-al-dulaimi")),
        "{dump}"
    );
    // Control: the same person as the subject of the sentence before keeps the pronoun.
    let text = "Obama announced new strikes on Aug. 7 after a meeting with a general.\n\n“We \
        will not stand by,” he said.";
    let st = statements(text);
    let s = crate::statement_harness::with_content(&st, "We will not stand by");
    assert_eq!(s.speaker.id, "PERSON.barack-obama", "{s:#?}");
}

#[test]
fn officials_with_a_modifier_after_the_noun_stay_people() {
    // fnc-2208: unnamed officials, never the state they serve.
    let st = statements(
        "Intelligence reports of the stolen jetliners were distributed within the U.S. \
         government over the past two weeks, said U.S. officials familiar with the reports.",
    );
    let s = with_cue(&st, "said");
    assert_ne!(s.speaker.id, "USA", "{s:#?}");
    assert_eq!(
        s.on_behalf_of.as_ref().map(|b| b.id.as_str()),
        Some("USA"),
        "{s:#?}"
    );
    // Control: the same officials without the modifier, as before.
    let st = statements(
        "Intelligence reports of the stolen jetliners were distributed within the U.S. \
         government over the past two weeks, said U.S. officials.",
    );
    let s = with_cue(&st, "said");
    assert_ne!(s.speaker.id, "USA", "{s:#?}");
}

#[test]
fn a_middle_initial_stays_inside_the_speaker_name() {
    // fnc-1004.
    let st = statements(
        "\"Is he estranged from them? Has he fallen out with them?\" asked Sajjan M. Gohel, the \
         international security director at the Asia Pacific Foundation.",
    );
    let s = with_cue(&st, "asked");
    assert!(speaker_words(s).starts_with("Sajjan M. Gohel"), "{s:#?}");
    // Control: a sentence that ends on a capital letter's period is no initial.
    let st = statements("The convoy reached Camp X. Officials said the road was open again.");
    let s = with_cue(&st, "said");
    assert_eq!(speaker_words(s), "Officials", "{s:#?}");
}
