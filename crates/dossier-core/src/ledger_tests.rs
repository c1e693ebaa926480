//! Tests of the ledger's status rules (`ledger.rs`), including the property tests that the
//! incremental fold equals a full replay.

use super::*;

fn entry(
    doc: &str,
    date: &str,
    speaker: (&str, &str, Option<&str>),
    stance: LedgerStance,
    sourcing: Sourcing,
    via: &[&str],
) -> LedgerEntry {
    LedgerEntry {
        document: doc.into(),
        published: Some(date.into()),
        outlet: Some("Wire".into()),
        speaker: Voice {
            id: speaker.0.into(),
            name: speaker.1.into(),
            country: speaker.2.map(str::to_string),
        },
        via: via
            .iter()
            .map(|s| Voice {
                id: format!("OUTLET.{s}"),
                name: s.to_string(),
                country: None,
            })
            .collect(),
        stance,
        sourcing,
        source: EntrySource::Statement,
        evidence: Span {
            start: 0,
            end: 4,
            text: "said".into(),
        },
        date: None,
    }
}

const CNN: (&str, &str, Option<&str>) = ("OUTLET.CNN", "CNN", Some("USA"));
const WSJ: (&str, &str, Option<&str>) = ("OUTLET.WSJ", "The Wall Street Journal", Some("USA"));
const NOZARI: (&str, &str, Option<&str>) =
    ("PERSON.fazlollah-nozari", "Fazlollah Nozari", Some("IRN"));
const BLINKEN: (&str, &str, Option<&str>) =
    ("PERSON.antony-blinken", "Antony Blinken", Some("USA"));
const IRAN_FM: (&str, &str, Option<&str>) = ("IRN.MFA", "Iran's foreign ministry", Some("IRN"));

fn iran_to_russia() -> Parties {
    Parties::new("IRN", Some("RUS"))
}

#[test]
fn anonymous_only_support_stays_unverified_even_from_two_outlets() {
    let ledger = vec![
        entry(
            "d1",
            "2024-08-09",
            CNN,
            LedgerStance::Asserts,
            Sourcing::Anonymous,
            &[],
        ),
        entry(
            "d1",
            "2024-08-09",
            WSJ,
            LedgerStance::Asserts,
            Sourcing::Anonymous,
            &[],
        ),
    ];
    let a = assess(&iran_to_russia(), &ledger);
    assert_eq!(a.status, ClaimStatus::Unverified);
    assert!(
        a.explanation
            .contains("asserted by CNN (citing unnamed sources) and The Wall Street Journal (citing unnamed sources)"),
        "{}",
        a.explanation
    );
}

#[test]
fn a_denial_by_the_party_makes_it_disputed_and_named_support_keeps_it_so() {
    let ledger = vec![
        entry(
            "d1",
            "2024-08-09",
            CNN,
            LedgerStance::Asserts,
            Sourcing::Anonymous,
            &[],
        ),
        entry(
            "d2",
            "2024-08-11",
            NOZARI,
            LedgerStance::Denies,
            Sourcing::Named,
            &["ILNA"],
        ),
        entry(
            "d3",
            "2024-09-10",
            BLINKEN,
            LedgerStance::Asserts,
            Sourcing::Named,
            &[],
        ),
    ];
    let a = assess(&iran_to_russia(), &ledger);
    assert_eq!(a.status, ClaimStatus::Disputed);
    let steps: Vec<ClaimStatus> = a.timeline.iter().map(|c| c.to).collect();
    assert_eq!(steps, [ClaimStatus::Unverified, ClaimStatus::Disputed]);
    assert_eq!(a.timeline[1].document, "d2");
    assert!(
        a.explanation
            .contains("denied by Fazlollah Nozari (via ILNA)"),
        "{}",
        a.explanation
    );
}

#[test]
fn named_support_without_denial_is_reported() {
    let ledger = vec![entry(
        "d3",
        "2024-09-10",
        BLINKEN,
        LedgerStance::Asserts,
        Sourcing::Named,
        &[],
    )];
    assert_eq!(
        assess(&iran_to_russia(), &ledger).status,
        ClaimStatus::Reported
    );
}

