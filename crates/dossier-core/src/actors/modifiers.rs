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
        let rest = &self.text[u.end..];
        let sep = rest.chars().next().filter(|c| *c == ' ' || *c == '-')?;
        let word_start = u.end + sep.len_utf8();
        let word: &str = self.text[word_start..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if word.is_empty() || !word.starts_with(char::is_lowercase) {
            return None;
        }
        let thing = self.lex.outsider(word)?;
        let end = word_start + word.len();
        // "Facebook user Oliver Bruno", "Kremlin critic Alexei Navalny": a title before a name.
        let next = self.units.partition_point(|x| x.start < end);
        if self.text[end..].starts_with(' ') && self.name_unit(next).is_some() {
            return None;
        }
        let e = &self.lex.entries[entry];
        let country = e
            .country
            .clone()
            .or_else(|| (e.kind == ActorKind::State).then(|| e.id.clone()));
        let name = self.text[u.start..end].to_string();
        // A demonym tells where the people are from; a name only whom they relate to.
        let from = (form == MentionForm::Demonym).then_some(country).flatten();
        // "Twitter accounts" are things that post, no people: no "he"/"she" refers to them.
        let (prefix, kind) = if thing {
            ("ORG", ActorKind::Organisation)
        } else {
            ("PERSON", ActorKind::Person)
        };
        let p = self.actor(ActorEntry {
            id: format!("{prefix}.{}", slug(&name)),
            name,
            kind,
            country: from,
            role: Some(word.to_string()),
            affiliation: None,
        });
        self.unnamed[p] = true;
        self.people[p].plural = word.ends_with('s');
        self.mention(u.start, end, p, MentionForm::Description);
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
        if let Some(sep) = rest.chars().next().filter(|c| *c == ' ' || *c == '-') {
            let word_start = u.end + sep.len_utf8();
            let word: &str = self.text[word_start..]
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            // "a French prisoner", "Two Australian men": people of that country, not the state.
            // "Syrian jihadist-linked media" modifies something else.
            let hyphen_after = self.text[word_start + word.len()..].starts_with('-');
            let people_of = (form == MentionForm::Demonym && sep == ' ' && !hyphen_after)
                .then(|| self.lex.lower_word(word).and_then(|l| l.people_of))
                .flatten();
            if !word.is_empty()
                && word.starts_with(char::is_lowercase)
                && (self.lex.is_expert(word) || people_of.is_some())
            {
                let end = word_start + word.len();
                // "Iran expert Ray Takeyh": a title before a name, as before.
                let next = self.units.partition_point(|x| x.start < end);
                if self.text[end..].starts_with(' ') && self.name_unit(next).is_some() {
                    return None;
                }
                let name = self.text[u.start..end].to_string();
                // A demonym tells where the experts are from; a name only what they study.
                let from = (form == MentionForm::Demonym).then_some(country).flatten();
                let p = self.actor(ActorEntry {
                    id: format!("PERSON.{}", slug(&name)),
                    name,
                    kind: ActorKind::Person,
                    country: from,
                    role: Some(word.to_string()),
                    affiliation: None,
                });
                self.unnamed[p] = true;
                self.people[p].plural = people_of.unwrap_or(word.ends_with('s'));
                self.mention(u.start, end, p, MentionForm::Description);
                return Some(self.units.partition_point(|x| x.start < end).max(i + 1));
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
