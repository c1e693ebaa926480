//! The shipped tagger/parser bundle: trees on news sentences, well-formed output on any input,
//! bundle round trip and error handling, deterministic training and dev-set accuracy (the last
//! two need `../shared/data`, else they print SKIP; `DOSSIER_SHARED_DATA` overrides the path).

use dossier_syntax::doc::NO_HEAD;
use dossier_syntax::{conllu, eval, model, parse, train, Doc, Rel, Upos};
use proptest::prelude::*;

mod common;
use common::shared_syntax as shared;

fn find(doc: &Doc, text: &str, form: &str) -> usize {
    (0..doc.tokens.len())
        .find(|&i| doc.form(text, i) == form)
        .unwrap_or_else(|| panic!("no token {form:?}"))
}

/// Every structural promise of a `Doc`.
fn check_well_formed(text: &str, doc: &Doc) {
    let mut prev_end = 0u32;
    for t in &doc.tokens {
        assert!(t.start < t.end, "empty token");
        assert!(t.start >= prev_end, "tokens overlap or are out of order");
        assert!(text.is_char_boundary(t.start as usize) && text.is_char_boundary(t.end as usize));
        prev_end = t.end;
    }
    let mut next = 0u32;
    for (si, s) in doc.sentences.iter().enumerate() {
        assert_eq!(s.first, next, "sentences are contiguous");
        assert!(s.last > s.first);
        next = s.last;
        let roots: Vec<usize> = s
            .tokens()
            .filter(|&i| doc.tokens[i].head == NO_HEAD)
            .collect();
        assert_eq!(roots.len(), 1, "one root in sentence {si}");
        assert_eq!(doc.tokens[roots[0]].rel, Rel::Root);
        for i in s.tokens() {
            let h = doc.tokens[i].head;
            if h != NO_HEAD {
                assert!(
                    s.tokens().contains(&(h as usize)),
                    "head outside its sentence"
                );
                assert_ne!(doc.tokens[i].rel, Rel::Root);
            }
            // Acyclic: every token reaches the root.
            assert!(
                doc.dominates(roots[0], i),
                "token {i} does not reach the root"
            );
        }
    }
    assert_eq!(
        next as usize,
        doc.tokens.len(),
        "every token is in a sentence"
    );
}

#[test]
fn reported_speech_tree() {
    let text = "The Iraqi foreign minister said on Tuesday that the talks with Turkey had failed.";
    let d = parse(text);
    check_well_formed(text, &d);
    let said = find(&d, text, "said");
    let minister = find(&d, text, "minister");
    let failed = find(&d, text, "failed");
    let talks = find(&d, text, "talks");
    assert_eq!(d.tokens[said].upos, Upos::Verb);
    assert_eq!(d.root(0), Some(said));
    assert_eq!(d.head(minister), Some(said));
    assert_eq!(d.tokens[minister].rel, Rel::Nsubj);
    assert_eq!(d.head(failed), Some(said));
    assert_eq!(d.tokens[failed].rel, Rel::Ccomp);
    assert_eq!(d.head(talks), Some(failed));
    assert!(d.tokens[talks].rel.is_subject());
    assert_eq!(d.tokens[said].lemma, "say");
}

#[test]
fn the_embedded_model_lemmatises_news_verbs() {
    let text = "Boko Haram fighters raided two villages and looted shops, residents said. \
                CNN aired the tape. \"I never lied to him,\" she said.";
    let d = parse(text);
    check_well_formed(text, &d);
    for (form, lemma) in [
        ("raided", "raid"),
        ("looted", "loot"),
        ("aired", "air"),
        ("lied", "lie"),
    ] {
        let i = find(&d, text, form);
        assert_eq!(d.tokens[i].upos, Upos::Verb, "{form}");
        assert_eq!(d.tokens[i].lemma, lemma, "{form}");
    }
}

#[test]
fn passive_agent_is_not_the_subject() {
    let text = "U.S. weapons were captured by Islamic State fighters near Mosul.";
    let d = parse(text);
    check_well_formed(text, &d);
    let captured = find(&d, text, "captured");
    let weapons = find(&d, text, "weapons");
    let fighters = find(&d, text, "fighters");
    assert_eq!(d.head(weapons), Some(captured));
    assert_eq!(d.tokens[weapons].rel, Rel::NsubjPass);
    assert_eq!(d.head(fighters), Some(captured));
    assert!(matches!(d.tokens[fighters].rel, Rel::Obl | Rel::OblAgent));
    assert_eq!(d.tokens[find(&d, text, "were")].rel, Rel::AuxPass);
}

