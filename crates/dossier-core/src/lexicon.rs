//! The actor lexicon: states, international organisations, government bodies, militaries, armed
//! groups, outlets, a few well-known people, titles and closed word classes.
//!
//! The lexicon is data (`data/lexicon/*.tsv`, embedded at build time) and is compiled once into
//! one Aho-Corasick automaton over every name, alias, demonym, metonym, generic body noun and
//! title. [`Lexicon::with_overlay`] adds rows from files of the same names (the CLI's
//! `--lexicon DIR`); core never reads files itself.
//!
//! # Case rules
//!
//! The automaton matches ASCII case-insensitively; each match is then checked word by word
//! against the pattern as written:
//! - a pattern word with no upper-case letter matches in any case ("the Kremlin" matches
//!   "The Kremlin"; titles such as "foreign minister" match "Foreign Minister");
//! - a pattern word with an upper-case letter must match exactly, or be written in ALL CAPS in
//!   the text ("Iran" matches "Iran" and "IRAN"; "US" does not match "us"; "AP" not "Ap").
//!
//! A match must start and end on word boundaries (no letter or digit on either side); a
//! following possessive ("Iran's") or hyphen ("Iran-backed") is a boundary.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::actors::MentionForm;
use crate::model::ActorKind;

mod matching;

/// The embedded lexicon files, in load order.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "states.tsv",
        include_str!("../../../data/lexicon/states.tsv"),
    ),
    ("igos.tsv", include_str!("../../../data/lexicon/igos.tsv")),
    (
        "bodies.tsv",
        include_str!("../../../data/lexicon/bodies.tsv"),
    ),
    (
        "outlets.tsv",
        include_str!("../../../data/lexicon/outlets.tsv"),
    ),
    (
        "people.tsv",
        include_str!("../../../data/lexicon/people.tsv"),
    ),
    (
        "companies.tsv",
        include_str!("../../../data/lexicon/companies.tsv"),
    ),
    (
        "generic_bodies.tsv",
        include_str!("../../../data/lexicon/generic_bodies.tsv"),
    ),
    (
        "titles.tsv",
        include_str!("../../../data/lexicon/titles.tsv"),
    ),
    ("words.tsv", include_str!("../../../data/lexicon/words.tsv")),
    (
        "ambiguity.tsv",
        include_str!("../../../data/lexicon/ambiguity.tsv"),
    ),
    (
        "given_names.tsv",
        include_str!("../../../data/lexicon/given_names.tsv"),
    ),
    (
        "common_words.tsv",
        include_str!("../../../data/lexicon/common_words.tsv"),
    ),
    (
        "places.tsv",
        include_str!("../../../data/lexicon/places.tsv"),
    ),
];

/// A lexicon file could not be parsed. Displays as `file:line: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub file: String,
    /// 1-based line number; 0 when the error concerns the whole file.
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for LexiconError {}

/// A named actor of the lexicon (state, organisation, body, outlet, group, person).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexEntry {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    /// For people: title heads a description may refer back with ("president").
    pub heads: Vec<String>,
    /// For people: gender, when the lexicon gives it.
    pub gender: Gender,
}

/// A kind of state body named by a common noun ("foreign ministry", "air force").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenericBody {
    pub code: String,
    pub kind: ActorKind,
    pub name: String,
    /// May `the <phrase>` alone stand for the body of the most recent state?
    pub bare: bool,
    /// A local body ("police", bare column `local`): alone it takes a state only from its own
    /// phrase ("police in Ottawa") or the dateline, never from the state last mentioned.
    pub local: bool,
}

/// Grammatical gender a title or pronoun tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// A title or post ("Foreign Minister", "Brig. Gen.", "spokeswoman").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// What `the <head>` refers back to ("general"); `None` for honorifics (Mr., Ms.).
    pub head: Option<String>,
    pub gender: Gender,
    /// Generic body code of the post (MFA for a foreign minister), if any.
    pub body: Option<String>,
    /// A person noun that names an unnamed person only with a modifier before it ("the
    /// Canadian woman", "a British man"; fifth column `modified`): bare, "the woman" is no
    /// actor of its own.
    pub modified_only: bool,
    /// "the <title> of <a thing>" is no person: the noun is also an ordinary word ("the head
    /// of a lion statue", "at the head of the pack"); a person only of a body, a name or a
    /// field ("the head of the institute", "the head of security").
    pub of_body: bool,
}

