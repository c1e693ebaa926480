//! Text → tokens and sentences, UD English (EWT/GUM) style. Rules and word lists, no model.
//!
//! Input is dossier's normalised text (paragraphs separated by "\n\n", lines by "\n"); the
//! output tokens are UD *syntactic words*, each a substring of the text:
//! - clitics are split as the treebanks' multi-word tokens: "don't" → do|n't, "won't" → wo|n't,
//!   "Bush's" → Bush|'s, "I'm" → I|'m, "Edwards'" → Edwards|', "cannot" → can|not,
//!   "gonna" → gon|na (straight ’ curly and ` apostrophes alike; whole-word forms in
//!   `data/syntax/contractions.tsv`);
//! - hyphens are split ("U.S.-led" → U.S.|-|led, "well-known" → well|-|known) except after the
//!   prefixes of `data/syntax/hyphen_prefixes.txt` ("non-profit", "e-mail") and inside phone
//!   numbers; en and em dashes always split;
//! - abbreviations keep their period ("Gen.", "Jan.", "Inc." from `data/syntax/abbreviations.tsv`;
//!   initials by shape: "A.", "U.S.", "a.m.", "Ph.D.");
//! - numbers keep their inner , . : / ("1,000.50", "5:30", "11/28/2000"); currency signs and
//!   "%" are split ("$" "5bn", "2.5" "%");
//! - URLs, e-mail addresses, @handles, #hashtags and emoticons (`data/syntax/emoticons.txt`) are
//!   one token; runs of the same punctuation ("...", "!!!", "--", "?!") are one token.
//!
//! Sentences end at . ! ? … (with the closing quotes and brackets written right after them) when
//! the next word does not start in lower case; after an abbreviation only when the next word is
//! a sentence starter (`data/syntax/sentence_starters.txt`) and the abbreviation may end a
//! sentence ("U.S.", "Inc.", "etc.", never "Mr." or "Jan."); always at a paragraph break; at a
//! line break unless the line ends in "," or a hyphen or a word that never ends a sentence
//! (`data/syntax/line_continuers.txt`: "the", "of", "and") or the next line starts in lower case
//! (headlines, list items, datelines end at their line); before the mixed-case word after a run
//! of three or more words in capitals that opens a sentence (a sub-heading glued to its
//! paragraph: "NOT KIM'S FIRST ABSENCE North Korean officials…"). A sentence never exceeds
//! [`MAX_SENTENCE_TOKENS`]: a longer run is cut after the last ";", ":" or "," of its second half
//! (else at the cap), so later stages stay linear on run-on text.
//!
//! Time is linear in the text: one pass over the characters, one over the tokens.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

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

/// Longest sentence, in tokens, that [`tokenize`] returns.
pub const MAX_SENTENCE_TOKENS: usize = 200;

/// Tokenise `text` and split it into sentences. Every byte of `text` that is not whitespace
/// belongs to exactly one token; tokens are in text order and do not overlap.
pub fn tokenize(text: &str) -> (Vec<RawToken>, Vec<RawSentence>) {
    let t = tokenize_full(text);
    (t.tokens, t.sentences)
}

/// [`tokenize`] plus the surface-token grouping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokenization {
    pub tokens: Vec<RawToken>,
    pub sentences: Vec<RawSentence>,
    /// Per token: it continues the previous token's surface word (a clitic split off as UD
    /// writes a multi-word token: "n't" of "don't", "'s" of "Bush's", "not" of "cannot").
    pub joined: Vec<bool>,
}

impl Tokenization {
    /// Surface tokens (UD "tokens", multi-word tokens merged) as byte spans.
    pub fn surface_spans(&self) -> Vec<(u32, u32)> {
        let mut out: Vec<(u32, u32)> = Vec::with_capacity(self.tokens.len());
        for (t, &j) in self.tokens.iter().zip(&self.joined) {
            match out.last_mut() {
                Some(last) if j => last.1 = t.end,
                _ => out.push((t.start, t.end)),
            }
        }
        out
    }
}

