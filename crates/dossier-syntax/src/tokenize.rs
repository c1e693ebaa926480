//! Text → tokens and sentences, UD English style. Rules only, no model.
//!
//! PLACEHOLDER: splits on whitespace and peels punctuation; sentences end at . ! ?.
//! To be replaced by the real tokeniser (clitics, hyphens, abbreviations, quotes, URLs, numbers).

/// One token: byte offsets into the text; `text[start..end]` is the token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawToken {
    pub start: u32,
    pub end: u32,
}

/// One sentence: token index range `[first, last)` into the token list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawSentence {
    pub first: u32,
    pub last: u32,
}

/// Tokenise `text` and split it into sentences. Every byte of `text` that is not whitespace
/// belongs to exactly one token; tokens are in text order and do not overlap.
pub fn tokenize(text: &str) -> (Vec<RawToken>, Vec<RawSentence>) {
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    let mut first = 0u32;
    for (ws, w) in text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
    {
        let mut a = ws;
        let mut b = ws + w.len();
        let mut tail = Vec::new();
        while a < b && !text[a..].starts_with(char::is_alphanumeric) {
            let c = text[a..].chars().next().map_or(1, char::len_utf8);
            tokens.push(RawToken {
                start: a as u32,
                end: (a + c) as u32,
            });
            a += c;
        }
        while b > a && !text[..b].ends_with(char::is_alphanumeric) {
            let c = text[..b].chars().next_back().map_or(1, char::len_utf8);
            tail.push(RawToken {
                start: (b - c) as u32,
                end: b as u32,
            });
            b -= c;
        }
        if a < b {
            tokens.push(RawToken {
                start: a as u32,
                end: b as u32,
            });
        }
        let ends = tail
            .iter()
            .any(|t| matches!(&text[t.start as usize..t.end as usize], "." | "!" | "?"));
        tokens.extend(tail.into_iter().rev());
        if ends {
            sentences.push(RawSentence {
                first,
                last: tokens.len() as u32,
            });
            first = tokens.len() as u32;
        }
    }
    if (first as usize) < tokens.len() {
        sentences.push(RawSentence {
            first,
            last: tokens.len() as u32,
        });
    }
    (tokens, sentences)
}
