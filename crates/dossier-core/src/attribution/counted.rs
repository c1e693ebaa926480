//! A speaker counted out of a group named just before: "Two residents spoke to Reuters. “…,”
//! said one." — "one" is a resident, "another" a second one ("One user said …, while another
//! said …"). The group is read on the Doc: the nearest noun before the speaker, in its sentence
//! or the one before, that is counted ("two residents", "one user", "several doctors") or a
//! plural subject ("Sources tell me …"), outside quotations. Without one the speaker stays as
//! written. Either way the source is anonymous.

use super::*;
use dossier_syntax::{Doc, Rel, Upos};

/// Speaker phrases that count one member out of a group (lower case, as written).
const COUNTED_ONE: &[&str] = &["one", "another", "one of them", "one of those"];

/// Is `phrase` a bare count of one out of a group ("one", "another", "one of them")?
pub(super) fn counts_one(phrase: &str) -> bool {
    let norm = phrase
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    COUNTED_ONE.contains(&norm.as_str())
}

/// Words that count a group ("two residents", "several doctors").
fn counting(doc: &Doc, text: &str, j: usize) -> bool {
    let t = &doc.tokens[j];
    let lw = text[t.start as usize..t.end as usize].to_lowercase();
    t.upos == Upos::Num
        || matches!(
            lw.as_str(),
            "one" | "two" | "three" | "four" | "five" | "several" | "some" | "many" | "few"
        )
}

/// The head noun (its lemma) of the group the counted speaker at byte `s` belongs to: the
/// nearest common noun before `s`, in its sentence or the previous one and outside
/// quotations, that a number or quantifier counts or that is a plural subject.
pub(super) fn group_head(doc: &Doc, text: &str, quotes: &[Quote], s: usize) -> Option<String> {
    let at = doc.tokens.partition_point(|k| (k.start as usize) < s);
    let si = doc.sentence_of(at.min(doc.tokens.len().checked_sub(1)?));
    let from = doc.sentences[si.saturating_sub(1)].first as usize;
    (from..at).rev().find_map(|j| {
        let t = &doc.tokens[j];
        if t.upos != Upos::Noun || in_quote(quotes, t.start as usize) {
            return None;
        }
        let counted = doc
            .children(j)
            .any(|c| matches!(doc.tokens[c].rel, Rel::Nummod | Rel::Det) && counting(doc, text, c));
        let plural_subject =
            t.feats.as_str().contains("Number=Plur") && doc.tokens[j].rel.is_subject();
        (counted || plural_subject).then(|| t.lemma.to_lowercase())
    })
}

/// The name of a counted speaker: the phrase as written, with the group's noun when the text
/// names one ("one" of the residents → "one resident", "another" user → "another user").
pub(super) fn counted_name(phrase: &str, head: Option<&str>) -> String {
    let first = phrase.split_whitespace().next().unwrap_or(phrase);
    match head {
        Some(h) => format!("{} {h}", first.to_lowercase()),
        None => phrase.to_string(),
    }
}

/// Does the name of a counted speaker (mention `m`) hold the group's noun ("one" → "one
/// resident")?
pub(super) fn named_group(m: &str, name: &str) -> bool {
    counts_one(m) && name.split_whitespace().count() > m.split_whitespace().count()
}