/// Third-person pronoun classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounClass {
    Male,
    Female,
    Plural,
    Neuter,
}

/// Class of a capitalised word that ends a name: tells what the name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadClass {
    Organisation,
    GovernmentBody,
    Military,
    Outlet,
    Group,
    Place,
}

/// What a lexicon pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An actor entry, named in this form.
    Actor { entry: usize, form: MentionForm },
    /// A generic body noun.
    Generic(usize),
    /// A title.
    Title(usize),
}

#[derive(Debug, Clone)]
struct Pattern {
    text: String,
    target: Target,
    /// Byte ranges of the words of `text` that must match case-sensitively.
    strict_words: Vec<(usize, usize)>,
}

/// Patterns that are equal up to ASCII case ("Parliament", "parliament") share one automaton
/// pattern; the first variant whose case rule accepts the text wins, an exact spelling first.
#[derive(Debug, Clone)]
struct PatternGroup {
    variants: Vec<Pattern>,
}

/// A compiled lexicon. Build with [`Lexicon::embedded`] or [`Lexicon::with_overlay`].
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub entries: Vec<LexEntry>,
    pub generic: Vec<GenericBody>,
    pub titles: Vec<Title>,
    by_id: HashMap<String, usize>,
    patterns: Vec<PatternGroup>,
    automaton: AhoCorasick,
    lower_words: HashMap<String, LowerWord>,
    cased_words: HashMap<String, CasedWord>,
    /// surface → (id, cue words).
    ambiguity: HashMap<String, Vec<(String, Vec<String>)>>,
    /// Given names, lower case, with the gender they tell (`given_names.tsv`): evidence that a
    /// capitalised run is a person, and which pronouns may refer to them.
    given_names: HashMap<String, Gender>,
    /// Common English words, lower case (`common_words.tsv`): evidence that it is not.
    common_words: HashSet<String>,
    /// Places that are not states (`places.tsv`: subdivisions and cities), name as written
    /// (folded to ASCII) → country id, `None` when the name is shared by several.
    places: HashMap<String, Option<String>>,
    /// A learned attribution cue model the caller loaded (`--attribution-model`); `None` (the
    /// default): rules only. Carried here because the lexicon is what callers pass into core.
    pub attribution_model: Option<std::sync::Arc<crate::attribution::model::CueModel>>,
}

/// One lexicon match in a text: byte range and what it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexMatch {
    pub start: usize,
    pub end: usize,
    pub target: Target,
}

