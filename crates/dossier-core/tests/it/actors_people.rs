//! Actor recognition of people on realistic news sentences (written for these tests): titles
//! and appositions, possessives, pronouns, descriptions, surnames, unknown names. The harness
//! and the expectation syntax are in `actor_harness/mod.rs`.

use crate::actor_harness::*;
use dossier_core::actors::MentionForm;
use dossier_core::model::ActorKind;

#[test]
fn titled_people_and_appositions() {
    let d = doc("Brigadier General Fazlollah Nozari, deputy commander of the Khatam al-Anbia Central Headquarters, dismissed the claims.");
    let p = d.actor("PERSON.fazlollah-nozari");
    assert_eq!(p.kind, ActorKind::Person);
    assert_eq!(
        p.role.as_deref(),
        Some("deputy commander of the Khatam al-Anbia Central Headquarters")
    );
    assert_eq!(p.affiliation.as_deref(), Some("IRN.KACH"));
    assert_eq!(p.country.as_deref(), Some("IRN"));

    let d = doc("Iran's foreign minister, Hossein Amir-Abdollahian, said Tehran supported no party in the war.");
    let p = d.actor("PERSON.hossein-amir-abdollahian");
    assert_eq!(p.country.as_deref(), Some("IRN"));
    assert_eq!(p.role.as_deref(), Some("foreign minister"));
    assert_eq!(p.affiliation.as_deref(), Some("IRN.MFA"));
    assert_eq!(d.id_at("Iran"), Some("IRN"));
    assert_eq!(d.id_at("Tehran"), Some("IRN"));

    let d = doc("Kremlin spokesman Dmitry Peskov told reporters the report was false.");
    let p = d.actor("PERSON.dmitry-peskov");
    assert_eq!(p.country.as_deref(), Some("RUS"));
    assert_eq!(p.role.as_deref(), Some("Kremlin spokesman"));
    assert_eq!(d.mention_text("Dmitry"), Some("Dmitry Peskov"));
    assert_eq!(d.id_at("Kremlin"), Some("RUS"));

    let d = doc("Yevhen Malyshev, a spokesman for Ukraine's air force, said the drones came from the south.");
    let p = d.actor("PERSON.yevhen-malyshev");
    assert_eq!(p.country.as_deref(), Some("UKR"));
    assert_eq!(p.affiliation.as_deref(), Some("UKR.AF"));
    assert_eq!(p.role.as_deref(), Some("spokesman for Ukraine's air force"));
    assert_eq!(d.id_at("Ukraine's air force"), Some("UKR.AF"));

    let d = doc(
        "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing.",
    );
    assert_eq!(
        d.actor("PERSON.sergei-lavrov").country.as_deref(),
        Some("RUS")
    );
    assert_eq!(d.actor("PERSON.wang-yi").country.as_deref(), Some("CHN"));
    assert_eq!(d.id_at("Beijing"), Some("CHN"));

    let d =
        doc("Pentagon spokesman Maj. Gen. Pat Ryder said the United States had seen the reports.");
    let p = d.actor("PERSON.pat-ryder");
    assert_eq!(p.country.as_deref(), Some("USA"));
    assert_eq!(p.affiliation.as_deref(), Some("USA.DOD"));
    assert_eq!(d.id_at("United States"), Some("USA"));

    let d = doc(
        "Nasser Kanaani, the Iranian foreign ministry's spokesman, called the report baseless.",
    );
    let p = d.actor("PERSON.nasser-kanaani");
    assert_eq!(p.country.as_deref(), Some("IRN"));
    assert_eq!(p.affiliation.as_deref(), Some("IRN.MFA"));

    let d = doc(
        "President Volodymyr Zelenskyy thanked Prime Minister Keir Starmer for the new package.",
    );
    assert_eq!(d.id_at("Volodymyr"), Some("PERSON.volodymyr-zelenskyy"));
    assert_eq!(d.id_at("Keir"), Some("PERSON.keir-starmer"));
}

