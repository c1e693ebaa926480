//! Text normalisation, document identity, offsets and sentence boundaries.
//!
//! Internally every stage works on byte offsets into the normalised text (cheap slicing); the
//! [`Offsets`] table converts them to the code-point offsets of the output contract once, at the
//! end.

use crate::model::Span;
use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// Normalise article text: Unicode NFC, mojibake undone ([`crate::mojibake`]: "FranÃ§ois" →
/// "François"), line endings to `\n`, runs of horizontal whitespace to one space, trailing
/// spaces trimmed, at most one blank line between paragraphs, no leading or trailing blank
/// lines, soft hyphens dropped. Quotes and dashes are kept as written (curly quotes carry
/// meaning).
pub fn normalize(raw: &str) -> String {
    // NFC first, so a decomposed "A" + U+0303 is the "Ã" the repair looks for, and again after
    // a repair, which can produce decomposed text.
    let nfc = nfc(raw);
    let nfc = match crate::mojibake::repair(&nfc) {
        Cow::Borrowed(_) => nfc,
        Cow::Owned(repaired) => Cow::Owned(self::nfc(&repaired).into_owned()),
    };
    let mut out = String::with_capacity(nfc.len());
    let mut blank_lines = 0usize;
    let mut any_line = false;
    let mut collapsed = String::new();
    for line in nfc.split(['\n', '\r', '\u{2028}', '\u{2029}']) {
        collapsed.clear();
        for word in line.split(is_horizontal_space).filter(|w| !w.is_empty()) {
            // A soft hyphen (U+00AD) is an invisible break hint inside a word ("Global\u{ad}Post"
            // is GlobalPost on the page): dropped, so the word stays one word and one name.
            let word: Cow<str> = if word.contains(SOFT_HYPHEN) {
                Cow::Owned(word.chars().filter(|&c| c != SOFT_HYPHEN).collect())
            } else {
                Cow::Borrowed(word)
            };
            if word.is_empty() {
                continue;
            }
            if !collapsed.is_empty() {
                collapsed.push(' ');
            }
            collapsed.push_str(&word);
        }
        if collapsed.is_empty() {
            blank_lines += 1;
            continue;
        }
        if any_line {
            out.push('\n');
            if blank_lines > 0 {
                out.push('\n');
            }
        }
        out.push_str(&collapsed);
        any_line = true;
        blank_lines = 0;
    }
    out
}

const SOFT_HYPHEN: char = '\u{ad}';

/// Unicode NFC; borrowed for text already in NFC (all of ASCII is), the common case.
fn nfc(raw: &str) -> Cow<'_, str> {
    if unicode_normalization::is_nfc_quick(raw.chars()) == IsNormalized::Yes {
        Cow::Borrowed(raw)
    } else {
        Cow::Owned(raw.nfc().collect())
    }
}

fn is_horizontal_space(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r' || c == '\u{200B}' || c == '\u{FEFF}'
}

/// Stable document id: first 16 bytes of the BLAKE3 hash of the normalised text, hex encoded.
/// Callers pass text that went through [`normalize`].
pub fn document_id(normalized_text: &str) -> String {
    let hash = blake3::hash(normalized_text.as_bytes());
    hash.as_bytes()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Byte offset → code-point offset conversion for one text.
///
/// Built once per document in one pass; lookups are a binary search over the positions of
/// multi-byte characters, so ASCII-heavy news text costs almost nothing.
#[derive(Debug, Clone)]
pub struct Offsets {
    /// (byte offset, extra bytes before it) at each multi-byte character end.
    wide: Vec<(usize, usize)>,
    len: usize,
}

impl Offsets {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0usize;
        for (i, c) in text.char_indices() {
            let w = c.len_utf8();
            if w > 1 {
                extra += w - 1;
                wide.push((i + w, extra));
            }
        }
        Offsets {
            wide,
            len: text.len(),
        }
    }

    /// Code-point offset of a byte offset that lies on a char boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let idx = self.wide.partition_point(|&(end, _)| end <= byte);
        let extra = if idx == 0 { 0 } else { self.wide[idx - 1].1 };
        byte - extra
    }

    /// Byte offset of a code-point offset (the inverse of [`Offsets::char_offset`]); past the
    /// end gives the text's length.
    pub fn byte_offset(&self, chars: usize) -> usize {
        // A wide character ending at byte `end` with `extra` bytes so far ends at code point
        // `end - extra`: every such character at or before `chars` adds its extra bytes.
        let idx = self
            .wide
            .partition_point(|&(end, extra)| end - extra <= chars);
        let extra = if idx == 0 { 0 } else { self.wide[idx - 1].1 };
        (chars + extra).min(self.len)
    }

    /// A [`Span`] for `text[start..end]` (byte offsets), with code-point offsets.
    pub fn span(&self, text: &str, start: usize, end: usize) -> Span {
        Span {
            start: self.char_offset(start),
            end: self.char_offset(end),
            text: text[start..end].to_string(),
        }
    }
}

