//! The cue lexicon: reporting verbs, according-to phrases, anonymous-source patterns, stance
//! markers and outlet names, embedded from `data/cues/*.tsv` and compiled once into automata.

use crate::model::Stance;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

const VERBS: &str = include_str!("../../../../data/cues/verbs.tsv");
const ACCORDING: &str = include_str!("../../../../data/cues/according.tsv");
const ANONYMOUS: &str = include_str!("../../../../data/cues/anonymous.tsv");
const STANCE: &str = include_str!("../../../../data/cues/stance.tsv");
const HEDGED: &str = include_str!("../../../../data/cues/hedged.tsv");
const OUTLETS: &str = include_str!("../../../../data/cues/outlets.tsv");
const NOT_SPEECH: &str = include_str!("../../../../data/cues/not_speech.tsv");
const MEDIA: &str = include_str!("../../../../data/cues/media.tsv");
const GENDER: &str = include_str!("../../../../data/cues/gender.tsv");
const OUTLET_NOUNS: &str = include_str!("../../../../data/cues/outlet_nouns.tsv");
const PERSON_NOUNS: &str = include_str!("../../../../data/cues/person_nouns.tsv");
const PERSON_HEADS: &str = include_str!("../../../../data/cues/person_heads.tsv");
const GENERIC_SOURCES: &str = include_str!("../../../../data/cues/generic_sources.tsv");
const ACRONYMS: &str = include_str!("../../../../data/cues/acronyms.tsv");
const IMPOSTORS: &str = include_str!("../../../../data/cues/impostors.tsv");
const SHARES: &str = include_str!("../../../../data/cues/shares.tsv");
const CLAUSE_VERBS: &str = include_str!("../../../../data/cues/clause_verbs.tsv");
const OPENERS: &str = include_str!("../../../../data/cues/openers.tsv");

/// A context in which a cue word is not an attribution (`data/cues/not_speech.tsv`).
#[derive(Debug, Clone)]
pub struct NotSpeech {
    /// The phrase ends right before the cue (else: starts right after it).
    pub before: bool,
    /// Lowercase words of the phrase, single-spaced.
    pub phrase: String,
    /// Lowercase cue forms it applies to; empty = every cue.
    pub cues: Vec<String>,
    /// A set phrase (side `set`): also refuses the cue predicates read on the tree.
    pub set_phrase: bool,
}

/// How a cue verb relates speaker, hearer and content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    Speech,
    Belief,
    Object,
    Told,
    Participle,
    NoComment,
    According,
    Citing,
    QuotedBy,
    /// "as X put it": the speaker stands between "as" and the cue ([`super::frames`]).
    AsPut,
    /// "Y quoted X as saying …": X speaks, Y relays ([`super::frames`]).
    QuotedAs,
}

#[derive(Debug, Clone)]
pub struct CueEntry {
    pub stance: Stance,
    pub class: CueClass,
}

/// A content marker and the stance it signals.
#[derive(Debug, Clone)]
pub struct Marker {
    pub stance: Stance,
    /// Must open the content.
    pub anchored: bool,
    /// Counts only after a negation among the three words before it (third column `negated`:
    /// "there is nothing to confirm", "not able to substantiate", "It wasn't true").
    pub negated: bool,
}

