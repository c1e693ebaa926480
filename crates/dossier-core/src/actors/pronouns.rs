//! Relative pronouns ("who", "which") and personal pronouns (he, she, it, they).

use super::*;

impl<'a> Resolver<'a> {
    /// ", who" / ", which": the actor whose mention ends right before the comma.
    pub(super) fn at_relative(&mut self, i: usize, person: bool) {
        let u = self.units[i];
        let Some(prev) = self
            .recent(0, u.sent)
            .iter()
            .rev()
            .find(|m| m.end <= u.start)
        else {
            return;
        };
        if self.text[prev.end..u.start] != *", " {
            return;
        }
        let is_person = self.actors[prev.actor].kind == ActorKind::Person;
        if is_person == person {
            let a = prev.actor;
            self.mention(u.start, u.end, a, MentionForm::Pronoun);
        }
    }

    pub(super) fn at_pronoun(&mut self, i: usize, p: PronounClass) {
        let u = self.units[i];
        let w = self.unit_text(i);
        if p == PronounClass::Neuter && !self.subject_it(u) {
            return;
        }
        let _ = w;
        let compatible = |this: &Self, m: &Mention| -> bool {
            let a = &this.actors[m.actor];
            match p {
                PronounClass::Male | PronounClass::Female => {
                    let want = if p == PronounClass::Male {
                        Gender::Male
                    } else {
                        Gender::Female
                    };
                    a.kind == ActorKind::Person
                        && this.people[m.actor].gender.is_none_or(|g| g == want)
                }
                PronounClass::Neuter => {
                    // Not a plural alias of a singular actor ("Republicans" for the party).
                    let t = &this.text[m.start..m.end];
                    let plural_alias = t.ends_with('s') && !a.name.ends_with('s');
                    a.kind != ActorKind::Person
                        && m.form != MentionForm::Demonym
                        && m.form != MentionForm::Pronoun
                        && !plural_alias
                }
                // "they": people named by a demonym ("Iranian officials … they"), groups,
                // forces, bodies and plural names ("Republicans", "the Houthis"); not a
                // state's or an outlet's singular name ("it").
                PronounClass::Plural => {
                    let t = &this.text[m.start..m.end];
                    // A demonym counts when plural itself ("Iranians") or before a plural noun
                    // ("Iranian officials"), not in "a Russian boy".
                    let plural_demonym = m.form == MentionForm::Demonym
                        && (t.ends_with('s')
                            || this.text[m.end..]
                                .split_whitespace()
                                .next()
                                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss")));
                    plural_demonym
                        || matches!(
                            a.kind,
                            ActorKind::Group | ActorKind::Military | ActorKind::GovernmentBody
                        )
                        || (a.kind != ActorKind::Person
                            && a.kind != ActorKind::State
                            && m.form != MentionForm::Pronoun
                            && t.ends_with('s')
                            && !t.ends_with("ss")
                            && !t.ends_with("us"))
                }
            }
        };
        // Same sentence: nearest before.
        let sent = u.sent;
        let mut found = self
            .recent(0, sent)
            .iter()
            .rev()
            .filter(|m| m.sentence == sent && m.end <= u.start)
            .find(|m| compatible(self, m))
            .map(|m| m.actor);
        if found.is_none() {
            // Earlier sentences: the first compatible mention of the nearest one that has any.
            for back in 1..=3 {
                let Some(s) = sent.checked_sub(back) else {
                    break;
                };
                // it/they reach back only to a subject: a mention among the first seven words
                // of its sentence ("The Pentagon has not … It said").
                let subject_only = matches!(p, PronounClass::Neuter | PronounClass::Plural);
                let sent_start = self.sentences.get(s).map_or(0, |x| x.start);
                if let Some(m) = self
                    .recent(back, sent)
                    .iter()
                    .take_while(|m| m.sentence == s)
                    .filter(|m| {
                        !subject_only
                            || self.text[sent_start..m.start].split_whitespace().count() <= 6
                    })
                    .find(|m| compatible(self, m))
                {
                    found = Some(m.actor);
                    break;
                }
            }
        }
        if let Some(a) = found {
            self.mention(u.start, u.end, a, MentionForm::Pronoun);
        }
    }

    /// Is this "it" the subject of a statement rather than expletive ("it is unclear") or an
    /// object ("denied it")? Yes when a verb of saying follows within two words ("it said",
    /// "it has denied"), or when it opens a clause (sentence start, after a comma, "that",
    /// "and", or after a verb of saying: "said it shot down") and no form of "be" follows.
    pub(super) fn subject_it(&self, u: Unit) -> bool {
        let mut after = self.text[u.end..]
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty());
        let w1 = after.next().unwrap_or("");
        let w2 = after.next().unwrap_or("");
        let clean = |w: &'a str| w.trim_matches(|c: char| !c.is_alphanumeric());
        let (w1, w2) = (clean(w1), clean(w2));
        // "it said", "it also said", "it has denied" — but not the passive "it was claimed".
        if self.lex.is_saying(w1)
            || ((w1.len() <= 4 || w1.ends_with("ly")) && !self.lex.is_expletive_follower(w1))
                && self.lex.is_saying(w2)
        {
            return true;
        }
        if w1.is_empty()
            || self.lex.is_expletive_follower(w1)
            || (self.lex.is_modal(w1) && self.lex.is_expletive_follower(w2))
            || (matches!(w1, "has" | "had")
                && (w2 == "been" || w2.ends_with("ly") || matches!(w2, "now" | "also" | "since")))
        {
            return false;
        }
        let sent_start = self
            .sentences
            .get(u.sent)
            .map_or(0, |s| s.start.min(u.start));
        let before = self.text[sent_start..u.start].trim_end();
        if u.initial || before.ends_with([',', ';', ':', '\u{201D}', '"']) {
            return true;
        }
        // A clause opener, or a verb of saying among the previous four words of the clause
        // ("said on Thursday it had struck").
        let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
        let mut prev = clause
            .rsplit(char::is_whitespace)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty());
        let p1 = prev.next().unwrap_or("");
        if matches!(
            p1,
            "that" | "and" | "but" | "because" | "as" | "while" | "if" | "when" | "although"
        ) {
            return true;
        }
        std::iter::once(p1)
            .chain(prev.take(3))
            .any(|w| self.lex.is_saying(w))
    }
}
