//! Page furniture inside a document's text: what a scraped page carries besides the article.
//! One definition for every stage — events code no act in it, attribution takes no statement
//! from it: headline-shaped lines in the body (most words capitalised, no sentence-final
//! punctuation: "ISIS Kills 300 Iraqi Soldiers With Chlorine Gas", "MORE FROM OUR PARTNERS"),
//! related-link lines ("Read more: Islamic State fighters training to fly captured jets"; a
//! block of short unpunctuated titles; "RelatedEbola patient …" with the label glued on; a line
//! that is one short question: "Why has North Korea decided to talk now?").
//! The link labels are data (`data/events/lemmas.tsv`, class `label`), passed in as `is_label`.
//! The HTML reader removes furniture it can see in the markup before extraction; this catches
//! what reaches core as plain text.

use dossier_syntax::{Doc, Sentence};

/// The byte offset where the body starts: the end of the first line that ends as a sentence
/// does (the text's length when none does). Lines before it are headline and standfirst.
pub fn body_start(text: &str) -> usize {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        at += line.len();
        if closed_line(line.trim()) {
            return at;
        }
    }
    text.len()
}

/// Whether a line ends as a sentence does (final punctuation, possibly inside a closing quote or
/// bracket).
pub fn closed_line(line: &str) -> bool {
    let l = line.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ' ']);
    l.ends_with(['.', '!', '?', '\u{2026}', ':'])
}

/// Is sentence `s` of `doc` page furniture? `body_start` is [`body_start`] of `text`;
/// `is_label` says whether lower-case words ("read more") are a link label.
pub fn is_furniture(
    text: &str,
    doc: &Doc,
    s: &Sentence,
    body_start: usize,
    is_label: &dyn Fn(&str) -> bool,
) -> bool {
    let lower = |i: usize| doc.form(text, i).to_lowercase();
    // "Read more: Islamic State fighters training to fly captured jets": a related link.
    if let Some(colon) = s.tokens().take(4).find(|&i| doc.form(text, i) == ":") {
        let label = (s.first as usize..colon)
            .map(lower)
            .collect::<Vec<_>>()
            .join(" ");
        if is_label(&label) {
            return true;
        }
    }
    // The line the sentence starts on, read once for both line rules (`None`: a longer line).
    if let Some(line) = crate::text::short_line(text, s.start as usize, LINK_LINE_MAX) {
        if in_link_list(text, s, &line, body_start, is_label)
            || question_line(text, s, &line, body_start)
        {
            return true;
        }
    }
    if dated_teaser(text, s) {
        return true;
    }
    let toks = s.tokens();
    let mut words = 0;
    let mut caps = 0;
    for i in toks.clone() {
        let w = doc.form(text, i);
        let Some(c0) = w.chars().next() else { continue };
        if !c0.is_alphabetic() {
            continue;
        }
        words += 1;
        if c0.is_uppercase() {
            caps += 1;
        }
    }
    let last = toks
        .rev()
        .map(|i| doc.form(text, i))
        .find(|w| !matches!(*w, "\"" | "'" | "\u{201D}" | "\u{2019}" | ")"));
    // "The New York Times reports:" introduces what follows; a headline never ends in a colon.
    let closed = last.is_some_and(|w| matches!(w, "." | "!" | "?" | "…" | ":"));
    words >= 3 && !closed && caps * 10 >= words * 7
}

/// A line of a related-links block: the sentence's line has no sentence-final punctuation
/// and either a neighbouring line is another such short title ("Video shows Jordanian pilot
/// burned alive by Isis" / "Jordan hangs 2 jihadis after pilot death") or the line opens
/// with a link label glued to a title ("RelatedEbola patient … reportedSyria: Isis publicly
/// whips …"). A title cut short with an ellipsis is still a title ([`truncated`]). Lines
/// before the first closed line (the article's headline) are not a list.
/// The longest line [`in_link_list`] reads as a block of link titles (bytes).
const LINK_LINE_MAX: usize = 1_500;

fn in_link_list(
    text: &str,
    s: &Sentence,
    first_line: &std::ops::Range<usize>,
    body_start: usize,
    is_label: &dyn Fn(&str) -> bool,
) -> bool {
    let end = s.end as usize;
    // Link titles, even glued into one line, are short: a longer line is no link list, and
    // the bound keeps the look-up linear in the text.
    let Some(b) = crate::text::short_line(text, end, LINK_LINE_MAX) else {
        return false;
    };
    let (line_start, line_end) = (first_line.start, b.end);
    let line = text[line_start..line_end].trim();
    // A signed quotation ("“…” — Amira Haddad") is no link title.
    let quoted = |l: &str| l.starts_with(['"', '\u{201C}', '\u{2018}', '\'']);
    let cut = truncated(line);
    if (closed_line(line) && !cut) || quoted(line) {
        return false;
    }
    // The headline and standfirst: no closed line before this one.
    if line_start < body_start {
        return false;
    }
    let first = line.split_whitespace().next().unwrap_or("");
    let glued_label = first
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c.is_uppercase())
        .is_some_and(|(k, _)| {
            k >= 3
                && first[..k].chars().skip(1).all(char::is_lowercase)
                && is_label(&first[..k].to_lowercase())
        });
    // "lRelated North Korea's Kim had ankle surgery, South Korean officials say": a link label
    // as its own word before a capitalised title, a list bullet perhaps rendered as one stray
    // lower-case letter glued to it.
    let own_label = {
        let mut w = line.split_whitespace();
        let (first, next) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
        let mut cs = first.chars();
        let stray = cs.next().is_some_and(|c| c.is_ascii_lowercase())
            && cs.next().is_some_and(char::is_uppercase);
        let label = if stray { &first[1..] } else { first };
        label.len() >= 4
            && label.starts_with(char::is_uppercase)
            && next.starts_with(char::is_uppercase)
            && is_label(&label.to_lowercase())
    };
    if glued_label || own_label {
        return true;
    }
    let short = |l: &str| {
        let n = l.split_whitespace().count();
        (2..=16).contains(&n)
    };
    if !short(line) {
        return false;
    }
    let prev = text[..line_start]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty());
    let next = text[line_end..].lines().find(|l| !l.trim().is_empty());
    [prev, next].into_iter().flatten().any(|l| {
        let l = l.trim();
        // A cut title needs a cut neighbour: one sentence trailing off after a rule line
        // ("* * *") or a heading is prose.
        let title = if cut {
            truncated(l)
        } else {
            !closed_line(l) || truncated(l)
        };
        title && !quoted(l) && short(l)
    })
}

