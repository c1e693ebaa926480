//! Actor recognition on realistic news sentences (written for these tests): states and their
//! metonyms, bodies, international organisations, outlets, ambiguity rules, spans and the
//! public API. People, pronouns and descriptions are in `actors_people.rs`; the harness and
//! the expectation syntax are in `actor_harness/mod.rs`.

use crate::actor_harness::*;
use dossier_core::lexicon::Lexicon;
use dossier_core::text;

#[test]
fn metonyms_resolve_to_states() {
    check(&[
        (
            "The Kremlin has dismissed the report as fabricated.",
            &[("The Kremlin", "RUS")],
        ),
        (
            "Moscow and Tehran have deepened their military ties since 2022.",
            &[("Moscow", "RUS"), ("Tehran", "IRN")],
        ),
        (
            "Kyiv says it shot down 24 of the 30 drones launched overnight.",
            &[("Kyiv", "UKR"), ("it", "UKR")],
        ),
        (
            "Officials in Kiev declined to comment on the report.",
            &[("Kiev", "UKR")],
        ),
        (
            "The White House said Washington would respond to any transfer.",
            &[("The White House", "USA"), ("Washington", "USA")],
        ),
        (
            "Beijing urged restraint, while Pyongyang fired another missile into the sea.",
            &[("Beijing", "CHN"), ("Pyongyang", "PRK")],
        ),
        (
            "Downing Street said the prime minister had spoken to his Ukrainian counterpart.",
            &[("Downing Street", "GBR"), ("Ukrainian", "UKR")],
        ),
        (
            "The Elysee said Paris would host the talks, and Berlin agreed.",
            &[("Elysee", "FRA"), ("Paris", "FRA"), ("Berlin", "DEU")],
        ),
        (
            "IRAN DENIES SENDING MISSILES TO RUSSIA",
            &[("IRAN", "IRN"), ("RUSSIA", "RUS")],
        ),
    ]);
}

#[test]
fn states_demonyms_and_bodies() {
    check(&[
        (
            "Iranian officials rejected the accusation on Saturday.",
            &[("Iranian", "IRN")],
        ),
        (
            "Russian forces pressed their offensive near Pokrovsk.",
            &[("Russian forces", "RUS.MIL")],
        ),
        (
            "Ukraine's air force said air defences destroyed 40 drones.",
            &[("Ukraine's air force", "UKR.AF")],
        ),
        (
            "The Russian Ministry of Defence said its troops had taken two villages.",
            &[("Russian Ministry of Defence", "RUS.MOD")],
        ),
        (
            "The Iranian foreign ministry summoned the British ambassador.",
            &[("Iranian foreign ministry", "IRN.MFA"), ("the British ambassador", "PERSON.gbr-ambassador")],
        ),
        (
            "The Islamic Revolutionary Guard Corps (IRGC) said it had seized a tanker.",
            &[("Islamic Revolutionary Guard Corps", "IRN.IRGC"), ("IRGC", "IRN.IRGC")],
        ),
        (
            "The Pentagon declined to comment, and the State Department referred questions to the NSC.",
            &[("Pentagon", "USA.DOD"), ("State Department", "USA.STATE"), ("NSC", "USA.NSC")],
        ),
        (
            "The foreign ministry of Turkey said Ankara would not join the sanctions.",
            &[("foreign ministry", "TUR.MFA"), ("Ankara", "TUR")],
        ),
        (
            "Israel said the IDF had struck Hezbollah positions in southern Lebanon.",
            &[("Israel", "ISR"), ("IDF", "ISR.IDF"), ("Hezbollah", "GROUP.HEZBOLLAH"), ("Lebanon", "LBN")],
        ),
        (
            "Let us be clear: the US will not accept it.",
            &[("us", "-"), ("US", "USA")],
        ),
    ]);
}