/// Classes of a word matched in lower case (words.tsv).
#[derive(Debug, Clone, Default)]
pub(crate) struct LowerWord {
    pub pronoun: Option<PronounClass>,
    pub desc: Option<Vec<ActorKind>>,
    pub adj: bool,
    pub particle: bool,
    pub saying: bool,
    pub expletive: bool,
    pub modal: bool,
    /// A conjunction after which "it" opens a clause as its subject ("after it opened its
    /// dams", `subordinator` in `words.tsv`).
    pub subordinator: bool,
    /// A subordinator whose clause is a condition ("if", "unless": third column `condition`).
    pub condition: bool,
    /// A first- or second-person pronoun ("I", "we", "you", `pronoun-speech` in `words.tsv`):
    /// never the third person a "he"/"she" stands for.
    pub speech_pronoun: bool,
    /// May follow a person description ("the general of …", "the minister who …").
    pub follower: bool,
    /// Relative pronoun: "who" (people) or "which" (other actors), referring to the actor
    /// named right before it.
    pub relative: Option<bool>,
    /// A preposition of place ("in", "near", "outside"): an unknown name after it is a place.
    pub locative: bool,
    /// A noun whose "of" names a place ("the town of", "residents of").
    pub place_noun: bool,
    /// A noun that, right after an unknown name, makes it a place ("Lower Shabelle region",
    /// "Sablale district").
    pub place_suffix: bool,
    /// A noun of people that, right after a demonym, names unnamed people of that country, not
    /// the state ("a French prisoner", "Two Australian men"): `Some(plural)`.
    pub people_of: Option<bool>,
    /// A family name whose given names are written as hyphenated syllables ("Kim Jong-il",
    /// "Ban Ki-moon"): after it, "Capital-lower" is one given name, not a name plus a suffix.
    pub hyphen_surname: bool,
    /// Experts on a place ("Pyongyang watchers", "Iran experts", "analysts in Seoul"): the
    /// state named is what they study or where they sit, never the speaker.
    pub expert: bool,
    /// People related to an actor who never speak or act for it ("Kremlin critics", "ISIS
    /// supporters"; `outsider`), or things that post for someone else ("Twitter accounts";
    /// `outsider-thing`): the actor named before one gets no mention. `Some(is a thing)`.
    pub outsider: Option<bool>,
    /// A compass or region word before a place ("Northern Iraq", "West London", "Greater
    /// Syria"): a capitalised run opening with one is a place, never a person (`compass`).
    pub compass: bool,
    /// A faith, sect or ethnic group word ("Sunni", "Shiite", "Muslims"): a capitalised run
    /// holding one names a creed or a people, never a person (`faith`).
    pub faith: bool,
    /// A noun naming an event, a decree or a feature of the land ("Marathon", "Fatwa", "Loch",
    /// "Vale"): a capitalised run holding one is no person (`thing-word`).
    pub thing: bool,
    /// An article of another language ("La", "El", "Los"): a capitalised run opening with one
    /// is a place, an outlet or a business, no person (`foreign-article`).
    pub foreign_article: bool,
    /// A noun of kinship ("sister", "father"; `kin-f`, `kin-m`, `kin`) with its gender.
    pub kin: Option<Gender>,
    /// Heads a phrase naming unnamed people ("a source", "witnesses"): `people-noun`.
    pub people_noun: bool,
    /// A plural naming a body, not people ("authorities", "forces"): `body-plural`.
    pub body_plural: bool,
}

/// Classes of a capitalised word matched exactly (words.tsv).
#[derive(Debug, Clone, Default)]
pub(crate) struct CasedWord {
    pub stop: bool,
    pub head: Option<HeadClass>,
}

#[derive(Default)]
struct Builder {
    entries: Vec<LexEntry>,
    by_id: HashMap<String, usize>,
    generic: Vec<GenericBody>,
    titles: Vec<Title>,
    /// pattern text → target; later rows win.
    patterns: HashMap<String, Target>,
    pattern_order: Vec<String>,
    lower_words: HashMap<String, LowerWord>,
    cased_words: HashMap<String, CasedWord>,
    ambiguity: HashMap<String, Vec<(String, Vec<String>)>>,
    given_names: HashMap<String, Gender>,
    common_words: HashSet<String>,
    places: HashMap<String, Option<String>>,
}

fn parse_kind(s: &str) -> Option<ActorKind> {
    Some(match s {
        "state" => ActorKind::State,
        "government_body" => ActorKind::GovernmentBody,
        "military" => ActorKind::Military,
        "organisation" => ActorKind::Organisation,
        "outlet" => ActorKind::Outlet,
        "person" => ActorKind::Person,
        "group" => ActorKind::Group,
        _ => return None,
    })
}

fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split(';').map(str::trim).filter(|s| !s.is_empty())
}

fn opt(field: &str) -> Option<String> {
    let f = field.trim();
    (!f.is_empty() && f != "-").then(|| f.to_string())
}

impl Builder {
    fn lower_entry(&mut self, lower: &str) -> &mut LowerWord {
        self.lower_words.entry(lower.to_string()).or_default()
    }

