//! dossier-ingest: the sources of dossier.
//!
//! Turns files, directories and standard input into [`dossier_core::Document`]s, one
//! [`Item`] at a time, through a caller-supplied sink. Nothing here panics on input: every
//! problem becomes an [`Item::Rejected`] (the input or record is skipped) or an
//! [`Item::Warning`] (the document is still produced), each with an [`Origin`] naming the file
//! and, when meaningful, the line or record.
//!
//! # Example
//!
//! ```
//! use dossier_ingest::{read_bytes, Item, Options};
//!
//! let jsonl = br#"{"text": "Tehran denied the report.", "outlet": "ILNA", "published": "March 3, 2024"}
//! {"title": "no text"}
//! "#;
//! let mut out = Vec::new();
//! read_bytes("wire.jsonl", jsonl, &Options::default(), &mut |item| out.push(item));
//! match &out[0] {
//!     Item::Doc { doc, .. } => {
//!         assert_eq!(doc.text, "Tehran denied the report.");
//!         assert_eq!(doc.header.published.as_deref(), Some("2024-03-03"));
//!     }
//!     other => panic!("{other}"),
//! }
//! assert_eq!(out[1].to_string(), "wire.jsonl:2: missing \"text\"");
//! ```
//!
//! # Formats
//!
//! | [`Format`] | recognised by | one document per |
//! |---|---|---|
//! | [`Format::Text`] | `.txt`, `.text`, anything not recognised otherwise | file |
//! | [`Format::Markdown`] | `.md`, `.markdown`, a first line `# …` or `---` (front matter) | file |
//! | [`Format::Html`] | `.html`, `.htm`, `.xhtml`, `<!doctype html` / `<html` | file (main article text only) |
//! | [`Format::Jsonl`] | `.jsonl`, `.ndjson`, `.json`, a first byte `{` or `[` | line (array element for a JSON array, file for a `.json` object) |
//! | [`Format::Feed`] | `.rss`, `.atom`, `.xml`, `<rss` / `<feed` / `<rdf:RDF` | item / entry |
//! | [`Format::Warc`] | `.warc`, a first line `WARC/` | HTTP response record holding HTML |
//!
//! Detection looks at the extension first (after removing `.gz`), then sniffs the first bytes;
//! [`Options::format`] overrides both. Gzip is detected by its magic bytes, whatever the name,
//! and decompressed on the fly (multi-member streams included).
//!
//! # Streaming and limits
//!
//! JSONL and WARC are read record by record from a buffered reader, so memory stays flat in the
//! input size (a JSONL line or WARC record above 4 × [`Options::max_doc_bytes`] is skipped
//! without being held). Other formats, JSON arrays included, hold one file in memory, at most
//! 4 × [`Options::max_doc_bytes`].
//! A document whose normalised text exceeds [`Options::max_doc_bytes`] is rejected with its size
//! and the limit.
//!
//! # HTML main text
//!
//! Elements whose class or id names page furniture (`ad`, `newsletter`, `share`, `related`,
//! `cookie`, … listed in `data/boilerplate.tsv`) are removed, Readability (dom_smoothie)
//! chooses the story, and the story is written as blank-line separated paragraphs without
//! navigation, forms, captions, scripts, link-only lines and boilerplate paragraphs
//! ("Advertisement", cookie notices). A linear token scan runs first: pages nested more than
//! 1,000 levels deep (the tree builder and Readability are quadratic in depth) keep the scan's
//! text instead, with an [`Item::Warning`].
//!
//! # Text decoding (a designed choice)
//!
//! * UTF-8 and UTF-16 (LE/BE) byte-order marks are honoured.
//! * HTML honours `<meta charset>` and `http-equiv` `Content-Type` (and, in WARC, the HTTP
//!   `Content-Type` charset), decoding with the WHATWG rules (`latin1` means windows-1252).
//!   HTML that declares nothing and is not valid UTF-8 is decoded as windows-1252 with a
//!   [`Item::Warning`].
//! * Feeds honour the `encoding` of their XML declaration.
//! * Other text that is not valid UTF-8 is decoded **lossily** (bad bytes become U+FFFD) and a
//!   [`Item::Warning`] names the offset of the first bad byte: one stray byte in a long article
//!   should not lose the article, but the user should know.
//! * Input with NUL bytes (or mostly control characters) in its first 8 KiB is rejected as
//!   `binary file, not text`.
//!
//! # Dates
//!
//! `published` is normalised to RFC 3339 by [`normalize_date`] (RFC 2822, ISO 8601,
//! `2024/03/03`, `March 3, 2024`, Unix epochs in JSONL, …). A date that cannot be read is left
//! out of `published`, kept verbatim in `meta.published_raw`, and reported as an
//! [`Item::Warning`]. HTML pages take `article:published_time`, JSON-LD `datePublished`, other
//! date metas, then `<time datetime>`; WARC records fall back to `WARC-Date`.
//!
//! # Directories
//!
//! Directories are walked recursively in byte order of file names (deterministic output).
//! Hidden entries (name starting with `.`) and files whose extension is not one of the formats
//! above (optionally followed by `.gz`) are skipped silently; files without an extension are
//! sniffed. Symbolic links to files are followed, symbolic links to directories are not (no
//! loops).