#[test]
fn possessives() {
    check(&[
        (
            "Russia's defence ministry said its forces downed 12 Ukrainian drones.",
            &[("Russia's defence ministry", "RUS.MOD"), ("Ukrainian", "UKR")],
        ),
        (
            "China's foreign ministry spokesperson Mao Ning said Beijing opposed unilateral sanctions.",
            &[("Mao Ning", "PERSON.mao-ning"), ("Beijing", "CHN")],
        ),
        (
            "NATO's secretary general, Mark Rutte, said the alliance would stand by Kyiv.",
            &[("NATO", "IGO.NATO"), ("Mark Rutte", "PERSON.mark-rutte"), ("the alliance", "IGO.NATO"), ("Kyiv", "UKR")],
        ),
        (
            "Iran's Supreme National Security Council met on Sunday.",
            &[("Supreme National Security Council", "IRN.SNSC")],
        ),
        (
            "Israel's military said it had intercepted a missile fired from Yemen.",
            &[("Israel's military", "ISR.MIL"), ("it", "ISR.MIL"), ("Yemen", "YEM")],
        ),
        (
            "The IRGC's Quds Force has trained the militia, Washington's envoy said.",
            &[("IRGC", "IRN.IRGC"), ("Quds Force", "IRN.IRGC.QF"), ("Washington", "USA")],
        ),
    ]);
    let d = doc(
        "China's foreign ministry spokesperson Mao Ning said Beijing opposed unilateral sanctions.",
    );
    let p = d.actor("PERSON.mao-ning");
    assert_eq!(p.country.as_deref(), Some("CHN"));
    assert_eq!(p.affiliation.as_deref(), Some("CHN.MFA"));
}

#[test]
fn pronouns_across_sentences() {
    check(&[
        (
            "Brigadier General Fazlollah Nozari dismissed the claims. He was quoted by ILNA as saying no missile was sent.",
            &[("He", "PERSON.fazlollah-nozari"), ("ILNA", "OUTLET.ILNA")],
        ),
        (
            "Kremlin spokesman Dmitry Peskov said Iran was a key partner. He declined to discuss weapons deliveries.",
            &[("He", "PERSON.dmitry-peskov")],
        ),
        (
            "Foreign Ministry spokeswoman Maria Zakharova mocked the report. She said it was invented in London.",
            &[("She", "PERSON.maria-zakharova"), ("London", "GBR")],
        ),
        (
            "The Pentagon has not confirmed the transfer. It said it was still assessing the intelligence.",
            &[("It", "USA.DOD"), ("it", "-")],
        ),
        (
            "Iranian officials denied the report. They said Tehran supported a ceasefire.",
            &[("They", "IRN"), ("Tehran", "IRN")],
        ),
        (
            "Peskov said President Vladimir Putin would meet Erdogan next week. He added that no date was set.",
            &[("He", "PERSON.dmitry-peskov"), ("Vladimir Putin", "PERSON.vladimir-putin"), ("Erdogan", "PERSON.recep-tayyip-erdogan")],
        ),
        (
            "The IAEA said its inspectors had been denied access. It called on Iran to cooperate.",
            &[("It", "IGO.IAEA"), ("Iran", "IRN")],
        ),
        (
            "It is unclear whether the missiles have been delivered.",
            &[("It", "-")],
        ),
    ]);
}

#[test]
fn pronoun_gender_and_unknown_speaker() {
    // "he" with no person before it is not resolved (not forced onto a state).
    let d = doc("Nozari spoke to reporters in Tehran. \"No missile was sent to Russia,\" he said.");
    assert_eq!(d.id_at("he"), None, "{}", d.dump());
    // Gender from the title: "she" skips the male spokesman.
    let d = doc("Spokeswoman Maria Zakharova spoke after spokesman Dmitry Peskov. She said Moscow was ready.");
    assert_eq!(
        d.id_at("She"),
        Some("PERSON.maria-zakharova"),
        "{}",
        d.dump()
    );
    let d = doc("Spokesman Dmitry Peskov spoke after spokeswoman Maria Zakharova. He said Moscow was ready.");
    assert_eq!(d.id_at("He"), Some("PERSON.dmitry-peskov"), "{}", d.dump());
    assert_eq!(d.form_at("He"), Some(MentionForm::Pronoun));
}

