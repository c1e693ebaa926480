//! One loader for the embedded word lists of `data/syntax/` that the repairs read: a
//! [`WordList`] is a `static` over an `include_str!`, parsed once (blank lines and `# `
//! comments dropped, see [`crate::tokenize::data_lines`]) on first use.

use std::sync::OnceLock;

/// A word list embedded at build time, one entry a line, read lazily.
pub(crate) struct WordList {
    src: &'static str,
    words: OnceLock<Vec<&'static str>>,
}

impl WordList {
    /// The list of an embedded file's text (`include_str!`).
    pub(crate) const fn new(src: &'static str) -> Self {
        WordList {
            src,
            words: OnceLock::new(),
        }
    }

    /// The entries, in file order.
    pub(crate) fn words(&self) -> &[&'static str] {
        self.words
            .get_or_init(|| crate::tokenize::data_lines(self.src).collect())
    }

    /// Whether `word` is an entry, as written (the lists are lower case).
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words().contains(&word)
    }

    /// Whether `form`, lower-cased, is an entry.
    pub(crate) fn contains_lower(&self, form: &str) -> bool {
        self.contains(&form.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::WordList;

    #[test]
    fn list_skips_comments_and_blank_lines_and_matches_any_case() {
        static LIST: WordList = WordList::new("# header\nsaid\n\nwarned\r\n");
        assert_eq!(LIST.words(), ["said", "warned"]);
        assert!(LIST.contains("warned"));
        assert!(!LIST.contains("Warned"));
        assert!(LIST.contains_lower("Warned"));
        assert!(!LIST.contains_lower("header"));
    }
}