#![warn(missing_docs)]

mod date;
mod decode;
mod feed;
mod html;
mod html_scan;
mod jsonl;
mod plain;
mod warc;

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use dossier_core::{Document, DocumentHeader};

pub use date::normalize_date;

/// Where an item came from: a file path (or `<stdin>`) and, for line- or record-based formats,
/// the 1-based line (JSONL), record number (WARC) or line of the `<item>`/`<entry>` (feeds;
/// the item's index when the line cannot be found).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin {
    /// The path as given (directory entries: the directory as given joined with the name), or
    /// `<stdin>`, or the name passed to [`read_bytes`] / [`read_stream`].
    pub path: String,
    /// JSONL line, WARC record number or feed item line, 1-based; `None` for whole files.
    pub line: Option<u64>,
}

impl Origin {
    /// An origin for a whole file.
    pub fn file(path: impl Into<String>) -> Self {
        Origin {
            path: path.into(),
            line: None,
        }
    }

    /// An origin for one line or record of a file.
    pub fn at(path: impl Into<String>, line: u64) -> Self {
        Origin {
            path: path.into(),
            line: Some(line),
        }
    }
}

/// `path` or `path:line`.
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.path, line),
            None => write!(f, "{}", self.path),
        }
    }
}

/// One result of reading inputs, in input order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A document ready for extraction.
    Doc {
        /// Where it was read.
        origin: Origin,
        /// Normalised text and metadata; `id` is the hash of the text.
        doc: Document,
    },
    /// An input, line or record that produced no document, and why. Reading continues with
    /// the next record or input where possible.
    Rejected {
        /// What was rejected.
        origin: Origin,
        /// One line, no trailing period, e.g. `missing "text"`.
        reason: String,
    },
    /// Something worth telling the user about a document that was still produced (lossy
    /// decoding, unparseable date kept in `meta.published_raw`, repaired feed XML, …), or
    /// about an input that held nothing to read.
    Warning {
        /// What the warning is about.
        origin: Origin,
        /// One line, no trailing period.
        reason: String,
    },
}

impl Item {
    /// The origin of any item.
    pub fn origin(&self) -> &Origin {
        match self {
            Item::Doc { origin, .. }
            | Item::Rejected { origin, .. }
            | Item::Warning { origin, .. } => origin,
        }
    }
}

/// `path[:line]: reason` for rejections and warnings (the `file:line: reason` shape the CLI
/// prints on stderr); `path[:line]: document ID` for documents.
impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Item::Doc { origin, doc } => write!(f, "{origin}: document {}", doc.header.id),
            Item::Rejected { origin, reason } | Item::Warning { origin, reason } => {
                write!(f, "{origin}: {reason}")
            }
        }
    }
}

/// Default for [`Options::max_doc_bytes`]: 8 MiB of normalised text, far above any news
/// article (the longest FNC-1 body is under 50 KB) yet small enough to keep memory bounded.
pub const DEFAULT_MAX_DOC_BYTES: usize = 8 * 1024 * 1024;

/// How to read inputs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Largest accepted document, in bytes of normalised UTF-8 text (default
    /// [`DEFAULT_MAX_DOC_BYTES`], 8 MiB). Whole-file formats also refuse to load files above
    /// 4 × this; JSONL lines above 4 × this are skipped without being held in memory.
    pub max_doc_bytes: usize,
    /// Force one format for every input instead of detecting it.
    pub format: Option<Format>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
            format: None,
        }
    }
}

