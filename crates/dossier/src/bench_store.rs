//! `dossier bench --grow N`: the store at scale (issue 19). Grows one store (SQLite, or
//! PostgreSQL with `--grow-db postgres://…`) to N synthetic short documents and reports, for
//! each tenth of each decade, ingest documents/s (wall and CPU of this process, store work only:
//! extraction is measured by the rest of `dossier bench`), resident memory, and at the end the
//! claims board and brief latencies.
//!
//! The documents recur the way real coverage does: 30% of them bear on six "hot" claims (Iran –
//! transfer – Russia – ballistic missiles and the like: tens of thousands of ledger rows each at
//! one million documents), the rest on a long tail of about N/40 claims; every report is
//! answered by denials from the party it is about. Each document has its own timestamp, one
//! minute after the last (news arriving in publication order), so the store's incremental path
//! is what is measured; an older article arriving later costs a recompute of its claims.

use anyhow::{Context, Result};
use dossier_core::model::*;
use dossier_core::{make_document, Document};
use dossier_store::{Backend, ClaimFilter, Incoming, Page};
use serde::Serialize;
use std::time::Instant;

const STATES: &[(&str, &str)] = &[
    ("IRN", "Iran"),
    ("RUS", "Russia"),
    ("UKR", "Ukraine"),
    ("CHN", "China"),
    ("TUR", "Turkey"),
    ("ISR", "Israel"),
    ("EGY", "Egypt"),
    ("POL", "Poland"),
    ("USA", "the United States"),
    ("PRK", "North Korea"),
    ("SYR", "Syria"),
    ("IRQ", "Iraq"),
    ("SAU", "Saudi Arabia"),
    ("IND", "India"),
    ("PAK", "Pakistan"),
    ("BLR", "Belarus"),
];
const THINGS: &[&str] = &[
    "ballistic missiles",
    "attack drones",
    "artillery shells",
    "air defence systems",
    "fighter jets",
    "tanks",
    "rockets",
    "ammunition",
];
const VOICES: &[(&str, &str, Option<&str>, Sourcing)] = &[
    ("ANON.officials", "officials", None, Sourcing::Anonymous),
    (
        "OUTLET.meridian-post",
        "Meridian Post",
        None,
        Sourcing::Outlet,
    ),
    (
        "OUTLET.gulf-monitor",
        "Gulf Monitor",
        None,
        Sourcing::Outlet,
    ),
    (
        "PERSON.antony-blinken",
        "Antony Blinken",
        Some("USA"),
        Sourcing::Named,
    ),
    (
        "GBR.MOD",
        "Britain's defence ministry",
        Some("GBR"),
        Sourcing::OfficialBody,
    ),
];
const OUTLETS: &[&str] = &[
    "Meridian Post",
    "Gulf Monitor",
    "Atlantic Ledger",
    "Baltic Wire",
];

