//! `dossier eval veracity`: claim status against journalists' verdicts (Emergent).
//!
//! For each Emergent claim, each article headline about it becomes one document; dossier reads
//! it (actor and statement extraction of `dossier_core`) and becomes one ledger entry
//! ([`read_headline`]):
//!
//! - **stance**: the headline's own cue words first (`data/headline_cues.tsv`, longest cue
//!   first: "hoax", "debunked", "not true", "denies" → denies; "confirms", "officially" →
//!   asserts; "reportedly", "rumor", "may", "?" → hedges; "claims" → hedges unless the claimant
//!   is a party), else the stance model's agree / disagree when confident enough
//!   (`predict_headline`), else hedges (or reports);
//! - **speaker**: the headline's attributed speaker when dossier finds a statement in it,
//!   recognised as a party of the claim by a shared name word ("Hewlett-Packard announces…" is
//!   the claim's party `Claim Hewlett-Packard`); else the outlet (the Emergent `source` host,
//!   sourcing `outlet`) — except that a confirmation naming the party ("HP officially
//!   splitting") is the party's own.
//!
//! - **satirical sites** (`data/satire_hosts.tsv`: National Report, World News Daily Report…):
//!   the site's headline denies the claim in its own voice (its disclaimer says its stories
//!   are fiction); a confirmation cue in a headline that also negates ("YPG confirms: Gill
//!   Rosenberg not captured") denies; a headline on the party's own site (mojang.com) is the
//!   party speaking; a speaker phrase dossier could not resolve that runs longer than a name is
//!   no party.
//!
//! The claim's parties are the subject and target of the claim text's own extraction (or its
//! first actor). Emergent's headlines are undated: with `Reading::resolutions_last` (a tuned
//! setting) hedges take effect before assertions and denials ([`in_effect_order`]). [`dossier_core::ledger::assess`] computes the status (its rules are not
//! changed here), which is mapped confirmed → true, denied → false, anything else → unknown and
//! scored against Emergent's `claimTruth`.
//!
//! The gold stance labels are never used for the scored line; an `oracle` line, clearly marked,
//! shows what the ledger does with them. The tunables (whether cue words are read, the model
//! confidence an agree/disagree needs in general and when a party speaks, whether other
//! headlines hedge or report) are chosen on the 240 training claims only; the 60 test claims
//! are scored once with the choice. Emergent has no publication dates: headlines take effect in
//! file order.

use anyhow::{bail, Context, Result};
use dossier_core::ledger::{
    assess, ClaimStatus, EntrySource, LedgerEntry, LedgerStance, Parties, Voice,
};
use dossier_core::{extract, make_document, DocumentHeader, Extraction, Sourcing, Span};
use dossier_stance::{Label, StanceModel};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use consensus::Vote;

pub mod consensus;
mod cues;
mod parties;
mod report;
mod scores;

pub use cues::{headline_cue, is_satire_host, Cue};
use parties::authority_named;
pub use parties::{
    claim_parties, claim_parties_in, is_authority, leading_name, parties_of, ClaimParties,
};
pub use scores::Scores;

/// The three truth classes, in report order.
pub const CLASSES: [&str; 3] = ["true", "false", "unknown"];

/// The truth class a computed status stands for.
pub fn truth_of(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::Confirmed => "true",
        ClaimStatus::Denied => "false",
        _ => "unknown",
    }
}

/// One headline about a claim.
#[derive(Debug, Clone)]
pub struct Headline {
    pub article: String,
    pub text: String,
    pub host: String,
    /// Emergent's stance label (`for`, `against`, `observing`): oracle only.
    pub gold_stance: String,
}

/// One Emergent claim with its headlines and truth label.
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: String,
    pub text: String,
    pub truth: String,
    pub test: bool,
    pub headlines: Vec<Headline>,
}

