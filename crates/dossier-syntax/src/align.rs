//! Raw-text evaluation, CoNLL 2018 shared-task style.
//!
//! [`gold_raw_text`] rebuilds a treebank's raw text from its CoNLL-U sentences (surface forms,
//! `SpaceAfter=No`, multi-word tokens written once, "\n\n" before `# newpar` / `# newdoc`
//! sentences) and gives every gold word its byte span in that text. A system that tokenised the
//! same text is scored by span identity: tokens (multi-word tokens as one), words and sentences
//! each get precision, recall and F1; [`align`] maps system words to gold words so tags, lemmas
//! and heads can be scored on raw text (aligned accuracy = matches / gold words, as in CoNLL 2018).
//!
//! Words of a multi-word token get the sub-span of their form when the forms concatenate to the
//! token ("don't" = "do" + "n't", always so in EWT and GUM); otherwise every word of the token
//! gets the token's span (and can only match a system word with the same span).

use crate::conllu::GoldSentence;

/// One gold syntactic word placed in the rebuilt text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoldSpan {
    /// Byte span of the word in the rebuilt text.
    pub start: u32,
    pub end: u32,
    /// Byte span of its surface token (the multi-word token for "do" of "don't").
    pub token_start: u32,
    pub token_end: u32,
    /// Index of the sentence in the input slice, and of the word in `sentence.words`.
    pub sentence: u32,
    pub word: u32,
}

/// Rebuild the raw text of `sentences` and place every gold word in it.
pub fn gold_raw_text(sentences: &[GoldSentence]) -> (String, Vec<GoldSpan>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut space_pending = false;
    for (si, s) in sentences.iter().enumerate() {
        if !text.is_empty() {
            if s.new_par || s.new_doc {
                while text.ends_with(' ') {
                    text.pop();
                }
                text.push_str("\n\n");
            } else if space_pending {
                text.push(' ');
            }
        }
        space_pending = false;
        let mut w = 0usize;
        while w < s.words.len() {
            if space_pending {
                text.push(' ');
            }
            // A multi-word token starting at word w (1-based id w + 1)?
            if let Some(mw) = s
                .multiwords
                .iter()
                .find(|m| m.first == w + 1 && m.last >= m.first && m.last <= s.words.len())
            {
                let t0 = text.len() as u32;
                text.push_str(&mw.form);
                let t1 = text.len() as u32;
                let parts = &s.words[mw.first - 1..mw.last];
                let concat = parts.iter().map(|p| p.form.len()).sum::<usize>() == mw.form.len()
                    && parts
                        .iter()
                        .scan(0usize, |off, p| {
                            let ok = mw.form.get(*off..*off + p.form.len()) == Some(&p.form[..]);
                            *off += p.form.len();
                            Some(ok)
                        })
                        .all(|ok| ok);
                let mut off = t0;
                for (k, p) in parts.iter().enumerate() {
                    let (a, b) = if concat {
                        let a = off;
                        off += p.form.len() as u32;
                        (a, off)
                    } else {
                        (t0, t1)
                    };
                    spans.push(GoldSpan {
                        start: a,
                        end: b,
                        token_start: t0,
                        token_end: t1,
                        sentence: si as u32,
                        word: (mw.first - 1 + k) as u32,
                    });
                }
                space_pending = mw.space_after;
                w = mw.last;
                continue;
            }
            let word = &s.words[w];
            let a = text.len() as u32;
            text.push_str(&word.form);
            let b = text.len() as u32;
            spans.push(GoldSpan {
                start: a,
                end: b,
                token_start: a,
                token_end: b,
                sentence: si as u32,
                word: w as u32,
            });
            space_pending = word.space_after;
            w += 1;
        }
    }
    (text, spans)
}

/// Precision, recall and F1 of one level (tokens, words or sentences).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub system: usize,
    pub gold: usize,
    pub correct: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        if self.system == 0 {
            0.0
        } else {
            self.correct as f64 / self.system as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }

    pub fn f1(&self) -> f64 {
        if self.system + self.gold == 0 {
            0.0
        } else {
            2.0 * self.correct as f64 / (self.system + self.gold) as f64
        }
    }
}

/// System words matched to gold words by identical byte spans.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Alignment {
    /// For each system word, the index of the gold word with the same span.
    pub system_to_gold: Vec<Option<usize>>,
    /// For each gold word, the index of the system word with the same span.
    pub gold_to_system: Vec<Option<usize>>,
    pub words: Prf,
}