#[test]
fn an_admission_by_the_party_confirms_and_replaces_its_earlier_denial() {
    let air_force = ("UKR.AIR_FORCE", "Ukraine's air force", Some("UKR"));
    let minister = (
        "PERSON.hossein-amir-abdollahian",
        "Hossein Amir-Abdollahian",
        Some("IRN"),
    );
    let ledger = vec![
        entry(
            "d2",
            "2022-10-18",
            IRAN_FM,
            LedgerStance::Denies,
            Sourcing::OfficialBody,
            &[],
        ),
        entry(
            "d1",
            "2022-10-10",
            air_force,
            LedgerStance::Asserts,
            Sourcing::OfficialBody,
            &[],
        ),
        entry(
            "d4",
            "2022-11-05",
            minister,
            LedgerStance::Asserts,
            Sourcing::Named,
            &["IRNA"],
        ),
    ];
    let a = assess(&iran_to_russia(), &ledger);
    assert_eq!(a.status, ClaimStatus::Confirmed);
    let steps: Vec<ClaimStatus> = a.timeline.iter().map(|c| c.to).collect();
    assert_eq!(
        steps,
        [
            ClaimStatus::Reported,
            ClaimStatus::Disputed,
            ClaimStatus::Confirmed
        ]
    );
    assert_eq!(a.timeline[2].document, "d4");
    assert!(
        a.explanation
            .starts_with("confirmed: acknowledged by a party"),
        "{}",
        a.explanation
    );
    assert!(
        a.explanation
            .contains("acknowledged by Hossein Amir-Abdollahian (via IRNA)"),
        "{}",
        a.explanation
    );
    assert!(!a.explanation.contains("denied by"), "{}", a.explanation);

    // A later denial by the party stands again: confirmation is lost.
    let mut ledger = ledger;
    ledger.push(entry(
        "d5",
        "2022-12-01",
        IRAN_FM,
        LedgerStance::Denies,
        Sourcing::OfficialBody,
        &[],
    ));
    assert_eq!(
        assess(&iran_to_russia(), &ledger).status,
        ClaimStatus::Disputed
    );
}

#[test]
fn a_retraction_turns_lone_support_into_a_denial() {
    let outlet = ("OUTLET.Eastern Dispatch", "Eastern Dispatch", None);
    let source = ("ANON.source", "a source in the region", None);
    let ledger = vec![
        entry(
            "d1",
            "2024-09-15",
            source,
            LedgerStance::Asserts,
            Sourcing::Anonymous,
            &["Eastern Dispatch"],
        ),
        entry(
            "d2",
            "2024-09-18",
            outlet,
            LedgerStance::Denies,
            Sourcing::Outlet,
            &[],
        ),
    ];
    let a = assess(&Parties::new("IRN", Some("UKR")), &ledger);
    assert_eq!(a.status, ClaimStatus::Denied);
    assert!(
        a.explanation.contains("retracted by Eastern Dispatch"),
        "{}",
        a.explanation
    );
    let steps: Vec<ClaimStatus> = a.timeline.iter().map(|c| c.to).collect();
    assert_eq!(steps, [ClaimStatus::Unverified, ClaimStatus::Denied]);
}

#[test]
fn two_outlets_in_their_own_voice_are_reported_one_is_not() {
    let a = ("OUTLET.A", "Outlet A", None);
    let b = ("OUTLET.B", "Outlet B", None);
    let one = vec![entry(
        "d1",
        "2024-01-01",
        a,
        LedgerStance::Asserts,
        Sourcing::Outlet,
        &[],
    )];
    assert_eq!(
        assess(&iran_to_russia(), &one).status,
        ClaimStatus::Unverified
    );
    let mut two = one.clone();
    two.push(entry(
        "d2",
        "2024-01-02",
        b,
        LedgerStance::Asserts,
        Sourcing::Outlet,
        &[],
    ));
    assert_eq!(
        assess(&iran_to_russia(), &two).status,
        ClaimStatus::Reported
    );
}

#[test]
fn model_stances_never_decide_a_status() {
    let mut m = entry(
        "d9",
        "2024-01-01",
        ("MODEL", "stance model", None),
        LedgerStance::Asserts,
        Sourcing::Unattributed,
        &[],
    );
    m.source = EntrySource::Model;
    let a = assess(&iran_to_russia(), &[m]);
    assert_eq!(a.status, ClaimStatus::Unverified);
    assert!(
        a.explanation.contains("1 article stance from the model"),
        "{}",
        a.explanation
    );
}

#[test]
fn the_result_does_not_depend_on_input_order() {
    let ledger = vec![
        entry(
            "d1",
            "2024-08-09",
            CNN,
            LedgerStance::Asserts,
            Sourcing::Anonymous,
            &[],
        ),
        entry(
            "d2",
            "2024-08-11",
            NOZARI,
            LedgerStance::Denies,
            Sourcing::Named,
            &["ILNA"],
        ),
        entry(
            "d3",
            "2024-09-10",
            BLINKEN,
            LedgerStance::Asserts,
            Sourcing::Named,
            &[],
        ),
    ];
    let mut reversed = ledger.clone();
    reversed.reverse();
    assert_eq!(
        assess(&iran_to_russia(), &ledger),
        assess(&iran_to_russia(), &reversed)
    );
}

