//! Issue 18, session 29: a pronoun is not the person its own clause names as object ("…,
//! suggesting he might consider Walsh as a running mate": "he" is not Walsh), with a control
//! where the object names someone else. Realistic news sentences written for these tests.

#[test]
fn a_pronoun_is_not_the_person_its_own_clause_names_as_object() {
    let text = "Mayor Carl Benson welcomed the news that Senator Tom Walsh would withdraw, \
                suggesting he might consider Walsh as a running mate, local radio reported.";
    let d = crate::actor_harness::doc(text);
    assert_eq!(d.id_at("he"), Some("PERSON.carl-benson"), "{}", d.dump());
    // Control: a subject above the pronoun whose clause names someone else stays its antecedent.
    let text = "Senator Tom Walsh gave an interview on Friday in which he praised Mayor Carl \
                Benson.";
    let d = crate::actor_harness::doc(text);
    assert_eq!(d.id_at("he"), Some("PERSON.tom-walsh"), "{}", d.dump());
}
