//! Issue 18 (second round): newspapers taken for people, "he" resolved to a group, non-speech
//! read as speech, and content opening with a time adverbial. Realistic news sentences written
//! for these tests.

use dossier_core::attribution::UNATTRIBUTED_ID;
use dossier_core::Sourcing;

use crate::statement_harness::{find_cue, statements};

#[test]
fn a_name_after_a_medium_noun_is_an_outlet() {
    let st = statements(
        "The Jordanian daily Al-Ghad reported that the border crossing had been closed since Tuesday. Al-Ghad said customs officers were told to turn back all lorries.",
    );
    let first = find_cue(&st, "reported").expect("reported");
    assert_eq!(first.speaker.id, "OUTLET.al-ghad", "{st:#?}");
    assert_eq!(first.sourcing, Sourcing::Outlet);
    // The bare name later in the article is the same outlet, not a person.
    let second = find_cue(&st, "said").expect("said");
    assert_eq!(second.speaker.id, "OUTLET.al-ghad", "{st:#?}");
    assert_eq!(second.sourcing, Sourcing::Outlet);
}

#[test]
fn a_capitalised_medium_word_inside_a_name_is_no_medium_noun() {
    let st = statements(
        "The New York Daily News reported that two officers had been suspended over the raid.",
    );
    let s = find_cue(&st, "reported").expect("reported");
    assert!(!s.speaker.id.ends_with(".news"), "{st:#?}");
    assert_eq!(s.sourcing, Sourcing::Outlet);
}

#[test]
fn an_outlet_quoting_a_source_relays_it() {
    let st = statements(
        "Maariv quotes a senior Egyptian official who said that the Rafah crossing would reopen next week.",
    );
    let s = find_cue(&st, "said").expect("said");
    assert!(s.speaker.id.contains("official"), "{st:#?}");
    assert_eq!(s.sourcing, Sourcing::Anonymous, "{st:#?}");
    assert_eq!(
        s.via.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(),
        ["OUTLET.maariv"],
        "{st:#?}"
    );
}

#[test]
fn he_never_resolves_to_a_plural_group() {
    let st = statements(
        "The Kurds have held the town for a month. A volunteer fighting alongside the Kurds told reporters the front line was quiet. \"Nobody has seen any women prisoners here,\" he said.",
    );
    let s = find_cue(&st, "said").expect("said");
    assert!(
        !s.speaker.id.to_lowercase().contains("kurds"),
        "he → a plural group: {st:#?}"
    );
}

#[test]
fn a_noun_believed_to_be_is_a_description() {
    let st = statements(
        "The footage shows a man believed to be in his forties standing beside a pickup truck. A woman thought to be his wife later told police she had not seen him for days.",
    );
    assert!(find_cue(&st, "believed").is_none(), "{st:#?}");
    assert!(find_cue(&st, "thought").is_none(), "{st:#?}");
    // The genuine statement in the same text is still found.
    assert!(find_cue(&st, "told").is_some(), "{st:#?}");
    // The finite form is still a belief statement.
    let st = statements("Investigators believed the fire had been started deliberately.");
    assert!(find_cue(&st, "believed").is_some(), "{st:#?}");
}

#[test]
fn the_perception_passive_is_not_part_of_the_speaker() {
    let st = statements(
        "In the recording, the gunmen can be heard vowing to take the airport by the end of the week.",
    );
    let s = find_cue(&st, "vowing").expect("vowing");
    assert_eq!(
        s.speaker.mention.as_ref().unwrap().text,
        "the gunmen",
        "{st:#?}"
    );
}

#[test]
fn think_tank_and_finding_an_audience_are_not_speech() {
    let st = statements(
        "Sarah Lane, of the think tank Chatham House, said the sanctions had failed. The rumours found a willing audience on social media.",
    );
    assert!(find_cue(&st, "think").is_none(), "{st:#?}");
    assert!(find_cue(&st, "found").is_none(), "{st:#?}");
    assert!(find_cue(&st, "said").is_some(), "{st:#?}");
    // "found that" stays a finding.
    let st = statements("The inquiry found that the pilots had ignored the warnings.");
    assert!(find_cue(&st, "found").is_some(), "{st:#?}");
}

