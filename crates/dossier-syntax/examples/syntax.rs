//! Development driver: `cargo run --release -p dossier-syntax --example syntax -- DATA_DIR OUT [tagger_epochs parser_epochs label_epochs jackknife]`
//! trains on EWT + GUM-open train, writes the bundle and prints dev scores. Also `eval MODEL
//! [prune…]`, `tagger EPOCHS` (tagger alone, dev UPOS) and `retag EPOCHS IN OUT [PRUNE]`
//! (replace a bundle's tagger by one trained for EPOCHS, seed 1), `relabel EPOCHS IN OUT`
//! (replace its labeller by one trained alone on both train splits tagged by IN's tagger — a
//! screen for labeller features), `news MODEL FIXTURE` (UPOS on the hand-tagged news check).
//! `eval` reads `SECOND_MARGIN` (the second tagging pass's margin), `SECOND_PRUNE` (prune the
//! second pass) and `NO_SECOND` (first pass only) from the environment.
use dossier_syntax::{conllu, eval, train, Model};
use std::time::Instant;

fn read(dir: &str, tb: &str, name: &str) -> Vec<conllu::GoldSentence> {
    let p = format!("{dir}/ud-english-{tb}/en_{tb}-ud-{name}.conllu");
    conllu::parse(&std::fs::read_to_string(&p).expect(&p)).expect(&p)
}

/// A tagger trained alone on EWT + GUM-open train for `epochs` (seed 1).
fn train_tagger(dir: &str, epochs: usize) -> dossier_syntax::tagger::Tagger {
    let mut tr = read(dir, "ewt", "train");
    tr.extend(read(dir, "gum-open", "train"));
    let ts: Vec<_> = tr
        .iter()
        .map(|s| dossier_syntax::tagger::TagSentence {
            forms: s.words.iter().map(|w| w.form.as_str()).collect(),
            tags: s.words.iter().map(|w| (w.xpos.as_str(), w.upos)).collect(),
        })
        .collect();
    let folds = std::env::var("TAGGER2").map_or(0, |v| v.parse().unwrap());
    dossier_syntax::tagger::train(&ts, epochs, 1, folds, &mut |s| eprintln!("{s}"))
}

