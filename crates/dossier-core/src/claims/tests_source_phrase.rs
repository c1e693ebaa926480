//! Session 27 (syntax helper): what claims read from session 26's parser repairs — an opening "According to X ,"
//! phrase that is now the main verb's `obl` (the proposition's evidence leaves the source out),
//! and passive subjects (`nsubj:pass`) where the parser used to leave a plain `nsubj`.
//! Sentences written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};

#[test]
fn an_opening_according_to_phrase_is_not_the_propositions_words() {
    let text = "According to the United Nations, more than 2,000 people have been killed in \
                the fighting since March.";
    let x = run(text);
    let c = of_class(&x, "kill");
    assert!(!c.is_empty(), "no killing read: {:?}", show(&x));
    for c in c {
        let ev = &c.evidence.text;
        assert!(!ev.to_lowercase().contains("according"), "{ev}");
        assert!(ev.starts_with("more than 2,000 people"), "{ev}");
        assert_eq!(
            text.chars()
                .skip(c.evidence.start)
                .take(c.evidence.end - c.evidence.start)
                .collect::<String>(),
            *ev,
            "the span is exact"
        );
    }
}

#[test]
fn a_closing_according_to_phrase_is_left_out_and_a_plain_oblique_is_kept() {
    let x = run("Two soldiers were wounded on Tuesday, according to the army.");
    let c = of_class(&x, "wound");
    assert!(!c.is_empty(), "no wounding read: {:?}", show(&x));
    assert!(
        c.iter()
            .all(|c| !c.evidence.text.contains("according")
                && c.evidence.text.ends_with("on Tuesday")),
        "{:?}",
        c.iter().map(|c| &c.evidence.text).collect::<Vec<_>>()
    );
    // Control: another oblique at the clause's edge stays in its words.
    let y = run("Two soldiers were wounded near the border on Tuesday.");
    let d = of_class(&y, "wound");
    assert!(
        !d.is_empty() && d.iter().all(|c| c.evidence.text.contains("on Tuesday")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn has_with_a_disease_is_read_as_the_verb_of_an_infection() {
    // The tagger reads "has" before a name as the perfect auxiliary; the parser's repair makes
    // it the verb (dossier-syntax repair/have_verb.rs), so the infection is read.
    let x = run("The health ministry confirmed on Friday that a nurse in Madrid has Ebola.");
    let c = of_class(&x, "infect");
    assert!(!c.is_empty(), "no infection read: {:?}", show(&x));
    assert!(c[0].subject.id.contains("nurse"), "{:?}", show(&x));
    assert_eq!(c[0].object.as_deref(), Some("ebola"), "{:?}", show(&x));
    // Control: a perfect "has" stays an auxiliary; the act is the participle's.
    let y = run("The health ministry confirmed on Friday that a nurse in Madrid has died.");
    assert!(of_class(&y, "infect").is_empty(), "{:?}", show(&y));
}
