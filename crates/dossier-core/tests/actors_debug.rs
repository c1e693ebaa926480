//! Prints the actor layer of DOSSIER_TEXT (debug aid): DOSSIER_TEXT="…" cargo test -p dossier-core --test actors_debug -- --nocapture
use dossier_core::actors::ActorLayer;
use dossier_core::lexicon::Lexicon;
use dossier_core::text;

#[test]
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
