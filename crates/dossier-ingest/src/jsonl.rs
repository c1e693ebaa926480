//! JSON Lines: one document per line, read line by line (memory flat in the file size).

use std::io::{BufRead, ErrorKind, Read};

use dossier_core::DocumentHeader;
use serde_json::Value;

use crate::{decode, emit_doc, set_published, Input, Item, Options, Origin};

/// What one bounded line read produced.
enum Line {
    /// The line's bytes (without the newline).
    Data,
    /// The line was longer than the cap; its full length in bytes.
    TooLong(u64),
    Eof,
}

/// Read one line into `buf`, holding at most `cap` bytes; longer lines are skipped to their
/// end without being stored.
fn read_line(r: &mut dyn BufRead, buf: &mut Vec<u8>, cap: usize) -> std::io::Result<Line> {
    buf.clear();
    let mut total: u64 = 0;
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match memchr_nl(chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        total += take as u64;
        if !too_long {
            if buf.len() + take > cap {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        let consumed = if done { take + 1 } else { take };
        r.consume(consumed);
        if done {
            break;
        }
    }
    if !any {
        return Ok(Line::Eof);
    }
    if too_long {
        return Ok(Line::TooLong(total));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Line::Data)
}

fn memchr_nl(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

/// JSON Lines, or a whole JSON document when the input is named `*.json` (one object or an
/// array), or starts with `[` and is not named as JSON Lines (`*.jsonl`, `*.ndjson`: there a
/// stray `[` line is one bad line, not a reason to read the file as one array). Whole documents are held in memory (at most
/// 4 × `max_doc_bytes`); array elements are numbered from 1 in the origin.
pub(crate) fn read(input: &mut Input<'_>, opts: &Options, sink: &mut dyn FnMut(Item)) {
    let head = input
        .reader
        .fill_buf()
        .map(|h| h.to_vec())
        .unwrap_or_default();
    let first = decode::strip_bom(&head)
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .copied();
    let lower = input.name.to_ascii_lowercase();
    let json_name = lower.ends_with(".json") || lower.ends_with(".json.gz");
    let lines_name = [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"]
        .iter()
        .any(|ext| lower.ends_with(ext));
    if json_name || (first == Some(b'[') && !lines_name) {
        read_whole(input, opts, sink);
    } else {
        read_lines(input, opts, sink);
    }
}

fn read_whole(input: &mut Input<'_>, opts: &Options, sink: &mut dyn FnMut(Item)) {
    let cap = opts.file_cap();
    let mut bytes = Vec::new();
    if let Err(e) = (&mut input.reader)
        .take(cap as u64 + 1)
        .read_to_end(&mut bytes)
    {
        let reason = input.error_reason(&e);
        sink(Item::Rejected {
            origin: Origin::file(input.name),
            reason,
        });
        return;
    }
    if bytes.len() > cap {
        sink(Item::Rejected {
            origin: Origin::file(input.name),
            reason: format!(
                "JSON document is over {cap} bytes (4 × max_doc_bytes); use JSON Lines for large inputs"
            ),
        });
        return;
    }
    let parsed = match std::str::from_utf8(decode::strip_bom(&bytes)) {
        Ok(text) => parse_lossy(text, &Origin::file(input.name), sink),
        Err(_) => serde_json::from_slice(decode::strip_bom(&bytes)),
    };
    let value: Value = match parsed {
        Ok(v) => v,
        Err(e) => {
            sink(Item::Rejected {
                origin: Origin::file(input.name),
                reason: format!("invalid JSON: {e}"),
            });
            return;
        }
    };
    match value {
        Value::Array(items) => {
            if items.is_empty() {
                sink(Item::Rejected {
                    origin: Origin::file(input.name),
                    reason: "empty JSON array".to_string(),
                });
            }
            for (i, v) in items.into_iter().enumerate() {
                object_record(v, Origin::at(input.name, i as u64 + 1), opts, sink);
            }
        }
        v => object_record(v, Origin::file(input.name), opts, sink),
    }
}

fn read_lines(input: &mut Input<'_>, opts: &Options, sink: &mut dyn FnMut(Item)) {
    let cap = opts.file_cap();
    let mut buf = Vec::new();
    let mut lineno: u64 = 0;
    let mut any_record = false;
    loop {
        let res = read_line(&mut input.reader, &mut buf, cap);
        lineno += 1;
        let origin = Origin::at(input.name, lineno);
        match res {
            Err(e) => {
                let reason = input.error_reason(&e);
                sink(Item::Rejected { origin, reason });
                return;
            }
            Ok(Line::Eof) => break,
            Ok(Line::TooLong(n)) => {
                any_record = true;
                sink(Item::Rejected {
                    origin,
                    reason: format!(
                        "line is {n} bytes, over the limit of {cap} bytes (4 × max_doc_bytes)"
                    ),
                });
            }
            Ok(Line::Data) => {
                let mut line: &[u8] = &buf;
                if lineno == 1 {
                    line = decode::strip_bom(line);
                }
                if line.iter().all(|b| b.is_ascii_whitespace()) {
                    continue;
                }
                any_record = true;
                record(line, origin, opts, sink);
            }
        }
    }
    if !any_record {
        sink(Item::Rejected {
            origin: Origin::file(input.name),
            reason: "no JSON lines".to_string(),
        });
    }
}

fn record(line: &[u8], origin: Origin, opts: &Options, sink: &mut dyn FnMut(Item)) {
    let lossy;
    let text_line: &str = match std::str::from_utf8(line) {
        Ok(s) => s,
        Err(e) => {
            sink(Item::Warning {
                origin: origin.clone(),
                reason: format!(
                    "invalid UTF-8 at byte {} of the line, decoded lossily (U+FFFD)",
                    e.valid_up_to()
                ),
            });
            lossy = String::from_utf8_lossy(line).into_owned();
            &lossy
        }
    };
    let value: Value = match parse_lossy(text_line, &origin, sink) {
        Ok(v) => v,
        Err(e) => {
            sink(Item::Rejected {
                origin,
                reason: format!("invalid JSON: {}", json_error(&e)),
            });
            return;
        }
    };
    object_record(value, origin, opts, sink);
}

/// Parse `text`; if that fails and it holds unpaired UTF-16 surrogate escapes (`"\ud800"`,
/// which Python's `json.dumps` writes for strings with lone surrogates), parse it again with
/// each of them replaced by U+FFFD, and warn, as invalid UTF-8 is handled.
fn parse_lossy(
    text: &str,
    origin: &Origin,
    sink: &mut dyn FnMut(Item),
) -> Result<Value, serde_json::Error> {
    let err = match serde_json::from_str(text) {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    let (fixed, n) = replace_lone_surrogates(text);
    if n == 0 {
        return Err(err);
    }
    let value = serde_json::from_str(&fixed).map_err(|_| err)?;
    sink(Item::Warning {
        origin: origin.clone(),
        reason: format!(
            "{n} unpaired UTF-16 surrogate escape{} (e.g. \\ud800) decoded lossily (U+FFFD)",
            if n == 1 { "" } else { "s" }
        ),
    });
    Ok(value)
}

/// `text` with every `\uXXXX` escape of an unpaired surrogate replaced by `\ufffd`, and how
/// many were replaced. Escaped backslashes (`\\u…`) are left alone; pairs are kept.
fn replace_lone_surrogates(text: &str) -> (String, usize) {
    fn escape_at(b: &[u8], i: usize) -> Option<u16> {
        if b.get(i) != Some(&b'\\') || b.get(i + 1) != Some(&b'u') {
            return None;
        }
        let hex = std::str::from_utf8(b.get(i + 2..i + 6)?).ok()?;
        u16::from_str_radix(hex, 16).ok()
    }
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut n = 0;
    let mut i = 0;
    let mut start = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        match escape_at(b, i) {
            Some(0xD800..=0xDBFF) if matches!(escape_at(b, i + 6), Some(0xDC00..=0xDFFF)) => {
                i += 12
            }
            Some(0xD800..=0xDFFF) => {
                out.push_str(&text[start..i]);
                out.push_str("\\ufffd");
                n += 1;
                i += 6;
                start = i;
            }
            Some(_) => i += 6,
            // Any other escape (`\\`, `\"`, `\n` …): skip both characters.
            None => i += 2,
        }
    }
    out.push_str(&text[start..]);
    (out, n)
}

/// One parsed JSON value: an object with a string `text` becomes a document.
fn object_record(value: Value, origin: Origin, opts: &Options, sink: &mut dyn FnMut(Item)) {
    let Value::Object(obj) = value else {
        sink(Item::Rejected {
            origin,
            reason: "not a JSON object".to_string(),
        });
        return;
    };
    let text = match obj.get("text") {
        None | Some(Value::Null) => {
            sink(Item::Rejected {
                origin,
                reason: "missing \"text\"".to_string(),
            });
            return;
        }
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            sink(Item::Rejected {
                origin,
                reason: "\"text\" is not a string".to_string(),
            });
            return;
        }
    };
    let mut header = DocumentHeader::default();
    let mut published_raw = None;
    for (k, v) in obj {
        match (k.as_str(), v) {
            ("text", _) => {}
            (_, Value::Null) if matches!(k.as_str(), "title" | "url" | "outlet" | "published") => {}
            ("title", Value::String(s)) => header.title = non_empty(s),
            ("url", Value::String(s)) => header.url = non_empty(s),
            ("outlet", Value::String(s)) => header.outlet = non_empty(s),
            ("published", Value::String(s)) => published_raw = Some(s),
            ("published", Value::Number(n)) => match epoch(&n) {
                Some(d) => header.published = Some(d),
                None => published_raw = Some(n.to_string()),
            },
            (_, v) => {
                header.meta.insert(k, v);
            }
        }
    }
    if let Some(raw) = published_raw {
        set_published(&mut header, &raw, &origin, sink);
    }
    if text.trim().is_empty() {
        sink(Item::Rejected {
            origin,
            reason: "empty \"text\"".to_string(),
        });
        return;
    }
    emit_doc(origin, &text, header, opts, sink);
}

/// A Unix timestamp in seconds (or milliseconds, when too large for seconds) as RFC 3339.
fn epoch(n: &serde_json::Number) -> Option<String> {
    let v = n.as_i64()?;
    let secs = if v > 100_000_000_000 { v / 1000 } else { v };
    let dt = chrono::DateTime::from_timestamp(secs, 0)?;
    crate::normalize_date(&dt.to_rfc3339())
}

/// serde_json's message without its "at line 1 column N" (the line is in the origin).
fn json_error(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(i) => format!("{} at column {}", &msg[..i], e.column()),
        None => msg,
    }
}

fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}