/// Tokenise and split, keeping which tokens belong to one surface word.
pub fn tokenize_full(text: &str) -> Tokenization {
    // Texts above 4 GiB cannot be addressed by u32 spans; such a text is cut (never happens for
    // one document, and is documented in the crate README).
    let text = if text.len() > u32::MAX as usize {
        let mut cut = u32::MAX as usize;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        &text[..cut]
    } else {
        text
    };
    let mut em = Emitter {
        text,
        toks: Vec::with_capacity(text.len() / 5 + 1),
        tail: Vec::new(),
        gap: GAP_PAR,
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut newlines = 2usize;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_whitespace() || b == 0x0b {
                if b == b'\n' {
                    newlines += 1;
                }
                em.gap = gap_of(newlines, em.gap);
                i += 1;
                continue;
            }
        } else if let Some(c) = text[i..].chars().next() {
            if c.is_whitespace() {
                if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                    newlines += 1;
                }
                em.gap = gap_of(newlines, em.gap);
                i += c.len_utf8();
                continue;
            }
        }
        // A chunk: maximal run of non-whitespace.
        let start = i;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_whitespace() || b == 0x0b {
                    break;
                }
                i += 1;
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    break;
                }
                i += c.len_utf8();
            }
        }
        let next = text[i..].chars().find(|c| !c.is_whitespace());
        em.chunk(start, i, next);
        newlines = 0;
        em.gap = GAP_NONE;
    }
    let sentences = split_sentences(text, &em.toks);
    let tokens = em
        .toks
        .iter()
        .map(|t| RawToken {
            start: t.start,
            end: t.end,
        })
        .collect();
    let joined = em.toks.iter().map(|t| t.kind & K_JOIN != 0).collect();
    Tokenization {
        tokens,
        sentences,
        joined,
    }
}

const GAP_NONE: u8 = 0;
const GAP_SPACE: u8 = 1;
const GAP_LINE: u8 = 2;
const GAP_PAR: u8 = 3;

fn gap_of(newlines: usize, old: u8) -> u8 {
    let g = match newlines {
        0 => GAP_SPACE,
        1 => GAP_LINE,
        _ => GAP_PAR,
    };
    g.max(old)
}

/// Continues the previous token's surface word (clitic).
const K_JOIN: u8 = 1;
/// Sentence-final punctuation: . ! ? … and runs of them.
const K_TERM: u8 = 2;
/// Closing quote or bracket.
const K_CLOSE: u8 = 4;
/// Abbreviation that may end a sentence.
const K_ABBR_END: u8 = 8;
/// Opening quote or bracket.
const K_OPEN: u8 = 16;

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: u32,
    end: u32,
    kind: u8,
    /// Whitespace before the token: GAP_NONE, GAP_SPACE, GAP_LINE (one newline), GAP_PAR.
    gap: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AbbrClass {
    /// Never ends a sentence ("Mr.", "Gen.", "Jan.").
    Title,
    /// May end one ("U.S.", "Inc.").
    End,
    /// An abbreviation only before a number ("No. 10", "p. 5").
    Number,
    /// Ends the sentence before a capital ("etc.").
    Stop,
}

/// Length bounds (bytes) of the list entries, to skip look-ups that cannot match.
const MAX_EMOTICON: usize = 3;
/// Longest hyphen prefix ("counter", "psycho").
const MAX_PREFIX: usize = 8;
/// Longest abbreviation, listed or by shape ("U.S.S.R.", "Messrs.").
const MAX_ABBREV: usize = 16;
const MIN_CONTRACTION: usize = 4;
const MAX_CONTRACTION: usize = 8;

struct Lists {
    abbrev: FxHashMap<&'static str, AbbrClass>,
    prefixes: FxHashSet<&'static str>,
    /// Lower-case form → byte lengths of its words.
    contractions: FxHashMap<&'static str, Vec<usize>>,
    emoticons: FxHashSet<&'static str>,
    starters: FxHashSet<&'static str>,
    /// Words after which a line break is a wrap, not a sentence end.
    continuers: FxHashSet<&'static str>,
}

