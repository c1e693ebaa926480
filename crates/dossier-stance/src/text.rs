//! Tokens, stems and stopwords shared by training and inference.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const STOPWORDS_TSV: &str = include_str!("../data/stopwords.tsv");

fn stopwords() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        STOPWORDS_TSV
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

fn stemmer() -> &'static Stemmer {
    static S: OnceLock<Stemmer> = OnceLock::new();
    S.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// Is this lowercase word a function word?
pub fn is_stopword(w: &str) -> bool {
    stopwords().contains(w)
}

/// Lowercase words of `text`: runs of alphanumerics, with internal apostrophes dropped;
/// a contracted negation ("isn't", "don’t") yields its base and "not".
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        if cur.is_empty() {
            return;
        }
        if let Some(base) = cur.strip_suffix("n't") {
            let base = if base == "ca" || base == "wo" {
                base.to_string() + "n"
            } else {
                base.to_string()
            };
            if !base.is_empty() {
                out.push(base);
            }
            out.push("not".to_string());
        } else if cur.contains('\'') {
            // possessive or other clitic: keep the part before the apostrophe
            let head = cur.split('\'').next().unwrap_or("");
            if !head.is_empty() {
                out.push(head.to_string());
            }
        } else {
            out.push(std::mem::take(cur));
        }
        cur.clear();
    };
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if (c == '\'' || c == '’')
            && !cur.is_empty()
            && chars.peek().is_some_and(|n| n.is_alphanumeric())
        {
            cur.push('\'');
        } else {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Snowball (Porter 2) English stem of a lowercase word.
pub fn stem(w: &str) -> String {
    stemmer().stem(w).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_and_possessives() {
        assert_eq!(
            words("Iran's envoy didn't confirm it; Moscow can't."),
            vec!["iran", "envoy", "did", "not", "confirm", "it", "moscow", "can", "not"]
        );
        assert_eq!(
            words("The IRGC’s chief won’t"),
            vec!["the", "irgc", "chief", "won", "not"]
        );
    }

    #[test]
    fn stems_and_stopwords() {
        assert_eq!(stem("missiles"), "missil");
        assert!(is_stopword("the"));
        assert!(!is_stopword("not"));
    }
}
