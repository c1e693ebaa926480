//! Development driver: `cargo run --release -p dossier-syntax --example syntax -- DATA_DIR OUT [tagger_epochs parser_epochs label_epochs jackknife]`
//! trains on EWT + GUM-open train, writes the bundle and prints dev scores. Also `eval MODEL
//! [prune…]`, `tagger EPOCHS` (tagger alone, dev UPOS) and `retag EPOCHS IN OUT [PRUNE]`
//! (replace a bundle's tagger by one trained for EPOCHS, seed 1), `relabel EPOCHS IN OUT`
//! (replace its labeller by one trained alone on both train splits tagged by IN's tagger — a
//! screen for labeller features), `reparse EPOCHS IN OUT [ext|extMASK|base [LABEL_EPOCHS]]`
//! (replace its transition model by one trained for EPOCHS on 4-fold jackknifed tags of
//! single-pass taggers like IN's, seed 1, pruned at 1000, with the extended feature groups MASK
//! if `extMASK` (`ext`: all four); IN's tagger is kept, and its labeller unless LABEL_EPOCHS > 0,
//! then retrained on the same tags and pruned at 300; the jackknifed tags are cached in
//! `$JK_CACHE` when set, `$ENSEMBLE` = k averages the weights of k transition models of
//! different seeds, `$BEAM` = k trains and decodes with a beam of k, `$PRUNE` replaces the 1000), `arcs MODEL [FIXTURE]` (the news arcs check, or FIXTURE's, with every
//! miss; `$BEAM` as in `eval`), `show MODEL TEXT` (every token's tags, head and relation), `news MODEL FIXTURE` (UPOS
//! on the hand-tagged news check), `relemma IN OUT` (replace its lemmatiser by one trained on
//! both train splits), `lemmadiff A B` (dev words, with gold tags, whose lemmas two bundles'
//! lemmatisers disagree on). `jklabel IN OUT FOLDS JK_EPOCHS LABEL_EPOCHS [skip|both]` replaces IN's
//! labeller by one trained on jackknifed trees of transition models like IN's (see the code).
//! `clusters OUT [FINE COARSE MIN_COUNT]` learns word clusters (default 256/16/3, as shipped) from the unlabeled text next to DATA (UD EWT + GUM-open train words, the FNC-1
//! train bodies, the PolNeAR train texts) and writes them to OUT; `tagger` and `retag` train a
//! tagger that reads the clusters in `$CLUSTERS` when set; `mates CLUSTERS WORD…` lists the
//! frequent words sharing each WORD's class.
//! `eval` reads `SECOND_MARGIN` (the second tagging pass's margin), `SECOND_PRUNE` (prune the
//! second pass), `NO_SECOND` (first pass only) and `BEAM` (decode with that beam width) from
//! the environment.
use dossier_syntax::clusters::{ClusterOptions, Clusters};
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
    dossier_syntax::tagger::train(&ts, epochs, 1, folds, &env_clusters(), &mut |s| {
        eprintln!("{s}")
    })
}

/// The clusters file named by `$CLUSTERS` (written by the `clusters` command), else none.
fn env_clusters() -> Clusters {
    match std::env::var("CLUSTERS") {
        Ok(p) => {
            let b = std::fs::read(&p).expect(&p);
            Clusters::read(&mut dossier_syntax::perceptron::Reader::new(&b)).expect(&p)
        }
        Err(_) => Clusters::default(),
    }
}