impl Options {
    /// Bytes a whole-file format may load, and a JSONL line or WARC record may hold.
    fn file_cap(&self) -> usize {
        self.max_doc_bytes.saturating_mul(4).max(64 * 1024)
    }
}

/// Input formats. See the crate documentation for how each is recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text; a short first line without final period, followed by a blank line, is the
    /// title.
    Text,
    /// Markdown: `# ` heading (or YAML front-matter `title:`) as title; links, images and
    /// emphasis markers reduced to their text.
    Markdown,
    /// An HTML page: main article text, title, outlet, published date, canonical URL.
    Html,
    /// One JSON object per line: `text` required; `title`, `url`, `outlet`, `published`
    /// optional; other fields kept in `meta`. Also a JSON array of such objects, or a `.json`
    /// file holding one object (read whole, at most 4 × [`Options::max_doc_bytes`]).
    Jsonl,
    /// RSS 2.0, RSS 1.0 or Atom feed: one document per item.
    Feed,
    /// WARC (ISO 28500) archive: one document per HTML response or resource record.
    Warc,
}

impl Format {
    /// Format from a file name's extension (a final `.gz` is ignored), if recognised.
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        let base = lower.strip_suffix(".gz").unwrap_or(&lower);
        let ext = Path::new(base).extension()?.to_str()?;
        Some(match ext {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "rss" | "atom" | "xml" => Format::Feed,
            "warc" => Format::Warc,
            _ => return None,
        })
    }

    /// Guess the format from the first bytes of a (decompressed) input.
    pub fn sniff(head: &[u8]) -> Format {
        let head = decode::strip_bom(head);
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        let head = &head[start..];
        if head.starts_with(b"WARC/") {
            return Format::Warc;
        }
        if head.starts_with(b"{") || head.starts_with(b"[") {
            return Format::Jsonl;
        }
        if head.starts_with(b"---\n") || head.starts_with(b"---\r\n") {
            return Format::Markdown;
        }
        if head.starts_with(b"# ") {
            return Format::Markdown;
        }
        if head.starts_with(b"<") {
            let probe = String::from_utf8_lossy(&head[..head.len().min(2048)]).to_ascii_lowercase();
            if probe.contains("<html") || probe.contains("<!doctype html") {
                return Format::Html;
            }
            if probe.contains("<rss") || probe.contains("<feed") || probe.contains("<rdf:rdf") {
                return Format::Feed;
            }
            return Format::Html;
        }
        Format::Text
    }
}

/// Read every input in order and hand each resulting [`Item`] to `sink`.
///
/// An input is a file path, a directory (walked recursively, sorted), or `-` for standard
/// input (reported as `<stdin>`). A missing or unreadable input is one [`Item::Rejected`];
/// the other inputs are still read. The order of items is deterministic: inputs in the order
/// given, directory entries in byte order of their names, records in file order.
pub fn read_inputs(inputs: &[String], opts: &Options, sink: &mut dyn FnMut(Item)) {
    for input in inputs {
        if input == "-" {
            let stdin = io::stdin();
            let lock = stdin.lock();
            read_reader(STDIN_NAME, Box::new(lock), opts, sink);
        } else {
            read_path(Path::new(input), input, opts, sink, false);
        }
    }
}

/// Read one stream (a pipe, a socket, an already opened file). `name` is used for format
/// detection by extension and as the [`Origin`] path; gzip is detected by magic bytes.
/// [`read_inputs`] uses this for `-` with the name `<stdin>`.
pub fn read_stream<'a>(
    name: &'a str,
    reader: impl BufRead + 'a,
    opts: &Options,
    sink: &mut dyn FnMut(Item),
) {
    read_reader(name, Box::new(reader), opts, sink);
}

/// Read one in-memory input (e.g. the body of an HTTP POST). `name` is used for format
/// detection by extension and as the [`Origin`] path; gzip is detected by magic bytes.
pub fn read_bytes(name: &str, bytes: &[u8], opts: &Options, sink: &mut dyn FnMut(Item)) {
    read_reader(name, Box::new(bytes), opts, sink);
}

