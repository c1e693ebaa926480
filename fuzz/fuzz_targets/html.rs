#![no_main]
//! The html reader on arbitrary bytes (gzip-wrapped inputs included: magic bytes are sniffed).

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::run(dossier_ingest::Format::Html, "fuzz.html", data);
});
