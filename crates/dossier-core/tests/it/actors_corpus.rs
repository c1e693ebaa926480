//! Actor recognition on shared corpora (skipped when `../shared/data` is absent):
//! - FNC-1 competition bodies (real news): no panic, invariants hold, most documents have actors;
//! - PolNeAR **dev** attribution sources: share of annotated sources an actor mention covers
//!   (a regression floor, not a tuned score; the test split is never used here).

use dossier_core::actors::ActorLayer;
use dossier_core::lexicon::Lexicon;
use dossier_core::text;

/// `../shared/data` next to the workspace (as in CI); `DOSSIER_SHARED_DATA` overrides it for
/// checkouts that live elsewhere (git worktrees).
fn shared() -> Option<std::path::PathBuf> {
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
    let p = std::env::var("DOSSIER_SHARED_DATA").unwrap_or_else(|_| default.to_string());
    let p = std::path::Path::new(&p);
    if p.is_dir() {
        Some(p.to_path_buf())
    } else {
        eprintln!("SKIP: {} not found (shared data absent)", p.display());
        None
    }
}

/// Second column of the FNC-1 bodies CSV (quoted fields, "" escapes).
fn csv_bodies(data: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let (mut col, mut in_q, mut header) = (0, false, true);
    let mut chars = data.chars().peekable();
    while let Some(c) = chars.next() {
        match (in_q, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => in_q = false,
            (true, c) => field.push(c),
            (false, '"') => in_q = true,
            (false, ',') => {
                col += 1;
                field.clear();
            }
            (false, '\n') => {
                if !header && col == 1 {
                    out.push(std::mem::take(&mut field));
                }
                header = false;
                field.clear();
                col = 0;
            }
            (false, c) => field.push(c),
        }
    }
    out
}

#[test]
fn fnc1_bodies_keep_invariants() {
    let Some(root) = shared() else { return };
    let path = root.join("stance/fnc-1/competition_test_bodies.csv");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("SKIP: {} not readable", path.display());
        return;
    };
    let lex = Lexicon::embedded();
    let bodies = csv_bodies(&data);
    assert!(bodies.len() > 500, "{} bodies", bodies.len());
    let mut with_actors = 0;
    let n = bodies.len().min(400);
    for raw in bodies.iter().take(n) {
        let t = text::normalize(raw);
        let l = ActorLayer::recognise(&t, &text::sentences(&t), lex);
        let mut last = 0;
        for m in &l.mentions {
            assert!(m.start >= last && m.start < m.end && t.is_char_boundary(m.end));
            last = m.end;
        }
        if !l.actors.is_empty() {
            with_actors += 1;
        }
    }
    assert!(
        with_actors * 10 >= n * 9,
        "{with_actors}/{n} documents with actors"
    );
}

#[test]
fn polnear_dev_sources_are_covered_by_mentions() {
    let Some(root) = shared() else { return };
    let dir = root.join("attribution/polnear/dev");
    let Ok(entries) = std::fs::read_dir(dir.join("attributions")) else {
        eprintln!("SKIP: {} not readable", dir.display());
        return;
    };
    let lex = Lexicon::embedded();
    let (mut names, mut names_hit, mut prons, mut prons_hit) = (0, 0, 0, 0usize);
    let mut prons_ambiguous = 0;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        let stem = name.rsplit_once('_').map_or(name.as_str(), |(s, _)| s);
        let (Ok(ann), Ok(raw)) = (
            std::fs::read_to_string(e.path()),
            std::fs::read_to_string(dir.join("text").join(format!("{stem}.txt"))),
        ) else {
            continue;
        };
        let chars: Vec<usize> = raw.char_indices().map(|(b, _)| b).collect();
        let layer = ActorLayer::recognise(&raw, &text::sentences(&raw), lex);
        for line in ann.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 || !cols[1].starts_with("Source ") {
                continue;
            }
            let nums: Vec<usize> = cols[1]
                .split([' ', ';'])
                .skip(1)
                .take(2)
                .filter_map(|x| x.parse().ok())
                .collect();
            let [cs, ce] = nums[..] else { continue };
            if cs >= ce || ce > chars.len() {
                continue;
            }
            let (bs, be) = (chars[cs], chars.get(ce).copied().unwrap_or(raw.len()));
            let hit = layer.mentions.iter().any(|m| m.start < be && m.end > bs);
            let src = cols[2];
            match src.to_lowercase().as_str() {
                "he" | "she" | "they" | "it" | "him" | "them" => {
                    prons += 1;
                    prons_hit += usize::from(hit);
                    prons_ambiguous += usize::from(!hit && layer.is_ambiguous(bs));
                }
                _ if src.starts_with(char::is_uppercase) && !matches!(src, "I" | "We" | "You") => {
                    names += 1;
                    names_hit += usize::from(hit);
                }
                _ => {}
            }
        }
    }
    eprintln!(
        "PolNeAR dev: capitalised sources covered {names_hit}/{names}, pronoun sources {prons_hit}/{prons} (+{prons_ambiguous} left unresolved as too close to call)"
    );
    assert!(names > 500 && prons > 100);
    // Measured 85.0% and 90.3% when written; floors leave room for unrelated lexicon edits.
    assert!(names_hit * 100 >= names * 80, "{names_hit}/{names}");
    // A he/she whose two best antecedents are too close to call is left unresolved on purpose
    // (83.9 % covered + 3.7 % ambiguous when that rule came in); few may be.
    assert!(
        (prons_hit + prons_ambiguous) * 100 >= prons * 85,
        "{prons_hit}+{prons_ambiguous}/{prons}"
    );
    assert!(
        prons_ambiguous * 100 <= prons * 6,
        "{prons_ambiguous}/{prons}"
    );
}
