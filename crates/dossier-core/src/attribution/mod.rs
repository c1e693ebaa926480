//! Attribution: who said what, on whose word, with what stance.
//!
//! One pass, no parser. The cue lexicon (`data/cues/*.tsv`) is compiled into an aho-corasick
//! automaton; every cue occurrence is then read with local patterns around it:
//!
//! 1. quotations are paired over the whole text first ([`quotes`]), across sentences and
//!    paragraphs;
//! 2. "X was quoted by Y as saying …" claims its quote or clause first;
//! 3. each quotation looks for its cue after it (“…,” he said / “…,” said X), before it
//!    (X said: “…”), or inherits the previous speaker when it opens a sentence without a cue;
//! 4. every remaining cue is read as indirect speech: the speaker is the noun phrase in subject
//!    position (before the cue within its clause, or after a post-posed cue "…, said X"), the
//!    content is the clause the cue governs ("X said (on Monday) (that) …") or the clause before
//!    a post-posed cue ("…, X said"); "according to X", "citing X" and "told Y" add relays;
//! 5. sentences with speakerless markers ("reportedly", "is believed to") give statements with
//!    sourcing `unattributed` — no speaker is ever invented;
//! 6. speakers are resolved against the [`ActorLayer`]; a speaker phrase no actor mention covers
//!    still yields a statement, with an `UNKNOWN.<slug>` actor built from the phrase.
//!
//! Stance comes from the cue (denied, declined to comment, asked) and, for plain assertions, from
//! markers in the content (`data/cues/stance.tsv`).

pub mod lexicon;
pub mod quotes;

use crate::actors::{ActorLayer, MentionForm};
use crate::model::{ActorKind, ActorRef, Mode, Sourcing, Stance, Statement};
use crate::text::{Offsets, Sentence};
use lexicon::{CueClass, Lexicon};
use quotes::Quote;

/// Id of the speaker of a statement that has no source in the text.
pub const UNATTRIBUTED_ID: &str = "UNATTRIBUTED";
/// Prefix of the ids made up for speaker phrases no actor mention covers.
pub const UNKNOWN_PREFIX: &str = "UNKNOWN.";

/// Attribute statements in `text`: see the module documentation.
pub fn attribute(
    text: &str,
    sentences: &[Sentence],
    actors: &ActorLayer,
    offsets: &Offsets,
) -> Vec<Statement> {
    let mut a = Attributor::new(text, sentences);
    a.run();
    let mut statements = a.finish(actors, offsets);
    drop_cue_swallowing_speakers(&mut statements);
    statements
}

/// A speaker phrase never contains another statement's cue: in "the ministry rejected reports
/// that …" the noun "reports" is not a second cue whose speaker is "the ministry … rejected".
/// Such statements are dropped and the rest renumbered `s1`, `s2`, … in order.
fn drop_cue_swallowing_speakers(statements: &mut Vec<Statement>) {
    let cues: Vec<(usize, usize)> = statements
        .iter()
        .map(|s| (s.cue.start, s.cue.end))
        .collect();
    statements.retain(|s| {
        let Some(m) = &s.speaker.mention else {
            return true;
        };
        !cues
            .iter()
            .any(|&(cs, ce)| (cs, ce) != (s.cue.start, s.cue.end) && m.start <= cs && ce <= m.end)
    });
    for (i, s) in statements.iter_mut().enumerate() {
        s.id = format!("s{}", i + 1);
    }
}

/// Speaker phrases of `statements` that no actor mention covered (ids `UNKNOWN.*`), for
/// reporting misses to the actor layer.
pub fn unresolved_speakers(statements: &[Statement]) -> Vec<&str> {
    statements
        .iter()
        .filter(|s| s.speaker.id.starts_with(UNKNOWN_PREFIX))
        .filter_map(|s| s.speaker.mention.as_ref().map(|m| m.text.as_str()))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    word: bool,
}

const TITLE_ABBREVS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Brig", "Adm", "Capt", "Maj",
    "Sgt", "Prof", "Jr", "Sr", "St", "Amb", "Pres",
];

fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let slice = &text[start..end];
    if slice.is_ascii() {
        // Every byte is a char: index the bytes, no decoded copy.
        let b = slice.as_bytes();
        tokenize_with(slice, start, b.len(), |i| (i, char::from(b[i])))
    } else {
        let chars: Vec<(usize, char)> = slice.char_indices().collect();
        tokenize_with(slice, start, chars.len(), |i| chars[i])
    }
}

/// The tokenizer over `n` chars of `slice`, the i-th given by `at` as (byte offset, char).
fn tokenize_with(
    slice: &str,
    start: usize,
    n: usize,
    at: impl Fn(usize) -> (usize, char),
) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let (p, c) = at(i);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let s = p;
            let mut j = i + 1;
            while j < n {
                let cj = at(j).1;
                let next_alnum = j + 1 < n && at(j + 1).1.is_alphanumeric();
                if cj.is_alphanumeric()
                    || (matches!(cj, '\'' | '’' | '-' | '.' | '&') && next_alnum)
                {
                    j += 1;
                } else if cj == '.' {
                    // "U.S." and "Gen." keep their final period.
                    let w = &slice[s..at(j).0];
                    let initials = w.contains('.');
                    if initials || TITLE_ABBREVS.contains(&w) {
                        j += 1;
                    }
                    break;
                } else {
                    break;
                }
            }
            let e = if j < n { at(j).0 } else { slice.len() };
            out.push(Tok {
                s: start + s,
                e: start + e,
                word: true,
            });
            i = j;
        } else {
            out.push(Tok {
                s: start + p,
                e: start + p + c.len_utf8(),
                word: false,
            });
            i += 1;
        }
    }
    out
}

fn lower(text: &str, t: &Tok) -> String {
    text[t.s..t.e].to_lowercase()
}

fn is_cap(text: &str, t: &Tok) -> bool {
    t.word
        && text[t.s..t.e]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];
const RELATIVES: &[&str] = &["who", "which", "that"];
/// Words skipped between a subject and its cue ("Iran on Monday also denied").
const ADV_BACK: &[&str] = &[
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
];
/// Words that end a subject noun phrase when scanning backwards.
const STOP_BACK: &[&str] = &[
    "that", "which", "who", "whom", "if", "when", "while", "because", "after", "before", "as",
    "since", "although", "though", "whether", "where", "but", "or", "than", "so", "what", "how",
    "why", "nor", "unless", "until", "whereas", "also", "has", "have", "had", "is", "are", "was",
    "were", "will", "would",
];
/// Words that end a noun phrase when scanning forwards.
const STOP_FWD: &[&str] = &[
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
const ADV_FWD: &[&str] = &[
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
const CONNECTIVES: &[&str] = &[
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
];
/// Lower-case heads that make a speaker phrase ("officials", "the spokesman").
const SPEAKER_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "ministry",
    "president",
    "leader",
    "leaders",
    "commander",
    "general",
    "officer",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "lawmaker",
    "lawmakers",
    "senator",
    "critics",
    "residents",
    "witnesses",
    "police",
    "army",
    "military",
    "government",
    "agency",
    "statement",
    "report",
    "reports",
    "campaign",
    "administration",
    "people",
    "observers",
    "investigators",
    "prosecutors",
    "researchers",
    "economists",
    "survey",
    "poll",
    "polls",
    "study",
    "data",
    "document",
    "documents",
    "letter",
    "memo",
    "court",
    "judge",
    "authorities",
    "kremlin",
    "embassy",
    "office",
    "department",
    "council",
    "committee",
    "party",
    "group",
    "company",
    "firm",
    "union",
    "cabinet",
    "envoy",
    "ambassador",
    "negotiator",
    "negotiators",
    "candidate",
    "nominee",
    "voters",
    "supporters",
    "opponents",
    "democrats",
    "republicans",
    "activists",
    "organizers",
    "governor",
    "mayor",
    "chief",
    "director",
    "secretary",
    "chairman",
    "head",
    "prime",
    "premier",
    "ministers",
    "representative",
    "spokespeople",
    "staff",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "insiders",
    "person",
    "man",
    "woman",
    "someone",
    "others",
    "many",
    "some",
    "both",
    "rebels",
    "militants",
    "troops",
    "forces",
    "doctors",
    "scientists",
    "economist",
    "news",
    "media",
    "newspaper",
    "outlet",
    "agency",
    "website",
    "broadcaster",
    "television",
    "tv",
    "paper",
    "article",
    "story",
    "book",
    "website",
    "blog",
    "post",
    "tweet",
    "ad",
    "video",
    "memo",
    "executive",
    "executives",
    "workers",
    "members",
    "member",
    "team",
    "everyone",
    "nobody",
    "pollster",
    "pollsters",
    "strategist",
    "strategists",
    "operative",
    "operatives",
    "guidance",
    "friend",
    "friends",
    "ally",
    "allies",
    "associate",
    "associates",
    "colleague",
    "colleagues",
    "neighbor",
    "neighbors",
    "neighbour",
    "relative",
    "relatives",
    "resident",
    "voter",
    "supporter",
    "consultant",
    "consultants",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
];
/// Heads that make a speaker an institution.
const BODY_NOUNS: &[&str] = &[
    "ministry",
    "government",
    "kremlin",
    "department",
    "office",
    "army",
    "military",
    "police",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "embassy",
    "council",
    "agency",
    "commission",
    "administration",
    "campaign",
    "committee",
    "party",
    "company",
    "court",
    "union",
    "authorities",
    "statement",
    "cabinet",
    "presidency",
    "pentagon",
    "house",
    "command",
    "headquarters",
    "forces",
    "guard",
    "corps",
    "parliament",
    "senate",
    "congress",
    "secretariat",
    "mission",
    "delegation",
    "board",
    "bank",
    "fund",
    "organisation",
    "organization",
    "alliance",
    "nato",
    "un",
    "eu",
    "coalition",
    "service",
    "staff",
    "force",
    "regime",
    "operator",
    "institute",
    "observatory",
    "consultancy",
    "university",
    "commission",
    "tribunal",
    "prosecutor's",
    "monitor",
    "federation",
    "association",
];
/// Lower-case groups spoken of without names ("analysts said").
const GENERIC_GROUPS: &[&str] = &[
    "analysts",
    "experts",
    "critics",
    "residents",
    "witnesses",
    "observers",
    "diplomats",
    "people",
    "insiders",
    "others",
    "many",
    "some",
    "economists",
    "activists",
    "officials",
];

// ---------------------------------------------------------------------------------------------
// Drafts

#[derive(Debug, Clone, Copy)]
struct Hit {
    s: usize,
    e: usize,
    class: CueClass,
    stance: Stance,
}

#[derive(Debug, Clone)]
enum Speaker {
    None,
    Phrase(usize, usize),
    /// Same speaker as an earlier draft (continuing quote, participle).
    Same(usize),
}

/// A post-posed cue's reading: speaker, boundary token, citing relay, relays.
type PostPosed = (
    (usize, usize),
    usize,
    Option<(usize, usize)>,
    Vec<(usize, usize)>,
);

#[derive(Debug, Clone)]
struct Draft {
    speaker: Speaker,
    cue: (usize, usize),
    mode: Mode,
    stance: Stance,
    content: (usize, usize),
    via: Vec<(usize, usize)>,
    anonymous_hint: bool,
    sentence: usize,
}

struct Attributor<'a> {
    text: &'a str,
    sentences: &'a [Sentence],
    quotes: Vec<Quote>,
    quote_used: Vec<bool>,
    hits: Vec<Hit>,
    hit_used: Vec<Option<usize>>,
    /// Byte offset → index into `hits`.
    hit_at: rustc_hash::FxHashMap<usize, usize>,
    drafts: Vec<Draft>,
}