#[test]
fn descriptions_resolve_to_people_and_bodies() {
    check(&[
        (
            "Brigadier General Fazlollah Nozari rejected the report. The general said it was psychological warfare.",
            &[("The general", "PERSON.fazlollah-nozari"), ("it", "-")],
        ),
        (
            "Foreign Minister Abbas Araghchi spoke by phone with Sergei Lavrov. The minister said Iran sought de-escalation.",
            &[("The minister", "PERSON.abbas-araghchi"), ("Iran", "IRN")],
        ),
        (
            "Spokeswoman Maria Zakharova said the claims were absurd. The spokeswoman called them Western propaganda.",
            &[("The spokeswoman", "PERSON.maria-zakharova")],
        ),
        (
            "Ukraine's defence ministry published the footage. The ministry said the strike hit a depot.",
            &[("The ministry", "UKR.MOD")],
        ),
        (
            "Xinhua reported the meeting late on Tuesday. The agency said both sides agreed to keep talking.",
            &[("Xinhua", "OUTLET.XINHUA"), ("The agency", "OUTLET.XINHUA")],
        ),
        (
            "NATO will hold an emergency meeting. The alliance has not invoked Article 4 before in this war.",
            &[("The alliance", "IGO.NATO")],
        ),
        (
            "Iran has denied sending drones. The country says it is neutral.",
            &[("The country", "IRN")],
        ),
    ]);
}

#[test]
fn surnames_and_later_full_names() {
    check(&[
        (
            "Brigadier General Fazlollah Nozari spoke on Monday. Nozari said no missile had been sent.",
            &[("Nozari#2", "PERSON.fazlollah-nozari")],
        ),
        (
            "Gen. Nozari gave an interview. Brigadier General Fazlollah Nozari said the claims were false.",
            &[("Nozari", "PERSON.fazlollah-nozari"), ("Fazlollah Nozari", "PERSON.fazlollah-nozari")],
        ),
        (
            "Andrii Yermak, the head of Ukraine's presidential office, met US officials. Yermak said the talks were productive.",
            &[("Yermak#2", "PERSON.andrii-yermak"), ("US", "USA")],
        ),
        (
            "Putin said Russia would respond. Later, Vladimir Putin met his security council.",
            &[("Putin", "PERSON.vladimir-putin"), ("Vladimir Putin", "PERSON.vladimir-putin")],
        ),
    ]);
    let d = doc("Andrii Yermak, the head of Ukraine's presidential office, met US officials. Yermak said the talks were productive.");
    let p = d.actor("PERSON.andrii-yermak");
    assert_eq!(p.affiliation.as_deref(), Some("UKR.PRES"));
    assert_eq!(p.country.as_deref(), Some("UKR"));
    assert_eq!(d.form_at("Yermak#2"), Some(MentionForm::Surname));
}

#[test]
fn unknown_names_are_kept() {
    let d = doc("Colonel Oleksandr Shtupun said the brigade held its positions near Bakhmut.");
    let p = d.actor("PERSON.oleksandr-shtupun");
    assert_eq!(p.role.as_deref(), Some("Colonel"));
    assert_eq!(
        d.id_at("Oleksandr Shtupun"),
        Some("PERSON.oleksandr-shtupun")
    );

    check(&[
        (
            "The Khatam al-Anbia Construction Headquarters (KACH) won the contract. KACH is run by veterans.",
            &[("Khatam al-Anbia Construction Headquarters", "ORG.khatam-al-anbia-construction-headquarters"), ("KACH#2", "ORG.khatam-al-anbia-construction-headquarters")],
        ),
        (
            "The Russian Direct Investment Fund signed the deal with the Saudi side.",
            &[("Russian Direct Investment Fund", "ORG.russian-direct-investment-fund")],
        ),
        (
            "Mykola Oleshchuk said the Patriot systems were working as planned.",
            &[("Mykola Oleshchuk", "PERSON.mykola-oleshchuk")],
        ),
        (
            "The Moscow Times reported that the Wagner Group had recruited prisoners.",
            &[("Moscow Times", "OUTLET.moscow-times"), ("Wagner Group", "GROUP.WAGNER")],
        ),
        (
            "The National Resistance Front said its fighters attacked Taliban checkpoints.",
            &[("National Resistance Front", "ORG.national-resistance-front"), ("Taliban", "GROUP.TALIBAN")],
        ),
        (
            "Fighting continued in the Black Sea region and along the Dnipro River on Monday.",
            &[("Black Sea", "-"), ("Dnipro River", "-"), ("Monday", "-")],
        ),
    ]);
    let d = doc("The Russian Direct Investment Fund signed the deal.");
    let o = d.actor("ORG.russian-direct-investment-fund");
    assert_eq!(o.country.as_deref(), Some("RUS"));
    assert_eq!(o.kind, ActorKind::Organisation);
    let d = doc("The Moscow Times reported it.");
    assert_eq!(d.actor("OUTLET.moscow-times").kind, ActorKind::Outlet);
}