/// Read Emergent: `edata_all.csv` (rows with truth labels) and the test split's claim ids.
pub fn read_claims(dir: &Path) -> Result<Vec<Claim>> {
    let test_path = dir.join("url-versions-2015-06-14-clean-test.csv");
    let mut test_ids = BTreeSet::new();
    let mut rdr = csv::Reader::from_path(&test_path)
        .with_context(|| format!("{}: cannot read", test_path.display()))?;
    let h = rdr.headers()?.clone();
    let ci = col(&h, "claimId", &test_path)?;
    for rec in rdr.records() {
        let rec = rec.with_context(|| format!("{}: bad CSV record", test_path.display()))?;
        test_ids.insert(rec.get(ci).unwrap_or("").to_string());
    }
    let path = dir.join("edata_all.csv");
    let mut rdr = csv::Reader::from_path(&path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let h = rdr.headers()?.clone();
    let (c_claim, c_head, c_stance, c_art, c_id, c_src, c_truth) = (
        col(&h, "claimHeadline", &path)?,
        col(&h, "articleHeadline", &path)?,
        col(&h, "articleHeadlineStance", &path)?,
        col(&h, "articleId", &path)?,
        col(&h, "claimId", &path)?,
        col(&h, "source", &path)?,
        col(&h, "claimTruth", &path)?,
    );
    let mut order: Vec<String> = Vec::new();
    let mut claims: BTreeMap<String, Claim> = BTreeMap::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.with_context(|| format!("{}:{}: bad CSV record", path.display(), i + 2))?;
        let get = |c: usize| rec.get(c).unwrap_or("").trim().to_string();
        let id = get(c_id);
        let c = claims.entry(id.clone()).or_insert_with(|| {
            order.push(id.clone());
            Claim {
                id: id.clone(),
                text: get(c_claim),
                truth: get(c_truth),
                test: test_ids.contains(&id),
                headlines: Vec::new(),
            }
        });
        c.headlines.push(Headline {
            article: get(c_art),
            text: get(c_head),
            host: get(c_src),
            gold_stance: get(c_stance),
        });
    }
    if claims.is_empty() {
        bail!("{}: no claims", path.display());
    }
    Ok(order
        .into_iter()
        .filter_map(|id| claims.remove(&id))
        .collect())
}

fn col(h: &csv::StringRecord, name: &str, path: &Path) -> Result<usize> {
    h.iter()
        .position(|x| x == name)
        .with_context(|| format!("{}: no column {name}", path.display()))
}

/// The voice of the outlet that published `h`.
fn outlet_voice(h: &Headline) -> Voice {
    Voice {
        id: format!("OUTLET.{}", h.host),
        name: h.host.clone(),
        country: None,
    }
}

/// A headline's ledger entry, given the stance it takes (`None`: hedges).
pub fn headline_entry(h: &Headline, x: &Extraction, stance: LedgerStance) -> LedgerEntry {
    let country = |id: &str| {
        x.actors
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.country.clone())
    };
    let voice = |r: &dossier_core::ActorRef| Voice {
        id: r.id.clone(),
        name: r.name.clone(),
        country: country(&r.id),
    };
    let outlet = outlet_voice(h);
    let evidence = Span {
        start: 0,
        end: h.text.chars().count(),
        text: h.text.clone(),
    };
    let (speaker, via, sourcing) = match x.statements.first() {
        Some(s) if s.sourcing != Sourcing::Unattributed => (
            voice(&s.speaker),
            s.via.iter().map(voice).collect(),
            s.sourcing,
        ),
        _ => (outlet, Vec::new(), Sourcing::Outlet),
    };
    LedgerEntry {
        document: h.article.clone(),
        published: None,
        outlet: Some(h.host.clone()),
        speaker,
        via,
        stance,
        sourcing,
        source: EntrySource::Statement,
        evidence,
        date: None,
    }
}

