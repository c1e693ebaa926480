//! Sentence boundaries over the tokens of [`super::tokenize_full`]: the rules listed in the
//! parent module's documentation, and the cap that keeps run-on text linear.

use super::*;

/// Whether the token can start a sentence: anything but a lower-case word or continuing
/// punctuation.
fn starts_sentence(form: &str) -> bool {
    let c = first_char(form);
    if c.is_lowercase() {
        return false;
    }
    !matches!(c, ',' | ';' | ':' | ')' | ']' | '}' | '%' | '.' | '-')
}

pub(super) fn split_sentences(text: &str, toks: &[Tok]) -> Vec<RawSentence> {
    let l = lists();
    let form = |k: usize| &text[toks[k].start as usize..toks[k].end as usize];
    let n = toks.len();
    let mut starts: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < n {
        if k == 0 || toks[k].gap == GAP_PAR {
            starts.push(k);
        } else if toks[k].gap == GAP_LINE {
            let prev = form(k - 1);
            let cont = matches!(last_char(prev), ',' | '-' | '&')
                || l.continuers.contains(prev)
                || first_char(form(k)).is_lowercase()
                || toks[k - 1].kind & K_OPEN != 0;
            if !cont {
                starts.push(k);
            }
        }
        let t = toks[k];
        let cur = starts.last().copied().unwrap_or(0);
        // "1. Be responsible." / "b. ...": the period of a list marker opening a sentence.
        let list_marker = k == cur + 1 && form(k) == "." && {
            let p = form(cur);
            p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit())
                || p.len() == 1 && p.bytes().all(|b| b.is_ascii_alphabetic())
        };
        // A period after a plain word, then a lower-case word: informal text starts sentences
        // in lower case ("it works. also make sure...").
        let lower_after_period = |k: usize| {
            matches!(form(k), "." | "?" | "!")
                && k > 0
                && toks[k + 1..].first().is_some_and(|x| x.gap != GAP_NONE)
                && first_char(form(k + 1)).is_lowercase()
                && form(k - 1).chars().count() >= 2
                && form(k - 1).chars().all(char::is_alphabetic)
        };
        if t.kind & (K_TERM | K_ABBR_END) != 0 && !list_marker {
            // Closing quotes and brackets, and more sentence punctuation, written right after.
            let mut m = k + 1;
            while m < n && toks[m].gap == GAP_NONE && toks[m].kind & (K_CLOSE | K_TERM) != 0 {
                m += 1;
            }
            // A reference mark "[1]" after the period belongs to the sentence it closes.
            if m + 2 < n
                && form(m) == "["
                && toks[m + 1].gap == GAP_NONE
                && toks[m + 2].gap == GAP_NONE
                && form(m + 1).bytes().all(|b| b.is_ascii_digit())
                && form(m + 2) == "]"
            {
                m += 3;
            }
            let glued = |f: &str| {
                let mut c = f.chars();
                let (a, b) = (c.next(), c.next());
                a.is_some_and(char::is_uppercase) && (b.is_none_or(char::is_lowercase))
            };
            if m < n
                && toks[m].gap != GAP_PAR
                && (toks[m].gap != GAP_NONE || t.kind & K_TERM != 0 && glued(form(m)))
            {
                let f = form(m);
                let brk = if t.kind & K_ABBR_END != 0
                    && toks[k + 1..m].iter().all(|x| x.kind & K_TERM == 0)
                {
                    // After "U.S.": a sentence starter, or a quotation opening on a capital.
                    l.starters.contains(f)
                        || toks[m].kind & K_OPEN != 0
                            && toks.get(m + 1).is_some_and(|x| x.gap == GAP_NONE)
                            && first_char(form(m + 1)).is_uppercase()
                } else {
                    starts_sentence(f) || lower_after_period(k)
                };
                if brk {
                    starts.push(m);
                }
            }
            k = m;
            continue;
        }
        // A URL or e-mail address followed by a capitalised word or another address ends a
        // sentence (lists of links).
        if t.end - t.start >= 8
            && k + 1 < n
            && toks[k + 1].gap == GAP_SPACE
            && is_url_or_email(form(k))
            && (first_char(form(k + 1)).is_uppercase() || is_url_or_email(form(k + 1)))
        {
            starts.push(k + 1);
        }
        k += 1;
    }
    starts.dedup();
    let starts = split_inline_headings(&starts, n, &form, toks);
    let mut out = Vec::with_capacity(starts.len());
    for (x, &s) in starts.iter().enumerate() {
        let e = starts.get(x + 1).copied().unwrap_or(n);
        cap_sentence(text, toks, s, e, &mut out);
    }
    out
}