pub struct Lexicon {
    pub cues: AhoCorasick,
    pub cue_entries: Vec<CueEntry>,
    pub markers: AhoCorasick,
    pub marker_entries: Vec<Marker>,
    pub anonymous: Vec<String>,
    pub hedged: AhoCorasick,
    /// The one-word markers of `hedged.tsv` ("reportedly", "apparently"), lowercase.
    pub hedged_words: Vec<String>,
    /// Recorded media nouns (`media.tsv`): "video", "photo", "footage".
    pub media: Vec<String>,
    /// Head nouns of definite descriptions of a person (`person_nouns.tsv`).
    pub person_nouns: Vec<String>,
    /// Head nouns of an unnamed one-person speaker a later he/she may refer to
    /// (`person_heads.tsv`): "author", "neighbour", "source".
    pub person_heads: Vec<String>,
    /// Speaker phrases that name no source (`generic_sources.tsv`): "reports", "media reports".
    pub generic_sources: Vec<String>,
    /// Words making a speaker phrase a counterfeit of the source it names (`impostors.tsv`):
    /// "impostor", "fake", "parody".
    pub impostors: Vec<String>,
    /// Gendered titles, kinship and role nouns (`gender.tsv`, kind `word`): word → 'm' | 'f'.
    pub gender_words: rustc_hash::FxHashMap<String, char>,
    /// Given names (`gender.tsv`, kind `name`), lowercase → 'm' | 'f': the names a speaker
    /// phrase starting with is no outlet, and the first `gender_of` asks (then the actor
    /// lexicon's `given_names.tsv`).
    pub given_names: rustc_hash::FxHashMap<String, char>,
    pub outlets: Vec<String>,
    /// Nouns naming a news medium (`outlet_nouns.tsv`): "newspaper", "agency", "broadcaster".
    pub outlet_nouns: Vec<String>,
    /// Nouns of a published text (`according.tsv`, kind `report`: "report", "statement",
    /// "transcript"), lowercase: "according to a report by X" is X's.
    pub report_nouns: rustc_hash::FxHashSet<String>,
    /// Nouns of a share of a group that speaks in a poll (`shares.tsv`: "percent",
    /// "majority"), lowercase.
    pub shares: rustc_hash::FxHashSet<String>,
    /// Verbs of saying whose content is a clause, never a noun phrase (`clause_verbs.tsv`:
    /// "say", "tell"), lemmas.
    pub clause_verbs: rustc_hash::FxHashSet<String>,
    /// Words opening a comma-bounded segment before a cue that is an adverbial, no speaker
    /// (`openers.tsv`, `segment`: "in", "speaking", "meanwhile").
    pub segment_openers: rustc_hash::FxHashSet<String>,
    /// Words opening an adverbial skipped before a main clause's subject (`openers.tsv`,
    /// `clause`: "on", "since", "but").
    pub clause_openers: rustc_hash::FxHashSet<String>,
    /// Prepositions: a phrase they open is no subject (`openers.tsv`, `preposition`).
    pub prepositions: rustc_hash::FxHashSet<String>,
    /// Conjunctions opening a second clause with a speaker of its own (`openers.tsv`,
    /// `conjunction`: "and", "but", "while", "whereas").
    pub conjunctions: rustc_hash::FxHashSet<String>,
    /// Subordinators opening a fronted clause before a main clause with a speaker of its own
    /// (`openers.tsv`, `subordinator`: "while", "although": "While police have not confirmed
    /// …, sources have told …"; `frame_edges.rs`).
    pub subordinators: rustc_hash::FxHashSet<String>,
    /// Participles of issuing a text (`according.tsv`, kind `issued`: "released",
    /// "published"), lowercase: "according to a transcript released by X" is X's; true where
    /// "in" names the medium too ("published in the Telegraph").
    pub issued: rustc_hash::FxHashMap<String, bool>,
    pub not_speech: Vec<NotSpeech>,
    /// Words between a speaker and its cue that belong to neither (`not_speech.tsv`, side
    /// `through`: "can be heard"), lowercase, each phrase split into words.
    pub through: Vec<Vec<String>>,
    /// Headings before a colon that label a line (`not_speech.tsv`, side `label`: "claim").
    pub labels: Vec<String>,
    /// Cue forms that report only with a clausal complement, a quotation or a colon
    /// (`not_speech.tsv`, side `clause`: "posted", "found"), lowercase.
    pub clause_only: rustc_hash::FxHashSet<String>,
    /// Cue forms that report only a quotation (`not_speech.tsv`, side `quote`: "the sign read
    /// “…”"; "we read online", "I read and enjoyed your book" report nothing), lowercase.
    pub quote_only: rustc_hash::FxHashSet<String>,
    /// Words of a colon sentence announcing an embedded post (`not_speech.tsv`, side `embed`:
    /// "tweets:", "on Twitter:"), lowercase.
    pub embed: rustc_hash::FxHashSet<String>,
    /// Acronyms that spell a function word in capitals (`acronyms.tsv`: "WHO", "IS", "US"),
    /// as written.
    pub acronyms: Vec<String>,
    /// The outlet names as a set (exact look-up) and as an automaton (occurrences in a phrase).
    outlet_set: rustc_hash::FxHashSet<String>,
    outlet_finder: AhoCorasick,
}

