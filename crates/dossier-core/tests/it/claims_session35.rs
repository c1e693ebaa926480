//! Session 35 (issue 17, central propositions): shapes read on FNC-1 train bodies (none from the
//! gold set's articles), each with a control that the reading beside it stays as it was.
//!
//! - An act noun under a report adjective (`reportadj` in `data/claims/frames.tsv`: "the
//!   reported killing of …", "the reported deaths of …") is a proposition the outlet relays — a
//!   hedge — wherever the noun stands in its sentence, unless a confirming verb takes it; an act
//!   noun is never the actor of a verb outside the classes ("The reported detention … has
//!   spurred intrigue" is nobody's spurring).
//! - What is fired is the weapon (`weaponclass`), never the target, whatever the actor layer
//!   made of its name ("fired an RPG"); "shot at" someone (`aimedat`) is an attack, not a wound,
//!   unless "at" opens a place or a measure ("was shot at the war memorial").
//! - A verb of saying the parser hung on the predicate makes it someone's words, relayed ("The
//!   statement … said an airstrike … killed Mueller"); a militant identified by a person's name
//!   is that person, not the group his member noun stands for.

use dossier_core::model::{DocClaim, Extraction, Stance};
use dossier_core::{extract, make_document, DocumentHeader};

pub(crate) fn run(text: &str) -> Extraction {
    let d = make_document(
        text,
        DocumentHeader {
            outlet: Some("Test Wire".into()),
            ..Default::default()
        },
    );
    extract(&d)
}

pub(crate) fn show(x: &Extraction) -> Vec<String> {
    x.claims
        .iter()
        .map(|c| {
            format!(
                "{} {} {:?} {:?} {:?} {:?} | {}",
                c.subject.id,
                c.predicate,
                c.target.as_ref().map(|t| &t.id),
                c.object,
                c.stance,
                c.modality,
                c.evidence.text
            )
        })
        .collect()
}

pub(crate) fn of_class<'a>(x: &'a Extraction, class: &str) -> Vec<&'a DocClaim> {
    x.claims
        .iter()
        .filter(|c| c.predicate.split(':').next() == Some(class))
        .collect()
}

/// Three sentences of background before the one tested: past the lede, where the article's
/// own voice is read only for what it relays or what happened to someone.
const BACKGROUND: &str = "The group has held territory in the region for months. \
    Its fighters have faced air strikes since August. \
    Residents described long queues for bread and fuel. ";

#[test]
fn a_reported_killing_is_relayed_wherever_it_stands() {
    // fnc-1634: the sentence's own verb ("comes after") says nothing of the killing.
    let x = run(&format!(
        "{BACKGROUND}The reported killing of ISIS leader Abu Bakr al-Baghdadi comes after the \
         United States just took out a leader of the group al-Shabaab, a Somali terrorist group."
    ));
    let kills: Vec<_> = of_class(&x, "kill")
        .into_iter()
        .filter(|c| c.subject.name.contains("Baghdadi"))
        .collect();
    assert!(!kills.is_empty(), "{:#?}", show(&x));
    assert!(
        kills.iter().all(|c| c.stance == Stance::Hedge),
        "{:#?}",
        show(&x)
    );
    // Control: without the report adjective, the same background sentence relays nothing
    // (the killing is the article's premise, not a report it passes on).
    let y = run(&format!(
        "{BACKGROUND}The killing of ISIS leader Abu Bakr al-Baghdadi comes after the United \
         States just took out a leader of the group al-Shabaab, a Somali terrorist group."
    ));
    assert!(
        !of_class(&y, "kill")
            .iter()
            .any(|c| c.subject.name.contains("Baghdadi")),
        "{:#?}",
        show(&y)
    );
}

#[test]
fn reported_deaths_in_a_question_are_a_hedge_on_the_death() {
    // fnc-621: the Pentagon's answer denies a US strike; the deaths are only reported.
    let x = run(&format!(
        "{BACKGROUND}In response to a question about the reported deaths of ISIL leader Abu \
         Bakr al-Baghdadi and some of his advisors in an air strike, (Pentagon spokesman Army \
         Col. Steve) Warren said the U.S. has not conducted any targeted airstrikes against \
         specific ISIL personnel."
    ));
    let deaths: Vec<_> = of_class(&x, "die")
        .into_iter()
        .filter(|c| c.subject.name.contains("Baghdadi"))
        .collect();
    assert!(!deaths.is_empty(), "{:#?}", show(&x));
    assert!(
        deaths.iter().all(|c| c.stance == Stance::Hedge),
        "{:#?}",
        show(&x)
    );
    // Control: Warren's denial of US strikes is untouched.
    assert!(
        of_class(&x, "attack")
            .iter()
            .any(|c| c.stance == Stance::Deny
                || c.polarity == Some(dossier_core::model::Polarity::Negative)),
        "{:#?}",
        show(&x)
    );
}