/// The rules as first written: the whole ledger replayed entry by entry, every check a
/// scan over the entries read so far. [`assess`] must agree with it exactly.
fn assess_by_scanning(parties: &Parties, entries: &[LedgerEntry]) -> Assessment {
    let order = chronological(entries);
    let mut standing: Vec<&LedgerEntry> = Vec::new();
    let mut timeline = Vec::new();
    let mut current = None;
    let mut explanation = String::from("no statement bears on this claim yet");
    let mut i = 0;
    while i < order.len() {
        let doc = &order[i].document;
        let mut j = i;
        while j < order.len() && order[j].document == *doc {
            admit(&mut standing, order[j], parties);
            j += 1;
        }
        let read: Vec<LedgerEntry> = order[..j].iter().map(|e| (*e).clone()).collect();
        // The summary of what was read, built by scanning (model count and support).
        let mut summary = Summary::new();
        summary.model = read
            .iter()
            .filter(|e| e.source == EntrySource::Model)
            .count();
        for o in read.iter().filter(|o| o.supports()) {
            remember(
                summary
                    .supported_by_voice
                    .entry(o.voice_key(parties))
                    .or_default(),
                &o.document,
            );
            if let Some(v) = o.via.first() {
                remember(
                    summary.supported_via.entry(v.id.clone()).or_default(),
                    &o.document,
                );
            }
        }
        // Retractions by scanning, checked against the summary's answer.
        for e in standing.iter().filter(|e| e.stance == LedgerStance::Denies) {
            assert_eq!(
                read.iter().any(|o| e.withdraws(o, parties)),
                summary.retracts(e, parties)
            );
        }
        let (status, why) = status_of(parties, &standing, &summary);
        explanation = why;
        if current != Some(status) {
            timeline.push(StatusChange {
                published: order[i].published.clone(),
                document: doc.clone(),
                from: current,
                to: status,
                explanation: explanation.clone(),
                date: order[i..j]
                    .iter()
                    .filter(|e| e.source != EntrySource::Model)
                    .find_map(|e| e.date.clone()),
            });
            current = Some(status);
        }
        i = j;
    }
    Assessment {
        status: current.unwrap_or(ClaimStatus::Unverified),
        explanation,
        timeline,
    }
}

#[test]
fn a_timeline_step_explains_only_what_was_read_by_then() {
    let mut m = entry(
        "d9",
        "2024-12-01",
        ("MODEL.wire", "Wire (article stance)", None),
        LedgerStance::Asserts,
        Sourcing::Outlet,
        &[],
    );
    m.source = EntrySource::Model;
    let ledger = vec![
        entry(
            "d1",
            "2024-08-09",
            CNN,
            LedgerStance::Asserts,
            Sourcing::Anonymous,
            &[],
        ),
        m,
    ];
    let a = assess(&iran_to_russia(), &ledger);
    assert_eq!(a.timeline.len(), 1);
    assert!(
        !a.timeline[0].explanation.contains("model"),
        "{}",
        a.timeline[0].explanation
    );
    assert!(
        a.explanation.contains("1 article stance from the model"),
        "{}",
        a.explanation
    );
}

mod props {
    use super::*;
    use proptest::prelude::*;

    const SPEAKERS: &[(&str, &str, Option<&str>)] = &[
        CNN,
        WSJ,
        NOZARI,
        BLINKEN,
        IRAN_FM,
        ("RUS", "Russia", None),
        ("ANON.officials", "officials", None),
        ("OUTLET.ILNA", "ILNA", Some("IRN")),
        ("MODEL.wire", "Wire (article stance)", None),
    ];
    const STANCES: &[LedgerStance] = &[
        LedgerStance::Asserts,
        LedgerStance::Denies,
        LedgerStance::Reports,
        LedgerStance::Hedges,
    ];
    const SOURCING: &[Sourcing] = &[
        Sourcing::Named,
        Sourcing::OfficialBody,
        Sourcing::Anonymous,
        Sourcing::Unattributed,
        Sourcing::Outlet,
    ];

