//! A state named only as a modifier of someone else: experts on a place ("Pyongyang watchers",
//! "Iran experts", "Kremlin-watchers", "Russian analysts") are unnamed people, and an outlet
//! written with its nationality ("the Lebanese daily As-Safir", "the Saudi-owned Al-Arabiya")
//! is the outlet, the state its country. A demonym before a noun of people (`people-of`:
//! "a French prisoner", "Two Australian men") names unnamed people of that country. Any actor
//! before a noun of people related to it but not of it (`outsider`: "Kremlin critics", "ISIS
//! supporters", "Twitter accounts") names unnamed people too. In none of these cases does the
//! state get a mention, so no later stage reads it as the speaker or the doer.

use super::*;

/// Ownership words joining a state to the outlet it owns or funds ("Saudi-owned Al-Arabiya").
const OWNED: &[&str] = &["-owned", "-funded", "-run", "-financed", "-controlled"];

impl<'a> Resolver<'a> {
    /// At the lexicon actor unit `i` (any kind): "Kremlin critics", "ISIS supporters", "Hamas
    /// sympathisers", "Twitter accounts", "Iranian dissidents" are unnamed people related to the
    /// actor, who neither speak nor act for it: one unnamed-people actor for the phrase, no
    /// mention of the actor. "Facebook user Oliver Bruno" (a name after the noun) is left to
    /// the usual reading. Returns the next unit to look at, or `None` to go on as usual.
    pub(super) fn at_outsider_modifier(
        &mut self,
        i: usize,
        entry: usize,
        form: MentionForm,
    ) -> Option<usize> {
        let u = self.units[i];
        if self.headline[u.sent] {
            return None;
        }
        let (_, word_start, word) = self.noun_after(u)?;
        let thing = self.lex.outsider(word)?;
        let e = &self.lex.entries[entry];
        let country = e
            .country
            .clone()
            .or_else(|| (e.kind == ActorKind::State).then(|| e.id.clone()));
        // A demonym tells where the people are from; a name only whom they relate to.
        let from = (form == MentionForm::Demonym).then_some(country).flatten();
        // "Twitter accounts" are things that post, no people: no "he"/"she" refers to them.
        let kind = if thing {
            ActorKind::Organisation
        } else {
            ActorKind::Person
        };
        self.unnamed_modified(
            i,
            word_start + word.len(),
            word,
            from,
            kind,
            word.ends_with('s'),
        )
    }

    /// The lower-case word right after unit `u`, joined to it by a space or a hyphen ("Kremlin
    /// critics", "Kremlin-watchers"): the separator, the word's start and the word.
    fn noun_after(&self, u: Unit) -> Option<(char, usize, &'a str)> {
        let text = self.text;
        let sep = text[u.end..]
            .chars()
            .next()
            .filter(|c| *c == ' ' || *c == '-')?;
        let start = u.end + sep.len_utf8();
        let word = text[start..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        (!word.is_empty() && word.starts_with(char::is_lowercase)).then_some((sep, start, word))
    }

    /// Unit `i` and the noun `word` after it, ending at byte `end` ("Pyongyang watchers",
    /// "ISIS supporters"), as one unnamed actor of `kind` (people, or an organisation for
    /// things that post), from `country`; the unit's actor gets no mention. `None` when a
    /// name follows the noun ("Iran expert Ray Takeyh", "Facebook user Oliver Bruno": a title
    /// before a name, read as usual). Returns the next unit to look at.
    fn unnamed_modified(
        &mut self,
        i: usize,
        end: usize,
        word: &str,
        country: Option<String>,
        kind: ActorKind,
        plural: bool,
    ) -> Option<usize> {
        let next = self.units.partition_point(|x| x.start < end);
        if self.text[end..].starts_with(' ') && self.name_unit(next).is_some() {
            return None;
        }
        let start = self.units[i].start;
        let name = self.text[start..end].to_string();
        let prefix = if kind == ActorKind::Person {
            "PERSON"
        } else {
            "ORG"
        };
        let p = self.actor(ActorEntry {
            id: format!("{prefix}.{}", slug(&name)),
            name,
            kind,
            country,
            role: Some(word.to_string()),
            affiliation: None,
        });
        self.unnamed[p] = true;
        self.people[p].plural = plural;
        self.mention(start, end, p, MentionForm::Description);
        Some(next.max(i + 1))
    }

    /// At the lexicon actor unit `i` (a state, its capital, seat or demonym): handle it when it
    /// only modifies experts or an outlet. Returns the next unit to look at, or `None` to go on
    /// as usual.
    pub(super) fn at_state_modifier(
        &mut self,
        i: usize,
        entry: usize,
        form: MentionForm,
    ) -> Option<usize> {
        let e = &self.lex.entries[entry];
        if e.kind != ActorKind::State || self.headline[self.units[i].sent] {
            return None;
        }
        let country = e.country.clone().or_else(|| Some(e.id.clone()));
        let u = self.units[i];
        let rest = &self.text[u.end..];
        // "Saudi-owned Al-Arabiya": the outlet's owner is no speaker.
        if let Some(own) = OWNED.iter().find(|o| rest.starts_with(*o)) {
            let after = u.end + own.len();
            let next = self.units.partition_point(|x| x.start < after);
            if self.units.get(next).is_some_and(|n| {
                matches!(n.kind, UnitKind::Lex(Target::Actor { entry, .. })
                    if self.lex.entries[entry].kind == ActorKind::Outlet)
            }) {
                return Some(next);
            }
        }
        // "Pyongyang watchers", "Kremlin-watchers", "Iran experts", "Russian analysts".
        if let Some((sep, word_start, word)) = self.noun_after(u) {
            // "a French prisoner", "Two Australian men": people of that country, not the state.
            // "Syrian jihadist-linked media" modifies something else.
            let hyphen_after = self.text[word_start + word.len()..].starts_with('-');
            let people_of = (form == MentionForm::Demonym && sep == ' ' && !hyphen_after)
                .then(|| self.lex.lower_word(word).and_then(|l| l.people_of))
                .flatten();
            if self.lex.is_expert(word) || people_of.is_some() {
                // A demonym tells where the experts are from; a name only what they study.
                let from = (form == MentionForm::Demonym).then_some(country).flatten();
                let plural = people_of.unwrap_or(word.ends_with('s'));
                let end = word_start + word.len();
                return self.unnamed_modified(i, end, word, from, ActorKind::Person, plural);
            }
        }
        // "the Lebanese daily As-Safir", "the Iraqi newspaper, al-Sabah,": the outlet.
        let d = i + 1;
        let is_medium = matches!(self.units.get(d).map(|x| x.kind), Some(UnitKind::Desc(k))
            if self.desc_kinds[k].contains(&ActorKind::Outlet));
        if !is_medium || !self.adjacent(i, d) {
            return None;
        }
        let n = d + 1;
        let joined = n < self.units.len() && matches!(self.gap(d, n), " " | ", ");
        let named = matches!(
            self.units.get(n).map(|x| x.kind),
            Some(UnitKind::Name {
                head: None | Some(HeadClass::Outlet),
                ..
            })
        );
        if !joined || !named {
            return None;
        }
        let name = self.unit_text(n).to_string();
        let o = self.actor(ActorEntry {
            id: format!("OUTLET.{}", slug(&name)),
            name: name.clone(),
            kind: ActorKind::Outlet,
            country,
            role: None,
            affiliation: None,
        });
        self.acronyms.insert(name, o);
        let nu = self.units[n];
        self.mention(nu.start, nu.end, o, MentionForm::Name);
        Some(n + 1)
    }
}
