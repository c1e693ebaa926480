//! Development aid: `ATTR_FILE=path cargo test -p dossier-core --test attribution_dump -- --nocapture`
//! prints the statements of one file as JSON lines (raw text, no normalisation).
#[test]
fn dump_statements_of_attr_file() {
    let Ok(path) = std::env::var("ATTR_FILE") else {
        return;
    };
    for p in path.split(',') {
        let text = std::fs::read_to_string(p).expect("ATTR_FILE readable");
        let st = dossier_core::attribution::attribute_text(&text);
        for s in &st {
            println!(
                "@@{}\t{}",
                p,
                serde_json::to_string(s).expect("serialisable")
            );
        }
    }
}
