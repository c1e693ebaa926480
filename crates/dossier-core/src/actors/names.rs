//! Lexicon actors, unknown organisations, acronyms and capitalised names.

use super::*;

impl<'a> Resolver<'a> {
    pub(super) fn at_actor(&mut self, i: usize) -> usize {
        let n = self.units.len();
        let UnitKind::Lex(Target::Actor { entry, form }) = self.units[i].kind else {
            return i + 1;
        };
        if self.ambiguous_drop(i, entry) {
            return i + 1;
        }
        if let Some(a) = self.acronym_elsewhere(i, entry) {
            let u = self.units[i];
            self.mention(u.start, u.end, a, MentionForm::Name);
            return i + 1;
        }
        // "his brother, Jordan, said", "her daughter Georgia": a state's name that is also a
        // given name, introduced by a kin noun, is the relative, not the state.
        if self.lex.entries[entry].kind == ActorKind::State
            && matches!(form, MentionForm::Name)
            && self.single_word(i)
            && !self.headline[self.units[i].sent]
            && self.lex.is_given_name(&self.unit_text(i).to_lowercase())
            && !self.adjacent_name_after(i)
        {
            if let Some(g) = self.kin_before(self.units[i].start) {
                let p = self.person(self.unit_text(i), self.units[i].start);
                if g != Gender::Unknown && self.people[p].gender.is_none() {
                    self.people[p].gender = Some(g);
                }
                let u = self.units[i];
                self.mention(u.start, u.end, p, MentionForm::Name);
                return self.apposition(p, i).max(i + 1);
            }
        }
        if let Some(next) = self.at_outsider_modifier(i, entry, form) {
            return next;
        }
        if let Some(next) = self.at_state_modifier(i, entry, form) {
            return next;
        }
        let e = &self.lex.entries[entry];
        let kind = e.kind;
        let headline = self.headline[self.units[i].sent];
        // A one-word state or capital joined to an unknown capitalised word.
        if matches!(form, MentionForm::Name | MentionForm::Metonym)
            && kind == ActorKind::State
            && self.single_word(i)
            && !headline
        {
            if let Some((words, head)) = self.name_unit(i + 1).filter(|_| self.adjacent(i, i + 1)) {
                match head {
                    Some(HeadClass::Place) => return i + 2,
                    // "Ottawa Mission", "Moscow Region": a place followed by a common word names
                    // a place or an institution, not a person (unless the place is also a
                    // given name: "Israel Katz", "Paris Hilton").
                    // A hyphenated compound of common words is common too ("Washington
                    // Free-Beacon" is an outlet's name, no Mr Free-Beacon).
                    None if words == 1
                        && self.common_compound(self.unit_text(i + 1))
                        && !self.lex.is_given_name(&self.unit_text(i).to_lowercase()) =>
                    {
                        return i + 2;
                    }
                    // "U.S. Constitution", "Sudan Massacre": a thing, no person.
                    None if self.never_person(self.unit_text(i + 1)) => return i + 2,
                    None if words == 1 => {
                        // "Israel Katz"
                        let name = format!("{} {}", self.unit_text(i), self.unit_text(i + 1));
                        let p = self.person(&name, self.units[i].start);
                        let (s, e) = (self.units[i].start, self.units[i + 1].end);
                        self.mention(s, e, p, MentionForm::Name);
                        return self.apposition(p, i + 1).max(i + 2);
                    }
                    Some(h) => {
                        // "Moscow Times", "Iran Air": an organisation named after the place.
                        return self.unknown_org(i, i + 1, h, e.country.clone());
                    }
                    None => {}
                }
            }
        }
        // "Texas Department of State Health Services", "State Department Operations Center": a
        // government body's name of several words that runs on into capitalised words with an
        // organisation's head is part of a longer name, another body than the one the lexicon
        // knows (kept in the body's country).
        if matches!(form, MentionForm::Name)
            && kind == ActorKind::GovernmentBody
            && !self.single_word(i)
            && !headline
        {
            // Capitalised modifiers between ("Health" of "… State Health Services") are units
            // of their own.
            let mut j = i + 1;
            while j < n
                && matches!(self.units[j].kind, UnitKind::Adj)
                && self.adjacent(j - 1, j)
                && self.unit_text(j).starts_with(char::is_uppercase)
            {
                j += 1;
            }
            if let Some((_, Some(h))) = self.name_unit(j).filter(|_| self.adjacent(j - 1, j)) {
                if h != HeadClass::Place {
                    return self.unknown_org(i, j, h, e.country.clone());
                }
            }
        }
        // A one-word name of a group, body, company or known person right after a given name
        // is that person's surname, not the actor: "Richard Wagner" is no Wagner Group, "Susan
        // Wagner High School" is a school named after a person, and "Justin Sullivan" is not
        // Jake Sullivan.
        if (matches!(form, MentionForm::Name)
            || kind == ActorKind::Person && matches!(form, MentionForm::Surname))
            && kind != ActorKind::State
            && self.single_word(i)
            && (!headline || kind == ActorKind::Person)
            && i > 0
            && self.adjacent(i - 1, i)
            && self
                .name_unit(i - 1)
                .is_some_and(|(_, head)| head.is_none())
        {
            let prev = self.unit_text(i - 1);
            let last = prev.rsplit(' ').next().unwrap_or(prev);
            if self.lex.is_given_name(&last.to_lowercase()) {
                if let Some((_, Some(h))) =
                    self.name_unit(i + 1).filter(|_| self.adjacent(i, i + 1))
                {
                    return self.unknown_org(i - 1, i + 1, h, None);
                }
                let name = format!("{prev} {}", self.unit_text(i));
                let p = self.person(&name, self.units[i - 1].start);
                let (s, e) = (self.units[i - 1].start, self.units[i].end);
                self.mention(s, e, p, MentionForm::Name);
                return self.apposition(p, i).max(i + 1);
            }
        }
        // Titled person, body composition: "Iran's foreign minister X", "Ukraine's air force".
        if kind != ActorKind::Person {
            if let Some(next) = self.at_phrase(i, None) {
                return next;
            }
            if i + 1 < n && self.adjacent_poss(i, i + 1) {
                match self.units[i + 1].kind {
                    UnitKind::Lex(Target::Generic(g))
                        if kind == ActorKind::State || e.country.is_some() =>
                    {
                        let a = self.lex_actor(entry);
                        let b = self.state_body(a, g);
                        let (s, en) = (self.units[i].start, self.units[i + 1].end);
                        self.mention(s, en, b, MentionForm::Name);
                        return i + 2;
                    }
                    UnitKind::Name { head: Some(h), .. }
                        if h != HeadClass::Place
                            && kind == ActorKind::State
                            && self.adjacent(i, i + 1)
                            && !headline =>
                    {
                        // "Russian Direct Investment Fund"
                        return self.unknown_org(i, i + 1, h, e.country.clone());
                    }
                    UnitKind::Name { head, words }
                        if head != Some(HeadClass::Place)
                            && !headline
                            && self.gap(i, i + 1) != " "
                            && e.country.is_some() =>
                    {
                        // "Iran's Atomic Energy Organization", "Iran's Hossein Salami": the
                        // possessor gives the country.
                        let country = e.country.clone();
                        let a = self.lex_actor(entry);
                        let u = self.units[i];
                        self.mention(u.start, u.end, a, form);
                        if let Some(h) = head {
                            return self.unknown_org(i + 1, i + 1, h, country);
                        }
                        // "Somalia's Lower Shabelle region", "India's Madhya Pradesh": a place.
                        let n = self.units[i + 1];
                        // "Apple's Time Machine", "Apple's App Store": a run of common words
                        // after a possessor is a thing; a name needs a given name first or no
                        // common word ("Iran's Hossein Salami").
                        if (2..=4).contains(&words)
                            && !self.place_run(self.unit_text(i + 1))
                            && !self.never_person(self.unit_text(i + 1))
                            && self.person_name_start(self.unit_text(i + 1)) == Some(0)
                            && !self.place_context(n.start, n.end)
                        {
                            let p = self.person(self.unit_text(i + 1), self.units[i + 1].start);
                            let n = self.units[i + 1];
                            self.mention(n.start, n.end, p, MentionForm::Name);
                            if self.actors[p].country.is_none() {
                                self.actors[p].country = country;
                            }
                            return self.apposition(p, i + 1).max(i + 2);
                        }
                        return i + 1;
                    }
                    _ => {}
                }
            }
        }
        // "the Obama administration": a known person's administration is their state's
        // government, not the person.
        if kind == ActorKind::Person {
            let end = self.units[i].end;
            let next = self.text[end..]
                .strip_prefix(' ')
                .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
                .unwrap_or("");
            let gov = self.lex.generic.iter().position(|g| g.code == "GOV");
            if let (Some(c), Some(g), "administration" | "Administration") =
                (e.country.clone(), gov, next)
            {
                let b = self.state_body_of(&c, g);
                let (s, en) = (self.units[i].start, end + 1 + next.len());
                self.mention(s, en, b, MentionForm::Name);
                let after = self.units.partition_point(|u| u.start < en);
                return after.max(i + 1);
            }
        }
        let u = self.units[i];
        // "The New York Times … The Times said": the outlet named before, not the London paper.
        let short = strip_article(self.unit_text(i));
        if kind == ActorKind::Outlet && !short.contains(' ') {
            if let Some(a) = self.masthead(short) {
                self.mention(u.start, u.end, a, form);
                return i + 1;
            }
        }
        let a = self.lex_actor(entry);
        self.mention(u.start, u.end, a, form);
        if kind == ActorKind::Person {
            return self.apposition(a, i).max(i + 1);
        }
        i + 1
    }

