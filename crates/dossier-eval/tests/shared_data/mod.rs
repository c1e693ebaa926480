//! Where the shared data is (`../shared/data`, or `DOSSIER_SHARED_DATA`), for the tests that
//! need it; they print SKIP without it.

use std::path::PathBuf;

/// The shared data folder, if `marker` (a file inside it) exists; else prints why not.
pub fn shared(marker: &str) -> Option<PathBuf> {
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
    let p = std::env::var("DOSSIER_SHARED_DATA").unwrap_or_else(|_| default.to_string());
    let p = PathBuf::from(p);
    if p.join(marker).is_file() {
        Some(p)
    } else {
        eprintln!(
            "SKIP: {} not found (shared data absent; set DOSSIER_SHARED_DATA)",
            p.join(marker).display()
        );
        None
    }
}