/// A related-story teaser as a news site prints it: a headline with its date glued on in
/// capitals, ending the line ("Airstrike in Somalia Targets Shabab LeaderSEPT. 2, 2014"). The
/// teaser runs from the line's start, or from a full stop glued to the end of a photo caption
/// ("…had died.Airstrike in …"); a sentence that starts inside the teaser is furniture (the
/// splitter may cut it after the month's full stop), the caption before it stays.
fn dated_teaser(text: &str, s: &Sentence) -> bool {
    let start = (s.start as usize).min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    // Where the teaser starts: after the last "lower-case letter, full stop, capital" or
    // "sentence end, closing quotation mark, capital" glued together on the line
    // ("died.Airstrike", "courage.”Hostage"; not "U.S."), else at the line's start.
    let line = &text[line_start..line_end];
    let b = line.as_bytes();
    let closing = "”".as_bytes();
    let end_mark = |c: u8| matches!(c, b'.' | b'?' | b'!');
    let teaser = (1..b.len().saturating_sub(1))
        .rev()
        .find(|&i| {
            b[i + 1].is_ascii_uppercase()
                && (b[i] == b'.' && b[i - 1].is_ascii_lowercase()
                    || b[i] == b'"' && end_mark(b[i - 1])
                    || i >= 3 && b[i - 2..=i] == *closing && end_mark(b[i - 3]))
        })
        .map_or(line_start, |i| line_start + i + 1);
    if start < teaser {
        return false;
    }
    // The line's end, the date's year and day read backwards from it.
    let t = text[teaser..line_end].trim_end();
    let Some((head, year)) = t.rsplit_once(", ") else {
        return false;
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some((head, day)) = head.rsplit_once(' ') else {
        return false;
    };
    if day.is_empty() || day.len() > 2 || !day.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // The month in capitals, glued to the headline's last word.
    let head = head.trim_end_matches('.');
    let caps = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_uppercase())
        .last()
        .map(|(i, _)| i);
    let Some(i) = caps else { return false };
    // "LeaderSEPT": the title's last letter, then the month; find where the month starts.
    (i + 1..head.len().saturating_sub(2))
        .chain(std::iter::once(i))
        .any(|k| {
            head.is_char_boundary(k)
                && k > 0
                && head[..k].ends_with(char::is_alphabetic)
                && crate::dates::is_month_word(&head[k..].to_lowercase())
        })
}

/// A title cut short by the page ("Teen felled with killer punch after picking fight
/// with..."): a carousel of related links ends each line with an ellipsis, so an ellipsis does
/// not close such a line as a full stop would.
fn truncated(line: &str) -> bool {
    line.ends_with("...") || line.ends_with('\u{2026}')
}

/// Most words a line of one question may have to read as a link title or a reader prompt.
const QUESTION_LINE_MAX_WORDS: usize = 14;

/// A line of the body that is one short question and nothing else: a related link ("Why has
/// North Korea decided to talk now?", "Who are Boko Haram?") or a prompt to the reader ("Would
/// you watch the video?"). A question asserts nothing, so no statement or event is taken from
/// it; questions inside a paragraph, inside quotation marks or after a transcript label stay.
fn question_line(
    text: &str,
    s: &Sentence,
    line: &std::ops::Range<usize>,
    body_start: usize,
) -> bool {
    let (start, end) = (s.start as usize, s.end as usize);
    if line.start < body_start || line.end < end {
        return false;
    }
    let whole = text[line.clone()].trim();
    let sentence = text[start..end].trim();
    let words = whole.split_whitespace().count();
    // "WALLACE: Will you accept the outcome?": a transcript turn, its label's question.
    let labelled = whole
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with(':'));
    whole == sentence
        && !labelled
        && whole.ends_with('?')
        && !whole.starts_with(['"', '\u{201C}', '\u{2018}', '\''])
        && (2..=QUESTION_LINE_MAX_WORDS).contains(&words)
}

/// The link labels of the embedded event lexicon (`data/events/lemmas.tsv`, class `label`).
pub fn builtin_label(words: &str) -> bool {
    crate::events::Roles::builtin().lemma_is(words, crate::events::roles::LemmaKind::Label)
}

/// Which of `doc`'s sentences are furniture in the body (after [`body_start`]; the headline
/// lines are the article's own and stay).
pub fn body_furniture(text: &str, doc: &Doc) -> Vec<bool> {
    let body = body_start(text);
    doc.sentences
        .iter()
        .map(|s| (s.start as usize) >= body && is_furniture(text, doc, s, body, &builtin_label))
        .collect()
}
