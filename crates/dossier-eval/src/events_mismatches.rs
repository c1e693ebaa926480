//! Development aid: print every UniversalPetrarch record the coder gets wrong
//! (`cargo test -p dossier-eval -- --ignored print_mismatches --nocapture`).

use super::*;

#[test]
#[ignore]
fn print_mismatches() {
    // MISMATCH_SET=petrarch2 prints the PETRARCH-2 unit tests instead, MISMATCH_SET=gsr the
    // GSR news records (with the shipped lexicon and Phoenix actors).
    let set = std::env::var("MISMATCH_SET").unwrap_or_default();
    if set == "gsr" {
        let dir = default_data_dir();
        if !dir.exists() {
            return;
        }
        let dict = dir.join("petrarch2/dictionaries");
        let mut actors = String::new();
        for f in [
            "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt",
        ] {
            actors.push_str(&read(&dict.join(f)).unwrap());
            actors.push('\n');
        }
        let o = ActorOverlay::parse(&actors, &read(&dict.join("Phoenix.agents.txt")).unwrap());
        let xml = read(&dir.join("universal-petrarch/english/PETR2_GSR_validation.xml")).unwrap();
        print_set(&o, EventLexicon::builtin(), &xml);
        return;
    }
    let petr = set == "petrarch2";
    let (sub, files) = if petr {
        (
            "petrarch2/validation",
            [
                "PETR.Validate.actors.txt",
                "PETR.Validate.agents.txt",
                "PETR.Validate.verbs.txt",
                "PETR.UnitTest.records.xml",
            ],
        )
    } else {
        (
            "universal-petrarch/english",
            [
                "PETR_Validate_actors_2_02.txt",
                "PETR_Validate_agents_2_02.txt",
                "PETR_Validate_verbs_2_02.txt",
                "PETR_Validate_records_2_02.xml",
            ],
        )
    };
    let d = default_data_dir().join(sub);
    if !d.exists() {
        eprintln!("SKIP: {} not found", d.display());
        return;
    }
    let o = ActorOverlay::parse(
        &read(&d.join(files[0])).unwrap(),
        &read(&d.join(files[1])).unwrap(),
    );
    let lex = EventLexicon::from_cameo_dictionary(&read(&d.join(files[2])).unwrap()).unwrap();
    let xml = read(&d.join(files[3])).unwrap();
    print_set(&o, &lex, &xml);
}

fn print_set(o: &ActorOverlay, lex: &EventLexicon, xml: &str) {
    let xml = xml.to_string();
    let inc = included_categories(&xml);
    for r in read_records(&xml) {
        if !r.evaluate || r.expects_error || inc.as_ref().is_some_and(|i| !i.contains(&r.category))
        {
            continue;
        }
        let parses = if std::env::var("MISMATCH_PARSES").is_ok_and(|v| v == "records") {
            Parses::Records
        } else {
            Parses::Ours
        };
        let (text, l, evs) = code_record(&r, o, lex, parses);
        if std::env::var("MISMATCH_ID").is_ok_and(|id| id == r.id) {
            let v2 = r.parse.as_deref().map(ud1_to_ud2);
            if let Some(Ok(sents)) = v2.as_deref().map(dossier_core::syntax::conllu::parse) {
                let (t, d) = dossier_core::syntax::conllu::gold_doc(&sents);
                for (i, tok) in d.tokens.iter().enumerate() {
                    println!(
                        "  {i:>3} {:<14} {:<6} {:<5} {:>3} {}",
                        d.form(&t, i),
                        tok.upos.as_str(),
                        tok.xpos,
                        tok.head as i64,
                        tok.rel.as_str()
                    );
                }
            }
            println!("  {evs:#?}");
        }
        let verbs: Vec<String> = evs
            .iter()
            .map(|e| format!("{}:{}", e.action.verb, e.action.cameo))
            .collect();
        let mut got = triples(&evs);
        let mut exp = r.expected.clone();
        exp.sort();
        got.sort();
        if exp != got {
            let ms: Vec<String> = l
                .mentions
                .iter()
                .map(|m| format!("{}={}", &text[m.start..m.end], l.actors[m.actor].id))
                .collect();
            println!(
                "{} {:?}\n  {}\n  exp {exp:?}\n  got {got:?} {verbs:?}",
                r.id,
                r.text,
                ms.join(" | ")
            );
        }
    }
}
