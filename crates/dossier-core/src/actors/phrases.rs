//! Titled people, unnamed and definite person descriptions, modifiers and their keys,
//! appositions, determiners and body descriptions (bare generic bodies: `bodies.rs`).

use super::*;
use crate::syntax::Rel;

impl<'a> Resolver<'a> {
    /// Parse "[adj]* [modifier ['s]] [generic] [adj]* title+ [, ] [Name]" starting at `i`
    /// (after an optional determiner `det`). Handles titled people, unnamed and definite person
    /// descriptions. Returns None when there is no title.
    pub(super) fn at_phrase(&mut self, i: usize, det: Option<(usize, bool)>) -> Option<usize> {
        let n = self.units.len();
        let mut j = i;
        let mut adjs: Vec<usize> = Vec::new();
        let take_adjs = |this: &Self, j: &mut usize, adjs: &mut Vec<usize>| -> bool {
            while *j < n && this.units[*j].kind == UnitKind::Adj {
                adjs.push(*j);
                if !this.adjacent(*j, *j + 1) {
                    return false;
                }
                *j += 1;
            }
            true
        };
        if !take_adjs(self, &mut j, &mut adjs) {
            return None;
        }
        let mut modifier: Option<usize> = None;
        let mut body_generic: Option<usize> = None;
        if j < n && self.modifier_entry(j) {
            modifier = Some(j);
            if !self.adjacent_poss(j, j + 1) {
                return None;
            }
            j += 1;
            if let UnitKind::Lex(Target::Generic(g)) = self.units[j].kind {
                if self.lex_country(j - 1).is_some() {
                    body_generic = Some(g);
                    if !self.adjacent_poss(j, j + 1) {
                        return None;
                    }
                    j += 1;
                }
            }
            if !take_adjs(self, &mut j, &mut adjs) {
                return None;
            }
        }
        // "Army Sgt. Bowe Bergdahl", "Navy Adm. Jane Doe": a service named by its bare noun
        // right before a rank is the person's affiliation, no actor of its own there.
        let mut service: Option<(usize, usize)> = None;
        if modifier.is_none() && j + 1 < n && self.adjacent(j, j + 1) {
            if let UnitKind::Lex(Target::Generic(g)) = self.units[j].kind {
                let gb = &self.lex.generic[g];
                if gb.bare
                    && !gb.local
                    && starts_upper(self.unit_text(j))
                    && matches!(self.units[j + 1].kind, UnitKind::Lex(Target::Title(_)))
                {
                    service = Some((j, g));
                    j += 1;
                }
            }
        }
        let first_title = j;
        let mut titles = Vec::new();
        while j < n {
            let UnitKind::Lex(Target::Title(t)) = self.units[j].kind else {
                break;
            };
            titles.push(t);
            j += 1;
            if !(j < n
                && self.adjacent(j - 1, j)
                && matches!(self.units[j].kind, UnitKind::Lex(Target::Title(_))))
            {
                break;
            }
        }
        if titles.is_empty() {
            return None;
        }
        // "the woman" alone is no one new; "the Canadian woman" is.
        let title_entry = &self.lex.titles[*titles.last().expect("non-empty")];
        if title_entry.modified_only && modifier.is_none() && adjs.is_empty() {
            return None;
        }
        let last_title = j - 1;
        let title_end = self.units[last_title].end;
        let title = *titles.last().expect("non-empty");
        // Role words: adjectives before the title (when no modifier sits between), and the
        // modifier itself when it is a seat or body joined without a possessive ("Kremlin
        // spokesman", "foreign ministry spokesperson"), not a state name or demonym.
        let mut role_start = self.units[first_title].start;
        if let Some((su, _)) = service {
            role_start = self.units[su].start;
        }
        if let Some(&a) = adjs.first() {
            if modifier.is_none_or(|m| a > m) {
                role_start = self.units[a].start;
            }
        }
        if let Some(m) = modifier {
            let joined = self.gap(m, m + 1) == " ";
            if body_generic.is_some() {
                if self.gap(m + 1, m + 2) == " " {
                    role_start = role_start.min(self.units[m + 1].start);
                }
            } else if joined && !self.state_name_or_demonym(m) {
                role_start = self.units[m].start;
            }
        }
        // The post's place after "to": "ambassador to the UN", "the UN envoy to Iraq". The
        // role runs to its end and a name may follow it ("…, Mohamed Ali Alhakim").
        let post = self.post_after(last_title);
        if let Some((a, last)) = post {
            // The post's place is a mention of its own ("the UN" in "ambassador to the UN").
            let generic = match self.units[last].kind {
                UnitKind::Lex(Target::Generic(g)) if last > a => Some(g),
                _ => None,
            };
            self.emit_modifier(a, generic);
        }
        let (role_end, after_role) = match post {
            Some((_, last)) => (self.units[last].end, last),
            None => (title_end, last_title),
        };
        let j = post.map_or(j, |(_, last)| last + 1);
        let role = self.text[role_start..role_end].to_string();
        let name_gap = if j < n { self.gap(after_role, j) } else { "" };
        let name_at = (j < n
            && self.personish(j)
            && (name_gap == " " && post.is_none()
                || name_gap == ", " && self.apposition_closes(j))
            && !self.headline[self.units[j].sent])
            .then_some(j);

        // "Kremlin spokesman Dmitry Peskov", "President Zelenskyy", "Iran's foreign minister, X".
        if let Some(nm) = name_at.filter(|_| det.is_none() || name_gap == " ") {
            let mod_actor = modifier.map(|m| self.emit_modifier(m, body_generic));
            // "counterterrorism adviser Lisa Monaco": a state's name after the given name is
            // the surname.
            let (p, nm) = match self.extended_name(nm) {
                Some((k, p)) => {
                    let (s, e) = (self.units[nm].start, self.units[k].end);
                    self.mention(s, e, p, MentionForm::Name);
                    (p, k)
                }
                None => (self.name_to_person(nm, &titles)?, nm),
            };
            for &t in &titles {
                self.add_head(p, t);
            }
            self.set_role(p, &role, mod_actor, Some(title));
            // The service is the one the text named before ("a US Army prisoner … Army Sgt.
            // X"); the state named last is no evidence of whose army it is.
            if let Some(b) = service.and_then(|(su, g)| self.named_body_before(su, g)) {
                let (id, country) = (self.actors[b].id.clone(), self.actors[b].country.clone());
                let a = &mut self.actors[p];
                if a.affiliation.is_none() {
                    a.affiliation = Some(id);
                }
                if a.country.is_none() {
                    a.country = country;
                }
            }
            return Some(self.apposition(p, nm).max(nm + 1));
        }
        if name_at.is_none()
            && (!self.description_ends(title_end) || self.of_thing(title, title_end))
        {
            // "the general public", "an official statement": not a person.
            if let Some(m) = modifier.filter(|_| det.is_none()) {
                self.emit_modifier(m, body_generic);
            }
            return Some(j);
        }
        let Some((d, definite)) = det else {
            // A title with no article and no name ("Kremlin spokesman said"): only the modifier
            // is a mention.
            if let Some(m) = modifier {
                self.emit_modifier(m, body_generic);
            }
            return Some(j);
        };
        let start = self.units[d].start;
        // The post's body: the modifier, or "… for/of [the] <actor>" after the title.
        let tail = (modifier.is_none() && j < n)
            .then(|| self.gap(last_title, j))
            .filter(|g| matches!(*g, " of the " | " for the " | " of " | " for " | " at the "))
            .and_then(|_| self.actor_key(j, None));
        let key = match modifier {
            Some(m) => self.actor_key(m, body_generic),
            None => tail.clone(),
        };
        // "The head of Nasa's Meteoroid Environment Office, Bill Cooke, estimated", "An adviser
        // to Nicaragua's Institute of Earth Studies (Ineter), Wilfried Strauch, said": the
        // description is the named person's post, the last body named in it their affiliation.
        if name_at.is_none() {
            if let Some((nm, comma, org)) = self.name_after_description(title_end, j) {
                let key = org.and_then(|o| self.actor_key(o, None)).or(key);
                let from = (self.units[d].end + 1).min(role_start);
                let role = self.text[from..comma].trim().to_string();
                let p = self.name_to_person_deferred(nm)?;
                self.mention(start, title_end, p, MentionForm::Description);
                for &t in &titles {
                    self.add_head(p, t);
                }
                self.fill_person(p, role, key);
                return Some(j);
            }
        }
        // "the journalist, Luke Somers,": a name in apposition decides who is meant, whoever
        // "the journalist" referred to before (an unnamed "American journalist held by …").
        let apposed = name_at.is_some() && name_gap == ", ";
        if definite && !apposed {
            let country = key.as_ref().and_then(|k| k.country.clone());
            // "The top spokesman for PM Harper": a post serving a person named after it is
            // the person whose post names that person too ("Dmitry Peskov, spokesman for
            // President Putin"), never another spokesman named earlier ("Ottawa police
            // spokesman Chuck Benoit").
            let served = self.served_person(last_title, j, key.is_some() || modifier.is_some());
            if let Some(p) = self
                .find_person_by_head(title, country.as_deref(), start)
                .filter(|&p| {
                    served.is_none_or(|w| {
                        self.actors[p]
                            .role
                            .as_deref()
                            .is_some_and(|r| r.split_whitespace().any(|x| x == w))
                    })
                })
            {
                self.mention(start, title_end, p, MentionForm::Description);
                return Some(j);
            }
        }
        // A description's role is all its words after the article ("senior US official",
        // "spokesman for the Russian defence ministry").
        let desc_start = self.units[d].end + 1;
        let desc_end = match (&tail, j < n) {
            (Some(_), true) => self.actor_key_end(j),
            _ => role_end,
        };
        let desc_role = self.text[desc_start.min(role_start)..desc_end].to_string();
        // "a senior IRGC commander, Ali Fadavi,": the description names that person.
        if let Some(nm) = name_at {
            let (p, last) = match self.extended_name(nm) {
                Some((k, p)) => (p, k),
                None => (self.name_to_person_deferred(nm)?, nm),
            };
            self.mention(start, title_end, p, MentionForm::Description);
            for &t in &titles {
                self.add_head(p, t);
            }
            self.fill_person(p, desc_role, key);
            if last == nm {
                self.emit_name_mention(nm, p);
            } else {
                let (s, e) = (self.units[nm].start, self.units[last].end);
                self.mention(s, e, p, MentionForm::Name);
            }
            return Some(self.apposition(p, last).max(last + 1));
        }
        // An unnamed person: "a Western diplomat", "the spokesman for the defence ministry".
        let mut parts: Vec<String> = Vec::new();
        if let Some(k) = &key {
            parts.push(k.slug_part.clone());
        }
        for &a in &adjs {
            parts.push(self.unit_text(a).to_string());
        }
        parts.push(self.text[self.units[first_title].start..title_end].to_string());
        let id = format!("PERSON.{}", slug(&parts.join(" ")));
        let words = self.text[self.units[d].end..title_end].trim();
        let name = fix_article(&format!("{} {words}", if definite { "the" } else { "a" }));
        let p = self.actor(ActorEntry {
            id,
            name,
            kind: ActorKind::Person,
            country: None,
            role: None,
            affiliation: None,
        });
        self.unnamed[p] = true;
        for &t in &titles {
            self.add_head(p, t);
        }
        self.fill_person(p, desc_role, key);
        self.mention(start, title_end, p, MentionForm::Description);
        Some(j)
    }