#[test]
fn international_organisations() {
    check(&[
        (
            "The UN Security Council will meet on Friday at the request of France.",
            &[("UN Security Council", "IGO.UN.SC"), ("France", "FRA")],
        ),
        (
            "NATO and the EU condemned the strike, and the G7 promised more aid.",
            &[("NATO", "IGO.NATO"), ("EU", "IGO.EU"), ("G7", "IGO.G7")],
        ),
        (
            "The IAEA said Iran had enriched uranium to 60 percent.",
            &[("IAEA", "IGO.IAEA"), ("Iran", "IRN")],
        ),
        (
            "OPEC+ agreed to extend output cuts, while the African Union and ASEAN issued statements.",
            &[("OPEC+", "IGO.OPEC"), ("African Union", "IGO.AU"), ("ASEAN", "IGO.ASEAN")],
        ),
        (
            "The United Nations said the alliance had not informed it.",
            &[("United Nations", "IGO.UN")],
        ),
    ]);
}

#[test]
fn outlets_as_speakers_and_publishers() {
    check(&[
        (
            "CNN and The Wall Street Journal reported, citing unnamed sources, that Iran had sent missiles.",
            &[("CNN", "OUTLET.CNN"), ("The Wall Street Journal", "OUTLET.WSJ"), ("Iran", "IRN")],
        ),
        (
            "A senior official told Reuters that the shipment left in September.",
            &[("Reuters", "OUTLET.REUTERS")],
        ),
        (
            "KYIV, Oct 3 (Reuters) - Ukraine said on Thursday it had struck an airbase.",
            &[("KYIV", "-"), ("Reuters", "OUTLET.REUTERS"), ("Ukraine", "UKR"), ("it", "UKR")],
        ),
        (
            "He was quoted by the Iranian Labour News Agency as saying that the report was false.",
            &[("Iranian Labour News Agency", "OUTLET.ILNA")],
        ),
        (
            "Russia's TASS and RIA Novosti carried the statement, and Interfax quoted a source.",
            &[("TASS", "OUTLET.TASS"), ("RIA Novosti", "OUTLET.RIA"), ("Interfax", "OUTLET.INTERFAX")],
        ),
        (
            "According to Tasnim and Fars, both close to the IRGC, the drill began at dawn.",
            &[("Tasnim", "OUTLET.TASNIM"), ("Fars", "OUTLET.FARS"), ("IRGC", "IRN.IRGC")],
        ),
        (
            "KCNA said the launch was a warning, Yonhap reported, while the Kyiv Independent and Ukrinform covered the strike.",
            &[("KCNA", "OUTLET.KCNA"), ("Yonhap", "OUTLET.YONHAP"), ("Kyiv Independent", "OUTLET.KYIVINDEPENDENT"), ("Ukrinform", "OUTLET.UKRINFORM")],
        ),
        (
            "Al Jazeera, the BBC and Sky News all aired the footage; Xinhua and the Global Times did not.",
            &[("Al Jazeera", "OUTLET.ALJAZEERA"), ("BBC", "OUTLET.BBC"), ("Sky News", "OUTLET.SKYNEWS"), ("Xinhua", "OUTLET.XINHUA"), ("Global Times", "OUTLET.GLOBALTIMES")],
        ),
        (
            "Iranian state media said the tests were routine, and IRNA published photos.",
            &[("Iranian state media", "IRN.MEDIA"), ("IRNA", "OUTLET.IRNA")],
        ),
    ]);
    assert_eq!(
        doc("The New York Times and AP reported it first.").id_at("AP"),
        Some("OUTLET.AP")
    );
}

#[test]
fn ambiguity_rules() {
    check(&[
        (
            "Georgia's parliament passed the foreign agents law despite protests in Tbilisi.",
            &[("Georgia's parliament", "GEO.LEG"), ("Tbilisi", "GEO")],
        ),
        (
            "Georgia Gov. Brian Kemp said Atlanta would host the summit.",
            &[("Georgia", "-")],
        ),
        (
            "Voters in Georgia head to the polls in the Senate race on Tuesday.",
            &[("Georgia", "-")],
        ),
        (
            "Turkey said it would block Sweden's bid to join NATO.",
            &[
                ("Turkey", "TUR"),
                ("it", "TUR"),
                ("Sweden", "SWE"),
                ("NATO", "IGO.NATO"),
            ],
        ),
        (
            "Israeli Defence Minister Israel Katz said the army would press on.",
            &[
                ("Israeli", "ISR"),
                ("Israel Katz", "PERSON.israel-katz"),
                ("army", "ISR.ARMY"),
            ],
        ),
        (
            "The actor Denzel Washington visited the troops.",
            &[
                ("Denzel Washington", "PERSON.denzel-washington"),
                ("Washington", "-"),
            ],
        ),
        (
            "Farmers in the Jordan Valley said settlers had attacked them.",
            &[("Jordan", "-")],
        ),
        (
            "Jordan said it had intercepted drones crossing its airspace.",
            &[("Jordan", "JOR"), ("it", "JOR")],
        ),
    ]);
}

