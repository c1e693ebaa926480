//! Tests of the event-coding evaluation (`events.rs`).

use super::*;

#[test]
fn overlay_reads_tabari_prefix_and_exact_words_and_combines_agents() {
    let actors = "ARNOR_  [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nBOROMIR [---]\n";
    let agents = "!PERSON! = MAN, MEN\nFOREIGN_MINISTER [~GOVFRM] # x\nPRESIDENT [~GOV]\n";
    let o = ActorOverlay::parse(actors, agents);
    let text = "The Gondorian foreign minister met the president of Arnor in Minas Tirith.";
    let l = o.layer(text, None);
    let got: Vec<(&str, &str)> = l
        .mentions
        .iter()
        .map(|m| (&text[m.start..m.end], l.actors[m.actor].id.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Gondorian foreign minister", "GONGOVFRM"),
            ("president of Arnor", "ARNGOV"),
            ("Minas Tirith", "GON")
        ]
    );
    // ARNOR_ is exact: "Arnorian" is not Arnor.
    assert!(o.layer("Arnorian troops", None).mentions.is_empty());
}

#[test]
fn records_are_read_with_codings_and_flags() {
    let xml = r#"<Validation><Sentences>
<!-- <Sentence id="commented-out"> -->
<Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<Text>
Arnor is about to restore full diplomatic ties with Gondor &amp; Rohan.
</Text>
</Sentence>
<Sentence id="X-2" evaluate="false"><EventCoding noevents="True"/><Text>Nothing.</Text></Sentence>
</Sentences></Validation>"#;
    let r = read_records(xml);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].id, "DEMO-01");
    assert_eq!(
        r[0].expected,
        vec![("ARN".into(), "GON".into(), "050".into())]
    );
    assert_eq!(
        r[0].text,
        "Arnor is about to restore full diplomatic ties with Gondor & Rohan."
    );
    assert!(!r[1].evaluate);
    assert!(r[1].expected.is_empty());
}

#[test]
fn scoring_counts_found_and_extra() {
    let o = ActorOverlay::parse("ARNOR [ARN]\nGONDOR [GON]\n", "");
    let xml = r#"<Sentence id="a"><EventCoding eventcode="190" sourcecode="ARN" targetcode="GON"/>
<Text>Arnor attacked Gondor.</Text></Sentence>
<Sentence id="b"><EventCoding noevents="True"/><Text>Gondor attacked Arnor.</Text></Sentence>"#;
    let r = eval_records("t", xml, &o, EventLexicon::builtin(), Parses::Ours, None);
    assert_eq!((r.records, r.expected, r.produced), (2, 1, 2));
    assert_eq!(r.found, 1);
    assert_eq!(r.extra, 1);
    assert_eq!(r.found_pct(), 100.0);
    assert_eq!(r.extra_pct(), 50.0);
}

#[test]
fn shared_data_figures() {
    let dir = default_data_dir();
    if !dir.exists() {
        eprintln!("SKIP: {} not found", dir.display());
        return;
    }
    let rep = eval_all(&dir).expect("eval runs");
    println!("{rep}");
    for s in &rep.sets {
        let (records, expected) = if s.name.contains("GSR") {
            (70, 70)
        } else {
            (200, 300)
        };
        assert!(s.records > records, "{s:?}");
        assert!(s.expected > expected, "{s:?}");
        assert!(s.found > 0, "{s:?}");
    }
    // Own verb dictionaries: the coder finds most expected events of the UniversalPetrarch
    // records (development figure, see README).
    // The tree coder on the records' own UD parses (its logic without our parser's errors):
    // development floor, see README.
    assert!(rep.sets[2].found_pct() > 40.0, "{:?}", rep.sets[2]);
    assert!(rep.plover.as_ref().is_some_and(|p| p.records == 322));
    // PLOVER gold records: share whose event type some coded event has (session 26 measured
    // 32.30 %; floor one point below, so that no change loses it silently).
    let plover = rep.plover.as_ref().expect("PLOVER records");
    let agree = 100.0 * plover.event_agree as f64 / plover.records as f64;
    assert!(
        agree >= 31.3,
        "PLOVER type agreement {agree:.2} %: {plover:?}"
    );
}

#[test]
fn verbose_listing_names_the_cause_of_each_miss() {
    let o = ActorOverlay::parse("ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\n", "");
    // a: found; b: the dyad is coded with another code; c: Rohan is no actor of the overlay
    // here (the record expects a code nobody has).
    let xml = r#"<Sentence id="a"><EventCoding eventcode="190" sourcecode="ARN" targetcode="GON"/>
<Text>Arnor attacked Gondor.</Text></Sentence>
<Sentence id="b"><EventCoding eventcode="111" sourcecode="GON" targetcode="ARN"/>
<Text>Gondor attacked Arnor.</Text></Sentence>
<Sentence id="c"><EventCoding eventcode="190" sourcecode="XYZ" targetcode="GON"/>
<Text>Arnor attacked Gondor.</Text></Sentence>"#;
    let mut l = Listing::new("t");
    let r = eval_records(
        "t",
        xml,
        &o,
        EventLexicon::builtin(),
        Parses::Ours,
        Some(&mut l),
    );
    assert_eq!(r.found, 1);
    assert_eq!(
        l.causes.get("code differs").copied(),
        Some(1),
        "{}",
        l.lines
    );
    assert_eq!(
        l.causes.get("actor not recognised").copied(),
        Some(1),
        "{}",
        l.lines
    );
    assert!(
        !l.lines.contains("\na \""),
        "a found record is not listed: {}",
        l.lines
    );
    assert!(l.summary().contains("code differs"));
}

#[test]
fn a_bare_agent_is_coded_without_country() {
    let o = ActorOverlay::parse("ARNOR [ARN]\n", "CONGRESS [~LEG]\n");
    let layer = o.layer("Congress pressured Arnor.", None);
    let ids: Vec<&str> = layer.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["---LEG", "ARN"]);
}