/// The rows of `gender.tsv` of one kind, word → gender.
fn gender_rows(kind: &str) -> rustc_hash::FxHashMap<String, char> {
    rows(GENDER)
        .filter(|r| r.get(2).map(|k| k.trim()) == Some(kind))
        .filter_map(|r| Some((r.first()?.to_lowercase(), r.get(1)?.trim().chars().next()?)))
        .collect()
}

/// The forms of `according.tsv`'s rows of one kind that is no cue (`report`), lowercase.
fn according_rows(kind: &str) -> rustc_hash::FxHashSet<String> {
    rows(ACCORDING)
        .filter(|r| r.get(1) == Some(&kind))
        .filter_map(|r| r.first().map(|s| s.to_lowercase()))
        .collect()
}

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn parse_stance(s: &str) -> Option<Stance> {
    Some(match s {
        "assert" => Stance::Assert,
        "deny" => Stance::Deny,
        "hedge" => Stance::Hedge,
        "conditional" => Stance::Conditional,
        "question" => Stance::Question,
        "no_comment" => Stance::NoComment,
        _ => return None,
    })
}

fn parse_class(s: &str) -> Option<CueClass> {
    Some(match s {
        "speech" => CueClass::Speech,
        "belief" => CueClass::Belief,
        "object" => CueClass::Object,
        "told" => CueClass::Told,
        "participle" => CueClass::Participle,
        "nocomment" => CueClass::NoComment,
        "according" => CueClass::According,
        "citing" => CueClass::Citing,
        "quoted_by" => CueClass::QuotedBy,
        "as_put" => CueClass::AsPut,
        "quoted_as" => CueClass::QuotedAs,
        _ => return None,
    })
}