/// The [`Origin`] path of standard input.
pub const STDIN_NAME: &str = "<stdin>";

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            // Drop the "(os error N)" suffix: one clear line for the user.
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_ascii_lowercase(),
                None => s,
            }
        }
    }
}

/// Read a file or directory; returns how many files were read (or failed to open).
fn read_path(
    path: &Path,
    display: &str,
    opts: &Options,
    sink: &mut dyn FnMut(Item),
    in_dir: bool,
) -> usize {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            sink(Item::Rejected {
                origin: Origin::file(display),
                reason: io_reason(&e),
            });
            return 1;
        }
    };
    if meta.is_dir() {
        let n = read_dir(path, opts, sink);
        if n == 0 && !in_dir {
            sink(Item::Warning {
                origin: Origin::file(display),
                reason: "no files of a known format in this directory".to_string(),
            });
        }
        return n;
    }
    if in_dir {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let no_ext = Path::new(name.strip_suffix(".gz").unwrap_or(name))
            .extension()
            .is_none();
        if Format::from_name(name).is_none() && !no_ext {
            return 0;
        }
        // A FIFO, socket or device met in a walk: opening a FIFO nobody writes to would block
        // forever. (Named explicitly, e.g. `<(zcat …)`, a FIFO is read.)
        if !meta.is_file() {
            sink(Item::Rejected {
                origin: Origin::file(display),
                reason: "not a regular file, skipped".to_string(),
            });
            return 1;
        }
    }
    match File::open(path) {
        Ok(f) => read_reader(display, Box::new(BufReader::new(f)), opts, sink),
        Err(e) => sink(Item::Rejected {
            origin: Origin::file(display),
            reason: io_reason(&e),
        }),
    }
    1
}

fn read_dir(dir: &Path, opts: &Options, sink: &mut dyn FnMut(Item)) -> usize {
    let display = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            sink(Item::Rejected {
                origin: Origin::file(display),
                reason: io_reason(&e),
            });
            return 1;
        }
    };
    let mut list = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => list.push(entry),
            Err(e) => sink(Item::Rejected {
                origin: Origin::file(display.clone()),
                reason: io_reason(&e),
            }),
        }
    }
    list.sort_by_key(|e| e.file_name());
    let mut read = 0;
    for entry in list {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let is_symlink_dir = entry.file_type().map(|t| t.is_symlink()).unwrap_or(false)
            && path.metadata().map(|m| m.is_dir()).unwrap_or(false);
        if is_symlink_dir {
            continue;
        }
        let shown = path.display().to_string();
        read += read_path(&path, &shown, opts, sink, true);
    }
    read
}

/// The input after gzip detection: a buffered reader of plain bytes, and whether it is gzip.
struct Input<'a> {
    name: &'a str,
    reader: Box<dyn BufRead + 'a>,
    gzip: bool,
}

impl Input<'_> {
    /// A one-line reason for a read error, recognising a cut gzip stream.
    fn error_reason(&self, e: &io::Error) -> String {
        if self.gzip {
            if e.kind() == io::ErrorKind::UnexpectedEof {
                "truncated gzip stream".to_string()
            } else {
                format!("corrupt gzip stream: {e}")
            }
        } else {
            format!("read error: {}", io_reason(e))
        }
    }
}

fn read_reader<'a>(
    name: &'a str,
    reader: Box<dyn BufRead + 'a>,
    opts: &Options,
    sink: &mut dyn FnMut(Item),
) {
    // Every reason reaches the user as one line: `path:line: reason`.
    let mut one_line = |item: Item| {
        sink(match item {
            Item::Rejected { origin, reason } => Item::Rejected {
                origin,
                reason: one_line(&reason),
            },
            Item::Warning { origin, reason } => Item::Warning {
                origin,
                reason: one_line(&reason),
            },
            doc => doc,
        })
    };
    read_reader_inner(name, reader, opts, &mut one_line);
}