/// The lines of an embedded data file, without blank lines and `# ` comments.
pub(crate) fn data_lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with("# "))
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let abbrev = data_lines(include_str!("../../../data/syntax/abbreviations.tsv"))
            .filter_map(|l| {
                let (form, class) = l.split_once('\t')?;
                let class = match class.trim() {
                    "end" => AbbrClass::End,
                    "number" => AbbrClass::Number,
                    "stop" => AbbrClass::Stop,
                    _ => AbbrClass::Title,
                };
                Some((form.trim(), class))
            })
            .collect();
        let prefixes = data_lines(include_str!("../../../data/syntax/hyphen_prefixes.txt"))
            .map(str::trim)
            .collect();
        let contractions = data_lines(include_str!("../../../data/syntax/contractions.tsv"))
            .filter_map(|l| {
                let (form, words) = l.split_once('\t')?;
                let lens: Vec<usize> = words.split_whitespace().map(str::len).collect();
                (lens.iter().sum::<usize>() == form.len() && lens.len() > 1).then_some((form, lens))
            })
            .collect();
        let emoticons = data_lines(include_str!("../../../data/syntax/emoticons.txt"))
            .map(str::trim)
            .collect();
        let starters = data_lines(include_str!("../../../data/syntax/sentence_starters.txt"))
            .map(str::trim)
            .collect();
        let continuers = data_lines(include_str!("../../../data/syntax/line_continuers.txt"))
            .map(str::trim)
            .collect();
        Lists {
            abbrev,
            prefixes,
            contractions,
            emoticons,
            starters,
            continuers,
        }
    })
}

/// Call `f` with `s` in ASCII lower case (no allocation for short words).
fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    if !s.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(s);
    }
    let mut buf = [0u8; 64];
    if s.len() <= buf.len() {
        let b = &mut buf[..s.len()];
        b.copy_from_slice(s.as_bytes());
        b.make_ascii_lowercase();
        match std::str::from_utf8(b) {
            Ok(l) => f(l),
            Err(_) => f(s),
        }
    } else {
        f(&s.to_ascii_lowercase())
    }
}

/// Letters, digits and combining marks (a mark continues the word it is written on).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}'
            | '\u{200C}' | '\u{200D}')
}

fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

fn last_char(s: &str) -> char {
    s.chars().next_back().unwrap_or(' ')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '`')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '„' | '«' | '‹' | '‘' | '(' | '[' | '{' | '<' | '¿' | '¡'
    )
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '»' | '›' | ')' | ']' | '}' | '>')
}

