//! Shared by the tests and benches that read the UD treebanks.

/// `../shared/data/syntax` next to the workspace (`DOSSIER_SHARED_DATA` overrides the data
/// folder, e.g. in a worktree); `None`, after printing why, when it is absent.
pub fn shared_syntax() -> Option<std::path::PathBuf> {
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
    let p = std::env::var("DOSSIER_SHARED_DATA").unwrap_or_else(|_| default.to_string());
    let p = std::path::Path::new(&p).join("syntax");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("SKIP: {} not found (shared data absent)", p.display());
        None
    }
}