#[test]
fn unnamed_people_from_descriptions() {
    let d = doc("A senior IRGC commander told Reuters the drones were ready. The commander said more would follow.");
    assert_eq!(
        d.id_at("A senior IRGC commander"),
        Some("PERSON.irgc-senior-commander")
    );
    assert_eq!(d.mention_text("A senior"), Some("A senior IRGC commander"));
    assert_eq!(
        d.id_at("The commander"),
        Some("PERSON.irgc-senior-commander")
    );
    let p = d.actor("PERSON.irgc-senior-commander");
    assert_eq!(p.country.as_deref(), Some("IRN"));
    assert_eq!(p.affiliation.as_deref(), Some("IRN.IRGC"));

    check(&[
        (
            "A Western diplomat said the talks had stalled.",
            &[("A Western diplomat", "PERSON.western-diplomat")],
        ),
        (
            "An Iranian official, speaking on condition of anonymity, confirmed the shipment.",
            &[("An Iranian official", "PERSON.irn-official")],
        ),
        (
            "A spokesman for the Russian defence ministry declined to comment.",
            &[
                ("A spokesman", "PERSON.spokesman"),
                ("Russian defence ministry", "RUS.MOD"),
            ],
        ),
        (
            "A senior IRGC commander, Ali Fadavi, said the drills would continue.",
            &[
                ("A senior IRGC commander", "PERSON.ali-fadavi"),
                ("Ali Fadavi", "PERSON.ali-fadavi"),
            ],
        ),
    ]);
}

#[test]
fn apposition_is_a_description_not_a_new_person() {
    let d = doc("Wilfried Strauch, an adviser to the Institute of Territorial Studies, said it was strange.");
    assert_eq!(
        d.id_at("an adviser"),
        Some("PERSON.wilfried-strauch"),
        "{}",
        d.dump()
    );
    assert_eq!(d.form_at("an adviser"), Some(MentionForm::Description));
    assert_eq!(
        d.id_at("Institute of Territorial Studies"),
        Some("ORG.institute-of-territorial-studies")
    );
    let p = d.actor("PERSON.wilfried-strauch");
    assert_eq!(
        p.role.as_deref(),
        Some("adviser to the Institute of Territorial Studies")
    );
    assert_eq!(
        p.affiliation.as_deref(),
        Some("ORG.institute-of-territorial-studies")
    );
    assert!(!d.ids().contains(&"PERSON.adviser"));
    // Sentence-initial number words are not names.
    let d = doc("Two Australians said the burger had not decomposed.");
    assert!(
        d.layer.actors.iter().all(|a| a.kind != ActorKind::Person),
        "{}",
        d.dump()
    );
    assert_eq!(d.id_at("Australians"), Some("AUS"));
    assert_eq!(d.form_at("Australians"), Some(MentionForm::Demonym));
}

