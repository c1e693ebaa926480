//! The word-order event coder (no parser): each sentence is tokenised again, verb triggers are
//! found with the CAMEO verb dictionary and roles are read off the word order around them.
//! Superseded by the tree coder (`tree.rs`); kept as the production coder until the trained
//! parser is good enough for the storylines (see ARCHITECTURE.md), selectable with
//! [`super::Coder`].

use super::lexicon::{split_code, EventLexicon};
use super::{choose_code, containing_statement, speaker_side, DETERMINERS};
use crate::actors::{ActorLayer, Mention, MentionForm};
use crate::model::{Action, ActorRef, Event, Modality, Stance, Statement};
use crate::text::{Offsets, Sentence};

#[derive(Debug, Clone, Copy)]
struct Tok<'b> {
    start: usize,
    end: usize,
    /// Lower-cased form (curly apostrophe as `'`), a slice of the sentence's token buffer.
    lower: &'b str,
    word: bool,
    /// Which of the closed word lists the lower-cased form is in (`C_*` bits).
    class: u16,
}

/// A token before its lower-cased form is borrowed: `lower` is a byte range of the buffer.
#[derive(Debug, Clone, Copy)]
struct RawTok {
    start: usize,
    end: usize,
    lower: (usize, usize),
    word: bool,
}

/// Split a sentence into word and punctuation tokens; `'s` is its own token. The lower-cased
/// forms are appended to `buf` (one buffer per sentence instead of one string per token).
fn tokenize_into(text: &str, start: usize, end: usize, buf: &mut String) -> Vec<RawTok> {
    let mut out = Vec::new();
    let s = &text[start..end];
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut j = i + c.len_utf8();
            while let Some(&(k, d)) = chars.peek() {
                let joins = matches!(d, '-' | '\'' | '\u{2019}' | '.')
                    && s[k + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if d.is_alphanumeric() || joins {
                    j = k + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let w = &s[i..j];
            let lo = buf.len();
            if w.is_ascii() {
                buf.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                buf.push_str(&w.to_lowercase().replace('\u{2019}', "'"));
            }
            let hi = buf.len();
            let lower = &buf[lo..hi];
            if lower.len() > 2 && lower.ends_with("'s") {
                // Byte position of the last two characters, whatever their case and width.
                let cut = i + w.char_indices().rev().nth(1).map_or(0, |(k, _)| k);
                out.push(RawTok {
                    start: start + i,
                    end: start + cut,
                    lower: (lo, hi - 2),
                    word: true,
                });
                out.push(RawTok {
                    start: start + cut,
                    end: start + j,
                    lower: (hi - 2, hi),
                    word: true,
                });
            } else if lower.len() > 3 && lower.ends_with("n't") {
                // Treebank style: "didn't" → "did" + "n't", "won't" → "wo" + "n't".
                let cut = i + w.char_indices().rev().nth(2).map_or(0, |(k, _)| k);
                out.push(RawTok {
                    start: start + i,
                    end: start + cut,
                    lower: (lo, hi - 3),
                    word: true,
                });
                out.push(RawTok {
                    start: start + cut,
                    end: start + j,
                    lower: (hi - 3, hi),
                    word: true,
                });
            } else {
                out.push(RawTok {
                    start: start + i,
                    end: start + j,
                    lower: (lo, hi),
                    word: true,
                });
            }
        } else if !c.is_whitespace() {
            let lo = buf.len();
            buf.push(c);
            out.push(RawTok {
                start: start + i,
                end: start + i + c.len_utf8(),
                lower: (lo, buf.len()),
                word: false,
            });
        }
    }
    out
}

/// The tokens of `tokenize_into` with their lower-cased forms borrowed from `buf`.
fn borrow_toks<'b>(raw: &[RawTok], buf: &'b str) -> Vec<Tok<'b>> {
    raw.iter()
        .map(|r| Tok {
            start: r.start,
            end: r.end,
            lower: &buf[r.lower.0..r.lower.1],
            word: r.word,
            class: word_class(&buf[r.lower.0..r.lower.1]),
        })
        .collect()
}