#[test]
fn noun_phrase_modifiers_stay_inside_the_phrase() {
    let text = "Ankara denied the reports about an Iraqi town close to the Syrian border.";
    let d = parse(text);
    check_well_formed(text, &d);
    let denied = find(&d, text, "denied");
    let reports = find(&d, text, "reports");
    assert_eq!(d.root(0), Some(denied));
    assert_eq!(d.head(find(&d, text, "Ankara")), Some(denied));
    assert_eq!(d.head(reports), Some(denied));
    assert_eq!(d.tokens[reports].rel, Rel::Obj);
    let town = find(&d, text, "town");
    // "Syrian border" hangs below "town", never on the verb.
    assert!(d.dominates(town, find(&d, text, "border")));
    assert_eq!(d.tokens[find(&d, text, "Iraqi")].rel, Rel::Amod);
    assert_eq!(d.tokens[find(&d, text, "Ankara")].upos, Upos::Propn);
}

#[test]
fn buffers_reused_across_documents_leave_no_trace() {
    // Model::analyse keeps its buffers per thread: a short document parsed right after a long
    // one must come out exactly as on a thread that has parsed nothing before.
    let long = "The defence minister, who met his Turkish counterpart in Ankara on Monday, said \
        that the two countries had agreed to extend the ceasefire along the border and to open \
        talks with the rebels, whose leaders have rejected every earlier offer. Officials in \
        Damascus did not comment.";
    let short = "Iran denied sending missiles.";
    let fresh = std::thread::spawn(move || parse(short)).join().unwrap();
    let _ = parse(long);
    assert_eq!(parse(short), fresh);
    let _ = parse(long);
    assert_eq!(
        parse(long),
        std::thread::spawn(move || parse(long)).join().unwrap()
    );
}

#[test]
fn two_sentences_two_trees() {
    let text = "Russia rejected the proposal. Officials in Kyiv welcomed it on Friday.";
    let d = parse(text);
    check_well_formed(text, &d);
    assert_eq!(d.sentences.len(), 2);
    assert_eq!(d.root(1), Some(find(&d, text, "welcomed")));
    assert_eq!(d.tokens[find(&d, text, "proposal")].feats, "Number=Sing");
    assert_eq!(d.tokens[find(&d, text, "Officials")].feats, "Number=Plur");
}

#[test]
fn very_long_sentence_is_linear_and_well_formed() {
    // 10,000 words in one sentence given to the analyser directly (the tokeniser would cap it).
    let mut text = String::new();
    for i in 0..10_000 {
        text.push_str(["troops", "and", "tanks", ",", "12", "🙂"][i % 6]);
        text.push(' ');
    }
    let toks: Vec<_> = text
        .split(' ')
        .filter(|w| !w.is_empty())
        .scan(0usize, |_, w| Some(w))
        .map(|w| {
            let a = w.as_ptr() as usize - text.as_ptr() as usize;
            dossier_syntax::tokenize::RawToken {
                start: a as u32,
                end: (a + w.len()) as u32,
            }
        })
        .collect();
    let sents = [dossier_syntax::tokenize::RawSentence {
        first: 0,
        last: toks.len() as u32,
    }];
    let d = model::embedded().analyse(&text, &toks, &sents);
    assert_eq!(d.tokens.len(), 10_000);
    check_well_formed(&text, &d);
}

