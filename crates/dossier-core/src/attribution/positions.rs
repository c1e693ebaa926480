//! Positions taken on a thing, read on the tree by lemma: a verb of `data/cues/positions.tsv`
//! with a noun-phrase argument after it ("Moscow endorsed the ceasefire plan", "the senator,
//! who opposed the deal", "…, criticizing the sanctions", "talked about the talks") is a
//! statement with that argument as content, mode [`Mode::Nominal`]: it names a thing and states
//! no proposition. The word patterns know cue verbs by their written forms (`verbs.tsv`); this
//! pass reads every form of a lemma, after them, and only where no reading holds the verb. The
//! argument is read as [`super::nominal`] reads an `object` cue's (a completing `as`/`for`
//! phrase or second predicate kept, a time phrase cut); the source as [`super::complements`]
//! reads a cue's (subject, relative antecedent, the subject a participle or conjunct inherits).
//! A passive ("the plan was backed by"), a participle describing a noun ("a plan backed by"),
//! a clause after the verb (the tree pass of clausal complements reads those), a verb in a
//! quotation or inside another statement's content, a to-infinitive ("met to discuss the
//! situation") or a negated verb ("has not endorsed"), a reflexive or time argument ("calls
//! itself …", "announce Monday"), a content holding another statement's cue, or a speaker
//! phrase the word patterns refuse give none.

use super::complements::{noun_phrase, source_tokens, span_of};
use super::nominal::{argument, Reading};
use super::*;
use dossier_syntax::{Doc, Rel, Upos};
use std::sync::OnceLock;

const POSITIONS: &str = include_str!("../../../../data/cues/positions.tsv");

/// One row of `positions.tsv`: the preposition opening the argument (none: the object) and
/// the stance the verb carries.
struct Row {
    prep: Option<String>,
    stance: Stance,
    noun: bool,
}

/// (Lemma, is noun) → rows, rows with a preposition first.
fn table() -> &'static rustc_hash::FxHashMap<(String, bool), Vec<Row>> {
    static T: OnceLock<rustc_hash::FxHashMap<(String, bool), Vec<Row>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: rustc_hash::FxHashMap<(String, bool), Vec<Row>> = Default::default();
        for l in POSITIONS
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let c: Vec<&str> = l.split('\t').map(str::trim).collect();
            let (Some(&lemma), Some(&prep), Some(&stance)) = (c.first(), c.get(1), c.get(2)) else {
                continue;
            };
            let row = Row {
                prep: (prep != "-").then(|| prep.to_lowercase()),
                stance: if stance == "deny" {
                    Stance::Deny
                } else {
                    Stance::Assert
                },
                noun: c.get(3) == Some(&"noun"),
            };
            t.entry((lemma.to_lowercase(), row.noun))
                .or_default()
                .push(row);
        }
        for rows in t.values_mut() {
            rows.sort_by_key(|r| r.prep.is_none());
        }
        t
    })
}

/// The holder of a position noun at `n`: its possessor ("Moscow's support for …") or the
/// phrase of a `by` after it ("the condemnation by the council of …"), as a token range.
fn holder(doc: &Doc, text: &str, n: usize) -> Option<std::ops::Range<usize>> {
    let h = doc.children_with(n, Rel::NmodPoss).next().or_else(|| {
        doc.children_with(n, Rel::Nmod).find(|&j| {
            j > n
                && doc
                    .children_with(j, Rel::Case)
                    .any(|k| doc.form(text, k).eq_ignore_ascii_case("by"))
        })
    })?;
    let mut r = noun_phrase(doc, h);
    // The possessive "'s" closes the holder's phrase, not its name.
    while r.end > r.start + 1 && doc.tokens[r.end - 1].rel == Rel::Case {
        r.end -= 1;
    }
    while r.start < h && doc.tokens[r.start].rel == Rel::Case {
        r.start += 1;
    }
    Some(r)
}

/// Whether the source phrase (tokens `r`) can take a position: its head is a name, a pronoun
/// or a noun of someone who speaks — a person, a group, a body, an outlet or a document that
/// states ("the senator", "rebels", "the ministry", "the newspaper", "the memo"): the speaker
/// nouns of the word patterns (`words.rs`), of `person_heads.tsv`, `person_nouns.tsv` and
/// `outlet_nouns.tsv`, the people, agents, armed groups and statements of
/// `data/events/nouns.tsv`, and the titles and people nouns of the actor lexicon
/// (`data/lexicon/titles.tsv`, `words.tsv`). A thing takes none: "the facts favor Israel", "a patent
/// described the device", "the new law backs the bank".
pub(super) fn speaking_head(doc: &Doc, text: &str, r: std::ops::Range<usize>) -> bool {
    let Some(h) = doc.range_head(r) else {
        return false;
    };
    if doc.tokens[h].upos != Upos::Noun {
        return true;
    }
    let lex = Lexicon::get();
    let roles = crate::events::Roles::builtin();
    let speaks = |w: &str| {
        [SPEAKER_NOUNS, BODY_NOUNS, GENERIC_GROUPS, PERSON_HEADS]
            .iter()
            .any(|l| l.contains(&w))
            || [&lex.person_heads, &lex.person_nouns, &lex.outlet_nouns]
                .iter()
                .any(|l| l.iter().any(|n| n == w))
            || roles.noun(w).is_some_and(|k| {
                use crate::events::roles::NounKind::*;
                matches!(k, Agent | Person | Armed | Statement)
            })
            || person_word(w)
    };
    let form = doc.form(text, h).to_lowercase();
    speaks(&doc.tokens[h].lemma.to_lowercase()) || speaks(&form)
}

