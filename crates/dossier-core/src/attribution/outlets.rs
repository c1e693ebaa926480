//! News outlets named in speaker phrases the actor layer took for people: "The Lebanese
//! newspaper As-Safir reported", "As-Safir said" after it, "Yisrael Hayom quotes a source".
//! The medium nouns are data (`data/cues/outlet_nouns.tsv`).

use super::*;

/// Words of `text[s..e]` as byte ranges, surrounding punctuation trimmed.
fn word_spans(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = s;
    for w in text[s..e].split_whitespace() {
        let at = pos + text[pos..e].find(w).unwrap_or(0);
        pos = at + w.len();
        let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !core.is_empty() {
            out.push((at + lead, at + lead + core.len()));
        }
    }
    out
}

/// Does the lowercase text before a name end with a medium noun ("the Iraqi paper,")?
fn ends_with_medium(before: &str) -> bool {
    let lex = Lexicon::get();
    let trimmed =
        before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '"' | '“' | '('));
    // Only the last words matter: lower-casing the whole prefix made a long text quadratic.
    let mut from = trimmed.len().saturating_sub(64);
    while !trimmed.is_char_boundary(from) {
        from -= 1;
    }
    let b = trimmed[from..].to_lowercase();
    lex.outlet_nouns.iter().any(|n| {
        b.strip_suffix(n.as_str())
            .is_some_and(|r| r.is_empty() || r.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

/// Is a speaker phrase (lowercase words) headed by a medium noun of `outlet_nouns.tsv`, read up
/// to its first preposition, a plural noun taken in the singular ("Iraqi news outlets", "an
/// Iraqi paper", "Israeli media")?
pub(super) fn headed_by_medium(words: &[String]) -> bool {
    let head: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "for" | "at" | "from" | "with" | "in" | "on" | "by"
            )
        })
        .collect();
    let Some((last, before)) = head.split_last() else {
        return false;
    };
    let sing = last.strip_suffix('s').unwrap_or(last);
    Lexicon::get().outlet_nouns.iter().any(|n| {
        let mut ns: Vec<&str> = n.split(' ').collect();
        let Some(n_last) = ns.pop() else {
            return false;
        };
        (n_last == *last || n_last == sing)
            && before.len() >= ns.len()
            && before[before.len() - ns.len()..] == ns[..]
    })
}

fn capitalised(w: &str) -> bool {
    // "As-Safir", "al-Sabah": a capital in the first letter or right after a hyphen.
    w.starts_with(char::is_uppercase)
        || w.split_once('-')
            .is_some_and(|(a, b)| a.len() <= 3 && b.starts_with(char::is_uppercase))
}

/// The byte range of the outlet name a speaker phrase `text[s..e]` names, if any: a capitalised
/// name right after a medium noun in the phrase ("the Lebanese newspaper As-Safir"); or a bare
/// capitalised name that the text elsewhere puts right after a medium noun ("the Iraqi paper,
/// al-Sabah") or that quotes or cites a source ("Yisrael Hayom quotes a senior source"). A name
/// opening with a common given name stays a person. A name may open with a lower-case particle
/// of the pipeline's lexicon `names` ("the Iraqi newspaper al Sabaah").
pub(super) fn outlet_in_phrase(
    text: &str,
    s: usize,
    e: usize,
    names: &crate::lexicon::Lexicon,
) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    let words = word_spans(text, s, e);
    // The medium noun is in lowercase: a capitalised one is part of a name ("Daily News").
    let lower_before = |a: usize| {
        let b = text[s..a].trim_end_matches(|c: char| !c.is_alphanumeric());
        b.rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
    };
    if let Some(i) = words
        .iter()
        .rposition(|&(a, _)| ends_with_medium(&text[s..a]) && lower_before(a))
    {
        let rest = &words[i..];
        let particle = rest.len() >= 2 && names.is_particle(&text[rest[0].0..rest[0].1]);
        if rest.len() <= 4
            && rest
                .iter()
                .skip(usize::from(particle))
                .all(|&(a, b)| capitalised(&text[a..b]))
        {
            return Some((rest[0].0, rest[rest.len() - 1].1));
        }
    }
    let first = words.first()?;
    let skip = usize::from(text[first.0..first.1].eq_ignore_ascii_case("the"));
    let name = &words[skip..];
    if name.is_empty()
        || name.len() > 4
        || !name.iter().all(|&(a, b)| capitalised(&text[a..b]))
        || lex
            .given_names
            .contains_key(&text[name[0].0..name[0].1].to_lowercase())
    {
        return None;
    }
    let (ns, ne) = (name[0].0, name[name.len() - 1].1);
    let after = text[ne..].trim_start();
    if ["quotes ", "cites "].iter().any(|w| after.starts_with(w)) {
        return Some((ns, ne));
    }
    let whole = |a: usize, b: usize| {
        !text[..a].ends_with(char::is_alphanumeric) && !text[b..].starts_with(char::is_alphanumeric)
    };
    // "Elsewhere" is the article around the phrase: a window of [`ELSEWHERE`] bytes each side
    // (a whole news article), which also keeps a huge document linear — searching all of a
    // 0.9 MB text once per speaker phrase made 400 joined bodies 5× slower than apart.
    let mut lo = s.saturating_sub(ELSEWHERE);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (e + ELSEWHERE).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    find_ascii_case_insensitive(&text[lo..hi], &text[ns..ne])
        .map(|(a, b)| (lo + a, lo + b))
        .any(|(a, b)| whole(a, b) && ends_with_medium(&text[..a]))
        .then_some((ns, ne))
}

