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
//!   "Russian forces" → `RUS.MIL`. "the foreign ministry" with no state names the same body named
//!   before, else that of the country the story is about (`phrases.rs::dominant_country`: named
//!   clearly most, demonyms and bodies counting half); with none it is kept as
//!   `ORG.foreign-ministry`.
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
//!   `PERSON.<body>-<modifiers>-<title>@<doc8>` (`PERSON.usa-senior-official@35325aa4`: scoped
//!   to the document by `unnamed.rs`, never merged across articles), country and affiliation
//!   from the body or demonym. Experts on a place ("Pyongyang watchers", "Russian analysts")
//!   are unnamed people too, never the state (`modifiers.rs`). When the description is followed by
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
//! - **Pronouns** (he, him, his, she, her, they, it; `words.tsv`; a possessive "his"/"her" is a
//!   mention of who it stands for, so "reports of his death" is about him, while attribution
//!   reads "his spokesman" as speaking on his behalf): he/she are ranked (`pronouns.rs::
//!   rank_people`): people of agreeing gender and number mentioned in the paragraph and the
//!   previous one (speakers up to eight sentences back), scored by role — speaker > subject >
//!   object > prepositional phrase or possessor > named inside a quotation — minus recency; two
//!   best within 0.5 leave the pronoun unresolved, listed in [`ActorLayer::ambiguous`]. it/they
//!   (`groups.rs::rank_groups`): within the sentence the nearest compatible actor before the
//!   pronoun; otherwise compatible mentions up to three sentences back scored by the same roles
//!   minus recency, a subject the layer has no actor for ("Friends of the men") competing and,
//!   winning, leaving the pronoun unresolved; two actors within 0.5 → ambiguous. it takes states, bodies, organisations and outlets named in the
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

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::lexicon::{Gender, HeadClass, LexMatch, Lexicon, PronounClass, Target};
use crate::model::{Actor, ActorKind, ActorRef};
use crate::syntax::{Doc, Upos};
use crate::text::{Offsets, Sentence};

mod acronyms;
mod bodies;
mod groups;
mod modifiers;
mod names;
mod own_quotes;
mod phrases;
mod pronouns;
mod surnames;
mod unnamed;
mod unnamed_antecedents;
pub(crate) use pronouns::plural_person_name;
pub use unnamed::{doc_scope, scope_statements};
pub(crate) use unnamed_antecedents::unnamed_subject_antecedent;
mod units;

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
    /// Byte starts of the he/she pronouns left unresolved because their best two antecedents
    /// were too close to call (`pronouns.rs`); sorted.
    pub ambiguous: Vec<usize>,
    /// The actors that name no one in particular ("a senior U.S. official", "Pyongyang
    /// watchers"): people of this document only (`unnamed.rs`); sorted indices.
    pub unnamed: Vec<ActorIdx>,
    /// The people whose entry in the lexicon the layer was built with gives them a post a
    /// description may refer back with ("president": Putin, named without his title); sorted
    /// indices. Later stages ask the layer, never the embedded lexicon, so a `--lexicon`
    /// overlay counts.
    pub office_holders: Vec<ActorIdx>,
}

impl ActorLayer {
    /// Recognise and resolve every actor mention in `text` (normalised), whose sentences are
    /// `sentences`, with the names of `lexicon`.
    pub fn recognise(text: &str, sentences: &[Sentence], lexicon: &Lexicon) -> ActorLayer {
        let mut r = Resolver::new(text, sentences, lexicon, None);
        r.run();
        r.finish()
    }

