//! WARC archives (ISO 28500, versions 0.18–1.1), read record by record.
//!
//! HTTP `response` records (and `resource` records) whose payload is HTML go through the same
//! HTML path as pages on disk; the URL comes from `WARC-Target-URI` and `WARC-Date` is the
//! publication date when the page states none. Request, metadata, warcinfo and non-HTML records
//! are skipped silently. Origins carry the 1-based record number. A record cut short ends the
//! file with one rejection; the records before it are kept.

use std::io::{self, BufRead, Read};

use crate::{decode, html, Input, Item, Options, Origin};

struct Record {
    headers: Vec<(String, String)>,
    block: Vec<u8>,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Read one line (up to 64 KiB) as bytes, without the line ending. `None` at end of input.
fn header_line(r: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<Option<()>> {
    buf.clear();
    let n = r.take(64 * 1024).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(None);
    }
    while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        buf.pop();
    }
    Ok(Some(()))
}

pub(crate) fn read(input: &mut Input<'_>, opts: &Options, sink: &mut dyn FnMut(Item)) {
    let mut emitted = 0usize;
    let records = read_records(input, opts, &mut |item| {
        emitted += 1;
        sink(item)
    });
    if emitted == 0 {
        sink(Item::Warning {
            origin: Origin::file(input.name),
            reason: format!("no HTML response records among {records} WARC records"),
        });
    }
}

/// Read every record; returns how many were seen.
fn read_records(input: &mut Input<'_>, opts: &Options, sink: &mut dyn FnMut(Item)) -> u64 {
    let cap = opts.file_cap();
    let mut line = Vec::new();
    let mut recno: u64 = 0;
    loop {
        // Skip the blank lines that end the previous record.
        let first = loop {
            match header_line(&mut input.reader, &mut line) {
                Ok(None) => return recno,
                Ok(Some(())) if line.is_empty() => continue,
                Ok(Some(())) => break line.clone(),
                Err(e) => {
                    let reason = input.error_reason(&e);
                    sink(Item::Rejected {
                        origin: Origin::at(input.name, recno + 1),
                        reason,
                    });
                    return recno;
                }
            }
        };
        recno += 1;
        let origin = Origin::at(input.name, recno);
        if !first.starts_with(b"WARC/") {
            sink(Item::Rejected {
                origin,
                reason: "not a WARC record (expected a \"WARC/1.x\" line), rest of file skipped"
                    .to_string(),
            });
            return recno;
        }
        let mut headers = Vec::new();
        loop {
            match header_line(&mut input.reader, &mut line) {
                Ok(Some(())) if line.is_empty() => break,
                Ok(Some(())) => {
                    let l = String::from_utf8_lossy(&line);
                    if let Some((k, v)) = l.split_once(':') {
                        headers.push((k.trim().to_string(), v.trim().to_string()));
                    }
                }
                Ok(None) => {
                    sink(Item::Rejected {
                        origin,
                        reason: "truncated WARC record: input ends inside the headers".to_string(),
                    });
                    return recno;
                }
                Err(e) => {
                    let reason = input.error_reason(&e);
                    sink(Item::Rejected { origin, reason });
                    return recno;
                }
            }
        }
        let rec = Record {
            headers,
            block: Vec::new(),
        };
        let Some(len) = rec
            .header("Content-Length")
            .and_then(|v| v.parse::<u64>().ok())
        else {
            sink(Item::Rejected {
                origin,
                reason: "WARC record without a valid Content-Length, rest of file skipped"
                    .to_string(),
            });
            return recno;
        };
        if len > cap as u64 {
            // Too big to hold. Look at the start to tell an oversized page (worth a rejection)
            // from a video or PDF (skipped silently, like any non-HTML record).
            let mut prefix = Vec::new();
            let head = len.min(16 * 1024);
            let read = (&mut input.reader)
                .take(head)
                .read_to_end(&mut prefix)
                .and_then(|_| {
                    io::copy(
                        &mut (&mut input.reader).take(len - prefix.len() as u64),
                        &mut io::sink(),
                    )
                });
            match read {
                Ok(n) if n + prefix.len() as u64 == len => {
                    if holds_html(&rec, &prefix) {
                        sink(Item::Rejected {
                            origin,
                            reason: format!(
                                "record is {len} bytes, over the limit of {cap} bytes (4 × max_doc_bytes)"
                            ),
                        });
                    }
                    continue;
                }
                Ok(n) => {
                    sink(Item::Rejected {
                        origin,
                        reason: format!(
                            "truncated WARC record: expected {len} bytes of content, got {}",
                            n + prefix.len() as u64
                        ),
                    });
                    return recno;
                }
                Err(e) => {
                    let reason = input.error_reason(&e);
                    sink(Item::Rejected { origin, reason });
                    return recno;
                }
            }
        }
        let mut rec = rec;
        match (&mut input.reader).take(len).read_to_end(&mut rec.block) {
            Ok(n) if n as u64 == len => {}
            Ok(n) => {
                sink(Item::Rejected {
                    origin,
                    reason: format!(
                        "truncated WARC record: expected {len} bytes of content, got {n}"
                    ),
                });
                return recno;
            }
            Err(e) => {
                let reason = input.error_reason(&e);
                sink(Item::Rejected { origin, reason });
                return recno;
            }
        }
        record(&rec, &origin, opts, sink);
    }
}