    /// Does the name at unit `j`, after "<title>, ", stand in apposition ("the journalist, Luke
    /// Somers, 33, was", "Another resident, Andrei Kazaryan (who …), said", "another American
    /// journalist, Steven Sotloff of Time, …", "the spokesman, Ali Fadavi said") rather than
    /// open the clause a fronted phrase ends before ("With permission from the Queen, Alan
    /// Titchmarsh spent a year …")? When punctuation, an affiliation or a verb of saying closes
    /// it, or the parse does not make the name a subject.
    fn apposition_closes(&self, j: usize) -> bool {
        let (start, end) = (self.units[j].start, self.units[j].end);
        let rest = &self.text[end..];
        if rest.is_empty()
            || rest.starts_with([',', '.', ';', ':', ')', '\n'])
            || rest.starts_with(" (")
            || rest
                .strip_prefix(" of ")
                .is_some_and(|r| r.starts_with(char::is_uppercase))
            || self.followed_by_saying(end)
        {
            return true;
        }
        if let Some(doc) = self.doc {
            let head = doc.range_head(doc.tokens_within(start, end));
            return head.is_some_and(|h| !doc.tokens[h].rel.is_subject());
        }
        false
    }

    /// Does a title follow the word ending at byte `end` ("Israeli Defence Minister"): the
    /// state's own official, not someone from there? A title that `data/events/nouns.tsv`
    /// calls a `person` noun ("Iraqi pilots", "a Syrian doctor") says only where someone is
    /// from.
    pub(super) fn before_title(&self, end: usize) -> bool {
        let person = |w: &str| {
            crate::events::Roles::builtin().noun(&w.to_lowercase())
                == Some(crate::events::roles::NounKind::Person)
        };
        let k = self.units.partition_point(|u| u.start <= end);
        if let Some(u) = self.units.get(k).filter(|u| {
            matches!(u.kind, UnitKind::Lex(Target::Title(_))) && self.text[end..u.start] == *" "
        }) {
            return !person(&self.text[u.start..u.end]);
        }
        // A title in the plural ("Lebanese officials").
        let Some(rest) = self.text[end..].strip_prefix(' ') else {
            return false;
        };
        let w = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let Some(one) = w.strip_suffix('s').filter(|o| o.len() > 2) else {
            return false;
        };
        !person(w)
            && self
                .lex
                .find_all(one)
                .iter()
                .any(|m| m.start == 0 && m.end == one.len() && matches!(m.target, Target::Title(_)))
    }