impl<'a> Attributor<'a> {
    fn new(text: &'a str, sentences: &'a [Sentence]) -> Self {
        let quotes = quotes::pair_quotes(text);
        let lex = Lexicon::get();
        let mut hits = Vec::new();
        for m in lex.cues.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
                || after.is_some_and(|c| c.is_alphanumeric() || c == '-')
            {
                continue;
            }
            if in_quote(&quotes, s) {
                continue;
            }
            let entry = &lex.cue_entries[m.pattern().as_usize()];
            let hit = Hit {
                s,
                e,
                class: entry.class,
                stance: entry.stance,
            };
            if !plausible_cue(text, &hit) {
                continue;
            }
            hits.push(hit);
        }
        let n = hits.len();
        let nq = quotes.len();
        let hit_at = hits.iter().enumerate().map(|(i, h)| (h.s, i)).collect();
        Attributor {
            text,
            sentences,
            quotes,
            quote_used: vec![false; nq],
            hits,
            hit_used: vec![None; n],
            hit_at,
            drafts: Vec::new(),
        }
    }

    fn sentence_of(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences.get(i).filter(|s| s.start <= pos).map(|_| i)
    }

    fn is_hit_start(&self, pos: usize) -> bool {
        self.hit_at.contains_key(&pos)
    }

    fn hit_starting(&self, pos: usize) -> Option<&Hit> {
        self.hit_at.get(&pos).map(|&i| &self.hits[i])
    }

    fn push(&mut self, d: Draft, hits: &[usize]) -> usize {
        let idx = self.drafts.len();
        for &h in hits {
            self.hit_used[h] = Some(idx);
        }
        self.drafts.push(d);
        idx
    }

    fn run(&mut self) {
        for i in 0..self.hits.len() {
            if self.hits[i].class == CueClass::QuotedBy && self.hit_used[i].is_none() {
                self.quoted_by(i);
            }
        }
        for qi in 0..self.quotes.len() {
            if !self.quote_used[qi] {
                self.direct_quote(qi);
            }
        }
        // Hits are in text order, so sentence by sentence is hit by hit.
        for i in 0..self.hits.len() {
            if self.hit_used[i].is_none() {
                if let Some(si) = self.sentence_of(self.hits[i].s) {
                    self.indirect(i, si);
                }
            }
        }
        if !self.drafts.iter().any(|d| d.sentence == 0) {
            self.headline_colon();
        }
        self.unattributed();
    }

    // -- noun phrases ---------------------------------------------------------------------

    fn sentence_tokens(&self, si: usize) -> Vec<Tok> {
        let s = &self.sentences[si];
        tokenize(self.text, s.start, s.end)
    }

    /// Scan back from the token before index `end_idx` (exclusive) for a subject phrase.
    /// Returns (phrase range, index of the boundary token or None at sentence start).
    fn np_back(&self, toks: &[Tok], end_idx: usize) -> (Option<(usize, usize)>, Option<usize>) {
        let t = self.text;
        let mut i = end_idx;
        // Skip adverbials and auxiliaries between subject and cue.
        while i > 0 {
            let tk = &toks[i - 1];
            if tk.word && ADV_BACK.contains(&lower(t, tk).as_str()) {
                i -= 1;
            } else {
                break;
            }
        }
        let np_end = i;
        if np_end > 0 && toks[np_end - 1].word {
            let lw = lower(t, &toks[np_end - 1]);
            if PRONOUNS.contains(&lw.as_str()) {
                // "entities it said had helped …": a pronoun is the whole subject.
                let b = if np_end >= 2 { Some(np_end - 2) } else { None };
                return (Some((toks[np_end - 1].s, toks[np_end - 1].e)), b);
            }
        }
        let mut j = i;
        let mut count = 0;
        while j > 0 && count < 14 {
            let tk = &toks[j - 1];
            if !tk.word {
                if &t[tk.s..tk.e] == ")" && (count > 0 || j == np_end) {
                    // "Sen. Richard J. Durbin (D-Ill.)": step over the parenthesis.
                    if let Some(open) = toks[..j - 1].iter().rposition(|k| &t[k.s..k.e] == "(") {
                        if j - 1 - open <= 6 {
                            j = open;
                            count += 1;
                            continue;
                        }
                    }
                }
                break;
            }
            let lw = lower(t, tk);
            if STOP_BACK.contains(&lw.as_str())
                && !(j == np_end && RELATIVES.contains(&lw.as_str()))
            {
                break;
            }
            if lw == "and" {
                let prev_cap = j >= 2 && is_cap(t, &toks[j - 2]);
                let next_cap = toks.get(j).is_some_and(|n| {
                    is_cap(t, n)
                        || (lower(t, n) == "the" && toks.get(j + 1).is_some_and(|m| is_cap(t, m)))
                });
                if !(prev_cap && next_cap) {
                    break;
                }
            }
            if j != np_end && self.is_hit_start(tk.s) && !is_cap(t, tk) {
                break;
            }
            j -= 1;
            count += 1;
            if j < np_end && RELATIVES.contains(&lw.as_str()) {
                // A relative pronoun is the whole subject ("…, who said").
                break;
            }
        }
        // Drop leading connectives and time words ("But the ministry said", "Friday the
        // government threatened").
        while j < np_end && {
            let lw = lower(t, &toks[j]);
            CONNECTIVES.contains(&lw.as_str())
                || matches!(
                    lw.as_str(),
                    "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                        | "yesterday"
                        | "today"
                        | "earlier"
                        | "later"
                        | "tonight"
                )
        } {
            j += 1;
        }
        let boundary = if j > 0 { Some(j - 1) } else { None };
        if j >= np_end {
            return (None, if np_end > 0 { Some(np_end - 1) } else { None });
        }
        (Some((toks[j].s, toks[np_end - 1].e)), boundary)
    }

    /// The segment after comma token `comma` up to the next comma (at most `limit`), when it is
    /// a proper name: every word capitalised, at most five words.
    fn name_segment(&self, toks: &[Tok], comma: usize, limit: usize) -> Option<(usize, usize)> {
        let t = self.text;
        let start = comma + 1;
        let mut end = start;
        while end < limit && toks[end].word {
            end += 1;
        }
        if end == start
            || end - start > 5
            || end != limit && !matches!(&t[toks[end].s..toks[end].e], "," | ")" | "-" | "—")
        {
            return None;
        }
        let all_cap = toks[start..end].iter().all(|k| {
            let w = &t[k.s..k.e];
            w.chars().any(char::is_uppercase) && !w.contains('.')
                || w.len() <= 3 && w.chars().all(char::is_lowercase)
        });
        let first_cap = is_cap(t, &toks[start]);
        (all_cap && first_cap && end - start >= 2).then(|| (toks[start].s, toks[end - 1].e))
    }

    /// A noun phrase starting at token `idx`, scanning forward.
    fn np_fwd(&self, toks: &[Tok], idx: usize) -> Option<(usize, usize, usize)> {
        let t = self.text;
        let mut j = idx;
        let mut count = 0;
        while j < toks.len() && count < 12 {
            let tk = &toks[j];
            if !tk.word {
                break;
            }
            let lw = lower(t, tk);
            if STOP_FWD.contains(&lw.as_str()) {
                break;
            }
            if j > idx && !is_cap(t, tk) && self.is_hit_start(tk.s) {
                break;
            }
            if lw == "and" {
                let prev_cap = j > 0 && is_cap(t, &toks[j - 1]);
                let next_cap = toks.get(j + 1).is_some_and(|n| is_cap(t, n));
                if !(prev_cap && next_cap) {
                    break;
                }
            }
            j += 1;
            count += 1;
        }
        if j == idx {
            return None;
        }
        Some((toks[idx].s, toks[j - 1].e, j))
    }

    fn valid_np(&self, r: (usize, usize)) -> bool {
        let t = self.text;
        let toks = tokenize(t, r.0, r.1);
        let words: Vec<&Tok> = toks.iter().filter(|k| k.word).collect();
        if words.is_empty() || words.len() > 14 {
            return false;
        }
        let first = lower(t, words[0]);
        if words.len() == 1 && PRONOUNS.contains(&first.as_str()) {
            return true;
        }
        if words.len() == 1 && RELATIVES.contains(&first.as_str()) {
            return false;
        }
        if first == "one" && words.len() >= 3 && lower(t, words[1]) == "of" {
            return true;
        }
        // "issued a statement suggesting …", "making the rounds of …": a verb phrase.
        let participial = (first.ends_with("ed") || first.ends_with("ing"))
            && !is_cap(t, words[0])
            && words.len() > 1
            && !matches!(
                first.as_str(),
                "unnamed"
                    | "unidentified"
                    | "retired"
                    | "armed"
                    | "elected"
                    | "concerned"
                    | "interested"
                    | "alleged"
                    | "leading"
                    | "ruling"
                    | "opposing"
                    | "striking"
                    | "visiting"
                    | "outgoing"
                    | "incoming"
                    | "governing"
                    | "aging"
                    | "ageing"
                    | "acting"
                    | "veteran"
                    | "detained"
                    | "jailed"
                    | "exiled"
                    | "ousted"
                    | "embattled"
                    | "beleaguered"
                    | "indicted"
                    | "accused"
                    | "injured"
                    | "displaced"
                    | "affected"
                    | "united"
            );
        if participial {
            return false;
        }
        // "at odds with a previous report": a prepositional phrase is no subject.
        if matches!(
            first.as_str(),
            "at" | "in"
                | "on"
                | "with"
                | "of"
                | "for"
                | "from"
                | "by"
                | "to"
                | "into"
                | "about"
                | "over"
                | "under"
                | "after"
                | "before"
                | "during"
                | "without"
                | "against"
                | "become"
                | "became"
                | "been"
                | "being"
        ) {
            return false;
        }
        let last = lower(t, words[words.len() - 1]);
        if matches!(
            last.as_str(),
            "the" | "a" | "an" | "of" | "for" | "and" | "his" | "her" | "their" | "its"
        ) {
            return false;
        }
        // A capital that only opens the sentence on a participle or adverb ("Published
        // claims …", "Angry at officers …") does not make a name.
        let caps: Vec<usize> = words
            .iter()
            .enumerate()
            .filter(|(i, w)| is_cap(t, w) && !(*i == 0 && is_function_word(&lower(t, w))))
            .map(|(i, _)| i)
            .collect();
        let lone_opener = caps == [0] && words.len() > 1 && {
            let lw = lower(t, words[0]);
            lw.ends_with("ed")
                || lw.ends_with("ing")
                || lw.ends_with("ly")
                || matches!(lw.as_str(), "angry" | "check" | "according")
        };
        let any_cap = !caps.is_empty() && !lone_opener;
        let noun = words.iter().any(|w| {
            let lw = lower(t, w);
            let lw = lw.trim_end_matches("'s").trim_end_matches("’s");
            SPEAKER_NOUNS.contains(&lw) || BODY_NOUNS.contains(&lw) || GENERIC_GROUPS.contains(&lw)
        });
        // "the electoral commission", "the ship's operator": a determiner and a noun.
        let det_noun = matches!(
            first.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "one"
        ) && words.len() <= 6
            && !last.ends_with("ed")
            && !last.ends_with("ing")
            && !last.ends_with("ly")
            && !is_function_word(&last);
        any_cap || noun || det_noun
    }

    /// The subject of the cue at `hit`: (phrase, anonymous hint, via from "citing").
    fn subject(&self, toks: &[Tok], cue_idx: usize) -> Option<(usize, usize)> {
        let (np, boundary) = self.np_back(toks, cue_idx);
        let t = self.text;
        match np {
            Some(r) => {
                let words = tokenize(t, r.0, r.1);
                if words.len() == 1 && RELATIVES.contains(&lower(t, &words[0]).as_str()) {
                    // "…, who said" → antecedent before the comma.
                    let wi = toks.iter().position(|k| k.s == r.0)?;
                    let mut k = wi;
                    if k > 0
                        && matches!(
                            &t[toks[k - 1].s..toks[k - 1].e],
                            "," | "-" | "—" | "–" | "("
                        )
                    {
                        k -= 1;
                    }
                    let (ante, _) = self.np_back(toks, k);
                    return ante.filter(|&a| self.valid_np(a));
                }
                // "Georgy Myakinkin, 31, who works at the airport … said": the phrase before the
                // cue is the relative clause; the speaker is its antecedent.
                if let Some(bi) = boundary {
                    let starts_lower = words.first().is_some_and(|w| !is_cap(t, w))
                        && !words.first().is_some_and(|w| {
                            let lw = lower(t, w);
                            is_function_word(&lw) || SPEAKER_NOUNS.contains(&lw.as_str())
                        });
                    if toks[bi].word
                        && matches!(lower(t, &toks[bi]).as_str(), "who" | "which")
                        && starts_lower
                        && bi > 0
                        && matches!(&t[toks[bi - 1].s..toks[bi - 1].e], "," | "-" | "—" | "–")
                    {
                        return self.segment_subject(toks, bi - 1);
                    }
                }
                if self.valid_np(r) {
                    Some(r)
                } else {
                    None
                }
            }
            None => {
                // "X, deputy commander of Y, dismissed …": skip the apposition.
                let b = boundary?;
                if !matches!(&t[toks[b].s..toks[b].e], "," | "-" | "—" | "–" | ")") {
                    return None;
                }
                self.segment_subject(toks, b)
            }
        }
    }

    /// The speaker among the comma-separated segments before token `b` (a comma or dash):
    /// the first that is a noun phrase and not an adverbial; a proper name right after a
    /// role description wins ("Guyana's president, Irfaan Ali, said").
    fn segment_subject(&self, toks: &[Tok], b: usize) -> Option<(usize, usize)> {
        let t = self.text;
        // Comma-separated segments back to the clause start; the speaker is the first
        // one that is a noun phrase and not an adverbial ("On Monday, …").
        let mut k = b;
        let mut n = 0;
        while k > 0 && n < 50 {
            let tk = &toks[k - 1];
            // Quotes inside an apposition ("who said he would “bomb” …") do not end
            // the clause; segments that hold a quote are never the speaker.
            if !tk.word && matches!(&t[tk.s..tk.e], ";" | ":") {
                break;
            }
            if tk.word && n > 0 && matches!(lower(t, tk).as_str(), "that" | "but") {
                break;
            }
            k -= 1;
            n += 1;
        }
        let mut seg_start = k;
        for i in k..=b {
            let is_comma = i == b
                || (!toks[i].word
                    && !in_quote(&self.quotes, toks[i].s)
                    && matches!(
                        &t[toks[i].s..toks[i].e],
                        "," | "-" | "—" | "–" | "―" | "(" | ")"
                    ));
            if !is_comma {
                continue;
            }
            if seg_start < i {
                let mut s0 = seg_start;
                while s0 < i && CONNECTIVES.contains(&lower(t, &toks[s0]).as_str()) {
                    s0 += 1;
                }
                let quoted = toks[s0..i].iter().any(|x| {
                    !x.word && matches!(&t[x.s..x.e], "“" | "”" | "\"")
                        || in_quote(&self.quotes, x.s)
                });
                if s0 < i && !quoted {
                    let r = (toks[s0].s, toks[i - 1].e);
                    let first = lower(t, &toks[s0]);
                    let adverbial = matches!(
                        first.as_str(),
                        "in" | "on"
                            | "at"
                            | "after"
                            | "during"
                            | "for"
                            | "with"
                            | "by"
                            | "as"
                            | "from"
                            | "despite"
                            | "since"
                            | "while"
                            | "when"
                            | "if"
                            | "speaking"
                            | "asked"
                            | "meanwhile"
                            | "however"
                            | "earlier"
                            | "later"
                            | "last"
                            | "yesterday"
                            | "today"
                            | "according"
                            | "citing"
                            | "separately"
                            | "still"
                            | "instead"
                    );
                    if !adverbial && self.valid_np(r) {
                        // "Guyana's president, Irfaan Ali, said": the name, not the role.
                        if let Some(name) = self.name_segment(toks, i, b) {
                            let role_like = !is_cap(t, &toks[i - 1])
                                || t[r.0..r.1].contains("'s ")
                                || t[r.0..r.1].contains("’s ");
                            if role_like {
                                return Some(name);
                            }
                        }
                        return Some(r);
                    }
                }
            }
            seg_start = i + 1;
        }
        None
    }

    // -- patterns ---------------------------------------------------------------------------

    /// "X was quoted by Y as saying …".
    fn quoted_by(&mut self, hi: usize) {
        let h = self.hits[hi];
        let Some(si) = self.sentence_of(h.s) else {
            return;
        };
        let toks = self.sentence_tokens(si);
        let Some(ci) = toks.iter().position(|k| k.s == h.s) else {
            return;
        };
        let Some(ei) = toks.iter().position(|k| k.s >= h.e) else {
            return;
        };
        let Some(speaker) = self.subject(&toks, ci) else {
            return;
        };
        let t = self.text;
        let Some((rs, re, mut j)) = self.np_fwd(&toks, ei) else {
            return;
        };
        let mut cue_end = h.e;
        let mut used = vec![hi];
        if toks.get(j).is_some_and(|k| lower(t, k) == "as") {
            j += 1;
            if let Some(k) = toks.get(j) {
                if let Some(pi) = self.hits.iter().position(|x| x.s == k.s) {
                    cue_end = self.hits[pi].e;
                    used.push(pi);
                    j += 1;
                }
            }
        }
        while toks.get(j).is_some_and(|k| {
            !k.word && matches!(&t[k.s..k.e], "," | ":") || k.word && lower(t, k) == "that"
        }) {
            j += 1;
        }
        let cstart = toks.get(j).map_or(self.sentences[si].end, |k| k.s);
        let (content, mode) = match self.quotes.iter().position(|q| q.open == cstart) {
            Some(qi) => {
                self.quote_used[qi] = true;
                (self.quote_content(qi), Mode::Direct)
            }
            None => {
                let end = self.content_end(si, cstart);
                (self.extend_over_quotes(cstart, end), Mode::Indirect)
            }
        };
        if content.0 >= content.1 {
            return;
        }
        let mode = if mode == Mode::Indirect && self.overlaps_quote(content) {
            Mode::Mixed
        } else {
            mode
        };
        let d = Draft {
            speaker: Speaker::Phrase(speaker.0, speaker.1),
            cue: (h.s, cue_end),
            mode,
            stance: Stance::Assert,
            content,
            via: vec![(rs, re)],
            anonymous_hint: false,
            sentence: si,
        };
        self.push(d, &used);
    }

    fn quote_content(&self, qi: usize) -> (usize, usize) {
        let q = &self.quotes[qi];
        let inner = &self.text[q.inner_start..q.inner_end];
        let trimmed = inner.trim_end_matches([',', ' ', '\n']).trim_start();
        let s = q.inner_start + (inner.len() - inner.trim_start().len());
        (s, s + trimmed.len())
    }

    fn overlaps_quote(&self, r: (usize, usize)) -> bool {
        self.quotes
            .iter()
            .any(|q| q.inner_start < r.1 && r.0 < q.inner_end)
    }

    fn direct_quote(&mut self, qi: usize) {
        let q = self.quotes[qi];
        let t = self.text;
        let (Some(sq), Some(se)) = (self.sentence_of(q.open), self.sentence_of(q.close - 1)) else {
            return;
        };
        let content = self.quote_content(qi);
        if content.0 >= content.1 {
            return;
        }
        // (a) cue after the quote: “…,” he said / “…,” said X / “…,” according to X.
        // A quote in mid-clause ("were “at a sensitive stage.”") is a partial quote of the
        // surrounding statement, never a direct quote of the next cue.
        let lead = t[self.sentences[sq].start..q.open].trim_end();
        let standalone = lead.is_empty() || lead.ends_with([',', ':', '—', '(']);
        let mut after_sents = vec![se];
        if !standalone {
            after_sents.clear();
        }
        if standalone
            && se + 1 < self.sentences.len()
            && t[q.close..self.sentences[se].end].trim().is_empty()
            && self.sentences[se + 1].paragraph == self.sentences[se].paragraph
        {
            after_sents.push(se + 1);
        }
        for &s2 in &after_sents {
            let toks = self.sentence_tokens(s2);
            let first = toks
                .iter()
                .position(|k| k.s >= q.close)
                .unwrap_or(toks.len());
            // Limit: the next quote or 10 tokens.
            let limit = toks[first..]
                .iter()
                .take(30)
                .position(|k| self.quotes.iter().any(|q2| q2.open == k.s))
                .map_or((first + 30).min(toks.len()), |p| first + p);
            for ci in first..limit {
                let Some(hi) = self.hit_at.get(&toks[ci].s).copied() else {
                    continue;
                };
                let h = self.hits[hi];
                if self.hit_used[hi].is_some()
                    || !matches!(
                        h.class,
                        CueClass::Speech | CueClass::Told | CueClass::Belief | CueClass::According
                    )
                {
                    continue;
                }
                // Between the quote and the cue: only a comma and a subject phrase.
                let mut k0 = first;
                while k0 < ci && !toks[k0].word && matches!(&t[toks[k0].s..toks[k0].e], "," | "—")
                {
                    k0 += 1;
                }
                let ei = toks.iter().position(|k| k.s >= h.e).unwrap_or(toks.len());
                let (speaker, via) = if h.class == CueClass::According {
                    if k0 != ci {
                        break;
                    }
                    match self.np_fwd(&toks, ei) {
                        Some((s, e, _)) => (Some((s, e)), vec![]),
                        None => break,
                    }
                } else if k0 == ci {
                    // Inverted: “…,” said Nozari.
                    match self.np_fwd(&toks, ei) {
                        Some((s, e, _)) if self.valid_np((s, e)) => (Some((s, e)), vec![]),
                        _ => break,
                    }
                } else {
                    // “…,” Gene Sperling, a top adviser, said: the subject starts at the quote.
                    let Some(np) = self.subject(&toks, ci) else {
                        break;
                    };
                    if np.0 != toks[k0].s {
                        break;
                    }
                    let via = if h.class == CueClass::Told {
                        self.hearer_relay(&toks, ei)
                    } else {
                        vec![]
                    };
                    (Some(np), via)
                };
                let Some(sp) = speaker else { break };
                if s2 != se && self.trivial_rest(&toks, ei).is_none() {
                    break;
                }
                let mode = if h.class == CueClass::According {
                    Mode::AccordingTo
                } else {
                    Mode::Direct
                };
                self.quote_used[qi] = true;
                let d = Draft {
                    speaker: Speaker::Phrase(sp.0, sp.1),
                    cue: (h.s, h.e),
                    mode,
                    stance: h.stance,
                    content,
                    via,
                    anonymous_hint: false,
                    sentence: s2,
                };
                self.push(d, &[hi]);
                return;
            }
        }
        // (b) cue before the quote: X said: “…” / X told reporters, “…” / “A,” he said, “B.”
        let toks = self.sentence_tokens(sq);
        let qtok = toks
            .iter()
            .position(|k| k.s >= q.open)
            .unwrap_or(toks.len());
        let mut best: Option<usize> = None;
        for (hi, h) in self.hits.iter().enumerate() {
            if h.e <= q.open && self.sentence_of(h.s) == Some(sq) {
                best = Some(hi);
            }
        }
        if let Some(hi) = best {
            let h = self.hits[hi];
            let gap = t[h.e..q.open].trim();
            let ok_gap = gap.is_empty()
                || ((gap.ends_with(',') || gap.ends_with(':'))
                    && gap.len() <= 60
                    && !gap.contains(['.', ';', '“', '”', '"']));
            let gap_lower = gap.to_lowercase();
            let that_gap = gap_lower == "that" || gap_lower.ends_with(" that");
            if ok_gap && !that_gap && qtok > 0 {
                if let Some(prev) = self.hit_used[hi] {
                    // “A,” he said, “B.” — same speaker and cue.
                    if self
                        .drafts
                        .get(prev)
                        .is_some_and(|d| d.mode == Mode::Direct)
                    {
                        self.quote_used[qi] = true;
                        let d = Draft {
                            speaker: Speaker::Same(prev),
                            cue: self.drafts[prev].cue,
                            mode: Mode::Direct,
                            stance: h.stance,
                            content,
                            via: self.drafts[prev].via.clone(),
                            anonymous_hint: false,
                            sentence: sq,
                        };
                        self.push(d, &[]);
                        return;
                    }
                } else if matches!(
                    h.class,
                    CueClass::Speech
                        | CueClass::Told
                        | CueClass::Participle
                        | CueClass::Belief
                        | CueClass::Object
                ) {
                    let ci = toks.iter().position(|k| k.s == h.s).unwrap_or(0);
                    let ei = toks.iter().position(|k| k.s >= h.e).unwrap_or(toks.len());
                    let speaker = if h.class == CueClass::Participle {
                        self.clause_speaker(sq, &toks, ci)
                    } else {
                        self.subject(&toks, ci)
                            .map(|r| Speaker::Phrase(r.0, r.1))
                            .or_else(|| {
                                // "Obama vowed to … and said, “…”": the coordinated verb
                                // shares the subject of the earlier statement.
                                let (_, b) = self.np_back(&toks, ci);
                                let coord = b.is_some_and(|b| {
                                    toks[b].word
                                        && matches!(lower(t, &toks[b]).as_str(), "and" | "but")
                                });
                                if !coord {
                                    return None;
                                }
                                // The earlier cue of the sentence and its subject.
                                let prev = self.hits.iter().rev().find(|x| {
                                    x.s < h.s
                                        && x.s >= self.sentences[sq].start
                                        && x.class != CueClass::Participle
                                })?;
                                let pi = toks.iter().position(|k| k.s == prev.s)?;
                                self.subject(&toks, pi).map(|r| Speaker::Phrase(r.0, r.1))
                            })
                    };
                    if let Some(sp) = speaker {
                        let via = if h.class == CueClass::Told {
                            self.hearer_relay(&toks, ei)
                        } else {
                            vec![]
                        };
                        self.quote_used[qi] = true;
                        let d = Draft {
                            speaker: sp,
                            cue: (h.s, h.e),
                            mode: Mode::Direct,
                            stance: h.stance,
                            content,
                            via,
                            anonymous_hint: false,
                            sentence: sq,
                        };
                        self.push(d, &[hi]);
                        return;
                    }
                }
            }
        }
        // (b2) a quote opening a paragraph after one that ends with a colon ("…, the ministry
        // said in a statement:\n\n“…”").
        let para_start =
            sq == 0 || self.sentences[sq - 1].paragraph != self.sentences[sq].paragraph;
        if para_start && sq > 0 && t[self.sentences[sq].start..q.open].trim().is_empty() {
            let prev = self.sentences[sq - 1];
            if t[prev.start..prev.end].trim_end().ends_with(':') {
                let colon = prev.start + t[prev.start..prev.end].trim_end().len() - 1;
                if let Some(sp) = self.colon_speaker(sq - 1) {
                    self.quote_used[qi] = true;
                    let d = Draft {
                        speaker: sp,
                        cue: (colon, colon + 1),
                        mode: Mode::Direct,
                        stance: Stance::Assert,
                        content,
                        via: vec![],
                        anonymous_hint: false,
                        sentence: sq,
                    };
                    self.push(d, &[]);
                    return;
                }
            }
        }
        // (c) a quote opening its sentence with no cue continues the previous speaker.
        let opens_sentence = t[self.sentences[sq].start..q.open].trim().is_empty();
        let words = t[content.0..content.1].split_whitespace().count();
        if opens_sentence && words >= 3 {
            let prev = self.drafts.iter().rposition(|d| {
                d.sentence < sq
                    && d.sentence + 4 >= sq
                    && !matches!(d.speaker, Speaker::None)
                    && self.sentences[sq].paragraph <= self.sentences[d.sentence].paragraph + 1
            });
            if let Some(p) = prev {
                self.quote_used[qi] = true;
                let d = Draft {
                    speaker: Speaker::Same(p),
                    cue: self.drafts[p].cue,
                    mode: Mode::Direct,
                    stance: Stance::Assert,
                    content,
                    via: self.drafts[p].via.clone(),
                    anonymous_hint: self.drafts[p].anonymous_hint,
                    sentence: sq,
                };
                self.push(d, &[]);
            }
        }
    }

    /// Who speaks in the block after a sentence ending with a colon: the speaker of that
    /// sentence's last statement, else its subject.
    fn colon_speaker(&self, si: usize) -> Option<Speaker> {
        if let Some(p) = self.drafts.iter().rposition(|d| d.sentence == si) {
            return Some(Speaker::Same(p));
        }
        let toks = self.sentence_tokens(si);
        if let Some(h) = self
            .hits
            .iter()
            .rev()
            .find(|h| self.sentence_of(h.s) == Some(si))
        {
            let ci = toks.iter().position(|k| k.s == h.s)?;
            if let Some(r) = self.subject(&toks, ci) {
                return Some(Speaker::Phrase(r.0, r.1));
            }
        }
        None
    }

    /// The noun phrase opening a sentence, after connectives and a dateline
    /// ("WASHINGTON — Sen. Chuck Grassley …").
    fn sentence_subject(&self, toks: &[Tok]) -> Option<(usize, usize)> {
        let t = self.text;
        let mut k = 0;
        if let Some(d) = toks
            .iter()
            .take(8)
            .position(|x| !x.word && matches!(&t[x.s..x.e], "—" | "-" | "–" | "―"))
        {
            let dateline = toks[..d].iter().filter(|x| x.word).all(|x| {
                let w = &t[x.s..x.e];
                w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase)
                    || matches!(
                        w,
                        "Dec"
                            | "Jan"
                            | "Feb"
                            | "Mar"
                            | "Apr"
                            | "Jun"
                            | "Jul"
                            | "Aug"
                            | "Sep"
                            | "Sept"
                            | "Oct"
                            | "Nov"
                    )
                    || w.chars().all(|c| c.is_ascii_digit() || c == '.')
            });
            if dateline {
                k = d + 1;
            }
        }
        while toks
            .get(k)
            .is_some_and(|x| CONNECTIVES.contains(&lower(t, x).as_str()))
        {
            k += 1;
        }
        self.np_fwd(toks, k)
            .map(|(a, b, _)| (a, b))
            .filter(|&r| self.valid_np(r))
    }

    /// Headline "Speaker: what they said" on the first line of a text.
    fn headline_colon(&mut self) {
        let t = self.text;
        let Some(first) = self.sentences.first().copied() else {
            return;
        };
        let line = &t[first.start..first.end];
        let Some(c) = line.find(": ") else { return };
        let head = &line[..c];
        let words = head.split_whitespace().count();
        if words == 0 || words > 5 || head.ends_with(|ch: char| ch.is_ascii_digit()) {
            return;
        }
        if !head.split_whitespace().all(|w| {
            w.chars()
                .next()
                .is_some_and(|ch| ch.is_uppercase() || !ch.is_alphabetic())
        }) {
            return;
        }
        let cs = first.start + c + 2;
        let body = t[cs..first.end].trim_end_matches(['.', ' ']);
        if body.split_whitespace().count() < 2 {
            return;
        }
        let d = Draft {
            speaker: Speaker::Phrase(first.start, first.start + c),
            cue: (first.start + c, first.start + c + 1),
            mode: Mode::Indirect,
            stance: Stance::Assert,
            content: (cs, cs + body.len()),
            via: vec![],
            anonymous_hint: false,
            sentence: 0,
        };
        self.drafts.push(d);
    }

    /// The speaker of a participle cue ("…, adding that …"): the latest statement of the
    /// sentence, else the sentence subject.
    fn clause_speaker(&self, si: usize, toks: &[Tok], ci: usize) -> Option<Speaker> {
        if let Some(p) = self
            .drafts
            .iter()
            .rposition(|d| d.sentence == si && d.cue.0 < toks[ci].s)
        {
            return Some(Speaker::Same(p));
        }
        // "Iran is calling for …": an auxiliary before the participle makes it a finite verb.
        if ci > 0 && toks[ci - 1].word {
            let lw = lower(self.text, &toks[ci - 1]);
            if matches!(lw.as_str(), "is" | "are" | "was" | "were" | "been" | "be") {
                return self.subject(toks, ci).map(|r| Speaker::Phrase(r.0, r.1));
            }
        }
        // "Ryan saying he was encouraged": a subject right before the participle.
        if ci > 0 && toks[ci - 1].word {
            let (np, _) = self.np_back(toks, ci);
            // Only a name or pronoun: "officers demanding he remove the belt" is a reduced
            // relative clause, not a speaker.
            let namelike = |r: (usize, usize)| {
                let ws = tokenize(self.text, r.0, r.1);
                ws.len() <= 4
                    && ws.iter().all(|w| w.word && is_cap(self.text, w))
                    && !is_function_word(&lower(self.text, &ws[0]))
                    || ws.len() == 1 && PRONOUNS.contains(&lower(self.text, &ws[0]).as_str())
            };
            if let Some(r) =
                np.filter(|&r| r.1 == toks[ci - 1].e && (namelike(r) || self.valid_np(r)))
            {
                return Some(Speaker::Phrase(r.0, r.1));
            }
        }
        // "Trump attacked Clinton on Monday, saying …": the subject of the main clause.
        let t = self.text;
        if ci > 0 && !toks[ci - 1].word && &t[toks[ci - 1].s..toks[ci - 1].e] == "," {
            let mut k = 0;
            // Skip an opening adverbial ("On Monday, …").
            if toks.first().is_some_and(|f| {
                matches!(
                    lower(t, f).as_str(),
                    "in" | "on"
                        | "at"
                        | "after"
                        | "during"
                        | "for"
                        | "with"
                        | "as"
                        | "since"
                        | "despite"
                        | "meanwhile"
                        | "earlier"
                        | "later"
                        | "but"
                        | "and"
                )
            }) {
                if let Some(c) = toks[..ci].iter().position(|x| &t[x.s..x.e] == ",") {
                    k = c + 1;
                }
            }
            let np = if k == 0 {
                self.sentence_subject(toks)
            } else {
                self.np_fwd(toks, k).map(|(s, e, _)| (s, e))
            };
            if let Some((s, e)) = np {
                if self.valid_np((s, e)) && e <= toks[ci].s {
                    return Some(Speaker::Phrase(s, e));
                }
            }
        }
        None
    }

    /// The hearer after "told": a noun phrase that ends where the reported clause begins
    /// ("told reporters the drones were …", "told Reuters Iran had …").
    fn hearer(&self, toks: &[Tok], idx: usize) -> Option<(usize, usize, usize)> {
        let t = self.text;
        let (s, e, mut j) = self.np_fwd(toks, idx)?;
        let lex = Lexicon::get();
        // Longest prefix that is a known outlet wins.
        for k in (idx + 1..=j).rev() {
            if lex.is_outlet(&t[toks[idx].s..toks[k - 1].e]) {
                return Some((toks[idx].s, toks[k - 1].e, k));
            }
        }
        if let Some(off) = toks[idx + 1..j].iter().enumerate().position(|(o, k)| {
            // "members of the Associated Press": a determiner after "of" continues the hearer.
            let after_of = lower(t, &toks[idx + o]) == "of";
            !after_of
                && matches!(
                    lower(t, k).as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "he"
                        | "she"
                        | "it"
                        | "they"
                        | "we"
                        | "i"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "this"
                        | "there"
                )
        }) {
            j = idx + 1 + off;
        }
        let e = if j > idx { toks[j - 1].e } else { e };
        Some((s, e, j))
    }

    /// "told Reuters" → Reuters is a relay; "told reporters" is not.
    fn hearer_relay(&self, toks: &[Tok], ei: usize) -> Vec<(usize, usize)> {
        match self.hearer(toks, ei) {
            Some((s, e, _)) if Lexicon::get().is_outlet(&self.text[s..e]) => vec![(s, e)],
            _ => vec![],
        }
    }

    /// Where indirect content starting at `start` in sentence `si` ends: the sentence end
    /// without its final period, or before a participle or contrasting clause with its own cue.
    fn content_end(&self, si: usize, start: usize) -> usize {
        let t = self.text;
        let s = &self.sentences[si];
        let mut end = s.end;
        let toks = tokenize(t, start.min(s.end), s.end);
        for (i, k) in toks.iter().enumerate() {
            // "vowed to destroy the militants and said …": a coordinated cue ends the content.
            if k.word
                && matches!(lower(t, k).as_str(), "and" | "but")
                && toks.get(i + 1).is_some_and(|n| {
                    self.hit_starting(n.s).is_some_and(|h| {
                        matches!(
                            h.class,
                            CueClass::Speech | CueClass::Told | CueClass::Object
                        )
                    })
                })
            {
                end = k.s;
                break;
            }
            // `“weapons depots used by the group,” adding that …`: the comma sits inside the
            // closing quote.
            if !k.word
                && matches!(&t[k.s..k.e], "”" | "\"")
                && t[..k.s].ends_with(',')
                && toks.get(i + 1).is_some_and(|n| {
                    self.hit_starting(n.s).is_some_and(|h| {
                        matches!(
                            h.class,
                            CueClass::Participle | CueClass::According | CueClass::Citing
                        )
                    })
                })
            {
                end = k.e;
                break;
            }
            // "… would bomb the oil fields - said at a rally": the apposition closes.
            if !k.word
                && matches!(&t[k.s..k.e], "-" | "—" | "–" | "―" | ")")
                && toks[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|n| n.word)
                    .any(|n| {
                        self.hit_starting(n.s)
                            .is_some_and(|h| !matches!(h.class, CueClass::Participle))
                    })
            {
                end = k.s;
                break;
            }
            if k.word || &t[k.s..k.e] != "," && &t[k.s..k.e] != ";" {
                continue;
            }
            if self.quotes.iter().any(|q| q.contains(k.s)) {
                continue;
            }
            let next = toks.get(i + 1);
            let next_hit = next.and_then(|n| self.hit_starting(n.s));
            if next_hit.is_some_and(|h| {
                matches!(
                    h.class,
                    CueClass::Participle | CueClass::According | CueClass::Citing
                )
            }) {
                end = k.s;
                break;
            }
            // "…, the company's chief financial officer said at a briefing." ends the content.
            let post = toks[i + 1..].iter().take(12).position(|n| {
                self.hits.iter().any(|h| {
                    h.s == n.s
                        && matches!(
                            h.class,
                            CueClass::Speech | CueClass::Told | CueClass::Belief
                        )
                })
            });
            if let Some(off) = post {
                let ci = i + 1 + off;
                let ei = toks
                    .iter()
                    .position(|x| x.s >= toks[ci].e)
                    .unwrap_or(toks.len());
                let mut rest = ei;
                if toks[ci..].first().is_some_and(|c| {
                    self.hits
                        .iter()
                        .any(|h| h.s == c.s && h.class == CueClass::Told)
                }) {
                    if let Some((_, _, nj)) = self.hearer(&toks, ei) {
                        rest = nj;
                    }
                }
                let subj_ok = off > 0 && toks[i + 1..ci].iter().all(|x| x.word);
                if subj_ok && self.trivial_rest(&toks, rest).is_some() {
                    end = k.s;
                    break;
                }
            }
            let contrast = &t[k.s..k.e] == ";"
                || next.is_some_and(|n| {
                    matches!(lower(t, n).as_str(), "but" | "while" | "whereas" | "and")
                });
            if contrast {
                // Cut only if a cue with its own subject follows soon.
                let later = self
                    .hits
                    .iter()
                    .find(|h| h.s > k.e && h.s < s.end && h.s - k.e <= 160);
                if let Some(h) = later {
                    if !t[k.e..h.s].to_lowercase().contains(" that ")
                        && !matches!(h.class, CueClass::Participle)
                    {
                        end = k.s;
                        break;
                    }
                }
            }
        }
        let slice = &t[start.min(end)..end];
        let trimmed = slice
            .trim_end()
            .trim_end_matches(['.', ',', ';', ':', ' ', '—']);
        start.min(end) + trimmed.len()
    }

    /// Extend content that ends inside a quotation to the quotation's end.
    fn extend_over_quotes(&mut self, s: usize, e: usize) -> (usize, usize) {
        let mut e = e;
        for (qi, q) in self.quotes.iter().enumerate() {
            if q.inner_start < e && s < q.inner_end {
                if q.inner_end > e {
                    e = q.inner_end;
                }
                self.quote_used[qi] = true;
            }
        }
        let trimmed = self.text[s..e].trim_end_matches([',', ' ', '.']);
        (s, s + trimmed.len())
    }

    /// Is everything after token `j` trivial (time, place, manner, a citing or according-to
    /// relay), so that the cue before it is post-posed? Returns the citing relay if any.
    fn trivial_rest(&self, toks: &[Tok], mut j: usize) -> Option<Option<(usize, usize)>> {
        let t = self.text;
        let mut citing = None;
        loop {
            let Some(k) = toks.get(j) else {
                return Some(citing);
            };
            if !k.word {
                let c = &t[k.s..k.e];
                if matches!(c, "." | "!" | "?" | "”" | "\"" | ")" | "'" | "’") {
                    j += 1;
                    continue;
                }
                if c == "," {
                    // "…, X said, though …": a new clause starts; the cue was post-posed.
                    if toks.get(j + 1).is_some_and(|n| {
                        n.word
                            && matches!(
                                lower(t, n).as_str(),
                                "though"
                                    | "although"
                                    | "but"
                                    | "while"
                                    | "and"
                                    | "as"
                                    | "whereas"
                                    | "because"
                                    | "even"
                                    | "which"
                                    | "who"
                            )
                    }) {
                        return Some(citing);
                    }
                    j += 1;
                    continue;
                }
                return None;
            }
            let lw = lower(t, k);
            if let Some(h) = self.hit_starting(k.s) {
                match h.class {
                    CueClass::Participle => return Some(citing),
                    CueClass::Citing => {
                        let (s, e, nj) = self.np_fwd(toks, j + 1)?;
                        citing = Some((s, e));
                        j = nj;
                        continue;
                    }
                    CueClass::According => return Some(citing),
                    _ => return None,
                }
            }
            if ADV_FWD.contains(&lw.as_str()) {
                // An adverbial runs to the next comma; it must not contain "that".
                let mut n = j + 1;
                let mut len = 0;
                while let Some(k2) = toks.get(n) {
                    if !k2.word {
                        break;
                    }
                    let l2 = lower(t, k2);
                    // A finite verb means a clause, not an adverbial ("at least 14 trucks have …").
                    if l2 == "that"
                        || len > 7
                        || matches!(
                            l2.as_str(),
                            "have"
                                | "has"
                                | "had"
                                | "is"
                                | "are"
                                | "was"
                                | "were"
                                | "will"
                                | "would"
                                | "could"
                                | "can"
                                | "may"
                                | "might"
                                | "should"
                                | "did"
                                | "does"
                                | "do"
                        )
                    {
                        return None;
                    }
                    n += 1;
                    len += 1;
                }
                j = n;
                continue;
            }
            return None;
        }
    }

    fn indirect(&mut self, hi: usize, si: usize) {
        let h = self.hits[hi];
        let t = self.text;
        let toks = self.sentence_tokens(si);
        let Some(ci) = toks.iter().position(|k| k.s == h.s) else {
            return;
        };
        let ei = toks.iter().position(|k| k.s >= h.e).unwrap_or(toks.len());
        let sent = self.sentences[si];
        match h.class {
            CueClass::QuotedBy => {}
            CueClass::Citing
                if self.hits[hi + 1..].iter().any(|x| {
                    x.s < sent.end
                        && matches!(
                            x.class,
                            CueClass::Speech | CueClass::Told | CueClass::Object
                        )
                }) =>
            {
                // "Iranian media, citing the commander, reported …": the verb takes the relay.
            }
            CueClass::According | CueClass::Citing => {
                let Some((ss, se, nj)) = self.np_fwd(&toks, ei) else {
                    return;
                };
                let before_words = toks[..ci].iter().filter(|k| k.word).count();
                let left = {
                    let e = toks[..ci]
                        .iter()
                        .rev()
                        .find(|k| k.word || !matches!(&t[k.s..k.e], "," | "—" | "("))
                        .map_or(toks[ci].s, |k| k.e);
                    let start = self.clause_start(&toks, ci);
                    (start, e.max(start))
                };
                let right = {
                    let mut j = nj;
                    while toks.get(j).is_some_and(|k| !k.word && &t[k.s..k.e] == ",") {
                        j += 1;
                    }
                    let cs = toks.get(j).map_or(sent.end, |k| k.s);
                    (cs, self.content_end(si, cs).max(cs))
                };
                // "Since November, according to X, forces have killed …": the longer side.
                let content = if before_words >= 3 && left.1 - left.0 >= right.1 - right.0 {
                    left
                } else if right.1 > right.0 {
                    right
                } else {
                    left
                };
                if content.0 >= content.1 {
                    return;
                }
                let content = self.extend_over_quotes(content.0, content.1);
                let mode = if h.class == CueClass::According {
                    Mode::AccordingTo
                } else {
                    Mode::Indirect
                };
                let d = Draft {
                    speaker: Speaker::Phrase(ss, se),
                    cue: (h.s, h.e),
                    mode,
                    stance: Stance::Assert,
                    content,
                    via: vec![],
                    anonymous_hint: false,
                    sentence: si,
                };
                self.push(d, &[hi]);
            }
            CueClass::NoComment => {
                // "The embassy said it had no comment": already the said-statement's content.
                if self
                    .drafts
                    .iter()
                    .any(|d| d.sentence == si && d.content.0 <= h.s && h.e <= d.content.1)
                {
                    return;
                }
                let Some(sp) = self.subject(&toks, ci) else {
                    return;
                };
                let rest = self.content_end(si, toks.get(ei).map_or(sent.end, |k| k.s));
                let cs = toks.get(ei).map_or(sent.end, |k| k.s);
                let content = if rest > cs { (cs, rest) } else { (h.s, h.e) };
                let d = Draft {
                    speaker: Speaker::Phrase(sp.0, sp.1),
                    cue: (h.s, h.e),
                    mode: Mode::Indirect,
                    stance: Stance::NoComment,
                    content,
                    via: vec![],
                    anonymous_hint: false,
                    sentence: si,
                };
                self.push(d, &[hi]);
            }
            CueClass::Participle => {
                let prev_comma = ci > 0 && !toks[ci - 1].word;
                let speaker = self.clause_speaker(si, &toks, ci);
                let Some(sp) = speaker else { return };
                if !prev_comma && !matches!(sp, Speaker::Phrase(..)) {
                    return;
                }
                let cs = self.skip_to_content(&toks, ei, false).0;

                let ce = self.content_end(si, cs);
                if cs >= ce {
                    return;
                }
                let content = self.extend_over_quotes(cs, ce);
                let mode = if self.overlaps_quote(content) {
                    Mode::Mixed
                } else {
                    Mode::Indirect
                };
                let d = Draft {
                    speaker: sp,
                    cue: (h.s, h.e),
                    mode,
                    stance: h.stance,
                    content,
                    via: vec![],
                    anonymous_hint: false,
                    sentence: si,
                };
                self.push(d, &[hi]);
            }
            CueClass::Speech if self.asked_question(hi, si, &toks, ci, ei) => {}
            CueClass::Speech | CueClass::Told | CueClass::Belief | CueClass::Object => {
                self.verb_cue(hi, si, &toks, ci, ei);
            }
        }
    }

    /// "Asked whether he would resign, …" / "when asked by a reporter if …": a question put to
    /// the speaker. Only "asked by X" makes it X's statement; no asker is invented.
    fn asked_question(&mut self, hi: usize, si: usize, toks: &[Tok], ci: usize, ei: usize) -> bool {
        let t = self.text;
        let h = self.hits[hi];
        if lower(t, &toks[ci]) != "asked" {
            return false;
        }
        let opens = ci == 0
            || toks[ci - 1].word
                && matches!(
                    lower(t, &toks[ci - 1]).as_str(),
                    "when" | "after" | "being" | "if" | "once"
                )
            || !toks[ci - 1].word && matches!(&t[toks[ci - 1].s..toks[ci - 1].e], "," | "(" | "—");
        let was = ci > 0
            && toks[ci - 1].word
            && matches!(lower(t, &toks[ci - 1]).as_str(), "was" | "were");
        if !opens && !was {
            return false;
        }
        let mut j = ei;
        let mut asker = None;
        if toks.get(j).is_some_and(|k| lower(t, k) == "by") {
            if let Some((s, e, nj)) = self.np_fwd(toks, j + 1) {
                asker = Some((s, e));
                j = nj;
            }
        }
        // Without an asker the question is the reporter's framing, not a statement; the cue
        // is consumed so that it is not read as the speaker's own words either.
        if asker.is_none() {
            self.hit_used[hi] = Some(usize::MAX);
            return true;
        }
        let Some(k) = toks.get(j) else { return false };
        if !matches!(
            lower(t, k).as_str(),
            "whether" | "if" | "what" | "how" | "why" | "when" | "where" | "who" | "about" | "to"
        ) {
            return false;
        }
        let cs = k.s;
        // The question runs to the next comma outside quotes, or the sentence end.
        let mut ce = self.sentences[si].end;
        for x in &toks[j..] {
            if !x.word && matches!(&t[x.s..x.e], "," | ";") && !in_quote(&self.quotes, x.s) {
                ce = x.s;
                break;
            }
        }
        let ce = cs + t[cs..ce].trim_end_matches(['.', ' ', '”', '"']).len();
        if cs >= ce {
            return false;
        }
        let d = Draft {
            speaker: match asker {
                Some((s, e)) => Speaker::Phrase(s, e),
                None => Speaker::None,
            },
            cue: (h.s, h.e),
            mode: Mode::Indirect,
            stance: Stance::Question,
            content: (cs, ce),
            via: vec![],
            anonymous_hint: false,
            sentence: si,
        };
        self.push(d, &[hi]);
        true
    }

    /// Start of the clause that ends at token `ci` (after the last clause boundary).
    fn clause_start(&self, toks: &[Tok], ci: usize) -> usize {
        let t = self.text;
        let mut k = ci;
        while k > 0 {
            let tk = &toks[k - 1];
            // A colon between digits is a clock time ("12:14 p.m."), not a clause break.
            let clock = &t[tk.s..tk.e] == ":"
                && t[..tk.s].ends_with(|c: char| c.is_ascii_digit())
                && t[tk.e..].starts_with(|c: char| c.is_ascii_digit());
            if !tk.word && matches!(&t[tk.s..tk.e], ";" | ":") && !clock {
                break;
            }
            k -= 1;
        }
        while k < ci && (!toks[k].word && !matches!(&t[toks[k].s..toks[k].e], "“" | "\"")) {
            k += 1;
        }
        while k < ci && CONNECTIVES.contains(&lower(t, &toks[k]).as_str()) && k + 1 < ci {
            // Keep "But" out of the content.
            if lower(t, &toks[k]) == "and" {
                break;
            }
            k += 1;
        }
        toks.get(k)
            .map_or(self.sentences.last().map_or(0, |s| s.end), |x| x.s)
    }

    /// Skip hearer, adverbials, "that", commas and colons after a cue. Returns the content start
    /// and a citing relay if one sat there.
    fn skip_to_content(
        &self,
        toks: &[Tok],
        mut j: usize,
        told: bool,
    ) -> (usize, Option<(usize, usize)>, bool) {
        let t = self.text;
        let mut citing = None;
        let mut that = false;
        if told {
            if let Some((_, _, nj)) = self.hearer(toks, j) {
                j = nj;
            }
        }
        let end = |j: usize| toks.get(j).map_or(toks.last().map_or(0, |k| k.e), |k| k.s);
        for _ in 0..8 {
            let Some(k) = toks.get(j) else { break };
            if !k.word {
                if matches!(&t[k.s..k.e], "," | ":" | "—") {
                    j += 1;
                    continue;
                }
                break;
            }
            let lw = lower(t, k);
            if lw == "that" {
                j += 1;
                that = true;
                break;
            }
            if let Some(h) = self.hit_starting(k.s) {
                if h.class == CueClass::Citing {
                    if let Some((s, e, nj)) = self.np_fwd(toks, j + 1) {
                        citing = Some((s, e));
                        j = nj;
                        continue;
                    }
                }
            }
            if ADV_FWD.contains(&lw.as_str()) {
                // Skip a short adverbial only when a comma, colon or "that" closes it.
                let mut n = j + 1;
                let mut closed = false;
                while let Some(k2) = toks.get(n) {
                    if n - j > 6 {
                        break;
                    }
                    if !k2.word {
                        closed = matches!(&t[k2.s..k2.e], "," | ":");
                        break;
                    }
                    if lower(t, k2) == "that" {
                        closed = true;
                        break;
                    }
                    if self.quotes.iter().any(|q| q.open == k2.s) {
                        break;
                    }
                    n += 1;
                }
                if closed {
                    j = n;
                    continue;
                }
                // Single time word ("said Monday").
                if matches!(
                    lw.as_str(),
                    "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                        | "yesterday"
                        | "today"
                        | "earlier"
                        | "again"
                        | "also"
                        | "publicly"
                        | "privately"
                        | "repeatedly"
                        | "recently"
                        | "separately"
                        | "later"
                        | "tonight"
                ) {
                    j += 1;
                    continue;
                }
            }
            break;
        }
        (end(j), citing, that)
    }

    fn verb_cue(&mut self, hi: usize, si: usize, toks: &[Tok], ci: usize, ei: usize) {
        let h = self.hits[hi];
        let t = self.text;
        let sent = self.sentences[si];
        let (np, boundary) = self.np_back(toks, ci);
        // A comma before the subject, or a closing quote right after one
        // (`goals,” Silverman said`).
        let bcomma = |b: Option<usize>| {
            b.is_some_and(|b| {
                !toks[b].word
                    && match &t[toks[b].s..toks[b].e] {
                        "," | "—" => true,
                        "”" | "\"" | "'" => t[..toks[b].s].ends_with([',', '?', '!']),
                        _ => false,
                    }
            })
        };
        // Enough words before a post-posed cue to be content ("Sorry, Sanders said." counts;
        // "However, he said." does not).
        let enough_before = |b: usize| {
            let words: Vec<&Tok> = toks[..b].iter().filter(|k| k.word).collect();
            words.len() >= 3
                || !words.is_empty()
                    && !words.iter().all(|w| {
                        CONNECTIVES.contains(&lower(t, w).as_str())
                            || matches!(
                                lower(t, w).as_str(),
                                "meanwhile" | "separately" | "however" | "earlier" | "later"
                            )
                    })
        };
        // Post-posed: "…, X said (on Monday)." / "…, said X."
        if matches!(
            h.class,
            CueClass::Speech | CueClass::Told | CueClass::Belief
        ) {
            let mut post: Option<PostPosed> = None;
            if let (Some(r), true) = (np, bcomma(boundary)) {
                let b = boundary.unwrap_or(0);
                let mut rest_j = ei;
                let mut via = vec![];
                if h.class == CueClass::Told {
                    via = self.hearer_relay(toks, ei);
                    if let Some((_, _, nj)) = self.hearer(toks, ei) {
                        rest_j = nj;
                    }
                }
                if enough_before(b) && self.valid_np(r) {
                    if let Some(cit) = self.trivial_rest(toks, rest_j) {
                        post = Some((r, b, cit, via));
                    }
                }
            } else if np.is_none() && bcomma(boundary) && h.class == CueClass::Speech {
                let b = boundary.unwrap_or(0);
                if let Some((s, e, nj)) = self.np_fwd(toks, ei) {
                    if self.valid_np((s, e)) && enough_before(b) {
                        // "said X, deputy commander of Y." — apposition after the name is fine.
                        let mut rj = nj;
                        if toks.get(rj).is_some_and(|k| &t[k.s..k.e] == ",") {
                            rj += 1;
                            while toks.get(rj).is_some_and(|k| k.word) {
                                rj += 1;
                            }
                        }
                        if let Some(cit) = self.trivial_rest(toks, rj) {
                            post = Some(((s, e), b, cit, vec![]));
                        }
                    }
                }
            }
            if let Some((speaker, b, citing, mut via)) = post {
                let cs = self.clause_start(toks, b);
                let ce = toks[b].s;
                let slice = t[cs..ce].trim_end_matches([',', ' ', '”', '"']);
                let content = (cs, cs + slice.len());
                if content.0 < content.1 {
                    let content = self.extend_over_quotes(content.0, content.1);
                    let mode = if self.overlaps_quote(content) {
                        Mode::Mixed
                    } else {
                        Mode::Indirect
                    };
                    let (speaker, anon) = match citing {
                        Some(c) => {
                            via.insert(0, speaker);
                            (c, false)
                        }
                        None => (speaker, false),
                    };
                    let mut used = vec![hi];
                    if let Some(c) = citing {
                        if let Some(p) = self
                            .hits
                            .iter()
                            .position(|x| x.e <= c.0 && x.class == CueClass::Citing && x.s > h.s)
                        {
                            used.push(p);
                        }
                    }
                    let d = Draft {
                        speaker: Speaker::Phrase(speaker.0, speaker.1),
                        cue: (h.s, h.e),
                        mode,
                        stance: h.stance,
                        content,
                        via,
                        anonymous_hint: anon,
                        sentence: si,
                    };
                    self.push(d, &used);
                    return;
                }
            }
        }
        // Pre-posed: "X said (on Monday) (that) …".
        let sp = match self.subject(toks, ci) {
            Some(sp) => sp,
            None => {
                // "X admitted …, but said …": the coordinated verb shares the subject.
                let (_, b) = self.np_back(toks, ci);
                let coord = b.is_some_and(|b| {
                    toks[b].word && matches!(lower(t, &toks[b]).as_str(), "but" | "and")
                });
                let prev = self
                    .drafts
                    .iter()
                    .rposition(|d| d.sentence == si && d.cue.0 < h.s);
                match (coord, prev) {
                    (true, Some(p)) => {
                        self.coordinated(hi, si, toks, ei, p);
                        return;
                    }
                    (true, None) => {
                        // "The court overruled and said …": the sentence subject.
                        match self.sentence_subject(toks) {
                            Some((a, b)) if b <= h.s => (a, b),
                            _ => return,
                        }
                    }
                    _ => return,
                }
            }
        };
        // An apposition holding "citing Y" ("The Journal, citing officials, reported …").
        let mut via = vec![];
        let mut speaker = sp;
        let mut used = vec![hi];
        if let Some(p) = self
            .hits
            .iter()
            .position(|x| x.class == CueClass::Citing && x.s > sp.1 && x.e <= h.s)
        {
            if let Some(pi) = toks.iter().position(|k| k.s >= self.hits[p].e) {
                if let Some((s, e, _)) = self.np_fwd(toks, pi) {
                    via.push(speaker);
                    speaker = (s, e);
                    used.push(p);
                }
            }
        }
        let between = t[sp.1.min(h.s)..h.s].to_lowercase();
        let anon_apposition = [
            "anonymity",
            "not authorized",
            "not authorised",
            "not to be named",
            "not be named",
        ]
        .iter()
        .any(|w| between.contains(w));
        let told = h.class == CueClass::Told;
        if told {
            via.extend(self.hearer_relay(toks, ei));
        }
        if h.class == CueClass::Object {
            // "voiced alarm, calling it a threat": the participle carries the content.
            if toks.get(ei).is_some_and(|k| !k.word && &t[k.s..k.e] == ",") {
                return;
            }
            // "Tehran said it supports no party": a stance verb inside reported content is
            // part of that content, not a statement of its own.
            if h.stance == Stance::Assert
                && self
                    .drafts
                    .iter()
                    .any(|d| d.content.0 <= h.s && h.e <= d.content.1)
            {
                return;
            }
        }
        let (cs, citing, that) = if h.class == CueClass::Object {
            // Object content keeps its words: "dismissed the claims as baseless".
            let mut j = ei;
            while toks.get(j).is_some_and(|k| !k.word) {
                j += 1;
            }
            (toks.get(j).map_or(sent.end, |k| k.s), None, false)
        } else {
            self.skip_to_content(toks, ei, told)
        };
        if let Some(c) = citing {
            via.insert(0, speaker);
            speaker = c;
            if let Some(p) = self
                .hits
                .iter()
                .position(|x| x.class == CueClass::Citing && x.e <= c.0 && x.s > h.s)
            {
                used.push(p);
            }
        }
        if cs >= sent.end {
            return;
        }
        // Only an adverbial left ("… Roffman said in a recent interview."): the cue is
        // post-posed after a quote or clause the other rules did not take.
        if h.class != CueClass::Object {
            if let Some(ci2) = toks.iter().position(|k| k.s == cs) {
                if toks[ci2].word
                    && (ADV_FWD.contains(&lower(t, &toks[ci2]).as_str())
                        && self.trivial_rest(toks, ci2).is_some()
                        || self.adverbial_tail(toks, ci2))
                {
                    self.post_posed_fallback(hi, si, toks, speaker, via, used);
                    return;
                }
            }
        }
        let mut ce = self.content_end(si, cs);
        // In a relative clause ("The man, who asked that his name be withheld, lives …") the
        // content ends with the clause.
        let (np_raw, _) = self.np_back(toks, ci);
        if np_raw.is_some_and(|r| matches!(t[r.0..r.1].to_lowercase().as_str(), "who" | "which")) {
            if let Some(c) = toks.iter().find(|k| {
                k.s >= cs
                    && k.s < ce
                    && !k.word
                    && &t[k.s..k.e] == ","
                    && !in_quote(&self.quotes, k.s)
            }) {
                ce = c.s;
            }
        }
        if cs >= ce {
            return;
        }
        let content = self.extend_over_quotes(cs, ce);
        // A quote right after the cue is direct speech ("said: “…”").
        let mode = match self.quotes.iter().find(|q| q.open == cs) {
            Some(q) if q.inner_end + 1 >= content.1 && !that => Mode::Direct,
            _ if self.overlaps_quote(content) => Mode::Mixed,
            _ => Mode::Indirect,
        };
        let content = if mode == Mode::Direct {
            let qi = self.quotes.iter().position(|q| q.open == cs).unwrap_or(0);
            self.quote_content(qi)
        } else {
            content
        };
        let d = Draft {
            speaker: Speaker::Phrase(speaker.0, speaker.1),
            cue: (h.s, h.e),
            mode,
            stance: h.stance,
            content,
            via,
            anonymous_hint: anon_apposition,
            sentence: si,
        };
        self.push(d, &used);
    }

    /// Is everything from token `j` to the sentence end a short adjunct ("of Mr. Cruz",
    /// "for this story", "clutching the lectern with two hands") rather than a clause?
    fn adverbial_tail(&self, toks: &[Tok], j: usize) -> bool {
        let t = self.text;
        let Some(first) = toks.get(j) else {
            return false;
        };
        let fw = lower(t, first);
        let opener = matches!(
            fw.as_str(),
            "of" | "for"
                | "with"
                | "about"
                | "without"
                | "as"
                | "while"
                | "after"
                | "before"
                | "during"
                | "in"
                | "on"
                | "at"
                | "to"
                | "from"
                | "through"
                | "via"
        ) || fw.ends_with("ing") && !is_cap(t, first);
        if !opener {
            return false;
        }
        let rest: Vec<&Tok> = toks[j..].iter().filter(|k| k.word).collect();
        rest.len() <= 10
            && !toks[j..].iter().any(|k| in_quote(&self.quotes, k.s))
            && !rest.iter().any(|k| {
                matches!(
                    lower(t, k).as_str(),
                    "that"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "can"
                        | "may"
                        | "might"
                        | "did"
                        | "does"
                        | "do"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                )
            })
    }

    /// A post-posed cue whose content is the quote or clause right before its subject.
    fn post_posed_fallback(
        &mut self,
        hi: usize,
        si: usize,
        toks: &[Tok],
        speaker: (usize, usize),
        via: Vec<(usize, usize)>,
        used: Vec<usize>,
    ) {
        let h = self.hits[hi];
        let t = self.text;
        let Some(si0) = toks.iter().position(|k| k.s == speaker.0) else {
            return;
        };
        if si0 == 0 {
            return;
        }
        let b = &toks[si0 - 1];
        let bt = &t[b.s..b.e];
        let (content, mode) = if matches!(bt, "”" | "\"") {
            match self.quotes.iter().position(|q| q.close == b.e) {
                Some(qi) if !self.quote_used[qi] => {
                    self.quote_used[qi] = true;
                    (self.quote_content(qi), Mode::Direct)
                }
                _ => return,
            }
        } else if bt == "," {
            let cs = self.clause_start(toks, si0 - 1);
            let slice = t[cs..b.s].trim_end_matches([',', ' ', '”', '"']);
            let c = self.extend_over_quotes(cs, cs + slice.len());
            let mode = if self.overlaps_quote(c) {
                Mode::Mixed
            } else {
                Mode::Indirect
            };
            (c, mode)
        } else {
            return;
        };
        if content.0 >= content.1 || t[content.0..content.1].split_whitespace().count() < 2 {
            return;
        }
        let d = Draft {
            speaker: Speaker::Phrase(speaker.0, speaker.1),
            cue: (h.s, h.e),
            mode,
            stance: h.stance,
            content,
            via,
            anonymous_hint: false,
            sentence: si,
        };
        self.push(d, &used);
    }

    /// A cue coordinated with an earlier one ("…, but said …"): same speaker.
    fn coordinated(&mut self, hi: usize, si: usize, toks: &[Tok], ei: usize, prev: usize) {
        let h = self.hits[hi];
        let (cs, _, _) = self.skip_to_content(toks, ei, h.class == CueClass::Told);
        let ce = self.content_end(si, cs);
        if cs >= ce {
            return;
        }
        let content = self.extend_over_quotes(cs, ce);
        let mode = if self.overlaps_quote(content) {
            Mode::Mixed
        } else {
            Mode::Indirect
        };
        // The earlier statement's content stops where this clause begins.
        let d0 = &mut self.drafts[prev];
        if d0.content.0 < h.s && h.s < d0.content.1 {
            let cut = self.text[d0.content.0..h.s]
                .trim_end()
                .trim_end_matches(" but")
                .trim_end_matches(" and")
                .trim_end_matches([',', ' ']);
            d0.content.1 = d0.content.0 + cut.len();
        }
        let d = Draft {
            speaker: Speaker::Same(prev),
            cue: (h.s, h.e),
            mode,
            stance: h.stance,
            content,
            via: self.drafts[prev].via.clone(),
            anonymous_hint: self.drafts[prev].anonymous_hint,
            sentence: si,
        };
        self.push(d, &[hi]);
    }

    /// Sentences with a speakerless marker ("reportedly", "is believed to") and no statement.
    fn unattributed(&mut self) {
        let lex = Lexicon::get();
        let t = self.text;
        for m in lex.hedged.find_iter(t) {
            let (s, e) = (m.start(), m.end());
            let before = t[..s].chars().next_back();
            let after = t[e..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            if in_quote(&self.quotes, s) {
                continue;
            }
            let Some(si) = self.sentence_of(s) else {
                continue;
            };
            let sent = self.sentences[si];
            if self
                .drafts
                .iter()
                .any(|d| d.content.0 <= s && s < d.content.1 || d.sentence == si)
            {
                continue;
            }
            let trimmed = t[sent.start..sent.end].trim_end_matches(['.', ' ']);
            let d = Draft {
                speaker: Speaker::None,
                cue: (s, e),
                mode: Mode::Indirect,
                stance: Stance::Hedge,
                content: (sent.start, sent.start + trimmed.len()),
                via: vec![],
                anonymous_hint: false,
                sentence: si,
            };
            self.drafts.push(d);
        }
    }

    // -- output ---------------------------------------------------------------------------

    fn finish(self, actors: &ActorLayer, offsets: &Offsets) -> Vec<Statement> {
        let t = self.text;
        let lex = Lexicon::get();
        let n = self.drafts.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (self.drafts[i].content.0, self.drafts[i].cue.0));
        // Resolved speaker of each draft (by push index).
        let mut resolved: Vec<Option<(ActorRef, Option<ActorRef>, Sourcing)>> = vec![None; n];
        let mut history: Vec<(ActorRef, Sourcing, String)> = Vec::new();
        for &di in &order {
            let d = &self.drafts[di];
            let r = match &d.speaker {
                Speaker::None => (
                    ActorRef {
                        id: UNATTRIBUTED_ID.to_string(),
                        name: "unattributed".to_string(),
                        mention: None,
                    },
                    None,
                    Sourcing::Unattributed,
                ),
                Speaker::Same(_) => continue,
                Speaker::Phrase(s, e) => {
                    let r = resolve_phrase(t, *s, *e, actors, offsets, &history);
                    history.push((r.0.clone(), r.2, t[*s..*e].to_string()));
                    r
                }
            };
            resolved[di] = Some(r);
        }
        for &di in &order {
            let mut p = di;
            let mut hops = 0;
            while let Speaker::Same(q) = self.drafts[p].speaker {
                p = q;
                hops += 1;
                if hops > n {
                    break;
                }
            }
            if p != di {
                resolved[di] = resolved[p].clone();
            }
        }
        let mut out: Vec<Statement> = Vec::with_capacity(n);
        for &di in &order {
            let d = &self.drafts[di];
            // Never emit a statement without words (an empty quote “”).
            if d.content.0 >= d.content.1 || t[d.content.0..d.content.1].trim().is_empty() {
                continue;
            }
            let Some((speaker, behalf, mut sourcing)) = resolved[di].clone() else {
                continue;
            };
            if d.anonymous_hint {
                sourcing = Sourcing::Anonymous;
            }
            // Own relays, then the enclosing statements' speakers and relays, nearest first:
            // "Iranian media reported that Nozari was quoted by ILNA as saying …" gives
            // Nozari via ILNA, Iranian media.
            let mut via: Vec<ActorRef> = Vec::new();
            let mut cur = di;
            let mut seen = vec![false; n];
            loop {
                seen[cur] = true;
                let c = &self.drafts[cur];
                if cur != di {
                    if let Some((sp, _, _)) = &resolved[cur] {
                        via.push(sp.clone());
                    }
                }
                via.extend(
                    c.via
                        .iter()
                        .map(|&(s, e)| resolve_phrase(t, s, e, actors, offsets, &[]).0),
                );
                let outer = (0..n)
                    .filter(|&oi| {
                        let o = &self.drafts[oi];
                        !seen[oi]
                            && o.content.0 <= c.cue.0
                            && c.cue.1 <= o.content.1
                            && !matches!(o.speaker, Speaker::None)
                    })
                    .min_by_key(|&oi| self.drafts[oi].content.1 - self.drafts[oi].content.0);
                match outer {
                    Some(o) => cur = o,
                    None => break,
                }
            }
            // No relay through oneself, and each relay once.
            let mut ids: Vec<String> = vec![speaker.id.clone()];
            via.retain(|v| {
                if ids.contains(&v.id) {
                    false
                } else {
                    ids.push(v.id.clone());
                    true
                }
            });
            let stance = content_stance(t, d, lex);
            out.push(Statement {
                id: String::new(),
                speaker,
                on_behalf_of: behalf,
                cue: offsets.span(t, d.cue.0, d.cue.1),
                mode: d.mode,
                stance,
                content: offsets.span(t, d.content.0, d.content.1),
                via,
                sourcing,
                date: None,
            });
        }
        for (i, s) in out.iter_mut().enumerate() {
            s.id = format!("s{}", i + 1);
        }
        out
    }
}

