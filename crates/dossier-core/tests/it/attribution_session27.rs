//! Issue 18, session 27: who speaks on real news. A thing takes no position ("the facts
//! favor Moscow"); a nationality on an unnamed person or a group that holds no
//! post for the state is not the state speaking ("a Saudi Arabian cleric", "Palestinian
//! forums"); "Neither X nor Y would comment" is a refusal by each of them; related-story
//! teasers ("lRelated …", a headline with its date glued on) are page furniture. Each shape
//! has a control that keeps its statement. Realistic news sentences written for these tests.

use crate::statement_harness::{speaker_words, statements, with_content};
use dossier_core::{Sourcing, Stance};

#[test]
fn a_thing_takes_no_position() {
    let st = statements("The facts on the ground favor the government's account of the siege.");
    assert!(
        st.iter()
            .all(|s| !s.content.text.contains("account of the siege")),
        "{st:#?}"
    );
    let st = statements("In this dispute the facts favor Moscow.");
    assert!(st.iter().all(|s| s.content.text != "Moscow"), "{st:#?}");
    // Control: a body, a person and a document that states keep their position.
    let st = statements("The finance ministry backs the central bank's plan to freeze the assets.");
    let s = with_content(&st, "central bank");
    assert_eq!(speaker_words(s), "The finance ministry", "{s:#?}");
    let st = statements("The senator described the ceasefire proposal as a trap.");
    let s = with_content(&st, "ceasefire proposal");
    assert_eq!(speaker_words(s), "The senator", "{s:#?}");
    let st = statements("The network's anchor described the ceasefire proposal as a trap.");
    let s = with_content(&st, "ceasefire proposal");
    assert_eq!(speaker_words(s), "The network's anchor", "{s:#?}");
    let st = statements("A leaked memo described the ceasefire proposal as a trap.");
    let s = with_content(&st, "ceasefire proposal");
    assert_eq!(speaker_words(s), "A leaked memo", "{s:#?}");
}

#[test]
fn a_nationality_on_an_unnamed_cleric_or_forum_is_not_the_state() {
    let st = statements("A Saudi Arabian cleric said the fatwa against the film was binding.");
    let s = with_content(&st, "fatwa against the film");
    assert_ne!(s.speaker.id, "SAU", "{s:#?}");
    assert!(s.on_behalf_of.is_none(), "{s:#?}");
    assert_eq!(s.sourcing, Sourcing::Anonymous, "{s:#?}");
    let st = statements("Palestinian forums said the footage of the raid had been staged.");
    let s = with_content(&st, "footage of the raid");
    assert_ne!(s.speaker.id, "PSE", "{s:#?}");
    // Control: the state speaks through its forces.
    let st = statements("Iraqi forces said they had retaken the bridge over the Tigris.");
    let s = with_content(&st, "retaken the bridge");
    assert!(s.speaker.id.starts_with("IRQ"), "{s:#?}");
    let st = statements("British intelligence believes the suspect travelled to Syria in 2013.");
    let s = with_content(&st, "travelled to Syria");
    assert_eq!(s.speaker.id, "GBR", "{s:#?}");
}

#[test]
fn neither_nor_would_comment_is_a_refusal_by_each() {
    let st = statements(
        "Neither the defence ministry nor the army would comment on the report of the strike.",
    );
    assert!(st.iter().all(|s| s.stance != Stance::Assert), "{st:#?}");
    let refusals: Vec<&str> = st
        .iter()
        .filter(|s| s.stance == Stance::NoComment)
        .map(speaker_words)
        .collect();
    assert_eq!(refusals, ["the defence ministry", "the army"], "{st:#?}");
    // Control: a plain refusal keeps its one speaker; a plain comment stays a statement.
    let st = statements("The defence ministry would not comment on the report of the strike.");
    assert!(
        st.iter()
            .any(|s| s.stance == Stance::NoComment && speaker_words(s) == "The defence ministry"),
        "{st:#?}"
    );
    let st = statements("Both the ministry and the army said the strike had hit a depot.");
    let s = with_content(&st, "strike had hit a depot");
    assert_eq!(s.stance, Stance::Assert, "{s:#?}");
}

#[test]
fn related_story_teasers_are_furniture() {
    let text = "Seoul says the missile flew 450 kilometres before falling into the sea.\n\
                lRelated North Korea's Kim had ankle surgery, South Korean officials say\n\
                The launch came a day after the talks in Geneva ended, the ministry said.";
    let st = statements(text);
    assert!(
        st.iter().all(|s| !s.content.text.contains("ankle surgery")),
        "{st:#?}"
    );
    with_content(&st, "talks in Geneva ended");
    // A headline with its date glued on, alone on its line: a teaser, whatever verb it has.
    let text = "The army said the strike killed two commanders.\n\
                Militants in Yemen Threaten to Execute Kidnapped Teacher Within Three DaysNOV. 12, 2014\n\
                The Pentagon said the strike hit a camp south of the capital.";
    let st = statements(text);
    assert!(
        st.iter()
            .all(|s| !s.content.text.contains("Kidnapped Teacher")
                && !s.cue.text.starts_with("Threaten")),
        "{st:#?}"
    );
    with_content(&st, "hit a camp");
    // Control: the photo caption the teaser is glued to keeps its statement.
    let text = "The army said the strike killed two commanders.\n\
                A fighter near the border in 2013. Officials said the commander had survived the strike.Drone Strike in Yemen Targets Militant CommanderOCT. 3, 2014\n\
                The Pentagon said the strike hit a camp south of the capital.";
    let st = statements(text);
    with_content(&st, "commander had survived");
    // Control: a body line that names a date in capitals at its end, not glued, stays.
    let text = "The army said the strike killed two commanders.\n\
                The ministry said the talks would resume on SEPT. 2, 2014\n\
                The Pentagon said the strike hit a camp south of the capital.";
    let st = statements(text);
    with_content(&st, "talks would resume");
}

#[test]
fn a_prompt_to_comment_reports_nothing() {
    let text = "The court upheld the ban on the name, the state news agency said.\n\n\
                cComments\n\
                Got something to say? Start the conversation and be the first to comment.\n\
                Officials said the ruling would be enforced from March.";
    let st = statements(text);
    assert!(st.iter().all(|s| s.cue.text != "say"), "{st:#?}");
    with_content(&st, "ruling would be enforced");
    // Control: a question someone asks keeps its statement.
    let st = statements("\"Who will pay for the reconstruction?\" the finance minister said.");
    with_content(&st, "pay for the reconstruction");
}