const PREPOSITIONS: &[&str] = &[
    "to",
    "for",
    "from",
    "on",
    "against",
    "with",
    "in",
    "into",
    "at",
    "by",
    "over",
    "across",
    "toward",
    "towards",
    "via",
    "through",
    "under",
    "after",
    "before",
    "during",
    "amid",
    "since",
    "onto",
    "upon",
    "near",
    "inside",
    "without",
    "despite",
    "between",
    "among",
    "along",
    "about",
    "around",
    "within",
    "beyond",
    "behind",
    "including",
    "like",
    "than",
    "per",
    "outside",
];
const CLAUSE_BREAKS: &[&str] = &[
    ";", ":", "while", "whereas", "but", "because", "although", "though", "which", "who", "when",
    "where", "until", "unless", "if", "after", "before", "since", "\"", "\u{201C}", "\u{201D}",
];
const SUBORDINATORS: &[&str] = &[
    "if", "unless", "when", "after", "before", "while", "although", "though", "because", "since",
    "as", "once", "whereas",
];
const PARTICLES: &[&str] = &["off", "out", "up", "down", "back", "away"];
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
const NUMBERS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "several",
    "many",
    "few",
    "some",
    "multiple",
    "numerous",
];
const AUXILIARIES: &[&str] = &[
    "will", "would", "has", "have", "had", "could", "should", "may", "might", "can", "must",
];
const ADVERBS: &[&str] = &[
    "not",
    "never",
    "also",
    "reportedly",
    "allegedly",
    "already",
    "recently",
    "secretly",
    "previously",
    "again",
    "then",
    "now",
    "just",
    "repeatedly",
    "still",
    "formally",
    "officially",
    "reportedly",
    "had",
    "has",
    "have",
    "been",
    "being",
    "no",
    "longer",
    "yet",
    "ever",
];
const NEGATORS: &[&str] = &["not", "never", "n't", "no"];
const HYPOTHETICAL: &[&str] = &[
    "if", "unless", "would", "could", "might", "may", "should", "whether", "possible", "possibly",
];
const FUTURE_AUX: &[&str] = &["will", "'ll", "shall"];
const FUTURE_BEFORE_TO: &[&str] = &[
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intend",
    "intended",
    "set",
    "going",
    "expected",
    "due",
    "scheduled",
    "vowed",
    "pledged",
    "promised",
    "prepares",
    "preparing",
    "aims",
    "is",
    "are",
];
const THREAT_BEFORE_TO: &[&str] = &[
    "threatened",
    "threatens",
    "threaten",
    "threatening",
    "warned",
    "warns",
    "considering",
    "considers",
    "considered",
    "mulls",
    "mulling",
    "offered",
    "offers",
    "proposed",
    "proposes",
];
const DENY_CUES: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "denying",
    "dismissed",
    "rejected",
];
/// Prepositions that introduce the target, in two tiers: "celebrated Eid at Osgiliath with
/// Gondor" targets Gondor; "fired at Ukrainian positions" falls back to "at".
const ARGUMENT_PREPS: &[&str] = &[
    "to", "against", "on", "into", "with", "toward", "towards", "onto", "upon", "for",
];
const ARGUMENT_PREPS_WEAK: &[&str] = &["at"];
/// Words that open a noun phrase (a narrower list than [`DETERMINERS`]).
const ARTICLES: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our", "any",
    "every", "each", "'s",
];

// Closed word lists as bits, so that per-token tests are one look-up, not list scans.
const C_DETERMINERS: u16 = 1;
const C_PREPOSITIONS: u16 = 1 << 1;
const C_CLAUSE_BREAKS: u16 = 1 << 2;
const C_SUBORDINATORS: u16 = 1 << 3;
const C_PARTICLES: u16 = 1 << 4;
const C_BE: u16 = 1 << 5;
const C_AUXILIARIES: u16 = 1 << 6;
const C_ADVERBS: u16 = 1 << 7;
const C_NEGATORS: u16 = 1 << 8;
const C_ARTICLES: u16 = 1 << 9;

/// The `C_*` bits of a lower-cased word: the lists above that contain it.
fn word_class(w: &str) -> u16 {
    static CLASSES: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u16>> =
        std::sync::LazyLock::new(|| {
            let mut m = rustc_hash::FxHashMap::default();
            for (list, bit) in [
                (DETERMINERS, C_DETERMINERS),
                (PREPOSITIONS, C_PREPOSITIONS),
                (CLAUSE_BREAKS, C_CLAUSE_BREAKS),
                (SUBORDINATORS, C_SUBORDINATORS),
                (PARTICLES, C_PARTICLES),
                (BE, C_BE),
                (AUXILIARIES, C_AUXILIARIES),
                (ADVERBS, C_ADVERBS),
                (NEGATORS, C_NEGATORS),
                (ARTICLES, C_ARTICLES),
            ] {
                for w in list {
                    *m.entry(*w).or_insert(0) |= bit;
                }
            }
            m
        });
    CLASSES.get(w).copied().unwrap_or(0)
}

/// Is the token in the word list(s) `class`?
fn has(t: &Tok, class: u16) -> bool {
    t.class & class != 0
}

fn is(t: &Tok, set: &[&str]) -> bool {
    set.contains(&t.lower)
}

fn is_any(t: Option<&Tok>, set: &[&str]) -> bool {
    t.is_some_and(|t| is(t, set))
}

fn negator(t: &Tok) -> bool {
    has(t, C_NEGATORS) || t.lower.ends_with("n't")
}

/// Where a trigger's roles come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Voice {
    Active,
    Passive,
    Nominal,
}

#[derive(Debug, Clone)]
struct Trigger {
    /// Token range of the trigger words.
    first: usize,
    last: usize,
    block: usize,
    code: Option<String>,
    voice: Voice,
}

