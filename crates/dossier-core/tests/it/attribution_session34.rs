//! Issue 18, session 34, on FNC-1 train sentences: a negated cue never asserts its content —
//! a neg-raising belief ("we don't think it will add anything") denies it, a
//! negated doubt asserts it, any other negated cue ("never actually said", "failed to
//! confirm") leaves it open; a post-posed frame (", reports Metro UK") is no part of the content
//! of the statement it encloses; a second speaker after "and" ends the first statement's
//! content (not a pronoun or a belief, which may be the first speaker going on); a
//! participle after a post-posed cue ("said yesterday, playing down speculation")
//! is the speaker's act, the content the clause before. Each shape has a control.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};
use dossier_core::Stance;

#[test]
fn a_negated_belief_that_raises_its_negation_denies() {
    // fnc-502: the family holds that it will add nothing, and intends not to be part of it.
    let st = statements(
        "We don't wish to be part of any media circus, we don't think it will add anything to \
         the conversation.",
    );
    let s = find_cue(&st, "think").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(s.content.text.contains("add anything"), "{s:#?}");
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
    let s = find_cue(&st, "wish").unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
    // Control: the belief without the negation is no denial.
    let st = statements("We think it will add something to the conversation.");
    let s = find_cue(&st, "think").unwrap_or_else(|| panic!("{st:#?}"));
    assert_ne!(s.stance, Stance::Deny, "{s:#?}");
}

#[test]
fn a_negated_doubt_asserts_and_a_failed_report_is_open() {
    // fnc-1210: the writer expects the apps.
    let st = statements(
        "Although I don’t doubt that there will be plenty of apps ready to go on the day, I \
         worry about the battery.",
    );
    let s = with_content(&st, "plenty of apps");
    assert_eq!(s.stance, Stance::Assert, "{s:#?}");
    // Controls: "Not everyone believed it" (fnc-1413) negates the subject, and a speakerless
    // "is not expected to" (fnc-788) holds no one's belief: both stay hedges.
    let st = statements(
        "Not everyone believed the story, but that didn’t stop the hashtag from trending on \
         Twitter.",
    );
    let s = find_cue(&st, "believed").unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    let st = statements(
        "Luckily, Wintour is not expected to take up full-time residence at America’s tallest \
         building until after the New Year.",
    );
    assert!(st.iter().all(|s| s.stance != Stance::Deny), "{st:#?}");
    // fnc-1820: incredulity, "can't believe", denies nothing.
    let st = statements("I just can't believe this is happening in 2014!");
    assert!(st.iter().all(|s| s.stance != Stance::Deny), "{st:#?}");
    // A saying negated stays a hedge (fnc-1222): the statement is kept so that the events
    // and claims read its content as asserted by no one.
    let st =
        statements("FACT: That blogger never actually said a restaurant is opening in Scotland.");
    let s = with_content(&st, "restaurant");
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    // "failed to confirm" is a negation too; control: "confirmed" asserts.
    let st = statements("The ministry failed to confirm that the convoy had reached Aleppo.");
    let s = with_content(&st, "the convoy had reached");
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    let st = statements("The ministry confirmed that the convoy had reached Aleppo.");
    let s = with_content(&st, "the convoy had reached");
    assert_eq!(s.stance, Stance::Assert, "{s:#?}");
}

#[test]
fn a_post_posed_frame_is_no_part_of_the_content_it_encloses() {
    // fnc-2087.
    let st = statements(
        "After being dumped by her boyfriend, Tan Shen says she was walking the city feeling \
         depressed when she decided to stop into a KFC outlet in a train station in Chengdu \
         China, reports Metro UK.",
    );
    let s = find_cue(&st, "says").unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(s), "Tan Shen", "{s:#?}");
    assert!(!s.content.text.contains("Metro"), "{s:#?}");
    assert!(s.content.text.ends_with("Chengdu China"), "{s:#?}");
    // fnc-719.
    let st = statements(
        "A South Korean government official confirmed the authenticity of the directive, \
         reports The New York Times.",
    );
    let s = find_cue(&st, "confirmed").expect("the official's confirmation");
    assert!(!s.content.text.contains("New York Times"), "{s:#?}");
    // Control: a statement with no frame around it keeps its whole clause.
    let st = statements(
        "Tan Shen says she was walking the city feeling depressed when she decided to stop \
         into a KFC outlet in a train station in Chengdu China.",
    );
    let s = find_cue(&st, "says").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(s.content.text.ends_with("Chengdu China"), "{s:#?}");
}

#[test]
fn a_second_speaker_after_and_ends_the_first_content() {
    // fnc-61.
    let st = statements(
        "North Korean officials have denied that Kim’s public absence is health-related and a \
         United States official following North Korea said this week there were no \
         indications that he was seriously ill or in political trouble.",
    );
    let s = find_cue(&st, "denied").expect("the denial");
    assert_eq!(
        s.content.text, "Kim’s public absence is health-related",
        "{s:#?}"
    );
    let s = find_cue(&st, "said").expect("the US official's statement");
    assert!(s.via.is_empty(), "{s:#?}");
    // Controls: a pronoun after "and" may be the first speaker going on (fnc-544), and a
    // subject of two coordinated nouns is one speaker; the content stays whole.
    let st = statements(
        "Dylan Thomas admits it was a 'bizarre experience' and he felt 'violated' by the \
         search.",
    );
    let s = find_cue(&st, "admits").expect("the admission");
    assert!(s.content.text.contains("violated"), "{s:#?}");
    let st = statements(
        "The minister said that police and soldiers had sealed off the border town of Kobani.",
    );
    let s = find_cue(&st, "said").expect("the minister's statement");
    assert!(s.content.text.contains("sealed off the border"), "{s:#?}");
}

#[test]
fn a_participle_after_a_post_posed_cue_is_no_content() {
    // fnc-61.
    let st = statements(
        "NORTH Korean leader Kim Jong Un is in firm control of his government but has hurt his \
         leg, a source with access to North Korea’s leadership said yesterday, playing down \
         speculation over the 31-year-old’s health and grip on power.",
    );
    let s = find_cue(&st, "said").expect("the source's statement");
    assert!(s.content.text.contains("firm control"), "{s:#?}");
    assert!(!s.content.text.contains("playing down"), "{s:#?}");
    // Control: a cue opening its sentence keeps the clause after the participle's frame.
    let st = statements(
        "Officials said yesterday that Kim Jong Un had hurt his leg during military drills.",
    );
    let s = find_cue(&st, "said").expect("the officials' statement");
    assert!(s.content.text.contains("hurt his leg"), "{s:#?}");
}

#[test]
fn worries_and_fears_about_a_thing_are_positions() {
    let st = statements(
        "Many residents worry about the derogatory portrayals of Muslims during the campaign.",
    );
    let s = st
        .iter()
        .find(|s| s.cue.text.starts_with("worry"))
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert!(s.content.text.contains("derogatory portrayals"), "{s:#?}");
    assert_eq!(speaker_words(s), "Many residents", "{s:#?}");
    // Control: a worry with a clause is the clause's belief.
    let st = statements("Many residents worry that the army will return to the village.");
    let s = find_cue(&st, "worry").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(s.content.text.contains("the army will return"), "{s:#?}");
}