#[test]
fn lexicon_people_carry_heads_for_descriptions() {
    check(&[
        (
            "Vladimir Putin arrived in Beijing on Tuesday. The Russian president was greeted by Xi Jinping.",
            &[("The Russian president", "PERSON.vladimir-putin"), ("Xi Jinping", "PERSON.xi-jinping")],
        ),
        (
            "Maria Zakharova and Dmitry Peskov both commented. She called the report a provocation.",
            &[("She", "PERSON.maria-zakharova")],
        ),
        (
            "Senior Kurdish official Idris Nassan said the town had not fallen.",
            &[("Idris Nassan", "PERSON.idris-nassan")],
        ),
        (
            "Removing Godane was a priority, the Pentagon said. Ahmed Abdi Godane led al-Shabab.",
            &[("Godane", "PERSON.ahmed-abdi-godane"), ("Removing", "-"), ("Pentagon", "USA.DOD"), ("al-Shabab", "GROUP.ALSHABAAB")],
        ),
    ]);
    let d = doc("Senior Kurdish official Idris Nassan said the town had not fallen.");
    assert!(
        !d.ids().iter().any(|id| id.contains("senior")),
        "{:?}",
        d.ids()
    );
}

#[test]
fn descriptions_need_a_head_noun_and_single_names_that_speak_are_kept() {
    check(&[
        (
            "Brigadier General Fazlollah Nozari spoke first. The general public was not told, and an official statement followed.",
            &[("The general", "-"), ("an official", "-")],
        ),
        (
            "In his remarks, Graham argued that the deal was a mistake.",
            &[("Graham", "PERSON.graham")],
        ),
        (
            "The ACLU said it would sue, and Republicans said the law was sound.",
            &[("ACLU", "ORG.aclu"), ("Republicans", "USA.GOP"), ("it", "ORG.aclu")],
        ),
        (
            "A car bomb exploded in Baghdad on Monday. Police said five people were killed.",
            &[("Baghdad", "IRQ"), ("Police", "IRQ.POLICE")],
        ),
        (
            "Sen. Lindsey Graham spoke on Sunday. Graham said the Senate would vote.",
            &[("Lindsey Graham", "PERSON.lindsey-graham"), ("Graham#2", "PERSON.lindsey-graham")],
        ),
        (
            "Reporter Jomana Karadsheh said the judge had left. The judge declined to comment.",
            &[("Jomana Karadsheh", "PERSON.jomana-karadsheh"), ("the judge", "PERSON.judge"), ("The judge", "PERSON.judge")],
        ),
    ]);
}

#[test]
fn headline_names_and_lone_surnames_resolve_against_the_whole_document() {
    let d = doc("Ted Cruz Refuses to Disavow Lindsey Graham Endorsement\n\nSen. Ted Cruz declined on Monday to reject the endorsement of Sen. Lindsey Graham.");
    assert_eq!(d.id_at("Ted Cruz"), Some("PERSON.ted-cruz"), "{}", d.dump());
    assert_eq!(d.mention_text("Ted Cruz"), Some("Ted Cruz"));
    assert_eq!(d.id_at("Lindsey Graham"), Some("PERSON.lindsey-graham"));
    let d = doc("The Latest: Sanders declares revolution.\n\nSen. Bernie Sanders of Vermont told supporters he would stay in the race.");
    assert_eq!(
        d.id_at("Sanders"),
        Some("PERSON.bernie-sanders"),
        "{}",
        d.dump()
    );
    assert_eq!(d.id_at("he"), Some("PERSON.bernie-sanders"));
    assert_eq!(d.id_at("Vermont"), None);
}

#[test]
fn relative_pronouns() {
    check(&[
        (
            "The attack was condemned by Josep Borrell, who said the EU would respond.",
            &[("who", "PERSON.josep-borrell"), ("EU", "IGO.EU")],
        ),
        (
            "The claim was denied by the Iranian foreign ministry, which said it was baseless.",
            &[("which", "IRN.MFA")],
        ),
        (
            "Who said the deal was dead? Nobody in Tehran.",
            &[("Who", "-"), ("Tehran", "IRN")],
        ),
        (
            "The missiles, which were shown on television, were old.",
            &[("which", "-")],
        ),
    ]);
}

