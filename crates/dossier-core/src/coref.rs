//! Coreference of descriptions over the [`Doc`]: "the militant group", "the extremists",
//! "kidnapped by militants" → the armed group named in the preceding sentences.
//!
//! The actor layer already resolves names, surnames, titled descriptions ("the general") and
//! pronouns. What it leaves is the common-noun description of a group: a noun phrase whose head
//! is one of `data/coref/heads.tsv` (armed nouns — militant, jihadist, extremist, fighter —, and
//! group nouns — group, organisation, movement), with no actor of its own among its modifiers
//! ("ISIS militants" is the actor layer's and the event coder's business), definite ("the",
//! "this", "these", "those") or a bare plural, and no blocker word making it new or indefinite
//! ("another group", "rival militants", "a group of journalists", "three militants").
//!
//! Such a description refers to the nearest earlier mention, within [`WINDOW`] sentences, of an
//! actor of a compatible kind: armed nouns only to `group` actors, group nouns to `group` or
//! `organisation` actors. Number is checked by the kind (a group actor is referred to by the
//! singular group noun or the plural member noun alike). Each resolution keeps both spans: the
//! description's words and the antecedent mention, so any fact built on it can show why.
//!
//! Pure: reads the `Doc`, the text and the actor layer; no I/O. Runs inside the events stage;
//! any later stage may call [`resolve`] on the same inputs (it is deterministic and linear in
//! the tokens times the mentions of the window).

use std::sync::OnceLock;

use crate::actors::ActorLayer;
use crate::model::ActorKind;
use dossier_syntax::{Doc, Rel, Upos};

const HEADS_TSV: &str = include_str!("../../../data/coref/heads.tsv");

/// How many sentences back (the description's own included) an antecedent may be.
pub const WINDOW: usize = 10;

/// What a description head may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HeadKind {
    /// Members or the whole of a non-state armed group: `group` actors only.
    Armed,
    /// A group or organisation noun: `group` or `organisation` actors.
    Group,
}

/// The word lists of `data/coref/heads.tsv`.
#[derive(Debug, Default)]
pub struct CorefData {
    heads: Vec<(String, HeadKind)>,
    blockers: Vec<String>,
}

impl CorefData {
    /// Parse a heads file: `head<TAB>kind` and `block<TAB>word` lines, `#` comments. Unknown
    /// kinds are an error naming the line.
    pub fn parse(tsv: &str) -> Result<CorefData, String> {
        let mut d = CorefData::default();
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(a), Some(b)) = (cols.next(), cols.next()) else {
                return Err(format!("line {}: expected two columns", n + 1));
            };
            let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
            match b.as_str() {
                _ if a == "block" => d.blockers.push(b),
                "armed" => d.heads.push((a, HeadKind::Armed)),
                "group" => d.heads.push((a, HeadKind::Group)),
                other => return Err(format!("line {}: unknown kind {other:?}", n + 1)),
            }
        }
        d.heads.sort();
        d.blockers.sort();
        Ok(d)
    }

    /// The embedded `data/coref/heads.tsv`.
    pub fn builtin() -> &'static CorefData {
        static D: OnceLock<CorefData> = OnceLock::new();
        D.get_or_init(|| CorefData::parse(HEADS_TSV).expect("data/coref/heads.tsv is well-formed"))
    }

    fn head(&self, w: &str) -> Option<HeadKind> {
        self.heads
            .binary_search_by(|(h, _)| h.as_str().cmp(w))
            .ok()
            .map(|i| self.heads[i].1)
    }

    fn blocks(&self, w: &str) -> bool {
        self.blockers
            .binary_search_by(|b| b.as_str().cmp(w))
            .is_ok()
    }
}

/// One resolved description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    /// The description's head token.
    pub token: usize,
    /// Byte span of the description's words (determiner and modifiers to the head).
    pub start: usize,
    pub end: usize,
    /// Index into the layer's mentions of the antecedent.
    pub antecedent: usize,
}

/// The descriptions of one document resolved to earlier mentions, by head token.
#[derive(Debug, Clone, Default)]
pub struct Coref {
    links: Vec<Link>,
}

impl Coref {
    /// The link whose description is headed by token `i`.
    pub fn at(&self, i: usize) -> Option<&Link> {
        self.links
            .binary_search_by_key(&i, |l| l.token)
            .ok()
            .map(|k| &self.links[k])
    }

    /// Every link, in text order.
    pub fn links(&self) -> &[Link] {
        &self.links
    }
}

fn lower(text: &str, doc: &Doc, i: usize) -> String {
    doc.form(text, i).to_lowercase().replace('\u{2019}', "'")
}

