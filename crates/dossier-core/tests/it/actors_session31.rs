//! Session 31 (issue 18): a title's gender decides which holder of a surname a bare surname
//! after it names. "Ms Kim" in a story about Kim Jong Un and his sister is the sister, never
//! the leader; "Mr Kim" is still the leader. Sentences modelled on FNC-1 train reporting on
//! North Korea's leadership; each with a control.

use crate::actor_harness::doc;

#[test]
fn ms_before_a_shared_surname_names_the_woman_of_that_surname() {
    let text = "North Korean leader Kim Jong Un has not been seen in public for weeks. His \
        sister Kim Yo Jong has reportedly taken over some of his duties. A professor at \
        Waseda University said Ms Kim had taken control of the party.";
    let d = doc(text);
    assert_eq!(
        d.id_at("Kim had taken"),
        Some("PERSON.kim-yo-jong"),
        "{}",
        d.dump()
    );
    // Control: "Mr Kim" in the same story is the leader.
    let d = doc(&text.replace("Ms Kim", "Mr Kim"));
    assert_eq!(
        d.id_at("Kim had taken"),
        Some("PERSON.kim-jong-un"),
        "{}",
        d.dump()
    );
}

#[test]
fn ms_before_a_surname_only_a_man_holds_is_not_that_man() {
    let text = "North Korean leader Kim Jong Un has not been seen in public for weeks. \
        Analysts said Ms Kim had been given a new post in the Workers' Party.";
    let d = doc(text);
    assert_ne!(
        d.id_at("Kim had been"),
        Some("PERSON.kim-jong-un"),
        "{}",
        d.dump()
    );
    // Control: a bare "Kim" with no title is still the leader.
    let d = doc(&text.replace("Ms Kim", "Kim"));
    assert_eq!(
        d.id_at("Kim had been"),
        Some("PERSON.kim-jong-un"),
        "{}",
        d.dump()
    );
}

#[test]
fn a_pronoun_misread_as_a_man_does_not_keep_mr_from_naming_him() {
    // fnc-2471: the "her" of a captured fighter was resolved to the researcher quoted about
    // her, which made him a woman; "Mr Winter" must still be Charlie Winter.
    let text = "Charlie Winter, a researcher at the think tank Quilliam, said there is no hard \
        evidence that she has been taken by Isis. \"No photos of her have been circulated by \
        Isis,\" Mr Winter said.";
    let d = doc(text);
    assert_eq!(
        d.id_at("Winter said"),
        Some("PERSON.charlie-winter"),
        "{}",
        d.dump()
    );
    // Control: a title that states the other gender still rules a holder out.
    let d = doc(&text.replace("Charlie Winter,", "Ms Sarah Winter,"));
    assert_ne!(
        d.id_at("Winter said"),
        Some("PERSON.sarah-winter"),
        "{}",
        d.dump()
    );
}
