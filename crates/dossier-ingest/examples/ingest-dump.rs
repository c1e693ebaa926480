//! Print what dossier-ingest makes of some inputs: documents as JSON lines on stdout,
//! rejections and warnings as `path[:line]: reason` on stderr.
//!
//! `cargo run -p dossier-ingest --example ingest-dump -- FILES|DIRS|-`

fn main() {
    let inputs: Vec<String> = std::env::args().skip(1).collect();
    let opts = dossier_ingest::Options::default();
    dossier_ingest::read_inputs(&inputs, &opts, &mut |item| match item {
        dossier_ingest::Item::Doc { origin, doc } => {
            let mut v = serde_json::to_value(&doc).unwrap_or_default();
            v["origin"] = serde_json::Value::String(origin.to_string());
            println!("{v}");
        }
        dossier_ingest::Item::Rejected { .. } => eprintln!("rejected: {item}"),
        dossier_ingest::Item::Warning { .. } => eprintln!("warning: {item}"),
    });
}