/// Resolve the group descriptions of `doc` (built from `text`) against `layer` with the
/// embedded word lists.
pub fn resolve(text: &str, doc: &Doc, layer: &ActorLayer) -> Coref {
    resolve_with(text, doc, layer, CorefData::builtin())
}

/// [`resolve`] with given word lists.
pub fn resolve_with(text: &str, doc: &Doc, layer: &ActorLayer, data: &CorefData) -> Coref {
    let mut links = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        for i in s.tokens() {
            let t = &doc.tokens[i];
            if t.upos != Upos::Noun || (t.end as usize) > text.len() {
                continue;
            }
            // A modifier of another noun ("militant group": "militant" is not the head).
            if matches!(t.rel, Rel::Compound | Rel::Amod | Rel::Flat) {
                continue;
            }
            let (ts, te) = (t.start as usize, t.end as usize);
            if layer.mention_covering(ts).is_some_and(|m| m.end > ts)
                || !layer.mentions_in(ts, te).is_empty()
            {
                continue;
            }
            let form = lower(text, doc, i);
            let lemma = t.lemma.to_lowercase();
            let Some(mut kind) = data.head(&form).or_else(|| data.head(&lemma)) else {
                continue;
            };
            let plural = t.feats.contains("Number=Plur") || t.xpos == "NNS";
            // Its own modifiers: none names an actor, none is a blocker, no number.
            let mut definite = false;
            let mut first = i;
            let mut ok = true;
            for c in doc.children(i) {
                let ct = &doc.tokens[c];
                match ct.rel {
                    Rel::Det | Rel::Amod | Rel::Compound | Rel::Nummod | Rel::NmodPoss => {}
                    // "a group of journalists", "the fighters of the Kurdish YPG".
                    Rel::Nmod if dossier_syntax::frames::case_of(doc, text, c) == "of" => {
                        ok = false;
                        break;
                    }
                    _ => continue,
                }
                if c > i {
                    continue;
                }
                let (cs, ce) = (ct.start as usize, ct.end as usize);
                let w = lower(text, doc, c);
                // A hyphenated modifier ("anti-IS", "Iranian-backed") makes it another group.
                if w.contains('-') && ct.rel != Rel::Det {
                    ok = false;
                    break;
                }
                if ct.rel == Rel::Nummod
                    || ct.rel == Rel::NmodPoss
                    || data.blocks(&w)
                    || !layer.mentions_in(cs, ce.max(cs + 1)).is_empty()
                    || layer.mention_covering(cs).is_some_and(|m| m.end > cs)
                {
                    ok = false;
                    break;
                }
                // "the terrorist group", "the jihadist organisation": an armed modifier makes
                // the description an armed group's (never a party or an agency).
                if ct.rel == Rel::Amod || ct.rel == Rel::Compound {
                    let clemma = ct.lemma.to_lowercase();
                    if data.head(&w).or_else(|| data.head(&clemma)) == Some(HeadKind::Armed) {
                        kind = HeadKind::Armed;
                    }
                }
                if ct.rel == Rel::Det {
                    if matches!(w.as_str(), "the" | "this" | "that" | "these" | "those") {
                        definite = true;
                    } else {
                        ok = false;
                        break;
                    }
                }
                first = first.min(doc.subtree(c).start);
            }
            if !ok || !(definite || plural) || names_group_after(text, doc, layer, i) {
                continue;
            }
            let compatible = |m: &crate::actors::Mention| {
                // A name inside a hyphenated modifier ("the Al Qaeda-affiliated group",
                // "an anti-IS group") names another group than the one described.
                if text[m.end..].starts_with('-') || text[..m.start].ends_with('-') {
                    return false;
                }
                let k = layer.actors[m.actor].kind;
                match kind {
                    HeadKind::Armed => k == ActorKind::Group,
                    HeadKind::Group => matches!(k, ActorKind::Group | ActorKind::Organisation),
                }
            };
            // The antecedent: the nearest earlier mention of a compatible actor in the window.
            let from = doc.sentences[si.saturating_sub(WINDOW - 1)].start as usize;
            let start = doc.tokens[first].start as usize;
            let upto = layer.mentions.partition_point(|m| m.start < start);
            let found = layer.mentions[..upto]
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, m)| m.start >= from)
                .find(|(_, m)| compatible(m))
                .map(|(k, _)| k);
            let found = found.map(|k| subject_of_sentence(text, doc, layer, k, &compatible));
            if let Some(antecedent) = found {
                links.push(Link {
                    token: i,
                    start,
                    end: te,
                    antecedent,
                });
            }
        }
    }
    Coref { links }
}