#[test]
fn spans_are_code_points_in_output() {
    let raw =
        "“No missile was sent,” said Zelenskyy’s adviser in Kyiv. Ukraine’s air force agreed.";
    let d = doc(raw);
    let offsets = text::Offsets::new(&d.text);
    let actors = d.layer.to_actors(&d.text, &offsets);
    let chars: Vec<char> = d.text.chars().collect();
    let mut seen = 0;
    for a in &actors {
        for m in &a.mentions {
            let s: String = chars[m.start..m.end].iter().collect();
            assert_eq!(s, m.text);
            seen += 1;
        }
    }
    assert!(seen >= 3, "{}", d.dump());
    assert_eq!(d.id_at("Kyiv"), Some("UKR"));
    assert_eq!(d.id_at("Ukraine’s air force"), Some("UKR.AF"));
    assert_eq!(d.id_at("Zelenskyy"), Some("PERSON.volodymyr-zelenskyy"));
}

#[test]
fn extract_fills_actors_and_overlay_extends_lexicon() {
    use dossier_core::{extract, extract_with, make_document, DocumentHeader};
    let doc = make_document(
        "The Shargh daily said Tehran had not been consulted.",
        DocumentHeader::default(),
    );
    let out = extract(&doc);
    assert!(out.actors.iter().any(|a| a.id == "IRN"));
    assert!(!out.actors.iter().any(|a| a.id == "OUTLET.SHARGH"));
    let lex = Lexicon::with_overlay(&[(
        "outlets.tsv",
        "#id\tname\tkind\tcountry\taliases\nOUTLET.SHARGH\tShargh\toutlet\tIRN\t\n",
    )])
    .unwrap();
    let out = extract_with(&doc, &lex);
    let shargh = out.actors.iter().find(|a| a.id == "OUTLET.SHARGH").unwrap();
    assert_eq!(shargh.country.as_deref(), Some("IRN"));
    assert_eq!(shargh.mentions[0].text, "Shargh");
    assert_eq!(shargh.mentions[0].start, 4);
}

#[test]
fn api_helpers() {
    let d = doc("Kremlin spokesman Dmitry Peskov said Moscow had no comment.");
    let peskov_at = d.pos("Dmitry");
    let m = d.layer.mention_covering(peskov_at + 3).unwrap();
    assert_eq!(d.layer.actor_of(m).id, "PERSON.dmitry-peskov");
    let all = d.layer.mentions_in(0, d.text.len());
    assert_eq!(all.len(), d.layer.mentions.len());
    let ids: Vec<&str> = all
        .iter()
        .map(|m| d.layer.actors[m.actor].id.as_str())
        .collect();
    assert_eq!(ids, vec!["RUS", "PERSON.dmitry-peskov", "RUS"]);
}