/// The unlabeled training text for the clusters, as token sentences: UD EWT and GUM-open train
/// (gold words), the FNC-1 train bodies and the PolNeAR train texts (read from `DIR/..`,
/// tokenised by dossier-syntax's tokeniser).
fn unlabeled(dir: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for tb in ["ewt", "gum-open"] {
        for s in read(dir, tb, "train") {
            out.push(s.words.iter().map(|w| w.form.clone()).collect());
        }
    }
    let mut push_text = |text: &str| {
        let (toks, sents) = dossier_syntax::tokenize::tokenize(text);
        for s in sents {
            out.push(
                toks[s.first as usize..s.last as usize]
                    .iter()
                    .map(|t| text[t.start as usize..t.end as usize].to_string())
                    .collect(),
            );
        }
    };
    // `UNLABELED=ud`: the licensed treebank text alone (CC BY-SA / CC BY), without the
    // news bodies whose licence is not stated.
    if std::env::var("UNLABELED").is_ok_and(|v| v == "ud") {
        return out;
    }
    let fnc = format!("{dir}/../stance/fnc-1/train_bodies.csv");
    let mut rd = csv::Reader::from_path(&fnc).expect(&fnc);
    for r in rd.records() {
        let r = r.expect(&fnc);
        push_text(r.get(1).unwrap_or(""));
    }
    let pol = format!("{dir}/../attribution/polnear/train/text");
    let mut files: Vec<_> = std::fs::read_dir(&pol)
        .expect(&pol)
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        push_text(&std::fs::read_to_string(&f).unwrap());
    }
    out
}