    /// The outlet a lone masthead word refers to ("the Post", "The Times"): the one most
    /// recently mentioned whose name of two words or more ends in that word ("The Washington
    /// Post"). `None` when none was, or when two outlets ending in it were both named (the New
    /// York Post and The Washington Post): then "the Post" stays as written.
    fn masthead(&self, word: &str) -> Option<ActorIdx> {
        let mut found: Option<ActorIdx> = None;
        for m in self.mentions.iter().rev() {
            let a = &self.actors[m.actor];
            let name = a.name.strip_prefix("The ").unwrap_or(&a.name);
            let ends = name
                .rsplit_once(' ')
                .is_some_and(|(before, last)| last == word && !before.trim().is_empty());
            if a.kind != ActorKind::Outlet || !ends {
                continue;
            }
            match found {
                Some(f) if f != m.actor => return None,
                _ => found = Some(m.actor),
            }
        }
        found
    }

    /// An organisation not in the lexicon spanning units `first..=last`.
    pub(super) fn unknown_org(
        &mut self,
        first: usize,
        last: usize,
        head: HeadClass,
        country: Option<String>,
    ) -> usize {
        let (s, e) = (self.units[first].start, self.units[last].end);
        let name = strip_article(&self.text[s..e]).to_string();
        let id = org_id(head, &name);
        let kind = match head {
            HeadClass::Organisation => ActorKind::Organisation,
            HeadClass::GovernmentBody => ActorKind::GovernmentBody,
            HeadClass::Military => ActorKind::Military,
            HeadClass::Outlet => ActorKind::Outlet,
            HeadClass::Group => ActorKind::Group,
            HeadClass::Place => ActorKind::Organisation,
        };
        let a = self.actor(ActorEntry {
            id,
            name,
            kind,
            country,
            role: None,
            affiliation: None,
        });
        self.mention(s, e, a, MentionForm::Name);
        self.learn_acronym(e, a);
        last + 1
    }

