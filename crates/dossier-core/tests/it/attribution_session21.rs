//! Issue 18, session 21 (attrib), from readings of FNC-1 train bodies: a "he"/"she" refers back
//! to an unnamed speaker only when its head is a noun of one person (`person_heads.tsv`) and no
//! person is named between; a name after its title in a post-posed or "according to" attribution
//! ("…, noted journalist X.", "According to Moroccan reporter X, …") is a speaker for the
//! pronouns after it. Realistic news sentences written for these tests.

use crate::statement_harness::{speaker_words, statements, with_content};

#[test]
fn a_name_after_its_title_in_a_post_posed_attribution_is_the_next_he() {
    let st = statements(
        "\"The ceasefire will not hold,\" analyst Karim Haddad told the agency.\n\nThe visit strengthens ties between the two navies, noted journalist Omar Benali.\n\n\"The exercise was planned for months,\" he added.",
    );
    let s = with_content(&st, "The exercise was planned for months");
    assert!(s.speaker.name.contains("Benali"), "{s:#?}");
}

#[test]
fn a_name_after_its_title_in_according_to_is_the_next_he() {
    let st = statements(
        "\"The border is closed,\" analyst Karim Haddad told the agency.\n\nAccording to Tunisian reporter Omar Benali, \"Smugglers still cross every night.\"\n\nThe army could have stopped them sooner, he said.",
    );
    let s = with_content(&st, "The army could have stopped them sooner");
    assert!(s.speaker.name.contains("Benali"), "{s:#?}");
}