#[test]
fn a_fact_check_label_is_no_speaker() {
    let st = statements("Claim: Twelve fighter jets were destroyed at an airbase in Crimea.\n\nThe claim spread widely on Telegram.");
    assert!(
        st.iter()
            .all(|s| !s.speaker.id.to_lowercase().contains("claim")),
        "{st:#?}"
    );
    // A real headline speaker before a colon is still read.
    let st =
        statements("Zelensky: We will not give up an inch of land\n\nThe president spoke in Kyiv.");
    assert!(
        st.iter().any(|s| s.speaker.name.contains("Zelensky")),
        "{st:#?}"
    );
}

#[test]
fn evidence_is_no_speaker() {
    let st =
        statements("The available evidence indicates that the missile was fired from the east.");
    let s = find_cue(&st, "indicates").expect("indicates");
    assert_eq!(s.speaker.id, UNATTRIBUTED_ID, "{st:#?}");
    assert_eq!(s.sourcing, Sourcing::Unattributed);
}

#[test]
fn content_starts_after_a_time_adverbial_and_that() {
    let st = statements(
        "Rebel commanders denied Sunday night that their fighters had shelled the hospital.",
    );
    let s = find_cue(&st, "denied").expect("denied");
    assert!(
        s.content.text.starts_with("their fighters"),
        "{:?}",
        s.content.text
    );
    let st = statements("The ministry confirmed on Friday that the envoy had been recalled.");
    let s = find_cue(&st, "confirmed").expect("confirmed");
    assert!(
        s.content.text.starts_with("the envoy"),
        "{:?}",
        s.content.text
    );
    // An object with no "that" keeps its words.
    let st = statements("The ministry denied the reports as baseless.");
    let s = find_cue(&st, "denied").expect("denied");
    assert!(
        s.content.text.starts_with("the reports"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn a_nationality_before_a_medium_noun_names_outlets_not_the_state() {
    let st = statements(
        "Israeli media reported that the army had called up two reserve battalions overnight. Several Iraqi news outlets claimed that the dam had been retaken by government forces.",
    );
    let israel = find_cue(&st, "reported").expect("reported");
    assert_ne!(israel.speaker.id, "ISR", "{st:#?}");
    assert!(israel.speaker.id.starts_with("UNKNOWN."), "{st:#?}");
    assert_eq!(israel.sourcing, Sourcing::Outlet);
    assert_eq!(
        israel.on_behalf_of.as_ref().map(|b| b.id.as_str()),
        Some("ISR")
    );
    let iraq = find_cue(&st, "claimed").expect("claimed");
    assert_ne!(iraq.speaker.id, "IRQ", "{st:#?}");
    assert_eq!(iraq.sourcing, Sourcing::Outlet);
    assert_eq!(
        iraq.on_behalf_of.as_ref().map(|b| b.id.as_str()),
        Some("IRQ")
    );
}

#[test]
fn a_sentence_adverb_or_the_next_noun_phrase_is_no_part_of_the_speaker() {
    let st = statements(
        "Furthermore, a Libyan government spokesman, Khaled Mansour, told Al-Wasat that the port of Derna remained closed. According to two local radio stations a convoy of armed men entered the town on Sunday night.",
    );
    let told = find_cue(&st, "told").expect("told");
    let m = told.speaker.mention.as_ref().expect("mention");
    assert!(!m.text.contains("Furthermore"), "{st:#?}");
    let acc = find_cue(&st, "According to").expect("according to");
    let m = acc.speaker.mention.as_ref().expect("mention");
    assert_eq!(m.text, "two local radio stations", "{st:#?}");
    assert!(
        acc.content.text.starts_with("a convoy of armed men"),
        "{st:#?}"
    );
    assert_eq!(acc.sourcing, Sourcing::Outlet);
}

#[test]
fn a_related_link_line_is_no_speech() {
    let st = statements(
        "The ministry said the border crossing would reopen on Monday.\n\nMORE: Flood waters close the main highway to the capital\n\nOfficials said about 300 lorries were waiting at the crossing.",
    );
    assert!(
        st.iter().all(|s| !s.content.text.contains("Flood waters")),
        "{st:#?}"
    );
    assert!(find_cue(&st, "said").is_some(), "{st:#?}");
}

#[test]
fn citing_a_lack_or_a_concern_names_no_source() {
    let st = statements(
        "Analysts doubted the ceasefire would hold, citing the lack of public statements from the militia's commanders.",
    );
    assert!(
        st.iter().all(|s| !s
            .speaker
            .mention
            .as_ref()
            .is_some_and(|m| m.text.contains("lack"))),
        "{st:#?}"
    );
}