fn automaton(patterns: &[String]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
        .expect("cue lexicon patterns are plain strings")
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut patterns = Vec::new();
        let mut cue_entries = Vec::new();
        for r in rows(VERBS) {
            if let (Some(form), Some(stance), Some(class)) = (
                r.first(),
                r.get(1).and_then(|s| parse_stance(s)),
                r.get(2).and_then(|s| parse_class(s)),
            ) {
                patterns.push(form.to_string());
                cue_entries.push(CueEntry { stance, class });
            }
        }
        for r in rows(ACCORDING) {
            if let (Some(form), Some(class)) = (r.first(), r.get(1).and_then(|s| parse_class(s))) {
                patterns.push(form.to_string());
                cue_entries.push(CueEntry {
                    stance: Stance::Assert,
                    class,
                });
            }
        }
        let mut marker_patterns = Vec::new();
        let mut marker_entries = Vec::new();
        for r in rows(STANCE) {
            if let (Some(form), Some(stance)) = (r.first(), r.get(1).and_then(|s| parse_stance(s)))
            {
                let anchored = form.starts_with('^');
                let negated = r.get(2).is_some_and(|c| *c == "negated");
                marker_patterns.push(form.trim_start_matches('^').to_string());
                marker_entries.push(Marker {
                    stance,
                    anchored,
                    negated,
                });
            }
        }
        let hedged: Vec<String> = rows(HEDGED)
            .filter_map(|r| r.first().map(|s| s.to_string()))
            .collect();
        let outlets: Vec<String> = rows(OUTLETS)
            .filter_map(|r| r.first().map(|s| s.to_string()))
            .collect();
        Lexicon {
            cues: automaton(&patterns),
            cue_entries,
            markers: automaton(&marker_patterns),
            marker_entries,
            anonymous: rows(ANONYMOUS)
                .filter_map(|r| r.first().map(|s| s.to_lowercase()))
                .collect(),
            hedged_words: hedged
                .iter()
                .filter(|h| !h.contains(' '))
                .map(|h| h.to_lowercase())
                .collect(),
            hedged: automaton(&hedged),
            gender_words: gender_rows("word"),
            given_names: gender_rows("name"),
            person_nouns: rows(PERSON_NOUNS)
                .filter_map(|r| r.first().map(|s| s.to_lowercase()))
                .collect(),
            person_heads: rows(PERSON_HEADS)
                .filter_map(|r| r.first().map(|s| s.to_lowercase()))
                .collect(),
            generic_sources: rows(GENERIC_SOURCES)
                .filter_map(|r| r.first().map(|s| s.to_lowercase()))
                .collect(),
            impostors: rows(IMPOSTORS)
                .filter_map(|r| r.first().map(|s| s.to_lowercase()))
                .collect(),
            report_nouns: according_rows("report"),
            shares: rows(SHARES)
                .filter_map(|r| r.first().map(|s| s.to_lowercase()))
                .collect(),
            clause_verbs: rows(CLAUSE_VERBS)
                .filter_map(|r| r.first().map(|s| s.to_lowercase()))
                .collect(),
            segment_openers: openers("segment"),
            clause_openers: openers("clause"),
            prepositions: openers("preposition"),
            conjunctions: openers("conjunction"),
            subordinators: openers("subordinator"),
            issued: rows(ACCORDING)
                .filter(|r| r.get(1) == Some(&"issued"))
                .filter_map(|r| Some((r.first()?.to_lowercase(), r.get(2) == Some(&"in"))))
                .collect(),
            outlet_nouns: rows(OUTLET_NOUNS)
                .filter_map(|r| r.first().map(|s| s.to_lowercase()))
                .collect(),
            media: rows(MEDIA)
                .filter_map(|r| r.first().map(|s| s.to_lowercase()))
                .collect(),
            outlet_set: outlets.iter().cloned().collect(),
            outlet_finder: AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&outlets)
                .expect("outlet names are plain strings"),
            outlets,
            acronyms: rows(ACRONYMS)
                .filter_map(|r| Some(r.first()?.to_string()))
                .collect(),
            labels: rows(NOT_SPEECH)
                .filter(|r| r.first() == Some(&"label"))
                .filter_map(|r| r.get(1).map(|w| w.to_lowercase()))
                .collect(),
            clause_only: rows(NOT_SPEECH)
                .filter(|r| r.first() == Some(&"clause"))
                .filter_map(|r| r.get(2).copied())
                .flat_map(|list| list.split(','))
                .map(|c| c.trim().to_lowercase())
                .filter(|c| !c.is_empty())
                .collect(),
            quote_only: rows(NOT_SPEECH)
                .filter(|r| r.first() == Some(&"quote"))
                .filter_map(|r| r.get(2).copied())
                .flat_map(|list| list.split(','))
                .map(|c| c.trim().to_lowercase())
                .filter(|c| !c.is_empty())
                .collect(),
            embed: rows(NOT_SPEECH)
                .filter(|r| r.first() == Some(&"embed"))
                .filter_map(|r| r.get(1).map(|w| w.trim().to_lowercase()))
                .collect(),
            through: rows(NOT_SPEECH)
                .filter(|r| r.first() == Some(&"through"))
                .filter_map(|r| {
                    Some(
                        r.get(1)?
                            .split_whitespace()
                            .map(str::to_lowercase)
                            .collect(),
                    )
                })
                .collect(),
            not_speech: rows(NOT_SPEECH)
                .filter_map(|r| {
                    let (before, set_phrase) = match *r.first()? {
                        "before" => (true, false),
                        "set" => (true, true),
                        "after" => (false, false),
                        _ => return None,
                    };
                    let phrase = r.get(1)?.to_lowercase();
                    let cues = match r.get(2).copied().unwrap_or("*") {
                        "*" => Vec::new(),
                        list => list.split(',').map(|c| c.trim().to_lowercase()).collect(),
                    };
                    Some(NotSpeech {
                        before,
                        phrase,
                        cues,
                        set_phrase,
                    })
                })
                .collect(),
        }
    }

    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::load)
    }

    /// Is `phrase` (a leading "the" ignored) a known outlet name?
    pub fn is_outlet(&self, phrase: &str) -> bool {
        let p = phrase.trim();
        let p = p
            .strip_prefix("the ")
            .or_else(|| p.strip_prefix("The "))
            .unwrap_or(p);
        // "ARD television", "Reuters news agency": an outlet name and a medium.
        let p = [
            " television",
            " TV",
            " radio",
            " newspaper",
            " news agency",
            " channel",
            " website",
            " daily",
        ]
        .iter()
        .find_map(|m| p.strip_suffix(m))
        .unwrap_or(p);
        self.outlet_set.contains(p)
    }

    /// Does `phrase` contain a known outlet name as whole words ("data compiled by Bloomberg")?
    pub fn mentions_outlet(&self, phrase: &str) -> bool {
        // One automaton pass finds the outlets that occur at all; each is then checked exactly
        // as a substring search would (whole words, non-overlapping occurrences).
        let mut found: Vec<usize> = self
            .outlet_finder
            .find_overlapping_iter(phrase)
            .map(|m| m.pattern().as_usize())
            .collect();
        if found.is_empty() {
            return false;
        }
        found.sort_unstable();
        found.dedup();
        found.iter().any(|&k| {
            let o = &self.outlets[k];
            phrase.match_indices(o.as_str()).any(|(i, _)| {
                let b = phrase[..i].chars().next_back();
                let a = phrase[i + o.len()..].chars().next();
                !b.is_some_and(char::is_alphanumeric) && !a.is_some_and(char::is_alphanumeric)
            })
        })
    }
}