fn cpu() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// `$BEAM` when set: decode with that beam width (0 or 1: greedy).
fn env_beam(m: &mut Model) {
    if let Ok(v) = std::env::var("BEAM") {
        m.parser.beam = v.parse().unwrap();
    }
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
        if std::env::var("NO_SUBJECT_REPAIR").is_ok() {
            m.subject_repair = false;
        }
        env_beam(&mut m);
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
    if a[2] == "clusters" {
        // clusters OUT [FINE COARSE MIN_COUNT]: word clusters from the unlabeled text.
        let t0 = Instant::now();
        let sents = unlabeled(dir);
        let d = ClusterOptions::default();
        let opt = ClusterOptions {
            fine: num(4, d.fine),
            coarse: num(5, d.coarse),
            min_count: num(6, d.min_count as usize) as u32,
            ..d
        };
        eprintln!(
            "[{:.1}s] read {} sentences",
            t0.elapsed().as_secs_f64(),
            sents.len()
        );
        let c = dossier_syntax::clusters::train(&sents, &opt, &mut |s| {
            eprintln!("[{:.1}s] {s}", t0.elapsed().as_secs_f64())
        });
        let mut b = Vec::new();
        c.write(&mut b);
        std::fs::write(&a[3], &b).unwrap();
        eprintln!(
            "{} words, {} bytes, {:.1}s",
            c.map.len(),
            b.len(),
            t0.elapsed().as_secs_f64()
        );
        return;
    }
    if a[2] == "mates" {
        // mates CLUSTERS WORD…: the most frequent words of the unlabeled text sharing each
        // WORD's fine class (and how many share its coarse class).
        let b = std::fs::read(&a[3]).unwrap();
        let c = Clusters::read(&mut dossier_syntax::perceptron::Reader::new(&b)).unwrap();
        let mut counts: std::collections::HashMap<String, usize> = Default::default();
        for s in unlabeled(dir) {
            for w in s {
                *counts.entry(w.to_lowercase()).or_default() += 1;
            }
        }
        let mut by: Vec<(&String, &usize)> = counts.iter().collect();
        by.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
        for w in &a[4..] {
            let Some((f, k)) = c.of_word(w) else {
                println!("{w}: no class");
                continue;
            };
            let mates: Vec<&str> = by
                .iter()
                .filter(|(x, _)| c.of_word(x).is_some_and(|(g, _)| g == f))
                .take(14)
                .map(|(x, _)| x.as_str())
                .collect();
            let n_coarse = by
                .iter()
                .filter(|(x, _)| c.of_word(x).is_some_and(|(_, h)| h == k))
                .count();
            println!(
                "{w} [{f}/{k}, coarse {n_coarse} words]: {}",
                mates.join(" ")
            );
        }
        return;
    }
    if a[2] == "lemmadiff" {
        // lemmadiff A B: the dev words (gold tags) the lemmatisers of bundles A and B disagree on.
        let ma = Model::from_bytes(&std::fs::read(&a[3]).unwrap()).unwrap();
        let mb = Model::from_bytes(&std::fs::read(&a[4]).unwrap()).unwrap();
        for tb in ["ewt", "gum-open"] {
            for s in read(dir, tb, "dev") {
                for w in &s.words {
                    let x = ma.lemmatizer.lemma(&w.form, w.upos, &w.xpos);
                    let y = mb.lemmatizer.lemma(&w.form, w.upos, &w.xpos);
                    if x != y {
                        println!(
                            "{tb}\t{}\t{}\t{}\tgold={}\told={x}\tnew={y}",
                            w.form,
                            w.upos.as_str(),
                            w.xpos,
                            w.lemma
                        );
                    }
                }
            }
        }
        return;
    }
    if a[2] == "relemma" {
        // Replace the lemmatiser section of a bundle (a[3]) by one trained on both train splits;
        // write a[4]. Other sections (tagger, parser, morphology before it; clusters after it)
        // are copied byte for byte.
        let b = std::fs::read(&a[3]).unwrap();
        let mut sections = Vec::new();
        let mut pos = 8;
        while pos < b.len() {
            let n = u64::from_le_bytes(b[pos..pos + 8].try_into().unwrap()) as usize;
            sections.push(&b[pos..pos + 8 + n]);
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
        let mut sec = (lb.len() as u64 + 4).to_le_bytes().to_vec();
        sec.extend_from_slice(&(lb.len() as u32).to_le_bytes());
        sec.extend_from_slice(&lb);
        let mut out = b[..8].to_vec();
        for (i, s) in sections.iter().enumerate() {
            out.extend_from_slice(if i == 3 { &sec } else { s });
        }
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
                    .map(|w| dossier_syntax::tagger::word_info(&w.form, &m.tagger.lex, &mut sc))
                    .collect();
                dossier_syntax::tagger::truecase(
                    |i| &s.words[i].form,
                    &mut w,
                    &m.tagger.lex,
                    &mut sc,
                );
                m.tagger.tag(&w, &mut tags, &mut feats);
                dossier_syntax::parser::ParseSentence {
                    words: dossier_syntax::parser::pwords(&w, &tags, &m.tagger.classes),
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
    if a[2] == "reparse" {
        let t0 = Instant::now();
        let mut m = Model::from_bytes(&std::fs::read(&a[4]).unwrap()).unwrap();
        let mut tr = read(dir, "ewt", "train");
        tr.extend(read(dir, "gum-open", "train"));
        let ts = train::tag_sentences(&tr);
        let mut o = train::TrainOptions {
            tagger_second_folds: 0,
            parser_epochs: a[3].parse().unwrap(),
            parser_extended: match a.get(6).map(|x| x.as_str()) {
                Some("ext") => 15,
                Some(x) if x.starts_with("ext") => x[3..].parse().unwrap(),
                _ => 0,
            },
            ..Default::default()
        };
        o.tagger_epochs = 8;
        let cache = std::env::var("JK_CACHE").ok();
        let tags: Vec<Vec<u16>> = match cache.as_ref().and_then(|p| std::fs::read(p).ok()) {
            Some(b) => {
                let mut it = b.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]]));
                tr.iter()
                    .map(|s| s.words.iter().map(|_| it.next().unwrap()).collect())
                    .collect()
            }
            None => {
                let tags = train::jackknifed_tags(&ts, &m.tagger, &o, &mut |s| {
                    eprintln!("[{:.0}s] {s}", t0.elapsed().as_secs_f64())
                });
                if let Some(p) = &cache {
                    let b: Vec<u8> = tags
                        .iter()
                        .flatten()
                        .flat_map(|t| t.to_le_bytes())
                        .collect();
                    std::fs::write(p, b).unwrap();
                }
                tags
            }
        };
        let ps = train::parse_sentences(&tr, &tags, &m.tagger);
        let p = dossier_syntax::parser::train(
            &ps,
            &dossier_syntax::parser::ParserOptions {
                epochs: o.parser_epochs,
                label_epochs: a.get(7).map_or(0, |x| x.parse().unwrap()),
                explore_from: o.explore_from,
                explore_p: o.explore_p,
                seed: o.seed,
                extended: o.parser_extended,
                ensemble: std::env::var("ENSEMBLE").map_or(1, |v| v.parse().unwrap()),
                beam: std::env::var("BEAM").map_or(0, |v| v.parse().unwrap()),
            },
            &mut |s| eprintln!("[{:.0}s] {s}", t0.elapsed().as_secs_f64()),
        );
        if a.get(7).is_some_and(|x| x != "0") {
            m.parser.labels = p.labels;
            m.parser.label_weights = p.label_weights.pruned(300);
        }
        let q = std::env::var("PRUNE").map_or(1000, |v| v.parse().unwrap());
        m.parser.weights = p.weights.pruned(q);
        m.parser.extended = p.extended;
        m.parser.beam = p.beam;
        let bytes = m.to_bytes();
        std::fs::write(&a[5], &bytes).unwrap();
        eprintln!("{} bytes, {:.0}s", bytes.len(), t0.elapsed().as_secs_f64());
        return;
    }
    if a[2] == "jklabel" {
        // jklabel IN OUT FOLDS JK_EPOCHS LABEL_EPOCHS [skip|both]: IN's labeller replaced by
        // one trained on the trees of FOLDS jackknifed transition models like IN's (its beam
        // and feature groups, JK_EPOCHS epochs) on the cached jackknifed tags in $JK_CACHE;
        // the trees are cached in $TREE_CACHE when set. `skip`: dependents with a wrong head
        // left out; `both`: gold trees too.
        let t0 = Instant::now();
        let mut m = Model::from_bytes(&std::fs::read(&a[3]).unwrap()).unwrap();
        let mut tr = read(dir, "ewt", "train");
        tr.extend(read(dir, "gum-open", "train"));
        let b = std::fs::read(std::env::var("JK_CACHE").expect("JK_CACHE")).unwrap();
        let mut it = b.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]]));
        let tags: Vec<Vec<u16>> = tr
            .iter()
            .map(|s| s.words.iter().map(|_| it.next().unwrap()).collect())
            .collect();
        let ps = train::parse_sentences(&tr, &tags, &m.tagger);
        let o = train::TrainOptions::default();
        let opt = dossier_syntax::parser::ParserOptions {
            epochs: a[6].parse().unwrap(),
            label_epochs: 0,
            explore_from: o.explore_from,
            explore_p: o.explore_p,
            seed: o.seed,
            extended: m.parser.extended,
            ensemble: 1,
            beam: m.parser.beam as usize,
        };
        let cache = std::env::var("TREE_CACHE").ok();
        let trees: Vec<Vec<u32>> = match cache.as_ref().and_then(|p| std::fs::read(p).ok()) {
            Some(b) => {
                let mut it = b
                    .chunks_exact(4)
                    .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
                tr.iter()
                    .map(|s| s.words.iter().map(|_| it.next().unwrap()).collect())
                    .collect()
            }
            None => {
                let t = dossier_syntax::parser::jackknifed_trees(
                    &ps,
                    &opt,
                    a[5].parse().unwrap(),
                    &mut |s| eprintln!("[{:.0}s] {s}", t0.elapsed().as_secs_f64()),
                );
                if let Some(p) = &cache {
                    let b: Vec<u8> = t.iter().flatten().flat_map(|h| h.to_le_bytes()).collect();
                    std::fs::write(p, b).unwrap();
                }
                t
            }
        };
        let mode = a.get(8).map_or("", |x| x.as_str());
        let mut rng = dossier_syntax::perceptron::Rng::new(1);
        let (labels, w) = dossier_syntax::parser::train_labeller_on(
            &ps,
            &dossier_syntax::parser::LabelTrees::Predicted {
                trees: &trees,
                skip_wrong: mode == "skip",
                gold_too: mode == "both",
            },
            a[7].parse().unwrap(),
            &mut rng,
            &mut (0..ps.len()).collect::<Vec<_>>(),
            &mut |s| eprintln!("[{:.0}s] {s}", t0.elapsed().as_secs_f64()),
        );
        m.parser.labels = labels;
        m.parser.label_weights = w.pruned(300);
        std::fs::write(&a[4], m.to_bytes()).unwrap();
        eprintln!("[{:.0}s] written", t0.elapsed().as_secs_f64());
        return;
    }
    if a[2] == "show" {
        // show MODEL TEXT: every token with its tags, head and relation.
        let m = Model::from_bytes(&std::fs::read(&a[3]).unwrap()).unwrap();
        let text = &a[4];
        let (toks, sents) = dossier_syntax::tokenize::tokenize(text);
        let d = m.analyse(text, &toks, &sents);
        for (i, t) in d.tokens.iter().enumerate() {
            let h = d
                .head(i)
                .map_or("ROOT".to_string(), |h| d.form(text, h).to_string());
            println!(
                "{i:3} {:14} {:14} {:5} {:5} {:12} {}",
                d.form(text, i),
                t.lemma,
                t.xpos.as_str(),
                t.upos.as_str(),
                t.rel.as_str(),
                h
            );
        }
        return;
    }
    if a[2] == "arcs" {
        let mut m = Model::from_bytes(&std::fs::read(&a[3]).unwrap()).unwrap();
        m.subject_repair = std::env::var("NO_SUBJECT_REPAIR").is_err();
        env_beam(&mut m);
        // `arcs MODEL [FIXTURE]`: a fixture file in place of the shipped check.
        let text = a.get(4).map(|f| std::fs::read_to_string(f).unwrap());
        let text = text.as_deref().unwrap_or(dossier_syntax::newsarcs::FIXTURE);
        let sents = dossier_syntax::newsarcs::read(text).unwrap();
        let sc = dossier_syntax::newsarcs::score(&m, &sents);
        for x in &sc.misses {
            println!(
                "  miss (line {}): want `{}`, got `{}`",
                x.line, x.want, x.got
            );
        }
        println!("news arcs: {}", sc.line());
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
    if a[2] == "tagsets" {
        // tagsets MIN IN OUT: give bundle IN's tagger tag sets built from EWT + GUM-open train
        // (forms seen MIN times or more); MIN 0 removes them.
        let mut m = Model::from_bytes(&std::fs::read(&a[4]).unwrap()).unwrap();
        let min: usize = a[3].parse().unwrap();
        let mut tr = read(dir, "ewt", "train");
        tr.extend(read(dir, "gum-open", "train"));
        let classes = &m.tagger.classes;
        let class_of = |x: &str, u: dossier_syntax::Upos| {
            classes
                .iter()
                .position(|(cx, cu)| cx == x && *cu == u)
                .unwrap() as u16
        };
        m.tagger.lex.tagsets = if min == 0 {
            dossier_syntax::tagsets::TagSets::default()
        } else {
            dossier_syntax::tagsets::TagSets::build(
                tr.iter()
                    .flat_map(|s| s.words.iter())
                    .map(|w| (w.form.as_str(), class_of(&w.xpos, w.upos))),
                classes.len(),
                min,
            )
        };
        let open: Vec<_> = (0..classes.len())
            .filter(|&c| m.tagger.lex.tagsets.open >> c & 1 == 1)
            .map(|c| classes[c].0.as_str())
            .collect();
        eprintln!("open classes: {}", open.join(" "));
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
                    .map(|w| dossier_syntax::tagger::word_info(&w.form, &t.lex, &mut sc))
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