fn is_term(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_dash(c: char) -> bool {
    matches!(c, '–' | '—' | '―' | '‒')
}

/// Initials and dotted abbreviations by shape: "A.", "U.S.", "a.m.", "Ph.D.", "M.Sc.".
fn abbrev_shape(w: &str) -> Option<AbbrClass> {
    let b = w.as_bytes();
    if b.len() < 2 || b[b.len() - 1] != b'.' {
        return None;
    }
    if b.len() == 2 {
        return b[0].is_ascii_alphabetic().then_some(AbbrClass::Title);
    }
    // Segments of letters each followed by a period, at least two, each at most 3 letters.
    let mut segs = 0;
    let mut run = 0;
    for &c in b {
        if c.is_ascii_alphabetic() {
            run += 1;
            if run > 3 {
                return None;
            }
        } else if c == b'.' {
            if run == 0 {
                return None;
            }
            segs += 1;
            run = 0;
        } else {
            return None;
        }
    }
    (segs >= 2).then_some(AbbrClass::End)
}

fn abbrev_class(w: &str) -> Option<AbbrClass> {
    if w.len() > MAX_ABBREV || w.len() < 2 {
        return None;
    }
    let l = lists();
    if let Some(&c) = l.abbrev.get(w) {
        return Some(c);
    }
    if let Some(c) = abbrev_shape(w) {
        return Some(c);
    }
    with_lower(w, |lw| {
        l.abbrev
            .get_key_value(lw)
            .filter(|(k, _)| !k.bytes().any(|b| b.is_ascii_uppercase()))
            .map(|(_, &c)| c)
    })
}

fn is_url_or_email(s: &str) -> bool {
    let lower_starts =
        |p: &str| s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if lower_starts("http://")
        || lower_starts("https://")
        || lower_starts("ftp://")
        || lower_starts("www.")
        || lower_starts("mailto:")
    {
        return s.len() > 6;
    }
    // e-mail: alnum@alnum with a dot in the domain part.
    if let Some(at) = s.find('@') {
        if at > 0 {
            let before = s[..at].chars().next_back().unwrap_or(' ');
            let after = &s[at + 1..];
            return (before.is_alphanumeric() || before == '.')
                && after.starts_with(|c: char| c.is_alphanumeric())
                && after.contains('.');
        }
    }
    false
}

struct Emitter<'t> {
    text: &'t str,
    toks: Vec<Tok>,
    /// Tokens peeled off the end of the current chunk, in reverse order.
    tail: Vec<Tok>,
    /// Whitespace before the next token emitted.
    gap: u8,
}