    /// "… Headquarters (KACH)": the acronym in brackets names the same actor.
    pub(super) fn learn_acronym(&mut self, end: usize, a: ActorIdx) {
        let rest = &self.text[end..];
        if let Some(r) = rest.strip_prefix(" (") {
            if let Some(close) = r.find(')') {
                let acr = &r[..close];
                if (2..=8).contains(&acr.len())
                    && acr
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                {
                    self.acronyms.insert(acr.to_string(), a);
                }
            }
        }
    }

    pub(super) fn at_name(&mut self, i: usize) -> usize {
        let UnitKind::Name { words, head } = self.units[i].kind else {
            return i + 1;
        };
        // "Vladimir V. Putin", "Lisa Monaco": the name goes on in the next unit.
        if let Some((k, p)) = self.extended_name(i) {
            let (s, e) = (self.units[i].start, self.units[k].end);
            self.mention(s, e, p, MentionForm::Name);
            return self.apposition(p, k).max(k + 1);
        }
        let u = self.units[i];
        let t = self.unit_text(i);
        // Known surname or acronym?
        if words == 1 || !t.contains(' ') {
            if let Some(&a) = self.acronyms.get(t) {
                self.mention(u.start, u.end, a, MentionForm::Name);
                return i + 1;
            }
            // "Research firm Canalys said", "the watchdog Ofcom": an unknown name right after
            // an organisation noun (`desc-organisation` in words.tsv) is that organisation.
            let org_noun_before = i > 0
                && self.adjacent(i - 1, i)
                && matches!(self.units[i - 1].kind, UnitKind::Desc(k)
                    if self.desc_kinds[k].contains(&ActorKind::Organisation));
            if head.is_none() && org_noun_before && !self.never_person(t) {
                return self.unknown_org(i, i, HeadClass::Organisation, None);
            }
            // "CBS Detroit notes", "BBC Arabic reported": a name right after an outlet's
            // names its edition, the outlet.
            if head.is_none() && i > 0 && self.adjacent(i - 1, i) && !self.headline[u.sent] {
                let before = self.units[i - 1].end;
                let outlet = (self.mentions.iter().rev())
                    .find(|m| m.end == before)
                    .map(|m| m.actor)
                    .filter(|&a| self.actors[a].kind == ActorKind::Outlet);
                if let Some(o) = outlet {
                    self.mention(u.start, u.end, o, MentionForm::Name);
                    return i + 1;
                }
            }
            // "The Washington Post … the Post reported": the outlet named before (after "the"
            // only: "News outlets in Miami" are no Fox News).
            let after_the = self.text[..u.start]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"));
            if head == Some(HeadClass::Outlet) && after_the {
                if let Some(a) = self.masthead(t) {
                    self.mention(u.start, u.end, a, MentionForm::Name);
                    return i + 1;
                }
            }
            if self.surnames.contains_key(t) {
                // Two people of this surname and neither clearly the one talked about: the
                // mention stays unresolved rather than go to the wrong one.
                let Some(a) = self.surname_pick(t, u.start, false) else {
                    return i + 1;
                };
                self.mention(u.start, u.end, a, MentionForm::Surname);
                return self.apposition(a, i).max(i + 1);
            }
            // "Denzel Washington": unknown word + one-word capital or state ("Northern Iraq",
            // "Greater Syria", "South America" are places). A common word is no given name
            // unless the lexicon lists it as one ("Downtown Ottawa", "Occupied Jerusalem" are
            // places; "Grace Jordan" a person); an organisation head names an organisation of
            // that country ("Radio Canada").
            if !u.initial
                && i + 1 < self.units.len()
                && self.adjacent(i, i + 1)
                && !self.headline[u.sent]
                && self.single_word(i + 1)
            {
                if let Some(entry) = self.is_state_like(i + 1) {
                    if let Some(h) = head.filter(|&h| h != HeadClass::Place) {
                        let country = self.lex.entries[entry].country.clone();
                        return self.unknown_org(i, i + 1, h, country);
                    }
                    let lower_t = t.to_lowercase();
                    if !self.never_person(t)
                        && (!self.lex.is_common_word(&lower_t) || self.lex.is_given_name(&lower_t))
                    {
                        let name = format!("{t} {}", self.unit_text(i + 1));
                        let p = self.person(&name, u.start);
                        let (s, e) = (u.start, self.units[i + 1].end);
                        self.mention(s, e, p, MentionForm::Name);
                        return self.apposition(p, i + 1).max(i + 2);
                    }
                }
            }
            if head.is_none() && !self.lex.is_common_word(&t.to_lowercase()) {
                if let Some(p) = self.given_name_pick(t) {
                    self.mention(u.start, u.end, p, MentionForm::Surname);
                    return i + 1;
                }
            }
            // An unknown single name that says something ("Graham argued", "ACLU said") is
            // kept: a person, or an organisation when written as an acronym.
            let after_preposition = self.text[..u.start]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| matches!(w, "of" | "from" | "in" | "at" | "to" | "for" | "near"));
            if head.is_none()
                && !after_preposition
                && !self.contraction(t)
                && !self.headline[u.sent]
                && self.followed_by_saying(u.end)
                && !self.lex.is_common_word(&t.to_lowercase())
                && !self.never_person(t)
            {
                let acronym = t.len() <= 6 && t.chars().all(|c| c.is_ascii_uppercase());
                let a = if acronym {
                    self.actor(ActorEntry {
                        id: format!("ORG.{}", slug(t)),
                        name: t.to_string(),
                        kind: ActorKind::Organisation,
                        country: None,
                        role: None,
                        affiliation: None,
                    })
                } else {
                    self.person(t, u.start)
                };
                let form = if acronym {
                    MentionForm::Name
                } else {
                    MentionForm::Surname
                };
                self.mention(u.start, u.end, a, form);
                return i + 1;
            }
            self.deferred.push(i);
            return i + 1;
        }
        if self.headline[u.sent] {
            self.deferred.push(i);
            return i + 1;
        }
        match head {
            Some(HeadClass::Place) => i + 1,
            Some(h) => self.unknown_org(i, i, h, None),
            // A name with an acronym in it ("Scottish SPCA", "CBS Detroit") is an organisation;
            // a run in capitals throughout is shouting ("LAS VEGAS", "GIVING BIRTH"), and a
            // capitalised common word is no acronym ("Yang CYCLED").
            None if self.has_acronym(t) => self.unknown_org(i, i, HeadClass::Organisation, None),
            None if t.split(' ').all(is_caps) => i + 1,
            // An unknown name after "the" is a title, a place or a thing ("the Holy Mother",
            // "the Caped Crusader", "the Liquor Mart"), not a person — unless the name itself
            // modifies what follows ("the Aaron Sorkin-written film", "the Josh Paler Lin video").
            None if self.after_the(u.start)
                && !self.name_modifies_next(u.end)
                && !self.by_id.contains_key(&format!("PERSON.{}", slug(t))) =>
            {
                i + 1
            }
            // "a gold Bugatti Veyron", "an old Land Rover": an unknown name under an indefinite
            // article is a thing or a brand, and so are its later mentions.
            None if self.things.contains(t) || self.under_indefinite(u.end) => {
                self.things.insert(t.to_string());
                i + 1
            }
            // "in Al Qaim", "the town of Al Qaim": a place, not a person.
            None if self.place_context(u.start, u.end) => i + 1,
            // "Madhya Pradesh", "Toyota Corolla": a place of the gazetteer, or a name opening
            // with one, is no one's name.
            None if self.place_run(t) => i + 1,
            // "West London", "Sunni Islam", "Shiite Muslims": a place or a creed.
            None if self.never_person(t) => i + 1,
            None if (2..=4).contains(&words) => match self.person_name_start(t) {
                Some(skip) => {
                    let p = self.person(&t[skip..], u.start + skip);
                    self.mention(u.start + skip, u.end, p, MentionForm::Name);
                    self.apposition(p, i).max(i + 1)
                }
                None => i + 1,
            },
            None => i + 1,
        }
    }

    /// Where an unknown run of capitalised words `t` reads as a personal name: `Some(0)` when
    /// its first word is a given name ("Kevin Vickers") or none of its words is a common English
    /// word ("Fazlollah Nozari"); `Some(offset)` when a later word starts such a name after
    /// words that are not part of it ("Detective Travis McGee" → "Travis McGee"); `None` for a
    /// run of common words ("Sport Collection", "Kurdistan Workers", "Fashion Week").
    pub(super) fn person_name_start(&self, t: &str) -> Option<usize> {
        let lower = |w: &str| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        // A word is common when one of its hyphen or apostrophe parts is (particles and single
        // letters aside: "al-Baghdadi", "O'Neal").
        let common = |w: &str| {
            if self.contraction(w) {
                return true;
            }
            w.split(['-', '\'', '’'])
                .map(lower)
                .filter(|p| p.chars().count() > 1)
                .any(|p| {
                    self.lex.is_common_word(&p)
                        && !self.lex.lower_word(&p).is_some_and(|l| l.particle)
                })
        };
        let words: Vec<(usize, &str)> = t
            .split(' ')
            .scan(0, |pos, w| {
                let at = *pos;
                *pos += w.len() + 1;
                Some((at, w))
            })
            .filter(|(_, w)| !w.is_empty())
            .collect();
        let given = |w: &str| self.lex.is_given_name(&lower(w));
        // Model names and codes are no one's name ("Ford F-250", "Mark-1 Plumbing").
        if words
            .iter()
            .any(|&(_, w)| w.chars().any(|c| c.is_ascii_digit()))
        {
            return None;
        }
        // A Korean name written family name first ("So Hyon Chol", "Hwang Pyong So") may spell
        // common English words.
        if words.first().is_some_and(|&(_, w)| given(w)) || self.family_name_first(t) {
            return Some(0);
        }
        if !words.iter().any(|&(_, w)| common(w)) {
            return Some(0);
        }
        (1..words.len().saturating_sub(1))
            .find(|&k| given(words[k].1) && !words[k..].iter().any(|&(_, w)| common(w)))
            .map(|k| words[k].0)
    }

    /// Is the unknown capitalised run `t` a place of `places.tsv` ("Madhya Pradesh"), or does it
    /// open with one followed by a common word ("Ottawa Mission", "Kandahar Airfield")? A place
    /// before a word that is no common word is left alone: many given names are also towns
    /// ("Abu Bakr al-Baghdadi", "Vladimir Putin").
    pub(super) fn place_run(&self, t: &str) -> bool {
        if self.lex.place(t).is_some() {
            return true;
        }
        let first = t.split(' ').next().unwrap_or(t);
        if self.lex.is_given_name(&first.to_lowercase()) {
            return false;
        }
        t.match_indices(' ').any(|(k, _)| {
            self.lex.place(&t[..k]).is_some()
                && t[k + 1..]
                    .split(' ')
                    .any(|w| self.lex.is_common_word(&w.to_lowercase()))
        })
    }

    /// Does the capitalised run `t` name a place or a creed, never a person: opening with a
    /// compass word ("Northern Iraq", "West London", "Greater Syria"; `compass` in
    /// `words.tsv`) or holding a faith or sect word ("Sunni Islam", "Shiite Muslims", "Sunni
    /// Jabbour tribe"; `faith`), unless it opens with a given name ("Christian Bale")?
    pub(super) fn never_person(&self, t: &str) -> bool {
        let lower = |w: &str| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        let mut words = t.split(' ').filter(|w| !w.is_empty()).map(lower);
        let Some(first) = words.next() else {
            return false;
        };
        let info = |w: &str| self.lex.lower_word(w);
        if info(&first).is_some_and(|l| l.compass) {
            return true;
        }
        let rest: Vec<String> = words.collect();
        // "Boston Marathon", "Bhakkar Fatwa", "Loch Ness", "Maida Vale": an event, a decree or
        // a feature of the land (`thing-word`), whatever the other words are.
        if std::iter::once(&first)
            .chain(&rest)
            .any(|w| info(w).is_some_and(|l| l.thing))
        {
            return true;
        }
        // "La Carreta", "El Mundo", "Los Zetas": a name opening with a foreign article is a
        // place, an outlet or a business — unless a given name follows the article, or the
        // document named a person by this surname ("Marine Le Pen" … "Le Pen").
        if info(&first).is_some_and(|l| l.foreign_article)
            && rest.first().is_some_and(|w| !self.lex.is_given_name(w))
            && !self.surnames.contains_key(self.surname_key(t).as_str())
        {
            return true;
        }
        let faith = |w: &str| info(w).is_some_and(|l| l.faith);
        // A faith word before the last word ("Sunni Islam", "Shiite Muslims"); a surname that
        // is one ("Razul Islam") is no creed, nor is a given name before a name ("Christian
        // Bale").
        let Some((_, middle)) = rest.split_last() else {
            return false;
        };
        let creed = faith(&first) || middle.iter().any(|w| faith(w));
        creed && (!self.lex.is_given_name(&first) || rest.iter().any(|w| faith(w)))
    }

    /// Is unit `i` followed, after a single space, by a capitalised unit (its name goes on)?
    fn adjacent_name_after(&self, i: usize) -> bool {
        i + 1 < self.units.len() && self.adjacent(i, i + 1) && starts_upper(self.unit_text(i + 1))
    }

    /// Name unit `nm` read with the unit after it, when that unit completes the name: a
    /// given name and a middle initial before a person of the lexicon are that person
    /// ("Vladimir V. Putin", "Donald J. Trump"), a one-word state after a given name is the
    /// surname ("Lisa Monaco", `state_surname_after`). Returns the last unit and the person
    /// (created if new; no mention emitted).
    pub(super) fn extended_name(&mut self, nm: usize) -> Option<(usize, ActorIdx)> {
        if let Some(k) = self.state_surname_after(nm) {
            let (s, e) = (self.units[nm].start, self.units[k].end);
            let name = self.text[s..e].to_string();
            return Some((k, self.person(&name, s)));
        }
        let k = nm + 1;
        let UnitKind::Name { head: None, words } = self.units[nm].kind else {
            return None;
        };
        if words < 2 || k >= self.units.len() || self.gap(nm, k) != ". " {
            return None;
        }
        let UnitKind::Lex(Target::Actor { entry, .. }) = self.units[k].kind else {
            return None;
        };
        if self.lex.entries[entry].kind != ActorKind::Person {
            return None;
        }
        // The given name may be foreign ("Sergey V. Lavrov"): one word and the initial do.
        let t = self.unit_text(nm);
        let (first, initial) = (t.split(' ').next()?, t.rsplit(' ').next()?);
        let is_initial =
            initial.len() == 1 && initial.starts_with(|c: char| c.is_ascii_uppercase());
        (is_initial && (words == 2 || self.lex.is_given_name(&first.to_lowercase())))
            .then(|| (k, self.lex_actor(entry)))
    }

    /// The unit after name unit `nm` when it is a one-word state or capital that is this
    /// person's surname: "counterterrorism adviser Lisa Monaco", "Grace Jordan" — the name
    /// unit ends in a given name, the state follows after one space and no capitalised word
    /// follows the state ("Lisa Monaco Foundation" is no one's surname).
    pub(super) fn state_surname_after(&self, nm: usize) -> Option<usize> {
        let k = nm + 1;
        let UnitKind::Name { head: None, .. } = self.units[nm].kind else {
            return None;
        };
        if k >= self.units.len()
            || self.gap(nm, k) != " "
            || !self.single_word(k)
            || self.is_state_like(k).is_none()
            || self.adjacent_name_after(k)
            || self.headline[self.units[k].sent]
        {
            return None;
        }
        let t = self.unit_text(nm);
        let last = t.rsplit(' ').next().unwrap_or(t);
        self.lex.is_given_name(&last.to_lowercase()).then_some(k)
    }

    /// Is the word `w` a common English word, or a hyphenated compound of them ("Free-Beacon",
    /// "Anti-Graffiti"; one-letter parts aside)?
    fn common_compound(&self, w: &str) -> bool {
        let lower = w.to_lowercase();
        if self.lex.is_common_word(&lower) {
            return true;
        }
        let mut parts = lower
            .split('-')
            .filter(|p| p.chars().count() > 1)
            .peekable();
        lower.contains('-') && parts.peek().is_some() && parts.all(|p| self.lex.is_common_word(p))
    }

    /// Is the word `w` a pronoun's contraction ("I'd", "I’m", "He'll", "We’re"): "I" or a
    /// pronoun of `words.tsv` before an apostrophe and one or two letters after it?
    pub(super) fn contraction(&self, w: &str) -> bool {
        let Some((p, rest)) = w.split_once(['\'', '\u{2019}']) else {
            return false;
        };
        let p = p.to_lowercase();
        (1..=2).contains(&rest.chars().count())
            && rest.chars().all(|c| c.is_ascii_alphabetic())
            && (p == "i" || self.lex.lower_word(&p).is_some_and(|l| l.pronoun.is_some()))
    }

    /// Does the name `t` hold an acronym: a word of 2–6 capitals that is not a common word
    /// written in capitals, in a name that is not in capitals throughout?
    fn has_acronym(&self, t: &str) -> bool {
        // A generational numeral after a name ("Charles Keating IV", "Henry Ford II") is no
        // acronym.
        let numeral = |w: &str, k: usize| k > 0 && matches!(w, "II" | "III" | "IV" | "VI" | "VII");
        !t.split(' ').all(is_caps)
            && t.split(' ').enumerate().any(|(k, w)| {
                is_caps(w)
                    && w.len() <= 6
                    && !numeral(w, k)
                    && !self.lex.is_common_word(&w.to_lowercase())
            })
    }

    /// Does the name at `start..end` stand where a place stands: right after a preposition of
    /// place ("in", "near", "outside") or after "of" following a place noun ("the town of",
    /// "residents of"), and not a possessor ("in John Kerry's words")?
    fn place_context(&self, start: usize, end: usize) -> bool {
        let rest = &self.text[end..];
        if rest.starts_with("'s") || rest.starts_with("’s") {
            return false;
        }
        if !self.text[..start].ends_with(' ') {
            return false;
        }
        let mut before = self.words_before(start).filter(|w| !w.is_empty());
        let word = |w: Option<&str>| w.map(str::to_lowercase).unwrap_or_default();
        let w1 = word(before.next());
        let info = |w: &str| self.lex.lower_word(w);
        // "Somalia's Lower Shabelle region": a noun of places right after the name.
        let next = rest
            .strip_prefix(' ')
            .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
            .unwrap_or("");
        if info(next).is_some_and(|l| l.place_suffix) {
            return true;
        }
        info(&w1).is_some_and(|l| l.locative)
            || w1 == "of" && info(&word(before.next())).is_some_and(|l| l.place_noun)
    }

    /// Is the word before byte `start` the definite article?
    fn after_the(&self, start: usize) -> bool {
        self.words_before(start)
            .next()
            .is_some_and(|w| w == "the" || w == "The")
    }

    /// Is the name ending at byte `end` the head of a noun phrase with an indefinite article
    /// ("a gold Bugatti Veyron") in the parse?
    fn under_indefinite(&self, end: usize) -> bool {
        let Some(doc) = self.doc else {
            return false;
        };
        doc.token_ending_at(end).is_some_and(|h| {
            doc.children_with(h, crate::syntax::Rel::Det).any(|d| {
                let w = doc.form(self.text, d);
                w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")
            })
        })
    }

    /// The runs of letters before byte `start`, nearest first; the first is empty when
    /// punctuation sits right before it ("the, X").
    fn words_before(&self, start: usize) -> impl Iterator<Item = &'a str> {
        let text: &'a str = self.text;
        text[..start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
    }

    /// Does the name ending at byte `end` modify the word after it: joined by a hyphen, or a
    /// compound in the parse?
    fn name_modifies_next(&self, end: usize) -> bool {
        if self.text[end..].starts_with('-') {
            return true;
        }
        let Some(doc) = self.doc else {
            return false;
        };
        doc.token_ending_at(end)
            .is_some_and(|i| doc.tokens[i].rel == crate::syntax::Rel::Compound)
    }

    /// Is the text at `end` followed by a verb of saying, directly or after one short word
    /// or adverb ("said", "also said", "quickly denied")?
    pub(super) fn followed_by_saying(&self, end: usize) -> bool {
        let mut after = self.text[end..]
            .split(char::is_whitespace)
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let w1 = after.next().unwrap_or("");
        let w2 = after.next().unwrap_or("");
        self.text[end..].starts_with(' ')
            && (self.lex.is_saying(w1)
                || ((w1.len() <= 4 && w1.chars().all(|c| c.is_lowercase())) || w1.ends_with("ly"))
                    && self.lex.is_saying(w2))
    }

    /// After a title with no name: does the noun phrase end here ("the general said", "the
    /// minister, …") rather than go on ("the general public", "an official statement")?
    pub(super) fn description_ends(&self, end: usize) -> bool {
        let rest = &self.text[end..];
        let Some(r) = rest.strip_prefix(' ') else {
            return true; // punctuation or end of text
        };
        let w: &str = r
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .next()
            .unwrap_or("");
        if w.is_empty() || w.chars().next().is_some_and(char::is_uppercase) {
            return true;
        }
        // "the chief targets of the strategy": the title word modifies the noun after it.
        if let Some(doc) = self.doc {
            let (t, n) = (doc.token_ending_at(end), doc.token_starting_at(end + 1));
            if let (Some(t), Some(n)) = (t, n) {
                let tok = &doc.tokens[n];
                let next = doc.form(self.text, n).to_lowercase();
                // "A Japanese journalist held by militants", "a US official told": a verb,
                // whatever its form, follows a finished noun phrase.
                if matches!(tok.upos, Upos::Verb | Upos::Aux) {
                    return true;
                }
                // "An Australian man claims …": a saying verb read as a noun is still a verb.
                if matches!(tok.upos, Upos::Noun)
                    && doc.tokens[t].head as usize == n
                    && !self.lex.is_saying(&next)
                {
                    return false;
                }
            }
        }
        let lower = w.to_lowercase();
        self.lex
            .lower_word(&lower)
            .is_some_and(|i| i.saying || i.follower || i.modal || i.expletive)
            || lower.ends_with("ed")
            || (lower.ends_with('s') && !lower.ends_with("ss"))
    }

    /// Is the title `title` (flagged `of-body` in titles.tsv), ending at byte `end`, followed by
    /// "of" and a thing, not a body: "the head of a lion statue" (no one), against "the head
    /// of the institute", "the head of security", "the head of Hamas"? Read on the tree: the
    /// title's `of` dependent is a lower-case noun with an article (no possessor) that is
    /// neither an organisation's head word (words.tsv `*-head`) nor a noun standing for an
    /// actor (`desc-*`). Without a parse, no.
    pub(super) fn of_thing(&self, title: usize, end: usize) -> bool {
        let Some(doc) = self.doc.filter(|_| self.lex.titles[title].of_body) else {
            return false;
        };
        let Some(t) = doc.token_ending_at(end) else {
            return false;
        };
        let sent = &doc.sentences[doc.sentence_of(t)];
        let Some(d) = sent.tokens().find(|&d| {
            doc.tokens[d].head as usize == t
                && doc.tokens[d].rel.universal() == "nmod"
                && d > t
                && dossier_syntax::frames::case_of(doc, self.text, d) == "of"
        }) else {
            return false;
        };
        let w = doc.form(self.text, d);
        if doc.tokens[d].upos != Upos::Noun || w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // A thing has an article; a field is bare ("the head of security") and a possessor
        // names a body ("the head of Nigeria's military", "of the station's news desk").
        let determined = sent.tokens().any(|c| {
            doc.tokens[c].head as usize == d && doc.tokens[c].rel == crate::syntax::Rel::Det
        });
        if !determined {
            return false;
        }
        let lower = w.to_lowercase();
        let mut cap = String::with_capacity(w.len());
        let mut cs = lower.chars();
        if let Some(c) = cs.next() {
            cap.extend(c.to_uppercase());
            cap.push_str(cs.as_str());
        }
        self.lex.head(&cap).is_none()
            && self.lex.lower_word(&lower).is_none_or(|i| i.desc.is_none())
    }
}

