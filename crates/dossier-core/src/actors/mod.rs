//! Actor recognition, resolution and coreference.
//!
//! Input: the normalised text, its sentences and a [`Lexicon`]. Output: an [`ActorLayer`] — the
//! actors of the document and every mention of them (names, metonyms, demonyms, titles,
//! descriptions, surnames, pronouns), each resolved to one actor. Later stages (attribution,
//! events) never look at names themselves: they ask the layer which actor a stretch of text
//! refers to.
//!
//! # How it works (one pass, no parser)
//!
//! 1. The lexicon automaton finds every known name, alias, demonym, metonym, generic body noun
//!    ("foreign ministry") and title ("Brig. Gen.", "spokeswoman") — see [`crate::lexicon`].
//! 2. One scan over the words builds *units*: lexicon matches, capitalised name sequences that
//!    the lexicon does not know ("Fazlollah Nozari", "Khatam al-Anbia Central Headquarters"),
//!    pronouns, determiners, modifiers and body description nouns ("ministry", "agency").
//! 3. A left-to-right pass over the units composes phrases and resolves them against what the
//!    document has said so far (rules below), creating actors as they are introduced.
//!
//! # Rules
//!
//! - **States, bodies, outlets, organisations**: lexicon names resolve to their id. A state (name,
//!   demonym, capital or seat, possessive or not) directly before a generic body noun makes a
//!   state body: "Ukraine's air force" → `UKR.AF`, "the Iranian foreign ministry" → `IRN.MFA`,
//!   "Russian forces" → `RUS.MIL`. "the foreign ministry" with no state names the body of the state
//!   most recently mentioned; with none it is kept as `ORG.foreign-ministry`.
//! - **People**: a title directly before a capitalised name ("Kremlin spokesman Dmitry Peskov",
//!   "Iran's foreign minister, Hossein Amir-Abdollahian") makes a person `PERSON.<slug>` with that
//!   role; the state or body before the title ("Kremlin", "Iran's") is their affiliation and
//!   gives their country (a state with a titled post gives `<ISO3>.<body>`, e.g. `IRN.MFA` for a
//!   foreign minister). An apposition after the name (", deputy commander of the Khatam
//!   al-Anbia Central Headquarters,") is their role and a description mention of them, and the
//!   first organisation named in it their affiliation. Capitalised sequences of two to four words
//!   with no organisation or place head word are people even without a title; a state's
//!   possessive before one ("Iran's Hossein Salami") gives the country. A single unknown
//!   capitalised word directly followed by a verb of saying ("Graham argued", "ACLU said") is kept
//!   as a person (an organisation when written as an acronym), unless a preposition precedes it
//!   ("Sanders of Vermont told"). Leading capitalised modifiers ("Senior"), sentence-initial
//!   gerunds, adverbs and plural nouns ("Removing", "Celebrities") are not part of a name.
//! - **Unknown organisations**: a capitalised sequence ending in a head word (Ministry, Council,
//!   Corps, Headquarters, Party, News, Times …, see `words.tsv`) is an organisation
//!   (`ORG.<slug>`, or `OUTLET.<slug>` for outlet heads) whose kind follows the head word. A state
//!   or demonym directly before it gives its country. "Name (ACRONYM)" teaches the acronym.
//! - **Unnamed people**: "a senior IRGC commander", "a Western diplomat", "an Iranian official",
//!   "a spokesman for the Russian defence ministry" become one person each, id
//!   `PERSON.<body>-<modifiers>-<title>` (`PERSON.irgc-senior-commander`, `PERSON.usa-senior-official`),
//!   country and affiliation from the body or demonym. When the description is followed by
//!   `", <Name>,"` it is that named person instead. A description needs its title as head noun:
//!   "the general public" and "an official statement" are not people (the next word must end the
//!   phrase: punctuation, a capital, a verb of saying, a follower word from `words.tsv`, or a
//!   word that looks like a verb).
//! - **Surnames**: once a person is named in full, their last name alone refers to them ("Nozari
//!   said"). A title with a surname only ("Gen. Nozari") before the full name is merged into the
//!   full-named person when it appears. Names left unresolved by the pass (headline words, a
//!   surname used before the full name) are retried at the end against every person, surname and
//!   acronym the document introduced ("Ted Cruz Refuses to …" → `PERSON.ted-cruz`).
//! - **Descriptions**: "the general", "the minister", "the spokeswoman" refer to a person whose
//!   title has that head (and gender, when the title tells one: spokeswoman, Mr.), chosen like a
//!   pronoun's antecedent (below); with none, an unnamed person is created. Well-known people in
//!   `people.tsv` carry heads too ("the Russian president" → Putin). "the ministry", "the agency",
//!   "the alliance", "the country" refer to the most recent actor of the kinds listed in
//!   `words.tsv` within five sentences.
//! - **Pronouns** (he, him, she, they, it; `words.tsv`): within the sentence, the nearest compatible actor
//!   before the pronoun; otherwise, in the nearest earlier sentence (up to three back) that has a
//!   compatible actor, the *first* one (news sentences put their subject first; for it/they only
//!   a mention among the first seven words of that sentence counts). he/she take
//!   people (gender-compatible); it takes states, bodies, organisations and outlets named in the
//!   singular; they takes plural demonym mentions ("Iranian officials", "Iranians" … they),
//!   groups, forces, bodies and plural names ("Republicans"), never a state's name. "it" counts only as a subject: before a verb of saying
//!   ("it said"), or opening a clause (sentence start, after a comma, "that", "and", or a verb of
//!   saying: "said on Thursday it had struck") and not followed by "is", "was", "seems", "would
//!   be", "has been" … ("it is unclear", "it has been reported", "it was claimed"). ", who" and ", which" refer to the person or other actor named right
//!   before the comma. Unresolvable pronouns get no mention.
//! - **Ambiguity**: `ambiguity.tsv` drops a match (Georgia → GEO) when a cue word (Atlanta,
//!   governor, county …) occurs in the same or a neighbouring sentence. A one-word state or
//!   capital directly after an unknown capitalised word ("Denzel Washington") or directly before
//!   one ("Israel Katz") is part of a person's name; before a place word ("Jordan Valley") it is a
//!   place; before an organisation head it names that organisation ("Moscow Times"). Headline-style
//!   sentences (most words capitalised, no closing punctuation) create no new unknown names.
//!
//! Mentions never overlap and are sorted by start; every actor in the layer has a mention.

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::{Gender, HeadClass, LexMatch, Lexicon, PronounClass, Target};
use crate::model::{Actor, ActorKind, ActorRef};
use crate::text::{Offsets, Sentence};