#[test]
fn an_act_noun_is_no_actor_of_a_verb_outside_the_classes() {
    // fnc-1004: main read "al-Baghdadi spur intrigue" from the detention's phrase.
    let x = run(
        "The reported detention of a wife and child of al-Baghdadi -- the leader of a \
         self-declared Islamic state spanning large areas of Iraq and Syria -- has spurred \
         intrigue into who exactly the woman is and what she might know about the terrorist \
         group's inner workings.",
    );
    assert!(
        !x.claims.iter().any(|c| c.predicate == "spur"),
        "{:#?}",
        show(&x)
    );
    // Control: a named actor doing the same unlisted act is still read.
    let y = run("Lebanon has detained a wife and child of al-Baghdadi, officials said.");
    assert!(!of_class(&y, "detain").is_empty(), "{:#?}", show(&y));
}

#[test]
fn a_confirmed_reported_arrest_is_the_speakers_assertion() {
    // Control first: confirming the reported arrest asserts it.
    let x = run(
        "Lebanese army officials on Tuesday confirmed the reported arrest of the wife and son \
         of Abu Bakr al-Baghdadi.",
    );
    let arrests = of_class(&x, "detain");
    assert!(!arrests.is_empty(), "{:#?}", show(&x));
    assert!(
        arrests.iter().all(|c| c.stance == Stance::Assert),
        "{:#?}",
        show(&x)
    );
    // The same act noun under a report adjective, not confirmed, is relayed (main asserted
    // it).
    let y = run(
        "Lebanese army officials on Tuesday discussed the reported arrest of the wife and son \
         of Abu Bakr al-Baghdadi.",
    );
    assert!(
        of_class(&y, "detain")
            .iter()
            .all(|c| c.stance != Stance::Assert),
        "{:#?}",
        show(&y)
    );
}

#[test]
fn a_fired_grenade_is_the_weapon_not_the_target() {
    // fnc-110: main read "men on the ground attacked RPG" (the actor layer took "RPG" for a
    // name).
    let x = run(
        "Brian Williams recalled: 'Some men on the ground fired an RPG through the tail rotor of \
         the chopper flying in front of ours.'",
    );
    let attacks = of_class(&x, "attack");
    assert!(!attacks.is_empty(), "{:#?}", show(&x));
    assert!(
        attacks
            .iter()
            .all(|c| c.target.as_ref().is_none_or(|t| !t.name.contains("RPG"))),
        "{:#?}",
        show(&x)
    );
    assert!(
        attacks
            .iter()
            .any(|c| c.object.as_deref() == Some("grenades")),
        "{:#?}",
        show(&x)
    );
    // Control: the ones fired on are still the target.
    let y = run("Gunmen fired on Egyptian soldiers in Sinai, officials said.");
    assert!(
        of_class(&y, "attack")
            .iter()
            .any(|c| c.target.as_ref().is_some_and(|t| t.id.as_str() == "EGY")),
        "{:#?}",
        show(&y)
    );
}

#[test]
fn shot_at_is_an_attack_not_a_wound() {
    // fnc-2287: the shots were aimed at him; the sentence does not say they hit.
    let x = run(
        "Then, the two women say, Michael Brown turned around with his arms up and was shot at \
         once again.",
    );
    assert!(of_class(&x, "wound").is_empty(), "{:#?}", show(&x));
    assert!(!of_class(&x, "attack").is_empty(), "{:#?}", show(&x));
    // Control (fnc-1539): "shot at" a place — the soldier was hit.
    let y = run(
        "A Canadian soldier was shot at the War Memorial in Ottawa Wednesday morning, police \
         said.",
    );
    assert!(!of_class(&y, "wound").is_empty(), "{:#?}", show(&y));
    assert!(of_class(&y, "attack").is_empty(), "{:#?}", show(&y));
    // Control (fnc-1461): a measure of the shots — hit.
    let z = run(
        "An autopsy report released last week said that Michael Brown was shot at least six times.",
    );
    assert!(!of_class(&z, "wound").is_empty(), "{:#?}", show(&z));
}

