//! What the measuring examples share (`dossier-syntax`'s `parse_jsonl`, `dossier-core`'s
//! `stages`, which includes this file by path): the thread's CPU clock and the texts of a JSONL
//! file, a bad line reported as `file:line: reason` and skipped.
use std::io::BufRead;

/// This thread's CPU time in seconds.
pub fn cpu() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// The `"text"` of every `{"text": …}` line of `path`; exits with status 1 when the file
/// cannot be opened.
pub fn read_texts(path: &str) -> Vec<String> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let mut texts = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let v = line
            .map_err(|e| e.to_string())
            .and_then(|l| serde_json::from_str::<serde_json::Value>(&l).map_err(|e| e.to_string()));
        match v {
            Ok(v) => match v.get("text").and_then(|t| t.as_str()) {
                Some(t) => texts.push(t.to_string()),
                None => eprintln!("{path}:{}: no \"text\" string", n + 1),
            },
            Err(e) => eprintln!("{path}:{}: {e}", n + 1),
        }
    }
    texts
}
