//! Bare generic bodies ("the foreign ministry", "the army" with no state before it): the body
//! of a state named in the phrase or before it, of the country the story is clearly about, or
//! left unresolved (split from `phrases.rs`).

use super::*;

impl<'a> Resolver<'a> {
    /// A generic body with no state before it ("the foreign ministry", or the noun after
    /// a state handled elsewhere). `first` is the determiner (or the noun itself).
    pub(super) fn at_bare_generic(&mut self, first: usize, g_unit: usize, g: usize) -> usize {
        let n = self.units.len();
        // "the foreign ministry of Iran"
        let k = g_unit + 1;
        if k < n && self.gap(g_unit, k) == " of " {
            if let Some(entry) = self.is_state_like(k) {
                let s = self.lex_actor(entry);
                let b = self.state_body(s, g);
                let (st, en) = (self.units[g_unit].start, self.units[k].end);
                self.mention(st, en, b, MentionForm::Name);
                return k + 1;
            }
        }
        // "Army Sgt. Bowe Bergdahl": the service of a ranked person (`at_phrase`).
        if first == g_unit
            && matches!(
                self.units.get(g_unit + 1).map(|u| u.kind),
                Some(UnitKind::Lex(Target::Title(_)))
            )
        {
            if let Some(next) = self.at_phrase(g_unit, None) {
                return next;
            }
        }
        let gb = &self.lex.generic[g];
        if gb.local {
            return self.at_local_body(g_unit, g);
        }
        let definite =
            first != g_unit || (self.units[g_unit].initial && starts_upper(self.unit_text(g_unit)));
        if !gb.bare || !definite {
            return g_unit + 1;
        }
        let (st, en) = (self.units[g_unit].start, self.units[g_unit].end);
        let b = self.bare_body(g_unit, g);
        self.mention(st, en, b, MentionForm::Description);
        g_unit + 1
    }

    /// The body a bare generic noun at unit `g_unit` stands for ("the army", "Army Sgt. X"):
    /// the same body named before, else that body of the country the story is about (the one
    /// its states and state bodies have named clearly most, `dominant_country`), else the body
    /// of no state (`ORG.army`): the state named last is no evidence ("for the Army and Nato"
    /// in a story about Iraqi civilians is no Iraqi army).
    fn bare_body(&mut self, g_unit: usize, g: usize) -> ActorIdx {
        if let Some(b) = self.named_body_before(g_unit, g) {
            return b;
        }
        match self.dominant_country(g_unit) {
            Some(c) => self.state_body_of(&c, g),
            None => self.stateless_body(g),
        }
    }

