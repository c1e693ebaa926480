//! Session 33 (issue 18): what the reading of twenty unseen FNC-1 train bodies showed in the
//! actor layer. "The paper" after a story that named the paper's rival as someone's employer
//! (fnc-2176), "Jong-un" for Kim Jong-un in tabloid prose (fnc-1756), and the article before a
//! country's name in an unnamed person's description (fnc-61). Each with a control.

use crate::actor_harness::{actor_of, doc, extracted};

#[test]
fn the_paper_is_the_outlet_that_reports_not_the_one_that_employs() {
    // fnc-2176: "NBC News" names where Capus worked and the executives' employer; "the paper"
    // is the Post, which reported.
    let text = "Adding to the intrigue, the New York Post reported that Brokaw and former NBC \
        News president Steve Capus knew the story was not true. The paper also says NBC News \
        executives had counseled Williams to stop telling the story.";
    let d = doc(text);
    assert_eq!(d.id_at("The paper"), Some("OUTLET.NYPOST"), "{}", d.dump());
    // Control: with the network the only outlet named before, "the paper" still finds it.
    let d = doc(&text.replace("the New York Post reported that", "it was reported that"));
    assert_eq!(d.id_at("The paper"), Some("OUTLET.NBC"), "{}", d.dump());
}

#[test]
fn jong_un_alone_is_kim_jong_un() {
    // fnc-1756 / fnc-2344: tabloids call him by his given name.
    let text = "Michael Madden said Jong-un is desperate to build diplomatic ties with \
        European countries. North Korea experts say the dictator Jong-Un may no longer be in \
        control.";
    let d = doc(text);
    assert_eq!(
        d.id_at("Jong-un is"),
        Some("PERSON.kim-jong-un"),
        "{}",
        d.dump()
    );
    assert_eq!(
        d.id_at("Jong-Un may"),
        Some("PERSON.kim-jong-un"),
        "{}",
        d.dump()
    );
    // Control: another Korean's full name stays its own person.
    let d = doc("Analyst Park Jin-Hee said the rule was not new.");
    assert_ne!(
        d.id_at("Park Jin-Hee"),
        Some("PERSON.kim-jong-un"),
        "{}",
        d.dump()
    );
}

/// The name of the actor whose mention starts at `surface` in the whole pipeline's extraction.
fn name_at(text: &str, surface: &str) -> Option<String> {
    let x = extracted(text);
    let id = actor_of(&x, text, surface, 0)?;
    x.actors.into_iter().find(|a| a.id == id).map(|a| a.name)
}

#[test]
fn a_united_states_official_keeps_its_article() {
    // fnc-2159, fnc-2524: the description was written "an U.S. official", "an European …".
    let text = "A U.S. official confirmed the former Guantanamo prisoner has been intercepted \
        making telephone calls to the Taliban.";
    assert_eq!(name_at(text, "A U.S.").as_deref(), Some("a U.S. official"));
    let text = "A European intelligence official said the government was examining the video.";
    assert_eq!(
        name_at(text, "A European").as_deref(),
        Some("a European intelligence official")
    );
    // Control: a vowel sound still takes "an".
    let text = "An Iranian official said the talks would resume.";
    assert_eq!(
        name_at(text, "An Iranian").as_deref(),
        Some("an Iranian official")
    );
}
