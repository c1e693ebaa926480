//! A proposition's parts put together: the object by its class (`objects.tsv`), a negation
//! word read as the polarity, the place and time of the clause's obliques, the modality of its
//! controllers and modals, and the evidence span of the clause. Every reader (`props.rs`,
//! `identity.rs`, `infection.rs`, `injury.rs`) ends here.

use super::claim_actor_id;
use super::participant::Part;
use super::props::{Prop, Syn};
use super::refusal::refusal_above;
use super::unrealised::weighed;
use super::ClaimLexicon;
use crate::model::{ActorRef, Extraction};
use dossier_syntax::frames::{self, Frame};
use dossier_syntax::{Rel, Upos};

#[allow(clippy::too_many_arguments)] // the parts of one proposition
pub(super) fn finish(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    subject: Part,
    predicate: String,
    target: Option<ActorRef>,
    object_phrase: Option<String>,
    means: Option<String>,
    mut notes: Vec<String>,
) -> Prop {
    let doc = syn.doc;
    if let Some(n) = &subject.note {
        notes.push(n.clone());
    }
    // "bombed a gathering … on Monday" parsed with "Monday" as what was done to: a calendar
    // word (a weekday is a proper noun too) is a time, never the object.
    let object_phrase =
        object_phrase.filter(|o| !o.is_empty() && !lex.is("calendar", &lex.object_class(o)));
    // "had never sent drones" parsed with "never" as what was sent: a negation word is the
    // polarity, never an argument (`negation` in frames.tsv).
    let negation_object = object_phrase.as_deref().is_some_and(|o| {
        lex.is("negation", &o.trim().to_lowercase()) || lex.is("negation", &lex.object_class(o))
    });
    if negation_object {
        notes.push(format!(
            "'{}' read as the polarity, not the object",
            object_phrase.as_deref().unwrap_or("")
        ));
    }
    let object_phrase = object_phrase.filter(|_| !negation_object);
    let (object, detail) = match object_phrase {
        Some(o) => {
            let class = lex.object_class(&o);
            let detail = (class != o.to_lowercase()).then(|| {
                notes.push(format!("'{o}' → {class}"));
                o.clone()
            });
            (Some(class).filter(|c| !c.is_empty()), detail)
        }
        None => (None, means),
    };
    // Place and time: the first oblique of each kind.
    let mut place = None;
    let mut time = None;
    for (case, h) in &f.obl {
        let t = &doc.tokens[*h];
        let head = syn.lower(*h);
        let words = || {
            let r = frames::phrase(doc, *h);
            let lo = doc
                .children_with(*h, Rel::Case)
                .min()
                .unwrap_or(r.start)
                .min(r.start);
            // "at a hospital in Englewood, New Jersey, according to David Mallie": a phrase
            // the parser ran on into a statement's cue stops before it.
            let mut end = (lo..r.end)
                .find(|&j| {
                    x.statements
                        .iter()
                        .any(|s| syn.tokens_in(s.cue.start, s.cue.end).contains(&j))
                })
                .filter(|&e| e > lo + 1)
                .unwrap_or(r.end);
            while end > lo + 1 && doc.tokens[end - 1].upos == Upos::Punct {
                end -= 1;
            }
            syn.words(lo..end)
        };
        if time.is_none()
            && (lex.is("time", &head) || t.upos == Upos::Num && head.len() == 4)
            && (case.is_empty() || lex.is("timecase", case))
        {
            time = Some(words());
        } else if place.is_none()
            && lex.is("placecase", case)
            && (t.upos == Upos::Propn || lex.is("placenoun", &head))
            && target
                .as_ref()
                .is_none_or(|tg| syn.actor_at[*h].is_none_or(|ai| x.actors[ai].id != tg.id))
        {
            place = Some(words());
        }
    }
    // Time clauses ("since the war began").
    if time.is_none() {
        for c in doc.children_with(f.pred, Rel::Advcl) {
            if doc.children_with(c, Rel::Mark).any(|m| {
                matches!(
                    syn.lower(m).as_str(),
                    "since" | "before" | "after" | "when" | "until" | "while"
                )
            }) {
                time = Some(syn.words(doc.subtree(c)));
                break;
            }
        }
    }
    let modality = modality_of(syn, lex, f);
    let evidence = syn.span(without_source_phrase(syn, lex, f));
    let (subject_text, subject_head) = match &subject.actor {
        Some(_) => (None, None),
        None if subject.text.is_empty() => (None, None),
        None => (Some(subject.text.clone()), Some(subject.head.clone())),
    };
    let subject_ref = if subject.text.is_empty() && subject.actor.is_none() {
        ActorRef {
            id: String::new(),
            name: String::new(),
            mention: None,
        }
    } else {
        subject.as_ref()
    };
    if subject_ref.id.contains('.') && claim_actor_id(&subject_ref.id) != subject_ref.id {
        notes.push(format!(
            "{} → {} (a state's body or official)",
            subject_ref.name,
            claim_actor_id(&subject_ref.id)
        ));
    }
    Prop {
        pred: f.pred,
        subject: subject_ref,
        subject_text,
        subject_head,
        predicate,
        target,
        object,
        detail,
        place,
        time,
        negated: f.negated || negation_object,
        modality,
        evidence,
        notes,
        asserted_by: None,
    }
}

