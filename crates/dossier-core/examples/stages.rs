//! Where extraction time goes, stage by stage (issue 16).
//!
//! `cargo run --release -p dossier-core --example stages -- BODIES.jsonl [REPEAT]`
//!
//! Reads `{"id":…,"text":…}` lines, runs every pipeline stage in the order `extract_with` runs
//! them (the syntactic layer broken into its steps) and prints the thread CPU time of each, in
//! seconds and as a share of the total. The first line reports the one-off model decode.
use dossier_core::syntax::{parser::pwords, tagger, tokenize, Doc, Sentence as SynSentence, Token};
use dossier_core::{actors, attribution, claims, dates, events, lexicon, text, Extraction};
use std::io::BufRead;

fn cpu() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

const STAGES: [&str; 13] = [
    "sentences (text::sentences)",
    "actors",
    "syntax: tokenise + split",
    "syntax: word features",
    "syntax: tag",
    "syntax: parse (unlabelled)",
    "syntax: label",
    "syntax: lemma + feats",
    "frames (all sentences, as a proxy)",
    "attribution",
    "events",
    "claims",
    "dates",
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: stages BODIES.jsonl [REPEAT]");
        std::process::exit(2);
    };
    let repeat: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut docs = Vec::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("readable line");
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(_) => continue,
        };
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            docs.push(dossier_core::make_document(t, Default::default()));
        }
    }
    let t0 = cpu();
    let model = dossier_core::syntax::model::embedded();
    let lex = lexicon::Lexicon::embedded();
    let _ = (
        events::EventLexicon::builtin(),
        claims::ClaimLexicon::embedded(),
    );
    println!("model + lexicons decoded: {:.3} s CPU", cpu() - t0);

    let mut t = [0f64; STAGES.len()];
    let (mut words, mut bytes) = (0usize, 0usize);
    let mut scratch = tagger::Scratch::default();
    let (mut infos, mut tags, mut feats) = (Vec::new(), Vec::new(), Vec::new());
    let lemma_rules: Vec<_> = model
        .tagger
        .classes
        .iter()
        .map(|(xpos, upos)| model.lemmatizer.rules_for(*upos, xpos))
        .collect();
    for _ in 0..repeat {
        for d in &docs {
            let text = d.text.as_str();
            bytes += text.len();
            let mut c = cpu();
            let mut lap = |i: usize, c: &mut f64| {
                let now = cpu();
                t[i] += now - *c;
                *c = now;
            };
            let offsets = text::Offsets::new(text);
            let sentences = text::sentences(text);
            lap(0, &mut c);
            let actors = actors::ActorLayer::recognise(text, &sentences, lex);
            lap(1, &mut c);
            let (toks, sents) = tokenize::tokenize(text);
            lap(2, &mut c);
            let mut syn = Doc::default();
            for s in &sents {
                let toks = &toks[s.first as usize..s.last as usize];
                if toks.is_empty() {
                    continue;
                }
                words += toks.len();
                let form = |t: &tokenize::RawToken| &text[t.start as usize..t.end as usize];
                infos.clear();
                for tk in toks {
                    infos.push(tagger::word_info(form(tk), &model.tagger.amb, &mut scratch));
                }
                lap(3, &mut c);
                model.tagger.tag(&infos, &mut tags, &mut feats);
                lap(4, &mut c);
                let pw = pwords(&infos, &tags);
                let heads = model.parser.heads(&pw, &mut feats);
                lap(5, &mut c);
                let rels = model.parser.label(&pw, &heads, &mut feats);
                lap(6, &mut c);
                let base = syn.tokens.len() as u32;
                for (i, tk) in toks.iter().enumerate() {
                    let (xpos, upos) = &model.tagger.classes[tags[i] as usize];
                    syn.tokens.push(Token {
                        start: tk.start,
                        end: tk.end,
                        upos: *upos,
                        xpos: xpos.clone(),
                        lemma: lemma_rules[tags[i] as usize].lemma(form(tk)),
                        feats: model
                            .morph
                            .feats(tags[i], infos[i].lower, infos[i].suf3)
                            .to_string(),
                        head: if heads[i] == dossier_core::syntax::doc::NO_HEAD {
                            heads[i]
                        } else {
                            base + heads[i]
                        },
                        rel: rels[i],
                    });
                }
                syn.sentences.push(SynSentence {
                    start: toks[0].start,
                    end: toks[toks.len() - 1].end,
                    first: base,
                    last: syn.tokens.len() as u32,
                });
                lap(7, &mut c);
            }
            let mut nframes = 0;
            for s in 0..syn.sentences.len() {
                nframes += dossier_core::syntax::frames::sentence_frames(&syn, text, s).len();
            }
            std::hint::black_box(nframes);
            lap(8, &mut c);
            let statements =
                attribution::attribute_doc(text, &sentences, &actors, &offsets, &syn, None);
            lap(9, &mut c);
            let evs = events::extract_by(
                events::PRODUCTION_CODER,
                text,
                &syn,
                &actors,
                &statements,
                events::EventLexicon::builtin(),
            );
            lap(10, &mut c);
            let mut x = Extraction {
                document: d.header.clone(),
                actors: actors.to_actors(text, &offsets),
                statements,
                events: evs,
                claims: Vec::new(),
                article_stances: Vec::new(),
            };
            x.claims = claims::extract_claims(&x, text, &syn, claims::ClaimLexicon::embedded());
            lap(11, &mut c);
            dates::attach(&mut x, text, &offsets, &sentences);
            lap(12, &mut c);
        }
    }
    let total: f64 = t.iter().sum();
    println!(
        "{} documents × {repeat}, {:.2} MB, {words} words: {:.3} s CPU ({:.2} MB/s)",
        docs.len(),
        bytes as f64 / 1e6,
        total,
        bytes as f64 / 1e6 / total
    );
    println!("| stage | CPU s | share |\n|---|---|---|");
    for (name, s) in STAGES.iter().zip(t) {
        println!("| {name} | {s:.3} | {:.1} % |", 100.0 * s / total);
    }
    let tp = t[4] + t[5] + t[6];
    println!(
        "tag + parse + label: {:.0} words/s; tag + parse + label + features + lemma: {:.0} words/s",
        words as f64 / tp,
        words as f64 / (tp + t[3] + t[7])
    );
}
