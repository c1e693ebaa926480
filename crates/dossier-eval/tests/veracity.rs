//! The veracity scoring (`dossier eval veracity` on Emergent): status mapping and scores,
//! headline reading (cue words, speakers, parties, authorities) on headlines written for these
//! tests, and, when `../shared/data` exists (or `DOSSIER_SHARED_DATA`), the run on Emergent
//! (without it those tests print SKIP).

mod shared_data;

use dossier_core::{
    make_document, ActorRef, DocumentHeader, Extraction, Mode, Sourcing, Span, Stance, Statement,
};
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    shared_data::shared("stance/emergent/edata_all.csv")
}

fn span_of(text: &str, needle: &str) -> Span {
    let b = text.find(needle).expect("needle in text");
    let start = text[..b].chars().count();
    Span {
        start,
        end: start + needle.chars().count(),
        text: needle.to_string(),
    }
}

fn actor(id: &str, name: &str) -> ActorRef {
    ActorRef {
        id: id.into(),
        name: name.into(),
        mention: None,
    }
}

/// A headline `text` about `claim`, as article `i` of its own outlet, read into a ledger entry
/// with the model's stance taken as "hedges" (cue words and parties decide).
fn read_as(
    cp: &dossier_eval::veracity::ClaimParties,
    claim: &str,
    how: dossier_eval::veracity::Reading,
    i: usize,
    text: &str,
) -> dossier_core::ledger::LedgerEntry {
    use dossier_core::ledger::LedgerStance;
    use dossier_eval::veracity::*;
    let h = Headline {
        article: format!("a{i}"),
        text: text.into(),
        host: format!("outlet{i}.example"),
        gold_stance: "for".into(),
    };
    let x = dossier_core::extract(&make_document(text, DocumentHeader::default()));
    read_headline(
        &h,
        &x,
        cp,
        headline_cue(text, claim),
        LedgerStance::Hedges,
        LedgerStance::Hedges,
        how,
    )
}

#[test]
fn veracity_maps_statuses_and_scores_macro_f1() {
    use dossier_core::ledger::ClaimStatus;
    use dossier_eval::veracity::*;
    assert_eq!(truth_of(ClaimStatus::Confirmed), "true");
    assert_eq!(truth_of(ClaimStatus::Denied), "false");
    assert_eq!(truth_of(ClaimStatus::Disputed), "unknown");
    assert_eq!(truth_of(ClaimStatus::Reported), "unknown");
    let s = Scores {
        confusion: [[2, 0, 2], [0, 1, 1], [0, 0, 4]],
    };
    assert_eq!(s.total(), 10);
    assert!((s.accuracy() - 0.7).abs() < 1e-9);
    // true: P 1, R .5, F .667; false: P 1, R .5, F .667; unknown: P 4/7, R 1, F .727
    assert!((s.macro_f1() - (2.0 / 3.0 + 2.0 / 3.0 + 8.0 / 11.0) / 3.0).abs() < 1e-9);
}

#[test]
fn veracity_headline_speaker_is_the_quoted_source_or_the_outlet() {
    use dossier_core::ledger::LedgerStance;
    use dossier_eval::veracity::*;
    let h = |text: &str| Headline {
        article: "a1".into(),
        text: text.into(),
        host: "example.com".into(),
        gold_stance: "for".into(),
    };
    let own = h("Kim Jong-un breaks both ankles");
    let x = dossier_core::extract(&make_document(&own.text, DocumentHeader::default()));
    let e = headline_entry(&own, &x, LedgerStance::Asserts);
    assert_eq!(e.speaker.id, "OUTLET.example.com");
    assert_eq!(e.sourcing, Sourcing::Outlet);
    // A headline with a quoted source: the source speaks, not the outlet.
    let quoted = h("Pentagon denies that US air strike killed Baghdadi");
    let mut x = Extraction::default();
    x.statements.push(Statement {
        id: "s1".into(),
        speaker: actor("USA.DOD", "Pentagon"),
        on_behalf_of: None,
        cue: span_of(&quoted.text, "denies"),
        mode: Mode::Indirect,
        stance: Stance::Deny,
        content: span_of(&quoted.text, "US air strike killed Baghdadi"),
        via: Vec::new(),
        sourcing: Sourcing::OfficialBody,
        confidence: 1.0,
        date: None,
    });
    let e = headline_entry(&quoted, &x, LedgerStance::Denies);
    assert_eq!(e.speaker.id, "USA.DOD");
    assert_eq!(e.sourcing, Sourcing::OfficialBody);
    // An unattributed statement is the outlet's own voice.
    x.statements[0].sourcing = Sourcing::Unattributed;
    let e = headline_entry(&quoted, &x, LedgerStance::Denies);
    assert_eq!(e.speaker.id, "OUTLET.example.com");
    assert_eq!(e.stance, LedgerStance::Denies);
}