#[test]
fn they_takes_plural_names_not_singular_states() {
    check(&[
        (
            "Republicans blocked the bill on Tuesday. They said it would raise taxes.",
            &[("They", "USA.GOP"), ("it", "-")],
        ),
        (
            "The Houthis claimed the attack. They said more would follow.",
            &[("Houthis", "GROUP.HOUTHIS"), ("They", "GROUP.HOUTHIS")],
        ),
        (
            "Russia rejected the proposal. They were not consulted.",
            &[("Russia", "RUS"), ("They", "-")],
        ),
    ]);
}

#[test]
fn possessor_gives_country_to_unknown_names() {
    let d = doc("Iran's Atomic Energy Organisation said enrichment would continue, and Iran's Hossein Salami agreed.");
    assert_eq!(d.id_at("Atomic Energy Organisation"), Some("IRN.AEOI"));
    let d = doc(
        "Russia's Federal Penitentiary Service confirmed the transfer, Russia's Oleg Ivanov said.",
    );
    let o = d.actor("ORG.federal-penitentiary-service");
    assert_eq!(o.country.as_deref(), Some("RUS"));
    assert_eq!(d.id_at("Russia"), Some("RUS"));
    assert_eq!(
        d.actor("PERSON.oleg-ivanov").country.as_deref(),
        Some("RUS")
    );
    check(&[
        (
            "Celebrities Julianne Moore and Amy Schumer joined the president in the East Room.",
            &[
                ("Julianne Moore", "PERSON.julianne-moore"),
                ("Amy Schumer", "PERSON.amy-schumer"),
                ("East Room", "-"),
            ],
        ),
        (
            "Protesters gathered outside the White House on Sunday.",
            &[("Protesters", "-"), ("the White House", "USA")],
        ),
        (
            "Sen. Bernie Sanders spoke in Iowa. Sanders said he would stay in the race.",
            &[
                ("Sanders#2", "PERSON.bernie-sanders"),
                ("he", "PERSON.bernie-sanders"),
            ],
        ),
    ]);
}

#[test]
fn pronoun_precision_guards() {
    check(&[
        (
            "The Food and Drug Administration said it had not approved the device.",
            &[("Food and Drug Administration", "ORG.food-and-drug-administration"), ("it", "ORG.food-and-drug-administration")],
        ),
        (
            "LONDON — Kim Jong Un has been drinking snake wine, it has been reported.",
            &[("Kim Jong Un", "PERSON.kim-jong-un"), ("it", "-")],
        ),
        (
            "One Russian boy found he could stick spoons to his chest. When they saw it, scientists were puzzled.",
            // A demonym before a noun of people names a person of that country (session 10).
            &[("Russian", "PERSON.russian-boy"), ("he", "PERSON.russian-boy"), ("they", "-")],
        ),
        (
            "Iranian officials met on Sunday. They agreed to resume talks.",
            &[("They", "IRN")],
        ),
        (
            "Such attacks happen in the United States, but people rarely boast about them. At least they did not.",
            &[("United States", "USA"), ("them", "-"), ("they", "-")],
        ),
    ]);
}

#[test]
fn sentence_initial_common_words_are_not_names() {
    // The tagger's parts of speech decide whether a capitalised sentence-initial word opens a
    // name: determiners, adverbs, prepositions and verbs never do; a common noun or adjective
    // does not when no capitalised word follows it.
    check(&[
        // "Another" opens no name: the phrase is an unnamed person described by the title
        // "user" (a `modified` title of titles.tsv), not a person named "Another YouTube".
        (
            "Another YouTube user, who asked not to be named, said the video had been staged.",
            &[("Another YouTube user", "PERSON.youtube-user")],
        ),
        (
            "Sources claimed the general had hurt his leg during drills and needed 100 days to recover.",
            &[("Sources", "-")],
        ),
        (
            "Extensive reports of executions have emerged from areas under the group's control.",
            &[("Extensive", "-")],
        ),
        (
            "Indeed, Philip Hammond said the video appeared to be genuine.",
            &[("Indeed", "-"), ("Philip Hammond", "PERSON.philip-hammond")],
        ),
        (
            "Unlike earlier models, the robot can recharge in about 20 minutes, Knightscope said.",
            &[("Unlike", "-")],
        ),
        // Names still open sentences, and a word the text capitalises elsewhere is a name.
        (
            "Mehmedbasic said the trend was worrying. Officials later met Mehmedbasic in Sarajevo.",
            &[("Mehmedbasic", "PERSON.mehmedbasic")],
        ),
    ]);
}

