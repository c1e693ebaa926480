//! Tokens: the word and punctuation tokens the patterns read, one sentence at a time.
//!
//! Words keep inner apostrophes, hyphens and periods ("U.S.", "Gen.", "J. Smith", "al-Baghdadi"); every other
//! non-space character is a token of its own. Spans are byte offsets into the document text.

use super::*;

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) word: bool,
}

pub(super) const TITLE_ABBREVS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Brig", "Adm", "Capt", "Maj",
    "Sgt", "Prof", "Jr", "Sr", "St", "Amb", "Pres", "Det",
];

/// The tokens of `text[start..end]`; `names` (the pipeline's actor lexicon, a `--lexicon`
/// overlay included) says which words are given names, before which a capital and a period
/// are a middle initial ("Jane R. Doe").
pub(super) fn tokenize(
    text: &str,
    start: usize,
    end: usize,
    names: &crate::lexicon::Lexicon,
) -> Vec<Tok> {
    let slice = &text[start..end];
    if slice.is_ascii() {
        // Every byte is a char: index the bytes, no decoded copy.
        let b = slice.as_bytes();
        tokenize_with(slice, start, b.len(), names, |i| (i, char::from(b[i])))
    } else {
        let chars: Vec<(usize, char)> = slice.char_indices().collect();
        tokenize_with(slice, start, chars.len(), names, |i| chars[i])
    }
}

/// The tokenizer over `n` chars of `slice`, the i-th given by `at` as (byte offset, char).
pub(super) fn tokenize_with(
    slice: &str,
    start: usize,
    n: usize,
    names: &crate::lexicon::Lexicon,
    at: impl Fn(usize) -> (usize, char),
) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let (p, c) = at(i);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let s = p;
            let mut j = i + 1;
            while j < n {
                let cj = at(j).1;
                let next_alnum = j + 1 < n && at(j + 1).1.is_alphanumeric();
                if cj.is_alphanumeric()
                    || (matches!(cj, '\'' | '’' | '-' | '.' | '&') && next_alnum)
                {
                    j += 1;
                } else if cj == '.' {
                    // "U.S." and "Gen." keep their final period.
                    let w = &slice[s..at(j).0];
                    let initials = w.contains('.');
                    // A middle initial keeps its period: "Donald J. Trump", "Leonard E. Burman"
                    // (a capital letter between two capitalised words; not "wrote on X. Then").
                    // The word before must be a given name ("Jane R. Doe"; not "Plan B. Officials
                    // said").
                    let after_name = out.last().is_some_and(|k: &Tok| {
                        k.word
                            && k.e == start + p - 1
                            && slice[k.s - start..]
                                .chars()
                                .next()
                                .is_some_and(char::is_uppercase)
                            && names.is_given_name(&slice[k.s - start..k.e - start].to_lowercase())
                    });
                    let middle = after_name
                        && w.len() == 1
                        && w.chars().all(|c| c.is_ascii_uppercase())
                        && j + 2 < n
                        && at(j + 1).1 == ' '
                        && at(j + 2).1.is_uppercase();
                    if initials || middle || TITLE_ABBREVS.contains(&w) {
                        j += 1;
                    }
                    break;
                } else {
                    break;
                }
            }
            let e = if j < n { at(j).0 } else { slice.len() };
            out.push(Tok {
                s: start + s,
                e: start + e,
                word: true,
            });
            i = j;
        } else {
            out.push(Tok {
                s: start + p,
                e: start + p + c.len_utf8(),
                word: false,
            });
            i += 1;
        }
    }
    out
}

/// The token in lower case, except an acronym that spells a function word in capitals
/// (`data/cues/acronyms.tsv`: "the WHO said" is not the relative pronoun), kept as written.
pub(super) fn lower(text: &str, t: &Tok) -> String {
    let w = &text[t.s..t.e];
    if w.len() >= 2
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && super::lexicon::Lexicon::get()
            .acronyms
            .iter()
            .any(|a| a == w)
    {
        return w.to_string();
    }
    w.to_lowercase()
}

pub(super) fn is_cap(text: &str, t: &Tok) -> bool {
    t.word
        && text[t.s..t.e]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Is `t` a name written with a lower-case particle before a hyphen ("al-Hassan", "el-Sisi";
/// `words.tsv` `particle`)? Such a name opens with a small letter but is as proper as a
/// capitalised one.
pub(super) fn particle_name(text: &str, t: &Tok, names: &crate::lexicon::Lexicon) -> bool {
    t.word && names.after_particle(&text[t.s..t.e]).is_some()
}

impl Attributor<'_> {
    pub(super) fn sentence_tokens(&self, si: usize) -> Vec<Tok> {
        let s = &self.sentences[si];
        tokenize(self.text, s.start, s.end, self.actor_lex)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_particle_name(w: &str) -> bool {
        let text = format!("{w} said");
        let lex = crate::lexicon::Lexicon::embedded();
        let toks = tokenize(&text, 0, text.len(), lex);
        particle_name(&text, &toks[0], lex)
    }

    #[test]
    fn a_name_after_a_particle_is_a_name_and_a_prefix_is_not() {
        assert!(is_particle_name("al-Hassan"));
        assert!(is_particle_name("el-Sisi"));
        // A prefix before a capital is no particle, and a particle before a small letter
        // opens no name.
        assert!(!is_particle_name("pro-Kremlin"));
        assert!(!is_particle_name("anti-Western"));
        assert!(!is_particle_name("al-qaeda"));
        assert!(!is_particle_name("Hassan"));
    }
}
