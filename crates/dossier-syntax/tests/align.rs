//! Raw-text rebuilding and CoNLL 2018-style scoring on a small hand-made treebank.

use dossier_syntax::align::{align, gold_raw_text, gold_sentence_spans, score, score_tokenizer};
use dossier_syntax::conllu;

/// Two paragraphs, three sentences; "didn't" and "Iran's" are multi-word tokens.
const GOLD: &str = "# newdoc id = d1
# sent_id = d1-1
# text = Iran's envoy didn't come.
1-2\tIran's\t_\t_\t_\t_\t_\t_\t_\t_
1\tIran\tIran\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t_\tSpaceAfter=No
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_
3\tenvoy\tenvoy\tNOUN\tNN\tNumber=Sing\t6\tnsubj\t_\t_
4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
4\tdid\tdo\tAUX\tVBD\tMood=Ind\t6\taux\t_\tSpaceAfter=No
5\tn't\tnot\tPART\tRB\tPolarity=Neg\t6\tadvmod\t_\t_
6\tcome\tcome\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_

# sent_id = d1-2
# text = Talks resume.
1\tTalks\ttalk\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_
2\tresume\tresume\tVERB\tVBP\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# newpar
# sent_id = d1-3
# text = Kremlin-backed groups protested.
1\tKremlin\tKremlin\tPROPN\tNNP\t_\t3\tcompound\t_\tSpaceAfter=No
2\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\tSpaceAfter=No
3\tbacked\tback\tVERB\tVBN\t_\t4\tamod\t_\t_
4\tgroups\tgroup\tNOUN\tNNS\t_\t5\tnsubj\t_\t_
5\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

";

#[test]
fn rebuilds_text_and_places_every_word() {
    let gold = conllu::parse(GOLD).unwrap();
    let (text, spans) = gold_raw_text(&gold);
    assert_eq!(
        text,
        "Iran's envoy didn't come. Talks resume.\n\nKremlin-backed groups protested."
    );
    assert_eq!(spans.len(), 7 + 3 + 6);
    let word = |k: usize| &text[spans[k].start as usize..spans[k].end as usize];
    assert_eq!(
        (word(0), word(1), word(3), word(4)),
        ("Iran", "'s", "did", "n't")
    );
    // Words of a multi-word token share the token's span.
    assert_eq!((spans[3].token_start, spans[3].token_end), (13, 19));
    assert_eq!((spans[4].token_start, spans[4].token_end), (13, 19));
    assert_eq!((spans[4].sentence, spans[4].word), (0, 4));
    assert_eq!(gold_sentence_spans(&spans), [(0, 25), (26, 39), (41, 73)]);
}

#[test]
fn scores_a_segmentation_with_a_missed_split() {
    let gold = conllu::parse(GOLD).unwrap();
    let (text, spans) = gold_raw_text(&gold);
    let span_of = |s: &str, from: usize| {
        let a = text[from..].find(s).unwrap() + from;
        (a as u32, (a + s.len()) as u32)
    };
    // The system splits "didn't" but misses the hyphen split of "Kremlin-backed" and the boundary
    // between the first two sentences.
    let words: Vec<(u32, u32)> = [
        ("Iran", 0),
        ("'s", 0),
        ("envoy", 0),
        ("did", 0),
        ("n't", 0),
        ("come", 0),
        (".", 0),
        ("Talks", 0),
        ("resume", 0),
        (".", 30),
        ("Kremlin-backed", 0),
        ("groups", 0),
        ("protested", 0),
        (".", 66),
    ]
    .iter()
    .map(|&(w, from)| span_of(w, from))
    .collect();
    let tokens: Vec<(u32, u32)> = [
        ("Iran's", 0),
        ("envoy", 0),
        ("didn't", 0),
        ("come", 0),
        (".", 0),
        ("Talks", 0),
        ("resume", 0),
        (".", 30),
        ("Kremlin-backed", 0),
        ("groups", 0),
        ("protested", 0),
        (".", 66),
    ]
    .iter()
    .map(|&(w, from)| span_of(w, from))
    .collect();
    let sentences = [(0u32, 39u32), (41, 73)];
    let s = score(&spans, &tokens, &words, &sentences);
    // Gold: 16 words, 14 surface tokens, 3 sentences.
    assert_eq!(
        (s.words.gold, s.words.system, s.words.correct),
        (16, 14, 13)
    );
    assert_eq!(
        (s.tokens.gold, s.tokens.system, s.tokens.correct),
        (14, 12, 11)
    );
    assert_eq!(
        (s.sentences.gold, s.sentences.system, s.sentences.correct),
        (3, 2, 1)
    );
    assert!((s.words.f1() - 2.0 * 13.0 / 30.0).abs() < 1e-12);
    // The alignment maps system words to gold words; "Kremlin-backed" has no gold partner.
    let a = &s.alignment;
    assert_eq!(a.system_to_gold[3], Some(3));
    assert_eq!(a.system_to_gold[10], None);
    assert_eq!(a.gold_to_system[10], None);
    assert_eq!(a.gold_to_system[13], Some(11));
    assert_eq!(a.gold_to_system.iter().filter(|x| x.is_some()).count(), 13);
}

