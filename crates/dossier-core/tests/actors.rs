//! Actor recognition on realistic news sentences (written for these tests).
//!
//! Each case is a short text and expectations `surface => id`: the first mention that starts at
//! the n-th occurrence of `surface` (write `surface#2` for the second) must resolve to `id`;
//! `surface => -` asserts that no mention starts there.

use dossier_core::actors::{ActorLayer, MentionForm};
use dossier_core::lexicon::Lexicon;
use dossier_core::model::ActorKind;
use dossier_core::text;

struct Doc {
    text: String,
    layer: ActorLayer,
}

fn doc(raw: &str) -> Doc {
    let text = text::normalize(raw);
    let sentences = text::sentences(&text);
    let layer = ActorLayer::recognise(&text, &sentences, Lexicon::embedded());
    Doc { text, layer }
}

impl Doc {
    fn pos(&self, surface: &str) -> usize {
        let (s, nth) = match surface.rsplit_once('#') {
            Some((s, n)) if n.chars().all(|c| c.is_ascii_digit()) => (s, n.parse().unwrap()),
            _ => (surface, 1usize),
        };
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.text
            .match_indices(s)
            .filter(|(i, m)| {
                !word(self.text[..*i].chars().next_back())
                    && !word(self.text[i + m.len()..].chars().next())
            })
            .nth(nth - 1)
            .unwrap_or_else(|| panic!("{s:?} #{nth} not in {:?}", self.text))
            .0
    }

    /// Id of the actor mentioned at `surface`, if any.
    fn id_at(&self, surface: &str) -> Option<&str> {
        let p = self.pos(surface);
        self.layer
            .mention_at(p)
            .map(|m| self.layer.actors[m.actor].id.as_str())
    }

    fn form_at(&self, surface: &str) -> Option<MentionForm> {
        self.layer.mention_at(self.pos(surface)).map(|m| m.form)
    }

    fn mention_text(&self, surface: &str) -> Option<&str> {
        self.layer
            .mention_at(self.pos(surface))
            .map(|m| &self.text[m.start..m.end])
    }

    fn actor(&self, id: &str) -> &dossier_core::actors::ActorEntry {
        let i = self
            .layer
            .actor_by_id(id)
            .unwrap_or_else(|| panic!("no actor {id} in {:?}", self.ids()));
        &self.layer.actors[i]
    }

    fn ids(&self) -> Vec<&str> {
        self.layer.actors.iter().map(|a| a.id.as_str()).collect()
    }

    fn dump(&self) -> String {
        self.layer
            .mentions
            .iter()
            .map(|m| {
                format!(
                    "{:?}->{}",
                    &self.text[m.start..m.end],
                    self.layer.actors[m.actor].id
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Check all cases, reporting every failure at once.
fn check(cases: &[(&str, &[(&str, &str)])]) {
    let mut failures = Vec::new();
    for (text, expect) in cases {
        let d = doc(text);
        invariants(&d);
        for (surface, want) in *expect {
            let got = d.id_at(surface);
            let ok = match *want {
                "-" => got.is_none(),
                w => got == Some(w),
            };
            if !ok {
                failures.push(format!(
                    "{text:?}\n    at {surface:?}: want {want}, got {got:?}\n    mentions: {}",
                    d.dump()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Mentions sorted, non-overlapping, on char boundaries, each pointing at an actor.
fn invariants(d: &Doc) {
    let mut last_end = 0;
    for m in &d.layer.mentions {
        assert!(m.start >= last_end, "overlap or disorder in {}", d.dump());
        assert!(m.start < m.end);
        assert!(d.text.is_char_boundary(m.start) && d.text.is_char_boundary(m.end));
        assert!(m.actor < d.layer.actors.len());
        last_end = m.end;
    }
}

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
            &[("KYIV", "UKR"), ("Reuters", "OUTLET.REUTERS"), ("Ukraine", "UKR"), ("it", "UKR")],
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
fn seed_story_end_to_end() {
    let d = doc("Iran denies sending ballistic missiles to Russia\n\nTEHRAN, Sept 9 (Reuters) - CNN and the WSJ reported last week, citing unnamed sources, that Iran had transferred short-range ballistic missiles to Russia.\n\nBrigadier General Fazlollah Nozari, deputy commander of the Khatam al-Anbia Central Headquarters, dismissed the claims on Monday. He was quoted by the Iranian Labour News Agency (ILNA) as saying, \u{201C}No missile was sent to Russia.\u{201D}\n\nThe general added that Tehran supported no party in the war. Iran's foreign ministry spokesman, Nasser Kanaani, called the reports baseless.\n\nA senior US official told reporters that Washington had seen intelligence on the shipments. The official said any transfer would be a significant escalation. Ukraine's foreign ministry summoned the Iranian charge d'affaires. It said Kyiv would respond.");
    check_doc(
        &d,
        &[
            ("TEHRAN", "IRN"),
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

fn check_doc(d: &Doc, expect: &[(&str, &str)]) {
    invariants(d);
    let bad: Vec<String> = expect
        .iter()
        .filter(|(s, id)| d.id_at(s) != Some(*id))
        .map(|(s, id)| format!("{s:?}: want {id}, got {:?}", d.id_at(s)))
        .collect();
    assert!(bad.is_empty(), "{}\n{}", bad.join("\n"), d.dump());
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
            &[("Russian", "RUS"), ("they", "-")],
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