/// Align system word spans to gold word spans (both in text order, as byte `(start, end)`).
/// Linear: one merge over the two sorted lists. Spans that are not in order are not matched.
pub fn align(system: &[(u32, u32)], gold: &[(u32, u32)]) -> Alignment {
    let mut out = Alignment {
        system_to_gold: vec![None; system.len()],
        gold_to_system: vec![None; gold.len()],
        words: Prf {
            system: system.len(),
            gold: gold.len(),
            correct: 0,
        },
    };
    let (mut i, mut j) = (0, 0);
    while i < system.len() && j < gold.len() {
        let (s, g) = (system[i], gold[j]);
        if s == g {
            out.system_to_gold[i] = Some(j);
            out.gold_to_system[j] = Some(i);
            out.words.correct += 1;
            i += 1;
            j += 1;
        } else if (s.0, s.1) < (g.0, g.1) {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// Count span pairs present in both sorted lists.
fn matched(system: &[(u32, u32)], gold: &[(u32, u32)]) -> Prf {
    let a = align(system, gold);
    a.words
}

/// Segmentation scores of a system tokenisation of the rebuilt text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SegmentationScores {
    pub tokens: Prf,
    pub words: Prf,
    pub sentences: Prf,
    pub alignment: Alignment,
}

/// Score a system segmentation against the gold spans of [`gold_raw_text`].
/// `system_tokens` are surface tokens, `system_words` syntactic words, `system_sentences`
/// sentence byte spans (first word's start, last word's end); all in text order.
pub fn score(
    gold: &[GoldSpan],
    system_tokens: &[(u32, u32)],
    system_words: &[(u32, u32)],
    system_sentences: &[(u32, u32)],
) -> SegmentationScores {
    let gold_words: Vec<(u32, u32)> = gold.iter().map(|g| (g.start, g.end)).collect();
    let mut gold_tokens: Vec<(u32, u32)> =
        gold.iter().map(|g| (g.token_start, g.token_end)).collect();
    gold_tokens.dedup();
    let gold_sents = gold_sentence_spans(gold);
    let alignment = align(system_words, &gold_words);
    SegmentationScores {
        tokens: matched(system_tokens, &gold_tokens),
        words: alignment.words,
        sentences: matched(system_sentences, &gold_sents),
        alignment,
    }
}

/// Byte spans of the gold sentences (first word's token start, last word's token end).
pub fn gold_sentence_spans(gold: &[GoldSpan]) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    let mut cur: Option<u32> = None;
    for g in gold {
        if cur == Some(g.sentence) {
            if let Some(last) = out.last_mut() {
                last.1 = last.1.max(g.token_end);
            }
        } else {
            out.push((g.token_start, g.token_end));
            cur = Some(g.sentence);
        }
    }
    out
}

/// Score [`crate::tokenize::tokenize_full`] on the rebuilt text of `sentences`.
pub fn score_tokenizer(sentences: &[GoldSentence]) -> (String, Vec<GoldSpan>, SegmentationScores) {
    let (text, gold) = gold_raw_text(sentences);
    let t = crate::tokenize::tokenize_full(&text);
    let words: Vec<(u32, u32)> = t.tokens.iter().map(|t| (t.start, t.end)).collect();
    let tokens = t.surface_spans();
    let sents: Vec<(u32, u32)> = t
        .sentences
        .iter()
        .map(|s| {
            (
                t.tokens[s.first as usize].start,
                t.tokens[s.last as usize - 1].end,
            )
        })
        .collect();
    let scores = score(&gold, &tokens, &words, &sents);
    (text, gold, scores)
}

/// One system word's analysis, for [`aligned_scores`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SystemWord<'a> {
    pub upos: crate::doc::Upos,
    pub xpos: &'a str,
    pub lemma: &'a str,
    /// Index of the head in the system word list, `None` for a root.
    pub head: Option<usize>,
    pub rel: crate::doc::Rel,
}

/// CoNLL 2018 raw-text scores: each counts aligned words whose analysis matches gold, as
/// precision (over system words), recall (over gold words) and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AlignedScores {
    pub upos: Prf,
    pub xpos: Prf,
    pub lemma: Prf,
    /// Head aligned to the gold head (or both roots).
    pub uas: Prf,
    /// UAS and the same universal relation ("nsubj:pass" counts as "nsubj"), as CoNLL 2018.
    pub las: Prf,
}

/// Index of the first word of each gold sentence in the `GoldSpan` list (words are listed in
/// sentence and word order), so gold word `w` of sentence `s` is at `offsets[s] + w`.
pub fn sentence_offsets(gold: &[GoldSpan]) -> Vec<usize> {
    let mut out = Vec::new();
    for (k, g) in gold.iter().enumerate() {
        while out.len() <= g.sentence as usize {
            out.push(k);
        }
    }
    out
}

/// Score system analyses on raw text: `system[i]` is the analysis of system word `i` of the
/// alignment (`alignment.system_to_gold.len()` words); `sentences` and `gold` are what
/// [`gold_raw_text`] was given and returned.
pub fn aligned_scores(
    sentences: &[GoldSentence],
    gold: &[GoldSpan],
    alignment: &Alignment,
    system: &[SystemWord<'_>],
) -> AlignedScores {
    let offsets = sentence_offsets(gold);
    let mut counts = [0usize; 5];
    for (i, sw) in system.iter().enumerate() {
        let Some(&Some(g)) = alignment.system_to_gold.get(i) else {
            continue;
        };
        let Some(gs) = gold.get(g) else { continue };
        let Some(gw) = sentences
            .get(gs.sentence as usize)
            .and_then(|s| s.words.get(gs.word as usize))
        else {
            continue;
        };
        counts[0] += (sw.upos == gw.upos) as usize;
        counts[1] += (sw.xpos == gw.xpos) as usize;
        counts[2] += (sw.lemma == gw.lemma) as usize;
        let gold_head = (gw.head > 0).then(|| offsets[gs.sentence as usize] + gw.head - 1);
        let head_ok = match (sw.head, gold_head) {
            (None, None) => true,
            (Some(h), Some(gh)) => alignment.system_to_gold.get(h) == Some(&Some(gh)),
            _ => false,
        };
        counts[3] += head_ok as usize;
        counts[4] += (head_ok && sw.rel.universal() == gw.rel.universal()) as usize;
    }
    let prf = |correct| Prf {
        system: system.len(),
        gold: gold.len(),
        correct,
    };
    AlignedScores {
        upos: prf(counts[0]),
        xpos: prf(counts[1]),
        lemma: prf(counts[2]),
        uas: prf(counts[3]),
        las: prf(counts[4]),
    }
}