#[test]
fn veracity_headline_cue_words() {
    use dossier_eval::veracity::*;
    let claim = "A spider burrowed under a man's skin";
    let cue = |h: &str| headline_cue(h, claim);
    assert_eq!(
        cue("No, a spider did not burrow under a man's skin"),
        Some(Cue::Deny)
    );
    assert_eq!(
        cue("Experts debunk spider burrowing claims"),
        Some(Cue::Deny)
    );
    assert_eq!(cue("Spider story a hoax, doctors say"), Some(Cue::Deny));
    assert_eq!(
        cue("Hospital confirms spider lived under tourist's skin"),
        Some(Cue::Confirm)
    );
    assert_eq!(
        cue("Spider reportedly lived under man's skin"),
        Some(Cue::Hedge)
    );
    assert_eq!(
        cue("Did a spider live under a man's skin?"),
        Some(Cue::Hedge)
    );
    assert_eq!(cue("Spider burrows under Bali tourist's skin"), None);
    // A longer cue hides the shorter one inside it: this refuses to comment, it does not deny.
    assert_eq!(
        cue("Hospital refuses to confirm or deny spider report"),
        Some(Cue::Hedge)
    );
    // Whole words only: "fakes" is not "fake", "denying" not "deny" (no stemming).
    assert_eq!(cue("Bali tourist undeniably bitten"), None);
    // A cue the claim itself uses says nothing about the claim.
    assert_eq!(
        headline_cue(
            "Photo of shark in flooded street is fake",
            "The shark photo is fake"
        ),
        None
    );
    // A headline negating the claim with a contracted negation, or calling it a prank.
    assert_eq!(
        cue("Sorry, the spider isn't living under the man's skin"),
        Some(Cue::Deny)
    );
    assert_eq!(
        cue("Tourist says a spider hasn't burrowed under his skin at all"),
        Some(Cue::Deny)
    );
    assert_eq!(cue("Skin spider story was a prank"), Some(Cue::Deny));
    // The negation the claim itself uses says nothing; the admission does.
    assert_eq!(
        headline_cue(
            "Battery life isn't more than a day, Apple admits",
            "The battery isn't lasting a day"
        ),
        Some(Cue::Confirm)
    );
    assert_eq!(
        headline_cue(
            "Battery life isn't more than a day, insiders say",
            "The battery isn't lasting a day"
        ),
        None
    );
}

#[test]
fn veracity_confirmation_by_the_party_and_party_speakers() {
    use dossier_core::ledger::{assess, ClaimStatus, LedgerStance};
    use dossier_eval::veracity::*;
    let claim = "Hewlett-Packard will split itself into two separate companies";
    let cx = dossier_core::extract(&make_document(claim, DocumentHeader::default()));
    let mut cp = claim_parties(&cx);
    if cp.parties.ids.is_empty() {
        // Whatever the extraction makes of the claim, the test needs one named party.
        cp = ClaimParties {
            parties: dossier_core::ledger::Parties::new("ORG.hewlett-packard", None),
            names: vec![(
                "ORG.hewlett-packard".into(),
                vec!["hewlett".into(), "packard".into()],
            )],
        };
    }
    let how = Reading {
        threshold: 1.0,
        discuss_reports: false,
        cues: true,
        party_threshold: 1.0,
        plain_asserts: true,
        authorities: true,
    };
    let entry = |i: usize, text: &str| read_as(&cp, claim, how, i, text);
    // Outlets relaying a report: nothing confirms it.
    let relayed = vec![
        entry(1, "Hewlett-Packard reportedly plans to split in two"),
        entry(2, "Hewlett-Packard could split into two companies"),
    ];
    assert!(relayed.iter().all(|e| e.stance == LedgerStance::Hedges));
    assert_ne!(assess(&cp.parties, &relayed).status, ClaimStatus::Confirmed);
    // "Officially", with the party named: the party's own confirmation.
    let official = entry(3, "Hewlett-Packard officially splitting into two companies");
    assert_eq!(official.stance, LedgerStance::Asserts);
    assert_eq!(official.speaker.id, cp.parties.ids[0]);
    let mut all = relayed.clone();
    all.push(official);
    assert_eq!(assess(&cp.parties, &all).status, ClaimStatus::Confirmed);
    // The same words with the cues switched off: the model's stance, no confirmation.
    let off = Reading { cues: false, ..how };
    let h = Headline {
        article: "a4".into(),
        text: "Hewlett-Packard officially splitting into two companies".into(),
        host: "outlet4.example".into(),
        gold_stance: "for".into(),
    };
    let x = dossier_core::extract(&make_document(&h.text, DocumentHeader::default()));
    let e = read_headline(
        &h,
        &x,
        &cp,
        headline_cue(&h.text, claim),
        LedgerStance::Hedges,
        LedgerStance::Hedges,
        off,
    );
    assert_eq!(e.stance, LedgerStance::Hedges);
    // A denial word: the headline denies, whoever speaks.
    let d = entry(5, "Hewlett-Packard split story a hoax");
    assert_eq!(d.stance, LedgerStance::Denies);
    // No cue word at all: the outlet states it in its own voice (when so tuned).
    let plain = entry(6, "Hewlett-Packard to split into two companies");
    assert_eq!(
        (plain.stance, plain.sourcing),
        (LedgerStance::Asserts, dossier_core::Sourcing::Outlet)
    );
}