fn cpu() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let dir = &a[1];
    let out = &a[2];
    let num = |i: usize, d: usize| a.get(i).and_then(|s| s.parse().ok()).unwrap_or(d);
    let mut opt = train::TrainOptions::default();
    opt.tagger_epochs = num(3, opt.tagger_epochs);
    opt.parser_epochs = num(4, opt.parser_epochs);
    opt.label_epochs = num(5, opt.label_epochs);
    opt.jackknife = num(6, opt.jackknife);
    if a.len() >= 4 && a[2] == "eval" {
        let mut m = Model::from_bytes(&std::fs::read(&a[3]).unwrap()).unwrap();
        if a.len() == 7 {
            let q = |i: usize| a[i].parse::<u16>().unwrap();
            m.tagger.weights = m.tagger.weights.pruned(q(4));
            m.parser.weights = m.parser.weights.pruned(q(5));
            m.parser.label_weights = m.parser.label_weights.pruned(q(6));
            eprintln!("pruned size {}", m.to_bytes().len());
        }
        if let Ok(v) = std::env::var("SECOND_MARGIN") {
            m.tagger.second_margin = v.parse().unwrap();
        }
        if let Ok(v) = std::env::var("SECOND_PRUNE") {
            m.tagger.second = m.tagger.second.map(|w| w.pruned(v.parse().unwrap()));
            eprintln!("pruned size {}", m.to_bytes().len());
        }
        if std::env::var("NO_SECOND").is_ok() {
            m.tagger.second = None;
        }
        let split = std::env::var("SPLIT").unwrap_or_else(|_| "dev".into());
        for tb in ["ewt", "gum-open"] {
            let g = read(dir, tb, &split);
            let s = eval::eval_gold_tokens(&m, &g, &cpu);
            println!("en_{tb} {split} (gold tokens): {}", s.line());
            let r = eval::eval_raw_text(&m, &g, &cpu);
            println!("en_{tb} {split} (raw text): {}", r.line());
        }
        return;
    }
    if a[2] == "relemma" {
        // Replace the lemmatiser section of a bundle (a[3]) by one trained on both train splits;
        // write a[4]. Other sections are copied byte for byte.
        let b = std::fs::read(&a[3]).unwrap();
        let mut pos = 8;
        let mut out = b[..8].to_vec();
        for _ in 0..3 {
            let n = u64::from_le_bytes(b[pos..pos + 8].try_into().unwrap()) as usize;
            out.extend_from_slice(&b[pos..pos + 8 + n]);
            pos += 8 + n;
        }
        let mut tr = read(dir, "ewt", "train");
        tr.extend(read(dir, "gum-open", "train"));
        let l = dossier_syntax::lemma::Lemmatizer::train(tr.iter().flat_map(|s| {
            s.words
                .iter()
                .map(|w| (w.form.as_str(), w.upos, w.xpos.as_str(), w.lemma.as_str()))
        }));
        let lb = l.to_bytes();
        let mut sec = (lb.len() as u32).to_le_bytes().to_vec();
        sec.extend_from_slice(&lb);
        out.extend_from_slice(&(sec.len() as u64).to_le_bytes());
        out.extend_from_slice(&sec);
        let mut m = Model::from_bytes(&out).unwrap();
        if a.len() == 8 {
            let q = |i: usize| a[i].parse::<u16>().unwrap();
            m.tagger.weights = m.tagger.weights.pruned(q(5));
            m.parser.weights = m.parser.weights.pruned(q(6));
            m.parser.label_weights = m.parser.label_weights.pruned(q(7));
        }
        std::fs::write(&a[4], m.to_bytes()).unwrap();
        return;
    }
    if a[2] == "relabel" {
        // relabel EPOCHS IN OUT: replace the labeller of bundle IN by one trained alone
        // (seed 1) on both train splits tagged by IN's own tagger (not jackknifed: screening).
        let mut m = Model::from_bytes(&std::fs::read(&a[4]).unwrap()).unwrap();
        let mut tr = read(dir, "ewt", "train");
        tr.extend(read(dir, "gum-open", "train"));
        let mut sc = dossier_syntax::tagger::Scratch::default();
        let (mut tags, mut feats) = (Vec::new(), Vec::new());
        let ps: Vec<_> = tr
            .iter()
            .map(|s| {
                let mut w: Vec<_> = s
                    .words
                    .iter()
                    .map(|w| dossier_syntax::tagger::word_info(&w.form, &m.tagger.amb, &mut sc))
                    .collect();
                dossier_syntax::tagger::truecase(
                    |i| &s.words[i].form,
                    &mut w,
                    &m.tagger.amb,
                    &mut sc,
                );
                m.tagger.tag(&w, &mut tags, &mut feats);
                dossier_syntax::parser::ParseSentence {
                    words: dossier_syntax::parser::pwords(&w, &tags),
                    heads: s
                        .words
                        .iter()
                        .map(|w| {
                            if w.head == 0 {
                                dossier_syntax::doc::NO_HEAD
                            } else {
                                w.head as u32 - 1
                            }
                        })
                        .collect(),
                    rels: s.words.iter().map(|w| w.rel).collect(),
                }
            })
            .collect();
        let mut rng = dossier_syntax::perceptron::Rng::new(1);
        let (labels, w) = dossier_syntax::parser::train_labeller(
            &ps,
            a[3].parse().unwrap(),
            &mut rng,
            &mut (0..ps.len()).collect::<Vec<_>>(),
            &mut |s| eprintln!("{s}"),
        );
        m.parser.labels = labels;
        m.parser.label_weights = w.pruned(300);
        std::fs::write(&a[5], m.to_bytes()).unwrap();
        return;
    }
    if a[2] == "news" {
        // news MODEL FIXTURE: UPOS on the hand-tagged news check, with every miss.
        let m = Model::from_bytes(&std::fs::read(&a[3]).unwrap()).unwrap();
        let sents =
            dossier_syntax::newscheck::read(&std::fs::read_to_string(&a[4]).unwrap()).unwrap();
        let (right, total, misses) = dossier_syntax::newscheck::score(&m, &sents);
        for x in &misses {
            println!(
                "  s{} {:?}: gold {} got {}",
                x.sentence + 1,
                x.form,
                x.gold.as_str(),
                x.got.as_str()
            );
        }
        println!(
            "news check: UPOS {:.2} ({right}/{total})",
            100.0 * right as f64 / total as f64
        );
        return;
    }
    if a[2] == "retag" {
        // retag EPOCHS IN OUT: replace the tagger of bundle IN by one trained for EPOCHS.
        let mut m = Model::from_bytes(&std::fs::read(&a[4]).unwrap()).unwrap();
        let mut t = train_tagger(dir, a[3].parse().unwrap());
        assert!(t.classes == m.tagger.classes);
        let q = a.get(6).map_or(1000, |s| s.parse().unwrap());
        t.weights = t.weights.pruned(q);
        t.second = t.second.map(|w| w.pruned(q));
        m.tagger = t;
        std::fs::write(&a[5], m.to_bytes()).unwrap();
        return;
    }
    if a[2] == "tagger" {
        let t = train_tagger(dir, a[3].parse().unwrap());
        let mut sc = dossier_syntax::tagger::Scratch::default();
        for tb in ["ewt", "gum-open"] {
            let dev = read(dir, tb, "dev");
            let (mut u, mut x, mut n) = (0, 0, 0);
            let (mut out, mut f) = (Vec::new(), Vec::new());
            for s in &dev {
                let w: Vec<_> = s
                    .words
                    .iter()
                    .map(|w| dossier_syntax::tagger::word_info(&w.form, &t.amb, &mut sc))
                    .collect();
                t.tag(&w, &mut out, &mut f);
                for (g, &c) in s.words.iter().zip(&out) {
                    let (xp, up) = &t.classes[c as usize];
                    u += (*up == g.upos) as usize;
                    x += (*xp == g.xpos) as usize;
                    n += 1;
                }
            }
            println!(
                "{tb} dev: UPOS {:.2} XPOS {:.2}",
                100.0 * u as f64 / n as f64,
                100.0 * x as f64 / n as f64
            );
        }
        return;
    }
    let which = a.get(7).map(|s| s.as_str()).unwrap_or("both");
    let mut tr = Vec::new();
    if which != "gum" {
        tr.extend(read(dir, "ewt", "train"));
    }
    if which != "ewt" {
        tr.extend(read(dir, "gum-open", "train"));
    }
    let t0 = Instant::now();
    let m = train::train(&tr, &opt, &mut |s| {
        eprintln!("[{:.0}s] {s}", t0.elapsed().as_secs_f64())
    });
    let bytes = m.to_bytes();
    std::fs::write(out, &bytes).unwrap();
    eprintln!("{} bytes, {:.0}s", bytes.len(), t0.elapsed().as_secs_f64());
    let m = Model::from_bytes(&bytes).unwrap();
    for tb in ["ewt", "gum-open"] {
        let dev = read(dir, tb, "dev");
        println!(
            "en_{tb} dev (gold tokens): {}",
            eval::eval_gold_tokens(&m, &dev, &cpu).line()
        );
    }
}
