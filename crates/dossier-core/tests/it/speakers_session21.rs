//! Issue 18, session 21 (lead), from a reading of unseen FNC-1 bodies: "he" after a sentence
//! that tells of another man (its subject) and quotes no one goes on with that man, not with the
//! speaker quoted before him; a sentence with a speaker in it keeps its speaker for the "he"
//! after it. Realistic news paragraphs written for these tests.

use crate::statement_harness::{statements, with_content};

#[test]
fn he_after_a_sentence_about_another_man_is_that_man() {
    let st = statements(
        "The Pentagon said Ahmed Abdi Godane, the leader of al-Shabaab, was killed in a US strike \
         on Monday.\n\n\
         The commander of the AU in Somalia has said the death of Godane would be a \"great day \
         for the whole region\".\n\n\
         Godane, who has a love of poetry, seized world attention last year with the siege of a \
         shopping mall in Nairobi, which left 67 people dead. He warned Kenya that it would suffer \
         more attacks unless it pulled its troops out of Somalia.",
    );
    let warned = with_content(&st, "would suffer more attacks");
    assert_eq!(warned.speaker.id, "PERSON.ahmed-abdi-godane", "{warned:#?}");
}

#[test]
fn he_after_a_sentence_with_a_speaker_is_still_that_speaker() {
    // Control: the sentence before names another man but quotes the police chief, who goes
    // on speaking.
    let st = statements(
        "Police Commissioner Bob Paulson said the gunman had applied for a passport.\n\n\
         However, the gunman Michael Zehaf Bibeau was linked to a known extremist, Paulson said. \
         He said the gunman's email was found on the extremist's hard drive.",
    );
    let said = with_content(&st, "email was found");
    assert_eq!(said.speaker.id, "PERSON.bob-paulson", "{said:#?}");
}