#[test]
fn emergent_has_240_train_and_60_test_claims() {
    let Some(data) = shared() else {
        eprintln!("SKIP emergent_has_240_train_and_60_test_claims");
        return;
    };
    let claims = dossier_eval::veracity::read_claims(&data.join("stance/emergent")).unwrap();
    assert_eq!(claims.len(), 300);
    assert_eq!(claims.iter().filter(|c| c.test).count(), 60);
    assert!(claims
        .iter()
        .all(|c| matches!(c.truth.as_str(), "true" | "false" | "unknown")));
}

#[test]
fn eval_veracity_tunes_on_train_and_cue_words_help_there() {
    let Some(data) = shared() else {
        eprintln!("SKIP eval_veracity_tunes_on_train_and_cue_words_help_there");
        return;
    };
    use dossier_eval::veracity::*;
    let r = eval_veracity(
        &data.join("stance/emergent"),
        dossier_stance::StanceModel::embedded(),
    )
    .unwrap();
    assert_eq!((r.train_claims, r.test_claims), (240, 60));
    assert_eq!((r.train.total(), r.test.total()), (240, 60));
    // The chosen reading is the best on train (test plays no part in the choice).
    let best = r.tuning.iter().map(|(_, f)| *f).fold(0.0, f64::max);
    assert!((r.train.macro_f1() - best).abs() < 1e-9);
    // Reading the headlines' own cue words beats the stance model alone on train.
    let best_of = |cues: bool| {
        r.tuning
            .iter()
            .filter(|(h, _)| h.cues == cues)
            .map(|(_, f)| *f)
            .fold(0.0, f64::max)
    };
    assert!(
        best_of(true) > best_of(false) + 0.05,
        "cues {:.3} vs model only {:.3}",
        best_of(true),
        best_of(false)
    );
    let text = r.to_string();
    assert!(text.contains("tuned on the 240 train claims"), "{text}");
}

#[test]
fn veracity_parties_by_leading_name_and_initials_and_authorities() {
    use dossier_core::ledger::{assess, ClaimStatus, LedgerStance, Voice};
    use dossier_eval::veracity::*;
    assert_eq!(
        leading_name("Claim Hewlett-Packard will split itself into two separate companies")
            .as_deref(),
        Some("Hewlett-Packard")
    );
    assert_eq!(
        leading_name("The Floria State University shooter is named Myron May").as_deref(),
        Some("Floria State University")
    );
    assert_eq!(leading_name("a dog was found at a railway station"), None);
    // A name after "A" modifies the noun the claim is about; a name inside is not its party.
    assert_eq!(leading_name("A Florida woman got a third breast"), None);
    assert_eq!(
        leading_name("A jurisdiction of Texas is under Sharia law"),
        None
    );
    assert_eq!(
        leading_name("eBay will make an Apple Watch app").as_deref(),
        Some("eBay")
    );
    // With no actor in the claim, the name it opens with is its party, also by its initials.
    let claim = "Hewlett-Packard will split itself into two separate companies";
    let cp = claim_parties_in(&Extraction::default(), claim);
    assert_eq!(cp.parties.ids, vec!["NAME.hewlett-packard".to_string()]);
    let how = Reading {
        threshold: 1.0,
        discuss_reports: false,
        cues: true,
        party_threshold: 1.0,
        plain_asserts: false,
        authorities: true,
    };
    let read = |i: usize, text: &str| {
        let e = read_as(&cp, claim, how, i, text);
        (e.speaker.id.clone(), e.stance)
    };
    assert_eq!(
        read(1, "HP confirms plan to split company"),
        ("NAME.hewlett-packard".to_string(), LedgerStance::Asserts)
    );
    // An authority is recognised by its words; an outlet never is.
    let v = |id: &str, name: &str| Voice {
        id: id.into(),
        name: name.into(),
        country: None,
    };
    assert!(is_authority(&v("USA.POLICE", "Police")));
    assert!(is_authority(&v("UNKNOWN.x", "Pentagon officials")));
    assert!(!is_authority(&v("OUTLET.police.example", "police.example")));
    assert!(!is_authority(&v("PERSON.tim-cook", "Tim Cook")));
    // "Police confirm…" with no party named: the police confirm, as officials with direct
    // knowledge, and the ledger built with them confirms the claim.
    let shooter = "The Florida State University shooter is named Myron May";
    let cp = claim_parties_in(&Extraction::default(), shooter);
    let e = read_as(
        &cp,
        shooter,
        how,
        1,
        "Police confirm the library gunman was Myron May",
    );
    assert_eq!(e.stance, LedgerStance::Asserts);
    assert!(is_authority(&e.speaker), "{:?}", e.speaker);
    let entries = vec![e];
    assert_eq!(
        assess(&ledger_parties(&cp, &entries, how), &entries).status,
        ClaimStatus::Confirmed
    );
    // Without the authorities reading, the same ledger is not confirmed.
    let off = Reading {
        authorities: false,
        ..how
    };
    assert_ne!(
        assess(&ledger_parties(&cp, &entries, off), &entries).status,
        ClaimStatus::Confirmed
    );
}
