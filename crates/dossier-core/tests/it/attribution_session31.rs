//! Issue 18, session 31: the speaker of a relative clause whose words ran back into the clause
//! before it is the parse's antecedent ("The fiasco didn’t deter Chien, who decided …",
//! FNC-1 train); a capitalised run the tagger opens with a preposition is no name in
//! apposition ("Among Democrats, 43 percent said …"); a sentence opened by its cue names a
//! speaker described by a relative clause ("Said Dorothy Poynter, who grew up with Ali …,
//! “…”", PolNeAR train). Each shape has a control that keeps its reading.

use crate::statement_harness::{speaker_words, statements, with_content};

#[test]
fn a_relative_clause_after_a_clause_speaks_for_its_antecedent() {
    // FNC-1 train (fnc-1592).
    let st = statements(
        "As firefighters rushed to extinguish the massive blaze, Chien, 22, searched for his \
         girlfriend. The fiasco didn’t deter Chien, who decided to postpone the proposal.",
    );
    let s = with_content(&st, "to postpone the proposal");
    assert_eq!(speaker_words(s), "Chien", "{s:#?}");
    // FNC-1 train (fnc-2256): the words ran through "who" into the clause before it.
    let st = statements(
        "After arriving in the area, the team interviewed witnesses at a local mountainside \
         lodge who claimed to have seen the yeti.",
    );
    let s = with_content(&st, "to have seen the yeti");
    assert!(speaker_words(s).starts_with("witnesses"), "{s:#?}");
    // FNC-1 train (fnc-1758), control: a description that cannot speak is no speaker.
    let st = statements(
        "FRISCO, Texas - A patient exhibiting symptoms of Ebola who claims to have had contact \
         with Thomas Eric Duncan showed up at a Care Now facility in Frisco Wednesday afternoon.",
    );
    assert!(
        st.iter().all(|s| !speaker_words(s).starts_with("symptoms")),
        "{st:#?}"
    );
    // Control: a relative clause right after its subject keeps the subject it had.
    let st = statements(
        "Yen's father, who said he had never met Chien, refused to bless the engagement.",
    );
    let s = with_content(&st, "he had never met Chien");
    assert_eq!(speaker_words(s), "Yen's father", "{s:#?}");
}

#[test]
fn a_fronted_prepositional_phrase_is_no_name_in_apposition() {
    let st = statements("Among Democrats, 43 percent said they would back the deal.");
    let s = with_content(&st, "they would back the deal");
    assert_eq!(speaker_words(s), "43 percent", "{s:#?}");
    // Control: a description after a name before the comma still gives the name.
    let st = statements(
        "Dr. Welat, one of four doctors in Kobane, told the BBC the hospital had run out of \
         blood.",
    );
    let s = with_content(&st, "the hospital had run out of blood");
    assert_eq!(speaker_words(s), "Dr. Welat", "{s:#?}");
}

#[test]
fn a_sentence_opened_by_its_cue_names_a_speaker_with_a_relative_clause() {
    // PolNeAR train (breitbart, 2016-06-05).
    let st = statements(
        "The small pink home on Grand Avenue was recently renovated and turned into a museum. \
         Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud \
         of him.”",
    );
    let s = with_content(&st, "We were all so proud of him");
    assert_eq!(speaker_words(s), "Dorothy Poynter", "{s:#?}");
    // Control: the plain shape keeps its speaker.
    let st = statements("Said one diplomat in Vienna, “The talks are over for this year.”");
    let s = with_content(&st, "The talks are over");
    assert!(speaker_words(s).starts_with("one diplomat"), "{s:#?}");
}

#[test]
fn a_relative_clause_hung_on_a_place_noun_gives_no_speaker() {
    // fnc-255: the parse hangs "who see" on "the globe", and the words before it are no noun
    // phrase; a thing that cannot speak is no speaker (before, "the globe" saw the pope's
    // statement as a repudiation).
    let text = "Pope Francis said animals can go to heaven, according to Time. \"Paradise is \
                open to all of God's creatures.\"\n\n\
                The statement by the pope was welcomed by animal rights groups and humane \
                societies across the globe, who see it as a repudiation of traditional \
                Catholic teaching dating back hundreds of years that holds that animals can't \
                go to heaven because they have no souls.";
    let st = statements(text);
    assert!(
        st.iter().all(|s| !s.speaker.name.contains("globe")),
        "{st:#?}"
    );
    // Control: the pope's own statement before it stays.
    assert!(
        st.iter()
            .any(|s| s.speaker.name == "Pope Francis" && s.cue.text == "said"),
        "{st:#?}"
    );
}
