//! The actor layer as the pipeline builds it (on the syntactic Doc), for reading and measuring.
//!
//! ```text
//! cargo run -p dossier-core --example actors -- text "Kremlin spokesman Dmitry Peskov said …"
//! cargo run -p dossier-core --example actors -- jsonl BODIES.jsonl [SHOW] [GREP]
//! cargo run -p dossier-core --example actors -- pronouns BODIES.jsonl [N]
//! cargo run -p dossier-core --example actors -- polnear DIR/polnear/dev [MISSES]
//! ```
//! `text` prints every mention and actor; `jsonl` (lines `{"id":…,"text":…}`) prints throughput,
//! lexicon build time and the mentions of the first SHOW documents containing GREP; `pronouns`
//! prints N pronoun and description resolutions with their sentences, for judging; `polnear`
//! counts how many annotated attribution sources overlap an actor mention (train/dev only:
//! never the test split).
use dossier_core::actors::{ActorLayer, MentionForm};
use dossier_core::lexicon::Lexicon;
use dossier_core::text::{self, Sentence};

fn layer(t: &str) -> (ActorLayer, Vec<Sentence>) {
    let syn = dossier_core::syntax::parse(t);
    let sentences = dossier_core::doc_sentences(t, &syn);
    let l = ActorLayer::recognise_in(t, &syn, &sentences, Lexicon::embedded());
    (l, sentences)
}

fn print_mentions(t: &str, l: &ActorLayer) {
    for m in &l.mentions {
        let a = &l.actors[m.actor];
        println!(
            "{:>6} {:<45} {:?} -> {} ({:?}, role {:?}, country {:?})",
            m.start,
            &t[m.start..m.end],
            m.form,
            a.id,
            a.kind,
            a.role,
            a.country
        );
    }
}

/// The texts of a JSONL file; bad lines are reported as `file:line: reason` and skipped.
fn read_jsonl(path: &str) -> Vec<String> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(v) => match v.get("text").and_then(|t| t.as_str()) {
                Some(t) => out.push(text::normalize(t)),
                None => eprintln!("{path}:{}: no \"text\" string", n + 1),
            },
            Err(e) => eprintln!("{path}:{}: {e}", n + 1),
        }
    }
    out
}

fn corpus(path: &str, show: usize, grep: &str) {
    let t0 = std::time::Instant::now();
    let lex = Lexicon::with_overlay(&[]).expect("embedded lexicon is valid");
    println!(
        "lexicon: {} entries, {} patterns, built in {:.1} ms",
        lex.entries.len(),
        lex.pattern_count(),
        t0.elapsed().as_secs_f64() * 1e3
    );
    let bodies = read_jsonl(path);
    let bytes: usize = bodies.iter().map(String::len).sum();
    let t0 = std::time::Instant::now();
    let (mut mentions, mut actors, mut shown) = (0, 0, 0);
    for (i, t) in bodies.iter().enumerate() {
        let (l, _) = layer(t);
        mentions += l.mentions.len();
        actors += l.actors.len();
        if shown < show && t.contains(grep) {
            shown += 1;
            println!("--- document {i}");
            print_mentions(t, &l);
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{} documents, {:.1} MB, {secs:.2} s with parsing, {mentions} mentions, {actors} actors",
        bodies.len(),
        bytes as f64 / 1e6,
    );
}

fn pronouns(path: &str, n: usize) {
    let mut shown = 0;
    for (di, t) in read_jsonl(path).iter().enumerate().skip(13).step_by(47) {
        let (l, s) = layer(t);
        let resolved = l
            .mentions
            .iter()
            .filter(|m| matches!(m.form, MentionForm::Pronoun | MentionForm::Description));
        for m in resolved.take(2) {
            let prev = m
                .sentence
                .checked_sub(1)
                .map_or("", |p| &t[s[p].start..s[p].end]);
            let this = &s[m.sentence];
            println!(
                "[{di}] {:?} -> {}\n   prev: {prev}\n   this: {}",
                &t[m.start..m.end],
                l.actors[m.actor].name,
                &t[this.start..this.end]
            );
            shown += 1;
        }
        if shown >= n {
            break;
        }
    }
}

fn polnear(dir: &str, misses: usize) {
    if dir.contains("test") {
        eprintln!("the PolNeAR test split is for final scores only; use train or dev");
        std::process::exit(2);
    }
    let mut stats: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    let mut shown = 0;
    let mut files: Vec<_> = match std::fs::read_dir(format!("{dir}/attributions")) {
        Ok(d) => d.flatten().map(|e| e.path()).collect(),
        Err(e) => {
            eprintln!("{dir}/attributions: {e}");
            std::process::exit(1)
        }
    };
    files.sort();
    for path in files {
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let stem = name.rsplit_once('_').map_or(name.as_str(), |(s, _)| s);
        let (Ok(ann), Ok(raw)) = (
            std::fs::read_to_string(&path),
            std::fs::read_to_string(format!("{dir}/text/{stem}.txt")),
        ) else {
            continue;
        };
        let chars: Vec<(usize, char)> = raw.char_indices().collect();
        let (l, _) = layer(&raw);
        for line in ann.lines() {
            let mut cols = line.split('\t');
            let (_, Some(info), Some(source)) = (cols.next(), cols.next(), cols.next()) else {
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
            let (bs, be) = (chars[cs].0, chars.get(ce).map_or(raw.len(), |c| c.0));
            let kind = match source.to_lowercase().as_str() {
                "i" | "we" | "you" | "me" | "us" | "my" | "our" => continue,
                "he" | "she" | "they" | "it" | "him" | "her" | "them" => "pronoun",
                _ if source.chars().next().is_some_and(char::is_uppercase) => "capitalised",
                _ => "other",
            };
            let hit = l.mentions.iter().any(|m| m.start < be && m.end > bs);
            let s = stats.entry(kind).or_default();
            s.0 += 1;
            if hit {
                s.1 += 1;
            } else if shown < misses {
                shown += 1;
                println!("miss [{kind}] {source:?}");
            }
        }
    }
    for (kind, (n, hit)) in &stats {
        let share = 100.0 * *hit as f64 / (*n).max(1) as f64;
        println!("{kind:<12} {hit}/{n} sources overlap an actor mention ({share:.1} %)");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).map(String::as_str);
    let num = |i: usize, default: usize| arg(i).and_then(|s| s.parse().ok()).unwrap_or(default);
    match (arg(0), arg(1)) {
        (Some("text"), Some(raw)) => {
            let t = text::normalize(raw);
            let (l, _) = layer(&t);
            print_mentions(&t, &l);
            for a in &l.actors {
                println!("{a:?}");
            }
        }
        (Some("jsonl"), Some(path)) => corpus(path, num(2, 0), arg(3).unwrap_or("")),
        (Some("pronouns"), Some(path)) => pronouns(path, num(2, 40)),
        (Some("polnear"), Some(dir)) => polnear(dir, num(2, 0)),
        _ => {
            eprintln!("usage: actors text TEXT | jsonl FILE [SHOW] [GREP] | pronouns FILE [N] | polnear DIR [MISSES]");
            std::process::exit(2);
        }
    }
}