/// The byte positions of one character in a text, sorted: counts in any range and the last
/// occurrence before a position in O(log n). Stages that ask such questions once per mention
/// or sentence ("how many quotation marks open before this word in its paragraph?", "where
/// does this line start?") build one per document, so a long paragraph costs them nothing per
/// question and the whole stage stays linear in the text (issue 18: 100,000 copies of "Iran
/// said. " in one paragraph took 8.5 s when each question rescanned the paragraph).
#[derive(Debug, Clone, Default)]
pub struct CharPositions(Vec<usize>);

impl CharPositions {
    pub fn new(text: &str, c: char) -> Self {
        CharPositions(text.match_indices(c).map(|(i, _)| i).collect())
    }

    /// How many occurrences start in `range`.
    pub fn count_in(&self, range: std::ops::Range<usize>) -> usize {
        let a = self.0.partition_point(|&p| p < range.start);
        let b = self.0.partition_point(|&p| p < range.end);
        b.saturating_sub(a)
    }

    /// The last occurrence starting before `pos`.
    pub fn last_before(&self, pos: usize) -> Option<usize> {
        let k = self.0.partition_point(|&p| p < pos);
        k.checked_sub(1).map(|k| self.0[k])
    }
}

/// The byte range of the line (between line breaks) holding byte `pos`, when that line is at
/// most `max` bytes long; `None` for a longer one. The work is bounded by `max`, so a stage
/// asking it for every sentence stays linear however long the text's lines are.
pub fn short_line(text: &str, pos: usize, max: usize) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let pos = pos.min(bytes.len());
    let back = pos.saturating_sub(max);
    let start = match bytes[back..pos].iter().rposition(|&b| b == b'\n') {
        Some(i) => back + i + 1,
        None if back == 0 => 0,
        None => return None,
    };
    let ahead = (pos + max).min(bytes.len());
    let end = match bytes[pos..ahead].iter().position(|&b| b == b'\n') {
        Some(i) => pos + i,
        None if ahead == bytes.len() => bytes.len(),
        None => return None,
    };
    // Both ends sit next to a line break or at the text's ends: char boundaries.
    (end - start <= max).then_some(start..end)
}

/// A sentence as a byte range of the document text, with its paragraph index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Brig", "Col", "Lt", "Maj", "Capt", "Cmdr", "Adm",
    "Sgt", "Gov", "Sen", "Rep", "Rev", "St", "Jr", "Sr", "No", "Vol", "vs", "etc", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Ltd",
    "Co", "U.S", "U.N", "U.K", "E.U", "a.m", "p.m", "i.e", "e.g", "Pres", "Amb", "Dept", "Fig",
    "Det",
];

