//! Speakerless statements: sentences with markers such as "reportedly" or "is believed to" give
//! statements with sourcing `unattributed`; no speaker is ever invented.

use super::*;
use dossier_syntax::Rel;

impl Attributor<'_> {
    /// Sentences with a speakerless marker ("reportedly", "is believed to") and no statement.
    pub(super) fn unattributed(&mut self) {
        let lex = Lexicon::get();
        let t = self.text;
        for m in lex.hedged.find_iter(t) {
            let (s, e) = (m.start(), m.end());
            let before = t[..s].chars().next_back();
            let after = t[e..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            if in_quote(&self.quotes, s) {
                continue;
            }
            let Some(si) = self.sentence_of(s) else {
                continue;
            };
            let sent = self.sentences[si];
            // "Comcast has allegedly refused to release the tapes": an intention read after the
            // marker, its content an infinitive, is part of what the marker hedges, not a
            // source for the sentence.
            let hedged_within =
                |d: &Draft| d.cue.0 >= e && t[d.content.0..d.content.1].starts_with("to ");
            if self
                .drafts_of(si)
                .iter()
                .any(|&di| !hedged_within(&self.drafts[di]))
                || self.drafts_containing(s, s + 1).next().is_some()
            {
                continue;
            }
            let trimmed = t[sent.start..sent.end].trim_end_matches(['.', ' ']);
            let d = Draft {
                speaker: Speaker::None,
                cue: (s, e),
                mode: Mode::Indirect,
                stance: Stance::Hedge,
                content: (sent.start, sent.start + trimmed.len()),
                via: vec![],
                anonymous_hint: false,
                sentence: si,
            };
            self.add_draft(d);
        }
    }
}

const RAISING: &str = include_str!("../../../../data/cues/raising.tsv");

/// `raising.tsv` by voice: (lemma → passive (true) or active (false), adjective forms).
type Raising = (
    rustc_hash::FxHashMap<String, bool>,
    rustc_hash::FxHashSet<String>,
);

fn raising_table() -> &'static Raising {
    static T: std::sync::OnceLock<Raising> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = Raising::default();
        for l in RAISING
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let mut c = l.split('\t').map(str::trim);
            let (Some(w), Some(voice)) = (c.next(), c.next()) else {
                continue;
            };
            if voice == "adjective" {
                t.1.insert(w.to_lowercase());
            } else {
                t.0.insert(w.to_lowercase(), voice == "passive");
            }
        }
        t
    })
}

fn raising() -> &'static rustc_hash::FxHashMap<String, bool> {
    &raising_table().0
}