/// One sentence prepared for coding.
struct Sent<'a> {
    toks: Vec<Tok<'a>>,
    /// For each token, the index (into `mentions`) of the mention covering it.
    owner: Vec<Option<usize>>,
    mentions: &'a [Mention],
    /// Token range of each mention.
    mtok: Vec<(usize, usize)>,
    /// Does the token start with a capital letter?
    caps: Vec<bool>,
}

impl<'a> Sent<'a> {
    fn new(
        text: &str,
        s: &Sentence,
        layer: &'a ActorLayer,
        raw: &[RawTok],
        buf: &'a str,
    ) -> Sent<'a> {
        let toks = borrow_toks(raw, buf);
        let mentions = layer.mentions_in(s.start, s.end);
        let mut owner = vec![None; toks.len()];
        let mut mtok = Vec::with_capacity(mentions.len());
        for (mi, m) in mentions.iter().enumerate() {
            let a = toks.partition_point(|t| t.end <= m.start);
            let mut b = a;
            while b < toks.len() && toks[b].start < m.end {
                owner[b] = Some(mi);
                b += 1;
            }
            mtok.push((a, b.saturating_sub(1).max(a)));
        }
        let caps = toks
            .iter()
            .map(|t| {
                text[t.start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .collect();
        Sent {
            toks,
            owner,
            mentions,
            mtok,
            caps,
        }
    }

    fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower)
    }

    /// Clause boundaries around token `i`: (first token, one past last token).
    fn clause(&self, i: usize) -> (usize, usize) {
        let mut lo = i;
        while lo > 0 && !is(&self.toks[lo - 1], &[";", "\"", "\u{201C}", "\u{201D}"]) {
            lo -= 1;
        }
        // "If Iran sends missiles, the EU will …": the main clause starts after the comma that
        // closes a leading subordinate clause.
        if let Some(sub) = (lo..i).find(|&k| has(&self.toks[k], C_SUBORDINATORS)) {
            if let Some(c) = (sub..i).rev().find(|&k| self.toks[k].lower == ",") {
                lo = c + 1;
            }
        }
        let mut hi = i + 1;
        while hi < self.toks.len() {
            let t = &self.toks[hi];
            if has(t, C_CLAUSE_BREAKS) && self.owner[hi].is_none() {
                break;
            }
            // ", Ukraine said" / ", the ministry said": a new clause starts after the comma.
            let next_is_subject = self.mention_of(hi + 1).is_some()
                || is_any(
                    self.toks.get(hi + 1),
                    &["the", "he", "she", "they", "it", "officials"],
                );
            if t.lower == "," && next_is_subject {
                break;
            }
            hi += 1;
        }
        (lo, hi)
    }

    /// The mention a token belongs to.
    fn mention_of(&self, i: usize) -> Option<usize> {
        self.owner.get(i).copied().flatten()
    }

    /// Extend a mention into a compound ("Iran and Russia", "Iran, Russia and China") to the left
    /// and right; returns the mention indices in text order.
    fn compound(&self, mi: usize) -> Vec<usize> {
        let mut group = vec![mi];
        let mut joiners: Vec<&str> = Vec::new();
        let mut cur = mi;
        while cur > 0 {
            let (a, _) = self.mtok[cur];
            let (_, pb) = self.mtok[cur - 1];
            match self.joiner(pb + 1, a) {
                Some(j) if pb < a => joiners.push(j),
                _ => break,
            }
            cur -= 1;
            group.insert(0, cur);
        }
        let mut cur = mi;
        while cur + 1 < self.mentions.len() {
            let (_, b) = self.mtok[cur];
            let (na, _) = self.mtok[cur + 1];
            match self.joiner(b + 1, na) {
                Some(j) if na > b => joiners.push(j),
                _ => break,
            }
            cur += 1;
            group.push(cur);
        }
        // A bare comma makes a list only when the list is closed by "and" ("Iran, Russia and
        // China"); otherwise it separates clauses ("…, the EU will …").
        if joiners.contains(&",") && !joiners.iter().any(|j| *j != ",") {
            return vec![mi];
        }
        group.dedup_by_key(|m| self.mentions[*m].actor);
        group
    }

    /// The words joining two actors into a compound ("and", ",", "as well as"), if they do.
    fn joiner(&self, a: usize, b: usize) -> Option<&'static str> {
        let ws: Vec<&str> = (a..b).map(|i| self.low(i)).collect();
        let (kind, lead) = match ws.as_slice() {
            [","] => return Some(","),
            ["as", "well", "as", ..] => ("with", 3),
            ["together", "with", ..] | ["along", "with", ..] => ("with", 2),
            [",", "and", ..] => ("and", 2),
            ["and", ..] | ["&", ..] | ["nor", ..] | ["or", ..] => ("and", 1),
            [",", ..] => (",", 1),
            _ => return None,
        };
        // After the joining words only a determiner and a few modifiers may stand before the
        // next actor ("Arnor and the evil awful Gondor", "Mordor, the awful Arnor, and …").
        let rest = &ws[lead..];
        let ok = rest.len() <= 4
            && rest.iter().enumerate().all(|(k, w)| {
                (k == 0 && matches!(*w, "the" | "its" | "their"))
                    || (w.chars().all(char::is_alphabetic)
                        && !PREPOSITIONS.contains(w)
                        && !CLAUSE_BREAKS.contains(w)
                        && !BE.contains(w)
                        && !matches!(
                            *w,
                            "said" | "says" | "that" | "to" | "has" | "have" | "had" | "will"
                        ))
            });
        ok.then_some(kind)
    }
}

