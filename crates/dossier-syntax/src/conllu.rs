//! CoNLL-U reader (<https://universaldependencies.org/format.html>) for training and evaluation.
//!
//! Pure over a `&str`: the caller reads the file. Multi-word token lines ("19-20 don't") are kept
//! as [`MultiWord`] ranges over the words; empty nodes ("8.1") are skipped (they carry no surface
//! text and no basic-tree head).

use crate::doc::{Atom, Rel, Upos};

/// One syntactic word of a gold sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: Upos,
    pub xpos: String,
    pub feats: String,
    /// 0 = root, else 1-based index of the head word.
    pub head: usize,
    pub rel: Rel,
    /// `SpaceAfter=No` absent from MISC.
    pub space_after: bool,
}

/// A multi-word token: words `first..=last` (1-based) are written as `form` in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiWord {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub space_after: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct GoldSentence {
    pub id: String,
    /// The `# text = …` comment, if present.
    pub text: Option<String>,
    /// `# newdoc` / `# newpar` seen before this sentence.
    pub new_doc: bool,
    pub new_par: bool,
    pub words: Vec<Word>,
    pub multiwords: Vec<MultiWord>,
}

/// A line that could not be read, with its 1-based line number.
#[derive(Debug, Clone, PartialEq)]
pub struct ConlluError {
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for ConlluError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for ConlluError {}

/// Read every sentence of a CoNLL-U file's contents.
pub fn parse(src: &str) -> Result<Vec<GoldSentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = GoldSentence::default();
    for (n, line) in src.lines().enumerate() {
        let line_no = n + 1;
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(t) = c.strip_prefix("text =") {
                cur.text = Some(t.trim().to_string());
            } else if let Some(id) = c.strip_prefix("sent_id =") {
                cur.id = id.trim().to_string();
            } else if c.starts_with("newdoc") {
                cur.new_doc = true;
                cur.new_par = true;
            } else if c.starts_with("newpar") {
                cur.new_par = true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ConlluError {
                line: line_no,
                reason: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        let id = cols[0];
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if id.contains('.') {
            continue;
        }
        if let Some((a, b)) = id.split_once('-') {
            let (first, last) = match (a.parse(), b.parse()) {
                (Ok(a), Ok(b)) => (a, b),
                _ => {
                    return Err(ConlluError {
                        line: line_no,
                        reason: format!("bad range id {id:?}"),
                    })
                }
            };
            cur.multiwords.push(MultiWord {
                first,
                last,
                form: cols[1].to_string(),
                space_after,
            });
            continue;
        }
        let head = cols[6].parse::<usize>().map_err(|_| ConlluError {
            line: line_no,
            reason: format!("bad head {:?}", cols[6]),
        })?;
        let upos = Upos::parse(cols[3]).ok_or_else(|| ConlluError {
            line: line_no,
            reason: format!("unknown UPOS {:?}", cols[3]),
        })?;
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos,
            xpos: cols[4].to_string(),
            feats: if cols[5] == "_" {
                String::new()
            } else {
                cols[5].to_string()
            },
            head,
            rel: Rel::parse(cols[7]),
            space_after,
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Build the text and the gold [`Doc`](crate::Doc) of treebank sentences: words joined by their
/// `SpaceAfter`, sentences by a space, paragraphs (`# newpar`/`# newdoc`) by a blank line.
/// Words inside a multi-word token get their substring of the token when they are one
/// ("do" + "n't" in "don't"), else the whole token. Used by tests of later stages (stage logic
/// checked on gold trees of real news, e.g. GUM's Wikinews documents) and by evaluation.
pub fn gold_doc(sentences: &[GoldSentence]) -> (String, crate::Doc) {
    use crate::doc::{Sentence, Token, NO_HEAD};
    let mut text = String::new();
    let mut doc = crate::Doc::default();
    for (k, s) in sentences.iter().enumerate() {
        if k > 0 {
            text.push_str(if s.new_par { "\n\n" } else { " " });
        }
        let base = doc.tokens.len() as u32;
        let start = text.len() as u32;
        let mut w = 0usize;
        while w < s.words.len() {
            let word_no = w + 1;
            if let Some(m) = s.multiwords.iter().find(|m| m.first == word_no) {
                let m_start = text.len();
                text.push_str(&m.form);
                let mut at = m_start;
                for i in m.first..=m.last.min(s.words.len()) {
                    let form = &s.words[i - 1].form;
                    let (a, b) = match text[at..].find(form.as_str()) {
                        Some(off) if !form.is_empty() => (at + off, at + off + form.len()),
                        _ => (m_start, text.len()),
                    };
                    at = b.min(text.len());
                    doc.tokens.push(gold_token(&s.words[i - 1], a, b, base));
                }
                if m.space_after {
                    text.push(' ');
                }
                w = m.last.max(m.first);
                continue;
            }
            let word = &s.words[w];
            let a = text.len();
            text.push_str(&word.form);
            doc.tokens.push(gold_token(word, a, text.len(), base));
            if word.space_after && w + 1 < s.words.len() {
                text.push(' ');
            }
            w += 1;
        }
        while text.ends_with(' ') {
            text.pop();
        }
        doc.sentences.push(Sentence {
            start,
            end: text.len() as u32,
            first: base,
            last: doc.tokens.len() as u32,
        });
    }
    fn gold_token(w: &Word, a: usize, b: usize, base: u32) -> Token {
        Token {
            start: a as u32,
            end: b as u32,
            upos: w.upos,
            xpos: Atom::new(&w.xpos),
            lemma: w.lemma.clone(),
            feats: Atom::new(&w.feats),
            head: if w.head == 0 {
                NO_HEAD
            } else {
                base + w.head as u32 - 1
            },
            rel: w.rel,
        }
    }
    (text, doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = x\n# sent_id = x-1\n# text = I don't know.\n\
1\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t4\tnsubj\t4:nsubj\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\tVBP\tMood=Ind\t4\taux\t4:aux\tSpaceAfter=No\n\
3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t4:advmod\t_\n\
4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n\n";

    #[test]
    fn reads_words_multiwords_and_comments() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        let s = &s[0];
        assert_eq!(s.text.as_deref(), Some("I don't know."));
        assert!(s.new_doc);
        assert_eq!(s.words.len(), 5);
        assert_eq!(s.words[2].lemma, "not");
        assert_eq!(s.words[3].rel, Rel::Root);
        assert_eq!(s.words[0].head, 4);
        assert!(!s.words[1].space_after);
        assert_eq!(s.multiwords[0].form, "don't");
    }

    #[test]
    fn gold_doc_rebuilds_text_and_tree() {
        let (text, doc) = gold_doc(&parse(SAMPLE).unwrap());
        assert_eq!(text, "I don't know.");
        let forms: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.form(&text, i)).collect();
        assert_eq!(forms, ["I", "do", "n't", "know", "."]);
        assert_eq!(doc.root(0), Some(3));
        assert_eq!(doc.children_with(3, Rel::Nsubj).collect::<Vec<_>>(), [0]);
        assert_eq!(doc.subtree(3), 0..5);
    }

    #[test]
    fn bad_line_is_reported_with_its_number() {
        let e = parse("1\tI\tI\n").unwrap_err();
        assert_eq!(e.line, 1);
    }
}
