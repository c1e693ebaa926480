//! Closed word lists the local patterns read: pronouns, relatives, adverbials skipped between a
//! speaker and its cue, words that stop a phrase, connectives, the nouns that can head a speaker
//! phrase (people, bodies, generic groups). The noun lists and the means after "by" are data
//! (`data/cues/speaker_heads.tsv`), one row per word and list.

use std::sync::LazyLock;

const SPEAKER_HEADS: &str = include_str!("../../../../data/cues/speaker_heads.tsv");

/// The rows of `speaker_heads.tsv` as (list, word) pairs.
static HEAD_ROWS: LazyLock<rustc_hash::FxHashSet<(&'static str, &'static str)>> =
    LazyLock::new(|| {
        SPEAKER_HEADS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (w, list) = l.split_once('\t')?;
                Some((list.trim(), w.trim()))
            })
            .collect()
    });

/// One list of `speaker_heads.tsv`, named by its second column.
#[derive(Clone, Copy)]
pub(super) struct Words(&'static str);

impl Words {
    /// Whether `w` (as written: lists are lower-case) is on the list.
    pub(super) fn contains(&self, w: &&str) -> bool {
        HEAD_ROWS.contains(&(self.0, *w))
    }
}

pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];
/// Singular nouns for one person speaking for a body ("a Yemeni airport official"): with a
/// nationality before them the speaker stays that person, affiliated with the state.
pub(super) const PERSON_HEADS: Words = Words("post");
/// Words after "by" that name a means, not an agent: "said by telephone" is active speech.
pub(super) const BY_MEANS: Words = Words("means");
/// A speaker's own words after a possessive pronoun: "his statement" is his.
pub(super) const OWN_WORDS: Words = Words("own");
/// Heads that can neither speak nor hold a belief: states and events ("His absence …
/// stated"), the predicate of an impersonal "it" ("It's hard to").
pub(super) const MUTE_HEADS: Words = Words("mute");
/// Common nouns for objects that carry no words ("DVDs condemning the regime", "a naval ship
/// fired warning shots"): no speaker, as a `mute` head; documents and messages speak.
pub(super) const THING_HEADS: Words = Words("thing");
/// The reader addressed ("if you believe …"): no speaker outside quotation.
pub(super) const READER: Words = Words("reader");
/// Possessive pronouns: "his spokesman" speaks for him, "his statement" is his.
pub(super) const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her"];

pub(super) const RELATIVES: &[&str] = &["who", "which", "that"];
/// Words skipped between a subject and its cue ("Iran on Monday also denied").
pub(super) const ADV_BACK: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "is",
    "are",
    "were",
    "also",
    "later",
    "again",
    "previously",
    "repeatedly",
    "publicly",
    "privately",
    "flatly",
    "firmly",
    "strongly",
    "quickly",
    "immediately",
    "recently",
    "earlier",
    "then",
    "further",
    "separately",
    "yet",
    "hasn't",
    "hasn’t",
    "haven't",
    "haven’t",
    "hadn't",
    "hadn’t",
    "didn't",
    "didn’t",
    "doesn't",
    "doesn’t",
    "don't",
    "don’t",
    "wasn't",
    "wasn’t",
    "weren't",
    "weren’t",
    "isn't",
    "isn’t",
    "aren't",
    "aren’t",
    "once",
    "still",
    "already",
    "often",
    "long",
    "did",
    "does",
    "do",
    "would",
    "will",
    "could",
    "may",
    "might",
    "should",
    "can",
    "swiftly",
    "angrily",
    "vehemently",
    "categorically",
    "explicitly",
    "reportedly",
    "allegedly",
    "subsequently",
    "now",
    "today",
    "yesterday",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "last",
    "this",
    "on",
    "late",
    "early",
    "even",
    "just",
    "only",
    "first",
    "personally",
    "openly",
    "loudly",
    "quietly",
    "initially",
    "herself",
    "himself",
    "themselves",
    "itself",
    "too",
    "always",
    "originally",
    "formally",
    "officially",
    "directly",
    "specifically",
    "not",
    "merely",
    "simply",
    "clearly",
    "repeatedly",
    "widely",
    "correctly",
    "wrongly",
    "falsely",
    "never",
    // Tagged as nouns at times ("US Central Command meanwhile admitted").
    "meanwhile",
    "shortly",
    "finally",
    "eventually",
    "however",
];
/// Words that end a subject noun phrase when scanning backwards.
pub(super) const STOP_BACK: &[&str] = &[
    "that", "which", "who", "whom", "if", "when", "while", "because", "after", "before", "as",
    "since", "although", "though", "whether", "where", "but", "or", "than", "so", "what", "how",
    "why", "nor", "unless", "until", "whereas", "also", "has", "have", "had", "is", "are", "was",
    "were", "will", "would", "despite", "unlike",
];
/// Words that end a noun phrase when scanning forwards.
pub(super) const STOP_FWD: &[&str] = &[
    "that",
    "on",
    "in",
    "at",
    "to",
    "during",
    "after",
    "before",
    "as",
    "who",
    "which",
    "when",
    "while",
    "because",
    "if",
    "was",
    "is",
    "were",
    "are",
    "has",
    "had",
    "have",
    "said",
    "says",
    "told",
    "late",
    "earlier",
    "last",
    "this",
    "yesterday",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "but",
    "or",
    "whose",
    "whom",
    "about",
    "over",
    "citing",
    "adding",
    "saying",
    "via",
    "through",
];
/// Prepositions and time words that open an adverbial after a cue ("said on Monday").
pub(super) const ADV_FWD: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "late",
    "early",
    "last",
    "this",
    "earlier",
    "yesterday",
    "today",
    "from",
    "via",
    "through",
    "over",
    "after",
    "before",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "again",
    "also",
    "publicly",
    "privately",
    "repeatedly",
    "recently",
    "separately",
    "later",
    "tonight",
    "when",
    "while",
    "shortly",
];
pub(super) const CONNECTIVES: &[&str] = &[
    "but",
    "and",
    "so",
    "yet",
    "however",
    "meanwhile",
    "still",
    "now",
    "then",
    "also",
    "instead",
    "furthermore",
    "thus",
    "moreover",
    "additionally",
    "separately",
    "likewise",
    "nevertheless",
    "nonetheless",
];
/// Lower-case heads that make a speaker phrase ("officials", "the spokesman").
pub(super) const SPEAKER_NOUNS: Words = Words("speaker");
/// Heads that make a speaker an institution.
pub(super) const BODY_NOUNS: Words = Words("body");
/// Lower-case groups spoken of without names ("analysts said").
pub(super) const GENERIC_GROUPS: Words = Words("group");
