//! Unnamed antecedents of "he"/"she": an unnamed person nearer than the best named candidate
//! ("a statement from the prisoner … he says"), and an unnamed subject above the pronoun in its
//! own sentence ("a woman who … with what she said").

use super::pronouns::{OBJECT, PRONOUN_REACH};
use super::*;
use crate::syntax::Rel;

impl<'a> Resolver<'a> {
    /// "… followed by a statement from the prisoner. ¶ “I call on …,” he says. He asks his
    /// parents …": a "he"/"she" in narration goes on with the unnamed person an earlier one of
    /// its gender stood for (in its own sentence or the one before, outside quotation) when
    /// that one was kept from the same best named candidate `a` ([`Self::unnamed_person_nearer`])
    /// and `a` has not been mentioned since — the prisoner asks, not Obama, whose announcement
    /// was named before the prisoner.
    pub(super) fn continues_unnamed(&self, u: Unit, a: ActorIdx, p: PronounClass) -> bool {
        let Some(&(q, _, kept)) = self
            .unnamed_pronouns
            .iter()
            .rev()
            .find(|&&(q, c, _)| c == p && q < u.start)
        else {
            return false;
        };
        if kept != a {
            return false;
        }
        let para = self.paragraph_start(u.start);
        if self.sentence_of(q) + 1 < u.sent || self.marks.inside_quote(para..u.start) {
            return false;
        }
        !self
            .recent(PRONOUN_REACH, u.sent)
            .iter()
            .any(|m| m.actor == a && m.start > q && m.end <= u.start)
    }

    /// "The video then shows a clip of Obama’s Aug. 7 announcement, followed by a statement from
    /// the prisoner. ¶ “I call on my friends …,” he says.": when the sentence before the
    /// pronoun's names the best candidate `a` only as a possessor or inside a prepositional
    /// phrase (no subject, object or speaker there nor before the pronoun) and then an
    /// unnamed person — a singular common noun of one person (`person_heads.tsv`) that no
    /// actor's mention covers — that person is the nearer antecedent: the pronoun is left
    /// unresolved rather than given to the wrong person. Outside quotation only.
    pub(super) fn unnamed_person_nearer(&self, u: Unit, a: ActorIdx) -> bool {
        let (Some(doc), Some(prev)) = (self.doc, u.sent.checked_sub(1)) else {
            return false;
        };
        // Inside a quotation every mention is weak ("“… he pulled a tendon. He injured his
        // ankle …”"): the rule reads narration only.
        if self
            .marks
            .inside_quote(self.paragraph_start(u.start)..u.start)
        {
            return false;
        }
        // Its mentions in the sentence before and the pronoun's own, before the pronoun.
        let in_reach = |m: &&Mention| m.actor == a && m.end <= u.start && m.sentence >= prev;
        let mentions: Vec<&Mention> = self
            .recent(PRONOUN_REACH, u.sent)
            .iter()
            .filter(in_reach)
            .collect();
        if mentions.iter().any(|m| self.salience(m) >= OBJECT) {
            return false;
        }
        let Some(last) = mentions
            .iter()
            .filter(|m| m.sentence == prev)
            .map(|m| m.end)
            .max()
        else {
            return false;
        };
        let Some(sent) = self.sentences.get(prev) else {
            return false;
        };
        let heads = &crate::attribution::lexicon::Lexicon::get().person_heads;
        let covered = |s: usize, e: usize| {
            self.recent(0, prev)
                .iter()
                .any(|m| m.start < e && s < m.end)
        };
        // Someone new, not the candidate described: no predicate ("the woman … was the
        // daughter of …"), no apposition or title on a name ("sister Kim Yo-jong"), no one's
        // relative ("while her brother recovers"), no role someone holds ("who has been
        // identified as Deputy Director of the Workers' Party").
        doc.tokens_within(last, sent.end).any(|k| {
            let t = &doc.tokens[k];
            let (s, e) = (t.start as usize, t.end as usize);
            t.upos == crate::syntax::Upos::Noun
                && t.xpos.as_str() == "NN"
                && !matches!(t.rel, Rel::Appos | Rel::Compound | Rel::Flat)
                && !doc.children(k).any(|c| {
                    let d = &doc.tokens[c];
                    matches!(d.rel, Rel::Cop | Rel::NmodPoss)
                        || d.rel == Rel::Case && d.lemma.eq_ignore_ascii_case("as")
                })
                && heads.iter().any(|h| *h == t.lemma.to_lowercase())
                && !covered(s, e)
        })
    }
}

/// The unnamed person a "he"/"she" at byte `start` stands for when a clause above it in its own
/// sentence has one as its subject: "But a woman who identified herself as a friend of Wilson
/// called in … with what she said was the officer's version" — "she" is the woman, not the
/// last named person. Walks up the pronoun's heads; the first subject met (other than the
/// pronoun's own path) decides: an indefinite singular common noun ("a woman", "one girl")
/// whose gender (`data/cues/gender.tsv`) is the pronoun's gives the byte span of its noun
/// phrase (the determiner and modifiers before the noun, the noun); a name, a pronoun, a
/// definite description ("the man", who was introduced before and is found as before) or a
/// noun of no or the other gender ends the search, and so does a reporting clause beside
/// its content ("Women are expected to …, she explained"). `covered` says whether an actor
/// mention of a person covers a byte span (then the resolver knows who the subject is and
/// this yields nothing).
pub(crate) fn unnamed_subject_antecedent(
    doc: &Doc,
    start: usize,
    gender: char,
    covered: &dyn Fn(usize, usize) -> bool,
) -> Option<(usize, usize)> {
    use crate::syntax::Rel;
    let p = doc.token_starting_at(start)?;
    let mut below = p;
    for _ in 0..8 {
        if doc.tokens[below].rel == Rel::Parataxis {
            return None;
        }
        let h = doc.head(below)?;
        // The pronoun inside the subject's own phrase ("a woman who … what she said") or
        // under a clause with a subject of its own.
        let subject = if doc.tokens[h].rel.is_subject() && doc.tokens[h].upos == Upos::Noun {
            Some(h)
        } else {
            doc.children(h)
                .find(|&c| c != below && c < p && doc.tokens[c].rel.is_subject())
        };
        below = h;
        let Some(n) = subject else {
            continue;
        };
        let t = &doc.tokens[n];
        let lex = crate::attribution::lexicon::Lexicon::get();
        let indefinite = doc.children(n).any(|c| {
            matches!(doc.tokens[c].rel, Rel::Det | Rel::Nummod)
                && matches!(
                    doc.tokens[c].lemma.to_lowercase().as_str(),
                    "a" | "an" | "one" | "another"
                )
        });
        if t.upos != Upos::Noun
            || t.xpos.as_str() != "NN"
            || !indefinite
            || lex.gender_words.get(&t.lemma.to_lowercase()) != Some(&gender)
        {
            return None;
        }
        // The phrase: the noun and the words before it that hang on it ("a woman").
        let first = doc
            .children(n)
            .filter(|&c| c < n)
            .min()
            .map_or(n, |c| doc.subtree(c).start);
        let (s, e) = (doc.tokens[first].start as usize, doc.tokens[n].end as usize);
        return (!covered(s, e)).then_some((s, e));
    }
    None
}