    /// The country the text before unit `u` (within 20 sentences, like the other look-backs)
    /// is about: the one its states and state bodies name at least twice as often as any
    /// other country, counting a state's name or capital 2 (a demonym before a title too:
    /// "Israeli Defence Minister"), another demonym 1 (it may only say where someone is from:
    /// "Iraqi civilians"), a body of the state 1 (a story on Nicaragua
    /// quotes Nasa) and the story's dateline 4, with at least 2; `None` when no country
    /// stands out.
    fn dominant_country(&self, u: usize) -> Option<String> {
        let st = self.units[u].start;
        let dateline = self.dateline_country();
        let mut counts: Vec<(&str, usize)> = Vec::new();
        if let Some(c) = dateline.as_deref() {
            counts.push((c, 4));
        }
        for m in self.recent(20, self.units[u].sent) {
            if m.start >= st {
                continue;
            }
            let a = &self.actors[m.actor];
            if !matches!(
                a.kind,
                ActorKind::State | ActorKind::GovernmentBody | ActorKind::Military
            ) {
                continue;
            }
            let Some(c) = a.country.as_deref() else {
                continue;
            };
            let w = if a.kind == ActorKind::State
                && (m.form != MentionForm::Demonym || self.before_title(m.end))
            {
                2
            } else {
                1
            };
            // The noun's own sentence counts double ("Lebanese officials said the army …").
            let w = if m.sentence == self.units[u].sent {
                2 * w
            } else {
                w
            };
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += w,
                None => counts.push((c, w)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let (top, n) = *counts.first()?;
        let second = counts.get(1).map_or(0, |c| c.1);
        (n >= 2 && n >= 2 * second).then(|| top.to_string())
    }

    /// "the army" after "a US army prisoner of war": the body `g` a state's name composed
    /// before unit `g_unit` (a state's army, ministry …), whatever state was named since
    /// ("… in Afghanistan").
    pub(super) fn named_body_before(&self, g_unit: usize, g: usize) -> Option<ActorIdx> {
        let st = self.units[g_unit].start;
        let suffix = format!(".{}", self.lex.generic[g].code);
        self.recent(20, self.units[g_unit].sent)
            .iter()
            .rev()
            .filter(|m| m.start < st && m.form != MentionForm::Description)
            .map(|m| m.actor)
            .find(|&a| self.actors[a].id.ends_with(&suffix))
    }

    /// A local body ("police", "the police") with no state before it: the state comes from its
    /// own phrase only — a place right before it ("Toronto police") or after "in"/"of"
    /// ("police in Ottawa", "police of Mosul") — else from the story's dateline ("OTTAWA —"),
    /// else from where the story happens when it names one country only ("a car bomb exploded
    /// in Baghdad"), else none (`ORG.police`): never from the state the text named last ("police said" in an
    /// Ottawa story is not Syria's police because Syria came up).
    fn at_local_body(&mut self, g_unit: usize, g: usize) -> usize {
        let n = self.units.len();
        let before = g_unit
            .checked_sub(1)
            .filter(|&b| self.adjacent(b, g_unit))
            .and_then(|b| self.place_country(b));
        let after = (g_unit + 1 < n && matches!(self.gap(g_unit, g_unit + 1), " in " | " of "))
            .then(|| self.place_country(g_unit + 1))
            .flatten();
        let country = before
            .or(after)
            .or_else(|| self.dateline_country())
            .or_else(|| self.own_place_country(g_unit));
        let (st, en) = (self.units[g_unit].start, self.units[g_unit].end);
        let b = match country {
            Some(c) => self.state_body_of(&c, g),
            None => self.stateless_body(g),
        };
        self.mention(st, en, b, MentionForm::Description);
        g_unit + 1
    }

    /// A generic body with no state to belong to ("the police" → `ORG.police`).
    fn stateless_body(&mut self, g: usize) -> usize {
        let gb = &self.lex.generic[g];
        let (id, name, kind) = (
            format!("ORG.{}", slug(&gb.name)),
            format!("the {}", gb.name),
            gb.kind,
        );
        self.actor(ActorEntry {
            id,
            name,
            kind,
            country: None,
            role: None,
            affiliation: None,
        })
    }

    /// The country of unit `i` when it names a place: a state, capital or seat of the lexicon,
    /// or a place of `places.tsv` that one country holds ("Toronto" → CAN).
    fn place_country(&self, i: usize) -> Option<String> {
        if let UnitKind::Lex(Target::Actor { entry, .. }) = self.units[i].kind {
            let e = &self.lex.entries[entry];
            return match e.kind {
                ActorKind::State => Some(e.id.clone()),
                _ => None,
            };
        }
        if let UnitKind::Name { head: None, .. } = self.units[i].kind {
            return self.lex.place(self.unit_text(i))?.map(str::to_string);
        }
        None
    }

    /// Where the story happens, before unit `upto`: the one country of every state, capital or
    /// gazetteer place the text has put after a preposition of place ("exploded in Baghdad",
    /// "near Mosul"); `None` when there are none or several ("in Ottawa" … "in Syria"). A
    /// place only travelled to or spoken of ("to travel to Syria") is not where it happens.
    fn own_place_country(&self, upto: usize) -> Option<String> {
        let mut found: Option<String> = None;
        // Within the 20 sentences before, like the other bare bodies (bounded: linear time).
        let sent = self.units[upto].sent;
        let lo = self.units[..upto].partition_point(|u| u.sent + 20 < sent);
        for i in lo..upto {
            let u = self.units[i];
            let locative = self.text[..u.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| {
                    self.lex
                        .lower_word(&w.to_lowercase())
                        .is_some_and(|l| l.locative)
                });
            if !locative {
                continue;
            }
            let Some(c) = self.place_country(i) else {
                continue;
            };
            match &found {
                Some(f) if *f != c => return None,
                _ => found = Some(c),
            }
        }
        found
    }

    /// The country of the story's first dateline ("OTTAWA —", "BAGHDAD, Iraq —"), when a state,
    /// capital or gazetteer place in it tells one.
    fn dateline_country(&self) -> Option<String> {
        let &(ds, de) = self.datelines.first()?;
        let inside = self
            .units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.start >= ds && u.end <= de);
        for (i, _) in inside {
            if let Some(c) = self.place_country(i) {
                return Some(c);
            }
        }
        // A place in capitals ("TORONTO") is looked up as written in the gazetteer: "Toronto".
        self.text[ds..de]
            .split(',')
            .map(|p| {
                p.split_whitespace()
                    .map(|w| {
                        let mut c = w.chars();
                        c.next().map_or(String::new(), |f| {
                            f.to_uppercase()
                                .chain(c.flat_map(char::to_lowercase))
                                .collect()
                        })
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .find_map(|p| self.lex.place(&p).flatten().map(str::to_string))
    }
}
