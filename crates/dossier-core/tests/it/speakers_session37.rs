//! Session 37 (issue 18): who said it, on FNC-1 train news. A role with a name in apposition
//! whose title is abbreviated ("The Pentagon's press secretary, Navy Rear Adm. John Kirby,
//! announced", fnc-226, fnc-427), an official named by title in one sentence and by name in the
//! next ("Lebanon's interior minister said … Nohad Machnouk also says", fnc-194), "it" doing
//! something in the progressive ("It is seeking to establish a caliphate", fnc-1645) and a
//! "they" with unnamed forces nearer than the actor named before it (fnc-1010). Each with a
//! control.

use crate::actor_harness::check;
use crate::statement_harness::{speaker_words, statements, with_cue};
use dossier_core::model::Sourcing;

#[test]
fn a_role_then_a_name_with_an_abbreviated_title_is_the_named_person() {
    // fnc-226, fnc-2374: the press secretary is Kirby.
    let st = statements(
        "The Pentagon's press secretary, Navy Rear Adm. John Kirby, announced the death in a \
        brief written statement on Friday.",
    );
    let s = with_cue(&st, "announced");
    assert_eq!(s.speaker.id, "PERSON.john-kirby", "{s:#?}");
    assert_eq!(s.sourcing, Sourcing::Named);
    // fnc-427: after a quotation, the same apposition.
    let st = statements(
        "“We have confirmed that the co-founder of the group has been killed,” the Pentagon \
        press secretary, Rear Adm. John Kirby, said in a statement.",
    );
    assert_eq!(with_cue(&st, "said").speaker.id, "PERSON.john-kirby");
    // Control: a segment that is no name (a time and place) leaves the role the speaker.
    let st =
        statements("Iraq's foreign minister, in Washington on Monday, said the talks had stalled.");
    let s = with_cue(&st, "said");
    assert!(speaker_words(s).contains("foreign minister"), "{s:#?}");
}

#[test]
fn an_office_named_in_the_next_sentence_is_that_person() {
    // fnc-194: the minister is Machnouk.
    let text = "BEIRUT: Lebanon's interior minister said that DNA tests have confirmed that a \
        child held by authorities is the daughter of the group's leader.\n\nNohad Machnouk \
        also says that the child's mother, who is also in custody, was married to the leader \
        six years ago.";
    let st = statements(text);
    let s = with_cue(&st, "said");
    assert_eq!(s.speaker.id, "PERSON.nohad-machnouk", "{s:#?}");
    assert_eq!(speaker_words(s), "Lebanon's interior minister");
    assert_eq!(s.sourcing, Sourcing::Named);
    // Control: the next sentence names someone with a post of their own; the minister stays
    // unnamed.
    let control = "BEIRUT: Lebanon's interior minister said that DNA tests have confirmed \
        that a child held by authorities is the daughter of the group's leader.\n\nWalid \
        Haddad, a lawyer for the family, said the mother had not been charged.";
    let st = statements(control);
    let s = with_cue(&st, "said");
    assert!(s.speaker.id.starts_with("UNKNOWN."), "{s:#?}");
}

#[test]
fn it_in_the_progressive_is_the_group_named_before() {
    // fnc-1645.
    let text = "ISIS has emerged as a major new threat in the Middle East this year after \
        adding a large portion of northern Iraq to its holdings in Syria. It is seeking to \
        establish a new Islamic caliphate as a challenge to existing governments in the region.";
    check(&[(text, &[("It is", "GROUP.ISIS")])]);
    // Control: "it is becoming clear" is expletive.
    let control = "ISIS has emerged as a major new threat in the Middle East this year. It is \
        becoming clear that the group will not stop at the border.";
    check(&[(control, &[("It is", "-")])]);
}

#[test]
fn they_with_unnamed_forces_nearer_than_the_actor_stays_unresolved() {
    // fnc-1010: "they" are the Kurdish forces, not the Pentagon.
    let text = "According to Pentagon Press Secretary Rear Adm. John Kirby, the majority of \
        supplies were safely delivered to Kurdish forces, which have been supported by a \
        U.S.-led coalition as they defend the town.";
    check(&[(text, &[("they defend", "-")])]);
    // Control: with no one between, "they" are the militants' group named before.
    let control = "The Houthis seized the airport on Sunday before they took the port.";
    check(&[(control, &[("they took", "GROUP.HOUTHIS")])]);
}