/// A word of two or more ASCII capitals ("SPCA", "CBS", "VEGAS").
fn is_caps(w: &str) -> bool {
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
}

impl Resolver<'_> {
    /// The gender of a kinship noun written right before the name at byte `at` ("his sister,
    /// Jordan Somers", "her son Tom Harris"), if there is one.
    /// "rumours Kim has been replaced and his sister Kim Yo Jong runs the country": a person
    /// first named at `at` as someone's relative, after their surname was used alone, leaves
    /// that surname to the one whose relative they are, not yet known by a full name. Only
    /// when no one else holds it (a relative of someone already named in full is told apart
    /// where the name is read, `Resolver::person`).
    pub(super) fn relative_leaves_surname(&mut self, at: usize, person: ActorIdx) {
        if self.actors[person].kind != ActorKind::Person
            || !self.actors[person].name.contains(' ')
            || self.kin_before(at).is_none()
            || self.mentions.iter().any(|m| m.actor == person)
        {
            return;
        }
        let key = self.surname_key(&self.actors[person].name.clone());
        if !self.named_alone_before(&key, at) {
            return;
        }
        let bare = self.lex.after_particle(&key).map(str::to_string);
        for k in std::iter::once(key).chain(bare) {
            if self.surnames.get(&k).is_some_and(|v| v == &[person]) {
                self.surnames.remove(&k);
            }
        }
    }

    /// Is `surname` written alone (not before another capitalised word) somewhere before byte
    /// `at`?
    fn named_alone_before(&self, surname: &str, at: usize) -> bool {
        let before = &self.text[..at];
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        !surname.is_empty()
            && before.match_indices(surname).any(|(i, m)| {
                let after = &before[i + m.len()..];
                !word(before[..i].chars().next_back())
                    && !word(after.chars().next())
                    && !after
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
            })
    }

    pub(super) fn kin_before(&self, at: usize) -> Option<Gender> {
        let before = self.text[..at].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .filter(|w| !w.is_empty())?;
        self.lex.kin(&word.to_lowercase())
    }
}

impl Resolver<'_> {
    /// A person known by surname only ("Mr. Somers") whose relative of the same surname was just
    /// named ("his sister, Jordan Somers"): their name keeps the courtesy title the text gave
    /// them, so no later stage takes the bare surname for the relative's full name.
    pub(super) fn title_surname_name(&mut self, p: ActorIdx) {
        if self.actors[p].name.contains(' ') {
            return;
        }
        let Some(m) = self.mentions.iter().find(|m| m.actor == p) else {
            return;
        };
        let before = self.text[..m.start].trim_end();
        let title = before
            .rsplit(char::is_whitespace)
            .next()
            .filter(|w| w.ends_with('.') || matches!(*w, "Mr" | "Mrs" | "Ms" | "Miss" | "Dr"))
            .filter(|w| w.starts_with(char::is_uppercase) && w.len() <= 5);
        if let Some(t) = title {
            self.actors[p].name = format!("{t} {}", self.actors[p].name);
        }
    }
}