impl Attributor<'_> {
    /// Raising and passive report verbs on the tree (`data/cues/raising.tsv`): "Trump is not
    /// expected to attend", "the team appeared paralyzed" — a speakerless statement whose
    /// content is the clause, subject included. Only where no other statement holds the cue
    /// or has its cue inside the clause.
    pub(super) fn raised(&mut self) {
        let Some(doc) = self.doc else { return };
        let t = self.text;
        let table = raising();
        for ci in 0..doc.tokens.len() {
            let tok = &doc.tokens[ci];
            if tok.upos != dossier_syntax::Upos::Verb {
                continue;
            }
            let Some(&passive) = table.get(&tok.lemma.to_lowercase()) else {
                continue;
            };
            let rels = |j: usize| doc.tokens[j].rel;
            let is_passive = doc
                .children(ci)
                .any(|j| matches!(rels(j), Rel::AuxPass | Rel::NsubjPass));
            if passive != is_passive {
                continue;
            }
            let to = |x: usize| {
                doc.children(x).any(|j| {
                    matches!(rels(j), Rel::Mark | Rel::Aux)
                        && t[doc.tokens[j].start as usize..doc.tokens[j].end as usize]
                            .eq_ignore_ascii_case("to")
                })
            };
            let Some(x) = doc
                .children_with(ci, Rel::Xcomp)
                .find(|&x| x > ci && (to(x) || (!passive && doc.tokens[x].xpos != "VB")))
            else {
                continue;
            };
            // The clause: the subject through the complement's end.
            let Some(subj) = doc
                .children(ci)
                .find(|&j| matches!(rels(j), Rel::Nsubj | Rel::NsubjPass) && j < ci)
            else {
                continue;
            };
            if matches!(doc.tokens[subj].xpos.as_str(), "WP" | "WDT" | "EX")
                || t[doc.tokens[subj].start as usize..doc.tokens[subj].end as usize]
                    .eq_ignore_ascii_case("it")
            {
                continue;
            }
            let comp = super::complements::complement_tokens(doc, ci, x);
            let (lo, hi) = (doc.subtree(subj).start, comp.end);
            let Some(content) = super::complements::span_of(doc, lo..hi) else {
                continue;
            };
            let (s, e) = (tok.start as usize, tok.end as usize);
            if in_quote(&self.quotes, s) || in_quote(&self.quotes, content.0) {
                continue;
            }
            let Some(si) = self.sentence_of(s) else {
                continue;
            };
            let sent = self.sentences[si];
            if content.0 < sent.start || content.1 > sent.end {
                continue;
            }
            if self.drafts_containing(s, e).next().is_some() || self.cue_within(si, content) {
                continue;
            }
            let d = Draft {
                speaker: Speaker::None,
                cue: (s, e),
                mode: Mode::Indirect,
                stance: Stance::Hedge,
                content,
                via: vec![],
                anonymous_hint: false,
                sentence: si,
            };
            self.add_draft(d);
        }
    }
}

impl Attributor<'_> {
    /// A hedging adjective on a noun ("Emwazi's alleged links to …", "the purported video"):
    /// the noun phrase is an unattributed hedge, and no word pattern reading the adjective as a
    /// verb cue ("Emwazi … alleged …") stands. Inside another statement's content it is that
    /// speaker's wording: no statement of its own.
    pub(super) fn adjectival(&mut self) {
        let Some(doc) = self.doc else { return };
        let t = self.text;
        let forms = &raising_table().1;
        for ci in 0..doc.tokens.len() {
            let tok = &doc.tokens[ci];
            let (s, e) = (tok.start as usize, tok.end as usize);
            if tok.rel != Rel::Amod || !forms.contains(&t[s..e].to_lowercase()) {
                continue;
            }
            let Some(h) = doc
                .head(ci)
                .filter(|&h| h > ci && doc.tokens[h].upos.is_nominal())
            else {
                continue;
            };
            for di in 0..self.drafts.len() {
                if self.drafts[di].cue == (s, e) {
                    let c = self.drafts[di].content.0;
                    self.drafts[di].content = (c, c);
                }
            }
            let full = doc.subtree(h);
            let np = super::complements::noun_phrase(doc, h);
            // A bare noun hedged ("the alleged incident", "that alleged rug", "by alleged IS
            // supporters") names a thing, it states nothing: only a noun with words after it
            // ("alleged links to al-Qaeda", "alleged roles in the bombings") is a proposition.
            if np.end <= h + 1 {
                continue;
            }
            // From the phrase's own start (its determiner or possessor), not the adjective, and
            // not the preposition that governs it ("for his alleged roles …").
            let lo = (full.start..ci)
                .find(|&j| !matches!(doc.tokens[j].rel, Rel::Case | Rel::Mark | Rel::Cc))
                .unwrap_or(ci);
            let Some(content) = super::complements::span_of(doc, lo..np.end) else {
                continue;
            };
            if in_quote(&self.quotes, s) {
                continue;
            }
            let Some(si) = self.sentence_of(s) else {
                continue;
            };
            if self
                .drafts_containing(content.0, content.1)
                .next()
                .is_some()
            {
                continue;
            }
            let d = Draft {
                speaker: Speaker::None,
                cue: (s, e),
                mode: Mode::Indirect,
                stance: Stance::Hedge,
                content,
                via: vec![],
                anonymous_hint: false,
                sentence: si,
            };
            self.add_draft(d);
        }
    }
}
