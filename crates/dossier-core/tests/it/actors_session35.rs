//! Session 35 (issues 18 and 17): speakers and participants on real FNC-1 train news. A "he"
//! that goes on with an unnamed person ("the prisoner … he says. He asks …", fnc-1116), a title
//! held by someone named before ("identified as Deputy Director", fnc-2470) that is no unnamed
//! person, and names typed or cut wrong: a hyphenated given name holding a lexicon name
//! ("Abdel-Fatah al-Sisi", fnc-2208), a title word as a surname ("Adrienne Mayor", fnc-1127),
//! Arabic names of armed groups ("Ansar al Sharia", "Jaish al Muhajireen"), "Dawn of Libya",
//! "KFC". Each with a control.

use crate::actor_harness::{check, doc};
use dossier_core::model::ActorKind;

#[test]
fn a_pronoun_goes_on_with_the_unnamed_person_the_pronoun_before_stood_for() {
    // fnc-1116: the prisoner speaks and asks; Obama was named before him, inside a
    // possessive, and is not mentioned again.
    let text = "The video then shows a clip of Obama’s Aug. 7 announcement, followed by a \
        statement from the prisoner.\n\n“I call on my friends, family and loved ones to rise up \
        against my real killers, the U.S. government, for what will happen to me is only a \
        result of their complacent criminality,” he says. He asks his parents not to accept \
        “any meager compensation from the same people who effectively hit the last nail in my \
        coffin with the recent aerial campaign in Iraq.”";
    check(&[(
        text,
        &[("Obama", "PERSON.barack-obama"), ("he", "-"), ("He", "-")],
    )]);
    // Control: Obama named again, as the subject of the sentence between, is who "He" is.
    let control = "The video then shows a clip of Obama’s Aug. 7 announcement, followed by a \
        statement from the prisoner.\n\n“I call on my friends to rise up against my real \
        killers,” he says. Obama was briefed on the video aboard Air Force One. He asked his \
        aides for more information.";
    check(&[(control, &[("he", "-"), ("He", "PERSON.barack-obama")])]);
}

#[test]
fn a_title_held_by_someone_named_is_no_unnamed_person_before_a_pronoun() {
    // fnc-2470: "Deputy Director" is Kim Yo-jong's title; "His" is her brother Kim Jong Un.
    let text = "It was the first time in three years, Kim hadn't attended the event amid \
        reports his sister has taken over leadership as he recovers from a leg injury\n\n\
        North Korean dictator Kim Jong Un's sister Kim Yo-jong (left), who has already been \
        identified as Deputy Director of the Workers' Party, has reportedly taken leadership \
        while her brother recovers from a leg injury\n\nHis absence comes as speculation mounts \
        that his sister, Kim Yo-jong, 24, has taken over the leadership.";
    check(&[(text, &[("His", "PERSON.kim-jong-un")])]);
    // Control (fnc-1116): "the prisoner", an unnamed person after Obama's possessive, still
    // keeps "he" from Obama.
    let control = "The video then shows a clip of Obama’s Aug. 7 announcement, followed by a \
        statement from the prisoner.\n\n“I wish I had more time,” he says.";
    check(&[(control, &[("he", "-")])]);
}

#[test]
fn a_hyphenated_given_name_holding_a_lexicon_name_is_part_of_a_person() {
    // fnc-2208.
    let d = doc(
        "Egyptian President Abdel-Fatah al-Sisi was quoted as denying Egyptian air \
        strikes into Libya have taken place but suggested that military action is being \
        considered.",
    );
    assert!(!d.ids().contains(&"GROUP.FATAH"), "{}", d.dump());
    let id = d.id_at("Abdel-Fatah").unwrap_or_default();
    assert!(id.starts_with("PERSON."), "{id}: {}", d.dump());
    assert_eq!(d.mention_text("Abdel-Fatah"), Some("Abdel-Fatah al-Sisi"));
    // Control: Fatah on its own, and at the head of a hyphenated pair, is the movement.
    check(&[
        (
            "Hamas and Fatah signed a reconciliation agreement in Cairo on Thursday.",
            &[("Fatah", "GROUP.FATAH")],
        ),
        (
            "The Hamas-Fatah talks in Cairo ended without a deal.",
            &[("Hamas-Fatah", "GROUP.HAMAS")],
        ),
    ]);
}

#[test]
fn a_title_word_after_a_lone_given_name_is_a_surname() {
    // fnc-1127.
    let text = "Adrienne Mayor, a historian of ancient science and classical folklorist, \
        researched the weapon in detail for her 2004 book.";
    check(&[(text, &[("Adrienne", "PERSON.adrienne-mayor")])]);
    // Control: a title before a full name stays a title.
    check(&[(
        "Chicago Mayor Rahm Emanuel said the city would not back down.",
        &[("Rahm", "PERSON.rahm-emanuel")],
    )]);
}

#[test]
fn arabic_names_of_armed_groups_are_groups() {
    // fnc-2208 (a spelling of a lexicon group) and fnc-2145 (an unknown one).
    check(&[(
        "Libya’s parliament in August declared both Ansar al Sharia and Libyan Dawn as \
         terrorist organizations working to overthrow the government.",
        &[
            ("Ansar", "GROUP.ANSARALSHARIA"),
            ("Libyan Dawn", "GROUP.LIBYADAWN"),
        ],
    )]);
    let d = doc(
        "Chechen Jaish al Muhajireen wal Ansar using plumbing truck against regime in \
        Aleppo, the fighters said on Monday.",
    );
    let id = d.id_at("Chechen").unwrap_or_default().to_string();
    assert_eq!(d.actor(&id).kind, ActorKind::Group, "{}", d.dump());
    // Control: one such word with no particle after it names no group ("Ansar" as a surname).
    let d = doc("Rights lawyer Hussein Ansar said on Monday the trial was unfair.");
    let id = d.id_at("Hussein").unwrap_or_default().to_string();
    assert_eq!(d.actor(&id).kind, ActorKind::Person, "{}", d.dump());
}

#[test]
fn dawn_of_libya_and_kfc_are_actors() {
    check(&[
        (
            // fnc-55.
            "The militias in control of the capital, operating under an umbrella group called \
             the Dawn of Libya, have also taken control of the US embassy compound.",
            &[("Dawn", "GROUP.LIBYADAWN")],
        ),
        (
            // fnc-972.
            "A story that began circulating on Tuesday afternoon created a bit of a frenzy, but \
             the fact is, there’s no sign KFC will really be selling marijuana in its stores.",
            &[("KFC", "ORG.KFC")],
        ),
        // Control: Libya alone is the state.
        (
            "Militias in Libya have taken control of the US embassy compound.",
            &[("Libya", "LBY")],
        ),
    ]);
}