/// Split text into sentences: one pass, no model. A sentence ends at `.`, `!` or `?` (optionally
/// followed by closing quotes or brackets) before whitespace and an upper-case letter, digit or
/// opening quote, unless the period ends a known abbreviation or a single initial. Paragraph
/// breaks (a blank line or a newline) always end a sentence.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut paragraph = 0usize;
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize, p: usize| {
        let (s, e) = trim_range(text, s, e);
        if s < e {
            out.push(Sentence {
                start: s,
                end: e,
                paragraph: p,
            });
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            push(&mut out, start, i, paragraph);
            let mut j = i;
            let mut newlines = 0;
            while j < bytes.len() && (bytes[j] == b'\n' || bytes[j] == b' ') {
                if bytes[j] == b'\n' {
                    newlines += 1;
                }
                j += 1;
            }
            if newlines > 0 {
                paragraph += 1;
            }
            start = j;
            i = j;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?') {
            // Extend over repeated terminators and closing quotes/brackets.
            let mut j = i + 1;
            while j < bytes.len() {
                let rest = &text[j..];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(
                    c,
                    '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}'
                ) {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            if j < bytes.len() && bytes[j] == b' ' {
                let next = text[j + 1..].chars().next();
                let starts_new = matches!(next, Some(c) if c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201C}' | '\'' | '\u{2018}' | '(' | '['));
                if starts_new && !(b == b'.' && is_abbreviation_before(text, i)) {
                    push(&mut out, start, j, paragraph);
                    start = j + 1;
                    i = j + 1;
                    continue;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push(&mut out, start, text.len(), paragraph);
    out
}

fn trim_range(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let slice = &text[s..e];
    let trimmed_start = slice.len() - slice.trim_start().len();
    s += trimmed_start;
    let slice = &text[s..e];
    e = s + slice.trim_end().len();
    (s, e)
}

/// Is the period at byte `dot` the end of an abbreviation or an initial ("J.")?
fn is_abbreviation_before(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201C}')
        .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    ABBREVIATIONS.iter().any(|a| {
        a.eq_ignore_ascii_case(word)
            && word.starts_with(|c: char| {
                c.is_uppercase() || a.starts_with(|x: char| x.is_lowercase())
            })
    })
}

/// The dateline opening `s` (text from a sentence or paragraph start): where the story was
/// filed, not an actor or a speaker — "WASHINGTON (CBS DC) –", "BAGHDAD, Iraq —", "Dec. 3 –",
/// "KABUL, Afghanistan, Dec. 3 (Reuters) -". One to four words in capitals or a date,
/// optionally up to two ", Name" or ", date" parts and a parenthesised agency, then a dash.
/// Returns the byte range of the dateline's words in `s` (the dash excluded). The one
/// definition both the actor and the attribution stages read.
pub fn dateline(s: &str) -> Option<std::ops::Range<usize>> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        const CAPS: &str = r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}";
        const DATE: &str =
            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?";
        const NAME: &str = r"[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?";
        regex::Regex::new(&format!(
            r"^[ \t]*((?:{CAPS}|{DATE})(?:, (?:{DATE}|{NAME})){{0,2}}(?: \([^)\n]{{1,40}}\))?) ?[–—―-]{{1,2}}(?:\s|$)"
        ))
        .expect("dateline pattern compiles")
    });
    re.captures(s).and_then(|c| c.get(1)).map(|m| m.range())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_open_a_story_and_nothing_else_is_one() {
        let d = |s: &str| dateline(s).map(|r| s[r].to_string());
        assert_eq!(
            d("WASHINGTON (CBS DC) – Sen. Chuck Grassley said").as_deref(),
            Some("WASHINGTON (CBS DC)")
        );
        assert_eq!(
            d("BAGHDAD, Iraq — Gunmen stormed").as_deref(),
            Some("BAGHDAD, Iraq")
        );
        assert_eq!(d("Dec. 3 – Officials said").as_deref(), Some("Dec. 3"));
        assert_eq!(
            d("KABUL, Afghanistan, Dec. 3 (Reuters) - The Taliban").as_deref(),
            Some("KABUL, Afghanistan, Dec. 3 (Reuters)")
        );
        assert_eq!(d("Iran - a country of 80 million - said"), None);
        assert_eq!(d("The U.S. military said on Monday"), None);
        assert_eq!(d("WASHINGTON said nothing"), None);
    }

    #[test]
    fn normalize_collapses_whitespace_and_keeps_curly_quotes() {
        let raw = "  \u{201C}No missile\u{00A0}was sent,\u{201D}  he said.\r\n\r\n\r\nSecond\tparagraph.  \n";
        assert_eq!(
            normalize(raw),
            "\u{201C}No missile was sent,\u{201D} he said.\n\nSecond paragraph."
        );
    }

    #[test]
    fn normalize_drops_soft_hyphens() {
        // fnc-1116: "According to Global­Post, …" with a soft hyphen inside the outlet's name.
        assert_eq!(
            normalize("According to Global\u{ad}Post, two eyewitnesses saw"),
            "According to GlobalPost, two eyewitnesses saw"
        );
        // A word of soft hyphens alone goes with them.
        assert_eq!(normalize("a \u{ad} b"), "a b");
    }

    #[test]
    fn normalize_applies_nfc() {
        // "e" + combining acute → "é"
        assert_eq!(normalize("Caf\u{0065}\u{0301}"), "Caf\u{00E9}");
    }

    #[test]
    fn normalize_undoes_mojibake_even_when_decomposed() {
        // "Ã" written as "A" + combining tilde, then the C1 control and "Â§" of double encoding.
        let raw = "President FranA\u{0303}\u{0083}\u{00C2}\u{00A7}ois Hollande said";
        assert_eq!(normalize(raw), "President François Hollande said");
        assert_eq!(normalize("donâ€™t"), "don\u{2019}t");
    }

    #[test]
    fn same_text_in_other_whitespace_has_same_id() {
        let a = document_id(&normalize("Iran denied it.\n\nRussia too."));
        let b = document_id(&normalize("Iran  denied it.\r\n\r\n Russia too.  "));
        assert_eq!(a, b);
        assert_eq!(a.len(), 32);
        assert_ne!(a, document_id(&normalize("Iran confirmed it.")));
    }

    #[test]
    fn offsets_count_code_points() {
        let text = "“No,” said Zelenskyy’s aide in Kyiv.";
        let off = Offsets::new(text);
        let kyiv = text.find("Kyiv").unwrap();
        let span = off.span(text, kyiv, kyiv + 4);
        let chars: Vec<char> = text.chars().collect();
        let via_chars: String = chars[span.start..span.end].iter().collect();
        assert_eq!(via_chars, "Kyiv");
        assert_eq!(span.text, "Kyiv");
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn sentences_respect_titles_and_initials() {
        let text = "Brig. Gen. Fazlollah Nozari denied it. The U.S. State Department said on Monday it was aware. J. Smith agreed.";
        assert_eq!(
            split(text),
            vec![
                "Brig. Gen. Fazlollah Nozari denied it.",
                "The U.S. State Department said on Monday it was aware.",
                "J. Smith agreed."
            ]
        );
    }

    #[test]
    fn sentences_keep_closing_quotes_and_break_paragraphs() {
        let text = "“No missile was sent to Russia,” he said. “It is psychological warfare.”\n\nThe Kremlin declined to comment.";
        let s = sentences(text);
        assert_eq!(
            split(text),
            vec![
                "“No missile was sent to Russia,” he said.",
                "“It is psychological warfare.”",
                "The Kremlin declined to comment."
            ]
        );
        assert_eq!(s[2].paragraph, 1);
        assert_eq!(s[1].paragraph, 0);
    }

    #[test]
    fn byte_offset_inverts_char_offset() {
        let text = "Tehran’s envoy said “no” — é𝄞x.\nNext";
        let off = Offsets::new(text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(off.byte_offset(off.char_offset(b)), b, "byte {b}");
        }
        assert_eq!(off.byte_offset(10_000), text.len());
    }

    #[test]
    fn char_positions_count_and_look_back() {
        let text = "a “b” c “d\ne";
        let open = CharPositions::new(text, '\u{201C}');
        assert_eq!(open.count_in(0..text.len()), 2);
        assert_eq!(open.count_in(0..2), 0);
        let nl = CharPositions::new(text, '\n');
        assert_eq!(nl.last_before(text.len()), text.find('\n'));
        assert_eq!(nl.last_before(3), None);
    }

    #[test]
    fn short_line_is_bounded() {
        let text = "Headline Here\nA body line that runs on.\nLast";
        let at = text.find("body").unwrap();
        assert_eq!(
            &text[short_line(text, at, 100).unwrap()],
            "A body line that runs on."
        );
        assert_eq!(&text[short_line(text, 0, 100).unwrap()], "Headline Here");
        assert_eq!(&text[short_line(text, text.len(), 100).unwrap()], "Last");
        // A line longer than the bound is none, whichever side is long.
        assert_eq!(short_line(text, at, 10), None);
        let long = "x".repeat(5_000);
        assert_eq!(short_line(&long, 2_500, 1_000), None);
    }
}