fn lower_words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .replace('\u{2019}', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A headline's ledger entry: [`headline_entry`] with the stance the headline's own words give
/// (`cue`, when `Reading::cues`) before the stance model's, and its speaker recognised as a
/// party of the claim by name. A confirmation with no speaker of its own ("HP officially
/// splitting") is the party's when the headline names the party. `model` is the model's stance
/// at `Reading::threshold`, `party_model` at `Reading::party_threshold` (used when the speaker is
/// a party of the claim: "ISIS: we have the weapons").
pub fn read_headline(
    h: &Headline,
    x: &Extraction,
    cp: &ClaimParties,
    cue: Option<Cue>,
    model: LedgerStance,
    party_model: LedgerStance,
    how: Reading,
) -> LedgerEntry {
    let other = if how.discuss_reports {
        LedgerStance::Reports
    } else {
        LedgerStance::Hedges
    };
    let stance = match cue.filter(|_| how.cues) {
        Some(Cue::Deny) => LedgerStance::Denies,
        Some(Cue::Confirm) => LedgerStance::Asserts,
        Some(Cue::Hedge | Cue::Claim) => other,
        // A headline that states the claim with no hedge, denial or attribution words is the
        // outlet asserting it ("Apple Watch Takes Two Hours to Charge"), unless the model reads
        // a denial in it.
        None if how.cues && how.plain_asserts && model != LedgerStance::Denies => {
            LedgerStance::Asserts
        }
        None => model,
    };
    let mut e = headline_entry(h, x, stance);
    if !how.cues {
        return e;
    }
    if is_satire_host(&h.host) {
        // A satirical or fabricating site: its story is fiction by its own account.
        return LedgerEntry {
            speaker: outlet_voice(h),
            via: Vec::new(),
            sourcing: Sourcing::Outlet,
            stance: LedgerStance::Denies,
            ..e
        };
    }
    if e.sourcing != Sourcing::Outlet {
        if let Some(p) = cp.party_named(&e.speaker.id, &e.speaker.name) {
            e.speaker.id = p.to_string();
        }
    } else if let Some(p) = cp.party_of_host(&h.host) {
        // The party's own site ("Yes, we're being bought by Microsoft" on mojang.com): the party
        // speaks, and its words are read like a party's.
        e.speaker = Voice {
            id: p.to_string(),
            name: h.host.clone(),
            country: None,
        };
        e.sourcing = Sourcing::OfficialBody;
    } else if cue == Some(Cue::Confirm) {
        if let Some(p) = cp.party_named("", &h.text) {
            e.speaker = Voice {
                id: p.to_string(),
                name: p.to_string(),
                country: None,
            };
            e.sourcing = Sourcing::OfficialBody;
        } else if let Some(a) = authority_named(&h.text).filter(|_| how.authorities) {
            // "Police confirm…", "Officials identify…": the authority confirms.
            e.speaker = Voice {
                id: format!("AUTHORITY.{}", a.join("-")),
                name: a.join(" "),
                country: None,
            };
            e.sourcing = Sourcing::OfficialBody;
        }
    }
    if e.sourcing != Sourcing::Outlet
        && (cp.includes(&e.speaker) || (how.authorities && is_authority(&e.speaker)))
    {
        match cue {
            None => e.stance = party_model,
            Some(Cue::Claim) => e.stance = LedgerStance::Asserts,
            _ => {}
        }
    }
    e
}

/// What one headline contributes before the threshold is applied.
struct Read {
    x: Extraction,
    /// The model's related label and its probability.
    label: Label,
    prob: f32,
    cue: Option<Cue>,
}

/// How headline stances become ledger stances: the confidence an agree/disagree needs, and
/// whether the rest (discuss, or not confident) counts as `reports` instead of `hedges`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub threshold: f32,
    pub discuss_reports: bool,
    /// Read the headline's own cue words and recognise parties by name ([`read_headline`]).
    pub cues: bool,
    /// The confidence an agree/disagree needs when the speaker is a party of the claim (with
    /// `cues`).
    pub party_threshold: f32,
    /// A headline without cue words asserts the claim in the outlet's voice (with `cues`).
    pub plain_asserts: bool,
    /// Officials with direct knowledge ([`is_authority`]) speak like parties and confirm (with
    /// `cues`).
    pub authorities: bool,
    /// Emergent's headlines are undated: let those that assert or deny take effect after those
    /// that hedge or report ([`in_effect_order`]), so that a voice's hedge never replaces its
    /// own clear word (with `cues`).
    pub resolutions_last: bool,
}

