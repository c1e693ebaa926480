//! False events read on news the rules were not tuned on (issue 17, FNC-1 train bodies read by
//! an analyst): each class checked through the whole pipeline on sentences written for this
//! test, with a control that the real event next to it is still coded.

use crate::event_harness::{events, on_verb};

#[test]
fn a_block_of_related_link_titles_is_furniture() {
    let (evs, dump) = events(
        "Jordan executed two prisoners on Wednesday after the killing of its pilot.\nMore\n\
         ON THIS TOPIC\nVideo shows Jordanian pilot burned alive by Isis\n\
         Jordan hangs 2 jihadis after pilot death\nEgypt deports Al Jazeera reporter\n",
    );
    assert!(on_verb(&evs, "hangs").is_empty(), "a link title:\n{dump}");
    assert!(on_verb(&evs, "deports").is_empty(), "a link title:\n{dump}");
    assert_eq!(
        on_verb(&evs, "executed").len(),
        1,
        "the body's event:\n{dump}"
    );
    // The same title as the article's own headline, before any body sentence, is read.
    let (evs, dump) = events(
        "Jordan hangs 2 jihadis after pilot death\n\nJordan executed two prisoners on Wednesday.",
    );
    assert_eq!(on_verb(&evs, "hangs").len(), 1, "the headline:\n{dump}");
}

#[test]
fn link_titles_glued_to_a_label_are_furniture() {
    let (evs, dump) = events(
        "The group has executed doctors in Mosul.\n\nRelatedEbola patient receives experimental \
         drugEbola outbreak: Setback to Liberia, as fresh cases reportedSyria: Isis publicly \
         whips three drug addicts and burns vast supply of cannabis",
    );
    assert!(on_verb(&evs, "whips").is_empty(), "{dump}");
}

#[test]
fn seizing_a_person_is_an_abduction_by_a_group_and_an_arrest_by_the_police() {
    let (evs, dump) = events("Kayla Mueller was taken hostage by ISIS in Syria in August 2013.");
    let taken = on_verb(&evs, "taken");
    assert_eq!(taken.len(), 1, "{dump}");
    assert_eq!(taken[0].action.cameo, "181", "{dump}");
    let (evs, dump) = events("Iraqi police captured two suspects in Baghdad on Monday.");
    let captured = on_verb(&evs, "captured");
    assert_eq!(captured.len(), 1, "{dump}");
    assert_eq!(captured[0].action.cameo, "173", "{dump}");
    // The parser may head the name on its title ("Ms | Mueller").
    let (evs, dump) = events("Ms Mueller was captured by Isis more than a year ago.");
    let captured = on_verb(&evs, "captured");
    assert_eq!(captured.len(), 1, "{dump}");
    assert_eq!(captured[0].action.cameo, "181", "{dump}");
    // A city is no person: the seizure of territory keeps its code.
    let (evs, dump) = events("ISIS captured the city of Mosul in June.");
    assert!(
        on_verb(&evs, "captured")
            .iter()
            .all(|e| !e.action.cameo.starts_with("18") && e.action.cameo != "173"),
        "{dump}"
    );
}

#[test]
fn a_pronoun_opening_a_sentence_is_the_previous_subject() {
    let (evs, dump) = events(
        "Nigeria's military said on Friday it had agreed to a truce with Boko Haram. On Saturday, \
         the group launched an attack on a town in Adamawa State. They also beheaded six victims.",
    );
    assert!(
        on_verb(&evs, "beheaded")
            .iter()
            .all(|e| !e.source.id.starts_with("NGA")),
        "they are the group, not Nigeria's military:\n{dump}"
    );
    assert!(
        on_verb(&evs, "launched")
            .iter()
            .any(|e| e.source.id == "GROUP.BOKOHARAM"),
        "{dump}"
    );
    // An unnamed subject before the pronoun: nobody to code.
    let (evs, dump) = events(
        "The police arrived at the site on Sunday. Parents of the missing students marched to \
         the graves. They blocked major highways for several hours.",
    );
    assert!(on_verb(&evs, "blocked").is_empty(), "{dump}");
}