#[test]
fn online_and_tabloid_outlets_are_outlets_not_people() {
    check(&[
        (
            "Mashable reported that the story had spread to other newspapers.",
            &[("Mashable", "OUTLET.MASHABLE")],
        ),
        (
            "The claim was first made by the Washington Free Beacon, and Forbes repeated it.",
            &[
                ("Washington Free Beacon", "OUTLET.FREEBEACON"),
                ("Forbes", "OUTLET.FORBES"),
            ],
        ),
        (
            "A source told the Mail on Sunday that the nurse had been tested twice.",
            &[("Mail on Sunday", "OUTLET.DAILYMAIL")],
        ),
    ]);
}

#[test]
fn unknown_names_after_the_and_city_names_are_not_people() {
    check(&[
        (
            "The priest said he met the Holy Mother and would spread her word.",
            &[("Holy Mother", "-")],
        ),
        (
            "Thomas walked to the Liquor Mart and bought food for his friends.",
            &[("Liquor Mart", "-")],
        ),
        (
            "The video was filmed in Los Angeles and later shown in New York and San Francisco.",
            &[
                ("Los Angeles", "-"),
                ("New York", "-"),
                ("San Francisco", "-"),
            ],
        ),
        // A name without the article is still a person.
        (
            "Josh Paler Lin gave $100 to a homeless man in the Josh Paler Lin video.",
            &[
                ("Josh Paler Lin", "PERSON.josh-paler-lin"),
                ("Josh Paler Lin#2", "PERSON.josh-paler-lin"),
            ],
        ),
        (
            "Police said the Aaron Sorkin-written film would open as planned.",
            &[("Aaron Sorkin", "PERSON.aaron-sorkin")],
        ),
    ]);
}

#[test]
fn unknown_runs_of_common_words_are_not_people() {
    check(&[
        // Runs of common English words are products, events, units or places, not people.
        (
            "Shoppers queued outside the store when Sport Collection opened its doors on Monday.",
            &[("Sport Collection", "-")],
        ),
        (
            "A spokesman for Kurdistan Workers Union said the strike would go on.",
            &[("Kurdistan Workers Union", "ORG.kurdistan-workers-union")],
        ),
        (
            "Guests arrived for Fashion Week as Smashed Potatoes served lunch nearby.",
            &[("Fashion Week", "-"), ("Smashed Potatoes", "-")],
        ),
        // A name with a digit in it is a model or a code, not a person.
        (
            "A Ford F-250 truck sold by Mark-1 Plumbing turned up in Syria.",
            &[("Ford F-250", "-"), ("Mark-1 Plumbing", "-")],
        ),
        // A given name first, or no common word at all, still makes a person.
        (
            "Kevin Vickers shot the gunman, and Fazlollah Nozari denied the report.",
            &[
                ("Kevin Vickers", "PERSON.kevin-vickers"),
                ("Fazlollah Nozari", "PERSON.fazlollah-nozari"),
            ],
        ),
        // A common surname after a given name is kept ("Neil Young").
        (
            "Neil Young played in Ottawa on the night of the attack.",
            &[("Neil Young", "PERSON.neil-young")],
        ),
        // A common word that "says" something is no person; an acronym still is an org.
        (
            "Eyewitnesses said the man was shot six times, and ACLU said it would sue.",
            &[("Eyewitnesses", "-"), ("ACLU", "ORG.aclu")],
        ),
        // A run in capitals is shouting, not an acronym; a real acronym makes an organisation.
        (
            "POLITICAL CRISIS deepens as Scottish SPCA rescues the dogs.",
            &[
                ("POLITICAL CRISIS", "-"),
                ("Scottish SPCA", "ORG.scottish-spca"),
            ],
        ),
        // After a preposition of place, or "of" after a place noun, an unknown name is a
        // place; a possessor after "in" is still a person.
        (
            "Residents of Al Qaim said the militants had left, and fighting went on in Tal Afar.",
            &[("Al Qaim", "-"), ("Tal Afar", "-")],
        ),
        (
            "The deal was struck in John Kerry's hotel suite in Vienna.",
            &[("John Kerry", "PERSON.john-kerry")],
        ),
        // Words before a given name that are not part of the name are left out.
        (
            "Shoppers cheered as Sergeant-At-Arms Kevin Vickers walked into the chamber.",
            &[("Kevin Vickers", "PERSON.kevin-vickers")],
        ),
    ]);
}