/// A small deterministic generator (xorshift), so every run grows the same store.
pub(crate) struct Rng(u64);
impl Rng {
    pub(crate) fn new() -> Rng {
        Rng(0x9e37_79b9_7f4a_7c15)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Minute `i` after 2024-01-01T00:00:00Z as RFC 3339 (civil-from-days, H. Hinnant).
fn timestamp(i: usize) -> String {
    let (days, minute) = ((i / 1440) as i64, i % 1440);
    let z = days + 19_723 + 719_468; // 2024-01-01 is day 19723 of the Unix epoch
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:00Z",
        minute / 60,
        minute % 60
    )
}

fn aref(id: &str, name: &str) -> ActorRef {
    ActorRef {
        id: id.into(),
        name: name.into(),
        mention: None,
    }
}

/// Document `i` of the synthetic stream, with its extraction (one statement, one event).
pub(crate) fn synthetic(i: usize, rng: &mut Rng, tail_claims: usize) -> (Document, Extraction) {
    // Which claim: six hot ones take 30% of the stream, the rest spread over the tail.
    let c = if rng.below(10) < 3 {
        rng.below(6)
    } else {
        6 + rng.below(tail_claims.max(1))
    };
    let subject = STATES[c % STATES.len()];
    let target = STATES[(c / STATES.len() + 1 + c) % STATES.len()];
    let target = if target.0 == subject.0 {
        STATES[(c + 3) % STATES.len()]
    } else {
        target
    };
    let thing = THINGS[(c / (STATES.len() * STATES.len())) % THINGS.len()];
    // Who speaks: one report in three is a denial by the party it is about.
    let deny = rng.below(3) == 0;
    let (sid, sname, country, sourcing) = if deny {
        let id = format!("{}.MFA", subject.0);
        let name = format!("{}'s foreign ministry", subject.1);
        (
            id,
            name,
            Some(subject.0.to_string()),
            Sourcing::OfficialBody,
        )
    } else {
        let v = VOICES[rng.below(VOICES.len())];
        (
            v.0.to_string(),
            v.1.to_string(),
            v.2.map(str::to_string),
            v.3,
        )
    };
    let outlet = OUTLETS[rng.below(OUTLETS.len())];
    let text = format!(
        "{sname} {} that {} had sent {thing} to {}, {outlet} reported in dispatch {i}.",
        if deny { "denied" } else { "said" },
        subject.1,
        target.1
    );
    let published = Some(timestamp(i));
    let document = make_document(
        &text,
        DocumentHeader {
            published,
            outlet: Some(outlet.into()),
            ..Default::default()
        },
    );
    let content = Span {
        start: 0,
        end: document.text.chars().count(),
        text: document.text.clone(),
    };
    let x = Extraction {
        document: document.header.clone(),
        actors: vec![Actor {
            id: sid.clone(),
            name: sname.clone(),
            kind: ActorKind::GovernmentBody,
            country,
            role: None,
            affiliation: None,
            mentions: vec![],
        }],
        statements: vec![Statement {
            id: "s1".into(),
            speaker: aref(&sid, &sname),
            on_behalf_of: None,
            cue: Span {
                start: 0,
                end: 4,
                text: "said".into(),
            },
            mode: Mode::Indirect,
            stance: Stance::Assert,
            content: content.clone(),
            via: vec![],
            sourcing,
            confidence: 1.0,
            date: None,
        }],
        events: vec![Event {
            id: "e1".into(),
            source: aref(subject.0, subject.1),
            target: Some(aref(target.0, target.1)),
            action: Action {
                cameo: "0721".into(),
                plover: "AID".into(),
                verb: "sent".into(),
            },
            object: Some(thing.into()),
            modality: if deny {
                Modality::Negated
            } else {
                Modality::Reported
            },
            evidence: content,
            statement: Some("s1".into()),
            goldstein: 7.4,
            date: None,
            coref: Vec::new(),
            co_sources: vec![],
            co_targets: vec![],
        }],
        claims: vec![],
        article_stances: vec![],
    };
    (document, x)
}

/// One point of the growth curve: the documents stored when it was taken and the rate of the
/// slice that ended there.
#[derive(Debug, Serialize)]
pub struct GrowPoint {
    pub documents: usize,
    pub slice_docs: usize,
    pub wall_s: f64,
    pub cpu_s: f64,
    pub docs_per_s: f64,
    pub docs_per_cpu_s: f64,
    pub rss_mb: f64,
}

#[derive(Debug, Serialize)]
pub struct GrowReport {
    pub store: String,
    pub documents: usize,
    pub claims: usize,
    pub largest_ledger: usize,
    pub points: Vec<GrowPoint>,
    /// The board's first pass of `runs` queries (right after the grow, or on a store opened
    /// cold) and a second pass over the same pages: a gap between the two is page-cache I/O.
    pub board_first_pass: super::bench::Latency,
    pub board: super::bench::Latency,
    /// The JSON listing of the same page (`claims`: 50 ledger rows and the whole timeline per
    /// claim — what the board read before it had lines of its own).
    pub listing: super::bench::Latency,
    pub brief: super::bench::Latency,
    /// What the querying thread waited on over each pass (see [`Waits`]).
    pub board_waits: [Waits; 2],
    pub brief_waits: Waits,
}

/// Why wall time exceeds CPU time, from `getrusage(RUSAGE_THREAD)` around a query loop: major
/// page faults and blocks read (I/O: pages not in memory), voluntary context switches (the
/// thread blocked: I/O or a lock) and involuntary ones (the scheduler took the core away: load).
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Waits {
    pub major_faults: i64,
    pub blocks_read: i64,
    pub voluntary_switches: i64,
    pub involuntary_switches: i64,
}

impl Waits {
    fn now() -> Waits {
        // SAFETY: getrusage only writes into the zeroed struct we own.
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(libc::RUSAGE_THREAD, &mut ru) } != 0 {
            return Waits::default();
        }
        Waits {
            major_faults: ru.ru_majflt,
            blocks_read: ru.ru_inblock,
            voluntary_switches: ru.ru_nvcsw,
            involuntary_switches: ru.ru_nivcsw,
        }
    }