/// The clause of `f` without an oblique naming its source at either edge (`sourcecase` in
/// frames.tsv: "According to the UN , 2,000 people were killed", "…, according to police"):
/// that phrase is the attribution, read as a statement, not the proposition's words. Only a
/// phrase the tree gives whole: an oblique of the clause's head that opens with its preposition
/// (punctuation before it aside), set off by a comma, and with no comma of its own after the
/// preposition when it closes the clause ("according to Variety, in the film …" ran on); else
/// the clause is kept as it is.
fn without_source_phrase(syn: &Syn, lex: &ClaimLexicon, f: &Frame) -> std::ops::Range<usize> {
    let doc = syn.doc;
    let mut r = f.clause.clone();
    let comma = |k: usize| syn.lower(k) == ",";
    let punct = |k: usize| doc.tokens[k].upos == Upos::Punct;
    // The clause's head: `f.pred`, or the verb carrying a state ("was found dead").
    let Some(h) = doc.range_head(f.clause.clone()) else {
        return r;
    };
    let sources: Vec<usize> = doc
        .children_with(h, Rel::Obl)
        .filter(|&c| lex.is("sourcecase", &frames::case_of(doc, syn.text, c)))
        .collect();
    for c in sources {
        let Some(k) = doc.children_with(c, Rel::Case).min() else {
            continue;
        };
        let s = doc.subtree(c);
        if !(s.start..k).all(punct) || s.end > r.end || s.end <= k + 1 {
            continue;
        }
        let set_off = (s.end < r.end && comma(s.end)) || comma(s.end - 1);
        if (r.start..k).all(punct) && set_off && s.end < r.end {
            let mut lo = s.end;
            while lo < r.end && comma(lo) {
                lo += 1;
            }
            if lo < r.end {
                r.start = lo;
            }
        } else if k > r.start + 1
            && comma(k - 1)
            && (s.end..r.end).all(punct)
            && !(k..s.end).any(comma)
        {
            let mut hi = k;
            while hi > r.start + 1 && comma(hi - 1) {
                hi -= 1;
            }
            r.end = hi;
        }
    }
    r
}

fn modality_of(syn: &Syn, lex: &ClaimLexicon, f: &Frame) -> Option<String> {
    if f.conditional {
        return Some("conditional".into());
    }
    // "is considering sending troops"; "did not rule out sending troops".
    if weighed(syn, lex, f.pred) || refusal_above(syn, lex, f.pred).is_some_and(|(_, n)| n) {
        return Some("considered".into());
    }
    for c in &f.controllers {
        if lex.is("believed", c) {
            return Some("believed".into());
        }
        // "agreed to withdraw", "plans to send troops": promised or meant, not done.
        if lex.is("intended", c) || lex.is("committed", c) {
            return Some("intended".into());
        }
        // "decided to send troops": the decision is reported as taken (`decided`, frames.tsv).
        if lex.is("decided", c) {
            return Some("decided".into());
        }
    }
    // "the reported killing of al-Baghdadi", "the alleged assault of X by Y": a report
    // adjective on an act noun relays the act (`reportadj`, `nominal.rs::alleged`).
    if super::nominal::alleged(syn, lex, f.pred) {
        return Some("believed".into());
    }
    for m in &f.modals {
        if lex.is("possible", m) {
            return Some("possible".into());
        }
        if lex.is("future", m) {
            return Some("future".into());
        }
    }
    // "possibly", "probably" on the predicate.
    if syn
        .doc
        .children_with(f.pred, Rel::Advmod)
        .any(|c| lex.is("possible", &syn.lower(c)))
    {
        return Some("possible".into());
    }
    None
}