    fn add_pattern(&mut self, text: &str, target: Target) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if self.patterns.insert(text.to_string(), target).is_none() {
            self.pattern_order.push(text.to_string());
        }
    }

    fn upsert_entry(&mut self, entry: LexEntry) -> usize {
        if let Some(&i) = self.by_id.get(&entry.id) {
            self.entries[i] = entry;
            i
        } else {
            let i = self.entries.len();
            self.by_id.insert(entry.id.clone(), i);
            self.entries.push(entry);
            i
        }
    }

    fn load(&mut self, file: &str, contents: &str) -> Result<(), LexiconError> {
        let err = |line: usize, reason: String| LexiconError {
            file: file.to_string(),
            line,
            reason,
        };
        let kind = match file {
            "states.tsv" => FileKind::States,
            "igos.tsv" | "bodies.tsv" | "outlets.tsv" | "people.tsv" | "companies.tsv" => {
                FileKind::Entities
            }
            "generic_bodies.tsv" => FileKind::Generic,
            "titles.tsv" => FileKind::Titles,
            "words.tsv" => FileKind::Words,
            "ambiguity.tsv" => FileKind::Ambiguity,
            "given_names.tsv" => FileKind::GivenNames,
            "common_words.tsv" => FileKind::CommonWords,
            "places.tsv" => FileKind::Places,
            other => {
                return Err(err(
                    0,
                    format!(
                        "unknown lexicon file {other:?} (expected one of: {})",
                        EMBEDDED
                            .iter()
                            .map(|(n, _)| *n)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ))
            }
        };
        for (n, raw) in contents.lines().enumerate() {
            let line_no = n + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let need = match kind {
                FileKind::States => 5,
                FileKind::Entities => 5,
                FileKind::Generic => 5,
                FileKind::Titles => 4,
                FileKind::Words => 2,
                FileKind::Ambiguity => 3,
                FileKind::GivenNames => 2,
                FileKind::CommonWords => 1,
                FileKind::Places => 2,
            };
            if cols.len() < need {
                return Err(err(
                    line_no,
                    format!(
                        "expected {need} tab-separated columns, found {}",
                        cols.len()
                    ),
                ));
            }
            match kind {
                FileKind::States => {
                    let id = cols[0].trim();
                    if id.len() != 3 || !id.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(err(
                            line_no,
                            format!("state id {id:?} is not an ISO 3166 alpha-3 code"),
                        ));
                    }
                    let name = cols[1].trim();
                    if name.is_empty() {
                        return Err(err(line_no, "empty name".into()));
                    }
                    let e = self.upsert_entry(LexEntry {
                        id: id.to_string(),
                        name: name.to_string(),
                        kind: ActorKind::State,
                        country: Some(id.to_string()),
                        heads: Vec::new(),
                        gender: Gender::Unknown,
                    });
                    let t = |form| Target::Actor { entry: e, form };
                    self.add_pattern(name, t(MentionForm::Name));
                    for a in list(cols[2]) {
                        self.add_pattern(a, t(MentionForm::Name));
                    }
                    for a in list(cols[3]) {
                        self.add_pattern(a, t(MentionForm::Demonym));
                        // Plural demonyms name the state too ("Iranians", "Iraqis").
                        if !(a.ends_with('s')
                            || a.ends_with("sh")
                            || a.ends_with("ch")
                            || a.ends_with("ese"))
                        {
                            self.add_pattern(&format!("{a}s"), t(MentionForm::Demonym));
                        }
                    }
                    for a in list(cols[4]) {
                        self.add_pattern(a, t(MentionForm::Metonym));
                    }
                }
                FileKind::Entities => {
                    let id = cols[0].trim();
                    let name = cols[1].trim();
                    if id.is_empty() || name.is_empty() {
                        return Err(err(line_no, "empty id or name".into()));
                    }
                    let Some(k) = parse_kind(cols[2].trim()) else {
                        return Err(err(
                            line_no,
                            format!("unknown kind {:?} (state, government_body, military, organisation, outlet, person, group)", cols[2].trim()),
                        ));
                    };
                    let heads = cols
                        .get(5)
                        .map(|h| list(h).filter(|h| *h != "-").map(str::to_string).collect())
                        .unwrap_or_default();
                    let gender = match cols.get(6).map(|g| g.trim()) {
                        Some("m") => Gender::Male,
                        Some("f") => Gender::Female,
                        None | Some("-") | Some("") => Gender::Unknown,
                        Some(other) => {
                            return Err(err(
                                line_no,
                                format!("gender must be m, f or -, found {other:?}"),
                            ))
                        }
                    };
                    let e = self.upsert_entry(LexEntry {
                        id: id.to_string(),
                        name: name.to_string(),
                        kind: k,
                        country: opt(cols[3]),
                        heads,
                        gender,
                    });
                    self.add_pattern(
                        name,
                        Target::Actor {
                            entry: e,
                            form: MentionForm::Name,
                        },
                    );
                    for a in list(cols[4]) {
                        // A one-word alias of a person is their surname ("Putin").
                        let form = if k == ActorKind::Person && !a.contains(' ') {
                            MentionForm::Surname
                        } else {
                            MentionForm::Name
                        };
                        self.add_pattern(a, Target::Actor { entry: e, form });
                    }
                }
                FileKind::Generic => {
                    let Some(k) = parse_kind(cols[2].trim()) else {
                        return Err(err(line_no, format!("unknown kind {:?}", cols[2].trim())));
                    };
                    let code = cols[1].trim();
                    if code.is_empty() {
                        return Err(err(line_no, "empty code".into()));
                    }
                    let (bare, local) = match cols[4].trim() {
                        "yes" => (true, false),
                        "no" => (false, false),
                        "local" => (true, true),
                        other => {
                            return Err(err(
                                line_no,
                                format!("bare must be yes, no or local, found {other:?}"),
                            ))
                        }
                    };
                    let i = self.generic.len();
                    self.generic.push(GenericBody {
                        code: code.to_string(),
                        kind: k,
                        name: cols[3].trim().to_string(),
                        bare,
                        local,
                    });
                    self.add_pattern(cols[0], Target::Generic(i));
                }
                FileKind::Titles => {
                    let gender = match cols[2].trim() {
                        "m" => Gender::Male,
                        "f" => Gender::Female,
                        "-" | "" => Gender::Unknown,
                        other => {
                            return Err(err(
                                line_no,
                                format!("gender must be m, f or -, found {other:?}"),
                            ))
                        }
                    };
                    let i = self.titles.len();
                    let (modified_only, of_body) = match cols.get(4).map(|c| c.trim()) {
                        None | Some("") | Some("-") => (false, false),
                        Some("modified") => (true, false),
                        Some("of-body") => (false, true),
                        Some(other) => {
                            return Err(err(
                                line_no,
                                format!(
                                    "fifth column must be modified, of-body or -, found {other:?}"
                                ),
                            ))
                        }
                    };
                    self.titles.push(Title {
                        head: opt(cols[1]),
                        gender,
                        body: opt(cols[3]),
                        modified_only,
                        of_body,
                    });
                    self.add_pattern(cols[0], Target::Title(i));
                }
                FileKind::Words => {
                    let word = cols[0].trim().to_string();
                    let class = cols[1].trim();
                    let lower = word.to_lowercase();
                    match class {
                        "pronoun-m" => self.lower_entry(&lower).pronoun = Some(PronounClass::Male),
                        "pronoun-f" => {
                            self.lower_entry(&lower).pronoun = Some(PronounClass::Female)
                        }
                        "pronoun-pl" => {
                            self.lower_entry(&lower).pronoun = Some(PronounClass::Plural)
                        }
                        "pronoun-n" => {
                            self.lower_entry(&lower).pronoun = Some(PronounClass::Neuter)
                        }
                        "adj" => self.lower_entry(&lower).adj = true,
                        "particle" => self.lower_entry(&lower).particle = true,
                        "saying" => self.lower_entry(&lower).saying = true,
                        "expletive" => self.lower_entry(&lower).expletive = true,
                        "modal" => self.lower_entry(&lower).modal = true,
                        "subordinator" => {
                            let e = self.lower_entry(&lower);
                            e.subordinator = true;
                            e.condition = cols.get(2).is_some_and(|c| c.trim() == "condition");
                        }
                        "pronoun-speech" => self.lower_entry(&lower).speech_pronoun = true,
                        "follower" => self.lower_entry(&lower).follower = true,
                        "locative" => self.lower_entry(&lower).locative = true,
                        "place-noun" => self.lower_entry(&lower).place_noun = true,
                        "place-suffix" => self.lower_entry(&lower).place_suffix = true,
                        "people-of" => self.lower_entry(&lower).people_of = Some(false),
                        "people-of-plural" => self.lower_entry(&lower).people_of = Some(true),
                        "hyphen-surname" => self.lower_entry(&lower).hyphen_surname = true,
                        "expert" => self.lower_entry(&lower).expert = true,
                        "outsider" => self.lower_entry(&lower).outsider = Some(false),
                        "outsider-thing" => self.lower_entry(&lower).outsider = Some(true),
                        "compass" => self.lower_entry(&lower).compass = true,
                        "faith" => self.lower_entry(&lower).faith = true,
                        "thing-word" => self.lower_entry(&lower).thing = true,
                        "foreign-article" => self.lower_entry(&lower).foreign_article = true,
                        "kin" => self.lower_entry(&lower).kin = Some(Gender::Unknown),
                        "people-noun" => self.lower_entry(&lower).people_noun = true,
                        "body-plural" => self.lower_entry(&lower).body_plural = true,
                        "kin-m" => self.lower_entry(&lower).kin = Some(Gender::Male),
                        "kin-f" => self.lower_entry(&lower).kin = Some(Gender::Female),
                        "relative-person" => self.lower_entry(&lower).relative = Some(true),
                        "relative-other" => self.lower_entry(&lower).relative = Some(false),
                        "stop" => self.cased_words.entry(word).or_default().stop = true,
                        c if c.starts_with("desc-") => {
                            let mut kinds = Vec::new();
                            for k in c["desc-".len()..].split(',') {
                                kinds.push(parse_kind(k).ok_or_else(|| {
                                    err(line_no, format!("unknown kind {k:?} in {c:?}"))
                                })?);
                            }
                            self.lower_entry(&lower).desc = Some(kinds);
                        }
                        c => {
                            let head = match c {
                                "org-head" => HeadClass::Organisation,
                                "gov-head" => HeadClass::GovernmentBody,
                                "mil-head" => HeadClass::Military,
                                "outlet-head" => HeadClass::Outlet,
                                "group-head" => HeadClass::Group,
                                "place-head" => HeadClass::Place,
                                _ => return Err(err(line_no, format!("unknown word class {c:?}"))),
                            };
                            self.cased_words.entry(word).or_default().head = Some(head);
                        }
                    }
                }
                FileKind::Ambiguity => {
                    let cues: Vec<String> = list(cols[2]).map(str::to_string).collect();
                    self.ambiguity
                        .entry(cols[0].trim().to_string())
                        .or_default()
                        .push((cols[1].trim().to_string(), cues));
                }
                FileKind::GivenNames => {
                    let gender = match cols[1].trim() {
                        "m" => Gender::Male,
                        "f" => Gender::Female,
                        "-" => Gender::Unknown,
                        other => {
                            return Err(err(
                                line_no,
                                format!("gender must be m, f or -, found {other:?}"),
                            ))
                        }
                    };
                    self.given_names
                        .insert(cols[0].trim().to_lowercase(), gender);
                }
                FileKind::CommonWords => {
                    self.common_words.insert(cols[0].trim().to_lowercase());
                }
                FileKind::Places => {
                    let country = opt(cols[1]);
                    if country
                        .as_ref()
                        .is_some_and(|c| c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()))
                    {
                        return Err(err(
                            line_no,
                            format!("country {:?} is not an ISO 3166 alpha-3 code or -", cols[1]),
                        ));
                    }
                    self.places.insert(cols[0].trim().to_string(), country);
                }
            }
        }
        Ok(())
    }

    fn build(self) -> Result<Lexicon, LexiconError> {
        let mut groups: Vec<PatternGroup> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::default();
        for text in &self.pattern_order {
            let target = self.patterns[text];
            let mut strict_words = Vec::new();
            let mut pos = 0;
            for w in text.split(' ') {
                if w.chars().any(char::is_uppercase) {
                    strict_words.push((pos, pos + w.len()));
                }
                pos += w.len() + 1;
            }
            let pattern = Pattern {
                text: text.clone(),
                target,
                strict_words,
            };
            let key = text.to_ascii_lowercase();
            match by_key.get(&key) {
                Some(&g) => groups[g].variants.push(pattern),
                None => {
                    by_key.insert(key.clone(), groups.len());
                    keys.push(key);
                    groups.push(PatternGroup {
                        variants: vec![pattern],
                    });
                }
            }
        }
        // A DFA: ~0.15 s to build once per process, about 1.5x faster scanning than the NFA.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .build(&keys)
            .map_err(|e| LexiconError {
                file: "lexicon".into(),
                line: 0,
                reason: format!("cannot compile the name automaton: {e}"),
            })?;
        let patterns = groups;
        Ok(Lexicon {
            entries: self.entries,
            generic: self.generic,
            titles: self.titles,
            by_id: self.by_id,
            patterns,
            automaton,
            lower_words: self.lower_words,
            cased_words: self.cased_words,
            ambiguity: self.ambiguity,
            given_names: self.given_names,
            common_words: self.common_words,
            places: self.places,
            attribution_model: None,
        })
    }
}

