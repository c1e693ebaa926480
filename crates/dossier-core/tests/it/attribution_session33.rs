//! Issue 18, session 33, on FNC-1 train sentences: a speaker phrase headed by a word that can
//! neither speak nor hold a belief ("if you believe Gawker's latest update", "It's hard to
//! believe", "a raid … had sought to") gives no statement, while documents and people keep
//! theirs; a report that merely exists ("There have been reports that …") is a statement
//! sourced to no one, unless it is denied ("there were no indications that …"); a role in
//! apposition to an according-to source ("according to Benjamin T. Decker, an intelligence
//! analyst with …") is no content; a copular infinitive ("wish to be part of …") is an
//! intention's content. Each shape has a control that keeps its reading.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};
use dossier_core::{Sourcing, Stance};

#[test]
fn the_reader_addressed_is_no_speaker() {
    // fnc-713: "you" is the reader; nobody in the article believes anything.
    let st = statements(
        "The alleged Vogue rat problem has metastasized into a rat king, if you believe \
         Gawker's latest update.",
    );
    assert!(find_cue(&st, "believe").is_none(), "{st:#?}");
    // Control: a first-person speaker keeps the belief.
    let st = statements(
        "\"We believe that the rats are holding a party in the fashion closet,\" the editor \
         said.",
    );
    assert!(
        st.iter()
            .any(|s| s.content.text.contains("rats are holding")),
        "{st:#?}"
    );
}

#[test]
fn a_state_or_an_impersonal_predicate_is_no_speaker() {
    // fnc-228: "It's hard to believe" is the writer's comment, not a belief of "It's hard".
    let st = statements(
        "It’s hard to believe this is real, but according to the website “Injustice \
         Stories,” a woman named Lana, a self-described feminist, boasted of aborting her baby \
         because it was a boy.",
    );
    assert!(find_cue(&st, "believe").is_none(), "{st:#?}");
    // fnc-1649: the raid intended nothing; Kirby acknowledged.
    let st = statements(
        "In a statement on Thursday, Pentagon press secretary Rear Admiral John Kirby \
         acknowledged for the first time that a mysterious U.S. raid last month had sought to \
         rescue Mr Somers but that he turned out not to be at the site.",
    );
    assert!(find_cue(&st, "sought").is_none(), "{st:#?}");
    let s = with_content(&st, "raid last month had sought to rescue Mr Somers");
    assert!(speaker_words(s).contains("Kirby"), "{s:#?}");
    // Control (fnc-32 shape): a document speaks.
    let st = statements(
        "An autopsy showed that the teenager had been shot at least six times, including twice \
         in the head.",
    );
    let s = with_content(&st, "the teenager had been shot");
    assert_eq!(speaker_words(s), "An autopsy", "{s:#?}");
}

#[test]
fn a_report_that_exists_is_sourced_to_no_one() {
    // fnc-144.
    let st = statements("There have been reports that iOS 8 preferences are erasing iCloud files.");
    let s = with_content(&st, "iOS 8 preferences are erasing iCloud files");
    assert_eq!(s.sourcing, Sourcing::Unattributed, "{s:#?}");
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    assert!(!s.content.text.contains("reports"), "{s:#?}");
    // fnc-1089.
    let st =
        statements("Earlier, there were reports that shots were fired near Rideau Centre Mall.");
    let s = with_content(&st, "shots were fired near Rideau Centre Mall");
    assert_eq!(s.sourcing, Sourcing::Unattributed, "{s:#?}");
    // fnc-1362: a claim nobody is named for.
    let st = statements(
        "Some sources point to evidence that Apple is working with 12in screens, but there have \
         been claims that Quanta Computer will be building a rumoured 12-inch iPad later this \
         year.",
    );
    let s = with_content(&st, "Quanta Computer will be building");
    assert_eq!(s.sourcing, Sourcing::Unattributed, "{s:#?}");
    // Controls: a denied report (fnc-678, fnc-846) is none, and a report with a holder keeps
    // its reading.
    let st = statements(
        "The official said the targets were carefully vetted, and there were no indications in \
         advance that any hostages were located at the facilities.",
    );
    assert!(
        !st.iter()
            .any(|s| s.content.text.starts_with("any hostages were located")
                && s.sourcing == Sourcing::Unattributed),
        "{st:#?}"
    );
    let st = statements("In Mosul, there have been no reports of Ebola outbreak.");
    assert!(st.is_empty(), "{st:#?}");
    // fnc-1183: "report" tagged a noun with a subject of its own is the verb, as before.
    let st = statements(
        "\"Multiple unconfirmed sources\" report that Haines has been beheaded by ISIS.",
    );
    let s = with_content(&st, "Haines has been beheaded");
    assert_eq!(speaker_words(s), "Multiple unconfirmed sources", "{s:#?}");
    let st = statements(
        "The Pentagon dismissed reports that the hostages had been moved before the raid.",
    );
    assert!(
        !st.iter().any(|s| s.sourcing == Sourcing::Unattributed
            && s.content.text.contains("hostages had been moved")),
        "{st:#?}"
    );
}

