//! Undo "mojibake": UTF-8 text that some step upstream decoded as Windows-1252 or Latin-1, so
//! that "François" arrives as "FranÃ§ois" and "don’t" as "donâ€™t" (real PolNeAR and web texts
//! carry both, sometimes twice over). Left alone, the tokeniser cuts "FranÃ§ois Hollande" at the
//! "§" and the actors read a person "FranÃ" and a speaker "ois Hollande".
//!
//! The repair is deliberately narrow, so that correct accented text is never touched: a run of
//! characters is re-read as UTF-8 only when its first character is one of the lead bytes that
//! English news mojibake actually shows — `Â`–`Å` (U+0080–U+017F: no-break space, `£`, `é`,
//! `ç`, Latin Extended-A), `â` (U+2000–U+2FFF: curly quotes, dashes, `€`) and `ð` (emoji) — and
//! every following character maps to a UTF-8 continuation byte (0x80–0xBF) in Windows-1252 or
//! Latin-1, and the bytes decode; `Ä`/`Å` before a curly quote stays. "JOSÉ’S", "SÃO PAULO",
//! "Ångström", "Ä’s" and "naïve" stay as written.

use std::borrow::Cow;

/// Windows-1252's characters for the bytes 0x80–0x9F (WHATWG index; the five undefined bytes
/// decode to the C1 control of the same number, as Latin-1 does).
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// The byte a character stood for when UTF-8 bytes were read as Windows-1252 or Latin-1.
fn as_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0x80..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&h| h == c)
        .map(|i| 0x80 + i as u8)
}

/// How many bytes a sequence starting with this lead byte has, for the leads we repair.
fn sequence_len(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xC5 => Some(2),
        0xE2 => Some(3),
        0xF0 => Some(4),
        _ => None,
    }
}

/// One pass: every repairable run decoded once; `None` when nothing changed.
fn repair_once(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Option<String> = None;
    let mut i = 0;
    let mut copied = 0; // chars[..copied] are already in `out`
    while i < chars.len() {
        let decoded = as_byte(chars[i])
            .and_then(sequence_len)
            .filter(|&n| i + n <= chars.len())
            .and_then(|n| {
                let mut bytes = [0u8; 4];
                for (k, &c) in chars[i..i + n].iter().enumerate() {
                    let b = as_byte(c)?;
                    if k > 0 && !(0x80..=0xBF).contains(&b) {
                        return None;
                    }
                    // "Ä’s", "Å“": a capital letter before a curly quote is more likely
                    // written than "Ē" or "Œ" garbled (which costs the rare "đ").
                    if k == 1 && matches!(bytes[0], 0xC4 | 0xC5) && (0x91..=0x94).contains(&b) {
                        return None;
                    }
                    bytes[k] = b;
                }
                let s = std::str::from_utf8(&bytes[..n]).ok()?;
                Some((s.chars().next()?, n))
            });
        match decoded {
            Some((c, n)) => {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                o.extend(&chars[copied..i]);
                o.push(c);
                i += n;
                copied = i;
            }
            None => i += 1,
        }
    }
    let mut o = out?;
    o.extend(&chars[copied..]);
    Some(o)
}

/// Repair mojibake, at most twice (text encoded wrongly two times over); borrowed when the text
/// has no candidate lead character at all, which is the case for nearly all text.
pub fn repair(text: &str) -> Cow<'_, str> {
    let candidate = |c: char| matches!(c, '\u{00C2}'..='\u{00C5}' | '\u{00E2}' | '\u{00F0}');
    if !text.chars().any(candidate) {
        return Cow::Borrowed(text);
    }
    let Some(once) = repair_once(text) else {
        return Cow::Borrowed(text);
    };
    Cow::Owned(repair_once(&once).unwrap_or(once))
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn single_mojibake_is_undone() {
        assert_eq!(
            repair("French President FranÃ§ois Hollande said"),
            "French President François Hollande said"
        );
        assert_eq!(
            repair("â€œWe donâ€™t know,â€\u{9D} he said â€” again."),
            "\u{201C}We don\u{2019}t know,\u{201D} he said \u{2014} again."
        );
        assert_eq!(repair("a Â£5m fee"), "a £5m fee");
        assert_eq!(repair("Ã‰lysÃ©e"), "Élysée");
        assert_eq!(repair("smile ðŸ˜€"), "smile \u{1F600}");
        assert_eq!(repair("Lech WaÅ‚Ä™sa"), "Lech Wałęsa");
    }

    #[test]
    fn double_mojibake_is_undone() {
        assert_eq!(repair("FranÃƒÂ§ois"), "François");
        // Latin-1 decoding keeps the C1 control where Windows-1252 has "ƒ".
        assert_eq!(
            repair("Fran\u{00C3}\u{0083}\u{00C2}\u{00A7}ois"),
            "François"
        );
    }

    #[test]
    fn correct_text_is_left_alone() {
        for text in [
            "José’s café in São Paulo",
            "SÃO PAULO, Brazil",
            "JOSÉ’S ARREST",
            "Ångström, naïve, Ä’s",
            "Âge d’or",
            "Iran said. “No,” he said — again.",
            "Â",
            "â€",
        ] {
            assert_eq!(repair(text), text, "{text}");
        }
    }
}
