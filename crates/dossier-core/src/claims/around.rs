//! Look-arounds in a document's text by code point (claims' spans are in code points): the
//! words just before a span, the characters after it, and whether a statement is told as
//! earlier than the text around it. With the text's [`Offsets`] each is bounded by its window,
//! not by its position in the text.

use super::*;
use crate::text::Offsets;

/// The last `n` words of `s`, lower-cased.
pub(super) fn last_words(s: &str, n: usize) -> Vec<String> {
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words[words.len().saturating_sub(n)..].to_vec()
}

/// Up to `n` characters of `text` before code point `at` (`off`: the text's offsets, when the
/// caller has them; without, the prefix is walked).
pub(super) fn chars_before(text: &str, off: Option<&Offsets>, at: usize, n: usize) -> String {
    let end = byte_at(text, off, at);
    let start = text[..end].char_indices().rev().nth(n.saturating_sub(1));
    match (n, start) {
        (0, _) => String::new(),
        (_, Some((b, _))) => text[b..end].to_string(),
        (_, None) => text[..end].to_string(),
    }
}

/// Up to `n` characters of `text` from code point `at`.
fn chars_from(text: &str, off: Option<&Offsets>, at: usize, n: usize) -> String {
    let start = byte_at(text, off, at);
    text[start..].chars().take(n).collect()
}

/// The byte offset of code point `at` (the text's end past it).
fn byte_at(text: &str, off: Option<&Offsets>, at: usize) -> usize {
    match off {
        Some(o) => o.byte_offset(at),
        None => text.char_indices().nth(at).map_or(text.len(), |(b, _)| b),
    }
}

/// Is statement `s` told as earlier than the text around it ("had previously denied", "said
/// earlier")?
pub(super) fn is_earlier(
    lex: &ClaimLexicon,
    text: &str,
    off: Option<&Offsets>,
    s: &Statement,
) -> bool {
    let before = chars_before(text, off, s.cue.start, 25).to_lowercase();
    let after = chars_from(text, off, s.cue.end, 12).to_lowercase();
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let b = words(&before);
    let near_before = &b[b.len().saturating_sub(2)..];
    near_before
        .iter()
        .chain(words(&after).iter().take(2))
        .any(|w| lex.is("earlier", w))
        || near_before.last().is_some_and(|w| w == "had")
}
