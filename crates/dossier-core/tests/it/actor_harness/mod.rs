//! Shared harness of the actor tests (`actors.rs`, `actors_people.rs`): a text becomes the
//! pipeline's actor layer, and expectations `surface => id` are checked against it. The first
//! mention that starts at the n-th occurrence of `surface` (write `surface#2` for the second)
//! must resolve to `id`; `surface => -` asserts that no mention starts there.
#![allow(dead_code)] // each test file uses its own part of the harness

use dossier_core::actors::{ActorLayer, MentionForm};
use dossier_core::lexicon::Lexicon;
use dossier_core::text;

pub struct Doc {
    pub text: String,
    pub layer: ActorLayer,
}

/// Actors as the pipeline recognises them: one parse, its sentences, the tagger's parts of
/// speech (`dossier_core::extract_with` does the same).
pub fn doc(raw: &str) -> Doc {
    let text = text::normalize(raw);
    let syn = dossier_core::syntax::parse(&text);
    let sentences = dossier_core::doc_sentences(&text, &syn);
    let layer = ActorLayer::recognise_in(&text, &syn, &sentences, Lexicon::embedded());
    Doc { text, layer }
}

impl Doc {
    pub fn pos(&self, surface: &str) -> usize {
        let (s, nth) = match surface.rsplit_once('#') {
            Some((s, n)) if n.chars().all(|c| c.is_ascii_digit()) => (s, n.parse().unwrap()),
            _ => (surface, 1usize),
        };
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.text
            .match_indices(s)
            .filter(|(i, m)| {
                !word(self.text[..*i].chars().next_back())
                    && !word(self.text[i + m.len()..].chars().next())
            })
            .nth(nth - 1)
            .unwrap_or_else(|| panic!("{s:?} #{nth} not in {:?}", self.text))
            .0
    }

    /// Id of the actor mentioned at `surface`, if any.
    pub fn id_at(&self, surface: &str) -> Option<&str> {
        let p = self.pos(surface);
        self.layer
            .mention_at(p)
            .map(|m| self.layer.actors[m.actor].id.as_str())
    }

    pub fn form_at(&self, surface: &str) -> Option<MentionForm> {
        self.layer.mention_at(self.pos(surface)).map(|m| m.form)
    }

    pub fn mention_text(&self, surface: &str) -> Option<&str> {
        self.layer
            .mention_at(self.pos(surface))
            .map(|m| &self.text[m.start..m.end])
    }

    pub fn actor(&self, id: &str) -> &dossier_core::actors::ActorEntry {
        let i = self
            .layer
            .actor_by_id(id)
            .unwrap_or_else(|| panic!("no actor {id} in {:?}", self.ids()));
        &self.layer.actors[i]
    }

    pub fn ids(&self) -> Vec<&str> {
        self.layer.actors.iter().map(|a| a.id.as_str()).collect()
    }

    pub fn dump(&self) -> String {
        self.layer
            .mentions
            .iter()
            .map(|m| {
                format!(
                    "{:?}->{}",
                    &self.text[m.start..m.end],
                    self.layer.actors[m.actor].id
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Check all cases, reporting every failure at once.
pub fn check(cases: &[(&str, &[(&str, &str)])]) {
    let mut failures = Vec::new();
    for (text, expect) in cases {
        let d = doc(text);
        invariants(&d);
        for (surface, want) in *expect {
            let got = d.id_at(surface);
            let ok = match *want {
                "-" => got.is_none(),
                w => got == Some(w),
            };
            if !ok {
                failures.push(format!(
                    "{text:?}\n    at {surface:?}: want {want}, got {got:?}\n    mentions: {}",
                    d.dump()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Mentions sorted, non-overlapping, on char boundaries, each pointing at an actor.
pub fn invariants(d: &Doc) {
    let mut last_end = 0;
    for m in &d.layer.mentions {
        assert!(m.start >= last_end, "overlap or disorder in {}", d.dump());
        assert!(m.start < m.end);
        assert!(d.text.is_char_boundary(m.start) && d.text.is_char_boundary(m.end));
        assert!(m.actor < d.layer.actors.len());
        last_end = m.end;
    }
}

pub fn check_doc(d: &Doc, expect: &[(&str, &str)]) {
    invariants(d);
    let bad: Vec<String> = expect
        .iter()
        .filter(|(s, id)| d.id_at(s) != Some(*id))
        .map(|(s, id)| format!("{s:?}: want {id}, got {:?}", d.id_at(s)))
        .collect();
    assert!(bad.is_empty(), "{}\n{}", bad.join("\n"), d.dump());
}

/// The whole pipeline's extraction of `text` (for actors that later stages resolve too).
pub fn extracted(text: &str) -> dossier_core::Extraction {
    dossier_core::extract(&dossier_core::make_document(
        text,
        dossier_core::DocumentHeader::default(),
    ))
}

/// The id of the actor with a mention starting at the `nth` (0-based) occurrence of `word` in
/// `text`, in an extraction of it.
pub fn actor_of(
    x: &dossier_core::Extraction,
    text: &str,
    word: &str,
    nth: usize,
) -> Option<String> {
    let start = text.match_indices(word).nth(nth)?.0;
    x.actors
        .iter()
        .find(|a| a.mentions.iter().any(|m| m.start == start))
        .map(|a| a.id.clone())
}