/// The antecedent mention `k`, or — when `k` is named only inside a phrase of another noun
/// ("The Islamic State, an offshoot of al-Qaeda, is …": al-Qaeda hangs on "offshoot") — an
/// earlier compatible mention of the same sentence that is its clause's subject, which the
/// sentence is about.
fn subject_of_sentence(
    text: &str,
    doc: &Doc,
    layer: &ActorLayer,
    k: usize,
    compatible: &dyn Fn(&crate::actors::Mention) -> bool,
) -> usize {
    let head = |m: &crate::actors::Mention| {
        let r = doc.tokens_within(m.start, m.end);
        doc.range_head(r)
    };
    let m = &layer.mentions[k];
    let Some(h) = head(m) else {
        return k;
    };
    if !matches!(doc.tokens[h].rel, Rel::Nmod | Rel::NmodPoss) || (m.end > text.len()) {
        return k;
    }
    let sent = doc.sentences[doc.sentence_of(h)];
    let from = sent.start as usize;
    layer.mentions[..k]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, o)| o.start >= from)
        .find(|(_, o)| {
            o.actor != m.actor
                && compatible(o)
                && head(o).is_some_and(|g| doc.tokens[g].rel.is_subject())
        })
        .map_or(k, |(j, _)| j)
}

/// Whether the words right after the description head `i`, up to its clause's verb, name a
/// group or organisation: "militants sympathetic to the Islamic State", "militants with links
/// to al-Qaeda" are that group's associates, not the group named before. Read on the words, not
/// the tree: the parser hangs "sympathetic to …" on the verb as often as on the noun.
fn names_group_after(text: &str, doc: &Doc, layer: &ActorLayer, i: usize) -> bool {
    // The sentence's tokens end before `last`; eight words at most.
    let stop = (doc.sentences[doc.sentence_of(i)].last as usize).min(i + 9);
    let end = (i + 1..stop)
        .find(|&j| matches!(doc.tokens[j].upos, Upos::Verb | Upos::Aux | Upos::Punct))
        .unwrap_or(stop);
    if end <= i + 1 {
        return false;
    }
    let (s, e) = (
        doc.tokens[i + 1].start as usize,
        (doc.tokens[end - 1].end as usize).min(text.len()),
    );
    layer.mentions_in(s, e).iter().any(|m| {
        matches!(
            layer.actors[m.actor].kind,
            ActorKind::Group | ActorKind::Organisation
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn run(raw: &str) -> (String, Vec<(String, String)>) {
        let text = crate::text::normalize(raw);
        let doc = dossier_syntax::parse(&text);
        let sents = crate::doc_sentences(&text, &doc);
        let layer = ActorLayer::recognise_in(&text, &doc, &sents, Lexicon::embedded());
        let c = resolve(&text, &doc, &layer);
        let out = c
            .links()
            .iter()
            .map(|l| {
                (
                    text[l.start..l.end].to_string(),
                    layer.actors[layer.mentions[l.antecedent].actor].id.clone(),
                )
            })
            .collect();
        (text, out)
    }

    #[test]
    fn group_descriptions_refer_to_the_group_named_before() {
        let (_, links) = run(
            "Al-Shabaab claimed the attack on the Westgate mall. The militant group said it \
             would strike again, and the militants posted a video on Friday.",
        );
        assert_eq!(
            links,
            [
                (
                    "The militant group".to_string(),
                    "GROUP.ALSHABAAB".to_string()
                ),
                ("the militants".to_string(), "GROUP.ALSHABAAB".to_string()),
            ]
        );
    }

    #[test]
    fn new_or_indefinite_descriptions_and_states_are_not_resolved() {
        let (_, links) = run(
            "The Taliban attacked a checkpoint in Kandahar. Another group claimed a bombing, \
             and a group of journalists was detained. Three militants were killed by Afghan \
             troops.",
        );
        assert!(links.is_empty(), "{links:?}");
        // No group named before: nothing to refer to (a state is not a group).
        let (_, links) = run("Russia attacked Kyiv on Monday. The militants fled the town.");
        assert!(links.is_empty(), "{links:?}");
        // An armed modifier: a party is no antecedent of "the terrorist group".
        let (_, links) = run(
            "Republicans criticised the president on Monday. They said the terrorist group \
             was growing.",
        );
        assert!(links.is_empty(), "{links:?}");
    }

    #[test]
    fn the_heads_file_rejects_unknown_kinds() {
        assert!(CorefData::parse("militant\tarmed\nfoo\tbar\n").is_err());
        assert!(CorefData::parse("group\n").is_err());
        let d = CorefData::parse("# c\nmilitants\tarmed\nblock\tanother\n").unwrap();
        assert_eq!(d.head("militants"), Some(HeadKind::Armed));
        assert!(d.blocks("another"));
    }
}