#[test]
fn condemning_an_act_is_aimed_at_its_doer_not_its_victim() {
    let (evs, dump) = events(
        "President Obama said the U.S. strongly condemns the murder of journalist James Foley by \
         the Islamic State.",
    );
    let condemns = on_verb(&evs, "condemns");
    assert_eq!(condemns.len(), 1, "{dump}");
    assert_eq!(
        condemns[0].target.as_ref().map(|t| t.id.as_str()),
        Some("GROUP.ISIS"),
        "{dump}"
    );
    // No doer named: no one to aim at, no event.
    let (evs, dump) = events("The U.S. strongly condemns the murder of journalist James Foley.");
    assert!(
        on_verb(&evs, "condemns").iter().all(|e| e
            .target
            .as_ref()
            .is_none_or(|t| t.id != "PERSON.james-foley")),
        "{dump}"
    );
}

#[test]
fn a_demanded_act_is_not_done_by_the_demander() {
    let (evs, dump) = events(
        "ISIS demanded a $6.6 million ransom for her freedom, and/or the release of Aafia \
         Siddiqui, a Pakistani neuroscientist.",
    );
    assert!(on_verb(&evs, "release").is_empty(), "{dump}");
}

#[test]
fn the_content_of_a_negated_cue_is_not_reported() {
    let (evs, dump) =
        events("Ahmadu did not say that Boko Haram had agreed to a ceasefire with Nigeria.");
    assert!(on_verb(&evs, "agreed").is_empty(), "{dump}");
    let (evs, dump) = events(
        "Ahmadu said that Boko Haram had agreed to a ceasefire with the government of Nigeria.",
    );
    assert_eq!(on_verb(&evs, "agreed").len(), 1, "{dump}");
}

#[test]
fn looking_into_reports_and_offering_rewards_are_no_events() {
    let (evs, dump) = events("The Pentagon said it was looking into the reports.");
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("09")),
        "{dump}"
    );
    let (evs, dump) = events(
        "The State Department offered a reward of $10 million for information on the leader.",
    );
    assert!(on_verb(&evs, "offered").is_empty(), "{dump}");
    // An investigation of acts is one.
    let (evs, dump) = events(
        "Croatia is investigating alleged war crimes by Croatian extremists against Serb civilians.",
    );
    assert_eq!(on_verb(&evs, "investigating").len(), 1, "{dump}");
}

#[test]
fn determining_and_voting_are_no_cooperation() {
    let (evs, dump) = events(
        "The National Security Council said it was still working to determine the authenticity \
         of the video.",
    );
    assert!(on_verb(&evs, "determine").is_empty(), "{dump}");
    let (evs, dump) = events("Iraq's parliament voted on Monday to approve a new government.");
    assert!(on_verb(&evs, "voted").is_empty(), "{dump}");
}

#[test]
fn recode_rows_are_checked_with_file_and_line() {
    let mut r = dossier_core::events::Roles::default();
    assert!(r.add_recode("# c\n171\tperson\tgroup\t181\n").is_ok());
    let err = r.add_recode("# c\n171\tplace\tany\t181\n").unwrap_err();
    assert_eq!((err.file, err.line), ("recode.tsv", 2), "{err}");
    assert!(r.add_recode("171\tperson\tmartians\t181\n").is_err());
    assert!(r.add_recode("171\tperson\tany\n").is_err());
    assert_eq!(
        r.recode_person("1711", dossier_core::model::ActorKind::Group),
        Some("181")
    );
    assert_eq!(
        r.recode_person("190", dossier_core::model::ActorKind::Group),
        None
    );
}

#[test]
fn a_negated_act_on_nothing_is_no_event() {
    let (evs, dump) = events(
        "The strikes are a clear indication that the US will not back down in its mission, \
         according to the Pentagon.",
    );
    assert!(on_verb(&evs, "back down").is_empty(), "{dump}");
    // A negated act on someone stays, negated.
    let (evs, dump) = events("Iran has not sent ballistic missiles to Russia.");
    let sent = on_verb(&evs, "sent");
    assert_eq!(sent.len(), 1, "{dump}");
    assert_eq!(
        sent[0].modality,
        dossier_core::model::Modality::Negated,
        "{dump}"
    );
}

