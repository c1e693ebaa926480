//! Issue 17, session 18 (lead), from readings of unseen FNC-1 bodies: a third-person pronoun
//! inside a speaker's own quoted words is someone else. The pronoun resolver runs before the
//! quotations have speakers and gave "him" to the most salient person, often the speaker
//! ("He added that the group could 'hack him or slaughter him'" made Shekau the victim of his
//! own threat). Realistic news sentences written for these tests.

use dossier_core::{extract, make_document, DocumentHeader, Extraction};

fn run(text: &str) -> Extraction {
    extract(&make_document(text, DocumentHeader::default()))
}

fn targets_of(x: &Extraction, name: &str) -> Vec<String> {
    let events = x
        .events
        .iter()
        .filter(|e| e.target.as_ref().is_some_and(|t| t.name.contains(name)))
        .map(ToString::to_string);
    let claims = x
        .claims
        .iter()
        .filter(|c| {
            c.target.as_ref().is_some_and(|t| t.name.contains(name))
                || c.subject.name.contains(name)
        })
        .map(|c| format!("{} | {}", c.predicate, c.evidence.text));
    events.chain(claims).collect()
}

#[test]
fn a_pronoun_in_the_speakers_quoted_threat_is_not_the_speaker() {
    let x = run(
        "Boko Haram leader Abubakar Shekau appeared in a new video released on Tuesday, holding up the identity card of a captured soldier. He added that the extremist group could “hack him or slaughter him or shoot him,” and warned the government not to attack its camps.",
    );
    let wrong: Vec<String> = targets_of(&x, "Shekau")
        .into_iter()
        .filter(|l| !l.contains("warn") && !l.contains("threaten"))
        .collect();
    assert!(wrong.is_empty(), "Shekau made the victim: {wrong:#?}");
    // His own threat to the government stays his.
    assert!(
        x.events
            .iter()
            .any(|e| e.source.name.contains("Shekau") && e.action.verb == "warned"),
        "{:#?}",
        x.events
    );
}

#[test]
fn a_story_the_speaker_retells_is_not_about_the_speaker() {
    let x = run(
        "British volunteer Yasir Abdulla, who went to fight against ISIS, said he joined the battle after hearing the story of a mother in Mosul. He said: \"But they had killed him and chopped him up before she arrived.\"",
    );
    let wrong: Vec<String> = targets_of(&x, "Abdulla")
        .into_iter()
        .filter(|l| l.contains("kill"))
        .collect();
    assert!(wrong.is_empty(), "the speaker made the victim: {wrong:#?}");
}

#[test]
fn he_inside_a_witness_quotation_is_not_the_witness() {
    let x = run(
        "Witness Taugan Tan Kadalim says he saw the YouTube star Josh Paler Lin outside the store. “He drove Thomas to the liquor store,” Kadalim told the site.",
    );
    let wrong: Vec<String> = x
        .claims
        .iter()
        .filter(|c| c.predicate.contains("drive") && c.subject.name.contains("Kadalim"))
        .map(|c| c.evidence.text.clone())
        .collect();
    assert!(wrong.is_empty(), "the witness made the driver: {wrong:#?}");
}