#[test]
fn shooting_at_someone_attacks_them() {
    // fnc-2287: "CNN confirms Darren Wilson shot at Brown 11 times".
    let x = run("CNN confirms that Darren Wilson shot at Michael Brown 11 times.");
    let attacks = of_class(&x, "attack");
    assert!(
        attacks
            .iter()
            .any(|c| c.target.as_ref().is_some_and(|t| t.name.contains("Brown"))),
        "{:#?}",
        show(&x)
    );
    assert!(of_class(&x, "wound").is_empty(), "{:#?}", show(&x));
    // Control: being shot by someone is a wound.
    let y = run("CNN confirms that Michael Brown was shot by Darren Wilson.");
    assert!(!of_class(&y, "wound").is_empty(), "{:#?}", show(&y));
}

#[test]
fn what_a_statement_said_is_relayed_not_asserted() {
    // fnc-2387: the parser hangs "said" on "killed"; the killing is the statement's word.
    let text = "The statement, which circulated on Twitter, said an airstrike outside Raqqa, \
                Syria killed the 26-year-old Kayla Mueller.";
    let x = run(text);
    let kills: Vec<_> = of_class(&x, "kill")
        .into_iter()
        .filter(|c| {
            c.subject.name.contains("Mueller")
                || c.target
                    .as_ref()
                    .is_some_and(|t| t.name.contains("Mueller"))
        })
        .collect();
    assert!(
        kills
            .iter()
            .all(|c| c.stance != Stance::Assert || c.statement.is_some()),
        "{:#?}",
        show(&x)
    );
    // Control (fnc-77): a clause of its own joined by "and" says nothing of the killing before
    // it, which the outlet asserts.
    let z = run(
        "Six people were killed in the attack and Somali authorities say they think Godane is \
         among the dead.",
    );
    assert!(
        of_class(&z, "kill")
            .iter()
            .any(|c| c.stance == Stance::Assert && c.statement.is_none()),
        "{:#?}",
        show(&z)
    );
    // Control: the outlet's own sentence asserts it.
    let y =
        run("An airstrike outside Raqqa, Syria killed the 26-year-old Kayla Mueller on Friday.");
    assert!(
        of_class(&y, "kill")
            .iter()
            .any(|c| c.stance == Stance::Assert && c.statement.is_none()),
        "{:#?}",
        show(&y)
    );
}

#[test]
fn a_militant_identified_by_name_is_the_person_not_his_group() {
    // fnc-997: main read "Islamic State identify Mohammed Emwazi".
    let x = run(
        "The British Islamic State militant known as \"Jihadi John\" believed to be responsible \
         for multiple executions of Western hostages has been identified as Mohammed Emwazi by \
         a report in The Washington Post.",
    );
    let ids = of_class(&x, "identify");
    assert!(!ids.is_empty(), "{:#?}", show(&x));
    assert!(
        ids.iter().all(|c| c.subject.id.as_str() != "GROUP.ISIS"),
        "{:#?}",
        show(&x)
    );
    // Control: the group as the doer of an act is still the group.
    let y = run("Islamic State militants have beheaded a British aid worker, officials said.");
    assert!(
        of_class(&y, "execute")
            .iter()
            .any(|c| c.subject.id.as_str() == "GROUP.ISIS"),
        "{:#?}",
        show(&y)
    );
}

#[test]
fn a_verb_after_an_apposition_is_said_of_the_name() {
    // fnc-1401: the parser hangs "died" on "son"; main read no death.
    let x = run(
        "Fidel Castro Odinga, the son of prominent Kenyan politician and former prime minister \
         Raila Odinga, reportedly died on Jan. 4.",
    );
    let deaths = of_class(&x, "die");
    assert!(
        deaths
            .iter()
            .any(|c| c.subject.name.contains("Castro Odinga") && c.stance == Stance::Hedge),
        "{:#?}",
        show(&x)
    );
    assert!(
        deaths.iter().all(|c| c.subject.name != "Raila Odinga"),
        "{:#?}",
        show(&x)
    );
    // Control: a participle inside the apposition is no act of the name ("the father of the
    // man killed on Sunday": the man was killed, not Raila Odinga).
    let y =
        run("Raila Odinga, the father of the man killed on Sunday, spoke to reporters in Nairobi.");
    assert!(
        x.claims
            .iter()
            .chain(y.claims.iter())
            .all(|c| c.subject.name != "Raila Odinga"),
        "{:#?}",
        show(&y)
    );
}
