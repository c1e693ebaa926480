//! Development aid, ignored by default: attribute the raw text of files (no normalisation, so
//! offsets are those of the files) and print one JSON statement per line, prefixed `@@path\t`,
//! checking on the way that every span slices back to its text.
//!
//! `ATTR_FILE=a.txt,b.txt cargo test -p dossier-core --test attribution_dump -- --ignored --nocapture`

#[test]
#[ignore]
fn dump_statements_of_attr_file() {
    let Ok(paths) = std::env::var("ATTR_FILE") else {
        eprintln!("SKIP: set ATTR_FILE to a comma-separated list of text files");
        return;
    };
    for p in paths.split(',') {
        let text = std::fs::read_to_string(p).expect("ATTR_FILE readable");
        let chars: Vec<char> = text.chars().collect();
        for s in dossier_core::attribution::attribute_text(&text) {
            for span in [&s.content, &s.cue] {
                let sliced: String = chars[span.start..span.end].iter().collect();
                assert_eq!(sliced, span.text, "{p}: span offsets drift");
            }
            println!(
                "@@{}\t{}",
                p,
                serde_json::to_string(&s).expect("serialisable")
            );
        }
    }
}
