//! Issue 18, session 32, on FNC-1 train sentences: a progressive report verb ("The Mail on
//! Sunday is reporting that …"), a participle after a "that" the tagger took for a relative
//! pronoun ("that suspected terrorists have infiltrated …": no one suspects), a speaker
//! phrase the parser read as a noun described by the cue ("a senior presidential aide
//! announced on Friday that …"), two sources joined by "and" before a post-posed cue
//! ("witnesses and security sources said"), a cited reason that is no source ("citing legal
//! advice") and refusals to give what was asked ("declined to specify which …"). Each shape
//! has a control that keeps its reading.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};
use dossier_core::Stance;

#[test]
fn a_progressive_report_verb_is_a_cue() {
    // fnc-330 / fnc-1314.
    let st = statements(
        "Murdered: American journalist James Foley. Photo: AP\n\n\
         The Mail on Sunday is reporting that a \"significant force\" of SAS personnel has been \
         deployed to northern Iraq over the past two days.",
    );
    let s = with_content(&st, "SAS personnel has been deployed");
    // The speaker phrase stops before "on Sunday", read as a time.
    assert!(speaker_words(s).starts_with("The Mail"), "{s:#?}");
    // fnc-1952.
    let st = statements(
        "The Mirror is reporting that police are on a manhunt for who they believe to be a \
         man.",
    );
    let s = with_content(&st, "police are on a manhunt");
    assert_eq!(speaker_words(s), "The Mirror", "{s:#?}");
    // Control (fnc-110): the noun "reporting" reports nothing.
    let st = statements(
        "His reporting from inside the New Orleans Superdome in the immediate aftermath of \
         Hurricane Katrina won praise.",
    );
    assert!(find_cue(&st, "reporting").is_none(), "{st:#?}");
    // Controls: a reporter at work (fnc-1011) and a thing reported as an object (fnc-885)
    // report nothing.
    let st = statements(
        "Foley, 40, is a New Hampshire native. He was reporting in the Middle East when \
         abducted.",
    );
    assert!(find_cue(&st, "reporting").is_none(), "{st:#?}");
    let st = statements("On Tuesday, the OSIRIS-REx twitter feed was reporting that skepticism.");
    assert!(find_cue(&st, "reporting").is_none(), "{st:#?}");
}

#[test]
fn a_participle_after_a_that_describes_the_noun_after_it() {
    // fnc-76: "suspected" describes the terrorists; BuzzFeed News suspects nothing.
    let st = statements(
        "Moran’s statements Thursday followed allegations from two Republican lawmakers who \
         told BuzzFeed News on Wednesday that suspected terrorists have infiltrated the \
         U.S.–Mexico border and as many as 10 fighters have been captured.",
    );
    assert!(find_cue(&st, "suspected").is_none(), "{st:#?}");
    // Control: a subject before the word keeps it a verb.
    let st = statements(
        "Officials suspected that al-Shabab members had attempted to free other extremists \
         held there.",
    );
    let s = find_cue(&st, "suspected").unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(s), "Officials", "{s:#?}");
}

#[test]
fn a_person_before_a_participle_with_a_that_clause_speaks() {
    // fnc-1027: the parser read "announced" as describing "aide".
    let st = statements(
        "The chief of defence staff and a senior presidential aide announced on Friday that \
         agreement had been reached to end hostilities.",
    );
    let s = with_content(&st, "agreement had been reached");
    assert_eq!(
        speaker_words(s),
        "The chief of defence staff and a senior presidential aide",
        "{s:#?}"
    );
    // Control (fnc-206): a statement posted on a webpage that … describes the statement; it
    // says nothing.
    let st = statements(
        "Separately, Foley's family confirmed his death in a statement posted on a webpage that \
         was created to rally support for his release.",
    );
    assert!(find_cue(&st, "posted").is_none(), "{st:#?}");
}

#[test]
fn two_sources_joined_by_and_before_a_post_posed_cue_are_one_speaker() {
    // fnc-1027.
    let st = statements(
        "The army fought dozens of suspected members of Boko Haram in the town of Damboa in \
         Borno state, witnesses and security sources said.",
    );
    let s = with_content(&st, "The army fought dozens");
    assert_eq!(speaker_words(s), "witnesses and security sources", "{s:#?}");
    // Control: a clause before "and" is no part of the speaker.
    let st = statements(
        "The army retook the town on Monday and security sources said the militants had fled.",
    );
    let s = with_content(&st, "the militants had fled");
    assert_eq!(speaker_words(s), "security sources", "{s:#?}");
}

#[test]
fn a_cited_reason_is_no_source() {
    // fnc-831: the family's reason, not a source that said the family declined.
    let st = statements(
        "U.S. officials declined to comment for this report. Emwazi’s family declined a request \
         for an interview, citing legal advice.",
    );
    assert!(
        st.iter()
            .all(|s| !matches!(speaker_words(s), "legal advice" | "an interview")),
        "{st:#?}"
    );
    // fnc-1388.
    let st = statements(
        "But now, viewers have questioned its authenticity, citing a number of apparent flaws \
         in the footage, as well as the hefty profit Paler Lin has reportedly made from its \
         success.",
    );
    assert!(
        st.iter().all(|s| !speaker_words(s).starts_with("a number")),
        "{st:#?}"
    );
    // Control (fnc-493): a cited source still relays.
    let st = statements(
        "Kim Jong-un injured his ankle, the Chosun Ilbo, South Korea's largest newspaper, \
         reported on Tuesday, citing an unnamed source.",
    );
    let s = with_content(&st, "Kim Jong-un injured his ankle");
    assert!(
        speaker_words(s) == "an unnamed source"
            || s.via.iter().any(|v| v
                .mention
                .as_ref()
                .is_some_and(|m| m.text == "an unnamed source")),
        "{s:#?}"
    );
}

#[test]
fn a_refusal_to_give_what_was_asked_is_no_comment() {
    // fnc-1565.
    let st = statements(
        "Military officials declined to specify which of the former detainees has allegedly \
         been making overtures toward other militants near Qatar.",
    );
    let s = with_content(&st, "which of the former detainees");
    assert_eq!(s.stance, Stance::NoComment, "{s:#?}");
    assert_eq!(speaker_words(s), "Military officials", "{s:#?}");
    // fnc-1167: a refusal to disclose is no denial.
    let st = statements(
        "During an interview for New York magazine, Mohammed refused to disclose his exact net \
         worth, but he admitted it was in the high eight figures.",
    );
    let s = with_content(&st, "his exact net worth");
    assert_eq!(s.stance, Stance::NoComment, "{s:#?}");
    // Control (fnc-229): a source keeping its name back refuses no comment.
    let st = statements(
        "The neighbour, who declined to be named, said: 'Most people in the street eventually \
         knew what she was doing.'",
    );
    assert!(st.iter().all(|s| s.stance != Stance::NoComment), "{st:#?}");
    // Control: a refusal to act is no refusal to comment.
    let st = statements("Prosecutors declined to proceed with the case, which was dropped.");
    assert!(st.iter().all(|s| s.stance != Stance::NoComment), "{st:#?}");
}
