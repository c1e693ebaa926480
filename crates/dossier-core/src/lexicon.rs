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
//!
//! # Modules
//!
//! This file holds the public types, the compiled [`Lexicon`] and its look-ups of entries,
//! given names, common words and places; `load.rs` reads the files into a builder and compiles
//! the automaton; `words.rs` is the closed word classes of `words.tsv` (rows and queries);
//! `matching.rs` finds the patterns in a text.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::actors::MentionForm;
use crate::model::ActorKind;

mod load;
mod matching;
mod words;

use load::Builder;
pub(crate) use words::{CasedWord, LowerWord};

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
