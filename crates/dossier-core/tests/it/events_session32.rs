//! Session 32 (issue 17): events precision on real news — an act asked for by a noun of
//! appeal is not done ("a personal appeal to Boko Haram to release her daughter"), a rejected
//! offer is aimed at its author, and a threat with a condition is aimed at the one the
//! condition asks to act. Sentences from FNC-1 train bodies where they exist, each with a
//! control that keeps its reading.

use crate::event_harness::{events, on_verb};

fn target_of(e: &dossier_core::model::Event) -> Option<&str> {
    e.target.as_ref().map(|t| t.id.as_str())
}

#[test]
fn an_act_asked_for_by_a_noun_of_appeal_is_not_done() {
    // fnc-2463: the mother appeals; Boko Haram released no one.
    let (evs, dump) = events(
        "In the meantime, Amira — like other moms — waits, while making a personal appeal to \
         Boko Haram to release her daughter and the other girls.",
    );
    assert!(on_verb(&evs, "release").is_empty(), "{dump}");
    // Control: the release done is coded.
    let (evs, dump) =
        events("In the meantime, Boko Haram released her daughter and the other girls.");
    assert!(
        on_verb(&evs, "released")
            .iter()
            .any(|e| e.source.id == "GROUP.BOKOHARAM" && e.action.cameo.starts_with("084")),
        "{dump}"
    );
}

#[test]
fn pleading_with_captors_to_release_is_no_release() {
    // fnc-1385: the tagger reads "plead" after "gone to" as a noun; the act is still asked for.
    let lede = "A DESPERATE mother was tricked into feasting on cooked meat from the body of her \
                son by Islamic State militants, it has been claimed. ";
    let (evs, dump) = events(&format!(
        "{lede}The famished Kurdish mother had gone to plead with the jihadists to release her son."
    ));
    assert!(on_verb(&evs, "release").is_empty(), "{dump}");
    // Control: the jihadists releasing him is their release.
    let (evs, dump) = events(&format!("{lede}The jihadists later released her son."));
    assert!(
        on_verb(&evs, "released")
            .iter()
            .any(|e| e.source.id == "GROUP.ISIS" && e.action.cameo.starts_with("084")),
        "{dump}"
    );
}

#[test]
fn a_rejected_offer_is_aimed_at_its_author() {
    // No FNC-1 train body rejects an offer; written after the news sentences of that shape.
    let (evs, dump) = events(
        "Iran on Tuesday rejected a US offer to hold direct talks on its nuclear programme.",
    );
    assert!(
        on_verb(&evs, "rejected")
            .iter()
            .any(|e| e.source.id == "IRN"
                && e.action.cameo.starts_with("12")
                && target_of(e) == Some("USA")),
        "{dump}"
    );
    // Control: an offer of one's own names no one else rejected.
    let (evs, dump) = events("Iran on Tuesday rejected the offer to hold talks.");
    assert!(
        on_verb(&evs, "rejected").iter().all(|e| e.target.is_none()),
        "{dump}"
    );
}

#[test]
fn a_conditional_threat_is_aimed_at_the_one_asked_to_act() {
    let (evs, dump) =
        events("Al-Shabaab threatened to kill the hostages unless Kenya withdraws its troops.");
    assert!(
        evs.iter().any(|e| e.source.id == "GROUP.ALSHABAAB"
            && e.action.cameo.starts_with("13")
            && target_of(e) == Some("KEN")),
        "{dump}"
    );
    // Control (fnc-782): a threat against a named hostage stays aimed at him.
    let (evs, dump) = events(
        "ISIS, which has claimed control of most of northern Iraq and parts of Syria is \
         threatening to kill Time journalist Joel Sotloff next unless President Obama ceases \
         attacks on the terror group.",
    );
    assert!(
        evs.iter().any(|e| e.action.cameo.starts_with("13")
            && target_of(e).is_some_and(|t| t.contains("sotloff"))),
        "{dump}"
    );
    // Control (fnc-962): a pronoun in the condition names no one to aim the threat at.
    let (evs, dump) = events(
        "During his time on the front line, Mr Abdulla revealed how ISIS are terrorising locals \
         by calling them and threatening to kidnap them and bury them alive unless they \
         surrender.",
    );
    assert!(
        evs.iter()
            .filter(|e| e.action.cameo.starts_with("13"))
            .all(|e| e.target.is_none()),
        "{dump}"
    );
}

#[test]
fn a_meeting_of_private_persons_is_no_consultation() {
    // fnc-599: a swimmer's former girlfriend met him on a dating app — private life.
    let (evs, dump) = events(
        "SYDNEY - A girlfriend of Michael Phelps has revealed that she was born and brought up a \
         man, reports said on Thursday. Taylor Lianne Chandler, who dated the 29-year-old US \
         swimmer for months, wrote a long post on her Facebook page on Nov 14. Chandler met \
         Phelps on dating app Tinder, and was with the Olympian when he was arrested for drink \
         driving on Sep 30.",
    );
    assert!(on_verb(&evs, "met").is_empty(), "{dump}");
    // Control (fnc-640): a king meeting a president is a consultation.
    let (evs, dump) = events(
        "Jordan's King Abdullah II met with President Obama at the White House on Tuesday after \
         video emerged showing the brutal execution of one of his country's pilots by the ISIS \
         terrorist group.",
    );
    assert!(
        evs.iter().any(
            |e| e.action.cameo.starts_with("04") && target_of(e) == Some("PERSON.barack-obama")
        ),
        "{dump}"
    );
}