/// Whether lowercase noun `w` names a person in the actor lexicon: the head of a title
/// (`titles.tsv`: "general", "spokeswoman"), or a people, kin or expert noun, or a description
/// of a person (`words.tsv`).
pub(super) fn person_word(w: &str) -> bool {
    let lex = crate::lexicon::Lexicon::embedded();
    lex.titles.iter().any(|t| t.head.as_deref() == Some(w))
        || lex.lower_word(w).is_some_and(|l| {
            l.people_noun
                || l.people_of.is_some()
                || l.kin.is_some()
                || l.expert
                || l.desc
                    .as_ref()
                    .is_some_and(|d| d.contains(&crate::model::ActorKind::Person))
        })
}

impl Attributor<'_> {
    /// Statements of positions on a thing (see the module documentation). Runs after the
    /// speakerless hedges and the colon paragraphs, which it never pre-empts.
    pub(super) fn positions(&mut self) {
        let Some(doc) = self.doc else { return };
        let t = self.text;
        for ci in 0..doc.tokens.len() {
            let tok = &doc.tokens[ci];
            let noun = match tok.upos {
                Upos::Verb => false,
                Upos::Noun => true,
                _ => continue,
            };
            let lemma = tok.lemma.to_lowercase();
            let Some(rows) = table().get(&(lemma.clone(), noun)) else {
                continue;
            };
            let (s, e) = (tok.start as usize, tok.end as usize);
            if in_quote(&self.quotes, s) || self.drafts_containing(s, e).next().is_some() {
                continue;
            }
            let hit = self.hit_index_at(s);
            if hit.is_some_and(|h| self.hit_used[h].is_some()) {
                continue;
            }
            if super::cues::not_speech_context(t, (s, e), &t[s..e].to_lowercase(), true) {
                continue;
            }
            // "was backed by", "a plan backed by Moscow": done to the subject or describing
            // the noun, nobody's position.
            let passive = !noun
                && doc
                    .children(ci)
                    .any(|j| matches!(doc.tokens[j].rel, Rel::AuxPass | Rel::NsubjPass));
            let bare_participle = !noun
                && tok.xpos == "VBN"
                && !doc
                    .children(ci)
                    .any(|j| matches!(doc.tokens[j].rel, Rel::Aux | Rel::AuxPass));
            // "plans to endorse", "met to discuss the situation": a position not yet taken
            // (and the purpose of an act the events read); "has not endorsed", "never
            // mentioned": negated cues report nothing.
            let unrealised = doc.children(ci).any(|j| {
                let w = doc.form(t, j).to_lowercase().replace('’', "'");
                matches!(doc.tokens[j].rel, Rel::Mark | Rel::Aux) && w == "to"
                    || doc.tokens[j].rel == Rel::Advmod
                        && matches!(w.as_str(), "not" | "n't" | "never")
            });
            if passive || bare_participle || unrealised {
                continue;
            }
            let Some(si) = self.sentence_of(s) else {
                continue;
            };
            if self.cue_overlaps(si, s, e) {
                continue;
            }
            // A preposition row when its preposition follows the verb, else the object row.
            let next = (ci + 1 < doc.tokens.len()).then(|| doc.form(t, ci + 1).to_lowercase());
            let Some((cue_end, last, stance)) = rows.iter().find_map(|r| match &r.prep {
                Some(p) if next.as_deref() == Some(p.as_str()) => {
                    Some((doc.tokens[ci + 1].end as usize, p.as_str(), r.stance))
                }
                Some(_) => None,
                None => Some((e, lemma.as_str(), r.stance)),
            }) else {
                continue;
            };
            let Reading::Argument(r, clause) = argument(doc, t, ci, cue_end, last) else {
                continue;
            };
            let Some(content) = span_of(doc, r.clone()) else {
                continue;
            };
            if content.0 < cue_end {
                continue;
            }
            // "calls itself the Islamic State", "refer to themselves as …": a name, no
            // position; "announce Monday": a date, no argument.
            let head = (r.start..r.end).find(|&k| doc.head(k).is_none_or(|h| !r.contains(&h)));
            if head.is_some_and(|k| {
                doc.form(t, k).to_lowercase().ends_with("self")
                    || doc.form(t, k).to_lowercase().ends_with("selves")
                    || super::speakers::time_word(doc, k)
            }) {
                continue;
            }
            // A content never holds another statement's cue ("calls the version of events
            // that the police have claimed …": the claim is the police's).
            if self.cue_within(si, content) {
                continue;
            }
            // A noun's holder is its possessor or `by` agent, nothing further away.
            let src = if noun {
                holder(doc, t, ci)
            } else {
                source_tokens(doc, ci, false)
            };
            let Some(src) = src else {
                continue;
            };
            if !speaking_head(doc, t, src.clone()) {
                continue;
            }
            if src.end > r.start && r.end > src.start {
                continue;
            }
            let Some((a, b)) = span_of(doc, src) else {
                continue;
            };
            let sent = self.sentences[si];
            if content.1 > sent.end || a < sent.start || !self.valid_np((a, b)) {
                continue;
            }
            let d = Draft {
                speaker: Speaker::Phrase(a, b),
                cue: (s, cue_end),
                mode: if clause {
                    Mode::Indirect
                } else {
                    Mode::Nominal
                },
                stance,
                content,
                via: vec![],
                anonymous_hint: false,
                sentence: si,
            };
            let hits: Vec<usize> = hit.into_iter().collect();
            self.push(d, &hits);
        }
    }
}
