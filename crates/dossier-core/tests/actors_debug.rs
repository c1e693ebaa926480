//! Prints the actor layer of DOSSIER_TEXT (debug aid): DOSSIER_TEXT="…" cargo test -p dossier-core --test actors_debug -- --nocapture
use dossier_core::actors::ActorLayer;
use dossier_core::lexicon::Lexicon;
use dossier_core::text;

#[test]
#[ignore = "developer aid: set its DOSSIER_* variables and run with --ignored --nocapture"]
fn print_layer() {
    let Ok(raw) = std::env::var("DOSSIER_TEXT") else {
        return;
    };
    let t = text::normalize(&raw);
    let s = text::sentences(&t);
    let l = ActorLayer::recognise(&t, &s, Lexicon::embedded());
    for m in &l.mentions {
        let a = &l.actors[m.actor];
        println!(
            "{:>4} {:<40} {:?} -> {} ({:?}, {:?})",
            m.start,
            &t[m.start..m.end],
            m.form,
            a.id,
            a.kind,
            a.country
        );
    }
    for a in &l.actors {
        println!("{a:?}");
    }
}

/// Minimal CSV reader for the FNC-1 bodies file (quoted fields, "" escapes): second column.
fn csv_bodies(data: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut col = 0;
    let mut in_q = false;
    let mut chars = data.chars().peekable();
    let mut header = true;
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

/// DOSSIER_CSV=…/train_bodies.csv [DOSSIER_SHOW=N]: throughput and a sample of mentions.
#[test]
#[ignore = "developer aid: set its DOSSIER_* variables and run with --ignored --nocapture"]
fn run_corpus() {
    let Ok(path) = std::env::var("DOSSIER_CSV") else {
        return;
    };
    let data = std::fs::read_to_string(path).expect("read csv");
    let bodies: Vec<String> = csv_bodies(&data)
        .iter()
        .map(|b| text::normalize(b))
        .collect();
    let show: usize = std::env::var("DOSSIER_SHOW")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let lex = Lexicon::embedded();
    let bytes: usize = bodies.iter().map(String::len).sum();
    let t0 = std::time::Instant::now();
    let mut mentions = 0;
    let mut actors = 0;
    for (i, t) in bodies.iter().enumerate() {
        let s = text::sentences(t);
        let l = ActorLayer::recognise(t, &s, lex);
        mentions += l.mentions.len();
        actors += l.actors.len();
        let filter = std::env::var("DOSSIER_GREP").unwrap_or_default();
        if i < show && t.contains(filter.as_str()) {
            println!("--- doc {i}");
            for m in &l.mentions {
                let a = &l.actors[m.actor];
                println!(
                    "  {:<45} {:?} -> {} {:?} {:?}",
                    &t[m.start..m.end],
                    m.form,
                    a.id,
                    a.role,
                    a.country
                );
            }
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{} docs, {:.1} MB, {:.2} s, {:.2} MB/s, {} mentions, {} actors",
        bodies.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        mentions,
        actors
    );
}

/// DOSSIER_CSV=… : time of the lexicon scan alone, for comparison with run_corpus.
#[test]
#[ignore = "developer aid: set its DOSSIER_* variables and run with --ignored --nocapture"]
fn lexicon_scan_only() {
    let Ok(path) = std::env::var("DOSSIER_CSV") else {
        return;
    };
    let data = std::fs::read_to_string(path).expect("read csv");
    let bodies: Vec<String> = csv_bodies(&data)
        .iter()
        .map(|b| text::normalize(b))
        .collect();
    let lex = Lexicon::embedded();
    let bytes: usize = bodies.iter().map(String::len).sum();
    let t0 = std::time::Instant::now();
    let mut n = 0;
    for t in &bodies {
        n += lex.find_all(t).len();
    }
    let secs = t0.elapsed().as_secs_f64();
    let t1 = std::time::Instant::now();
    let mut ns = 0;
    for t in &bodies {
        ns += text::sentences(t).len();
    }
    let secs_s = t1.elapsed().as_secs_f64();
    println!(
        "lexicon scan: {:.2} MB/s ({n} matches); sentences: {:.2} MB/s ({ns})",
        bytes as f64 / 1e6 / secs,
        bytes as f64 / 1e6 / secs_s
    );
}

/// DOSSIER_TIME_LEXICON=1: how long compiling the lexicon takes.
#[test]
#[ignore = "developer aid: set its DOSSIER_* variables and run with --ignored --nocapture"]
fn lexicon_build_time() {
    if std::env::var("DOSSIER_TIME_LEXICON").is_err() {
        return;
    }
    let t0 = std::time::Instant::now();
    let lex = Lexicon::with_overlay(&[]).unwrap();
    println!(
        "lexicon: {} entries, {} patterns, built in {:.1} ms",
        lex.entries.len(),
        lex.pattern_count(),
        t0.elapsed().as_secs_f64() * 1e3
    );
}

/// DOSSIER_POLNEAR=…/polnear/dev: how many annotated attribution sources (brat `Source` spans)
/// overlap an actor mention, by kind of source. Development aid (train/dev only; never tune on
/// test). Prints coverage; DOSSIER_MISSES=N prints N uncovered sources.
#[test]
#[ignore = "developer aid: set its DOSSIER_* variables and run with --ignored --nocapture"]
fn polnear_source_coverage() {
    let Ok(dir) = std::env::var("DOSSIER_POLNEAR") else {
        return;
    };
    let misses: usize = std::env::var("DOSSIER_MISSES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let lex = Lexicon::embedded();
    let mut stats: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    let mut shown = 0;
    let mut entries: Vec<_> = std::fs::read_dir(format!("{dir}/attributions"))
        .unwrap()
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let ann = std::fs::read_to_string(e.path()).unwrap();
        let name = e.file_name().to_string_lossy().to_string();
        let stem = name.rsplit_once('_').map_or(name.as_str(), |(s, _)| s);
        let Ok(raw) = std::fs::read_to_string(format!("{dir}/text/{stem}.txt")) else {
            continue;
        };
        let chars: Vec<(usize, char)> = raw.char_indices().collect();
        let sents = text::sentences(&raw);
        let layer = ActorLayer::recognise(&raw, &sents, lex);
        for line in ann.lines() {
            let mut cols = line.split('\t');
            let (_, Some(info), Some(stext)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let mut parts = info.split([' ', ';']);
            if parts.next() != Some("Source") {
                continue;
            }
            let (Some(Ok(cs)), Some(Ok(ce))) = (
                parts.next().map(str::parse::<usize>),
                parts.next().map(str::parse::<usize>),
            ) else {
                continue;
            };
            if ce > chars.len() || cs >= ce {
                continue;
            }
            let bs = chars[cs].0;
            let be = chars.get(ce).map_or(raw.len(), |c| c.0);
            let lower = stext.to_lowercase();
            let cat = match lower.as_str() {
                "i" | "we" | "you" | "me" | "us" | "my" | "our" => continue,
                "he" | "she" | "they" | "it" | "him" | "her" | "them" => "pronoun",
                _ if stext.chars().next().is_some_and(char::is_uppercase) => "capitalised",
                _ => "other",
            };
            let hit = layer.mentions.iter().any(|m| m.start < be && m.end > bs);
            let s = stats.entry(cat).or_default();
            s.0 += 1;
            if hit {
                s.1 += 1;
            } else if shown < misses {
                shown += 1;
                let ctx_s = raw[..bs].char_indices().rev().nth(60).map_or(0, |c| c.0);
                let ctx_e = raw[be..]
                    .char_indices()
                    .nth(40)
                    .map_or(raw.len(), |c| be + c.0);
                println!("miss [{cat}] {stext:?}\t{:?}", &raw[ctx_s..ctx_e]);
            }
        }
    }
    for (cat, (n, hit)) in &stats {
        println!(
            "{cat:<12} {hit}/{n} sources overlap an actor mention ({:.1}%)",
            100.0 * *hit as f64 / *n as f64
        );
    }
}

/// DOSSIER_CSV=… DOSSIER_BIG=N: one document made of the first N bodies (scaling check).
#[test]
#[ignore = "developer aid: set its DOSSIER_* variables and run with --ignored --nocapture"]
fn one_big_document() {
    let (Ok(path), Ok(n)) = (std::env::var("DOSSIER_CSV"), std::env::var("DOSSIER_BIG")) else {
        return;
    };
    let n: usize = n.parse().unwrap_or(300);
    let data = std::fs::read_to_string(path).expect("read csv");
    let big = text::normalize(&csv_bodies(&data)[..n].join("\n\n"));
    let t0 = std::time::Instant::now();
    let s = text::sentences(&big);
    let l = ActorLayer::recognise(&big, &s, Lexicon::embedded());
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "big document: {:.2} MB, {} mentions, {} actors, {:.2} s ({:.2} MB/s)",
        big.len() as f64 / 1e6,
        l.mentions.len(),
        l.actors.len(),
        secs,
        big.len() as f64 / 1e6 / secs
    );
}

/// DOSSIER_CSV=… DOSSIER_PRONOUNS=N: N pronoun resolutions with their sentence, for judging.
#[test]
#[ignore = "developer aid: set its DOSSIER_* variables and run with --ignored --nocapture"]
fn sample_pronouns() {
    let (Ok(path), Ok(n)) = (
        std::env::var("DOSSIER_CSV"),
        std::env::var("DOSSIER_PRONOUNS"),
    ) else {
        return;
    };
    let n: usize = n.parse().unwrap_or(40);
    let data = std::fs::read_to_string(path).expect("read csv");
    let mut shown = 0;
    for (di, b) in csv_bodies(&data).iter().enumerate().skip(13).step_by(47) {
        let t = text::normalize(b);
        let s = text::sentences(&t);
        let l = ActorLayer::recognise(&t, &s, Lexicon::embedded());
        for m in l
            .mentions
            .iter()
            .filter(|m| {
                matches!(
                    m.form,
                    dossier_core::actors::MentionForm::Pronoun
                        | dossier_core::actors::MentionForm::Description
                )
            })
            .take(2)
        {
            let sent = &s[m.sentence];
            let prev = m
                .sentence
                .checked_sub(1)
                .map(|p| &t[s[p].start..s[p].end])
                .unwrap_or("");
            println!(
                "[{di}] {:?} -> {}\n   prev: {}\n   this: {}",
                &t[m.start..m.end],
                l.actors[m.actor].name,
                prev,
                &t[sent.start..sent.end]
            );
            shown += 1;
        }
        if shown >= n {
            break;
        }
    }
}