#[test]
fn a_role_in_apposition_to_an_according_to_source_is_no_content() {
    // fnc-2053: the content is the clause after the doctor's description.
    let st = statements(
        "According to Dr. Kim So-Yeon, the former personal doctor to Kim's grandfather Kim Il \
         Sung, Kim inherited a number of health issues, including psychological problems.",
    );
    let s = with_content(&st, "Kim inherited a number of health issues");
    assert!(speaker_words(s).contains("Kim So-Yeon"), "{s:#?}");
    assert!(!s.content.text.contains("personal doctor"), "{s:#?}");
    // fnc-1807: post-posed, the description runs to the end; the content is the clause before.
    let st = statements(
        "Over the past few weeks, militants affiliated with ISIS have executed more than a dozen \
         doctors in Mosul, according to Benjamin T. Decker, an intelligence analyst with the \
         Levantine Group, a Middle East-based geopolitical risk and research consultancy.",
    );
    let s = with_content(&st, "have executed more than a dozen doctors");
    assert!(speaker_words(s).contains("Decker"), "{s:#?}");
    assert!(!s.content.text.contains("intelligence analyst"), "{s:#?}");
    // fnc-595: the rest of the source's phrase, hung on it by the parse, is no content…
    let st = statements(
        "According to a report on DeepDotWeb, Comcast customer representatives have branded \
         Tor “illegal”.",
    );
    let s = with_content(&st, "Comcast customer representatives have branded");
    assert!(!s.content.text.contains("DeepDotWeb"), "{s:#?}");
    // … but a time or place of the clause stays its content (fnc-1791).
    let st = statements(
        "According to Gawker, at Vice’s 2014 Christmas party, Smith gave $1m to Vice employees \
         as “stocking stuffers”.",
    );
    let s = with_content(&st, "Smith gave $1m");
    assert!(s.content.text.contains("Christmas party"), "{s:#?}");
    // fnc-1377: a time the parse hung on the source stays the clause's too.
    let st = statements(
        "According to British astronomer Patrick Moore, at exactly 9:47 PST AM on January 4th, \
         Pluto will pass directly behind Jupiter, in relation to Earth.",
    );
    let s = with_content(&st, "Pluto will pass directly behind Jupiter");
    assert!(s.content.text.contains("9:47"), "{s:#?}");
    // Control (fnc-149): the person after the source is the clause's subject.
    let st = statements(
        "According to CNN, an unidentified man, who has since been interviewed by the FBI, is \
         said to have managed to record the audio.",
    );
    let s = with_content(&st, "an unidentified man");
    assert_eq!(speaker_words(s), "CNN", "{s:#?}");
}

#[test]
fn a_copular_infinitive_is_an_intention_content() {
    // fnc-502: "to be part of …" is headed by "part", its "be" a copula.
    let st = statements(
        "We don't wish to be part of any media circus, we don't think it will add anything to \
         the conversation.",
    );
    let s = find_cue(&st, "wish").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(
        s.content.text.contains("part of any media circus"),
        "{s:#?}"
    );
    assert_eq!(speaker_words(s), "We", "{s:#?}");
    // Control: an act's copular infinitive is no attribution.
    let st = statements("After the accident the driver decided to be more careful on the road.");
    assert!(find_cue(&st, "decided").is_none(), "{st:#?}");
}
