//! Where attachment accuracy is lost: `cargo run --release -p dossier-syntax --example breakdown
//! -- DATA_DIR [MODEL] [ewt|gum-open] [dev|test]` (model: the shipped one when omitted or `-`).
//!
//! On gold tokens, parses the split twice — with the tagger's tags and with the gold tags (the
//! tagger's share of the loss) — and prints UAS, LAS, label accuracy on right heads, then the
//! errors by the dependent's gold UPOS, by its gold relation and by arc length.
use dossier_syntax::conllu::GoldSentence;
use dossier_syntax::doc::NO_HEAD;
use dossier_syntax::parser::pwords;
use dossier_syntax::tagger::{truecase, word_info, Scratch};
use dossier_syntax::{conllu, Model};
use std::collections::BTreeMap;

/// One parsed word: (predicted head 1-based or 0, universal relation, predicted UPOS).
type Out = (usize, &'static str, &'static str);

fn parse_all(m: &Model, gold: &[GoldSentence], gold_tags: bool) -> Vec<Vec<Out>> {
    let mut class_of = std::collections::HashMap::new();
    for (i, (x, u)) in m.tagger.classes.iter().enumerate() {
        class_of.insert((x.clone(), *u), i as u16);
    }
    let mut sc = Scratch::default();
    let (mut tags, mut feats) = (Vec::new(), Vec::new());
    gold.iter()
        .map(|s| {
            let mut w: Vec<_> = s
                .words
                .iter()
                .map(|w| word_info(&w.form, &m.tagger.lex, &mut sc))
                .collect();
            truecase(|i| &s.words[i].form, &mut w, &m.tagger.lex, &mut sc);
            m.tagger.tag(&w, &mut tags, &mut feats);
            if gold_tags {
                for (t, g) in tags.iter_mut().zip(&s.words) {
                    if let Some(&c) = class_of.get(&(g.xpos.clone(), g.upos)) {
                        *t = c;
                    }
                }
            }
            let (heads, rels) = m
                .parser
                .parse(&pwords(&w, &tags, &m.tagger.classes), &mut feats);
            (0..w.len())
                .map(|i| {
                    let h = if heads[i] == NO_HEAD {
                        0
                    } else {
                        heads[i] as usize + 1
                    };
                    (
                        h,
                        rels[i].universal(),
                        m.tagger.classes[tags[i] as usize].1.as_str(),
                    )
                })
                .collect()
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Count {
    n: usize,
    head: usize,
    label: usize,
}

fn table(title: &str, rows: &BTreeMap<String, Count>, total_err: usize, top: usize) {
    let mut v: Vec<_> = rows.iter().collect();
    v.sort_by_key(|b| std::cmp::Reverse(b.1.head + b.1.label));
    println!("\n{title}: words, LAS, head errors, label-only errors, share of all LAS errors");
    for (k, c) in v.into_iter().take(top) {
        let e = c.head + c.label;
        println!(
            "  {k:<12} {:>6} {:>6.2} {:>5} {:>5} {:>5.1}%",
            c.n,
            100.0 * (c.n - e) as f64 / c.n.max(1) as f64,
            c.head,
            c.label,
            100.0 * e as f64 / total_err.max(1) as f64
        );
    }
}

fn report(name: &str, gold: &[GoldSentence], out: &[Vec<Out>]) {
    let (mut n, mut uas, mut las, mut upos) = (0usize, 0usize, 0usize, 0usize);
    let (mut by_upos, mut by_rel, mut by_len) = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    let mut tag_ok = [Count::default(); 2];
    for (s, o) in gold.iter().zip(out) {
        for (i, (w, &(h, r, u))) in s.words.iter().zip(o).enumerate() {
            n += 1;
            let head_ok = h == w.head;
            let label_ok = head_ok && r == w.rel.universal();
            uas += head_ok as usize;
            las += label_ok as usize;
            upos += (u == w.upos.as_str()) as usize;
            let len = if w.head == 0 {
                "root".to_string()
            } else {
                match (w.head as isize - 1 - i as isize).unsigned_abs() {
                    1 => "1",
                    2 => "2",
                    3..=4 => "3-4",
                    5..=7 => "5-7",
                    _ => "8+",
                }
                .to_string()
            };
            let keys = [
                (&mut by_upos, w.upos.as_str().to_string()),
                (&mut by_rel, w.rel.universal().to_string()),
                (&mut by_len, len),
            ];
            for (map, k) in keys {
                let c: &mut Count = map.entry(k).or_default();
                c.n += 1;
                c.head += !head_ok as usize;
                c.label += (head_ok && !label_ok) as usize;
            }
            let t = &mut tag_ok[(u == w.upos.as_str()) as usize];
            t.n += 1;
            t.head += !head_ok as usize;
            t.label += (head_ok && !label_ok) as usize;
        }
    }
    let pct = |x: usize| 100.0 * x as f64 / n.max(1) as f64;
    println!(
        "\n== {name}: {n} words, UPOS {:.2}, UAS {:.2}, LAS {:.2}, label accuracy on right heads {:.2}",
        pct(upos),
        pct(uas),
        pct(las),
        100.0 * las as f64 / uas.max(1) as f64
    );
    let err = n - las;
    for (k, c) in tag_ok.iter().enumerate() {
        println!(
            "  words with {} UPOS: {} ({:.2}% of words), LAS {:.2}, {:.1}% of LAS errors",
            ["wrong", "right"][k],
            c.n,
            pct(c.n),
            100.0 * (c.n - c.head - c.label) as f64 / c.n.max(1) as f64,
            100.0 * (c.head + c.label) as f64 / err.max(1) as f64
        );
    }
    table("by gold UPOS of the dependent", &by_upos, err, 17);
    table("by gold relation (universal)", &by_rel, err, 20);
    table("by gold arc length", &by_len, err, 7);
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let dir = a
        .get(1)
        .expect("usage: breakdown DATA_DIR [MODEL] [TREEBANK] [SPLIT]");
    let model = match a.get(2).map(String::as_str) {
        None | Some("-") => dossier_syntax::model::embedded(),
        Some(p) => Box::leak(Box::new(
            Model::from_bytes(&std::fs::read(p).expect(p)).expect(p),
        )),
    };
    let tb = a.get(3).map(String::as_str).unwrap_or("ewt");
    let split = a.get(4).map(String::as_str).unwrap_or("dev");
    let p = format!("{dir}/ud-english-{tb}/en_{tb}-ud-{split}.conllu");
    let gold = conllu::parse(&std::fs::read_to_string(&p).expect(&p)).expect(&p);
    report(
        &format!("{tb} {split}, predicted tags"),
        &gold,
        &parse_all(model, &gold, false),
    );
    report(
        &format!("{tb} {split}, gold tags"),
        &gold,
        &parse_all(model, &gold, true),
    );
}
