//! Whom "it" and "they" refer to: the same agreement and salience ranking as he/she
//! (`pronouns.rs::rank_people`), over groups, bodies, states and outlets. Number and animacy
//! decide who may be meant (the caller's `compatible`: "it" a state, body, organisation or
//! outlet named in the singular; "they" people named by a plural demonym, groups, forces,
//! bodies, plural names, unnamed experts); the role of each mention (speaker > subject >
//! object > prepositional phrase) minus recency decides who is. A subject the layer has no
//! actor for ("Friends of the men denied …", "The statement came …") competes too: when it
//! wins, the pronoun is left unresolved (attribution then looks at the speaker before it); two
//! actors too close to call leave it ambiguous, kept as written at low confidence.

use super::pronouns::{Pick, OBJECT, PER_SENTENCE, SPEAKER, SUBJECT, TOO_CLOSE};
use super::*;
use crate::syntax::Rel;

/// How many sentences back "it"/"they" look for an antecedent.
const GROUP_REACH: usize = 3;

impl<'a> Resolver<'a> {
    /// Rank the antecedents of the it/they unit `u` of class `p` (see the module comment).
    pub(super) fn rank_groups(
        &self,
        u: Unit,
        p: PronounClass,
        compatible: &dyn Fn(&Self, &Mention) -> bool,
    ) -> Pick {
        let sent = u.sent;
        // Same sentence: the nearest compatible actor before the pronoun, unless a subject with
        // no actor stands between them ("Friends of the men denied that they …").
        let here = self
            .recent(0, sent)
            .iter()
            .rev()
            .filter(|m| m.sentence == sent && m.end <= u.start)
            .find(|m| compatible(self, m));
        let blockers = self.unnamed_subjects(sent, u.start, p);
        if let Some(m) = here {
            if blockers.iter().any(|&(b, _)| b > m.start) {
                return Pick::None;
            }
            // "supplies were delivered to Kurdish forces, which have been supported by a
            // U.S.-led coalition as they defend the town" (FNC-1 train 1010): people the layer
            // has no actor for stand between the actor and "they"; they may be who is meant, so
            // the pronoun stays unresolved rather than fall to the Pentagon named before.
            // A "they" that goes on with a "they" before it keeps it ("They aren't flying B1
            // bombers …, but they are going to …", fnc-871).
            if p == PronounClass::Plural
                && m.form != MentionForm::Pronoun
                && self.unnamed_people_between(sent, m.end, u.start)
            {
                return Pick::None;
            }
            // "Anonymous officials told NBC that they were aware of threats from ISIS
            // supporters, but they said …": a pronoun that speaks is not an actor named only as
            // an object or in a prepositional phrase when someone spoke earlier in the
            // sentence — a compatible speaker, or a speaker the layer has no actor for
            // (then attribution takes the speaker just before).
            // The latest compatible actor before `m` in this sentence with at least this role.
            let before = |role: f32| {
                self.recent(0, sent)
                    .iter()
                    .rev()
                    .filter(|o| o.sentence == sent && o.end <= m.start)
                    .find(|o| compatible(self, o) && self.salience(o) >= role)
                    .map(|o| o.actor)
            };
            if self.salience(m) < SUBJECT && self.followed_by_saying(u.end) {
                if let Some(o) = before(SPEAKER) {
                    return Pick::One(o);
                }
                if blockers.iter().any(|&(_, role)| role >= SPEAKER) {
                    return Pick::None;
                }
            }
            // Nor is an outlet that was told something ("the Pentagon told the Telegraph that
            // it had not conducted any strikes"): the channel is not the topic, the teller is.
            if self.actors[m.actor].kind == ActorKind::Outlet && self.salience(m) < SUBJECT {
                if let Some(o) = before(SUBJECT) {
                    return Pick::One(o);
                }
            }
            return Pick::One(m.actor);
        }
        if !blockers.is_empty() {
            return Pick::None;
        }
        // Earlier sentences: every compatible mention and every unnamed subject, by role and
        // recency; an actor scores its best mention.
        let mut best: Vec<(Option<ActorIdx>, f32)> = Vec::new();
        for back in 1..=GROUP_REACH {
            let Some(s) = sent.checked_sub(back) else {
                break;
            };
            let decay = PER_SENTENCE * back as f32;
            for m in self
                .recent(back, sent)
                .iter()
                .take_while(|m| m.sentence == s)
            {
                if !compatible(self, m) {
                    continue;
                }
                // Named only in a prepositional phrase, a possessive or a quotation of an
                // earlier sentence ("kidnapped in Syria … It also shows"): not what "it" is.
                let role = self.salience(m);
                if role < OBJECT {
                    continue;
                }
                let score = role - decay;
                // Too weak and too far back to stand for anything ("… in Iraq and Syria" three
                // sentences before).
                if score <= 0.0 {
                    continue;
                }
                match best.iter_mut().find(|(x, _)| *x == Some(m.actor)) {
                    Some(b) => b.1 = b.1.max(score),
                    None => best.push((Some(m.actor), score)),
                }
            }
            let end = self.sentences.get(s).map_or(u.start, |x| x.end);
            for (_, role) in self.unnamed_subjects(s, end, p) {
                best.push((None, role - decay));
            }
        }
        best.sort_by(|x, y| y.1.total_cmp(&x.1));
        match best.as_slice() {
            [] | [(None, _), ..] => Pick::None,
            [(Some(a), _)] => Pick::One(*a),
            [(Some(a), s1), (_, s2), ..] if s1 - s2 >= TOO_CLOSE => Pick::One(*a),
            _ => Pick::Close,
        }
    }