/// Is byte `pos` inside the words of a quotation? Quotes are sorted and disjoint.
fn in_quote(quotes: &[Quote], pos: usize) -> bool {
    let i = quotes.partition_point(|q| q.inner_start <= pos);
    i > 0 && quotes[i - 1].contains(pos)
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "but"
            | "and"
            | "in"
            | "on"
            | "so"
            | "yet"
            | "then"
            | "now"
            | "still"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "many"
            | "most"
            | "both"
            | "his"
            | "her"
            | "their"
            | "its"
            | "one"
            | "two"
            | "three"
            | "several"
            | "other"
            | "another"
            | "few"
            | "all"
            | "no"
            | "any"
    )
}

/// Filter cue occurrences that are nouns or passives ("the reports", "is expected to").
fn plausible_cue(text: &str, h: &Hit) -> bool {
    let before = text[..h.s].trim_end();
    let prev_word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '\'' || *c == '’')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let pw = prev_word.to_lowercase();
    let word = text[h.s..h.e].to_lowercase();
    let determiners = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
        "those", "such", "no", "any", "some", "of", "new", "many", "several", "two", "three",
        "first", "latest", "recent", "earlier", "previous", "whose", "about", "on", "with",
    ];
    if determiners.contains(&pw.as_str()) || pw.ends_with("'s") || pw.ends_with("’s") {
        // "the reports", "Iran's claims"; but "the spokesman said" has no determiner right
        // before the verb, so genuine verbs are unaffected.
        if !matches!(
            h.class,
            CueClass::According | CueClass::NoComment | CueClass::QuotedBy
        ) {
            return false;
        }
    }
    // Negated cues report no statement ("has not claimed", "did not expect").
    if matches!(
        pw.as_str(),
        "not" | "never" | "didn't" | "hasn't" | "haven't" | "doesn't"
    ) && h.class != CueClass::NoComment
    {
        return false;
    }
    // "who asked not to be named" is a sourcing formula, not a question.
    if text[h.e..].starts_with(" not to be named") {
        return false;
    }
    // Passives without an agent are not cues here ("is expected to", "was told").
    if matches!(
        pw.as_str(),
        "is" | "are" | "was" | "were" | "been" | "be" | "being"
    ) && matches!(
        h.class,
        CueClass::Speech | CueClass::Told | CueClass::Belief | CueClass::Object
    ) && !word.ends_with("ing")
    {
        return false;
    }
    // A capitalised cue inside a sentence is a name ("United States") unless the line is a
    // title-case headline ("Trump Says He Would Issue A Quarantine").
    if text[h.s..h.e].starts_with(char::is_uppercase)
        && !before.is_empty()
        && !before.ends_with(['.', '!', '?', '"', '“', '\n', ':'])
        && !title_case_line(text, h.s)
    {
        return false;
    }
    // "militias backed by Iran", "a plan supported by the EU": passive participles.
    if matches!(h.class, CueClass::Object | CueClass::Belief) && text[h.e..].starts_with(" by ") {
        return false;
    }
    if word == "state" || word == "report" || word == "claim" || word == "promise" {
        // Bare forms are mostly nouns unless a plural subject precedes ("officials claim").
        if text[h.s..h.e].starts_with(char::is_uppercase) {
            return false;
        }
    }
    true
}

