//! Where one statement's content meets another statement's frame, read after every draft is
//! made (the patterns and the tree each bound their own content, blind to the others):
//!
//! - a post-posed frame enclosing a statement ends that statement's content at its own
//!   content's end: in "Tan Shen says she was walking the city …, reports Metro UK" and "A
//!   South Korean government official confirmed the authenticity of the directive, reports The
//!   New York Times", the outlet's frame is no part of what the inner speaker said;
//! - a statement coordinated after another ("North Korean officials have denied that Kim's
//!   public absence is health-related and a United States official … said this week …") ends
//!   the first one's content before the conjunction: the denial does not cover the second
//!   speaker's words, nor is the second speaker relayed by the first. Not for a pronoun or a
//!   belief after the conjunction, which may be the first speaker going on.

use super::resolve::is_pronoun_text;
use super::*;
use dossier_syntax::Upos;

impl Attributor<'_> {
    /// Cut each draft's content at the frames of the statements around and after it.
    pub(super) fn cut_at_other_frames(&mut self) {
        let t = self.text;
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        for (bi, b) in self.drafts.iter().enumerate() {
            if b.content.0 >= b.content.1 {
                continue;
            }
            let Speaker::Phrase(bs, be) = b.speaker else {
                continue;
            };
            // A frame after its content ("…, reports Metro UK", "…, the Daily Star reported").
            if b.content.1 <= b.cue.0 {
                for ai in self.drafts_containing(b.cue.0, b.cue.1) {
                    let a = &self.drafts[ai];
                    if ai != bi
                        && b.content.0 <= a.cue.0
                        && a.cue.1 <= b.content.1
                        && a.content.0 < b.content.1
                    {
                        cuts.push((ai, b.content.1));
                    }
                }
            }
            // A second speaker after a conjunction, inside a first statement's content: a
            // speaker of its own, named, and a verb of saying. A pronoun may be the first
            // speaker going on ("Tan said she had not planned on staying there long - but she
            // just wanted …") and a belief may be what the first speaker reports ("… and he
            // felt 'violated'"): both stay inside.
            let pronoun = is_pronoun_text(&t[bs..be]);
            let belief = self
                .hit_starting(b.cue.0)
                .is_some_and(|h| matches!(h.class, CueClass::Belief | CueClass::Participle));
            // "79 percent of Democrats said … and 60 percent said …": shares of one poll are
            // its findings together.
            let share = t[bs..be]
                .split(|c: char| !c.is_alphanumeric() && c != '%')
                .any(|w| w.contains('%') || Lexicon::get().shares.contains(&w.to_lowercase()));
            let conj = if pronoun || belief || share {
                None
            } else {
                self.conjunction_before(bs)
            };
            if let Some(conj) = conj {
                for ai in self.drafts_containing(bs, b.cue.1) {
                    let a = &self.drafts[ai];
                    let encloses_a = b.content.0 <= a.cue.0 && a.cue.1 <= b.content.1;
                    if ai != bi
                        && a.cue.1 <= conj
                        && a.content.0 < conj
                        && !encloses_a
                        && self.clause_between(a.content.0, conj)
                    {
                        cuts.push((ai, conj));
                    }
                }
            }
        }
        for (ai, at) in cuts {
            let (s, e) = self.drafts[ai].content;
            if at <= s || at >= e {
                continue;
            }
            let kept = t[s..at].trim_end().trim_end_matches([',', ';', ' ', '—']);
            self.drafts[ai].content = (s, s + kept.len());
        }
    }

    /// The byte where a coordinating conjunction right before byte `at` (a comma between
    /// allowed) starts: "… health-related and a United States official …".
    fn conjunction_before(&self, at: usize) -> Option<usize> {
        let before = self.text[..at].trim_end();
        let word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = before[word_start..].to_lowercase();
        if !Lexicon::get().conjunctions.contains(&word) {
            return None;
        }
        let pre = self.text[..word_start].trim_end();
        Some(pre.strip_suffix(',').map_or(pre.len(), str::len))
    }

    /// Does the text from byte `s` to `e` hold a clause: a verb or auxiliary by the tagger?
    /// Without the tree, never ("police and soldiers said" stays one subject).
    fn clause_between(&self, s: usize, e: usize) -> bool {
        let Some(doc) = self.doc else { return false };
        let from = doc.tokens.partition_point(|k| (k.start as usize) < s);
        doc.tokens[from..]
            .iter()
            .take_while(|k| (k.end as usize) <= e)
            .any(|k| matches!(k.upos, Upos::Verb | Upos::Aux))
    }
}