#[test]
fn seed_story_end_to_end() {
    let d = doc("Iran denies sending ballistic missiles to Russia\n\nTEHRAN, Sept 9 (Reuters) - CNN and the WSJ reported last week, citing unnamed sources, that Iran had transferred short-range ballistic missiles to Russia.\n\nBrigadier General Fazlollah Nozari, deputy commander of the Khatam al-Anbia Central Headquarters, dismissed the claims on Monday. He was quoted by the Iranian Labour News Agency (ILNA) as saying, \u{201C}No missile was sent to Russia.\u{201D}\n\nThe general added that Tehran supported no party in the war. Iran's foreign ministry spokesman, Nasser Kanaani, called the reports baseless.\n\nA senior US official told reporters that Washington had seen intelligence on the shipments. The official said any transfer would be a significant escalation. Ukraine's foreign ministry summoned the Iranian charge d'affaires. It said Kyiv would respond.");
    check_doc(
        &d,
        &[
            ("Reuters", "OUTLET.REUTERS"),
            ("CNN", "OUTLET.CNN"),
            ("WSJ", "OUTLET.WSJ"),
            ("Fazlollah Nozari", "PERSON.fazlollah-nozari"),
            ("He", "PERSON.fazlollah-nozari"),
            ("Iranian Labour News Agency", "OUTLET.ILNA"),
            ("ILNA", "OUTLET.ILNA"),
            ("The general", "PERSON.fazlollah-nozari"),
            ("Tehran", "IRN"),
            ("Iran's foreign ministry", "IRN.MFA"),
            ("Nasser Kanaani", "PERSON.nasser-kanaani"),
            ("A senior US official", "PERSON.usa-senior-official"),
            ("Washington", "USA"),
            ("The official", "PERSON.usa-senior-official"),
            ("Ukraine's foreign ministry", "UKR.MFA"),
            (
                "the Iranian charge d'affaires",
                "PERSON.irn-charge-d-affaires",
            ),
            ("It", "UKR.MFA"),
            ("Kyiv", "UKR"),
        ],
    );
    assert_eq!(
        d.actor("PERSON.usa-senior-official").role.as_deref(),
        Some("senior US official")
    );
    assert_eq!(
        d.actor("PERSON.nasser-kanaani").affiliation.as_deref(),
        Some("IRN.MFA")
    );
    assert_eq!(
        d.actor("PERSON.irn-charge-d-affaires").country.as_deref(),
        Some("IRN")
    );
}

#[test]
fn acronym_names_are_organisations_and_passive_it_is_not_a_speaker() {
    check(&[
        (
            "Scottish SPCA inspector Stewart Taylor said the dog had been abandoned.",
            &[("Scottish SPCA", "ORG.scottish-spca"), ("Stewart Taylor", "PERSON.stewart-taylor")],
        ),
        (
            "MI5 agents questioned the men on safari, it was claimed yesterday.",
            &[("MI5", "GBR.MI5"), ("it", "-")],
        ),
        (
            "The Washington Post identified the man. It has now been claimed he was radicalised in 2010.",
            &[("The Washington Post", "OUTLET.WAPO"), ("It", "-")],
        ),
        (
            "Thousands of people marched on Friday past the offices of Reuters in central London. It said nothing.",
            &[("Reuters", "OUTLET.REUTERS"), ("It", "-")],
        ),
    ]);
}

#[test]
fn hyphen_suffixes_and_outlet_heads_end_names() {
    check(&[
        (
            "The Aaron Sorkin-written film about Steve Jobs opens on Friday.",
            &[
                ("Aaron Sorkin", "PERSON.aaron-sorkin"),
                ("Steve Jobs", "PERSON.steve-jobs"),
            ],
        ),
        (
            "Iran-backed militias attacked the base, the Adobo Chronicles reported.",
            &[
                ("Iran", "IRN"),
                ("Adobo Chronicles", "OUTLET.adobo-chronicles"),
            ],
        ),
    ]);
}

#[test]
fn place_company_and_paper_heads_end_unknown_names() {
    // Unknown capitalised names whose last word is a place, company or newspaper head are not
    // people: places are not actors at all, companies are organisations, papers are outlets.
    check(&[
        (
            "Prisoners held at Guantanamo Bay were compared with the man in the video.",
            &[("Guantanamo Bay", "-")],
        ),
        (
            "The robots patrol the Demilitarized Zone between the two Koreas.",
            &[("Demilitarized Zone", "-")],
        ),
        (
            "Mourners gathered at the National War Memorial in Ottawa on Thursday.",
            &[("National War Memorial", "-")],
        ),
        (
            "The robot was built by Boston Dynamics, which Google bought last year.",
            &[("Boston Dynamics", "ORG.boston-dynamics")],
        ),
        (
            "She was active in the Save Darfur Coalition while at university.",
            &[("Save Darfur Coalition", "ORG.save-darfur-coalition")],
        ),
        (
            "She told the Daily Courier in 2013 that she wanted to help refugees.",
            &[("Daily Courier", "OUTLET.daily-courier")],
        ),
    ]);
}