/// The word-order coder (no parser), kept while the parsed path is being validated.
pub(super) fn extract_word_order(
    text: &str,
    sentences: &[Sentence],
    actors: &ActorLayer,
    statements: &[Statement],
    lexicon: &EventLexicon,
) -> Vec<Event> {
    let offsets = Offsets::new(text);
    let mut events = Vec::new();
    let mut buf = String::new();
    for s in sentences {
        if s.end > text.len() || s.start > s.end {
            continue;
        }
        buf.clear();
        let raw = tokenize_into(text, s.start, s.end, &mut buf);
        let sent = Sent::new(text, s, actors, &raw, &buf);
        code_sentence(
            text,
            &offsets,
            &sent,
            actors,
            statements,
            lexicon,
            &mut events,
        );
    }
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    events
}

fn find_triggers(sent: &Sent, lex: &EventLexicon) -> Vec<Trigger> {
    let toks = &sent.toks;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].word || sent.owner[i].is_some() {
            i += 1;
            continue;
        }
        let prev = if i > 0 { sent.low(i - 1) } else { "" };
        let prev2 = if i > 1 { sent.low(i - 2) } else { "" };
        let quantity =
            |w: &str| NUMBERS.contains(&w) || w.chars().all(|c| c.is_ascii_digit() || c == ',');
        // "the attack", "four airstrikes", "a sudden sweep", "30 nuclear bombs": noun contexts.
        let modifier = |k: usize| {
            let t = &toks[k];
            t.word
                && sent.owner[k].is_none()
                && !has(t, C_ADVERBS)
                && !has(t, C_BE)
                && !has(t, C_AUXILIARIES)
                && !has(t, C_PREPOSITIONS)
                && !is(
                    t,
                    &[
                        "and", "or", "to", "that", "who", "which", "it", "they", "he", "she", "we",
                    ],
                )
                && lex.forms_starting(t.lower).is_empty()
        };
        let after_det = DETERMINERS.contains(&prev)
            || (!prev.is_empty() && quantity(prev))
            || (i > 1 && (ARTICLES.contains(&prev2) || quantity(prev2)) && modifier(i - 1));
        // "Russian strikes": a demonym right before an event noun is its source.
        let after_demonym = i > 0
            && sent
                .mention_of(i - 1)
                .is_some_and(|mi| sent.mentions[mi].form == MentionForm::Demonym);
        // Nominal: "Iran's transfer", "the transfer of …", "Russian strikes".
        if let Some((block, code)) = lex.nominal(toks[i].lower) {
            let next = sent.low(i + 1);
            if after_det || after_demonym || next == "of" {
                out.push(Trigger {
                    first: i,
                    last: i,
                    block,
                    code: code.map(str::to_string),
                    voice: Voice::Nominal,
                });
                i += 1;
                continue;
            }
        }
        // "Syrian forces clash …": after a demonym (an adjective) comes a noun.
        if after_det && prev != "that" {
            i += 1;
            continue;
        }
        // A capitalised word inside the sentence is a name or a month ("in March", "Free
        // Tibet"), not a verb; a gerund after a preposition ("for helping", "after speaking")
        // is not a finite verb.
        let capitalised = i > 0 && toks[i - 1].word && sent.caps[i];
        let gerund_after_prep = toks[i].lower.ends_with("ing") && PREPOSITIONS.contains(&prev);
        // "fought back", "pull out": a particle after a verb belongs to that verb.
        let particle_after_verb = has(&toks[i], C_PARTICLES)
            && i > 0
            && !lex.forms_starting(toks[i - 1].lower).is_empty();
        if capitalised || gerund_after_prep || particle_after_verb {
            i += 1;
            continue;
        }
        let mut best: Option<(usize, usize, Option<String>)> = None;
        for f in lex.forms_starting(toks[i].lower) {
            let n = f.words.len();
            if i + n > toks.len() || best.as_ref().is_some_and(|b| b.0 >= n) {
                continue;
            }
            let ok = f
                .words
                .iter()
                .enumerate()
                .all(|(k, w)| toks[i + k].lower == *w && sent.owner[i + k].is_none());
            if ok {
                best = Some((n, f.block, f.code.clone()));
            }
        }
        // "talks were due", "Iran attacks will continue": a word followed by an auxiliary is
        // a noun, not the verb.
        // "U.S. forces conducted airstrikes": a word right before a past-tense verb is its
        // subject noun.
        let noun_subject = best.as_ref().is_some_and(|(n, _, _)| {
            let next = sent.low(i + n);
            BE.contains(&next)
                || AUXILIARIES.contains(&next)
                || (next.ends_with("ed")
                    && sent.owner.get(i + n).copied().flatten().is_none()
                    && !lex.forms_starting(next).is_empty())
        });
        if noun_subject {
            best = None;
        }
        if let Some((n, block, code)) = best {
            let voice = if is_passive(sent, i) {
                Voice::Passive
            } else {
                Voice::Active
            };
            out.push(Trigger {
                first: i,
                last: i + n - 1,
                block,
                code,
                voice,
            });
            i += n;
        } else {
            i += 1;
        }
    }
    out
}

