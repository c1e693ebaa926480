//! Session 32 (issue 18): given names of world news tell a person's gender. The 1990 US census
//! behind `given_names.tsv` lacks Dmitry, Sergei or Yulia, so "she" could be given to a Russian
//! man; `data/lexicon/given_names_world.tsv` fills that gap. Sentences modelled on FNC-1 train
//! (fnc-342, a story about a Russian actor); each with a control.

use crate::actor_harness::doc;

#[test]
fn a_russian_given_name_keeps_she_off_the_man() {
    let text = "Dmitry Nikolaev, a 30-year-old actor living in Russia, had a drink with a young \
        woman who approached him at a bar in Moscow. They hit it off, and she invited him to a \
        sauna.";
    let d = doc(text);
    assert_ne!(
        d.id_at("she invited"),
        Some("PERSON.dmitry-nikolaev"),
        "{}",
        d.dump()
    );
    assert_eq!(
        d.id_at("him to a sauna"),
        Some("PERSON.dmitry-nikolaev"),
        "{}",
        d.dump()
    );
    // Control: a Russian woman's given name takes the "she".
    let d = doc(&text
        .replace("Dmitry Nikolaev", "Yulia Nikolaeva")
        .replace("30-year-old actor", "30-year-old actress")
        .replace(
            "with a young woman who approached him",
            "with a young man who approached her",
        )
        .replace("she invited him", "she invited him"));
    assert_eq!(
        d.id_at("she invited"),
        Some("PERSON.yulia-nikolaeva"),
        "{}",
        d.dump()
    );
}

#[test]
fn a_world_given_name_makes_an_unknown_name_a_person_with_a_title_apart() {
    // fnc-1743: "Investigator Sergei Molchanov said" — Sergei is a given name, so the person is
    // Sergei Molchanov, the title no part of his name.
    let text = "The meat had already been either cooked or sold, Investigator Sergei Molchanov \
        said on Tuesday. He said the café had been closed.";
    let d = doc(text);
    assert_eq!(
        d.id_at("Sergei"),
        Some("PERSON.sergei-molchanov"),
        "{}",
        d.dump()
    );
    assert_eq!(
        d.id_at("He said"),
        Some("PERSON.sergei-molchanov"),
        "{}",
        d.dump()
    );
}
