//! An official named by title in one sentence and by name in the next: "Lebanon's interior
//! minister said that DNA tests have confirmed … ¶ Nohad Machnouk also says that …" (FNC-1
//! train 194; 30 is the same wire story) — the minister is Machnouk, as a reader of the wire
//! story's second paragraph takes him. The attribution stage leaves the title an
//! `UNKNOWN.*` speaker on behalf of the state; this post-pass gives its statements the person.
//!
//! Narrow on purpose: the title is a possessed office ("Lebanon's interior minister", "the
//! country's interior minister"), singular, spoken for a state or body; the next sentence's
//! first statement is by a person the text names there for the first time, with no post,
//! affiliation or other country of their own; no other named person comes between the two.

use crate::lexicon::{Lexicon, Target};
use crate::model::{ActorKind, Extraction, Sourcing, Statement};
use crate::text::{Offsets, Sentence};

/// Give the statements of a title speaker the official the next sentence names (see the
/// module comment). Spans of `x` are code points; `sentences` bytes.
pub(crate) fn name_title_speakers(
    x: &mut Extraction,
    sentences: &[Sentence],
    offsets: &Offsets,
    lexicon: &Lexicon,
) {
    let starts: Vec<usize> = sentences
        .iter()
        .map(|s| offsets.char_offset(s.start))
        .collect();
    let sent_of = |c: usize| starts.partition_point(|&s| s <= c).saturating_sub(1);
    let mut renames: Vec<(String, usize)> = Vec::new();
    for s in &x.statements {
        let Some(m) = s
            .speaker
            .mention
            .as_ref()
            .filter(|_| possessed_office(s, lexicon))
        else {
            continue;
        };
        if renames.iter().any(|(id, _)| *id == s.speaker.id) {
            continue;
        }
        let si = sent_of(m.start);
        let Some(next) = x
            .statements
            .iter()
            .filter(|n| sent_of(n.cue.start) == si + 1)
            .min_by_key(|n| n.cue.start)
        else {
            continue;
        };
        let Some(pi) = x.actors.iter().position(|a| a.id == next.speaker.id) else {
            continue;
        };
        let p = &x.actors[pi];
        if p.kind != ActorKind::Person
            || p.id.contains('@')
            || p.role.is_some()
            || p.affiliation.is_some()
        {
            continue;
        }
        let Some(first) = p.mentions.iter().map(|m| m.start).min() else {
            continue;
        };
        if sent_of(first) != si + 1 {
            continue;
        }
        // A country of their own is the title's.
        let state = s
            .on_behalf_of
            .as_ref()
            .map(|b| b.id.split('.').next().unwrap_or("").to_string());
        if p.country.is_some() && p.country != state {
            continue;
        }
        // Nobody else named in between ("Turkey's president has said … The Pentagon claims …
        // Tayyip Erdogan"); a description inside the content ("the group's leader") is no one.
        let between = x.actors.iter().any(|a| {
            a.kind == ActorKind::Person
                && !a.id.contains('@')
                && a.id != p.id
                && a.mentions
                    .iter()
                    .any(|o| o.start > m.end && o.start < first)
        });
        if !between {
            renames.push((s.speaker.id.clone(), pi));
        }
    }
    for (id, pi) in renames {
        let (pid, pname) = (x.actors[pi].id.clone(), x.actors[pi].name.clone());
        for s in &mut x.statements {
            if s.speaker.id == id {
                s.speaker.id = pid.clone();
                s.speaker.name = pname.clone();
                s.sourcing = Sourcing::Named;
            }
            for v in s.via.iter_mut().filter(|v| v.id == id) {
                v.id = pid.clone();
                v.name = pname.clone();
            }
        }
    }
}

/// The statement's speaker is an unresolved office a state or body holds, in the singular and
/// possessed, ending in a title of the actor lexicon: "Lebanon's interior minister", "the
/// country's interior minister" — not a body ("Yemen's Defense Ministry", FNC-1 train 2318) nor
/// a thing ("Gertz's report", 2448).
fn possessed_office(s: &Statement, lexicon: &Lexicon) -> bool {
    let Some(m) = &s.speaker.mention else {
        return false;
    };
    let words: Vec<&str> = m.text.split_whitespace().collect();
    let possessive = |w: &&str| w.ends_with("'s") || w.ends_with("’s");
    let Some(p) = words.iter().rposition(possessive) else {
        return false;
    };
    let office = words[p + 1..].join(" ");
    let title = lexicon
        .find_all(&office)
        .iter()
        .any(|t| matches!(t.target, Target::Title(_)) && t.end == office.len());
    s.speaker.id.starts_with("UNKNOWN.")
        && s.sourcing == Sourcing::OfficialBody
        && s.on_behalf_of.is_some()
        && (2..=5).contains(&words.len())
        && title
        && !office.ends_with('s')
}
