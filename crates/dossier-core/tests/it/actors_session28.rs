//! Issue 18, session 28: subject continuity for "he"/"she". The subject of a clause above the
//! pronoun in its own sentence is who it stands for ("Ahmadu gave an interview in which he
//! claimed"), over a speaker of the paragraph before whose given name tells a gender. With a
//! control. Realistic news sentences written for these tests.

const ENVOY: &str = "Officials named the rebels’ envoy at the talks as Rustam Karimov.\n\n\
    Viktor Petrov, an adviser to the interior minister, told reporters on Monday that the \
    ministry had been flooded with impostors. “Nobody has yet come forward who speaks for the \
    commanders,” he said.\n\n";

#[test]
fn a_pronoun_under_its_own_sentences_subject_is_that_person() {
    // The subject of the clause above the pronoun wins over the speaker of the paragraph
    // before, though only the speaker's given name tells a gender.
    let text = format!(
        "{ENVOY}Karimov gave an interview on Friday to a Tajik radio station in which he \
         claimed to be the rebels’ chief negotiator."
    );
    let d = crate::actor_harness::doc(&text);
    assert_eq!(d.id_at("he"), Some("PERSON.viktor-petrov"), "{}", d.dump());
    assert_eq!(
        d.id_at("he#2"),
        Some("PERSON.rustam-karimov"),
        "{}",
        d.dump()
    );
    // Control: with no person as the subject above it, the speaker before goes on.
    let text = format!(
        "{ENVOY}The ministry later released a recording in which he said the convoy had been \
         searched twice."
    );
    let d = crate::actor_harness::doc(&text);
    assert_eq!(
        d.id_at("he#2"),
        Some("PERSON.viktor-petrov"),
        "{}",
        d.dump()
    );
}