/// The order in which a claim's undated headline entries take effect: as read, or (with
/// `Reading::resolutions_last`) hedges and reports first, then assertions and denials, each in
/// the order read. A story runs from rumour to resolution; without dates, the ledger's "latest
/// word of each voice" must not let a voice's uncertain headline ("ISIS: we have our hands on
/// weapons", read without confidence) stand over its clear one ("ISIS claims to have captured
/// U.S. airdrop").
pub fn in_effect_order(entries: &[LedgerEntry], how: Reading) -> Vec<LedgerEntry> {
    let mut out = entries.to_vec();
    if how.cues && how.resolutions_last {
        out.sort_by_key(|e| matches!(e.stance, LedgerStance::Asserts | LedgerStance::Denies));
    }
    out
}

/// The claim's parties for one ledger: `cp`'s, with the authorities among the speakers of
/// `entries` as officials with direct knowledge (when `how.authorities`).
pub fn ledger_parties(cp: &ClaimParties, entries: &[LedgerEntry], how: Reading) -> Parties {
    let mut p = cp.parties.clone();
    if how.cues && how.authorities {
        for e in entries {
            if e.sourcing != Sourcing::Outlet
                && is_authority(&e.speaker)
                && !p.direct.contains(&e.speaker.id)
            {
                p.direct.push(e.speaker.id.clone());
            }
        }
    }
    p
}

fn ledger_stance(r: &Read, how: Reading, threshold: f32) -> LedgerStance {
    match r.label {
        Label::Agree if r.prob >= threshold => LedgerStance::Asserts,
        Label::Disagree if r.prob >= threshold => LedgerStance::Denies,
        _ if how.discuss_reports => LedgerStance::Reports,
        _ => LedgerStance::Hedges,
    }
}

/// The model's stance at the general and at the party threshold.
fn model_stances(r: &Read, how: Reading) -> (LedgerStance, LedgerStance) {
    (
        ledger_stance(r, how, how.threshold),
        ledger_stance(r, how, how.party_threshold),
    )
}

fn oracle_stance(gold: &str) -> LedgerStance {
    match gold {
        "for" => LedgerStance::Asserts,
        "against" => LedgerStance::Denies,
        _ => LedgerStance::Hedges,
    }
}

/// The report of `dossier eval veracity`.
#[derive(Debug, Clone)]
pub struct Report {
    pub train_claims: usize,
    pub test_claims: usize,
    /// (reading, train macro-F1) for every reading tried.
    pub tuning: Vec<(Reading, f64)>,
    pub reading: Reading,
    /// The measure: the ledger's status alone (confirmed → true, denied → false, else
    /// unknown).
    pub train: Scores,
    pub test: Scores,
    pub always_unknown: Scores,
    pub oracle_test: Scores,
    /// Status counts on test (unverified, reported, disputed, denied, confirmed).
    pub test_statuses: BTreeMap<&'static str, usize>,
    /// The weight of outlets ([`consensus`]) chosen on train with the chosen reading, every
    /// weight tried with its train macro-F1, the five folds of its cross-validation on train and
    /// their pooled scores, and train with the rule off.
    pub consensus: consensus::Consensus,
    pub consensus_tried: Vec<(consensus::Consensus, f64)>,
    pub consensus_folds: Vec<consensus::Fold>,
    pub consensus_cv: Scores,
    /// Train and test with the weight of outlets read over the status (an evaluation's reading
    /// of the journalists' verdict, not a status the ledger computes: reported apart).
    pub weighted_train: Scores,
    pub weighted_test: Scores,
    /// Every train claim (never test), each written out with its parties, headlines and the
    /// ledger entry read from each (`--explain-train` prints the misses, `--list-train` all).
    pub train_listing: Vec<Listed>,
}