    /// Between bytes `from` and `to` of sentence `s`, a plural noun of people or forces
    /// (`person`, `agent` or `armed` in data/events/nouns.tsv: "Kurdish forces", "the
    /// fighters") heading a phrase that holds no actor's mention, in any role — not the noun a
    /// relative clause of the pronoun at `to` modifies ("ISIS killed 300 out of 400 soldiers
    /// they besieged", fnc-2002: the soldiers are what they besieged). Needs the parse.
    fn unnamed_people_between(&self, s: usize, from: usize, to: usize) -> bool {
        use crate::events::roles::NounKind;
        let (Some(doc), Some(sentence)) = (self.doc, self.sentences.get(s)) else {
            return false;
        };
        let first_of_sentence = doc
            .tokens
            .partition_point(|t| (t.start as usize) < sentence.start);
        let lo = doc
            .tokens
            .partition_point(|t| (t.start as usize) < sentence.start.max(from));
        let hi = doc.tokens.partition_point(|t| (t.start as usize) < to);
        let mentions = self.recent(0, s);
        let roles = crate::events::Roles::builtin();
        // The noun the pronoun's own relative clause hangs on.
        let relative_on = doc
            .token_starting_at(to)
            .and_then(|k| doc.head(k))
            .filter(|&v| doc.tokens[v].rel == Rel::AclRelcl)
            .and_then(|v| doc.head(v));
        (lo..hi).any(|i| {
            if relative_on == Some(i) {
                return false;
            }
            let t = &doc.tokens[i];
            if t.upos != Upos::Noun || t.xpos.as_ref() != "NNS" {
                return false;
            }
            let w = doc.form(self.text, i).to_lowercase();
            let people = matches!(
                roles.noun(&w),
                Some(NounKind::Person | NounKind::Agent | NounKind::Armed)
            );
            people && !actor_in_phrase(doc, i, first_of_sentence, mentions)
        })
    }

    /// Subjects of sentence `s` before byte `before` that the layer has no actor for and that
    /// agree with `p` in number ("Friends of the men", "The families", "the statement"), with
    /// their role score: byte start of the subject's head and [`SPEAKER`] when its verb is one
    /// of saying, else [`SUBJECT`]. A subject whose words up to its head hold an actor
    /// ("Iranian officials", "U.S. forces") is that actor's, not unnamed, and so is a body
    /// description ("the monitoring group"). Needs the parse.
    fn unnamed_subjects(&self, s: usize, before: usize, p: PronounClass) -> Vec<(usize, f32)> {
        let (Some(doc), Some(sentence)) = (self.doc, self.sentences.get(s)) else {
            return Vec::new();
        };
        let lo = doc
            .tokens
            .partition_point(|t| (t.start as usize) < sentence.start);
        let hi = doc
            .tokens
            .partition_point(|t| (t.start as usize) < sentence.end.min(before));
        let mentions = self.recent(0, s);
        let mut out = Vec::new();
        for i in lo..hi {
            let t = &doc.tokens[i];
            if !t.rel.is_subject() || t.upos != Upos::Noun {
                continue;
            }
            let plural = t.xpos.as_ref() == "NNS";
            if plural != (p == PronounClass::Plural) {
                continue;
            }
            // A description of a body ("the monitoring group", "the ministry") refers back to
            // an actor the layer missed; it stands for no one new.
            let head = doc.form(self.text, i).to_lowercase();
            if self.lex.lower_word(&head).is_some_and(|w| w.desc.is_some()) {
                continue;
            }
            if actor_in_phrase(doc, i, lo, mentions) {
                continue;
            }
            let v = t.head as usize;
            let says =
                v < doc.tokens.len() && self.lex.is_saying(&doc.form(self.text, v).to_lowercase());
            out.push((t.start as usize, if says { SPEAKER } else { SUBJECT }));
        }
        out
    }
}

/// Whether the words of noun `i`'s phrase up to `i` (from token `floor` on, the sentence's
/// first) hold one of `mentions`: "Iranian officials", "U.S. forces" are that actor's, not
/// unnamed people.
fn actor_in_phrase(doc: &Doc, i: usize, floor: usize, mentions: &[Mention]) -> bool {
    let first = doc.subtree(i).start.max(floor);
    (first..=i).any(|j| {
        let b = doc.tokens[j].start as usize;
        mentions.iter().any(|m| m.start <= b && b < m.end)
    })
}