/// Index into [`ActorLayer::actors`].
pub type ActorIdx = usize;

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionForm {
    /// Full or short name from the lexicon or a recognised person name ("Iran", "Fazlollah Nozari").
    Name,
    /// Capital or seat of government standing for a state ("the Kremlin", "Tehran").
    Metonym,
    /// "Iranian", "Russian" used as an actor ("Iranian officials").
    Demonym,
    /// Later reference by surname ("Nozari").
    Surname,
    /// Definite description ("the general", "the ministry", "the spokeswoman").
    Description,
    /// he, she, they, it.
    Pronoun,
}

/// One mention: a byte range of the document text resolved to an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub actor: ActorIdx,
    pub form: MentionForm,
    /// Index of the sentence the mention is in.
    pub sentence: usize,
}

/// An actor as known inside one document (before spans are converted to code points).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
}

/// The actors of one document and all their mentions, sorted by `start`.
#[derive(Debug, Clone, Default)]
pub struct ActorLayer {
    pub actors: Vec<ActorEntry>,
    pub mentions: Vec<Mention>,
}

impl ActorLayer {
    /// Recognise and resolve every actor mention in `text` (normalised), whose sentences are
    /// `sentences`, with the names of `lexicon`.
    pub fn recognise(text: &str, sentences: &[Sentence], lexicon: &Lexicon) -> ActorLayer {
        let mut r = Resolver::new(text, sentences, lexicon);
        r.run();
        r.finish()
    }

    /// The mentions that lie inside the byte range `start..end`, in text order.
    pub fn mentions_in(&self, start: usize, end: usize) -> &[Mention] {
        let lo = self.mentions.partition_point(|m| m.start < start);
        let hi = self.mentions.partition_point(|m| m.start < end);
        let slice = &self.mentions[lo..hi];
        let keep = slice.iter().take_while(|m| m.end <= end).count();
        &slice[..keep]
    }