/// Is the line around `pos` a title-case headline (most words capitalised, no final period)?
fn title_case_line(text: &str, pos: usize) -> bool {
    let start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    let line = text[start..end].trim();
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    if words.len() < 4 || words.len() > 30 {
        return false;
    }
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    caps * 10 >= words.len() * 7
}

/// Stance of a draft: the cue's own stance, refined by content markers for plain assertions.
fn content_stance(text: &str, d: &Draft, lex: &Lexicon) -> Stance {
    let content = &text[d.content.0..d.content.1];
    // "asked that his name be withheld", "asked Washington to clarify": a request, not a
    // question.
    let request = d.stance == Stance::Question
        && text[d.cue.0..d.cue.1].to_lowercase().starts_with("ask")
        && !content.trim_end().ends_with('?')
        && !content
            .split_whitespace()
            .next()
            .map(|w| w.to_lowercase())
            .is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "whether"
                        | "if"
                        | "what"
                        | "how"
                        | "why"
                        | "when"
                        | "where"
                        | "who"
                        | "which"
                        | "about"
                )
            });
    if matches!(
        d.stance,
        Stance::Deny | Stance::NoComment | Stance::Question
    ) && !request
    {
        return d.stance;
    }
    let terminal = text[d.content.1..].trim_start().chars().next();
    if content.trim_end().ends_with('?') || (terminal == Some('?')) && d.mode != Mode::Direct {
        return Stance::Question;
    }
    let mut deny = false;
    let mut no_comment = false;
    let mut cond = false;
    let mut hedge = d.stance == Stance::Hedge;
    let lead = content.len() - content.trim_start_matches(['“', '"', '‘', '\'', ' ']).len();
    for m in lex.markers.find_iter(content) {
        let (s, e) = (m.start(), m.end());
        let b = content[..s].chars().next_back();
        let a = content[e..].chars().next();
        if b.is_some_and(char::is_alphanumeric) || a.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let marker = &lex.marker_entries[m.pattern().as_usize()];
        if marker.anchored && s != lead {
            continue;
        }
        let word = &content[s..e];
        // "May 5" is a date, not a modal.
        if word == "May" && s != lead {
            continue;
        }
        if word.to_lowercase().starts_with("would") && d.mode != Mode::Direct {
            continue;
        }
        match marker.stance {
            Stance::Deny => deny = true,
            Stance::NoComment => no_comment = true,
            Stance::Conditional => cond = true,
            Stance::Hedge => hedge = true,
            _ => {}
        }
    }
    if no_comment {
        Stance::NoComment
    } else if deny {
        Stance::Deny
    } else if cond {
        Stance::Conditional
    } else if hedge {
        Stance::Hedge
    } else {
        Stance::Assert
    }
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let lw = w.to_lowercase();
        if out.is_empty() && matches!(lw.as_str(), "the" | "a" | "an") {
            continue;
        }
        if lw == "s" {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&lw);
    }
    out
}

