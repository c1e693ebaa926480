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
    let (article, host) = (format!("a{i}"), format!("outlet{i}.example"));
    read_on(cp, claim, how, &article, &host, text, LedgerStance::Hedges)
}

/// The ledger entry of headline `text` from `host` about `claim`: the model's stance is a hedge
/// for anyone, `party_model` for a party of the claim.
fn read_on(
    cp: &dossier_eval::veracity::ClaimParties,
    claim: &str,
    how: dossier_eval::veracity::Reading,
    article: &str,
    host: &str,
    text: &str,
    party_model: dossier_core::ledger::LedgerStance,
) -> dossier_core::ledger::LedgerEntry {
    use dossier_core::ledger::LedgerStance;
    use dossier_eval::veracity::*;
    let h = Headline {
        article: article.into(),
        text: text.into(),
        host: host.into(),
        gold_stance: "for".into(),
    };
    let x = dossier_core::extract(&make_document(text, DocumentHeader::default()));
    read_headline(
        &h,
        &x,
        cp,
        headline_cue(text, claim),
        LedgerStance::Hedges,
        party_model,
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
        resolutions_last: false,
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
    let e = read_as(
        &cp,
        claim,
        off,
        4,
        "Hewlett-Packard officially splitting into two companies",
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
    // The weight of outlets is chosen on train with that reading: the best weight tried, never
    // worse than the status alone (the rule off is tried first), with its five folds listed.
    let best_weight = r
        .consensus_tried
        .iter()
        .map(|(_, f)| *f)
        .fold(0.0, f64::max);
    assert!((r.weighted_train.macro_f1() - best_weight).abs() < 1e-9);
    assert!(r.weighted_train.macro_f1() >= r.train.macro_f1());
    assert_eq!(r.weighted_test.total(), 60);
    assert_eq!(r.consensus_folds.len(), 5);
    assert_eq!(r.consensus_cv.total(), 240);
    assert!(r.to_string().contains("five-fold check on train"));
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
        resolutions_last: false,
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

#[test]
fn veracity_satire_sites_negated_confirmations_and_own_sites() {
    use dossier_core::ledger::{assess, ClaimStatus, LedgerStance};
    use dossier_eval::veracity::*;
    // Satirical sites, by host, with or without "www." or a language sub-domain.
    assert!(is_satire_host("nationalreport.net"));
    assert!(is_satire_host("www.worldnewsdailyreport.com"));
    assert!(is_satire_host("en.mediamass.net"));
    assert!(!is_satire_host("www.nytimes.com"));
    assert!(!is_satire_host("notnationalreport.net"));
    // A confirmation of a negation denies; the claim's own negation says nothing.
    let claim = "Gill Rosenberg was captured by ISIS";
    assert_eq!(
        headline_cue("YPG Confirms: Gill Rosenberg Not Captured in Kobani", claim),
        Some(Cue::Deny)
    );
    assert_eq!(
        headline_cue("Kurdish commander confirms Gill Rosenberg captured", claim),
        Some(Cue::Confirm)
    );
    assert_eq!(
        headline_cue(
            "Apple confirms the Watch won't last a day",
            "The Apple Watch won't last a day"
        ),
        Some(Cue::Confirm)
    );
    let claim = "President Obama ordered the Federal Reserve to adopt the Euro";
    let cp = claim_parties_in(
        &dossier_core::extract(&make_document(claim, DocumentHeader::default())),
        claim,
    );
    let how = Reading {
        threshold: 1.0,
        discuss_reports: false,
        cues: true,
        party_threshold: 1.0,
        plain_asserts: true,
        authorities: false,
        resolutions_last: false,
    };
    let read = |host: &str, text: &str| {
        read_on(
            &cp,
            claim,
            how,
            &format!("{host}/1"),
            host,
            text,
            LedgerStance::Hedges,
        )
    };
    // The satirical site's own story: the site, in its own voice, says it is fiction.
    let e = read(
        "nationalreport.net",
        "Obama Orders Fed To Adopt Euro Currency",
    );
    assert_eq!(
        (e.stance, e.sourcing, e.speaker.id.as_str()),
        (
            LedgerStance::Denies,
            Sourcing::Outlet,
            "OUTLET.nationalreport.net"
        )
    );
    assert_eq!(
        assess(&cp.parties, &[e]).status,
        ClaimStatus::Denied,
        "a story only a satirical site carries is denied"
    );
    // The same headline on a news site asserts it in the outlet's voice.
    let e = read(
        "www.example-news.com",
        "Obama Orders Fed To Adopt Euro Currency",
    );
    assert_eq!(e.stance, LedgerStance::Asserts);
    // A party's own site is the party speaking.
    let claim = "Microsoft is going to acquire Mojang";
    let cp = ClaimParties {
        parties: dossier_core::ledger::Parties::new("ORG.MICROSOFT", Some("ORG.mojang")),
        names: vec![
            ("ORG.MICROSOFT".into(), vec!["microsoft".into()]),
            ("ORG.mojang".into(), vec!["mojang".into()]),
        ],
    };
    assert_eq!(cp.party_of_host("mojang.com"), Some("ORG.mojang"));
    assert_eq!(cp.party_of_host("www.mojang.co.uk"), Some("ORG.mojang"));
    assert_eq!(cp.party_of_host("www.mojangnews.com"), None);
    assert_eq!(cp.party_of_host("www.theverge.com"), None);
    let e = read_on(
        &cp,
        claim,
        how,
        "m1",
        "mojang.com",
        "Yes, we're being bought by Microsoft",
        LedgerStance::Asserts,
    );
    assert_eq!(
        (e.speaker.id.as_str(), e.stance),
        ("ORG.mojang", LedgerStance::Asserts)
    );
    assert_eq!(assess(&cp.parties, &[e]).status, ClaimStatus::Confirmed);
}

#[test]
fn veracity_undated_headlines_let_clear_words_stand() {
    use dossier_core::ledger::{assess, ClaimStatus, LedgerEntry, LedgerStance, Voice};
    use dossier_eval::veracity::*;
    let cp = ClaimParties {
        parties: dossier_core::ledger::Parties::new("GROUP.ISIS", Some("USA")),
        names: vec![("GROUP.ISIS".into(), vec!["isis".into()])],
    };
    let entry = |doc: &str, stance: LedgerStance| LedgerEntry {
        document: doc.into(),
        published: None,
        outlet: Some("example.com".into()),
        speaker: Voice {
            id: "GROUP.ISIS".into(),
            name: "ISIS".into(),
            country: None,
        },
        via: Vec::new(),
        stance,
        sourcing: Sourcing::OfficialBody,
        source: dossier_core::ledger::EntrySource::Statement,
        evidence: Span {
            start: 0,
            end: 4,
            text: "ISIS".into(),
        },
        date: None,
    };
    // "ISIS claims to have captured U.S. airdrop" (asserts), then, in file order, "ISIS: we
    // have our hands on weapons" read without confidence (hedges): the hedge replaces the
    // party's claim unless clear words take effect last.
    let entries = vec![
        entry("a", LedgerStance::Asserts),
        entry("b", LedgerStance::Hedges),
    ];
    let how = Reading {
        threshold: 1.0,
        discuss_reports: false,
        cues: true,
        party_threshold: 1.0,
        plain_asserts: false,
        authorities: false,
        resolutions_last: false,
    };
    let status = |how: Reading| {
        assess(
            &ledger_parties(&cp, &entries, how),
            &in_effect_order(&entries, how),
        )
        .status
    };
    assert_ne!(status(how), ClaimStatus::Confirmed);
    let last = Reading {
        resolutions_last: true,
        ..how
    };
    assert_eq!(status(last), ClaimStatus::Confirmed);
    let order: Vec<String> = in_effect_order(&entries, last)
        .into_iter()
        .map(|e| e.document)
        .collect();
    assert_eq!(order, vec!["b".to_string(), "a".to_string()]);
}

#[test]
fn veracity_fabrication_words_deny_and_not_knowing_hedges() {
    use dossier_eval::veracity::*;
    let claim = "A Ferguson protester held up a sign about robbing a store";
    assert_eq!(
        headline_cue(
            "Racists Photoshop Ferguson Protester Into Viral Meme",
            claim
        ),
        Some(Cue::Deny)
    );
    assert_eq!(
        headline_cue("Family says the statement was fabricated", claim),
        Some(Cue::Deny)
    );
    assert_eq!(
        headline_cue("The protester's sign wasn't real", claim),
        Some(Cue::Deny)
    );
    let claim = "A Texas plumbing company's truck is used by militants in Syria";
    assert_eq!(
        headline_cue(
            "Texas Plumber Isn't Sure How Extremists In Syria Ended Up With His Work Truck",
            claim
        ),
        Some(Cue::Hedge)
    );
}

/// The votes of Emergent-style headlines about `claim`, each from its own host (or the host
/// given), read as the evaluation reads them (threshold 1.0: the model's stance never asserts)
/// with the model agreeing at `prob`.
fn votes_of(
    claim: &str,
    heads: &[(&str, &str)],
    prob: f32,
) -> Vec<dossier_eval::veracity::consensus::Vote> {
    use dossier_eval::veracity::*;
    let how = Reading {
        threshold: 1.0,
        discuss_reports: false,
        cues: true,
        party_threshold: 0.9,
        plain_asserts: false,
        authorities: false,
        resolutions_last: true,
    };
    let cx = dossier_core::extract(&make_document(claim, DocumentHeader::default()));
    let cp = claim_parties_in(&cx, claim);
    heads
        .iter()
        .enumerate()
        .map(|(i, (host, text))| {
            let h = Headline {
                article: format!("a{i}"),
                text: (*text).into(),
                host: (*host).into(),
                gold_stance: "for".into(),
            };
            let e = read_on(
                &cp,
                claim,
                how,
                &h.article,
                host,
                text,
                dossier_core::ledger::LedgerStance::Hedges,
            );
            consensus::vote(
                &h,
                &e,
                headline_cue(text, claim),
                dossier_stance::Label::Agree,
                prob,
            )
        })
        .collect()
}

#[test]
fn many_outlets_stating_a_death_plainly_make_it_true_and_hedges_or_one_repeated_outlet_do_not() {
    use dossier_core::ledger::ClaimStatus;
    use dossier_eval::veracity::consensus::{verdict, Consensus};
    let claim = "Big Bank Hank of the Sugarhill Gang is dead";
    let w = Consensus {
        outlets: 4,
        confidence: 0.7,
    };
    // Emergent train: every outlet states it in its own words, no cue word.
    let plain = [
        (
            "edition.cnn.com",
            "Sugarhill Gang rapper Big Bank Hank dead at 57",
        ),
        ("time.com", "Sugarhill Gang Rapper Big Bank Hank Dies at 57"),
        (
            "www.bbc.com",
            "Big Bank Hank, US rapper and Sugarhill Gang founder member, dies at 57",
        ),
        (
            "www.foxnews.com",
            "Sugarhill Gang co-founder Big Bank Hank dies",
        ),
        (
            "www.latimes.com",
            "Big Bank Hank, co-founder of the Sugarhill Gang, has died",
        ),
    ];
    let v = votes_of(claim, &plain, 0.95);
    assert!(v.iter().all(|v| v.plain.is_some() && !v.hedged), "{v:?}");
    assert_eq!(verdict(ClaimStatus::Reported, &v, w), "true");
    assert_eq!(verdict(ClaimStatus::Unverified, &v, w), "true");
    // Control: a denial or a dispute stands over any number of plain headlines.
    assert_eq!(verdict(ClaimStatus::Denied, &v, w), "false");
    assert_eq!(verdict(ClaimStatus::Disputed, &v, w), "unknown");
    // Control: the model not sure enough that the headlines agree.
    assert_eq!(
        verdict(ClaimStatus::Reported, &votes_of(claim, &plain, 0.5), w),
        "unknown"
    );
    // Control: the same outlet five times is one outlet.
    let one: Vec<(&str, &str)> = plain.iter().map(|(_, t)| ("time.com", *t)).collect();
    assert_eq!(
        verdict(ClaimStatus::Reported, &votes_of(claim, &one, 0.95), w),
        "unknown"
    );
}

#[test]
fn a_rumour_hedged_by_as_many_outlets_as_state_it_stays_unknown() {
    use dossier_core::ledger::ClaimStatus;
    use dossier_eval::veracity::consensus::{verdict, Consensus};
    let claim = "Apple will launch a 12 MacBook Air in 2015";
    let w = Consensus {
        outlets: 4,
        confidence: 0.0,
    };
    // Emergent train headlines on the rumour: four state it, three hedge it ("may", "could",
    // "reportedly").
    let mut heads = vec![
        ("gizmodo.com", "A Radically Redesigned 12-Inch MacBook Air Is Coming"),
        ("techcrunch.com", "The Next MacBook Air Will Be A 12-Inch Beauty With An Edge-To-Edge Keyboard"),
        ("www.forbes.com", "Apple's New MacBook Will Be A Thinner, Cleaner, Faster 12-Inch MacBook Air"),
        ("www.telegraph.co.uk", "Apple working on 12-inch MacBook Air"),
        ("www.geek.com", "Apple may launch 12-inch MacBook Air with Retina Display"),
        ("www.macworld.com", "Apple's next MacBook could be a 12-inch MacBook Air"),
        ("www.techtimes.com", "Apple Reportedly Preparing 12-inch MacBook Air, Thinner and Lighter than Existing Models"),
    ];
    let v = votes_of(claim, &heads, 0.9);
    assert_eq!(v.iter().filter(|v| v.hedged).count(), 3, "{v:?}");
    assert_eq!(verdict(ClaimStatus::Unverified, &v, w), "unknown");
    // Control: with one hedge fewer, four plain outlets are twice the two that hedge.
    heads.pop();
    assert_eq!(
        verdict(ClaimStatus::Unverified, &votes_of(claim, &heads, 0.9), w),
        "true"
    );
}