/// A participle after a form of "be" ("were sent", "was not attacked", "has been hit").
fn is_passive(sent: &Sent, v: usize) -> bool {
    let w = sent.low(v);
    let participle = w.ends_with("ed")
        || w.ends_with("en")
        || w.ends_with('t')
        || matches!(
            w,
            "hit" | "shot" | "struck" | "sold" | "held" | "met" | "fought" | "won"
        );
    if !participle {
        return false;
    }
    let mut j = v;
    while j > 0 {
        j -= 1;
        let t = &sent.toks[j];
        if has(t, C_BE) {
            return true;
        }
        if !(has(t, C_ADVERBS) || negator(t) || is_manner_adverb(t) || t.lower == "and") {
            return false;
        }
    }
    false
}

/// "fiercely", "heavily": an -ly word standing between an auxiliary and its verb.
fn is_manner_adverb(t: &Tok) -> bool {
    t.word && t.lower.len() > 4 && t.lower.ends_with("ly")
}

/// The object noun phrase in `a..b`: words up to a preposition, punctuation, actor or clause
/// word, without leading determiners. Returns (first, last) token indices.
fn object_np(sent: &Sent, a: usize, b: usize) -> Option<(usize, usize)> {
    let mut i = a;
    while i < b
        && (has(&sent.toks[i], C_DETERMINERS)
            || has(&sent.toks[i], C_PARTICLES)
            || is(&sent.toks[i], &["of", "some", "several", "more", "no"]))
    {
        i += 1;
    }
    let first = i;
    let stop = |t: &Tok| {
        !t.word
            || has(t, C_PREPOSITIONS)
            || has(t, C_CLAUSE_BREAKS)
            || is(t, &["and", "or", "that", "as", "of", "'s"])
    };
    while i < b && i - first < 6 {
        let t = &sent.toks[i];
        if let Some(mi) = sent.owner[i] {
            // "three Hezbollah commanders": an actor inside the phrase, before its head noun.
            let end = sent.mtok[mi].1 + 1;
            let head_follows = end < b
                && sent.owner[end].is_none()
                && sent.toks.get(end).is_some_and(|h| !stop(h));
            if head_follows {
                i = end + 1;
                continue;
            }
            break;
        }
        if stop(t) {
            break;
        }
        i += 1;
    }
    (i > first).then(|| (first, i - 1))
}