fn strip_det(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(r) = s.strip_prefix(d) {
            return r;
        }
    }
    s
}

/// Resolve a speaker phrase: actor mentions first, then cheap fallbacks over earlier speakers,
/// then an `UNKNOWN.<slug>` actor made from the phrase. Returns speaker, on-behalf-of, sourcing.
fn resolve_phrase(
    text: &str,
    s: usize,
    e: usize,
    actors: &ActorLayer,
    offsets: &Offsets,
    history: &[(ActorRef, Sourcing, String)],
) -> (ActorRef, Option<ActorRef>, Sourcing) {
    let lex = Lexicon::get();
    let phrase = &text[s..e];
    let lp = phrase.to_lowercase();
    let words: Vec<String> = lp
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_string())
        .collect();
    let mention_span = offsets.span(text, s, e);
    let possessive = phrase.find("'s ").or_else(|| phrase.find("’s "));
    let mentions = actors.mentions_in(s, e);
    // Mentions not inside a prepositional tail ("spokesman for the ministry").
    let prep_at = ["of", "for", "at", "from", "with", "in"]
        .iter()
        .filter_map(|p| lp.find(&format!(" {p} ")))
        .min()
        .map(|i| s + i);
    let head = mentions
        .iter()
        .filter(|m| prep_at.is_none_or(|p| m.start < p))
        .rfind(|m| possessive.is_none_or(|p| m.start > s + p))
        .or_else(|| {
            if possessive.is_none() {
                mentions.last()
            } else {
                None
            }
        });
    let behalf_m = match possessive {
        Some(p) => mentions.iter().find(|m| m.end <= s + p + 1),
        None => prep_at.and_then(|p| mentions.iter().find(|m| m.start > p)),
    }
    .or_else(|| {
        // "Kremlin spokesman Dmitry Peskov": a body named before the person.
        let h = head?;
        mentions.iter().find(|m| {
            m.start < h.start
                && m.actor != h.actor
                && actors.actors[m.actor].kind != ActorKind::Person
        })
    })
    .or_else(|| {
        // "Iran's foreign ministry spokesman" with no actor for the spokesman: the body.
        if head.is_some() {
            return None;
        }
        mentions
            .iter()
            .find(|m| actors.actors[m.actor].kind != ActorKind::Person)
    });
    let behalf = behalf_m
        .map(|m| actors.actor_ref(m, text, offsets))
        .or_else(|| {
            // The actor layer's affiliation for the person ("deputy commander of …").
            let h = head?;
            let aff = actors.actors[h.actor].affiliation.as_ref()?;
            let name = actors
                .actors
                .iter()
                .find(|a| &a.id == aff)
                .map_or_else(|| aff.clone(), |a| a.name.clone());
            Some(ActorRef {
                id: aff.clone(),
                name,
                mention: None,
            })
        });
    let norm = lp.split_whitespace().collect::<Vec<_>>().join(" ");
    let anonymous = lex.anonymous.iter().any(|a| {
        let a = a.as_str();
        if a.contains(' ') {
            norm.contains(a)
        } else {
            words.iter().any(|w| w == a)
        }
    });
    let phrase_sourcing = || phrase_sourcing(text, s, e, anonymous);
    if let Some(m) = head {
        let a = &actors.actors[m.actor];
        let mut r = actors.actor_ref(m, text, offsets);
        r.mention = Some(mention_span);
        let ps = phrase_sourcing();
        let pronoun = m.form == MentionForm::Pronoun
            || words.len() == 1 && PRONOUNS.contains(&words[0].as_str());
        let sourcing = if pronoun {
            // "they" keeps the sourcing its antecedent had ("Western diplomats … they").
            history
                .iter()
                .rev()
                .find(|h| h.0.id == a.id && !is_pronoun_text(&h.2))
                .map(|h| h.1)
                .unwrap_or(match a.kind {
                    ActorKind::Person => Sourcing::Named,
                    ActorKind::Outlet => Sourcing::Outlet,
                    _ => Sourcing::OfficialBody,
                })
        } else if matches!(ps, Sourcing::Anonymous | Sourcing::Outlet) {
            // "Iranian media" names the press of a state, "unnamed officials" no one.
            ps
        } else {
            match a.kind {
                // An unnamed "spokesperson" is the body speaking, not a named person.
                ActorKind::Person
                    if ps != Sourcing::Named && m.form == MentionForm::Description =>
                {
                    ps
                }
                ActorKind::Person => Sourcing::Named,
                ActorKind::Outlet => Sourcing::Outlet,
                _ if m.form == MentionForm::Demonym && ps == Sourcing::Named => ps,
                _ => Sourcing::OfficialBody,
            }
        };
        return (r, behalf.filter(|b| b.id != a.id), sourcing);
    }
    // Fallbacks over earlier speakers: pronouns, "the general", a bare surname.
    let is_pronoun = words.len() == 1 && PRONOUNS.contains(&words[0].as_str());
    let find = |pred: &dyn Fn(&(ActorRef, Sourcing, String)) -> bool| {
        history.iter().rev().find(|h| pred(h)).cloned()
    };
    let prev = if is_pronoun {
        match words[0].as_str() {
            "he" | "she" => find(&|h| h.1 == Sourcing::Named && !is_pronoun_text(&h.2)),
            "it" => find(&|h| matches!(h.1, Sourcing::OfficialBody | Sourcing::Outlet)),
            "they" => find(&|h| !is_pronoun_text(&h.2) && h.1 != Sourcing::Named),
            _ => None,
        }
    } else if lp.starts_with("the ") && words.len() <= 3 {
        let noun = words.last().cloned().unwrap_or_default();
        find(&|h| {
            h.2.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == noun)
                && !h.2.to_lowercase().starts_with("the ")
        })
    } else if lp.starts_with("one of them") || lp.starts_with("one of those") {
        find(&|h| !is_pronoun_text(&h.2) && h.1 != Sourcing::Named)
    } else if words.len() == 1 && phrase.starts_with(char::is_uppercase) {
        let w = phrase;
        find(&|h| h.2.split_whitespace().last() == Some(w) && h.2.len() > w.len())
    } else {
        None
    };
    if let Some((r, so, _)) = prev {
        return (
            ActorRef {
                id: r.id,
                name: r.name,
                mention: Some(mention_span),
            },
            behalf,
            so,
        );
    }
    let sourcing = if is_pronoun {
        match words[0].as_str() {
            "it" => Sourcing::OfficialBody,
            _ => Sourcing::Named,
        }
    } else {
        phrase_sourcing()
    };
    let name = strip_det(phrase).to_string();
    (
        ActorRef {
            id: format!("{UNKNOWN_PREFIX}{}", slug(phrase)),
            name,
            mention: Some(mention_span),
        },
        behalf,
        sourcing,
    )
}

