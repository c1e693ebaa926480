//! The coder's entry: whether a parse fits its text, and the walk over a document's sentences
//! that builds the [`Coder`]'s per-token tables (lower-cased words, lemmas, actor mentions with
//! their coreference links) and codes every token.

use super::Coder;
use crate::actors::ActorLayer;
use crate::events::lexicon::EventLexicon;
use crate::events::roles::Roles;
use crate::model::{Event, Statement};
use crate::text::Offsets;
use dossier_syntax::Doc;

/// Whether `doc` fits `text`: every token span inside it and on character boundaries. A `Doc`
/// built from another text is refused rather than sliced.
pub(in crate::events) fn fits(doc: &Doc, text: &str) -> bool {
    doc.tokens.iter().all(|t| {
        let (s, e) = (t.start as usize, t.end as usize);
        s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    }) && doc.sentences.iter().all(|s| {
        s.first <= s.last
            && (s.last as usize) <= doc.tokens.len()
            && s.tokens().all(|j| {
                doc.tokens[j].head == dossier_syntax::doc::NO_HEAD
                    || s.tokens().contains(&(doc.tokens[j].head as usize))
            })
    })
}

#[allow(clippy::too_many_arguments)]
pub(in crate::events) fn extract(
    text: &str,
    doc: &Doc,
    layer: &ActorLayer,
    statements: &[Statement],
    lex: &EventLexicon,
    actor_lex: &crate::lexicon::Lexicon,
    roles: &Roles,
    coref: &crate::coref::Coref,
    trace: Option<&std::cell::RefCell<Vec<crate::events::Dropped>>>,
) -> Vec<Event> {
    let offsets = Offsets::new(text);
    let lower = doc
        .tokens
        .iter()
        .map(|t| {
            let w = &text[t.start as usize..t.end as usize];
            if w.is_ascii() {
                w.to_ascii_lowercase()
            } else {
                w.to_lowercase().replace('\u{2019}', "'")
            }
        })
        .collect::<Vec<String>>();
    let lemmas = doc
        .tokens
        .iter()
        .zip(&lower)
        .map(|(t, low)| {
            if t.lemma.is_empty() || t.lemma == "_" {
                low.clone()
            } else if t.lemma.bytes().any(|b| b.is_ascii_uppercase()) || !t.lemma.is_ascii() {
                t.lemma.to_lowercase()
            } else {
                t.lemma.clone()
            }
        })
        .collect();
    let mention = doc
        .tokens
        .iter()
        .map(|t| {
            let (s, e) = (t.start as usize, t.end as usize);
            match layer.mention_covering(s) {
                Some(m) => Some(m),
                // A token that starts before a mention inside it ("U.S.-led").
                None => layer
                    .mentions_in(s, e.max(s + 1))
                    .first()
                    .filter(|m| m.start < e),
            }
            .map(|m| {
                // Mentions are sorted by start and do not overlap: find its index.
                layer
                    .mentions
                    .partition_point(|x| x.start < m.start)
                    .min(layer.mentions.len() - 1)
            })
        })
        .collect::<Vec<Option<usize>>>();
    let mut mention = mention;
    for l in coref.links() {
        mention[l.token] = Some(l.antecedent);
    }
    let c = Coder {
        text,
        doc,
        layer,
        statements,
        lex,
        actor_lex,
        roles,
        offsets: &offsets,
        lower,
        lemmas,
        mention,
        coref,
        trace,
        body_start: crate::furniture::body_start(text),
        stages: Default::default(),
        forced_intent: Default::default(),
    };
    let mut events = Vec::new();
    for s in &doc.sentences {
        if c.is_furniture(s) {
            continue;
        }
        c.stages.borrow_mut().clear();
        let mut coded = Vec::new();
        for i in s.tokens() {
            let before = events.len();
            c.code_token(i, s.last as usize, &mut events);
            if events.len() > before {
                coded.push(i);
            }
        }
        // "Jordan and Britain agreed to undertake joint exercises": an intent controller whose
        // complement names no act the lexicon codes is the intent to cooperate itself.
        for i in s.tokens() {
            if c.unnamed_intent(i, &coded) {
                c.forced_intent.set(Some(i));
                c.code_token(i, s.last as usize, &mut events);
                c.forced_intent.set(None);
            }
        }
    }
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    events
}