    /// After a title ending at byte `title_end` (units from `j` on): its post runs, through
    /// a preposition and names only ("of Nasa's Meteoroid Environment Office", "to Nicaragua's
    /// Institute of Earth Studies (Ineter)"), to a comma followed by a person's full name that
    /// a comma or a verb of saying closes. Returns the name's unit, the comma's byte and the
    /// last organisation unit of the post, if any.
    pub(super) fn name_after_description(
        &self,
        title_end: usize,
        j: usize,
    ) -> Option<(usize, usize, Option<usize>)> {
        let rest = &self.text[title_end..];
        let comma = rest.find(',')?;
        let seg = &rest[..comma];
        let mut words = seg.split_whitespace();
        let prep = words.next()?;
        if !matches!(prep, "of" | "for" | "at" | "to" | "with" | "from" | "in") {
            return None;
        }
        let mut n_words = 0;
        let mut named = false;
        for w in words {
            n_words += 1;
            let w = w.trim_matches(|c: char| matches!(c, '(' | ')'));
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            if w.starts_with(|c: char| c.is_uppercase()) {
                named = true;
            } else if !matches!(
                w,
                "the" | "a" | "an" | "of" | "for" | "and" | "on" | "in" | "at"
            ) {
                return None;
            }
        }
        if !named || n_words > 12 || seg.contains(['.', ';', '"', '“', '”', ':']) {
            return None;
        }
        let comma = title_end + comma;
        let after = comma + 2;
        if !self.text[comma..].starts_with(", ") {
            return None;
        }
        let n = self.units.len();
        let nm = (j..n)
            .take_while(|&k| self.units[k].start <= after)
            .find(|&k| self.units[k].start == after)?;
        let full_name = match self.units[nm].kind {
            UnitKind::Name { head: None, words } => {
                (2..=4).contains(&words)
                    && self.person_name_start(self.unit_text(nm)) == Some(0)
                    && !self.never_person(self.unit_text(nm))
                    && !self.place_run(self.unit_text(nm))
            }
            UnitKind::Lex(Target::Actor { entry, .. }) => {
                self.lex.entries[entry].kind == ActorKind::Person
            }
            _ => false,
        };
        let end = self.units[nm].end;
        if !full_name || !(self.text[end..].starts_with(',') || self.followed_by_saying(end)) {
            return None;
        }
        let org = (j..nm).rev().find(|&k| match self.units[k].kind {
            UnitKind::Name { head: Some(h), .. } => h != HeadClass::Place,
            UnitKind::Lex(Target::Actor { entry, .. }) => {
                self.lex.entries[entry].kind != ActorKind::Person
            }
            _ => false,
        });
        Some((nm, comma, org))
    }