/// Sourcing of a speaker phrase no actor mention covers, from its words alone.
fn phrase_sourcing(text: &str, s: usize, e: usize, anonymous: bool) -> Sourcing {
    let lex = Lexicon::get();
    let phrase = &text[s..e];
    if anonymous {
        return Sourcing::Anonymous;
    }
    if lex.is_outlet(phrase) || lex.mentions_outlet(phrase) {
        return Sourcing::Outlet;
    }
    let before = text[..s].trim_end();
    let sentence_initial =
        before.is_empty() || before.ends_with(['.', '!', '?', '"', '“', '”', '\n', ':']);
    let ws: Vec<&str> = phrase.split_whitespace().collect();
    let low: Vec<String> = ws
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
        })
        .collect();
    let common = |w: &str| {
        is_function_word(w)
            || SPEAKER_NOUNS.contains(&w)
            || GENERIC_GROUPS.contains(&w)
            || BODY_NOUNS.contains(&w)
            || matches!(
                w,
                "aid" | "rights" | "western" | "local" | "senior" | "human" | "new"
            )
    };
    let cap = |i: usize| {
        ws[i].chars().any(char::is_uppercase)
            && !(i == 0 && (is_function_word(&low[i]) || sentence_initial && common(&low[i])))
    };
    let prep = low.iter().position(|w| {
        matches!(
            w.as_str(),
            "of" | "for" | "at" | "from" | "with" | "in" | "on" | "to" | "by"
        )
    });
    let head_end = prep.unwrap_or(ws.len());
    let head_last = low
        .get(head_end.wrapping_sub(1))
        .map(String::as_str)
        .unwrap_or("");
    let head_cap = (0..head_end).any(cap);
    let tail_cap = (head_end..ws.len()).any(cap);
    let prep_word = prep.map(|p| low[p].as_str());
    if matches!(
        head_last,
        "officials" | "official" | "economists" | "analysts" | "experts" | "researchers"
    ) {
        if matches!(low.first().map(String::as_str), Some("a" | "an" | "one")) {
            return Sourcing::Anonymous;
        }
        if head_cap
            || (tail_cap && matches!(prep_word, Some("at" | "of" | "from" | "with" | "for")))
        {
            return Sourcing::OfficialBody;
        }
        return Sourcing::Anonymous;
    }
    if !head_cap && GENERIC_GROUPS.contains(&head_last)
        || matches!(
            head_last,
            "groups"
                | "democrats"
                | "republicans"
                | "conservatives"
                | "liberals"
                | "rebels"
                | "traders"
                | "investors"
                | "bankers"
                | "residents"
                | "voters"
        )
    {
        return Sourcing::Anonymous;
    }
    let n = ws.len();
    let last = &low[n - 1];
    let particle = |w: &str| {
        matches!(
            w,
            "de" | "da"
                | "di"
                | "van"
                | "von"
                | "al"
                | "bin"
                | "le"
                | "la"
                | "del"
                | "dos"
                | "du"
                | "ibn"
        )
    };
    let person_tail = n >= 2
        && ws[n - 1].chars().any(char::is_uppercase)
        && (cap(n - 2) || particle(&low[n - 2]))
        && !BODY_NOUNS.contains(&last.as_str())
        && !ws[n - 1].ends_with("'s")
        && !ws[n - 1].ends_with("’s");
    if person_tail && prep.is_none_or(|p| p < n - 2) {
        return Sourcing::Named;
    }
    if let Some(p) = ws
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s"))
    {
        if !(p + 1..n).any(cap) {
            return Sourcing::OfficialBody;
        }
    }
    if low[..head_end]
        .iter()
        .any(|w| BODY_NOUNS.contains(&w.as_str()))
    {
        return Sourcing::OfficialBody;
    }
    if n == 1 && cap(0) {
        // A bare proper name with no title: a place or organisation standing for a body
        // ("Beijing", "Hamas", "Boeing"); people are usually introduced with a first name.
        return Sourcing::OfficialBody;
    }
    Sourcing::Named
}

fn is_pronoun_text(s: &str) -> bool {
    PRONOUNS.contains(&s.trim().to_lowercase().as_str())
}

/// Attribute statements in `text` as given (no normalisation, so offsets stay those of the
/// input): sentences, actor layer and attribution in one call. For evaluations over corpora
/// whose annotations point into the raw text.
pub fn attribute_text(text: &str) -> Vec<Statement> {
    let offsets = Offsets::new(text);
    let sentences = crate::text::sentences(text);
    let actors = ActorLayer::recognise(text, &sentences, crate::lexicon::Lexicon::embedded());
    attribute(text, &sentences, &actors, &offsets)
}
