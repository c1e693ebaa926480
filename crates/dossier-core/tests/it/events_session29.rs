//! Session 29 (issue 17): precision on unseen news — a sweep across a border is no
//! investigation, using aircraft is no act by itself, raising the alarm is speech, a denied
//! act on no one is not the speaker's side's act, a wished-for act inside a speaker's condition
//! did not happen, and a relative clause's object is the noun it stands for. Sentences written
//! for these tests, each with a control that keeps its event.

use crate::event_harness::{events, on_verb};
use dossier_core::model::Modality;

#[test]
fn a_sweep_across_a_border_is_no_investigation() {
    for (text, verb) in [
        (
            "In June, Islamic State fighters swept across the border into northern Iraq and \
             seized the city of Mosul.",
            "swept",
        ),
        (
            "Houthi rebels swept into Yemen's capital last September.",
            "swept",
        ),
    ] {
        let (evs, dump) = events(text);
        assert!(on_verb(&evs, verb).is_empty(), "{text}\n{dump}");
    }
    // Control: the seizure in the same sentence stays.
    let (evs, dump) = events(
        "In June, Islamic State fighters swept across the border into northern Iraq and seized \
         the city of Mosul.",
    );
    assert!(
        on_verb(&evs, "seized")
            .iter()
            .any(|e| e.source.id == "GROUP.ISIS"),
        "{dump}"
    );
}

#[test]
fn using_aircraft_is_no_act_but_using_gas_is() {
    let (evs, dump) = events("ISIS militants used suicide bombers to break through Kurdish lines.");
    assert!(on_verb(&evs, "used").is_empty(), "{dump}");
    // Control: gas used on soldiers is unconventional mass violence.
    let (evs, dump) = events("ISIS militants used chlorine gas against Iraqi soldiers.");
    assert!(
        on_verb(&evs, "used")
            .iter()
            .any(|e| e.source.id == "GROUP.ISIS" && e.action.cameo == "204"),
        "{dump}"
    );
}

#[test]
fn raising_the_alarm_is_speech_but_raising_an_alert_level_is_an_act() {
    for text in [
        "The senator is not the first member of Congress to raise the alarm about the border.",
        "Britain raised concerns about the deal with Iran.",
    ] {
        let (evs, dump) = events(text);
        assert!(
            evs.iter().all(|e| !e.action.verb.starts_with("raise")),
            "{text}\n{dump}"
        );
    }
    // Control: a military alert raised is mobilisation.
    let (evs, dump) = events("Iran raised its military alert level.");
    assert!(
        on_verb(&evs, "raised")
            .iter()
            .any(|e| e.source.id == "IRN" && e.action.cameo.starts_with("15")),
        "{dump}"
    );
}

#[test]
fn a_denied_act_on_no_one_is_not_the_speakers_side() {
    let (evs, dump) = events("Detroit police said the truck had not been stolen.");
    assert!(on_verb(&evs, "stolen").is_empty(), "{dump}");
    // Control: a denied transfer to a named state is about the side that denies it.
    let (evs, dump) = events("\"No missile was sent to Russia,\" the Iranian general said.");
    assert!(
        on_verb(&evs, "sent")
            .iter()
            .any(|e| e.source.id == "IRN" && e.target.as_ref().is_some_and(|t| t.id == "RUS")),
        "{dump}"
    );
}

#[test]
fn a_wish_inside_a_speakers_condition_did_not_happen() {
    let text = "\"If the Houthis wanted to declare a truce, it would come from their leader,\" a \
                Yemeni analyst told AFP.";
    let (evs, dump) = events(text);
    assert!(on_verb(&evs, "declare").is_empty(), "{dump}");
    // Control: the act a speaker warns of as a condition stays, marked hypothetical.
    let (evs, dump) = events(
        "The foreign minister warned that if Iran sends more drones to Russia, Europe would \
         respond with new sanctions.",
    );
    let sends = on_verb(&evs, "sends");
    assert!(
        !sends.is_empty() && sends.iter().all(|e| e.modality == Modality::Hypothetical),
        "{dump}"
    );
}

#[test]
fn an_attempt_to_seize_is_not_the_seizure() {
    for text in [
        "ISIS militants were trying to seize the Iraqi city of Ramadi.",
        "Kurds still hold the Iraqi city of Amerli, which ISIS has been trying to seize since \
         June.",
    ] {
        let (evs, dump) = events(text);
        assert!(on_verb(&evs, "seize").is_empty(), "{text}\n{dump}");
    }
    // Control: the seizure done.
    let (evs, dump) = events("ISIS militants seized the Iraqi city of Ramadi in May.");
    assert!(
        on_verb(&evs, "seized")
            .iter()
            .any(|e| e.source.id == "GROUP.ISIS"),
        "{dump}"
    );
}

#[test]
fn a_relative_clauses_object_is_the_noun_it_stands_for() {
    for (text, object) in [
        (
            "Kurds still hold the Iraqi cities that ISIS took over in June.",
            "the Iraqi cities",
        ),
        (
            "Kurdish forces retook Sinjar and Zumar, which ISIS forces took over this summer.",
            "Sinjar and Zumar",
        ),
    ] {
        let (evs, dump) = events(text);
        let took = on_verb(&evs, "took over");
        assert!(
            took.iter().any(|e| e.source.id == "GROUP.ISIS"
                && e.object.as_deref() == Some(object)
                && text[..].contains(e.evidence.text.as_str())),
            "{text}\n{dump}"
        );
    }
    // Control: the object of an ordinary clause.
    let (evs, dump) = events("ISIS forces took over Sinjar and Zumar this summer.");
    assert!(
        on_verb(&evs, "took over")
            .iter()
            .any(|e| e.object.as_deref().is_some_and(|o| o.starts_with("Sinjar"))),
        "{dump}"
    );
}

#[test]
fn a_word_of_time_is_not_the_object_a_relative_pronoun_stands_for() {
    let text = "Two commanders were killed in a drone strike in the city of Tikrit, which ISIS \
                forces took over this summer.";
    let (evs, dump) = events(text);
    let took = on_verb(&evs, "took over");
    assert!(
        took.iter().any(|e| e.source.id == "GROUP.ISIS"
            && e.object.as_deref().is_some_and(|o| o.contains("Tikrit"))),
        "{dump}"
    );
    assert!(
        took.iter()
            .all(|e| !e.object.as_deref().is_some_and(|o| o.contains("summer"))),
        "{dump}"
    );
    // Control: the relative clause on a name keeps the name as its object.
    let (evs, dump) = events(
        "Kurdish forces entered the city of Sinjar, which ISIS forces took over this summer.",
    );
    assert!(
        on_verb(&evs, "took over")
            .iter()
            .any(|e| e.object.as_deref() == Some("Sinjar")),
        "{dump}"
    );
}

#[test]
fn a_word_after_an_article_is_no_verb() {
    // "call" misread as the verb of "an … earnings call" has no act of its own.
    let (evs, dump) = events(
        "During a Wynn Resorts International earnings call, Wynn CEO Steve Wynn accidentally \
         revealed the plans.",
    );
    assert!(on_verb(&evs, "call").is_empty(), "{dump}");
    // Control: the verb "called" with its subject and object is a call.
    let (evs, dump) = events("Obama called Putin on Friday.");
    assert!(
        on_verb(&evs, "called")
            .iter()
            .any(|e| e.source.id == "PERSON.barack-obama"),
        "{dump}"
    );
}