    /// After the title at unit `t`, the post's place introduced by "to": the actor unit (and a
    /// generic body noun after it) of "to [the] <actor>". Returns (actor unit, last unit).
    fn post_after(&self, t: usize) -> Option<(usize, usize)> {
        let n = self.units.len();
        let mut a = t + 1;
        if a >= n || self.gap(t, a) != " to " {
            return None;
        }
        if matches!(self.units[a].kind, UnitKind::Det { definite: true }) {
            if !self.adjacent(a, a + 1) {
                return None;
            }
            a += 1;
        }
        if !matches!(self.units[a].kind, UnitKind::Lex(Target::Actor { .. })) {
            return None;
        }
        self.actor_key(a, None)?;
        let end = self.actor_key_end(a);
        let last = if self.units[a].end == end { a } else { a + 1 };
        Some((a, last))
    }

    /// Emit the mention of a modifier unit (composing "<state> <generic body>") and return
    /// its actor.
    pub(super) fn emit_modifier(&mut self, m: usize, body_generic: Option<usize>) -> ActorIdx {
        let UnitKind::Lex(Target::Actor { entry, form }) = self.units[m].kind else {
            unreachable!("modifier is an actor unit")
        };
        let a = self.lex_actor(entry);
        let (who, s, e, f) = match body_generic {
            Some(g) => {
                let b = self.state_body(a, g);
                (
                    b,
                    self.units[m].start,
                    self.units[m + 1].end,
                    MentionForm::Name,
                )
            }
            None => (a, self.units[m].start, self.units[m].end, form),
        };
        self.mention(s, e, who, f);
        who
    }