impl Lexicon {
    /// The gender a speaker phrase or name states ('m' or 'f'): a title, kinship or role noun
    /// anywhere in it ("Mrs", "his mother", "spokeswoman"), else its first capitalised word when
    /// that is a given name of `gender.tsv`, or of `given_names.tsv` when a full name follows.
    /// `None` when nothing tells: agreement is then not checked.
    pub fn gender_of(&self, phrase: &str) -> Option<char> {
        for w in phrase.split(|c: char| c.is_whitespace() || c == ',') {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if let Some(&g) = self.gender_words.get(w.as_str()) {
                return Some(g);
            }
        }
        let mut words = phrase
            .split_whitespace()
            .skip_while(|w| !w.starts_with(char::is_uppercase))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let first = words.next()?;
        let lower = first.to_lowercase();
        if let Some(&g) = self.given_names.get(&lower) {
            return Some(g);
        }
        // The actor lexicon's given names (the census and world news, `given_names.tsv`) tell
        // only a full name's gender ("Sergei Molchanov"): that list also holds "Isis" and
        // "Yang", which in "an ISIS militant" or "Yang CYCLED to hospital" name no woman.
        let titlecase = |w: &str| {
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase)
                && c.as_str().len() > 1
                && c.as_str().chars().all(char::is_lowercase)
        };
        if !titlecase(first) || !words.next().is_some_and(titlecase) {
            return None;
        }
        match crate::lexicon::Lexicon::embedded().given_name_gender(&lower) {
            crate::lexicon::Gender::Male => Some('m'),
            crate::lexicon::Gender::Female => Some('f'),
            crate::lexicon::Gender::Unknown => None,
        }
    }
}

/// The words of `openers.tsv` whose second column lists `class`.
fn openers(class: &str) -> rustc_hash::FxHashSet<String> {
    rows(OPENERS)
        .filter(|r| {
            r.get(1)
                .is_some_and(|c| c.split(',').any(|k| k.trim() == class))
        })
        .filter_map(|r| r.first().map(|w| w.to_lowercase()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_row_parses() {
        let lex = Lexicon::get();
        // `report` and `issued` rows of according.tsv are looked up, never matched as cues.
        let according_cues = rows(ACCORDING)
            .filter(|r| !matches!(r.get(1).copied(), Some("report" | "issued")))
            .count();
        let verb_rows = rows(VERBS).count() + according_cues;
        assert_eq!(
            lex.cue_entries.len(),
            verb_rows,
            "a cue row has a bad stance or class"
        );
        assert_eq!(lex.marker_entries.len(), rows(STANCE).count());
        assert!(lex.is_outlet("the Wall Street Journal"));
        assert!(!lex.is_outlet("the ministry"));
    }
}
