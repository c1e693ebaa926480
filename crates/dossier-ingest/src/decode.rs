//! Bytes → text: byte-order marks, declared charsets, binary detection, lossy UTF-8.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// Decoded text plus warnings about how it was decoded.
pub(crate) struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

pub(crate) const BINARY: &str = "binary file, not text";

/// Remove a UTF-8 byte-order mark.
pub(crate) fn strip_bom(b: &[u8]) -> &[u8] {
    b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b)
}

fn bom_encoding(b: &[u8]) -> Option<(&'static Encoding, usize)> {
    Encoding::for_bom(b)
}

/// True when the first 8 KiB look like binary data: a NUL byte, or more than 10 % control
/// characters other than tab, newline, carriage return, form feed and escape.
pub(crate) fn looks_binary(b: &[u8]) -> bool {
    let head = &b[..b.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&c| c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    controls * 10 > head.len()
}

/// Decode text input. `declared` is a charset label from the context (an HTML meta tag or an
/// HTTP header); `html` selects the web fallback (windows-1252) for undeclared non-UTF-8.
pub(crate) fn decode(bytes: &[u8], declared: Option<&str>, html: bool) -> Result<Decoded, String> {
    let mut warnings = Vec::new();
    if let Some((enc, bom_len)) = bom_encoding(bytes) {
        let body = &bytes[bom_len..];
        if enc == UTF_16LE || enc == UTF_16BE {
            let (text, had_errors) = enc.decode_without_bom_handling(body);
            if had_errors {
                warnings.push(format!("invalid {} sequences, decoded lossily", enc.name()));
            }
            if looks_binary(text.as_bytes()) {
                return Err(BINARY.to_string());
            }
            return Ok(Decoded {
                text: text.into_owned(),
                warnings,
            });
        }
        return decode_utf8(body, warnings);
    }
    if looks_binary(bytes) {
        return Err(BINARY.to_string());
    }
    let declared_enc = declared
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        // A document cannot declare UTF-16 in ASCII-compatible bytes; HTML says use UTF-8.
        .map(|e| {
            if e == UTF_16LE || e == UTF_16BE {
                UTF_8
            } else {
                e
            }
        });
    match declared_enc {
        Some(enc) if enc != UTF_8 => {
            let (text, had_errors) = enc.decode_without_bom_handling(bytes);
            if had_errors {
                warnings.push(format!("invalid {} sequences, decoded lossily", enc.name()));
            }
            Ok(Decoded {
                text: text.into_owned(),
                warnings,
            })
        }
        Some(_) => decode_utf8(bytes, warnings),
        None => {
            if html && std::str::from_utf8(bytes).is_err() {
                let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
                warnings.push(
                    "not valid UTF-8 and no charset declared, decoded as windows-1252".to_string(),
                );
                return Ok(Decoded {
                    text: text.into_owned(),
                    warnings,
                });
            }
            decode_utf8(bytes, warnings)
        }
    }
}

/// UTF-8, lossily: invalid bytes become U+FFFD and a warning names the first bad offset.
pub(crate) fn decode_utf8(bytes: &[u8], mut warnings: Vec<String>) -> Result<Decoded, String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            warnings,
        }),
        Err(e) => {
            warnings.push(format!(
                "invalid UTF-8 at byte {}, decoded lossily (U+FFFD)",
                e.valid_up_to()
            ));
            Ok(Decoded {
                text: String::from_utf8_lossy(bytes).into_owned(),
                warnings,
            })
        }
    }
}

/// The charset an HTML page declares in its first 4 KiB (`<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`), if any.
pub(crate) fn html_declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map(|e| start + e)
            .unwrap_or(lower.len());
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset=") {
            let rest = &tag[c + 8..];
            let rest = rest
                .iter()
                .position(|&b| b != b'"' && b != b'\'' && b != b' ')
                .map(|i| &rest[i..])
                .unwrap_or(&[]);
            let len = rest
                .iter()
                .position(|&b| matches!(b, b'"' | b'\'' | b' ' | b';' | b'/' | b'>'))
                .unwrap_or(rest.len());
            if len > 0 {
                return Some(String::from_utf8_lossy(&rest[..len]).into_owned());
            }
        }
        from = end.max(start + 1);
        if from >= lower.len() {
            break;
        }
    }
    None
}

/// The encoding named in an XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`).
pub(crate) fn xml_declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = strip_bom(&bytes[..bytes.len().min(512)]);
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = &head[start..];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = find(head, b"?>")?;
    let decl = String::from_utf8_lossy(&head[..end]);
    let at = decl.find("encoding")?;
    let rest = decl[at + 8..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    let close = value.find(quote)?;
    Some(value[..close].to_string())
}

/// The `charset` parameter of a MIME type such as `text/html; charset=ISO-8859-1`.
pub(crate) fn mime_charset(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset"))
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_forms() {
        assert_eq!(
            html_declared_charset(b"<html><head><meta charset=\"ISO-8859-1\">").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            html_declared_charset(
                b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
            )
            .as_deref(),
            Some("windows-1252")
        );
        assert_eq!(html_declared_charset(b"<meta name=viewport>"), None);
        assert_eq!(
            mime_charset("text/html; charset=\"utf-8\"").as_deref(),
            Some("utf-8")
        );
    }

    #[test]
    fn xml_declaration_encoding() {
        assert_eq!(
            xml_declared_encoding(b"<?xml version='1.0' encoding='ISO-8859-1'?><rss>").as_deref(),
            Some("ISO-8859-1")
        );
        assert_eq!(xml_declared_encoding(b"<?xml version=\"1.0\"?><rss>"), None);
        assert_eq!(xml_declared_encoding(b"<rss>"), None);
    }

    #[test]
    fn latin1_declared_is_decoded() {
        let d = decode(b"Caf\xe9 in K\xfcstrin", Some("iso-8859-1"), true).unwrap();
        assert_eq!(d.text, "Café in Küstrin");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf16_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Kyiv said".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&b, None, false).unwrap().text, "Kyiv said");
    }

    #[test]
    fn binary_and_lossy() {
        assert_eq!(
            decode(b"\x7fELF\x02\x01\x01\x00\x00", None, false)
                .err()
                .as_deref(),
            Some(BINARY)
        );
        let d = decode(b"Moscow \xff denied", None, false).unwrap();
        assert_eq!(d.text, "Moscow \u{FFFD} denied");
        assert_eq!(
            d.warnings,
            vec!["invalid UTF-8 at byte 7, decoded lossily (U+FFFD)"]
        );
    }
}