/// How far from a speaker phrase [`outlet_in_phrase`] looks for the same name after a medium
/// noun (bytes, each side).
const ELSEWHERE: usize = 32 * 1024;

/// The non-overlapping matches of `needle` in `text`, left to right, ASCII letters matched
/// case-insensitively: what a one-pattern `ascii_case_insensitive` aho-corasick automaton finds,
/// without building one per call (that build was ~3 % of extraction CPU on short documents).
/// Matches fall on char boundaries: `needle` is a `str`, so it starts and ends with whole chars.
fn find_ascii_case_insensitive<'a>(
    text: &'a str,
    needle: &'a str,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let (t, n) = (text.as_bytes(), needle.as_bytes());
    let mut at = 0;
    std::iter::from_fn(move || {
        if n.is_empty() {
            return None;
        }
        while at + n.len() <= t.len() {
            if t[at..at + n.len()].eq_ignore_ascii_case(n) {
                let m = (at, at + n.len());
                at = m.1;
                return Some(m);
            }
            at += 1;
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outlet(text: &str, phrase: &str) -> Option<String> {
        let s = text.find(phrase).unwrap();
        outlet_in_phrase(
            text,
            s,
            s + phrase.len(),
            crate::lexicon::Lexicon::embedded(),
        )
        .map(|(a, b)| text[a..b].to_string())
    }

    #[test]
    fn the_name_search_folds_ascii_case_and_does_not_overlap() {
        let t = "Al-Ghad said; the daily AL-GHAD and al-ghad, not Al-Ghadir. ééAl";
        let found: Vec<&str> = find_ascii_case_insensitive(t, "Al-Ghad")
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(found, ["Al-Ghad", "AL-GHAD", "al-ghad", "Al-Ghad"]);
        // Non-overlapping, as the automaton it replaces: "aaa" holds one "aa".
        assert_eq!(find_ascii_case_insensitive("aaa", "AA").count(), 1);
        // Only ASCII folds: "É" is not "é".
        assert_eq!(find_ascii_case_insensitive("ÉTAT état", "état").count(), 1);
        assert_eq!(find_ascii_case_insensitive("text", "").count(), 0);
    }

    #[test]
    fn medium_noun_before_a_name_makes_an_outlet() {
        let t = "The Jordanian daily Al-Ghad reported the border had closed.";
        assert_eq!(
            outlet(t, "The Jordanian daily Al-Ghad").as_deref(),
            Some("Al-Ghad")
        );
        let t = "State broadcaster NHK said the launch failed.";
        assert_eq!(outlet(t, "State broadcaster NHK").as_deref(), Some("NHK"));
        // A medium noun not right before the name: a person working there.
        let t = "Newspaper columnist Daniel Ortega said the vote was rigged.";
        assert_eq!(outlet(t, "Newspaper columnist Daniel Ortega"), None);
        // Not a news medium: an intelligence agency.
        let t = "The intelligence agency Mossad said nothing.";
        assert_eq!(outlet(t, "The intelligence agency Mossad"), None);
    }

    #[test]
    fn an_outlet_name_may_open_with_a_particle() {
        let t =
            "The pro-government Iraqi newspaper al Mada reported that the dam had been retaken.";
        assert_eq!(
            outlet(t, "The pro-government Iraqi newspaper al Mada").as_deref(),
            Some("al Mada")
        );
        // A lower-case word that is no particle: a person working at the paper.
        let t = "The Kuwaiti newspaper editor Saad Ali said the talks had stalled.";
        assert_eq!(outlet(t, "The Kuwaiti newspaper editor Saad Ali"), None);
    }

    #[test]
    fn a_bare_name_is_an_outlet_where_the_text_says_so() {
        let t =
            "A report in the Turkish paper, Hurriyet, was denied. Hurriyet said the talks failed.";
        let s = t.rfind("Hurriyet").unwrap();
        assert_eq!(
            outlet_in_phrase(t, s, s + 8, crate::lexicon::Lexicon::embedded())
                .map(|(a, b)| &t[a..b]),
            Some("Hurriyet")
        );
        let t = "Maariv quotes a senior Egyptian official as saying the crossing will open.";
        assert_eq!(outlet(t, "Maariv").as_deref(), Some("Maariv"));
        // A person's name stays a person.
        let t = "Sarah Cohen quotes a senior official as saying the crossing will open.";
        assert_eq!(outlet(t, "Sarah Cohen"), None);
        let t = "Hurriyet Demir said the talks failed.";
        assert_eq!(outlet(t, "Hurriyet Demir"), None);
    }
}