impl Emitter<'_> {
    fn push(&mut self, start: usize, end: usize, kind: u8) {
        if start < end {
            self.toks.push(Tok {
                start: start as u32,
                end: end as u32,
                kind,
                gap: self.gap,
            });
            self.gap = GAP_NONE;
        }
    }

    fn push_tail(&mut self, start: usize, end: usize, kind: u8) {
        self.tail.push(Tok {
            start: start as u32,
            end: end as u32,
            kind,
            gap: GAP_NONE,
        });
    }

    fn flush_tail(&mut self) {
        while let Some(t) = self.tail.pop() {
            self.push(t.start as usize, t.end as usize, t.kind);
        }
    }

    /// Length in bytes of the run of `c` starting at `i`.
    fn run_len(&self, i: usize, j: usize, c: char) -> usize {
        self.text[i..j]
            .chars()
            .take_while(|&d| d == c)
            .map(char::len_utf8)
            .sum()
    }

    /// Split one whitespace-free chunk `text[a..b]`.
    /// `next`: the first character of the next chunk (after the whitespace).
    fn chunk(&mut self, a: usize, b: usize, next_chunk: Option<char>) {
        let text = self.text;
        let l = lists();
        if b - a <= MAX_EMOTICON && l.emoticons.contains(&text[a..b]) {
            // An emoticon closes what it follows ("a void. :) Richard, ...").
            self.push(a, b, K_TERM);
            return;
        }
        let (mut i, mut j) = (a, b);
        let mut opened_single = false;
        // Leading punctuation.
        while i < j {
            let s = &text[i..j];
            let c = first_char(s);
            if is_word_char(c) {
                break;
            }
            let w = c.len_utf8();
            let next = s[w..].chars().next();
            match c {
                '\'' | '`' | '‘' | '’' => {
                    // "'72", "'60s", "'em": the apostrophe belongs to the word.
                    let rest = &s[w..];
                    if c != '‘' && next.is_some_and(|d| d.is_ascii_digit()) {
                        break;
                    }
                    if c != '‘'
                        && rest.len() <= 5
                        && with_lower(rest, |r| {
                            matches!(r, "em" | "n" | "tis" | "twas" | "cause" | "til")
                        })
                    {
                        break;
                    }
                    // A clitic written alone ("'s" after a space) stays whole.
                    if c != '‘'
                        && rest.len() <= 2
                        && with_lower(rest, |r| matches!(r, "s" | "re" | "ll" | "ve" | "d" | "m"))
                    {
                        break;
                    }
                    if let Some(d) = next.filter(|&d| matches!(d, '\'' | '`' | '‘' | '’')) {
                        // `` '' ‘’ : one opening double quote.
                        self.push(i, i + w + d.len_utf8(), K_OPEN);
                        i += w + d.len_utf8();
                    } else {
                        self.push(i, i + w, K_OPEN);
                        i += w;
                    }
                    opened_single = true;
                }
                '#' if next.is_some_and(|d| d.is_alphabetic() || d == '_') => break,
                '@' if next.is_some_and(|d| d.is_alphanumeric() || d == '_') => break,
                '-' | '.' if next.is_some_and(|d| d.is_ascii_digit()) => break,
                _ if is_opener(c) => {
                    self.push(i, i + w, K_OPEN);
                    i += w;
                }
                _ => {
                    // A run of one punctuation character is one token ("...", "--", "***").
                    let (n, kind) = if is_term(c) {
                        // "...", "?!", "!!!": a run of sentence punctuation is one token.
                        let n = s
                            .char_indices()
                            .find(|&(_, d)| !is_term(d))
                            .map_or(s.len(), |(k, _)| k);
                        (n, K_TERM)
                    } else {
                        (self.run_len(i, j, c), 0)
                    };
                    self.push(i, i + n, kind);
                    i += n;
                }
            }
        }
        if i >= j {
            return;
        }
        if is_url_or_email(&text[i..j]) {
            while j > i {
                let c = last_char(&text[i..j]);
                if matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | ')' | ']' | '>'
                ) {
                    let w = c.len_utf8();
                    let kind = if is_term(c) {
                        K_TERM
                    } else if is_closer(c) {
                        K_CLOSE
                    } else {
                        0
                    };
                    self.push_tail(j - w, j, kind);
                    j -= w;
                } else {
                    break;
                }
            }
            self.push(i, j, 0);
            self.flush_tail();
            return;
        }
        // Trailing punctuation.
        let mut abbr_end = false;
        while j > i {
            let s = &text[i..j];
            let c = last_char(s);
            if is_word_char(c) {
                break;
            }
            let w = c.len_utf8();
            if is_term(c) {
                let run_start = s
                    .char_indices()
                    .rev()
                    .take_while(|&(_, d)| is_term(d))
                    .last()
                    .map_or(0, |(k, _)| k);
                if run_start == 0 {
                    self.push(i, j, K_TERM);
                    i = j;
                    break;
                }
                if c == '.' && s.len() - run_start == 1 {
                    // One period: part of an abbreviation, or the sentence's end.
                    // The word the period ends: after the last - / ( " within reach (an
                    // abbreviation is short; looking further would make long chunks quadratic).
                    let mut lo = run_start.saturating_sub(MAX_ABBREV);
                    while !s.is_char_boundary(lo) {
                        lo -= 1;
                    }
                    let word_start = match s[lo..run_start].rfind(['-', '/', '(', '"']) {
                        Some(k) => lo + k + 1,
                        None if lo == 0 => 0,
                        None => run_start,
                    };
                    let keep = match abbrev_class(&s[word_start..]) {
                        Some(AbbrClass::Title) => true,
                        Some(AbbrClass::End) => {
                            abbr_end = true;
                            true
                        }
                        // "No. 10" but "No. I didn't": only before a number.
                        Some(AbbrClass::Number) => {
                            next_chunk.is_some_and(|d| d.is_ascii_digit() || d == '#')
                        }
                        // "etc., and" but "dates etc. In one sense": a period before a capital
                        // ends the sentence.
                        Some(AbbrClass::Stop) => !next_chunk.is_some_and(char::is_uppercase),
                        None => false,
                    };
                    if keep {
                        break;
                    }
                }
                self.push_tail(i + run_start, j, K_TERM);
                j = i + run_start;
                continue;
            }
            if is_apostrophe(c) && c != '`' {
                let before = &s[..s.len() - w];
                if !opened_single
                    && before.len() > 1
                    && before.ends_with(['s', 'S'])
                    && before.chars().all(char::is_alphabetic)
                {
                    // Possessive of a plural: "Edwards'" → Edwards|'.
                    self.push_tail(j - w, j, K_JOIN);
                    j -= w;
                    break;
                }
                let prev = last_char(before);
                if matches!(prev, '\'' | '’' | '‘') && before.len() > prev.len_utf8() {
                    // '' ’’ : one closing double quote.
                    let n = w + prev.len_utf8();
                    self.push_tail(j - n, j, K_CLOSE);
                    j -= n;
                } else {
                    self.push_tail(j - w, j, K_CLOSE);
                    j -= w;
                }
                continue;
            }
            if is_closer(c) || c == '‘' {
                self.push_tail(j - w, j, K_CLOSE);
                j -= w;
                continue;
            }
            if matches!(c, '_' | '/' | '&') {
                // Word-final symbols that belong to the word.
                break;
            }
            // Any other punctuation or symbol: a run of it is one token.
            let run: usize = s
                .chars()
                .rev()
                .take_while(|&d| d == c)
                .map(char::len_utf8)
                .sum();
            self.push_tail(j - run, j, 0);
            j -= run;
        }
        if i < j {
            self.core(i, j, abbr_end);
        }
        self.flush_tail();
    }

    /// The word part of a chunk: clitics, then inner splits.
    fn core(&mut self, i: usize, j: usize, abbr_end: bool) {
        let text = self.text;
        let s = &text[i..j];
        let l = lists();
        // Whole-word contractions without apostrophe ("cannot", "gonna", "dont").
        if (MIN_CONTRACTION..=MAX_CONTRACTION).contains(&s.len()) {
            if let Some(lens) = with_lower(s, |lw| l.contractions.get(lw).cloned()) {
                let mut p = i;
                for (k, n) in lens.into_iter().enumerate() {
                    self.push(p, p + n, if k == 0 { 0 } else { K_JOIN });
                    p += n;
                }
                return;
            }
        }
        // Apostrophe clitics at the end.
        let mut clitic: Option<usize> = None;
        if let Some((k, c)) = s.char_indices().rev().find(|&(_, c)| is_apostrophe(c)) {
            let rest = &s[k + c.len_utf8()..];
            let stem = &s[..k];
            if !stem.is_empty()
                && last_char(stem).is_alphanumeric()
                && rest.len() <= 2
                && with_lower(rest, |r| matches!(r, "s" | "re" | "ll" | "ve" | "d" | "m"))
            {
                clitic = Some(i + k);
            } else if rest.eq_ignore_ascii_case("t") && stem.len() > 1 && stem.ends_with(['n', 'N'])
            {
                // n't: "don't" → do|n't, "can't" → ca|n't.
                if stem.len() - 1 > 0 && last_char(&stem[..stem.len() - 1]).is_alphabetic() {
                    clitic = Some(i + k - 1);
                }
            }
        }
        let word_end = clitic.unwrap_or(j);
        self.inner(i, word_end, abbr_end && clitic.is_none());
        if let Some(c) = clitic {
            self.push(c, j, K_JOIN);
        }
    }

    /// Inner splits of a word: hyphens, dashes, commas, brackets and quotes inside it.
    fn inner(&mut self, i: usize, j: usize, abbr_end: bool) {
        let text = self.text;
        let s = &text[i..j];
        let bytes = s.as_bytes();
        let l = lists();
        let mut seg = 0usize;
        let mut p = 0usize;
        if s.is_empty() {
            return;
        }
        // @handles and #hashtags: one token.
        if (bytes[0] == b'@' || bytes[0] == b'#') && bytes.len() > 1 {
            self.push(i, j, 0);
            return;
        }
        while p < s.len() {
            let c = first_char(&s[p..]);
            let w = c.len_utf8();
            if is_word_char(c) {
                p += w;
                continue;
            }
            let prev = if p > 0 { last_char(&s[..p]) } else { ' ' };
            let next = s[p + w..].chars().next().unwrap_or(' ');
            let split_one = match c {
                '-' => {
                    let run = self.run_len(i + p, j, '-');
                    if run > 1 {
                        self.push(i + seg, i + p, 0);
                        self.push(i + p, i + p + run, 0);
                        p += run;
                        seg = p;
                        continue;
                    }
                    let left = &s[seg..p];
                    let keep = if left.is_empty() || p + 1 >= s.len() {
                        false
                    } else if left.len() <= MAX_PREFIX
                        && with_lower(left, |lw| l.prefixes.contains(lw))
                    {
                        true
                    } else {
                        // Phone numbers (713-853-3989, 646-8420) stay whole; ranges split.
                        is_phone(&s[seg..])
                    };
                    !keep
                }
                ',' | ':' => !(prev.is_ascii_digit() && next.is_ascii_digit()),
                '/' => {
                    !(prev.is_ascii_digit() && next.is_ascii_digit()
                        || s[seg..p].len() <= 2 && s[p + 1..].len() <= 2)
                }
                '.' => {
                    if next == '.' {
                        let run = self.run_len(i + p, j, '.');
                        self.push(i + seg, i + p, 0);
                        self.push(i + p, i + p + run, K_TERM);
                        p += run;
                        seg = p;
                        continue;
                    }
                    let left = &s[seg..p];
                    let mut after = s[p + 1..].chars();
                    let (n1, n2) = (after.next(), after.next());
                    if left.is_empty() {
                        false
                    } else if n1.is_some_and(|d| !is_word_char(d) && !matches!(d, '-' | '/')) {
                        // "Winckelmann.[1]", "end.)": a period before punctuation.
                        abbrev_class(&s[seg..p + 1]).is_none()
                    } else {
                        // "home.The", "Reporter.Christian", "colleagues.A rival": a sentence
                        // written without the space after its period.
                        let mut tail = left.chars().rev();
                        n1.is_some_and(char::is_uppercase)
                            && (n2.is_some_and(char::is_lowercase)
                                || n2.is_none() && matches!(n1, Some('A' | 'I')))
                            && tail.next().is_some_and(char::is_lowercase)
                            && tail.next().is_some_and(char::is_lowercase)
                            && abbrev_class(&s[seg..p + 1]).is_none()
                    }
                }
                '(' | ')' | '[' | ']' | '{' | '}' | '"' | '“' | '”' | ';' | '!' | '?' | '…'
                | '«' | '»' => true,
                _ if is_dash(c) => true,
                _ => false,
            };
            if split_one {
                self.push(i + seg, i + p, 0);
                let kind = if is_term(c) {
                    K_TERM
                } else if is_opener(c) {
                    K_OPEN
                } else if is_closer(c) {
                    K_CLOSE
                } else {
                    0
                };
                self.push(i + p, i + p + w, kind);
                seg = p + w;
            }
            p += w;
        }
        self.push(i + seg, j, if abbr_end { K_ABBR_END } else { 0 });
    }
}

/// A North American phone number at the start of `s`: ddd-dddd or ddd-ddd-dddd.
fn is_phone(s: &str) -> bool {
    // Up to three groups of at most 5 digits, read without scanning further (a long run of
    // hyphenated digits stays linear).
    let b = s.as_bytes();
    let mut lens = [0usize; 3];
    let mut clean = [false; 3];
    let (mut p, mut k) = (0, 0);
    while k < 3 {
        let d = b[p..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count();
        lens[k] = d;
        p += d;
        clean[k] = p == b.len() || b[p] == b'-';
        k += 1;
        if p < b.len() && b[p] == b'-' {
            p += 1;
        } else {
            break;
        }
    }
    matches!(
        (k, lens, clean),
        (2..=3, [3, 4, _], [true, ..]) | (3, [3, 3, 4], [true, true, _])
    )
}

mod sentences;
use sentences::split_sentences;

#[cfg(test)]
#[path = "tokenize_tests.rs"]
mod tests;