    /// Is unit `i` a state named by its name or demonym (not a seat or capital)?
    pub(super) fn state_name_or_demonym(&self, i: usize) -> bool {
        matches!(
            self.units[i].kind,
            UnitKind::Lex(Target::Actor { entry, form: MentionForm::Name | MentionForm::Demonym })
                if self.lex.entries[entry].kind == ActorKind::State
        )
    }

    /// Country of the lexicon actor at unit `i`.
    pub(super) fn lex_country(&self, i: usize) -> Option<&'a str> {
        match self.units[i].kind {
            UnitKind::Lex(Target::Actor { entry, .. }) => {
                self.lex.entries[entry].country.as_deref()
            }
            _ => None,
        }
    }

    /// What a modifier or "for the X" actor tells about an unnamed or titled person.
    pub(super) fn actor_key(&self, i: usize, body_generic: Option<usize>) -> Option<ActorKey> {
        let (mut id, country, kind) = match self.units[i].kind {
            UnitKind::Lex(Target::Actor { entry, .. }) => {
                let e = &self.lex.entries[entry];
                if e.kind == ActorKind::Person {
                    return None;
                }
                (e.id.clone(), e.country.clone(), e.kind)
            }
            UnitKind::Name { head: Some(h), .. } if h != HeadClass::Place => {
                let name = strip_article(self.unit_text(i));
                (org_id(h, name), None, ActorKind::Organisation)
            }
            _ => return None,
        };
        // "<state> <generic body>" right after: "the Russian defence ministry".
        let generic = body_generic.or_else(|| match self.units.get(i + 1).map(|u| u.kind) {
            Some(UnitKind::Lex(Target::Generic(g))) if self.adjacent_poss(i, i + 1) => Some(g),
            _ => None,
        });
        let mut is_body = kind != ActorKind::State;
        if let (Some(g), Some(c)) = (generic, country.as_ref()) {
            id = format!("{c}.{}", self.lex.generic[g].code);
            is_body = true;
        }
        let slug_part = if kind == ActorKind::State && generic.is_none() {
            country.clone().unwrap_or_else(|| id.clone())
        } else if generic.is_some() {
            id.clone()
        } else {
            id.rsplit('.').next().unwrap_or(&id).to_string()
        };
        Some(ActorKey {
            affiliation: is_body.then(|| id.clone()),
            country,
            slug_part,
        })
    }

    /// End of the actor phrase at unit `i` (including a following generic body noun).
    pub(super) fn actor_key_end(&self, i: usize) -> usize {
        match self.units.get(i + 1).map(|u| u.kind) {
            Some(UnitKind::Lex(Target::Generic(_))) if self.adjacent_poss(i, i + 1) => {
                self.units[i + 1].end
            }
            _ => self.units[i].end,
        }
    }

    pub(super) fn fill_person(&mut self, p: ActorIdx, role: String, key: Option<ActorKey>) {
        let a = &mut self.actors[p];
        if a.role.is_none() {
            a.role = Some(role);
        }
        if let Some(k) = key {
            if a.country.is_none() {
                a.country = k.country;
            }
            if a.affiliation.is_none() {
                a.affiliation = k.affiliation;
            }
        }
    }

    pub(super) fn set_role(
        &mut self,
        p: ActorIdx,
        role: &str,
        modifier: Option<ActorIdx>,
        title: Option<usize>,
    ) {
        let (country, affiliation) = match modifier {
            Some(m) => {
                let a = &self.actors[m];
                let aff = if a.kind == ActorKind::State {
                    match title.and_then(|t| self.lex.titles[t].body.clone()) {
                        Some(code) => Some(format!("{}.{}", a.id, code)),
                        None => Some(a.id.clone()),
                    }
                } else {
                    Some(a.id.clone())
                };
                (a.country.clone(), aff)
            }
            None => (None, None),
        };
        let a = &mut self.actors[p];
        if a.role.is_none()
            && !role.is_empty()
            && title.is_some_and(|t| self.lex.titles[t].head.is_some())
        {
            a.role = Some(role.to_string());
        }
        if a.country.is_none() {
            a.country = country;
        }
        if a.affiliation.is_none() {
            a.affiliation = affiliation;
        }
    }

    /// The person a name unit stands for, with its mention emitted.
    /// The person a name unit stands for (no mention emitted).
    pub(super) fn name_to_person_deferred(&mut self, i: usize) -> Option<ActorIdx> {
        match self.units[i].kind {
            UnitKind::Lex(Target::Actor { entry, .. }) => Some(self.lex_actor(entry)),
            UnitKind::Name { .. } => {
                let t = self.unit_text(i);
                Some(self.person(t, self.units[i].start))
            }
            _ => None,
        }
    }

    /// The person a name unit right after `titles` stands for, with its mention: a bare
    /// surname names only someone the titles' gender fits ("Ms Kim" is not Kim Jong Un).
    pub(super) fn name_to_person(&mut self, i: usize, titles: &[usize]) -> Option<ActorIdx> {
        let gender = (titles.iter())
            .map(|&t| self.lex.titles[t].gender)
            .find(|&g| g != Gender::Unknown)
            .unwrap_or(Gender::Unknown);
        let p = match self.units[i].kind {
            UnitKind::Name { .. } => {
                let t = self.unit_text(i);
                self.person_fitting(t, self.units[i].start, gender)
            }
            _ => self.name_to_person_deferred(i)?,
        };
        self.emit_name_mention(i, p);
        Some(p)
    }

    pub(super) fn emit_name_mention(&mut self, i: usize, p: ActorIdx) {
        let form = match self.units[i].kind {
            UnitKind::Lex(Target::Actor { form, .. }) => form,
            _ => {
                if self.unit_text(i).contains(' ') {
                    MentionForm::Name
                } else {
                    MentionForm::Surname
                }
            }
        };
        let u = self.units[i];
        self.mention(u.start, u.end, p, form);
    }

    /// After the name of person `p` at unit `nm`: ", <title phrase …>," gives their role and
    /// affiliation. Returns the unit index to continue from (the apposition's units are still
    /// processed normally, so organisations inside it get their own mentions).
    pub(super) fn apposition(&mut self, p: ActorIdx, nm: usize) -> usize {
        let n = self.units.len();
        let k = nm + 1;
        if k >= n || self.gap(nm, k) != ", " {
            return nm + 1;
        }
        // The apposition: up to the next comma, semicolon or sentence end.
        let from = self.units[k].start;
        let sent_end = self
            .sentences
            .get(self.units[nm].sent)
            .map_or(self.text.len(), |s| s.end);
        let rest = &self.text[from..sent_end];
        let stop = rest
            .find([',', ';', '(', '\u{201C}', '"'])
            .unwrap_or(rest.len());
        let mut role = rest[..stop].trim_end_matches(['.', ' ']);
        // The apposition ends before a verb of saying ("…, deputy commander of X said").
        let mut off = 0;
        for w in role.split(' ') {
            if self.lex.is_saying(w) && off > 0 {
                // "…, Abu Bakr al-Baghdadi, the interior minister said.": a verb of saying that
                // ends the sentence makes the phrase before it the speaker of what came before,
                // no description of the name.
                let after = &rest[off + w.len()..];
                if after.trim_start().is_empty() || after.trim_start().starts_with('.') {
                    return nm + 1;
                }
                role = role[..off - 1].trim_end();
                break;
            }
            off += w.len() + 1;
        }
        let role_end = from + role.len();
        // A title must open the apposition ("the deputy commander …", "a spokesman for …"),
        // after at most an article, modifiers and the body it belongs to.
        let mut first_title = None;
        let mut q = k;
        while q < n && self.units[q].start < role_end {
            match self.units[q].kind {
                UnitKind::Lex(Target::Title(_)) => {
                    first_title = Some(q);
                    break;
                }
                UnitKind::Det { .. }
                | UnitKind::Adj
                | UnitKind::Lex(Target::Actor { .. })
                | UnitKind::Lex(Target::Generic(_))
                | UnitKind::Name { head: Some(_), .. } => q += 1,
                _ => break,
            }
        }
        let Some(ft) = first_title else {
            return nm + 1;
        };
        if self.text[from..self.units[ft].start]
            .split_whitespace()
            .count()
            > 5
        {
            return nm + 1;
        }
        let mut lt = ft;
        while lt + 1 < n
            && self.adjacent(lt, lt + 1)
            && matches!(self.units[lt + 1].kind, UnitKind::Lex(Target::Title(_)))
        {
            lt += 1;
        }
        // A title phrase directly before another name pre-modifies that name, it is no
        // apposition of this one: "Steven Sotloff, British aid worker David Haines" — the aid
        // worker is Haines.
        if lt + 1 < n && self.adjacent(lt, lt + 1) && self.names_person(lt + 1) {
            return nm + 1;
        }
        let titles: Vec<usize> = (ft..=lt)
            .filter_map(|q| match self.units[q].kind {
                UnitKind::Lex(Target::Title(t)) => Some(t),
                _ => None,
            })
            .collect();
        // Affiliation: the first organisation or state named in the apposition.
        let affiliation = (k..n)
            .take_while(|&q| self.units[q].start < role_end)
            .find(|&q| {
                matches!(
                    self.units[q].kind,
                    UnitKind::Lex(Target::Actor { .. }) | UnitKind::Name { head: Some(_), .. }
                )
            });
        let role = strip_article(role).to_string();
        for &t in &titles {
            self.add_head(p, t);
        }
        let key = affiliation.and_then(|q| self.actor_key(q, None));
        let a = &mut self.actors[p];
        a.role = Some(role);
        if let Some(k) = key {
            if k.affiliation.is_some()
                && (a.affiliation.is_none()
                    || a.affiliation.as_deref().is_some_and(|x| x.len() == 3))
            {
                a.affiliation = k.affiliation;
            }
            if a.country.is_none() {
                a.country = k.country;
            }
        }
        // The words up to the title describe the person ("the deputy commander"); actors
        // named after the title keep their own mentions.
        let (ds, de) = (self.units[k].start, self.units[lt].end);
        self.mention(ds, de, p, MentionForm::Description);
        lt + 1
    }

    /// The last capitalised word of a person named after a post's "for"/"of" ("spokesman for
    /// PM Harper" → "Harper"), when the post has no body of its own (`has_body`) — the one it
    /// serves.
    fn served_person(&self, last_title: usize, j: usize, has_body: bool) -> Option<&'a str> {
        if has_body || j >= self.units.len() {
            return None;
        }
        let gap = self.gap(last_title, j);
        if !matches!(gap, " of " | " for " | " to ") {
            return None;
        }
        let text: &'a str = self.text;
        text[self.units[j].start..]
            .split_whitespace()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .take_while(|w| !w.is_empty())
            .last()
    }

    /// The person "the <title>" refers to: the nearest matching person earlier in the same
    /// sentence, else the first matching person of the nearest earlier sentence that has one
    /// (the subject, as for pronouns).
    pub(super) fn find_person_by_head(
        &self,
        title: usize,
        country: Option<&str>,
        before: usize,
    ) -> Option<ActorIdx> {
        let t = &self.lex.titles[title];
        let head = t.head.as_ref()?;
        let fits = |m: &Mention| {
            let actor = &self.actors[m.actor];
            let info = &self.people[m.actor];
            actor.kind == ActorKind::Person
                && info.heads.iter().any(|h| h == head)
                && (t.gender == Gender::Unknown || info.gender.is_none_or(|g| g == t.gender))
                && (country.is_none()
                    || actor.country.is_none()
                    || actor.country.as_deref() == country)
        };
        let sent = self.sentence_of(before);
        let earlier = self.recent(20, sent).iter().filter(|m| m.start < before);
        if let Some(m) = earlier
            .clone()
            .rev()
            .find(|m| m.sentence == sent && fits(m))
        {
            return Some(m.actor);
        }
        let nearest = earlier
            .clone()
            .filter(|m| m.sentence < sent && fits(m))
            .map(|m| m.sentence)
            .max()?;
        earlier
            .filter(|m| m.sentence == nearest)
            .find(|m| fits(m))
            .map(|m| m.actor)
    }

    pub(super) fn at_det(&mut self, i: usize, definite: bool) -> usize {
        let n = self.units.len();
        let j = i + 1;
        if j >= n || !self.adjacent(i, j) {
            return i + 1;
        }
        if let Some(next) = self.at_phrase(j, Some((i, definite))) {
            return next;
        }
        if !definite {
            return j;
        }
        // "the foreign ministry", "the ministry", "the news agency".
        match self.units[j].kind {
            UnitKind::Lex(Target::Generic(g)) => return self.at_bare_generic(i, j, g),
            UnitKind::Desc(_) => return self.at_desc(i, j),
            _ => {}
        }
        // "the [semi-official|Iranian …] agency": up to two words between.
        let mut k = j;
        while k < n && k <= j + 2 && self.units[k].sent == self.units[i].sent {
            if let UnitKind::Desc(_) = self.units[k].kind {
                let between = &self.text[self.units[i].end..self.units[k].start];
                if between.split_whitespace().count() <= 2
                    && !between.contains([',', ';', '.', ':'])
                    && between.chars().all(|c| !c.is_uppercase() || k == j)
                {
                    return self.at_desc(i, k);
                }
                break;
            }
            k += 1;
        }
        j
    }

    /// "the <desc noun>": the most recent actor of the noun's kinds.
    pub(super) fn at_desc(&mut self, det: usize, d: usize) -> usize {
        let UnitKind::Desc(k) = self.units[d].kind else {
            return d + 1;
        };
        // "the country's", "the ministry of …" are fine; "the agency said" too.
        let kinds = self.desc_kinds[k];
        let start = self.units[det].start;
        let candidates = || {
            self.recent(4, self.units[d].sent)
                .iter()
                .rev()
                .filter(|m| m.start < start && kinds.contains(&self.actors[m.actor].kind))
        };
        // "The paper says …" after "the Post reported that … former NBC News president Steve
        // Capus …" is the Post: an outlet named only as the modifier of someone's post or staff
        // ("NBC News president", "NBC News executives") is where they work, not who reports.
        let target = candidates()
            .find(|m| self.actors[m.actor].kind != ActorKind::Outlet || !self.modifier_mention(m))
            .or_else(|| candidates().next())
            .map(|m| m.actor);
        if let Some(a) = target {
            self.mention(start, self.units[d].end, a, MentionForm::Description);
        }
        d + 1
    }

    /// The mention modifies a noun: "NBC News" of "NBC News president" — a compound in the
    /// parse, or written right before a common noun ("NBC News executives", which the parser
    /// may split).
    fn modifier_mention(&self, m: &Mention) -> bool {
        let Some(doc) = self.doc else {
            return false;
        };
        let r = doc.tokens_within(m.start, m.end);
        let next = doc.tokens.get(r.end).filter(|t| {
            self.text
                .get(m.end..t.start as usize)
                .is_some_and(|gap| gap.chars().all(|c| c == ' '))
        });
        doc.range_head(r.clone())
            .is_some_and(|h| doc.tokens[h].rel == Rel::Compound)
            || next.is_some_and(|t| t.upos == Upos::Noun)
    }

    /// Unit `q` names a person: an unknown capitalised name or a person of the lexicon.
    fn names_person(&self, q: usize) -> bool {
        match self.units.get(q).map(|u| u.kind) {
            Some(UnitKind::Name { head: None, .. }) => true,
            Some(UnitKind::Lex(Target::Actor { entry, .. })) => {
                self.lex.entries[entry].kind == ActorKind::Person
            }
            _ => false,
        }
    }
}
