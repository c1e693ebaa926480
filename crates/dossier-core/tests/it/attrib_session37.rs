//! Issue 18, session 37, on FNC-1 train shapes (paraphrased): a citing phrase after a report's
//! content names its source, the reporter relays (fnc-1192); a section label over a headline
//! line is no speaker (fnc-2246, fnc-2321); an according-to source with no comma after it
//! stops before the clause's subject (fnc-782, fnc-693); a report noun that is the subject of the
//! sentence's verb holds its clause only (fnc-2022); a belief cue whose content opens with a
//! conjunction or a topic preposition holds no belief (fnc-409, fnc-82); a statement in a
//! fronted "While …" clause ends at its comma (fnc-1866). Each has a control.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};

#[test]
fn a_trailing_citing_phrase_is_the_reports_source() {
    let st = statements(
        "Although the names have not been released, Reuters is reporting that the detained \
         woman is a Syrian national named Rana Khalil, citing a senior security official.",
    );
    let s = with_content(&st, "Rana Khalil");
    assert!(speaker_words(s).contains("security official"), "{s:#?}");
    assert!(s.via.iter().any(|v| v.name.contains("Reuters")), "{s:#?}");
    // No second statement of the official over the whole sentence.
    assert!(
        st.iter()
            .all(|s| !s.content.text.contains("Reuters is reporting")),
        "{st:#?}"
    );
    // Control: a reason cited is no source; the report stays the outlet's.
    let st = statements(
        "The ministry said the border crossing would stay closed, citing security concerns.",
    );
    let s = with_content(&st, "border crossing");
    assert!(speaker_words(s).contains("ministry"), "{s:#?}");
}

#[test]
fn a_section_label_over_a_headline_is_no_speaker() {
    let text = "The gunman was shot dead inside the building.\n\nVICKERS: Guard hailed as hero of \
                the capital\n\nThe guard had served for decades.\n\nPHOTOS: Stars who got their \
                start on TV\n\nMore follows.";
    let st = statements(text);
    assert!(find_cue(&st, ":").is_none(), "{st:#?}");
    // Control: a transcript turn of a named speaker ends as a sentence does.
    let text = "Chris Wallace moderated the debate.\n\nWALLACE: Let me ask you about the economy, \
                which many voters say is their first concern.\n\nThe exchange went on.";
    let st = statements(text);
    let s = with_content(&st, "Let me ask you");
    assert!(speaker_words(s).contains("WALLACE"), "{s:#?}");
}

#[test]
fn an_according_to_source_without_a_comma_stops_at_the_subject() {
    // fnc-782, fnc-693 shapes: the source runs into the clause's subject.
    let st = statements(
        "According to his family he was in Libya at the time of his disappearance last year.",
    );
    let s = with_content(&st, "in Libya");
    assert!(s.content.text.starts_with("he was"), "{s:#?}");
    assert!(speaker_words(s).contains("family"), "{s:#?}");
    assert!(!speaker_words(s).ends_with(" he"), "{s:#?}");
    // Control: with a comma the source and content were already apart.
    let st = statements(
        "According to the state prosecutor, none of the missing villagers were among the \
         remains.",
    );
    let s = with_content(&st, "missing villagers");
    assert!(speaker_words(s).contains("prosecutor"), "{s:#?}");
}

#[test]
fn a_report_noun_subject_holds_only_its_clause() {
    let st = statements(
        "A newspaper report that the general has been admitted to hospital for heart surgery \
         has fuelled new speculation about his long absence from public view.",
    );
    let s = with_content(&st, "heart surgery");
    assert!(!s.content.text.contains("fuelled"), "{s:#?}");
    // Control: a report verb keeps its whole clause.
    let st = statements(
        "A newspaper reported that the general has been admitted to hospital and has not \
         been seen since.",
    );
    let s = with_content(&st, "admitted to hospital");
    assert!(s.content.text.contains("not been seen"), "{s:#?}");
}

#[test]
fn a_belief_cue_with_no_complement_holds_no_belief() {
    let st =
        statements("They believe, but the suspect has yet to turn himself in to the authorities.");
    assert!(find_cue(&st, "believe").is_none(), "{st:#?}");
    let st = statements(
        "Police arrested two men suspected of spying for a foreign power and searched nearby \
         homes.",
    );
    assert!(find_cue(&st, "suspected").is_none(), "{st:#?}");
    // Control: a belief with its clause stays.
    let st = statements("Officials believe at least three gunmen were involved in the attack.");
    let s = find_cue(&st, "believe").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(s.content.text.contains("three gunmen"), "{s:#?}");
}

#[test]
fn a_fronted_while_clause_ends_its_statement_at_the_comma() {
    let st = statements(
        "While police have not confirmed the man's identity, sources have told local media \
         that the main suspect was a 32-year-old former soldier.",
    );
    let s = with_content(&st, "former soldier");
    assert!(speaker_words(s).contains("sources"), "{s:#?}");
    assert!(
        s.via
            .iter()
            .all(|v| !v.name.to_lowercase().contains("police")),
        "{s:#?}"
    );
    let c = find_cue(&st, "confirmed").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(!c.content.text.contains("sources"), "{c:#?}");
    // Control: without the fronted clause the confirmation keeps its object.
    let st = statements("Police have not confirmed the man's identity.");
    let c = find_cue(&st, "confirmed").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(c.content.text.contains("identity"), "{c:#?}");
}
