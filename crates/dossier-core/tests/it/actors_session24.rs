//! Session 24, from a reading of unseen FNC-1 bodies: a known government body's name that runs
//! on into a longer capitalised name ("the Ohio Department of State Health Services") is that
//! longer body, not the one the lexicon knows. Sentences written for these tests.

use crate::actor_harness::*;

#[test]
fn a_body_name_inside_a_longer_name_is_the_longer_body() {
    let d = doc(
        "The Ohio Department of State Health Services said on Tuesday the nurse had shown no \
         symptoms.",
    );
    let id = d.id_at("Department").expect("an actor at 'Department'");
    assert_ne!(id, "USA.STATE", "{:?}", d.dump());
    assert!(id.starts_with("ORG."), "{id} {:?}", d.dump());
    // Control: the State Department itself, followed by a title and a name, stays itself.
    let e = doc("State Department spokeswoman Jen Psaki said the talks would resume.");
    assert_eq!(e.id_at("State"), Some("USA.STATE"), "{:?}", e.dump());
    // Control: followed by a lower-case word, the body stays itself.
    let f = doc("The Department of State said on Monday that the embassy would reopen.");
    assert_eq!(f.id_at("Department"), Some("USA.STATE"), "{:?}", f.dump());
}