#[test]
fn bundle_round_trips_and_rejects_damage() {
    let bytes = include_bytes!("../../../data/models/syntax-en-ud.bin");
    let m = dossier_syntax::Model::from_bytes(bytes).expect("shipped model loads");
    assert_eq!(
        &m.to_bytes()[..],
        &bytes[..],
        "re-serialising gives the same bytes"
    );
    for cut in [0, 7, 8, 100, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            dossier_syntax::Model::from_bytes(&bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    let mut bad = bytes.to_vec();
    bad[3] ^= 0xff;
    assert!(dossier_syntax::Model::from_bytes(&bad).is_err());
}

fn read(dir: &std::path::Path, tb: &str, split: &str) -> Vec<conllu::GoldSentence> {
    let p = dir.join(format!("ud-english-{tb}/en_{tb}-ud-{split}.conllu"));
    conllu::parse(&std::fs::read_to_string(&p).expect("treebank readable")).expect("parses")
}

#[test]
fn training_is_deterministic() {
    let Some(dir) = shared() else { return };
    let sents: Vec<_> = read(&dir, "ewt", "train").into_iter().take(150).collect();
    let opt = train::TrainOptions {
        tagger_epochs: 1,
        parser_epochs: 2,
        label_epochs: 1,
        jackknife: 2,
        seed: 7,
        ..Default::default()
    };
    let a = train::train(&sents, &opt, &mut |_| {}).to_bytes();
    let b = train::train(&sents, &opt, &mut |_| {}).to_bytes();
    assert_eq!(a, b);
    let c = train::train(
        &sents,
        &train::TrainOptions {
            seed: 8,
            ..opt.clone()
        },
        &mut |_| {},
    )
    .to_bytes();
    assert_ne!(a, c, "the seed matters");
}

/// The tags of `sents` by `tagger` (class ids per sentence).
fn tag_all(
    tagger: &dossier_syntax::tagger::Tagger,
    sents: &[conllu::GoldSentence],
) -> Vec<Vec<u16>> {
    let mut sc = dossier_syntax::tagger::Scratch::default();
    let (mut out, mut feats) = (Vec::new(), Vec::new());
    sents
        .iter()
        .map(|s| {
            let w: Vec<_> = s
                .words
                .iter()
                .map(|w| dossier_syntax::tagger::word_info(&w.form, &tagger.lex, &mut sc))
                .collect();
            tagger.tag(&w, &mut out, &mut feats);
            out.clone()
        })
        .collect()
}

#[test]
fn second_tagging_pass_retags_only_uncertain_tokens() {
    let Some(dir) = shared() else { return };
    let sents: Vec<_> = read(&dir, "ewt", "train").into_iter().take(400).collect();
    let dev: Vec<_> = read(&dir, "ewt", "dev").into_iter().take(200).collect();
    let ts: Vec<_> = sents
        .iter()
        .map(|s| dossier_syntax::tagger::TagSentence {
            forms: s.words.iter().map(|w| w.form.as_str()).collect(),
            tags: s.words.iter().map(|w| (w.xpos.as_str(), w.upos)).collect(),
        })
        .collect();
    let mut t = dossier_syntax::tagger::train(&ts, 3, 5, 2, &Default::default(), &mut |_| {});
    assert!(t.second.is_some() && t.second_margin.is_infinite());
    let full = tag_all(&t, &dev);
    // Margin 0: no token is uncertain enough, the first pass's tags stand.
    t.second_margin = 0.0;
    let none = tag_all(&t, &dev);
    let second = t.second.take();
    let first = tag_all(&t, &dev);
    assert_eq!(none, first, "margin 0 keeps the first pass");
    assert_ne!(
        full, first,
        "the second pass changes some tags on 200 dev sentences"
    );
    // A finite margin is stored with the bundle's tagger and read back; without it (older
    // bundles) every token is re-tagged.
    t.second = second;
    t.second_margin = 8.0;
    let some = tag_all(&t, &dev);
    let mut bytes = Vec::new();
    t.write(&mut bytes);
    let mut back =
        dossier_syntax::tagger::Tagger::read(&mut dossier_syntax::perceptron::Reader::new(&bytes))
            .expect("tagger reads back");
    // The tag sets live in their own bundle section (`model.rs`), as the clusters do.
    back.lex.tagsets = t.lex.tagsets.clone();
    assert_eq!(back.second_margin, 8.0);
    assert_eq!(tag_all(&back, &dev), some);
    let mut old = dossier_syntax::tagger::Tagger::read(
        &mut dossier_syntax::perceptron::Reader::new(&bytes[..bytes.len() - 4]),
    )
    .expect("a bundle without a margin reads");
    old.lex.tagsets = t.lex.tagsets.clone();
    assert!(old.second_margin.is_infinite());
    assert_eq!(tag_all(&old, &dev), full);
}

#[test]
fn shipped_model_on_dev_sentences() {
    let Some(dir) = shared() else { return };
    let m = model::embedded();
    for (tb, upos, las) in [("ewt", 94.0, 78.0), ("gum-open", 94.0, 78.0)] {
        let dev: Vec<_> = read(&dir, tb, "dev").into_iter().take(400).collect();
        let s = eval::eval_gold_tokens(m, &dev, &eval::wall_clock);
        println!("{tb} dev[..400]: {}", s.line());
        assert!(s.upos_pct() >= upos, "{tb} UPOS {}", s.upos_pct());
        assert!(s.las_pct() >= las, "{tb} LAS {}", s.las_pct());
        let r = eval::eval_raw_text(m, &dev, &eval::wall_clock);
        println!("{tb} dev[..400] raw: {}", r.line());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_gives_a_well_formed_doc(text in "(\\PC|[\\x00-\\x1f\u{202e}\u{200f} .,!?'\"-]){0,300}") {
        let d = parse(&text);
        check_well_formed(&text, &d);
    }

    #[test]
    fn news_like_words_give_a_well_formed_doc(words in proptest::collection::vec(
        "(the|said|Iraq|U\\.S\\.|-|\\.|,|\"|talks|failed|ISIS|'s|n't|12,000|📈|\u{0627}\u{0644}|\t|\n\n)", 0..400)) {
        let text = words.join(" ");
        let d = parse(&text);
        check_well_formed(&text, &d);
    }
}