#[test]
fn align_is_a_merge_over_sorted_spans() {
    let sys = [(0, 4), (5, 9), (9, 12), (13, 20)];
    let gold = [(0, 4), (5, 12), (13, 20)];
    let a = align(&sys, &gold);
    assert_eq!(a.system_to_gold, [Some(0), None, None, Some(2)]);
    assert_eq!(a.gold_to_system, [Some(0), None, Some(3)]);
    assert_eq!(a.words.correct, 2);
    assert!((a.words.precision() - 0.5).abs() < 1e-12);
    assert!((a.words.recall() - 2.0 / 3.0).abs() < 1e-12);
}

#[test]
fn the_tokeniser_reproduces_the_hand_made_treebank() {
    let gold = conllu::parse(GOLD).unwrap();
    let (_, _, s) = score_tokenizer(&gold);
    assert_eq!(s.words.correct, s.words.gold);
    assert_eq!(s.tokens.correct, s.tokens.gold);
    assert_eq!(s.sentences.correct, s.sentences.gold);
    assert_eq!(s.words.system, s.words.gold);
}

#[test]
fn aligned_scores_count_tags_lemmas_and_heads_over_aligned_words() {
    use dossier_syntax::align::{aligned_scores, sentence_offsets, SystemWord};
    use dossier_syntax::{Rel, Upos};
    let gold = conllu::parse(GOLD).unwrap();
    let (text, spans) = gold_raw_text(&gold);
    assert_eq!(sentence_offsets(&spans), [0, 7, 10]);
    // System: the tokeniser's words with gold analyses, except that "envoy" gets the wrong tag
    // and head, "come" the wrong lemma and "Talks" a relation subtype; and the split of
    // "Kremlin-backed" is missed (its three gold words go unscored).
    let t = dossier_syntax::tokenize::tokenize_full(&text);
    let mut words: Vec<(u32, u32)> = t.tokens.iter().map(|x| (x.start, x.end)).collect();
    let k = words
        .iter()
        .position(|w| &text[w.0 as usize..w.1 as usize] == "Kremlin")
        .unwrap();
    words.splice(k..k + 3, [(words[k].0, words[k + 2].1)]);
    let a = align(
        &words,
        &spans.iter().map(|g| (g.start, g.end)).collect::<Vec<_>>(),
    );
    let mut sys = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let form = &text[w.0 as usize..w.1 as usize];
        match a.system_to_gold[i] {
            Some(g) => {
                let gw = &gold[spans[g].sentence as usize].words[spans[g].word as usize];
                let off = sentence_offsets(&spans)[spans[g].sentence as usize];
                let head = (gw.head > 0)
                    .then(|| a.gold_to_system[off + gw.head - 1])
                    .flatten();
                sys.push(SystemWord {
                    upos: if form == "envoy" { Upos::Verb } else { gw.upos },
                    xpos: &gw.xpos,
                    lemma: if form == "come" { "came" } else { &gw.lemma },
                    head: if form == "envoy" { Some(0) } else { head },
                    rel: if form == "Talks" {
                        Rel::NsubjPass
                    } else {
                        gw.rel
                    },
                });
            }
            None => sys.push(SystemWord {
                upos: Upos::Propn,
                xpos: "NNP",
                lemma: form,
                head: Some(i + 1),
                rel: Rel::Compound,
            }),
        }
    }
    let s = aligned_scores(&gold, &spans, &a, &sys);
    // 16 gold words, 14 system words, 13 aligned.
    assert_eq!((s.upos.gold, s.upos.system), (16, 14));
    assert_eq!(s.upos.correct, 12);
    assert_eq!(s.xpos.correct, 13);
    assert_eq!(s.lemma.correct, 12);
    // "envoy" lost its head; "groups" keeps gold head "protested", which is aligned.
    assert_eq!(s.uas.correct, 12);
    // "Talks" nsubj:pass vs gold nsubj: the same universal relation.
    assert_eq!(s.las.correct, 12);
    assert!((s.las.recall() - 12.0 / 16.0).abs() < 1e-12);
}