    /// As [`ActorLayer::recognise`], reading the tagger's parts of speech from the document's
    /// [`Doc`] (the pipeline's one parse): a capitalised word that opens a sentence is part of
    /// a name only when the tagger calls it a proper noun or the text capitalises it elsewhere
    /// too ("Another YouTube user", "Sources claimed", "Indeed" are not names).
    pub fn recognise_in(
        text: &str,
        doc: &Doc,
        sentences: &[Sentence],
        lexicon: &Lexicon,
    ) -> ActorLayer {
        let mut r = Resolver::new(text, sentences, lexicon, Some(doc));
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

    /// Was the he/she at byte `start` left unresolved because two antecedents were too close
    /// to call?
    pub fn is_ambiguous(&self, start: usize) -> bool {
        self.ambiguous.binary_search(&start).is_ok()
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
    /// `gender` was only inferred from a pronoun resolved to the person ("he said"), not
    /// stated by a title, a given name or the lexicon: too weak to rule the person out as
    /// the bearer of a gendered title ("Mr Winter" after a "her" misread as Charlie Winter).
    gender_from_pronoun: bool,
    /// Unnamed people in the plural ("Pyongyang watchers"): "they", never "he"/"she".
    plural: bool,
}

struct Resolver<'a> {
    text: &'a str,
    sentences: &'a [Sentence],
    lex: &'a Lexicon,
    /// The pipeline's parse, when there is one (parts of speech of sentence-initial words).
    doc: Option<&'a Doc>,
    units: Vec<Unit>,
    desc_kinds: Vec<&'a [ActorKind]>,
    headline: Vec<bool>,
    actors: Vec<ActorEntry>,
    people: Vec<PersonInfo>,
    by_id: HashMap<String, ActorIdx>,
    /// People by the surname a later mention may name them with ("Foley", "Baghdadi", "Kim"),
    /// in the order they were introduced: two people may share one (`surname_pick`).
    surnames: HashMap<String, Vec<ActorIdx>>,
    acronyms: HashMap<String, ActorIdx>,
    mentions: Vec<Mention>,
    /// Name units left unresolved in the pass (headline words, lone surnames): retried at the
    /// end against everyone the whole document named.
    deferred: Vec<usize>,
    /// Unknown names read as things, not people ("a gold Bugatti Veyron"): their later
    /// mentions ("the 'vandalised' Bugatti Veyron") are things too.
    things: HashSet<String>,
    /// Datelines opening a sentence ("WASHINGTON (CBS DC) –", "BAGHDAD, Iraq —"): where the
    /// story was filed, not an actor; no mention is made inside them.
    datelines: Vec<(usize, usize)>,
    /// Pronouns whose antecedents were too close to call (see [`ActorLayer::ambiguous`]).
    ambiguous: Vec<usize>,
    /// He/she left unresolved because an unnamed person is nearer than the named candidate
    /// (the third), in text order.
    unnamed_pronouns: Vec<(usize, PronounClass, ActorIdx)>,
    /// Per actor: does it name no one in particular (see [`ActorLayer::unnamed`])?
    unnamed: Vec<bool>,
    /// Line breaks and quotation marks of the text, for paragraph starts and "is this mention
    /// inside a quotation?" in O(log n) per mention.
    marks: pronouns::TextMarks,
}

/// The datelines of `text` ([`crate::text::dateline`]) at its sentence starts, as byte ranges
/// of their place and date: the parenthesised agency after them ("(Reuters)") is the publisher
/// and keeps its mention.
fn datelines(text: &str, sentences: &[Sentence]) -> Vec<(usize, usize)> {
    sentences
        .iter()
        .filter_map(|s| {
            let r = crate::text::dateline(&text[s.start..s.end])?;
            let line = &text[s.start + r.start..s.start + r.end];
            let end = line.find(" (").unwrap_or(line.len());
            Some((s.start + r.start, s.start + r.start + end))
        })
        .collect()
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
    fn new(
        text: &'a str,
        sentences: &'a [Sentence],
        lex: &'a Lexicon,
        doc: Option<&'a Doc>,
    ) -> Self {
        Resolver {
            text,
            sentences,
            lex,
            doc,
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
            things: HashSet::default(),
            datelines: datelines(text, sentences),
            ambiguous: Vec::new(),
            unnamed_pronouns: Vec::new(),
            unnamed: Vec::new(),
            marks: pronouns::TextMarks::new(text),
        }
    }

    fn sentence_of(&self, pos: usize) -> usize {
        self.sentences
            .partition_point(|s| s.start <= pos)
            .saturating_sub(1)
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
        self.unnamed.push(false);
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
            let name = e.name.clone();
            self.register_surnames(&name, idx);
            let e = &self.lex.entries[entry];
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
        if self.datelines.iter().any(|&(s, e)| start >= s && start < e) {
            return;
        }
        if form == MentionForm::Name {
            self.relative_leaves_surname(start, actor);
        }
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
        let s = &self.actors[state];
        let country = s.country.clone().unwrap_or_else(|| s.id.clone());
        let fallback = s.name.clone();
        self.body_of(&country, &fallback, generic)
    }

    /// The body `generic` of the state `country` (an ISO 3166 alpha-3 id) named by no mention:
    /// "police in Toronto" → `CAN.POLICE`.
    fn state_body_of(&mut self, country: &str, generic: usize) -> ActorIdx {
        self.body_of(country, country, generic)
    }

    fn body_of(&mut self, country: &str, state_name: &str, generic: usize) -> ActorIdx {
        let g = &self.lex.generic[generic];
        let country = country.to_string();
        let id = format!("{country}.{}", g.code);
        let name = match self.lex.entry(&id) {
            Some(e) => e.name.clone(),
            None => {
                let state_name = self
                    .lex
                    .entry(&country)
                    .map_or(state_name.to_string(), |e| e.name.clone());
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

    /// A person from a capitalised name written at byte `at`; merges with a surname-only
    /// person of the same surname ("Gen. Nozari" … "Fazlollah Nozari"), and with a person
    /// already named by a variant of this name ("James Wright Foley" … "James Foley" … "Jim
    /// Foley", `names::same_person`), unless the name is introduced as a relative ("Mr. Somers
    /// … His sister, Jordan Somers,": two people, the surname staying the first one's).
    fn person(&mut self, name: &str, at: usize) -> ActorIdx {
        self.person_fitting(name, at, Gender::Unknown)
    }

    /// [`Self::person`] for a name after a title of `gender`: a bare surname goes only to a
    /// person that gender fits ("Ms Kim" after "Kim Jong Un" and "Kim Yo Jong" is his sister),
    /// else it names someone new.
    fn person_fitting(&mut self, name: &str, at: usize, gender: Gender) -> ActorIdx {
        let name = name.trim();
        let id = format!("PERSON.{}", slug(name));
        if let Some(&i) = self.by_id.get(&id) {
            return i;
        }
        let surname = self.surname_key(name);
        let multi = name.contains(' ');
        let kin = if multi { self.kin_before(at) } else { None };
        let mut relative_of = None;
        let holders: Vec<ActorIdx> = self
            .surnames
            .get(&surname)
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&i| self.actors[i].kind == ActorKind::Person)
                    .collect()
            })
            .unwrap_or_default();
        if multi && !holders.is_empty() {
            let lone = holders
                .iter()
                .copied()
                .find(|&i| !self.actors[i].name.contains(' '));
            if kin.is_some() {
                relative_of = lone.or_else(|| self.surname_pick(&surname, at, true));
            } else if let Some(i) = lone {
                // "Gen. Nozari" earlier, "Fazlollah Nozari" now: one person, full name.
                self.by_id.remove(&self.actors[i].id.clone());
                self.actors[i].id = id.clone();
                self.actors[i].name = name.to_string();
                self.by_id.insert(id, i);
                self.register_surnames(name, i);
                return i;
            } else if let Some(i) = self.same_person(name, &holders, at) {
                return i;
            }
        } else if !multi && !holders.is_empty() {
            if let Some(i) = self.surname_pick_fitting(&surname, at, true, gender) {
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
        match relative_of {
            None => self.register_surnames(name, i),
            Some(r) => self.title_surname_name(r),
        }
        if let Some(g) = kin.filter(|&g| g != Gender::Unknown) {
            self.people[i].gender = Some(g);
        }
        // "Barbara Starr" is no "he": the given name tells the gender when a title has not
        // (not in a name written family name first: "Kim Jong Un").
        if self.people[i].gender.is_none() {
            let g = self.given_name_gender_of(name);
            if g != Gender::Unknown {
                self.people[i].gender = Some(g);
            }
        }
        i
    }

    /// The gender the given name of a full name tells ("Barbara Starr": female); `Unknown` for
    /// a single name, a name written family name first ("Kim Jong Un") or a given name common
    /// to both.
    fn given_name_gender_of(&self, name: &str) -> Gender {
        match name.split_once(' ') {
            Some((first, _)) if !self.family_name_first(name) => {
                self.lex.given_name_gender(&first.to_lowercase())
            }
            _ => Gender::Unknown,
        }
    }

    fn add_head(&mut self, person: ActorIdx, title: usize) {
        let t = &self.lex.titles[title];
        // The gender the person's given name tells, if any ("Mohammed Islam": male).
        let given = self.given_name_gender_of(&self.actors[person].name);
        let info = &mut self.people[person];
        if let Some(h) = &t.head {
            if !info.heads.contains(h) {
                info.heads.push(h.clone());
            }
        }
        // A title tells the gender, unless the given name tells the other one: "Mrs Islam"
        // after "Mohammed Islam" is his mother, not a woman he turned into.
        if t.gender != Gender::Unknown && (given == Gender::Unknown || given == t.gender) {
            info.gender = Some(t.gender);
            info.gender_from_pronoun = false;
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
                        self.surname_pick(span, u.start + words[a].0, false)
                            .map(|x| (x, MentionForm::Surname))
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
            // "some Republican congressman I've never heard of": a contraction is no name.
            Some(UnitKind::Name { head: None, words }) => {
                (1..=5).contains(&words) && !self.contraction(self.unit_text(i))
            }
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
        let mut unnamed = Vec::new();
        let mut office_holders = Vec::new();
        for (i, a) in self.actors.into_iter().enumerate() {
            if used[i] {
                remap[i] = actors.len();
                if self.unnamed[i] {
                    unnamed.push(actors.len());
                }
                if self.lex.entry(&a.id).is_some_and(|e| !e.heads.is_empty()) {
                    office_holders.push(actors.len());
                }
                actors.push(a);
            }
        }
        for m in &mut out {
            m.actor = remap[m.actor];
        }
        self.ambiguous.sort_unstable();
        ActorLayer {
            actors,
            mentions: out,
            ambiguous: self.ambiguous,
            unnamed,
            office_holders,
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
        Some(rest) if vowel_sound(rest) => format!("an {rest}"),
        _ => name.to_string(),
    }
}

/// Whether a word opens on a vowel sound, as "an" wants: "an Iranian", "an unnamed", but "a
/// United States", "a Ukrainian", "a European", "a one-time", "a unit" (a /j/ or /w/ sound).
fn vowel_sound(word: &str) -> bool {
    let lower = word.to_lowercase();
    let glide = ["uni", "use", "usu", "eu", "one"];
    word.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O'])
        && !glide.iter().any(|g| lower.starts_with(g))
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