#[test]
fn using_chemical_weapons_is_mass_violence() {
    let (evs, dump) =
        events("Kurdish officials said Islamic State had used chemical weapons in Kobane.");
    let used = on_verb(&evs, "used");
    assert_eq!(used.len(), 1, "{dump}");
    assert_eq!(used[0].action.cameo, "204", "{dump}");
}

#[test]
fn violence_on_a_bare_number_is_no_event() {
    let (evs, dump) = events(
        "Two of the bundles of weapons went astray. One was destroyed by the U.S. military.",
    );
    assert!(on_verb(&evs, "destroyed").is_empty(), "{dump}");
    let (evs, dump) = events("Two soldiers were killed by Taliban fighters in Helmand.");
    assert_eq!(on_verb(&evs, "killed").len(), 1, "{dump}");
}

#[test]
fn a_pronoun_after_an_adverbial_clause_is_that_clause_subject() {
    // FNC-1 train (fnc-500): "they" are the insurgents of the "after" clause, not the Iraqi
    // forces named in the quotation before.
    let (evs, dump) = events(
        "Iraqi Member of Parliament Ali al-Bredi has claimed that Islamic State (IS) militants \
         are using Chlorine gas against Iraqi soldiers in Fallujah.\n\n“Responsibility for this \
         lies with Iraqi PM Haidar Abadi and the commander of the forces in Anbar as they failed \
         to rescue the  soldiers,” said al-Bredi.\n\nExpanding on the circumstances surrounding \
         the attack, al-Bredi said, “After the insurgents surrounded the Iraqi soldiers, they \
         used chlorine gas to suffocate them before detonating a car bomb, resulting in the \
         death of 300 out of 400 soldiers.”",
    );
    assert!(
        on_verb(&evs, "used")
            .iter()
            .all(|e| !e.source.id.starts_with("IRQ")),
        "they are the insurgents, not Iraq's forces:\n{dump}"
    );
    // Control: with the adverbial clause's subject a named actor, the pronoun is that actor.
    let (evs, dump) = events(
        "Iraqi Member of Parliament Ali al-Bredi said the commander of the forces in Anbar \
         failed to rescue the soldiers. After Islamic State militants surrounded the Iraqi \
         soldiers, they used chlorine gas to suffocate them.",
    );
    assert!(
        on_verb(&evs, "used")
            .iter()
            .any(|e| e.source.id == "GROUP.ISIS"),
        "{dump}"
    );
}

#[test]
fn a_groups_demand_of_no_one_named_is_a_request() {
    // FNC-1 train (fnc-531): the demand is Boko Haram's, of whoever holds the fighters.
    let (evs, dump) = events(
        "Doyin Okupe said the government had agreed to \"some concessions\" but did not give any \
         details.\n\nBoko Haram has been demanding the release of detained fighters in exchange \
         for the girls.",
    );
    let demanding = on_verb(&evs, "demanding");
    assert_eq!(demanding.len(), 1, "{dump}");
    assert_eq!(demanding[0].source.id, "GROUP.BOKOHARAM", "{dump}");
    assert_eq!(demanding[0].action.plover, "REQUEST", "{dump}");
    assert!(
        demanding[0]
            .object
            .as_deref()
            .is_some_and(|o| o.contains("release")),
        "{dump}"
    );
    // Control (fnc-518): a private person's demand of no one named stays no event.
    let (evs, dump) = events(
        "Hansraj Chauhan, a former Dera follower, had filed a petition in the high court in 2012. \
         Chauhan had demanded a CBI inquiry and compensation for the castration inside the ashram \
         in 2000.",
    );
    assert!(on_verb(&evs, "demanded").is_empty(), "{dump}");
}

#[test]
fn a_need_of_no_one_for_nothing_is_no_request() {
    // FNC-1 train (fnc-2463): "needs to better anticipate" asks nothing of anyone.
    let (evs, dump) = events(
        "Peligal says Nigerian authorities should do a better job responding to the Boko Haram \
         threat.\n\n\"The government needs to better anticipate and plan for those kinds of \
         abductions because they're continuing,\" she said.",
    );
    assert!(on_verb(&evs, "needs").is_empty(), "{dump}");
}