#[allow(clippy::too_many_arguments)]
fn code_sentence(
    text: &str,
    offsets: &Offsets,
    sent: &Sent,
    layer: &ActorLayer,
    statements: &[Statement],
    lex: &EventLexicon,
    events: &mut Vec<Event>,
) {
    let triggers = find_triggers(sent, lex);
    // Reporting verbs that attribution already turned into statements ("said", "told") are not
    // events.
    let triggers: Vec<Trigger> = triggers
        .into_iter()
        .filter(|t| {
            let pos = offsets.char_offset(sent.toks[t.first].start);
            !statements
                .iter()
                .any(|s| s.cue.start <= pos && pos < s.cue.end)
        })
        .collect();
    // (trigger index, source mentions) of the events coded so far in this sentence.
    let mut prev_sources: Option<Vec<usize>> = None;
    let mut consumed_until = 0usize;
    for tr in &triggers {
        if tr.first < consumed_until {
            continue;
        }
        let (clo, chi) = sent.clause(tr.first);
        let v = tr.first;
        let ve = tr.last + 1;
        let mut sources: Vec<usize> = Vec::new();
        let mut targets: Vec<usize> = Vec::new();
        let mut object: Option<(usize, usize)> = None;

        let prep_before = |mi: usize| -> Option<&str> {
            let a = sent.mtok[mi].0;
            (a > 0).then(|| sent.low(a - 1))
        };
        // First mention in a..b preceded by one of `preps` (any mention if `preps` is empty).
        let first_mention = |a: usize, b: usize, preps: &[&str], skip: &[usize]| -> Option<usize> {
            (a..b).filter_map(|i| sent.mention_of(i)).find(|&mi| {
                !skip.contains(&mi)
                    && sent.mtok[mi].0 >= a
                    && (preps.is_empty() || prep_before(mi).is_some_and(|p| preps.contains(&p)))
            })
        };
        // The agent of a passive: "by Iran", also "by a Ukrainian protestor" (an article and up
        // to two lower-case modifiers between "by" and the actor).
        let by_mention = |a: usize, b: usize| {
            first_mention(a, b, &["by"], &[]).or_else(|| {
                (a..b).filter(|&k| sent.low(k) == "by").find_map(|k| {
                    let mut m = k + 1;
                    if m < b && has(&sent.toks[m], C_ARTICLES) {
                        m += 1;
                    }
                    for _ in 0..2 {
                        if sent.mention_of(m).is_some() || m >= b {
                            break;
                        }
                        let t = &sent.toks[m];
                        if !(t.word && !sent.caps[m] && t.lower.chars().all(char::is_alphabetic)) {
                            break;
                        }
                        m += 1;
                    }
                    sent.mention_of(m)
                        .filter(|&mi| sent.mtok[mi].0 == m && m < b)
                })
            })
        };

        match tr.voice {
            Voice::Active => {
                // Coordinated verb: "Iran attacked X and seized Y" keeps Iran as source.
                let coordinated = v > 0 && matches!(sent.low(v - 1), "and" | ",");
                // The subject is the nearest actor to the left, unless another event word
                // stands between them ("Russia rejected the peace plan": no subject for "plan").
                // A complement verb ("plans to send", "denied sending") shares the subject of
                // the verb it complements.
                // Only verbs that put the act in doubt or in the future pass their subject on
                // (PETRARCH codes "urged X to respond" as the urging alone).
                let complement = |t: &Trigger| {
                    let w = sent.low(t.last);
                    let modal = FUTURE_BEFORE_TO.contains(&w)
                        || THREAT_BEFORE_TO.contains(&w)
                        || DENY_CUES.contains(&w);
                    modal
                        && ((t.last + 2 == v && sent.low(t.last + 1) == "to")
                            || (t.last + 1 == v && sent.low(v).ends_with("ing")))
                };
                let blocked_at = triggers
                    .iter()
                    .filter(|t| t.last < v && t.last >= clo && !complement(t))
                    .map(|t| t.last)
                    .max();
                let subj = (clo..v)
                    .rev()
                    .take_while(|&i| blocked_at.is_none_or(|b| i > b))
                    .filter_map(|i| sent.mention_of(i))
                    .find(|&mi| {
                        !prep_before(mi).is_some_and(|p| PREPOSITIONS.contains(&p) && p != "of")
                    });
                // "hosted Osgiliath to celebrate …", "urged Eriador to respond": the actor before
                // an infinitive is the object of an earlier verb, not a subject we can code.
                let object_control = v > 0
                    && sent.low(v - 1) == "to"
                    && subj.is_some_and(|mi| {
                        triggers
                            .iter()
                            .any(|t| t.last >= clo && t.last < sent.mtok[mi].0 && !complement(t))
                    });
                let subj = subj.filter(|_| !object_control);
                if coordinated && prev_sources.is_some() {
                    sources = prev_sources.clone().unwrap_or_default();
                } else if let Some(mi) = subj {
                    sources = sent.compound(mi);
                }
                // Target: direct object or first argument phrase after the verb.
                let direct = sent.mention_of(ve).filter(|&mi| sent.mtok[mi].0 == ve);
                let tgt = direct.or_else(|| {
                    first_mention(ve, chi, ARGUMENT_PREPS, &sources)
                        .or_else(|| first_mention(ve, chi, ARGUMENT_PREPS_WEAK, &sources))
                        .or_else(|| first_mention(ve, chi, &[], &sources))
                });
                if let Some(mi) = tgt {
                    targets = sent.compound(mi);
                }
                let obj_start = match direct {
                    Some(mi) => sent.mtok[*targets.last().unwrap_or(&mi)].1 + 1,
                    None => ve,
                };
                object = object_np(sent, obj_start, chi);
            }
            Voice::Passive => {
                if let Some(mi) = by_mention(ve, chi) {
                    sources = sent.compound(mi);
                }
                let tgt = first_mention(ve, chi, ARGUMENT_PREPS, &sources)
                    .or_else(|| first_mention(ve, chi, ARGUMENT_PREPS_WEAK, &sources));
                // The passive subject: the first actor of the clause before the verb ("Iran's
                // transfer of drones to Russia was condemned by Ukraine" → Iran).
                let subj = (clo..v).find_map(|i| sent.mention_of(i));
                if let Some(mi) = tgt {
                    targets = sent.compound(mi);
                } else if let Some(mi) = subj {
                    targets = sent.compound(mi);
                }
                // Object: the subject noun phrase when it is not an actor.
                let mut j = v;
                while j > clo
                    && (has(&sent.toks[j - 1], C_BE)
                        || has(&sent.toks[j - 1], C_ADVERBS)
                        || negator(&sent.toks[j - 1]))
                {
                    j -= 1;
                }
                let mut a = j;
                while a > clo
                    && sent.toks[a - 1].word
                    && sent.owner[a - 1].is_none()
                    && !has(&sent.toks[a - 1], C_PREPOSITIONS)
                    && !is(&sent.toks[a - 1], &["that", "and", "said", "says"])
                    && j - a < 6
                {
                    a -= 1;
                }
                object = object_np(sent, a, j);
            }
            Voice::Nominal => {
                if v >= 2 && sent.low(v - 1) == "'s" {
                    if let Some(mi) = sent.mention_of(v - 2) {
                        sources = sent.compound(mi);
                    }
                } else if let Some(mi) = v.checked_sub(1).and_then(|p| sent.mention_of(p)) {
                    sources = sent.compound(mi);
                }
                if sources.is_empty() {
                    if let Some(mi) = by_mention(ve, chi) {
                        sources = sent.compound(mi);
                    }
                }
                if let Some(mi) = first_mention(ve, chi, ARGUMENT_PREPS, &sources)
                    .or_else(|| first_mention(ve, chi, ARGUMENT_PREPS_WEAK, &sources))
                {
                    targets = sent.compound(mi);
                }
                if sent.low(ve) == "of" {
                    object = object_np(sent, ve + 1, chi);
                }
            }
        }
        // "No missile was sent to Russia," Nozari said: an agentless passive inside a *denial*
        // is about the side the speaker speaks for (their body or country). In other statements
        // ("790 people were killed, the UN envoy said") the agent stays unknown.
        let mut implicit_source: Option<ActorRef> = None;
        if sources.is_empty() && tr.voice == Voice::Passive {
            let pos = offsets.char_offset(sent.toks[v].start);
            let negated_here = object.is_some_and(|(a, _)| a > 0 && sent.low(a - 1) == "no")
                || (clo..v).any(|k| negator(&sent.toks[k]));
            implicit_source = statements
                .iter()
                .filter(|s| s.content.start <= pos && pos < s.content.end)
                .min_by_key(|s| s.content.end - s.content.start)
                .filter(|s| s.stance == Stance::Deny || negated_here)
                .and_then(|s| speaker_side(s, layer));
        }
        if sources.is_empty() && implicit_source.is_none() {
            continue;
        }
        targets.retain(|t| {
            !sources
                .iter()
                .any(|s| sent.mentions[*s].actor == sent.mentions[*t].actor)
        });

        // Code: patterns see the words before the verb and, after it, the object (for passives
        // the subject) then the rest of the clause.
        let before: Vec<&str> = (clo.max(v.saturating_sub(6))..v)
            .map(|i| sent.low(i))
            .collect();
        let mut after: Vec<&str> = Vec::new();
        if tr.voice == Voice::Passive {
            if let Some((a, b)) = object {
                after.extend((a..=b).map(|i| sent.low(i)));
            }
        }
        after.extend((ve..chi.min(ve + 12)).map(|i| sent.low(i)));
        let block = &lex.blocks[tr.block];
        let Some(raw_code) = choose_code(lex, block, &before, &after, tr.code.as_deref()) else {
            continue;
        };
        let (cameo, reciprocal) = split_code(&raw_code);
        let cameo = cameo.to_string();
        let reciprocal = reciprocal.map(str::to_string);
        // Statements are coded by attribution, not as events, unless addressed to someone
        // named right after the verb ("Iran informed Russia", "told Reuters").
        let addressed =
            tr.voice == Voice::Active && targets.first().is_some_and(|&mi| sent.mtok[mi].0 == ve);
        if (cameo == "010" && !addressed) || (cameo.starts_with("01") && targets.is_empty()) {
            continue;
        }

        let modality = modality_of(sent, tr, clo, object, offsets, statements);
        let statement = containing_statement(offsets.char_offset(sent.toks[v].start), statements);

        // Evidence: from the first to the last token involved.
        let mut lo = sent.toks[v].start;
        let mut hi = sent.toks[tr.last].end;
        for &mi in sources.iter().chain(&targets) {
            lo = lo.min(sent.mentions[mi].start);
            hi = hi.max(sent.mentions[mi].end);
        }
        if let Some((a, b)) = object {
            lo = lo.min(sent.toks[a].start);
            hi = hi.max(sent.toks[b].end);
        }
        let info = lex.cameo(&cameo);
        let refs = |ms: &[usize]| -> Vec<ActorRef> {
            ms.iter()
                .map(|&mi| layer.actor_ref(&sent.mentions[mi], text, offsets))
                .collect()
        };
        let mut src_refs = refs(&sources);
        let mut tgt_refs = refs(&targets);
        let source = match implicit_source {
            Some(a) => a,
            None => src_refs.remove(0),
        };
        tgt_refs.retain(|t| t.id != source.id);
        let target = (!tgt_refs.is_empty()).then(|| tgt_refs.remove(0));
        let verb = text[sent.toks[v].start..sent.toks[tr.last].end].to_string();
        let object_text =
            object.map(|(a, b)| text[sent.toks[a].start..sent.toks[b].end].to_string());
        let dup = events.iter().any(|e: &Event| {
            e.evidence.start == offsets.char_offset(lo)
                && e.action.cameo == cameo
                && e.source.id == source.id
        });
        if !dup {
            let event = Event {
                id: String::new(),
                source,
                target,
                co_sources: src_refs,
                co_targets: tgt_refs,
                action: Action {
                    cameo: cameo.clone(),
                    plover: info.map(|i| i.plover.clone()).unwrap_or_default(),
                    verb,
                },
                object: object_text,
                modality,
                evidence: offsets.span(text, lo, hi),
                statement,
                goldstein: info.map_or(0.0, |i| i.goldstein),
                date: None,
            };
            // "A visited B" is also "B hosted A" when the lexicon says so (`042:043`).
            let reverse = match (&reciprocal, &event.target) {
                (Some(rc), Some(t)) => {
                    let rinfo = lex.cameo(rc);
                    let mut r = event.clone();
                    r.source = t.clone();
                    r.target = Some(event.source.clone());
                    r.co_sources = event.co_targets.clone();
                    r.co_targets = event.co_sources.clone();
                    r.action.cameo = rc.clone();
                    r.action.plover = rinfo.map(|i| i.plover.clone()).unwrap_or_default();
                    r.goldstein = rinfo.map_or(0.0, |i| i.goldstein);
                    Some(r)
                }
                _ => None,
            };
            events.push(event);
            events.extend(reverse);
        }
        prev_sources = Some(sources);
        if let Some((_, b)) = object {
            consumed_until = consumed_until.max(b + 1);
        }
    }
}

