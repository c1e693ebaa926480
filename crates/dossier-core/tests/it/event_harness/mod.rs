//! Shared harness of the pipeline event tests (`events_analyst.rs`, `events_recall.rs`,
//! `events_unseen.rs`, `events_real2.rs`): a text
//! goes through the whole `extract`, and its events come back with a one-line-per-event dump
//! for failure messages.

use dossier_core::model::Event;
use dossier_core::{extract, make_document, DocumentHeader};

/// The events `extract` finds in `text`, and a dump of them:
/// `source→target cameo [verb] modality | evidence`.
pub fn events(text: &str) -> (Vec<Event>, String) {
    let doc = make_document(text, DocumentHeader::default());
    let evs = extract(&doc).events;
    let shown = evs
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    (evs, shown)
}

/// The events of `evs` whose trigger verb is `verb`.
#[allow(dead_code)] // not every test file that includes the harness uses it
pub fn on_verb<'a>(evs: &'a [Event], verb: &str) -> Vec<&'a Event> {
    evs.iter().filter(|e| e.action.verb == verb).collect()
}