/// Could this record (of which `prefix` is the start of the block) hold an HTML page?
fn holds_html(rec: &Record, prefix: &[u8]) -> bool {
    let wtype = rec.header("WARC-Type").unwrap_or("").to_ascii_lowercase();
    let ctype = rec
        .header("Content-Type")
        .unwrap_or("")
        .to_ascii_lowercase();
    match wtype.as_str() {
        "response" if ctype.starts_with("application/http") => {
            let head_end = decode::find(prefix, b"\r\n\r\n").unwrap_or(prefix.len());
            String::from_utf8_lossy(&prefix[..head_end])
                .lines()
                .filter_map(|l| l.split_once(':'))
                .any(|(k, v)| {
                    k.trim().eq_ignore_ascii_case("content-type")
                        && v.to_ascii_lowercase().contains("html")
                })
        }
        "response" | "resource" => ctype.contains("html"),
        _ => false,
    }
}

fn record(rec: &Record, origin: &Origin, opts: &Options, sink: &mut dyn FnMut(Item)) {
    let wtype = rec.header("WARC-Type").unwrap_or("").to_ascii_lowercase();
    let ctype = rec
        .header("Content-Type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let url = rec
        .header("WARC-Target-URI")
        .map(|u| u.trim_matches(['<', '>']).to_string());
    let date = rec.header("WARC-Date");
    let (body, content_type) = match wtype.as_str() {
        "response" if ctype.starts_with("application/http") => match http_payload(&rec.block) {
            Ok(Some(x)) => x,
            Ok(None) => return,
            Err(reason) => {
                sink(Item::Rejected {
                    origin: origin.clone(),
                    reason,
                });
                return;
            }
        },
        "resource" | "response" => (rec.block.clone(), ctype.clone()),
        _ => return,
    };
    let lower = content_type.to_ascii_lowercase();
    let is_html = lower.contains("html")
        || (lower.is_empty() && crate::Format::sniff(&body) == crate::Format::Html);
    if !is_html {
        return;
    }
    let charset = decode::mime_charset(&content_type);
    html::read_page(
        origin,
        &body,
        charset.as_deref(),
        url.as_deref(),
        date,
        opts,
        sink,
    );
}

/// Split an HTTP response into (decoded body, Content-Type). `Ok(None)` for responses that are
/// not successful (redirects, errors): they hold no article.
fn http_payload(block: &[u8]) -> Result<Option<(Vec<u8>, String)>, String> {
    let (head_end, body_start) = match decode::find(block, b"\r\n\r\n") {
        Some(i) => (i, i + 4),
        None => match decode::find(block, b"\n\n") {
            Some(i) => (i, i + 2),
            None => return Err("HTTP response without a header end".to_string()),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status: u16 = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    if !(200..300).contains(&status) {
        return Ok(None);
    }
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            let v = v.trim();
            match k.as_str() {
                "content-type" => content_type = v.to_string(),
                "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
                "content-encoding" => encoding = v.to_ascii_lowercase(),
                _ => {}
            }
        }
    }
    let mut body = block[body_start..].to_vec();
    if chunked {
        body = dechunk(&body).unwrap_or(body);
    }
    if encoding.contains("gzip") || body.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        let limit = (body.len() as u64).saturating_mul(40).max(1 << 20);
        if flate2::read::MultiGzDecoder::new(&body[..])
            .take(limit)
            .read_to_end(&mut out)
            .is_err()
        {
            return Err("HTTP body: corrupt gzip content".to_string());
        }
        body = out;
    } else if encoding.contains("deflate") {
        let mut out = Vec::new();
        let limit = (body.len() as u64).saturating_mul(40).max(1 << 20);
        if flate2::read::ZlibDecoder::new(&body[..])
            .take(limit)
            .read_to_end(&mut out)
            .is_err()
        {
            return Err("HTTP body: corrupt deflate content".to_string());
        }
        body = out;
    }
    Ok(Some((body, content_type)))
}

/// Decode `Transfer-Encoding: chunked`; `None` when the framing does not parse.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let nl = b.iter().position(|&c| c == b'\n')?;
        let size_line = std::str::from_utf8(&b[..nl]).ok()?.trim();
        let size_hex = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        b = &b[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        if b.len() < size {
            return None;
        }
        out.extend_from_slice(&b[..size]);
        b = &b[size..];
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies() {
        assert_eq!(
            dechunk(b"5\r\nKyiv \r\n4;x=1\r\nsaid\r\n0\r\n\r\n").as_deref(),
            Some(&b"Kyiv said"[..])
        );
        assert_eq!(dechunk(b"zz\r\n"), None);
    }

    #[test]
    fn redirects_are_skipped() {
        let r = http_payload(b"HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n").unwrap();
        assert!(r.is_none());
    }
}