    /// What happened on this thread since `before` was taken.
    fn since(before: Waits) -> Waits {
        let now = Waits::now();
        Waits {
            major_faults: now.major_faults - before.major_faults,
            blocks_read: now.blocks_read - before.blocks_read,
            voluntary_switches: now.voluntary_switches - before.voluntary_switches,
            involuntary_switches: now.involuntary_switches - before.involuntary_switches,
        }
    }
}

/// Grow `spec` to `n` documents (it must be empty or a store this command grew), measuring as
/// it goes; `runs` timed repetitions of each query at the end.
pub fn grow(spec: &str, n: usize, runs: usize) -> Result<GrowReport> {
    let mut store = dossier_store::open(spec)?;
    let have = store.stats()?.documents;
    if have >= n {
        // Already grown (by this command): time the queries only, on pages as cold as the
        // store was left.
        eprintln!("bench: {have} documents already stored: timing the queries only");
        return report(&*store, spec, have, Vec::new(), runs);
    }
    anyhow::ensure!(
        have == 0,
        "the store holds {have} documents: grow an empty store, or one grown to N (queries only)"
    );
    let mut rng = Rng::new();
    let tail = (n / 40).max(50);
    // Measure every 10% of each decade: 1k..10k, 10k..100k, 100k..1M.
    let mut marks: Vec<usize> = Vec::new();
    let mut decade = 10_000usize.min(n);
    let mut lo = 0;
    while lo < n {
        let step = (decade / 10).max(1);
        let mut m = lo + step;
        while m <= decade.min(n) {
            marks.push(m);
            m += step;
        }
        lo = decade.min(n);
        decade *= 10;
    }
    let mut points = Vec::new();
    let mut done = 0;
    // Documents per write transaction: ingest's group unless `DOSSIER_GROW_BATCH` says
    // otherwise (to measure how the transaction size changes the pages each document dirties).
    let batch = std::env::var("DOSSIER_GROW_BATCH")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or_else(crate::pipeline::group);
    for &mark in &marks {
        let (c0, t0) = (super::bench::cpu_self(), Instant::now());
        let slice = mark - done;
        while done < mark {
            let k = batch.min(mark - done);
            let docs: Vec<(Document, Extraction)> = (done..done + k)
                .map(|i| synthetic(i, &mut rng, tail))
                .collect();
            let incoming = Incoming::all(&docs, "bench");
            store.put_batch(&incoming)?;
            done += k;
        }
        let wall = t0.elapsed().as_secs_f64();
        let cpu = super::bench::cpu_self() - c0;
        let p = GrowPoint {
            documents: mark,
            slice_docs: slice,
            wall_s: wall,
            cpu_s: cpu,
            docs_per_s: slice as f64 / wall.max(1e-9),
            docs_per_cpu_s: slice as f64 / cpu.max(1e-9),
            rss_mb: super::bench::rss_self_mb(),
        };
        eprintln!(
            "bench: grow {:>8} docs: {:>7.0} docs/s ({:>7.0} per CPU s), RSS {:.0} MB",
            p.documents, p.docs_per_s, p.docs_per_cpu_s, p.rss_mb
        );
        points.push(p);
    }
    report(&*store, spec, n, points, runs)
}