/// Control characters (newlines included) become spaces, runs of spaces collapse, and very
/// long messages (quoting input) are cut at 300 characters.
fn one_line(reason: &str) -> String {
    let mut out = String::with_capacity(reason.len().min(310));
    for (n, word) in reason
        .split(|c: char| c.is_control() || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.chars().count() > 300 {
        out = out.chars().take(299).collect();
        out.push('…');
    }
    out
}

fn read_reader_inner<'a>(
    name: &'a str,
    mut reader: Box<dyn BufRead + 'a>,
    opts: &Options,
    sink: &mut dyn FnMut(Item),
) {
    let gzip = match reader.fill_buf() {
        Ok(head) => head.starts_with(&[0x1f, 0x8b]),
        Err(e) => {
            sink(Item::Rejected {
                origin: Origin::file(name),
                reason: format!("read error: {}", io_reason(&e)),
            });
            return;
        }
    };
    let reader: Box<dyn BufRead + 'a> = if gzip {
        Box::new(BufReader::with_capacity(
            64 * 1024,
            flate2::bufread::MultiGzDecoder::new(reader),
        ))
    } else {
        reader
    };
    let mut input = Input { name, reader, gzip };
    let head = match input.reader.fill_buf() {
        Ok(h) => h,
        Err(e) => {
            let reason = input.error_reason(&e);
            sink(Item::Rejected {
                origin: Origin::file(name),
                reason,
            });
            return;
        }
    };
    if head.is_empty() {
        let reason = if name == STDIN_NAME {
            "empty input"
        } else {
            "empty file"
        };
        sink(Item::Rejected {
            origin: Origin::file(name),
            reason: reason.to_string(),
        });
        return;
    }
    let format = opts
        .format
        .or_else(|| Format::from_name(name))
        .unwrap_or_else(|| Format::sniff(head));
    match format {
        Format::Jsonl => jsonl::read(&mut input, opts, sink),
        Format::Warc => warc::read(&mut input, opts, sink),
        _ => {
            let cap = opts.file_cap();
            let mut bytes = Vec::new();
            let res = (&mut input.reader)
                .take(cap as u64 + 1)
                .read_to_end(&mut bytes);
            if let Err(e) = res {
                let reason = input.error_reason(&e);
                sink(Item::Rejected {
                    origin: Origin::file(name),
                    reason,
                });
                return;
            }
            if bytes.len() > cap {
                sink(Item::Rejected {
                    origin: Origin::file(name),
                    reason: format!("file is over {cap} bytes (4 × max_doc_bytes), not read"),
                });
                return;
            }
            match format {
                Format::Feed => feed::read(name, &bytes, opts, sink),
                Format::Html => {
                    let origin = Origin::file(name);
                    html::read_page(&origin, &bytes, None, None, None, opts, sink)
                }
                Format::Markdown => plain::read(name, &bytes, true, opts, sink),
                _ => plain::read(name, &bytes, false, opts, sink),
            }
        }
    }
}

/// Finish a document: normalise, check emptiness and size, report it.
pub(crate) fn emit_doc(
    origin: Origin,
    raw_text: &str,
    header: DocumentHeader,
    opts: &Options,
    sink: &mut dyn FnMut(Item),
) {
    if raw_text.len() > opts.file_cap() {
        sink(Item::Rejected {
            origin,
            reason: format!(
                "document is {} bytes, over the limit of {} bytes (max_doc_bytes)",
                raw_text.len(),
                opts.max_doc_bytes
            ),
        });
        return;
    }
    let doc = dossier_core::make_document(raw_text, header);
    if doc.text.is_empty() {
        sink(Item::Rejected {
            origin,
            reason: "no text".to_string(),
        });
        return;
    }
    if doc.text.len() > opts.max_doc_bytes {
        sink(Item::Rejected {
            origin,
            reason: format!(
                "document is {} bytes, over the limit of {} bytes (max_doc_bytes)",
                doc.text.len(),
                opts.max_doc_bytes
            ),
        });
        return;
    }
    sink(Item::Doc { origin, doc });
}

/// Set `header.published` from a raw date, or keep the raw value in `meta.published_raw` and
/// warn when it cannot be parsed.
pub(crate) fn set_published(
    header: &mut DocumentHeader,
    raw: &str,
    origin: &Origin,
    sink: &mut dyn FnMut(Item),
) {
    let raw = raw.trim();
    if raw.is_empty() {
        return;
    }
    match normalize_date(raw) {
        Some(d) => header.published = Some(d),
        None => {
            header.meta.insert(
                "published_raw".to_string(),
                serde_json::Value::String(raw.to_string()),
            );
            sink(Item::Warning {
                origin: origin.clone(),
                reason: format!("unparseable date {raw:?}, kept in meta.published_raw"),
            });
        }
    }
}