    /// A ledger of up to 40 entries over up to 12 documents (some undated, some sharing a
    /// date), voices drawn from a small cast so that they recur, deny and retract.
    fn ledger() -> impl Strategy<Value = Vec<LedgerEntry>> {
        let one = (
            0..12usize,
            0..SPEAKERS.len(),
            0..4usize,
            0..5usize,
            0..4usize,
        );
        proptest::collection::vec(one, 0..40).prop_map(|rows| {
            rows.into_iter()
                .map(|(doc, sp, st, so, via)| {
                    let via: &[&str] = match via {
                        0 => &["ILNA"],
                        1 => &["CNN"],
                        _ => &[],
                    };
                    let mut e = entry(
                        &format!("d{doc:02}"),
                        "",
                        SPEAKERS[sp],
                        STANCES[st],
                        SOURCING[so],
                        via,
                    );
                    // A document has one date; a third of them are undated.
                    e.published = (doc % 3 != 0).then(|| format!("2024-0{}-01", 1 + doc % 6));
                    if SPEAKERS[sp].0.starts_with("MODEL") {
                        e.source = EntrySource::Model;
                    }
                    e
                })
                .collect()
        })
    }

    /// Entries grouped by document, in the order the store reads them.
    fn store_order(mut entries: Vec<LedgerEntry>) -> Vec<LedgerEntry> {
        entries.sort_by(|a, b| {
            (a.published.is_none(), &a.published, &a.document).cmp(&(
                b.published.is_none(),
                &b.published,
                &b.document,
            ))
        });
        entries
    }

    proptest! {
        #[test]
        fn assess_agrees_with_the_rules_replayed_by_scanning(l in ledger()) {
            let l = store_order(l);
            let p = iran_to_russia();
            prop_assert_eq!(assess(&p, &l), assess_by_scanning(&p, &l));
        }

        #[test]
        fn folding_documents_one_by_one_through_json_gives_the_full_assessment(l in ledger()) {
            let l = store_order(l);
            let p = iran_to_russia();
            let mut summary = Summary::new();
            let mut timeline = Vec::new();
            let mut i = 0;
            while i < l.len() {
                let j = i + l[i..].iter().take_while(|e| e.document == l[i].document).count();
                // Stored and read back between documents, as the store does.
                let json = serde_json::to_string(&summary).unwrap();
                summary = serde_json::from_str(&json).unwrap();
                timeline.extend(summary.fold(&p, &l[i..j]));
                i = j;
            }
            let full = assess(&p, &l);
            prop_assert_eq!(summary.status(), full.status);
            prop_assert_eq!(&summary.explanation, &full.explanation);
            prop_assert_eq!(summary.changes, full.timeline.len());
            prop_assert_eq!(timeline, full.timeline);
            let standing: Vec<LedgerEntry> = standing(&p, &l).into_iter().cloned().collect();
            prop_assert_eq!(summary.standing, standing);
        }
    }
}

/// "Police say the gunman in the library shooting was Myron May": the police investigating the
/// shooting are not a party of "the shooter is Myron May", but an official with direct
/// knowledge; when the caller names them, their assertion confirms. Named but not direct
/// (a columnist), it stays reported; a standing denial by a party still blocks it.
#[test]
fn an_official_with_direct_knowledge_confirms() {
    const POLICE: (&str, &str, Option<&str>) = ("USA.POLICE", "Tallahassee police", Some("USA"));
    const COLUMNIST: (&str, &str, Option<&str>) = ("PERSON.columnist", "a columnist", None);
    const MAY: (&str, &str, Option<&str>) = ("PERSON.myron-may", "Myron May", None);
    let police = entry(
        "d2",
        "2014-11-20",
        POLICE,
        LedgerStance::Asserts,
        Sourcing::OfficialBody,
        &[],
    );
    let columnist = entry(
        "d1",
        "2014-11-20",
        COLUMNIST,
        LedgerStance::Asserts,
        Sourcing::Named,
        &[],
    );
    let parties = Parties::new("PERSON.myron-may", None);
    let ledger = vec![columnist.clone(), police.clone()];
    // Without knowing who has direct knowledge, the police are one named voice among others.
    assert_eq!(assess(&parties, &ledger).status, ClaimStatus::Reported);
    let mut direct = parties.clone();
    direct.direct.push("USA.POLICE".into());
    let a = assess(&direct, &ledger);
    assert_eq!(a.status, ClaimStatus::Confirmed);
    assert!(
        a.explanation.contains("official with direct knowledge"),
        "{}",
        a.explanation
    );
    assert!(
        a.explanation.contains("Tallahassee police"),
        "{}",
        a.explanation
    );
    // The columnist alone, however named, does not confirm.
    assert_eq!(assess(&direct, &[columnist]).status, ClaimStatus::Reported);
    // A standing denial by the party it is about still blocks the confirmation.
    let denial = entry(
        "d3",
        "2014-11-21",
        MAY,
        LedgerStance::Denies,
        Sourcing::Named,
        &[],
    );
    assert_eq!(
        assess(&direct, &[police, denial]).status,
        ClaimStatus::Disputed
    );
}