fn report(
    store: &dyn Backend,
    spec: &str,
    n: usize,
    points: Vec<GrowPoint>,
    runs: usize,
) -> Result<GrowReport> {
    let q = queries(store, runs)?;
    Ok(GrowReport {
        store: dossier_store::redact_url(spec),
        documents: n,
        claims: q.claims,
        largest_ledger: q.largest,
        points,
        board_first_pass: q.board[0].clone(),
        board: q.board[1].clone(),
        listing: q.listing,
        brief: q.brief,
        board_waits: q.board_waits,
        brief_waits: q.brief_waits,
    })
}

struct Queries {
    board: [super::bench::Latency; 2],
    listing: super::bench::Latency,
    brief: super::bench::Latency,
    board_waits: [Waits; 2],
    brief_waits: Waits,
    claims: usize,
    largest: usize,
}

/// The claims board (`dossier claims`: first page and counts) and a brief of its top claim
/// (`dossier brief ID`), `runs` times each.
fn queries(store: &dyn Backend, runs: usize) -> Result<Queries> {
    let page = Page {
        limit: 50,
        offset: 0,
    };
    let mut top = None;
    let mut pass = || -> Result<(super::bench::Latency, Waits)> {
        let mut board = Vec::new();
        let before = Waits::now();
        for _ in 0..runs.max(1) {
            let ((rows, counts), t) = super::bench::timed(|| {
                Ok((
                    store.claims_board(&ClaimFilter::default(), page)?,
                    store.claim_counts()?,
                ))
            })?;
            board.push(t);
            std::hint::black_box(&counts);
            top = rows
                .first()
                .map(|c| (c.id.clone(), c.ledger_total.unwrap_or(0)));
        }
        Ok((super::bench::latency(board), Waits::since(before)))
    };
    let (first, first_waits) = pass()?;
    let (second, second_waits) = pass()?;
    let mut listing = Vec::new();
    for _ in 0..runs.max(1) {
        let (rows, t) = super::bench::timed(|| Ok(store.claims(&ClaimFilter::default(), page)?))?;
        listing.push(t);
        std::hint::black_box(rows);
    }
    let claims: usize = store.claim_counts()?.iter().map(|(_, c)| c).sum();
    let (id, largest) = top.context("the store has no claims")?;
    let mut brief = Vec::new();
    let before = Waits::now();
    for _ in 0..runs.max(1) {
        let (text, t) = super::bench::timed(|| {
            let c = store
                .claim_digest(&id, crate::claims::BRIEF_LEDGER_ROWS)?
                .context("the top claim disappeared")?;
            let related = store.related_claims(&c, 5)?;
            Ok(dossier_core::brief::brief(&c, &related).to_markdown())
        })?;
        brief.push(t);
        std::hint::black_box(text);
    }
    Ok(Queries {
        brief_waits: Waits::since(before),
        board: [first, second],
        listing: super::bench::latency(listing),
        brief: super::bench::latency(brief),
        board_waits: [first_waits, second_waits],
        claims,
        largest,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn timestamps_are_calendar_dates_in_order() {
        assert_eq!(super::timestamp(0), "2024-01-01T00:00:00Z");
        assert_eq!(super::timestamp(1441), "2024-01-02T00:01:00Z");
        assert_eq!(super::timestamp(60 * 24 * 60), "2024-03-01T00:00:00Z");
        assert_eq!(super::timestamp(366 * 1440), "2025-01-01T00:00:00Z");
        assert!(super::timestamp(999_999) > super::timestamp(999_998));
    }
}