#[test]
fn given_names_tell_the_gender_pronouns_agree_with() {
    check(&[
        (
            "Barbara Starr reported that one of the released men had contacted militants. Officials fear he may again be a threat.",
            &[("Barbara Starr", "PERSON.barbara-starr"), ("he", "-")],
        ),
        (
            "Diane Foley spoke to reporters in New Hampshire. She said the family had been told nothing.",
            &[("Diane Foley", "PERSON.diane-foley"), ("She", "PERSON.diane-foley")],
        ),
        (
            "Kevin Vickers met Mary Dawson at the hearing. He said the chamber had been secured.",
            &[("He", "PERSON.kevin-vickers")],
        ),
    ]);
}

#[test]
fn a_post_after_to_is_part_of_the_role_and_a_mention_of_its_own() {
    let d =
        doc("Iraq's ambassador to the UN, Mohamed Ali Alhakim, said the attack used chlorine gas.");
    let p = d.actor("PERSON.mohamed-ali-alhakim");
    assert_eq!(p.role.as_deref(), Some("ambassador to the UN"));
    assert_eq!(p.country.as_deref(), Some("IRQ"));
    assert_eq!(p.affiliation.as_deref(), Some("IRQ.EMB"));
    assert_eq!(d.id_at("UN"), Some("IGO.UN"));

    let d = doc("The UN envoy to Iraq, Nickolay Mladenov, condemned the killings in Mosul.");
    let p = d.actor("PERSON.nickolay-mladenov");
    assert_eq!(p.role.as_deref(), Some("UN envoy to Iraq"));
    assert_eq!(p.affiliation.as_deref(), Some("IGO.UN"));
    assert_eq!(d.id_at("The UN envoy"), Some("PERSON.nickolay-mladenov"));
    assert_eq!(d.id_at("Iraq"), Some("IRQ"));
}

#[test]
fn officials_described_by_their_service_are_unnamed_people_not_states() {
    check(&[
        (
            "An airport official in Yemen said the plane had landed safely.",
            &[
                ("An airport official", "PERSON.airport-official"),
                ("Yemen", "YEM"),
            ],
        ),
        (
            "A senior hospital official in Gaza said 40 people had died overnight.",
            &[(
                "A senior hospital official",
                "PERSON.senior-hospital-official",
            )],
        ),
    ]);
}

#[test]
fn a_name_before_of_or_and_is_its_own_actor() {
    check(&[
        (
            "Humberto Garcia of the Astronomy Center said the object was a meteor.",
            &[
                ("Humberto Garcia", "PERSON.humberto-garcia"),
                ("Astronomy Center", "ORG.astronomy-center"),
            ],
        ),
        (
            "Abu Bakr al-Baghdadi of the Islamic State urged Muslims to join.",
            &[("Abu Bakr al-Baghdadi", "PERSON.abu-bakr-al-baghdadi")],
        ),
        (
            "Starwood Capital Group and Blackstone Group bought the building.",
            &[
                ("Starwood Capital Group", "ORG.starwood-capital-group"),
                ("Blackstone Group", "ORG.blackstone-group"),
            ],
        ),
        // One organisation whose name holds "and" or "of" stays whole.
        (
            "The Food and Drug Administration and the Ministry of Defence declined to comment.",
            &[
                (
                    "Food and Drug Administration",
                    "ORG.food-and-drug-administration",
                ),
                ("Ministry of Defence", "GBR.MOD"),
            ],
        ),
    ]);
}