#[test]
fn think_tanks_are_organisations_and_names_stop_before_a_date() {
    check(&[
        (
            "According to the Committee to Protect Journalists, at least 66 journalists have been killed.",
            &[("Committee to Protect Journalists", "NGO.CPJ")],
        ),
        (
            "Afzal Ashraf, a consultant fellow at the Royal United Services Institute, said the jets would need maintenance.",
            &[("Royal United Services Institute", "NGO.RUSI")],
        ),
    ]);
    let d = doc("Jordanian TV on Feb. 3 showed the pilot's death in a cage.");
    assert_eq!(
        d.mention_text("Jordanian TV"),
        Some("Jordanian TV"),
        "{}",
        d.dump()
    );
}

#[test]
fn companies_and_platforms_are_organisations_with_their_country() {
    check(&[
        (
            "Facebook said it had removed the video, and YouTube took down copies of it.",
            &[
                ("Facebook", "ORG.FACEBOOK"),
                ("it", "ORG.FACEBOOK"),
                ("YouTube", "ORG.YOUTUBE"),
            ],
        ),
        (
            "Gazprom cut gas supplies to Ukraine after Naftogaz refused to pay.",
            &[
                ("Gazprom", "ORG.GAZPROM"),
                ("Ukraine", "UKR"),
                ("Naftogaz", "ORG.NAFTOGAZ"),
            ],
        ),
    ]);
    let d = doc("Lockheed Martin declined to comment on the contract.");
    let a = d.actor("ORG.LOCKHEED");
    assert_eq!(a.kind, dossier_core::model::ActorKind::Organisation);
    assert_eq!(a.country.as_deref(), Some("USA"));
}

#[test]
fn datelines_are_where_the_story_was_filed_not_actors() {
    check(&[
        (
            "WASHINGTON (CBS DC) – Rep. Duncan Hunter says ISIS fighters were caught at the border.",
            &[
                ("WASHINGTON", "-"),
                // The parenthesised agency is the publisher, as "(Reuters)" is.
                ("CBS DC", "OUTLET.CBS"),
                ("Duncan Hunter", "PERSON.duncan-hunter"),
            ],
        ),
        (
            "BAGHDAD, Iraq – The Islamic State incinerated the bodies of five militants.",
            &[("BAGHDAD", "-"), ("Iraq", "-"), ("Islamic State", "GROUP.ISIS")],
        ),
        (
            "KABUL, Afghanistan, Dec. 3 (Reuters) - The Taliban said it attacked a base.",
            &[("KABUL", "-"), ("Afghanistan", "-"), ("Reuters", "OUTLET.REUTERS"), ("Taliban", "GROUP.TALIBAN")],
        ),
        // In running text a capital in capitals is still its state.
        (
            "Officials said WASHINGTON would respond – and soon.",
            &[("WASHINGTON", "USA")],
        ),
    ]);
}

#[test]
fn korean_given_names_keep_their_hyphenated_syllables() {
    check(&[
        (
            "Their aunt, Kim Kyong-hui, was influential until her husband was executed.",
            &[("Kim Kyong-hui", "PERSON.kim-kyong-hui")],
        ),
        (
            "Secretary-General Ban Ki-moon issued a statement condemning the attack.",
            &[("Ban Ki-moon", "PERSON.ban-ki-moon")],
        ),
        (
            "He took over from his father, Kim Jong-il, in December 2011.",
            &[("Kim Jong-il", "PERSON.kim-jong-il")],
        ),
        // Elsewhere a lower-case suffix still ends the name.
        (
            "The Iran-backed militia fought alongside the Saudi-led coalition.",
            &[("Iran", "IRN")],
        ),
    ]);
}

#[test]
fn a_commissioner_named_after_his_title_is_a_person() {
    check(&[(
        "In a lengthy press conference, RCMP Commissioner Bob Paulson said the gunman acted alone.",
        &[("Bob Paulson", "PERSON.bob-paulson")],
    )]);
}