fn modality_of(
    sent: &Sent,
    tr: &Trigger,
    clo: usize,
    object: Option<(usize, usize)>,
    offsets: &Offsets,
    statements: &[Statement],
) -> Modality {
    let v = tr.first;
    // Auxiliaries and adverbs right before the trigger ("did not", "will", "has never been").
    let mut aux: Vec<&Tok> = Vec::new();
    let mut j = v;
    while j > clo && aux.len() < 5 {
        j -= 1;
        let t = &sent.toks[j];
        if !t.word || sent.owner[j].is_some() {
            break;
        }
        aux.push(t);
    }
    let mut negated = aux.iter().take(4).any(|t| negator(t));
    if let Some((a, _)) = object {
        // "No missile was sent", "sent no missiles".
        if a > 0 && sent.low(a - 1) == "no" {
            negated = true;
        }
    }
    let window: Vec<&str> = (clo.max(v.saturating_sub(8))..v)
        .map(|i| sent.low(i))
        .collect();
    let denied_cue = window.iter().any(|w| DENY_CUES.contains(w));
    // The main clause after "If Iran sends missiles, …" is conditional too.
    let leading_if = (0..clo).any(|k| is(&sent.toks[k], &["if", "unless"]));
    let hypothetical = leading_if
        || window.iter().any(|w| HYPOTHETICAL.contains(w))
        || (tr.voice == Voice::Nominal && HYPOTHETICAL.contains(&sent.low(tr.last + 1)));
    // "threatened to strike", "warned it could …": the act has not happened.
    let threatened = aux.first().is_some_and(|t| t.lower == "to")
        && aux.get(1).is_some_and(|t| is(t, THREAT_BEFORE_TO));
    let hypothetical = hypothetical || threatened;
    let future = aux.iter().any(|t| is(t, FUTURE_AUX))
        || (aux.first().is_some_and(|t| t.lower == "to")
            && aux.get(1).is_some_and(|t| is(t, FUTURE_BEFORE_TO)));
    let pos = offsets.char_offset(sent.toks[v].start);
    let stmt = statements
        .iter()
        .filter(|s| s.content.start <= pos && pos < s.content.end)
        .min_by_key(|s| s.content.end - s.content.start);
    super::combine_modality(stmt, denied_cue, negated, hypothetical, future)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokenize(text: &str, start: usize, end: usize) -> Vec<(usize, usize, String)> {
        let mut buf = String::new();
        let raw = tokenize_into(text, start, end, &mut buf);
        borrow_toks(&raw, &buf)
            .iter()
            .map(|t| (t.start, t.end, t.lower.to_string()))
            .collect()
    }

    #[test]
    fn tokenizer_splits_possessive_and_keeps_hyphenated_words() {
        let text = "Iran's transfer of short-range missiles, officials said.";
        let toks = tokenize(text, 0, text.len());
        let words: Vec<&str> = toks.iter().map(|t| t.2.as_str()).collect();
        assert_eq!(
            words,
            vec![
                "iran",
                "'s",
                "transfer",
                "of",
                "short-range",
                "missiles",
                ",",
                "officials",
                "said",
                "."
            ]
        );
        assert_eq!(&text[toks[0].0..toks[0].1], "Iran");
    }

    #[test]
    fn curly_and_upper_case_contractions_split_on_char_boundaries() {
        for text in [
            "I literally can’t.",
            "Iran’s",
            "WON’T",
            "IRAN’S",
            "don’t’s",
            "Can’T",
            "n't",
        ] {
            let toks = tokenize(text, 0, text.len());
            for t in &toks {
                assert!(
                    text.is_char_boundary(t.0) && text.is_char_boundary(t.1),
                    "{text:?} {toks:?}"
                );
            }
        }
        let text = "WON’T";
        let toks = tokenize(text, 0, text.len());
        assert_eq!(&text[toks[0].0..toks[0].1], "WO");
        assert_eq!(toks[1].2, "n't");
    }
}