#[derive(Clone, Copy)]
enum FileKind {
    States,
    Entities,
    Generic,
    Titles,
    Words,
    Ambiguity,
    GivenNames,
    CommonWords,
    Places,
}

static EMBEDDED_LEXICON: OnceLock<Lexicon> = OnceLock::new();

impl Lexicon {
    /// The lexicon built from the embedded data files, compiled once per process.
    pub fn embedded() -> &'static Lexicon {
        EMBEDDED_LEXICON.get_or_init(|| {
            Lexicon::with_overlay(&[]).expect("embedded lexicon files are valid (tested)")
        })
    }

    /// The embedded lexicon plus overlay files `(file name, contents)`, e.g. the `*.tsv` of a
    /// `--lexicon DIR`. Overlay rows are read after the embedded ones: an entry with an existing
    /// id replaces it, a name or alias already known is re-pointed to the overlay's entry.
    /// File names must be those of the embedded files (`states.tsv`, `bodies.tsv`, …).
    pub fn with_overlay(files: &[(&str, &str)]) -> Result<Lexicon, LexiconError> {
        let mut b = Builder::default();
        for (name, contents) in EMBEDDED.iter().chain(files.iter()) {
            b.load(name, contents)?;
        }
        b.build()
    }

    /// The names of the lexicon files (for `--lexicon DIR` and documentation).
    pub fn file_names() -> impl Iterator<Item = &'static str> {
        EMBEDDED.iter().map(|(n, _)| *n)
    }

    /// Entry by actor id.
    pub fn entry(&self, id: &str) -> Option<&LexEntry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Number of compiled patterns (names, aliases, titles …).
    pub fn pattern_count(&self) -> usize {
        self.patterns.iter().map(|g| g.variants.len()).sum()
    }

    /// Word classes of a lower-cased word, if any.
    /// Is `lower` (a lower-cased word) a given name (`given_names.tsv`)?
    pub(crate) fn is_given_name(&self, lower: &str) -> bool {
        self.given_names.contains_key(lower)
    }

    /// The gender a given name tells (`Unknown` when common for both or not a given name).
    pub(crate) fn given_name_gender(&self, lower: &str) -> Gender {
        self.given_names
            .get(lower)
            .copied()
            .unwrap_or(Gender::Unknown)
    }

    /// Is `lower` (a lower-cased word) a common English word (`common_words.tsv`)?
    pub(crate) fn is_common_word(&self, lower: &str) -> bool {
        self.common_words.contains(lower)
    }

    /// Is `name` (as written: "Madhya Pradesh", "Ottawa") a place of `places.tsv`? `Some(country)`
    /// when it is (`Some(None)` for a name several countries share). Not a state: places never
    /// act.
    pub(crate) fn place(&self, name: &str) -> Option<Option<&str>> {
        let hit = |n: &str| self.places.get(n).map(|c| c.as_deref());
        if name.is_ascii() {
            return hit(name);
        }
        // The gazetteer is folded to ASCII ("Sao Paulo"); fold the rare accented name the same way.
        let folded: String = name
            .chars()
            .map(|c| match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
                'ú' | 'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                'É' => 'E',
                '’' => '\'',
                c => c,
            })
            .collect();
        hit(&folded)
    }

    pub(crate) fn lower_word(&self, lower: &str) -> Option<&LowerWord> {
        self.lower_words.get(lower)
    }
    pub(crate) fn is_adjective(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.adj)
    }
    pub(crate) fn is_stop(&self, word: &str) -> bool {
        self.cased_words.get(word).is_some_and(|w| w.stop)
    }
    pub(crate) fn head(&self, word: &str) -> Option<HeadClass> {
        self.cased_words.get(word).and_then(|w| w.head)
    }
    /// Is `lower` a family name written before hyphenated given names (`hyphen-surname`)?
    pub(crate) fn is_hyphen_surname(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.hyphen_surname)
    }
    pub(crate) fn is_particle(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.particle)
    }
    /// The name after a particle and a hyphen, when `word` is written so ("al-Baghdadi" →
    /// "Baghdadi", "el-Sisi" → "Sisi"); not after a prefix ("pro-Kremlin") or before a small
    /// letter.
    pub(crate) fn after_particle<'w>(&self, word: &'w str) -> Option<&'w str> {
        let (p, rest) = word.split_once('-')?;
        (rest.starts_with(char::is_uppercase) && self.is_particle(&p.to_lowercase()))
            .then_some(rest)
    }
    pub(crate) fn is_saying(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.saying)
    }
    /// Is `lower` a noun of experts on a place (`expert` in `words.tsv`: "watchers", "analyst")?
    pub(crate) fn is_expert(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.expert)
    }
    /// Is `lower` a noun of people related to an actor but not of it (`outsider` in
    /// `words.tsv`: "critics", "supporters"), or of things posting for others
    /// (`outsider-thing`: "accounts")? `Some(is a thing)`.
    pub(crate) fn outsider(&self, lower: &str) -> Option<bool> {
        self.lower_word(lower).and_then(|w| w.outsider)
    }
    /// The gender of a kinship noun (`kin-m`, `kin-f`, `kin` in `words.tsv`), if `lower` is one.
    pub(crate) fn kin(&self, lower: &str) -> Option<Gender> {
        self.lower_word(lower).and_then(|w| w.kin)
    }
    pub(crate) fn is_expletive_follower(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.expletive)
    }
    pub(crate) fn is_modal(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.modal)
    }
    pub(crate) fn is_subordinator(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.subordinator)
    }
    /// Whether a clause this subordinator opens is a condition ("if", "unless").
    pub(crate) fn is_condition(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.condition)
    }
    pub(crate) fn ambiguity_cues(&self, surface: &str, id: &str) -> Option<&[String]> {
        self.ambiguity
            .get(surface)?
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, c)| c.as_slice())
    }
    pub(crate) fn has_ambiguity(&self) -> bool {
        !self.ambiguity.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_parses() {
        let lex = Lexicon::embedded();
        assert!(lex.entries.len() > 350, "{}", lex.entries.len());
        assert!(lex.pattern_count() > 1000);
        assert_eq!(lex.entry("IRN").unwrap().name, "Iran");
        assert_eq!(
            lex.entry("OUTLET.ILNA").unwrap().country.as_deref(),
            Some("IRN")
        );
    }

    #[test]
    fn case_rules() {
        let lex = Lexicon::embedded();
        let ids = |t: &str| -> Vec<String> {
            lex.find_all(t)
                .into_iter()
                .filter_map(|m| match m.target {
                    Target::Actor { entry, .. } => Some(lex.entries[entry].id.clone()),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(ids("Let us talk to the US envoy."), vec!["USA"]);
        assert_eq!(ids("IRAN DENIES REPORT"), vec!["IRN"]);
        assert_eq!(ids("The Kremlin said"), vec!["RUS"]);
        assert_eq!(ids("Iranians and Iran"), vec!["IRN", "IRN"]);
        assert!(ids("Iranianism and Irania").is_empty());
        assert!(ids("a map of the area").is_empty());
    }

    #[test]
    fn overlay_errors_are_line_numbered() {
        let e =
            Lexicon::with_overlay(&[("bodies.tsv", "# c\nX.Y\tName\tbogus\t\t\n")]).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().starts_with("bodies.tsv:2: unknown kind"));
        let e = Lexicon::with_overlay(&[("nope.tsv", "")]).unwrap_err();
        assert!(e.to_string().contains("unknown lexicon file"));
        let e = Lexicon::with_overlay(&[("states.tsv", "Iran\tIran\t\t\t\n")]).unwrap_err();
        assert!(e.reason.contains("alpha-3"));
    }

    #[test]
    fn overlay_adds_and_replaces() {
        let lex = Lexicon::with_overlay(&[(
            "outlets.tsv",
            "OUTLET.SHARGH\tShargh\toutlet\tIRN\tShargh Daily\n",
        )])
        .unwrap();
        assert_eq!(lex.entry("OUTLET.SHARGH").unwrap().name, "Shargh");
        let m = lex.find_all("the reformist Shargh Daily reported");
        assert_eq!(m.len(), 1);
    }
}