/// A train claim with the ledger the evaluation built under the chosen reading.
#[derive(Debug, Clone)]
pub struct Listed {
    /// The computed truth agrees with the label.
    pub hit: bool,
    pub gold: &'static str,
    pub computed: ClaimStatus,
    pub text: String,
}

/// The thresholds tried on the training claims.
/// (1.0: the model alone never asserts or denies; only cue words do.)
pub const THRESHOLDS: [f32; 8] = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0];

/// Run the evaluation on the Emergent directory `dir` with the stance model `model`.
pub fn eval_veracity(dir: &Path, model: &StanceModel) -> Result<Report> {
    let claims = read_claims(dir)?;
    // Read every headline once: extraction and the model's stance toward the claim text.
    let mut reads: Vec<(ClaimParties, Vec<Read>)> = Vec::with_capacity(claims.len());
    for c in &claims {
        let cx = extract(&make_document(&c.text, DocumentHeader::default()));
        let rs = c
            .headlines
            .iter()
            .map(|h| {
                let doc = make_document(
                    &h.text,
                    DocumentHeader {
                        outlet: Some(h.host.clone()),
                        ..DocumentHeader::default()
                    },
                );
                let p = model.predict_headline(&c.text, &h.text);
                let label = p.related_label();
                Read {
                    x: extract(&doc),
                    label,
                    prob: p.probs[label.index()],
                    cue: headline_cue(&h.text, &c.text),
                }
            })
            .collect();
        reads.push((claim_parties_in(&cx, &c.text), rs));
    }
    type Stances<'a> = &'a dyn Fn(usize) -> (LedgerStance, LedgerStance);
    let judged = |ci: usize, how: Reading, stance: Stances| -> (ClaimStatus, Vec<Vote>) {
        let (cp, rs) = &reads[ci];
        let entries: Vec<LedgerEntry> = claims[ci]
            .headlines
            .iter()
            .zip(rs)
            .enumerate()
            .map(|(i, (h, r))| {
                let (m, pm) = stance(i);
                read_headline(h, &r.x, cp, r.cue, m, pm, how)
            })
            .collect();
        let votes = claims[ci]
            .headlines
            .iter()
            .zip(rs)
            .zip(&entries)
            .map(|((h, r), e)| consensus::vote(h, e, r.cue, r.label, r.prob))
            .collect();
        let st = assess(
            &ledger_parties(cp, &entries, how),
            &in_effect_order(&entries, how),
        )
        .status;
        (st, votes)
    };
    let status =
        |ci: usize, how: Reading, stance: Stances| -> ClaimStatus { judged(ci, how, stance).0 };
    let run = |test: bool, how: Reading| -> Scores {
        let mut s = Scores::default();
        for (ci, c) in claims.iter().enumerate().filter(|(_, c)| c.test == test) {
            let st = status(ci, how, &|i| model_stances(&reads[ci].1[i], how));
            s.add(&c.truth, truth_of(st));
        }
        s
    };
    let mut tuning = Vec::new();
    for cues in [false, true] {
        for discuss_reports in [false, true] {
            for threshold in THRESHOLDS {
                // Without cues the party threshold is not used (one value tried).
                let party = if cues { &THRESHOLDS[..] } else { &[1.0][..] };
                let plain = if cues {
                    &[false, true][..]
                } else {
                    &[false][..]
                };
                for &party_threshold in party {
                    for &plain_asserts in plain {
                        for authorities in [false, true] {
                            for resolutions_last in [false, true] {
                                if (authorities || resolutions_last) && !cues {
                                    continue;
                                }
                                let how = Reading {
                                    threshold,
                                    discuss_reports,
                                    cues,
                                    party_threshold,
                                    plain_asserts,
                                    authorities,
                                    resolutions_last,
                                };
                                tuning.push((how, run(false, how).macro_f1()));
                            }
                        }
                    }
                }
            }
        }
    }
    // Best on train; ties go to the reading tried first.
    let reading = tuning
        .iter()
        .fold((tuning[0].0, -1.0), |best, &(how, f)| {
            if f > best.1 + 1e-12 {
                (how, f)
            } else {
                best
            }
        })
        .0;
    // The weight of outlets, chosen on train with that reading (the reading does not depend on
    // it: it only turns some unverified or reported claims true).
    let judge = |test: bool| -> Vec<(usize, consensus::Judged)> {
        claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.test == test)
            .map(|(ci, c)| {
                let (st, votes) = judged(ci, reading, &|i| model_stances(&reads[ci].1[i], reading));
                (ci, (c.truth.clone(), st, votes))
            })
            .collect()
    };
    let (train_judged, test_judged) = (judge(false), judge(true));
    let train_only: Vec<consensus::Judged> = train_judged.iter().map(|(_, j)| j.clone()).collect();
    let train_refs: Vec<&consensus::Judged> = train_only.iter().collect();
    let weight = consensus::choose(&train_refs);
    let consensus_tried = consensus::tried(&train_refs);
    let (consensus_folds, consensus_cv) = consensus::cross_validate(&train_only);
    let test_refs: Vec<&consensus::Judged> = test_judged.iter().map(|(_, j)| j).collect();
    let mut oracle_test = Scores::default();
    let mut always_unknown = Scores::default();
    let mut test_statuses = BTreeMap::new();
    for (ci, c) in claims.iter().enumerate().filter(|(_, c)| c.test) {
        let plain = Reading {
            cues: false,
            ..reading
        };
        let st = status(ci, plain, &|i| {
            let o = oracle_stance(&c.headlines[i].gold_stance);
            (o, o)
        });
        oracle_test.add(&c.truth, truth_of(st));
        always_unknown.add(&c.truth, "unknown");
        let st = status(ci, reading, &|i| model_stances(&reads[ci].1[i], reading));
        *test_statuses.entry(st.as_str()).or_insert(0) += 1;
    }
    let mut train_listing = Vec::new();
    for (ci, (_, st, votes)) in &train_judged {
        let (ci, c) = (*ci, &claims[*ci]);
        let (cp, rs) = &reads[ci];
        let entries: Vec<LedgerEntry> = c
            .headlines
            .iter()
            .zip(rs)
            .map(|(h, r)| {
                let (m, pm) = model_stances(r, reading);
                read_headline(h, &r.x, cp, r.cue, m, pm, reading)
            })
            .collect();
        let st = *st;
        let verdict = consensus::verdict(st, votes, weight);
        let gold = CLASSES
            .iter()
            .copied()
            .find(|k| *k == c.truth)
            .unwrap_or("unknown");
        let mut text = format!(
            "{gold} → {} ({verdict}) | {} | parties {:?}\n",
            st.as_str(),
            c.text,
            cp.parties.ids
        );
        for ((h, r), e) in c.headlines.iter().zip(rs).zip(&entries) {
            text.push_str(&format!(
                "    [{:<9}] {:?}/{:?} {} ({:?} {:.2}, cue {:?}) | {}\n",
                h.gold_stance, e.stance, e.sourcing, e.speaker.id, r.label, r.prob, r.cue, h.text
            ));
        }
        train_listing.push(Listed {
            hit: verdict == gold,
            gold,
            computed: st,
            text,
        });
    }
    Ok(Report {
        train_listing,
        train_claims: claims.iter().filter(|c| !c.test).count(),
        test_claims: claims.iter().filter(|c| c.test).count(),
        tuning,
        reading,
        train: run(false, reading),
        test: consensus::score(&test_refs, consensus::OFF),
        weighted_train: consensus::score(&train_refs, weight),
        weighted_test: consensus::score(&test_refs, weight),
        consensus: weight,
        consensus_tried,
        consensus_folds,
        consensus_cv,
        always_unknown,
        oracle_test,
        test_statuses,
    })
}
