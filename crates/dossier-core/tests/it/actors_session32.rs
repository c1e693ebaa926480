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
        ));
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

#[test]
fn a_pronoun_under_a_clause_whose_subject_is_no_one_it_can_be_is_that_clauses_object() {
    // fnc-502: the officials are no "he", so the man they chased is, not Vickers above them
    // (Hobbs's walk up the tree: the first clause with a subject before the pronoun decides).
    let text = "Riveting video: Kevin Vickers led the way as officials chased down terrorist \
        Michael Zehaf-Bibeau on Wednesday after he murdered reservist Nathan Cirillo and \
        entered the House of Commons building.";
    let d = doc(text);
    assert_eq!(
        d.id_at("he murdered"),
        Some("PERSON.michael-zehaf-bibeau"),
        "{}",
        d.dump()
    );
    // Control: with a person as that clause's subject, the subject is who "he" is.
    let d = doc(&text.replace("as officials chased", "as Stephen Harper watched"));
    assert_ne!(
        d.id_at("he murdered"),
        Some("PERSON.michael-zehaf-bibeau"),
        "{}",
        d.dump()
    );
}

#[test]
fn a_named_subject_no_actor_covers_keeps_the_object_from_the_pronoun() {
    // fnc-367: "Dr. Welat … told Guney Yildiz … that he suspected": the doctor speaks of what
    // he suspected; the journalist he told is not "he".
    let text = "Dr. Welat, one of four doctors in Kobane told Guney Yildiz, a journalist at BBC \
        World that he suspected the chemical attack was either chlorine gas or phosphorous \
        shells.";
    let d = doc(text);
    assert_ne!(
        d.id_at("he suspected"),
        Some("PERSON.guney-yildiz"),
        "{}",
        d.dump()
    );
}

#[test]
fn a_conjoined_clause_keeps_the_subject_of_the_first() {
    // fnc-1167: "Mohammed refused …, but he admitted …": he is Mohammed Islam.
    let text = "Mohammed Islam, from Queens, New York, has made millions trading stocks. \
        During an interview for the magazine's 10th annual 'Reasons to Love New York issue', \
        Mohammed refused to disclose his exact net worth, but he admitted it was in 'the high \
        eight figures'.";
    let d = doc(text);
    assert_eq!(
        d.id_at("he admitted"),
        Some("PERSON.mohammed-islam"),
        "{}",
        d.dump()
    );
    // The same words as a photo caption, "School: During an interview …": the parser gives
    // "refused" two subjects ("School" and "Mohammed"); the fitting one still decides.
    let caption = text.replace(
        "During an interview for the magazine's 10th annual 'Reasons to \
        Love New York issue',",
        "School: During an interview for New York magazine,",
    );
    let d = doc(&caption);
    assert!(caption.contains("School: During"), "{caption}");
    assert_eq!(
        d.id_at("he admitted"),
        Some("PERSON.mohammed-islam"),
        "{}",
        d.dump()
    );
}

#[test]
fn it_after_a_subordinating_conjunction_is_the_subject_of_its_clause() {
    // fnc-1256: "unless it withdrew its troops" — "it" opens the clause after "unless", so it
    // is resolved (Kenya); the conjunctions are the `subordinator` class of `words.tsv`.
    let text = "Godane seized world attention a year ago with the Westgate mall attack in \
        Nairobi. He warned Kenya that it would suffer further atrocities unless it withdrew its \
        troops from the AU force in Somalia.";
    let d = doc(text);
    assert_eq!(d.id_at("it withdrew"), Some("KEN"), "{}", d.dump());
    // Control: "it" as the object of a preposition opens no clause and stays unresolved.
    let d = doc(&text.replace(
        "unless it withdrew its troops from the AU force in Somalia",
        "in spite of it",
    ));
    assert_eq!(d.id_at("it."), None, "{}", d.dump());
}