    /// The mention that starts exactly at byte `start`, if any.
    pub fn mention_at(&self, start: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.start < start);
        self.mentions.get(i).filter(|m| m.start == start)
    }

    /// The mention that covers byte `pos`, if any.
    pub fn mention_covering(&self, pos: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.start <= pos);
        i.checked_sub(1)
            .map(|i| &self.mentions[i])
            .filter(|m| pos < m.end)
    }

    /// The actor entry of a mention.
    pub fn actor_of(&self, m: &Mention) -> &ActorEntry {
        &self.actors[m.actor]
    }

    /// Index of the actor with this id, if it occurs in the document.
    pub fn actor_by_id(&self, id: &str) -> Option<ActorIdx> {
        self.actors.iter().position(|a| a.id == id)
    }

    /// An [`ActorRef`] for a mention, with the mention's words as its span.
    pub fn actor_ref(&self, m: &Mention, text: &str, offsets: &Offsets) -> ActorRef {
        let a = &self.actors[m.actor];
        ActorRef {
            id: a.id.clone(),
            name: a.name.clone(),
            mention: Some(offsets.span(text, m.start, m.end)),
        }
    }

    /// The output form of the actors: one [`Actor`] per entry with its mention spans.
    pub fn to_actors(&self, text: &str, offsets: &Offsets) -> Vec<Actor> {
        let mut out: Vec<Actor> = self
            .actors
            .iter()
            .map(|a| Actor {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind,
                country: a.country.clone(),
                role: a.role.clone(),
                affiliation: a.affiliation.clone(),
                mentions: Vec::new(),
            })
            .collect();
        for m in &self.mentions {
            out[m.actor]
                .mentions
                .push(offsets.span(text, m.start, m.end));
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Units

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UnitKind {
    Lex(Target),
    /// Capitalised sequence the lexicon does not know: `words` counted without particles.
    Name {
        words: usize,
        head: Option<HeadClass>,
    },
    Pronoun(PronounClass),
    Det {
        definite: bool,
    },
    Adj,
    /// Body description noun ("ministry", "agency"): index into `Resolver::desc_kinds`.
    Desc(usize),
    /// Relative pronoun: true for "who" (people), false for "which".
    Relative(bool),
}

#[derive(Debug, Clone, Copy)]
struct Unit {
    start: usize,
    end: usize,
    sent: usize,
    kind: UnitKind,
    /// First unit of its sentence's words (the sentence-initial word).
    initial: bool,
}

/// What a modifier ("IRGC", "Iranian", "the Russian defence ministry") tells about a person.
#[derive(Debug, Clone)]
struct ActorKey {
    affiliation: Option<String>,
    country: Option<String>,
    /// Part of an unnamed person's id: "irgc", "IRN", "RUS.MOD".
    slug_part: String,
}

/// Per-person facts used by coreference.
#[derive(Debug, Clone, Default)]
struct PersonInfo {
    heads: Vec<String>,
    gender: Option<Gender>,
}

struct Resolver<'a> {
    text: &'a str,
    sentences: &'a [Sentence],
    lex: &'a Lexicon,
    units: Vec<Unit>,
    desc_kinds: Vec<&'a [ActorKind]>,
    headline: Vec<bool>,
    actors: Vec<ActorEntry>,
    people: Vec<PersonInfo>,
    by_id: HashMap<String, ActorIdx>,
    surnames: HashMap<String, ActorIdx>,
    acronyms: HashMap<String, ActorIdx>,
    mentions: Vec<Mention>,
    /// Name units left unresolved in the pass (headline words, lone surnames): retried at the
    /// end against everyone the whole document named.
    deferred: Vec<usize>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Lower-case slug: letters and digits kept, everything else one '-'.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// "al-Anbia", "el-Sisi": a lower-case particle joined by a hyphen to a capitalised word.
fn particle_capital(s: &str) -> bool {
    match s.split_once('-') {
        Some((p, rest)) => p.len() <= 3 && starts_upper(rest),
        None => false,
    }
}

impl<'a> Resolver<'a> {
    fn new(text: &'a str, sentences: &'a [Sentence], lex: &'a Lexicon) -> Self {
        Resolver {
            text,
            sentences,
            lex,
            units: Vec::new(),
            desc_kinds: Vec::new(),
            headline: vec![false; sentences.len().max(1)],
            actors: Vec::new(),
            people: Vec::new(),
            by_id: HashMap::default(),
            surnames: HashMap::default(),
            acronyms: HashMap::default(),
            mentions: Vec::new(),
            deferred: Vec::new(),
        }
    }

    fn sentence_of(&self, pos: usize) -> usize {
        self.sentences
            .partition_point(|s| s.start <= pos)
            .saturating_sub(1)
    }

    // ---- pass 1: units ----------------------------------------------------------------------

    fn build_units(&mut self) {
        let text = self.text;
        let matches: Vec<LexMatch> = self.lex.find_all(text);
        // Words: maximal runs of letters/digits with internal hyphens and apostrophes; a trailing
        // possessive "'s" is not part of the word.
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if !is_word_char(c) {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    it.next();
                } else if matches!(d, '-' | '\'' | '\u{2019}') {
                    // Joiner only when a word character follows, and not a possessive 's.
                    let after = &text[j + d.len_utf8()..];
                    let next = after.chars().next();
                    let possessive = d != '-'
                        && matches!(next, Some('s'))
                        && !after[1..].starts_with(is_word_char);
                    // "Iran-backed", "Sorkin-written": a lower-case suffix after a capitalised
                    // word is not part of a name.
                    let lower_suffix = d == '-'
                        && next.is_some_and(char::is_lowercase)
                        && text[i..].starts_with(char::is_uppercase);
                    if next.is_some_and(is_word_char) && !possessive && !lower_suffix {
                        it.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            words.push((i, end));
        }
        // Sentence of each word and capitalisation ratio per sentence (headline detection).
        let nsent = self.sentences.len().max(1);
        let mut caps = vec![(0usize, 0usize); nsent];
        let mut word_sent = Vec::with_capacity(words.len());
        let mut si = 0usize;
        let mut prev_sent = usize::MAX;
        let mut initial_flags = Vec::with_capacity(words.len());
        for &(s, e) in &words {
            while si + 1 < self.sentences.len() && self.sentences[si + 1].start <= s {
                si += 1;
            }
            word_sent.push(si);
            initial_flags.push(si != prev_sent);
            prev_sent = si;
            let w = &text[s..e];
            if w.chars().next().is_some_and(char::is_alphabetic) {
                caps[si].1 += 1;
                if starts_upper(w) {
                    caps[si].0 += 1;
                }
            }
        }
        for (i, &(c, n)) in caps.iter().enumerate() {
            // Headline case: most words capitalised and no closing punctuation, or nearly all.
            let ends_like_prose = self.sentences.get(i).is_some_and(|s| {
                text[s.start..s.end]
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '\u{201D}', '\''])
            });
            self.headline[i] =
                (n >= 3 && c * 10 >= n * 6 && !ends_like_prose) || (n >= 5 && c * 20 >= n * 17);
        }

        let mut mi = 0usize;
        let mut wi = 0usize;
        let mut lower = String::new();
        while wi < words.len() {
            let (ws, we) = words[wi];
            // Skip matches that ended before this word (e.g. punctuation-only overlaps).
            while mi < matches.len() && matches[mi].end <= ws {
                mi += 1;
            }
            if mi < matches.len() && matches[mi].start < we {
                let m = matches[mi];
                self.units.push(Unit {
                    start: m.start,
                    end: m.end,
                    sent: self.sentence_of(m.start),
                    kind: UnitKind::Lex(m.target),
                    initial: initial_flags[wi] && m.start <= ws,
                });
                while wi < words.len() && words[wi].0 < m.end {
                    wi += 1;
                }
                mi += 1;
                continue;
            }
            let w = &text[ws..we];
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            let sent = word_sent[wi];
            let initial = initial_flags[wi];
            // Capitalised sequence?
            let next_lower = words
                .get(wi + 1)
                .is_some_and(|&(s, e)| !starts_upper(&text[s..e]));
            let capital = (starts_upper(w) || particle_capital(w))
                && !self.lex.is_stop(w)
                && !(next_lower && self.lex.is_adjective(&lower));
            // A capitalised modifier or a sentence-initial gerund/adverb before a name is not
            // part of it ("Senior Kurdish official …", "Removing Godane …", "Reportedly …").
            // Sentence-initial plural nouns ("Celebrities Julianne Moore …", "Protesters …").
            // ("-ers", "-ors" are left out: Sanders, Rogers, Connors.)
            let next_capital = words
                .get(wi + 1)
                .is_some_and(|&(s, e)| starts_upper(&text[s..e]));
            let plural_noun = next_capital
                && ["ies", "ists", "ents", "ants", "ics", "ians"]
                    .iter()
                    .any(|suf| lower.ends_with(suf));
            let leading_common = self.lex.is_adjective(&lower)
                || (initial
                    && (lower.ends_with("ing") || lower.ends_with("ly") || plural_noun)
                    && lower.len() > 4);
            if capital && leading_common {
                if self.lex.is_adjective(&lower) {
                    self.units.push(Unit {
                        start: ws,
                        end: we,
                        sent,
                        kind: UnitKind::Adj,
                        initial,
                    });
                }
                wi += 1;
                continue;
            }
            if capital {
                let (end_wi, unit) = self.name_sequence(&words, wi, &matches[mi..], sent);
                if let Some(mut u) = unit {
                    u.initial = initial;
                    self.units.push(u);
                }
                wi = end_wi;
                continue;
            }
            let info = self.lex.lower_word(&lower);
            let kind = if let Some(p) = info.and_then(|i| i.pronoun) {
                Some(UnitKind::Pronoun(p))
            } else if let Some(r) = info.and_then(|i| i.relative).filter(|_| !initial) {
                Some(UnitKind::Relative(r))
            } else if lower == "the" {
                Some(UnitKind::Det { definite: true })
            } else if lower == "a" || lower == "an" {
                Some(UnitKind::Det { definite: false })
            } else if info.is_some_and(|i| i.adj) {
                Some(UnitKind::Adj)
            } else if let Some(kinds) = info.and_then(|i| i.desc.as_deref()) {
                self.desc_kinds.push(kinds);
                Some(UnitKind::Desc(self.desc_kinds.len() - 1))
            } else {
                None
            };
            if let Some(kind) = kind {
                self.units.push(Unit {
                    start: ws,
                    end: we,
                    sent,
                    kind,
                    initial,
                });
            }
            wi += 1;
        }
    }

    /// Extend a capitalised sequence from word `wi`. Returns the next word index and the unit.
    fn name_sequence(
        &self,
        words: &[(usize, usize)],
        wi: usize,
        matches: &[LexMatch],
        sent: usize,
    ) -> (usize, Option<Unit>) {
        let text = self.text;
        let next_match = matches.first().map_or(usize::MAX, |m| m.start);
        let mut last = wi; // last capitalised word included
        let mut j = wi + 1;
        let mut connector_at: Option<usize> = None;
        while j < words.len() {
            let (s, e) = words[j];
            if s >= next_match || self.sentence_of(s) != sent {
                break;
            }
            let gap = &text[words[j - 1].1..s];
            if gap != " " {
                break;
            }
            let w = &text[s..e];
            let lower_w: std::borrow::Cow<'_, str> = if w.bytes().any(|b| b.is_ascii_uppercase()) {
                w.to_ascii_lowercase().into()
            } else {
                w.into()
            };
            if (starts_upper(w) || particle_capital(w)) && !self.lex.is_stop(w) {
                last = j;
                j += 1;
                continue;
            }
            // Particles and connectors only between capitalised words.
            let is_particle = self.lex.is_particle(&lower_w);
            let is_connector = matches!(&*lower_w, "of" | "for" | "the" | "and" | "on");
            if (is_particle || is_connector) && j + 1 < words.len() {
                let (ns, ne) = words[j + 1];
                let nw = &text[ns..ne];
                if ns < next_match
                    && &text[e..ns] == " "
                    && (starts_upper(nw) || particle_capital(nw) || lower_w == "of")
                    && !self.lex.is_stop(nw)
                {
                    if is_connector && connector_at.is_none() {
                        connector_at = Some(j);
                    }
                    j += 1;
                    continue;
                }
            }
            break;
        }
        let end_wi = last + 1;
        // A connector is kept only when the whole is an organisation ("Ministry of Defence").
        let head_of = |k: usize| {
            let (s, e) = words[k];
            self.lex.head(&text[s..e])
        };
        let mut last_cap = last;
        let mut head = head_of(last_cap);
        if let Some(c) = connector_at {
            let org_before = (wi..c).any(|k| {
                matches!(
                    head_of(k),
                    Some(h) if h != HeadClass::Place
                )
            });
            // "Food and Drug Administration": an organisation head at the end keeps it whole.
            let org_after = c < last && matches!(head, Some(h) if h != HeadClass::Place);
            if (!org_before && !org_after) || c > last {
                last_cap = c - 1;
                // Walk back over trailing particles/connectors.
                while last_cap > wi && !starts_upper(&text[words[last_cap].0..words[last_cap].1]) {
                    last_cap -= 1;
                }
                head = head_of(last_cap);
            } else if head.is_none() {
                // "Ministry of Defence": head is the organisation word before "of".
                head = (wi..c).rev().find_map(head_of);
            }
        }
        let count = (wi..=last_cap)
            .filter(|&k| {
                let (s, e) = words[k];
                starts_upper(&text[s..e]) || particle_capital(&text[s..e])
            })
            .count();
        let unit = Unit {
            start: words[wi].0,
            end: words[last_cap].1,
            sent,
            kind: UnitKind::Name { words: count, head },
            initial: false,
        };
        (last_cap.max(wi) + 1, Some(unit).filter(|_| end_wi > wi))
    }

    // ---- actors and mentions ------------------------------------------------------------------

    fn actor(&mut self, entry: ActorEntry) -> ActorIdx {
        if let Some(&i) = self.by_id.get(&entry.id) {
            let a = &mut self.actors[i];
            if a.country.is_none() {
                a.country = entry.country;
            }
            if a.role.is_none() {
                a.role = entry.role;
            }
            if a.affiliation.is_none() {
                a.affiliation = entry.affiliation;
            }
            return i;
        }
        let i = self.actors.len();
        self.by_id.insert(entry.id.clone(), i);
        self.actors.push(entry);
        self.people.push(PersonInfo::default());
        i
    }

    fn lex_actor(&mut self, entry: usize) -> ActorIdx {
        let e = &self.lex.entries[entry];
        let idx = self.actor(ActorEntry {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            country: e.country.clone(),
            role: None,
            affiliation: None,
        });
        if e.kind == ActorKind::Person {
            if let Some(last) = e.name.split(' ').next_back() {
                self.surnames.insert(last.to_string(), idx);
            }
            let info = &mut self.people[idx];
            for h in &e.heads {
                if !info.heads.contains(h) {
                    info.heads.push(h.clone());
                }
            }
            if e.gender != Gender::Unknown {
                info.gender = Some(e.gender);
            }
        }
        idx
    }

    /// Mentions made so far in sentence `sent - back` and later. During the pass mentions are
    /// appended in sentence order, so this is a suffix found by binary search; it keeps
    /// coreference look-backs bounded on long documents.
    fn recent(&self, back: usize, sent: usize) -> &[Mention] {
        let from = sent.saturating_sub(back);
        let lo = self.mentions.partition_point(|m| m.sentence < from);
        &self.mentions[lo..]
    }

    fn mention(&mut self, start: usize, end: usize, actor: ActorIdx, form: MentionForm) {
        let sentence = self.sentence_of(start);
        self.mentions.push(Mention {
            start,
            end,
            actor,
            form,
            sentence,
        });
    }

    fn state_body(&mut self, state: ActorIdx, generic: usize) -> ActorIdx {
        let g = &self.lex.generic[generic];
        let s = &self.actors[state];
        let country = s.country.clone().unwrap_or_else(|| s.id.clone());
        let id = format!("{country}.{}", g.code);
        let name = match self.lex.entry(&id) {
            Some(e) => e.name.clone(),
            None => {
                let state_name = self
                    .lex
                    .entry(&country)
                    .map_or(s.name.clone(), |e| e.name.clone());
                format!("{state_name}'s {}", g.name)
            }
        };
        let kind = g.kind;
        self.actor(ActorEntry {
            id,
            name,
            kind,
            country: Some(country),
            role: None,
            affiliation: None,
        })
    }

    /// A person from a capitalised name; merges with a surname-only person of the same surname.
    fn person(&mut self, name: &str) -> ActorIdx {
        let name = name.trim();
        let id = format!("PERSON.{}", slug(name));
        if let Some(&i) = self.by_id.get(&id) {
            return i;
        }
        let surname = name.split(' ').next_back().unwrap_or(name).to_string();
        let multi = name.contains(' ');
        if let Some(&i) = self.surnames.get(&surname) {
            let a = &self.actors[i];
            if a.kind == ActorKind::Person && multi && !a.name.contains(' ') {
                // "Gen. Nozari" earlier, "Fazlollah Nozari" now: one person, full name.
                self.by_id.remove(&self.actors[i].id.clone());
                self.actors[i].id = id.clone();
                self.actors[i].name = name.to_string();
                self.by_id.insert(id, i);
                return i;
            }
            if a.kind == ActorKind::Person && !multi {
                return i;
            }
        }
        let i = self.actor(ActorEntry {
            id,
            name: name.to_string(),
            kind: ActorKind::Person,
            country: None,
            role: None,
            affiliation: None,
        });
        self.surnames.insert(surname, i);
        i
    }

    fn add_head(&mut self, person: ActorIdx, title: usize) {
        let t = &self.lex.titles[title];
        let info = &mut self.people[person];
        if let Some(h) = &t.head {
            if !info.heads.contains(h) {
                info.heads.push(h.clone());
            }
        }
        if t.gender != Gender::Unknown {
            info.gender = Some(t.gender);
        }
    }

    // ---- pass 2: resolution -------------------------------------------------------------------

    fn run(&mut self) {
        self.build_units();
        let mut i = 0;
        while i < self.units.len() {
            i = self.step(i);
        }
        self.resolve_deferred();
    }

    /// Names the pass could not resolve ("Ted Cruz Refuses to …" in a headline, "Sanders
    /// declares" before "Bernie Sanders" is introduced): the longest leading run of their words
    /// that names a person, surname or acronym known anywhere in the document.
    fn resolve_deferred(&mut self) {
        let deferred = std::mem::take(&mut self.deferred);
        for i in deferred {
            let u = self.units[i];
            let t = self.unit_text(i);
            // Word boundaries of the unit: (start, end) byte offsets within `t`.
            let mut words: Vec<(usize, usize)> = Vec::new();
            let mut pos = 0;
            for w in t.split(' ') {
                words.push((pos, pos + w.len()));
                pos += w.len() + 1;
            }
            let mut a = 0;
            while a < words.len() {
                let mut matched = None;
                for b in (a..words.len()).rev() {
                    let span = &t[words[a].0..words[b].1];
                    let found = if a < b {
                        self.by_id
                            .get(&format!("PERSON.{}", slug(span)))
                            .map(|&x| (x, MentionForm::Name))
                    } else {
                        self.surnames
                            .get(span)
                            .filter(|&&x| self.actors[x].kind == ActorKind::Person)
                            .map(|&x| (x, MentionForm::Surname))
                            .or_else(|| self.acronyms.get(span).map(|&x| (x, MentionForm::Name)))
                    };
                    if let Some(f) = found {
                        matched = Some((b, f));
                        break;
                    }
                }
                match matched {
                    Some((b, (x, form))) => {
                        self.mention(u.start + words[a].0, u.start + words[b].1, x, form);
                        a = b + 1;
                    }
                    None => a += 1,
                }
            }
        }
    }

    fn gap(&self, a: usize, b: usize) -> &'a str {
        let (ua, ub) = (&self.units[a], &self.units[b]);
        if ua.end <= ub.start {
            &self.text[ua.end..ub.start]
        } else {
            "\u{0}"
        }
    }

    fn adjacent(&self, a: usize, b: usize) -> bool {
        b < self.units.len() && self.gap(a, b) == " "
    }

    /// Adjacent, or joined by a possessive ("Iran's foreign minister").
    fn adjacent_poss(&self, a: usize, b: usize) -> bool {
        b < self.units.len()
            && matches!(
                self.gap(a, b),
                " " | "'s " | "\u{2019}s " | "' " | "\u{2019} "
            )
    }

    fn unit_text(&self, i: usize) -> &'a str {
        &self.text[self.units[i].start..self.units[i].end]
    }

    fn is_state_like(&self, i: usize) -> Option<usize> {
        match self.units[i].kind {
            UnitKind::Lex(Target::Actor { entry, .. })
                if self.lex.entries[entry].kind == ActorKind::State =>
            {
                Some(entry)
            }
            _ => None,
        }
    }

    /// Is unit `i` an actor that may modify a title or a body noun (not a person)?
    fn modifier_entry(&self, i: usize) -> bool {
        match self.units[i].kind {
            UnitKind::Lex(Target::Actor { entry, .. }) => {
                self.lex.entries[entry].kind != ActorKind::Person
            }
            _ => false,
        }
    }

    /// Does the lexicon match at unit `i` survive the ambiguity rules?
    fn ambiguous_drop(&self, i: usize, entry: usize) -> bool {
        if !self.lex.has_ambiguity() {
            return false;
        }
        let surface = self.unit_text(i);
        let id = &self.lex.entries[entry].id;
        let Some(cues) = self.lex.ambiguity_cues(surface, id) else {
            return false;
        };
        let s = self.units[i].sent;
        let lo = self
            .sentences
            .get(s.saturating_sub(1))
            .map_or(0, |x| x.start);
        let hi = self
            .sentences
            .get(s + 1)
            .or_else(|| self.sentences.get(s))
            .map_or(self.text.len(), |x| x.end);
        let window = &self.text[lo..hi.max(lo)];
        cues.iter().any(|c| contains_word(window, c))
    }

    fn single_word(&self, i: usize) -> bool {
        !self.unit_text(i).contains(' ')
    }

    fn name_unit(&self, i: usize) -> Option<(usize, Option<HeadClass>)> {
        match self.units.get(i)?.kind {
            UnitKind::Name { words, head } => Some((words, head)),
            _ => None,
        }
    }

    /// Can unit `i` be read as a person's name? Returns true for unknown names without an
    /// organisation/place head, lexicon people and known surnames.
    fn personish(&self, i: usize) -> bool {
        match self.units.get(i).map(|u| u.kind) {
            Some(UnitKind::Name { head: None, words }) => (1..=5).contains(&words),
            Some(UnitKind::Lex(Target::Actor { entry, .. })) => {
                self.lex.entries[entry].kind == ActorKind::Person
            }
            _ => false,
        }
    }

    /// One step of the left-to-right pass at unit `i`; returns the next unit to look at.
    fn step(&mut self, i: usize) -> usize {
        let u = self.units[i];
        match u.kind {
            UnitKind::Det { definite } => self.at_det(i, definite),
            UnitKind::Lex(Target::Actor { .. }) => self.at_actor(i),
            UnitKind::Lex(Target::Title(_)) | UnitKind::Adj => {
                self.at_phrase(i, None).unwrap_or(i + 1)
            }
            UnitKind::Lex(Target::Generic(g)) => self.at_bare_generic(i, i, g),
            UnitKind::Name { .. } => self.at_name(i),
            UnitKind::Pronoun(p) => {
                self.at_pronoun(i, p);
                i + 1
            }
            UnitKind::Desc(_) => i + 1,
            UnitKind::Relative(person) => {
                self.at_relative(i, person);
                i + 1
            }
        }
    }

    /// Parse "[adj]* [modifier ['s]] [generic] [adj]* title+ [, ] [Name]" starting at `i`
    /// (after an optional determiner `det`). Handles titled people, unnamed and definite person
    /// descriptions. Returns None when there is no title.
    fn at_phrase(&mut self, i: usize, det: Option<(usize, bool)>) -> Option<usize> {
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
        let last_title = j - 1;
        let title_end = self.units[last_title].end;
        let title = *titles.last().expect("non-empty");
        // Role words: adjectives before the title (when no modifier sits between), and the
        // modifier itself when it is a seat or body joined without a possessive ("Kremlin
        // spokesman", "foreign ministry spokesperson"), not a state name or demonym.
        let mut role_start = self.units[first_title].start;
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
        let role = self.text[role_start..title_end].to_string();
        let name_gap = if j < n { self.gap(last_title, j) } else { "" };
        let name_at = (j < n
            && self.personish(j)
            && (name_gap == " " || name_gap == ", ")
            && !self.headline[self.units[j].sent])
            .then_some(j);

        // "Kremlin spokesman Dmitry Peskov", "President Zelenskyy", "Iran's foreign minister, X".
        if let Some(nm) = name_at.filter(|_| det.is_none() || name_gap == " ") {
            let mod_actor = modifier.map(|m| self.emit_modifier(m, body_generic));
            let p = self.name_to_person(nm)?;
            for &t in &titles {
                self.add_head(p, t);
            }
            self.set_role(p, &role, mod_actor, Some(title));
            return Some(self.apposition(p, nm).max(nm + 1));
        }
        if name_at.is_none() && !self.description_ends(title_end) {
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
        if definite {
            let country = key.as_ref().and_then(|k| k.country.clone());
            if let Some(p) = self.find_person_by_head(title, country.as_deref(), start) {
                self.mention(start, title_end, p, MentionForm::Description);
                return Some(j);
            }
        }
        // A description's role is all its words after the article ("senior US official",
        // "spokesman for the Russian defence ministry").
        let desc_start = self.units[d].end + 1;
        let desc_end = match (&tail, j < n) {
            (Some(_), true) => self.actor_key_end(j),
            _ => title_end,
        };
        let desc_role = self.text[desc_start.min(role_start)..desc_end].to_string();
        // "a senior IRGC commander, Ali Fadavi,": the description names that person.
        if let Some(nm) = name_at {
            let p = self.name_to_person_deferred(nm)?;
            self.mention(start, title_end, p, MentionForm::Description);
            for &t in &titles {
                self.add_head(p, t);
            }
            self.fill_person(p, desc_role, key);
            self.emit_name_mention(nm, p);
            return Some(self.apposition(p, nm).max(nm + 1));
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
        for &t in &titles {
            self.add_head(p, t);
        }
        self.fill_person(p, desc_role, key);
        self.mention(start, title_end, p, MentionForm::Description);
        Some(j)
    }

    /// Emit the mention of a modifier unit (composing "<state> <generic body>") and return
    /// its actor.
    fn emit_modifier(&mut self, m: usize, body_generic: Option<usize>) -> ActorIdx {
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
    fn state_name_or_demonym(&self, i: usize) -> bool {
        matches!(
            self.units[i].kind,
            UnitKind::Lex(Target::Actor { entry, form: MentionForm::Name | MentionForm::Demonym })
                if self.lex.entries[entry].kind == ActorKind::State
        )
    }

    /// Country of the lexicon actor at unit `i`.
    fn lex_country(&self, i: usize) -> Option<&'a str> {
        match self.units[i].kind {
            UnitKind::Lex(Target::Actor { entry, .. }) => {
                self.lex.entries[entry].country.as_deref()
            }
            _ => None,
        }
    }

    /// What a modifier or "for the X" actor tells about an unnamed or titled person.
    fn actor_key(&self, i: usize, body_generic: Option<usize>) -> Option<ActorKey> {
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
    fn actor_key_end(&self, i: usize) -> usize {
        match self.units.get(i + 1).map(|u| u.kind) {
            Some(UnitKind::Lex(Target::Generic(_))) if self.adjacent_poss(i, i + 1) => {
                self.units[i + 1].end
            }
            _ => self.units[i].end,
        }
    }

    fn fill_person(&mut self, p: ActorIdx, role: String, key: Option<ActorKey>) {
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

    fn set_role(
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
    fn name_to_person(&mut self, i: usize) -> Option<ActorIdx> {
        let p = self.name_to_person_deferred(i)?;
        self.emit_name_mention(i, p);
        Some(p)
    }

    /// The person a name unit stands for (no mention emitted).
    fn name_to_person_deferred(&mut self, i: usize) -> Option<ActorIdx> {
        match self.units[i].kind {
            UnitKind::Lex(Target::Actor { entry, .. }) => Some(self.lex_actor(entry)),
            UnitKind::Name { .. } => {
                let t = self.unit_text(i);
                Some(self.person(t))
            }
            _ => None,
        }
    }

    fn emit_name_mention(&mut self, i: usize, p: ActorIdx) {
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
    fn apposition(&mut self, p: ActorIdx, nm: usize) -> usize {
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

    /// The person "the <title>" refers to: the nearest matching person earlier in the same
    /// sentence, else the first matching person of the nearest earlier sentence that has one
    /// (the subject, as for pronouns).
    fn find_person_by_head(
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

    fn at_det(&mut self, i: usize, definite: bool) -> usize {
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
    fn at_desc(&mut self, det: usize, d: usize) -> usize {
        let UnitKind::Desc(k) = self.units[d].kind else {
            return d + 1;
        };
        // "the country's", "the ministry of …" are fine; "the agency said" too.
        let kinds = self.desc_kinds[k];
        let start = self.units[det].start;
        let target = self
            .recent(4, self.units[d].sent)
            .iter()
            .rev()
            .filter(|m| m.start < start)
            .map(|m| m.actor)
            .find(|&a| kinds.contains(&self.actors[a].kind));
        if let Some(a) = target {
            self.mention(start, self.units[d].end, a, MentionForm::Description);
        }
        d + 1
    }

    /// A generic body with no state before it ("the foreign ministry", or the noun after
    /// a state handled elsewhere). `first` is the determiner (or the noun itself).
    fn at_bare_generic(&mut self, first: usize, g_unit: usize, g: usize) -> usize {
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
        let gb = &self.lex.generic[g];
        let definite =
            first != g_unit || (self.units[g_unit].initial && starts_upper(self.unit_text(g_unit)));
        if !gb.bare || !definite {
            return g_unit + 1;
        }
        // The state most recently mentioned.
        let state = self
            .recent(20, self.units[g_unit].sent)
            .iter()
            .rev()
            .map(|m| m.actor)
            .find(|&a| self.actors[a].kind == ActorKind::State);
        let (st, en) = (self.units[g_unit].start, self.units[g_unit].end);
        let b = match state {
            Some(s) => self.state_body(s, g),
            None => {
                let name = format!("the {}", gb.name);
                let id = format!("ORG.{}", slug(&gb.name));
                let kind = gb.kind;
                self.actor(ActorEntry {
                    id,
                    name,
                    kind,
                    country: None,
                    role: None,
                    affiliation: None,
                })
            }
        };
        self.mention(st, en, b, MentionForm::Description);
        g_unit + 1
    }

    fn at_actor(&mut self, i: usize) -> usize {
        let n = self.units.len();
        let UnitKind::Lex(Target::Actor { entry, form }) = self.units[i].kind else {
            return i + 1;
        };
        if self.ambiguous_drop(i, entry) {
            return i + 1;
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
                    None if words == 1 => {
                        // "Israel Katz"
                        let name = format!("{} {}", self.unit_text(i), self.unit_text(i + 1));
                        let p = self.person(&name);
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
                        if (2..=4).contains(&words) {
                            let p = self.person(self.unit_text(i + 1));
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
        let a = self.lex_actor(entry);
        let u = self.units[i];
        self.mention(u.start, u.end, a, form);
        if kind == ActorKind::Person {
            return self.apposition(a, i).max(i + 1);
        }
        i + 1
    }

    /// An organisation not in the lexicon spanning units `first..=last`.
    fn unknown_org(
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
    fn learn_acronym(&mut self, end: usize, a: ActorIdx) {
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

    fn at_name(&mut self, i: usize) -> usize {
        let UnitKind::Name { words, head } = self.units[i].kind else {
            return i + 1;
        };
        let u = self.units[i];
        let t = self.unit_text(i);
        // Known surname or acronym?
        if words == 1 || !t.contains(' ') {
            if let Some(&a) = self.acronyms.get(t) {
                self.mention(u.start, u.end, a, MentionForm::Name);
                return i + 1;
            }
            if let Some(&a) = self.surnames.get(t) {
                self.mention(u.start, u.end, a, MentionForm::Surname);
                return self.apposition(a, i).max(i + 1);
            }
            // "Denzel Washington": unknown word + one-word capital or state.
            if !u.initial && i + 1 < self.units.len() && self.adjacent(i, i + 1) {
                if let Some(entry) = self.is_state_like(i + 1) {
                    let _ = entry;
                    if !self.headline[u.sent] && self.single_word(i + 1) {
                        let name = format!("{t} {}", self.unit_text(i + 1));
                        let p = self.person(&name);
                        let (s, e) = (u.start, self.units[i + 1].end);
                        self.mention(s, e, p, MentionForm::Name);
                        return self.apposition(p, i + 1).max(i + 2);
                    }
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
                && !self.headline[u.sent]
                && self.followed_by_saying(u.end)
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
                    self.person(t)
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
            // A name with an acronym in it ("Scottish SPCA", "CBS Detroit") is an organisation.
            None if t
                .split(' ')
                .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())) =>
            {
                self.unknown_org(i, i, HeadClass::Organisation, None)
            }
            None if (2..=4).contains(&words) => {
                let p = self.person(t);
                let form = MentionForm::Name;
                self.mention(u.start, u.end, p, form);
                self.apposition(p, i).max(i + 1)
            }
            None => i + 1,
        }
    }

    /// Is the text at `end` followed by a verb of saying, directly or after one short word
    /// or adverb ("said", "also said", "quickly denied")?
    fn followed_by_saying(&self, end: usize) -> bool {
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
    fn description_ends(&self, end: usize) -> bool {
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
        let lower = w.to_lowercase();
        self.lex
            .lower_word(&lower)
            .is_some_and(|i| i.saying || i.follower || i.modal || i.expletive)
            || lower.ends_with("ed")
            || (lower.ends_with('s') && !lower.ends_with("ss"))
    }

    /// ", who" / ", which": the actor whose mention ends right before the comma.
    fn at_relative(&mut self, i: usize, person: bool) {
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

    fn at_pronoun(&mut self, i: usize, p: PronounClass) {
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
    fn subject_it(&self, u: Unit) -> bool {
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

    fn finish(mut self) -> ActorLayer {
        self.mentions
            .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut out: Vec<Mention> = Vec::with_capacity(self.mentions.len());
        for m in self.mentions {
            if out.last().is_none_or(|l| m.start >= l.end) {
                out.push(m);
            }
        }
        // Drop actors left without mentions (e.g. merged), renumbering.
        let mut used = vec![false; self.actors.len()];
        for m in &out {
            used[m.actor] = true;
        }
        let mut remap = vec![usize::MAX; self.actors.len()];
        let mut actors = Vec::new();
        for (i, a) in self.actors.into_iter().enumerate() {
            if used[i] {
                remap[i] = actors.len();
                actors.push(a);
            }
        }
        for m in &mut out {
            m.actor = remap[m.actor];
        }
        ActorLayer {
            actors,
            mentions: out,
        }
    }
}

fn org_id(head: HeadClass, name: &str) -> String {
    match head {
        HeadClass::Outlet => format!("OUTLET.{}", slug(name)),
        _ => format!("ORG.{}", slug(name)),
    }
}

fn strip_article(s: &str) -> &str {
    for a in ["the ", "The ", "a ", "an ", "A ", "An "] {
        if let Some(r) = s.strip_prefix(a) {
            return r;
        }
    }
    s
}

fn fix_article(name: &str) -> String {
    match name.strip_prefix("a ") {
        Some(rest) if rest.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']) => {
            format!("an {rest}")
        }
        _ => name.to_string(),
    }
}

/// Does `hay` contain `needle` as a whole word (or phrase)?
fn contains_word(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(p) = hay[from..].find(needle) {
        let s = from + p;
        let e = s + needle.len();
        let before_ok = hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = s + needle.len().max(1);
        while !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}