/// Fewest capitalised words a run must have to read as a sub-heading glued to its sentence.
const HEADING_MIN_WORDS: usize = 3;

/// Sub-headings run into the next sentence when a page lost its line breaks ("…in Washington.
/// NOT KIM'S FIRST ABSENCE North Korean officials have denied…"): a sentence that opens with at
/// least [`HEADING_MIN_WORDS`] words in capitals and goes on with a capitalised word in mixed
/// case ("North") is split before that word. Datelines ("WASHINGTON --", "NEW YORK (Reuters)")
/// go on with punctuation and stay whole; all-capitals text has no mixed-case word to split at.
fn split_inline_headings<'t>(
    starts: &[usize],
    n: usize,
    form: &impl Fn(usize) -> &'t str,
    toks: &[Tok],
) -> Vec<usize> {
    let caps_word = |f: &str| {
        let letters = f.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && f.chars().all(|c| !c.is_lowercase())
    };
    // The clitic of "KIM'S" is its own token and belongs to the run.
    let caps_clitic = |f: &str| {
        f.len() <= 4 && f.starts_with(['\'', '\u{2019}']) && f.chars().all(|c| !c.is_lowercase())
    };
    let mixed_case = |f: &str| {
        let mut c = f.chars();
        c.next().is_some_and(char::is_uppercase) && c.any(char::is_lowercase)
    };
    let mut out = Vec::with_capacity(starts.len());
    for (x, &s) in starts.iter().enumerate() {
        out.push(s);
        let e = starts.get(x + 1).copied().unwrap_or(n);
        let mut words = 0;
        let mut k = s;
        while k < e && (caps_word(form(k)) || words > 0 && caps_clitic(form(k))) {
            if caps_word(form(k)) {
                words += 1;
            }
            k += 1;
        }
        if words >= HEADING_MIN_WORDS && k < e && toks[k].gap != GAP_NONE && mixed_case(form(k)) {
            out.push(k);
        }
    }
    out
}

/// Push `[s, e)` as one or more sentences of at most [`MAX_SENTENCE_TOKENS`] tokens.
fn cap_sentence(text: &str, toks: &[Tok], mut s: usize, e: usize, out: &mut Vec<RawSentence>) {
    while e - s > MAX_SENTENCE_TOKENS {
        let hi = s + MAX_SENTENCE_TOKENS;
        let lo = s + MAX_SENTENCE_TOKENS / 2;
        let rank = |k: usize| match &text[toks[k].start as usize..toks[k].end as usize] {
            ";" => 3,
            ":" => 2,
            "," => 1,
            _ => 0,
        };
        let mut best = (0, hi);
        for k in (lo..hi).rev() {
            let r = rank(k);
            if r > best.0 {
                best = (r, k + 1);
                if r == 3 {
                    break;
                }
            }
        }
        // Never split a clitic from its word.
        let mut cut = best.1;
        while cut > s + 1 && toks[cut].kind & K_JOIN != 0 {
            cut -= 1;
        }
        out.push(RawSentence {
            first: s as u32,
            last: cut as u32,
        });
        s = cut;
    }
    if s < e {
        out.push(RawSentence {
            first: s as u32,
            last: e as u32,
        });
    }
}
