//! The real-news gold set (`tests/fixtures/gold/`) and `dossier eval claims`: matching and
//! scoring here, the gold set's model and loading in [`crate::claims_gold`] (re-exported).
//!
//! The gold files hold no article text (the sources' licences forbid it): each article is named
//! by source and id, the text is read from the shared data (FNC-1 train bodies, PolNeAR
//! train/dev texts) and normalised by [`dossier_core::make_document`], and every annotation is
//! anchored by code-point offsets into that text plus a hash of the anchored text
//! ([`text_hash`]: FNV-1a 64, 16 hex digits). [`check_anchors`] verifies every hash, so the
//! gold set cannot rot silently, and [`resolve_quotes`] fills in the quotes for reports.
//!
//! Matching (the same rules are written out in `tests/fixtures/gold/GUIDE.md`):
//!
//! - **Place.** A system fact is *near* a gold item when its span overlaps one of the item's
//!   anchors, or lies in the sentence that holds the anchor (sentences of
//!   `dossier_core::text::sentences`).
//! - **Actors.** A gold actor written as an id (`USA`, `GROUP.ISIS`, `USA.DOD`) matches the same
//!   id, the state of a body (`USA.DOD` ~ `USA`) and a body of the state; a gold actor written as
//!   a name or noun phrase ("James Foley", "ISIS fighters") matches when one of its content words
//!   (three letters or more, not a function word) is a word of the system actor's name, id slug
//!   or mention.
//! - **Events** match when near, the source matches (or a co-source), the gold target (if any)
//!   matches the target (or a co-target), the CAMEO root (first two digits) or the PLOVER type
//!   agrees, and polarity agrees (negated/denied modality = negative).
//! - **Claims** (one per key and polarity in an article) match a gold proposition when near (its own anchor or the anchor of a statement
//!   bearing on it), polarity agrees (a `deny` stance, or a hedge on a negated proposition = negative), the predicate agrees (same
//!   word, same class of `data/claims/predicates.tsv`, or one a prefix of the other of at least
//!   four letters: kill/killed), and the subject agrees: the gold subject matches the claim's
//!   subject, or (passive/active) the gold agent (`by=`) matches the claim's subject and the gold
//!   subject matches the claim's target or is named in its object.
//! - **Statements** match when the gold anchor overlaps the statement (cue to content); speaker
//!   and stance are scored on matched pairs. `anonymous` matches an anonymous-sourced statement,
//!   `unattributed` an unattributed one.
//!
//! Each gold item and each system fact is matched at most once (greedy, largest overlap first).
//! Every system fact that matches nothing is a false positive: all gold articles are annotated
//! in full.

use anyhow::{bail, Result};
use dossier_core::claims::{claim_actor_id, ClaimLexicon};
use dossier_core::text::{sentences, Offsets};
use dossier_core::{
    make_document, ActorRef, DocClaim, DocumentHeader, Event, Extraction, Modality, Sourcing,
    Stance, Statement,
};
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

pub use crate::claims_gold::*;

const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "for", "with", "from", "his", "her", "its", "their", "this", "that", "who",
    "was", "are", "has", "had", "mr", "mrs", "ms", "dr", "person", "org", "group", "outlet",
    "unknown",
];

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
        .collect()
}

/// Is `s` written as an actor id (`USA`, `GROUP.ISIS`, `USA.DOD`)?
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.' || c == '_')
        && s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

fn ids_match(gold: &str, sys: &str) -> bool {
    gold == sys
        // An outlet written by its short name ("CNN", "AFP") is the lexicon's `OUTLET.CNN`.
        || sys.strip_prefix("OUTLET.") == Some(gold)
        || claim_actor_id(gold) == claim_actor_id(sys)
        || sys.strip_prefix(gold).is_some_and(|r| r.starts_with('.'))
        || gold.strip_prefix(sys).is_some_and(|r| r.starts_with('.'))
}

/// Does the gold actor (id, name or noun phrase) match the system's actor reference?
pub fn actor_matches(gold: &str, sys: &ActorRef) -> bool {
    let gold = gold.trim();
    if gold.is_empty() || gold == "-" {
        return false;
    }
    if is_id(gold) {
        return ids_match(gold, &sys.id);
    }
    let mut theirs = words(&sys.name);
    theirs.extend(words(&sys.id.replace('-', " ")));
    if let Some(m) = &sys.mention {
        theirs.extend(words(&m.text));
    }
    words(gold).iter().any(|w| theirs.contains(w))
}

/// Does the gold speaker match the system statement's speaker?
pub fn speaker_matches(gold: &GoldStatement, sys: &Statement) -> bool {
    match gold.speaker.as_str() {
        "anonymous" => sys.sourcing == Sourcing::Anonymous,
        "unattributed" => sys.sourcing == Sourcing::Unattributed,
        // "Iraqi officials" annotated as the state they speak for: the system keeps the
        // unnamed officials as the speaker, on behalf of the state (the GUIDE's rule that
        // officials never become their state), which is the same voice.
        g if is_id(g)
            && sys.speaker.id.starts_with("UNKNOWN.")
            && sys
                .on_behalf_of
                .as_ref()
                .is_some_and(|b| ids_match(g, &b.id)) =>
        {
            true
        }
        g => actor_matches(g, &sys.speaker),
    }
}

/// The stance name of a system statement, as the gold spells it.
pub fn stance_name(s: Stance) -> &'static str {
    match s {
        Stance::Assert => "assert",
        Stance::Deny => "deny",
        Stance::Hedge => "hedge",
        Stance::Conditional => "conditional",
        Stance::Question => "question",
        Stance::NoComment => "no_comment",
    }
}

/// Do the gold predicate (lemma and class) and the system predicate agree?
pub fn predicate_matches(gold: &GoldProposition, sys: &str, lex: &ClaimLexicon) -> bool {
    let sys = sys.trim().to_lowercase();
    let lemma = gold.predicate.trim().to_lowercase();
    let class = gold.class.as_deref().map(str::to_lowercase);
    if sys == lemma || class.as_deref() == Some(sys.as_str()) {
        return true;
    }
    let prefix = |a: &str, b: &str| a.len() >= 4 && b.starts_with(a);
    if prefix(&lemma, &sys) || prefix(&sys, &lemma) {
        return true;
    }
    // A patient-centred claim ("wound:passive") is its class; the gold lemma falls in its class
    // of predicates.tsv as well as in the class the annotator wrote (classes split since: the
    // annotator's "behead/attack" is in `execute` now).
    let sys = sys
        .strip_suffix(dossier_core::claims::PASSIVE)
        .unwrap_or(&sys);
    let sys_class = lex
        .predicate(sys, "")
        .map(str::to_string)
        .unwrap_or_else(|| sys.to_string());
    let lemma_class = lex.predicate(&lemma, "").map(str::to_string);
    class.as_deref() == Some(sys_class.as_str()) || lemma_class.as_deref() == Some(&sys_class)
}

/// Does the claim's subject agree with the proposition (directly or as a passive/active pair)?
pub fn subject_matches(gold: &GoldProposition, sys: &DocClaim) -> bool {
    if actor_matches(&gold.subject, &sys.subject) {
        return true;
    }
    let Some(agent) = gold.agent.as_deref() else {
        return false;
    };
    if !actor_matches(agent, &sys.subject) {
        return false;
    }
    let in_target = sys
        .target
        .as_ref()
        .is_some_and(|t| actor_matches(&gold.subject, t));
    let in_object = sys.object.as_deref().is_some_and(|o| {
        let ow = words(o);
        words(&gold.subject).iter().any(|w| ow.contains(w))
    });
    in_target || in_object
}

/// A denial, or a hedge on a negated proposition ("probably isn't dead"), is negative.
pub(crate) fn claim_polarity(c: &DocClaim) -> Polarity {
    let negated = c.polarity == Some(dossier_core::model::Polarity::Negative);
    if c.stance == Stance::Deny || (c.stance == Stance::Hedge && negated) {
        Polarity::Negative
    } else {
        Polarity::Positive
    }
}

fn event_polarity(e: &Event) -> Polarity {
    match e.modality {
        Modality::Negated | Modality::Denied => Polarity::Negative,
        _ => Polarity::Positive,
    }
}

/// Sentence ranges of a text in code points.
pub fn sentence_ranges(text: &str) -> Vec<(usize, usize)> {
    let off = Offsets::new(text);
    sentences(text)
        .iter()
        .map(|s| (off.char_offset(s.start), off.char_offset(s.end)))
        .collect()
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// How close a system span is to a gold anchor: `Some(overlap + 1)` when they overlap,
/// `Some(0)` when the system span lies in the anchor's sentence, `None` otherwise.
pub fn nearness(anchor: &Anchor, sys: (usize, usize), sents: &[(usize, usize)]) -> Option<usize> {
    let o = overlap((anchor.start, anchor.end), sys);
    if o > 0 {
        return Some(o + 1);
    }
    let same = sents.iter().any(|&s| {
        s.0 <= anchor.start && anchor.start < s.1.max(s.0 + 1) && sys.0 >= s.0 && sys.1 <= s.1
    });
    same.then_some(0)
}

pub(crate) fn event_matches(g: &GoldEvent, e: &Event) -> bool {
    let src = std::iter::once(&e.source).chain(&e.co_sources);
    if !src.into_iter().any(|s| actor_matches(&g.source, s)) {
        return false;
    }
    if let Some(t) = g.target.as_deref() {
        let tg = e.target.iter().chain(&e.co_targets);
        let named = tg.into_iter().any(|s| actor_matches(t, s));
        if !named && (e.target.is_some() || !undergoer_matches(t, e.object.as_deref())) {
            return false;
        }
    }
    code_matches(g, e) && g.polarity == event_polarity(e)
}

/// A gold target written as a noun phrase (an unnamed person or group: "two journalists", "a US
/// aid worker") against a system event with no target actor: the system gives that undergoer as
/// the event's object, its noun phrase: the gold phrase's head (its last word) must be a word of
/// it ("two journalists" ~ "two journalists in Mosul", not ~ "two soldiers"). A gold id (a
/// state, a body, a lexicon group) still needs a target actor.
pub fn undergoer_matches(gold: &str, object: Option<&str>) -> bool {
    let gold = gold.trim();
    if gold == "-" || is_id(gold) {
        return false;
    }
    let (Some(head), Some(object)) = (words(gold).pop(), object) else {
        return false;
    };
    words(object).contains(&head)
}

/// The CAMEO root or the PLOVER type agrees (polarity aside).
pub(crate) fn code_matches(g: &GoldEvent, e: &Event) -> bool {
    let root = |c: &str| c.chars().take(2).collect::<String>();
    root(&g.cameo) == root(&e.action.cameo)
        || (g.plover != "-" && g.plover.eq_ignore_ascii_case(&e.action.plover))
}

fn claim_matches(g: &GoldProposition, c: &DocClaim, lex: &ClaimLexicon) -> bool {
    g.polarity == claim_polarity(c) && claim_predicate_matches(g, c, lex) && subject_matches(g, c)
}

/// The predicate part of [`claim_matches`]: a copula keyed `be` with its complement as object
/// reads "be dead" (gold "be dead" ~ be + dead).
pub(crate) fn claim_predicate_matches(
    g: &GoldProposition,
    c: &DocClaim,
    lex: &ClaimLexicon,
) -> bool {
    predicate_matches(g, &c.predicate, lex)
        || (c.predicate == "be"
            && c.object
                .as_deref()
                .is_some_and(|o| predicate_matches(g, &format!("be {}", o.to_lowercase()), lex)))
}

/// Greedy one-to-one assignment: `pairs` are (gold, system, score); highest score first.
fn assign(
    mut pairs: Vec<(usize, usize, usize)>,
    n_gold: usize,
    n_sys: usize,
) -> Vec<(usize, usize)> {
    pairs.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let (mut g_used, mut s_used) = (vec![false; n_gold], vec![false; n_sys]);
    let mut out = Vec::new();
    for (g, s, _) in pairs {
        if !g_used[g] && !s_used[s] {
            g_used[g] = true;
            s_used[s] = true;
            out.push((g, s));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Scoring

/// Counts for one layer (events, claims or statements).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched += o.matched;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores of one article or one half of the gold set.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub articles: usize,
    pub events: Counts,
    pub claims: Counts,
    pub central_gold: usize,
    pub central_matched: usize,
    pub statements: Counts,
    pub speaker_correct: usize,
    pub stance_correct: usize,
    /// False positives and misses, one line each, for `--verbose`.
    pub notes: Vec<String>,
    /// Why each gold proposition was missed, counted by class (`--misses`).
    pub miss_classes: BTreeMap<String, usize>,
    /// Why each false-positive claim matched nothing, counted by class (`--misses`).
    pub fp_classes: BTreeMap<String, usize>,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.articles += o.articles;
        self.events.add(&o.events);
        self.claims.add(&o.claims);
        self.central_gold += o.central_gold;
        self.central_matched += o.central_matched;
        self.statements.add(&o.statements);
        self.speaker_correct += o.speaker_correct;
        self.stance_correct += o.stance_correct;
        self.notes.extend(o.notes.iter().cloned());
        for (k, v) in &o.miss_classes {
            *self.miss_classes.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &o.fp_classes {
            *self.fp_classes.entry(k.clone()).or_default() += v;
        }
    }
    pub fn central_recall(&self) -> f64 {
        ratio(self.central_matched, self.central_gold)
    }
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_correct, self.statements.matched)
    }
    pub fn stance_accuracy(&self) -> f64 {
        ratio(self.stance_correct, self.statements.matched)
    }
}

fn actor_text(a: &ActorRef) -> String {
    format!("{} [{}]", a.name, a.id)
}

fn short(s: &str) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() > 90 {
        format!("{}…", s.chars().take(90).collect::<String>())
    } else {
        s
    }
}

/// The (gold, system) event pairs matched one to one, nearest first.
pub(crate) fn event_pairs(
    g: &GoldArticle,
    x: &Extraction,
    sents: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (gi, ge) in g.events.iter().enumerate() {
        for (si, e) in x.events.iter().enumerate() {
            if let Some(n) = nearness(&ge.evidence, (e.evidence.start, e.evidence.end), sents) {
                if event_matches(ge, e) {
                    pairs.push((gi, si, n));
                }
            }
        }
    }
    assign(pairs, g.events.len(), x.events.len())
}

/// Score one article's extraction against its gold annotations. `text` is the normalised
/// article text the extraction was run on.
pub fn score_article(g: &GoldArticle, x: &Extraction, text: &str, lex: &ClaimLexicon) -> Score {
    score_article_with(g, x, text, lex, None)
}

/// [`score_article`], with every miss and false positive of the claims classified (the miss
/// taxonomy of `--misses`, [`crate::claims_taxonomy`]) when the article's `Doc` is given.
pub fn score_article_with(
    g: &GoldArticle,
    x: &Extraction,
    text: &str,
    lex: &ClaimLexicon,
    doc: Option<&dossier_core::syntax::Doc>,
) -> Score {
    let sents = sentence_ranges(text);
    let tag = format!("{}:{}", g.source, g.id);
    let mut sc = Score {
        articles: 1,
        ..Score::default()
    };

    // Events.
    let m = event_pairs(g, x, &sents);
    sc.events = Counts {
        gold: g.events.len(),
        predicted: x.events.len(),
        matched: m.len(),
    };
    for (gi, ge) in g.events.iter().enumerate() {
        if !m.iter().any(|p| p.0 == gi) {
            sc.notes.push(format!(
                "{tag} event MISS {} > {} {} {} {:?}: \"{}\"",
                ge.source,
                ge.target.as_deref().unwrap_or("-"),
                ge.cameo,
                ge.plover,
                ge.polarity,
                ge.evidence.quote
            ));
        }
    }
    for (si, e) in x.events.iter().enumerate() {
        if !m.iter().any(|p| p.1 == si) {
            sc.notes.push(format!(
                "{tag} event FP {} > {} {} {} ({}) {:?}: \"{}\"",
                actor_text(&e.source),
                e.target.as_ref().map_or("-".into(), actor_text),
                e.action.cameo,
                e.action.plover,
                e.action.verb,
                e.modality,
                short(&e.evidence.text)
            ));
        }
    }

    // Claims: a proposition is near through its own anchor or a statement bearing on it. The
    // claims of one key and polarity are one proposition on the board (a quote and its
    // paraphrase, "he denied it" bearing on the claim before it): scored once, near through any
    // of its evidence spans.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (si, c) in x.claims.iter().enumerate() {
        match groups.iter_mut().find(|g| {
            let o = &x.claims[g[0]];
            o.key == c.key && claim_polarity(o) == claim_polarity(c)
        }) {
            Some(g) => g.push(si),
            None => groups.push(vec![si]),
        }
    }
    let mut pairs = Vec::new();
    for (gi, gp) in g.propositions.iter().enumerate() {
        let mut anchors = vec![&gp.evidence];
        anchors.extend(
            g.statements
                .iter()
                .filter(|s| s.propositions.contains(&gp.id))
                .map(|s| &s.evidence),
        );
        for (k, members) in groups.iter().enumerate() {
            let near = members
                .iter()
                .filter(|&&si| claim_matches(gp, &x.claims[si], lex))
                .flat_map(|&si| {
                    let c = &x.claims[si];
                    anchors
                        .iter()
                        .filter_map(|a| nearness(a, (c.evidence.start, c.evidence.end), &sents))
                        .collect::<Vec<_>>()
                })
                .max();
            if let Some(n) = near {
                pairs.push((gi, k, n));
            }
        }
    }
    let m = assign(pairs, g.propositions.len(), groups.len());
    sc.claims = Counts {
        gold: g.propositions.len(),
        predicted: groups.len(),
        matched: m.len(),
    };
    sc.central_gold = g.propositions.iter().filter(|p| p.central).count();
    sc.central_matched = m.iter().filter(|p| g.propositions[p.0].central).count();
    for (gi, gp) in g.propositions.iter().enumerate() {
        if !m.iter().any(|p| p.0 == gi) {
            sc.notes.push(format!(
                "{tag} claim MISS{} {} | {} | tgt {} by {} obj {} {:?}: \"{}\"",
                if gp.central { " (central)" } else { "" },
                gp.subject,
                gp.predicate,
                gp.target.as_deref().unwrap_or("-"),
                gp.agent.as_deref().unwrap_or("-"),
                gp.object.as_deref().unwrap_or("-"),
                gp.polarity,
                gp.evidence.quote
            ));
        }
    }
    let ctx = doc.map(|d| crate::claims_taxonomy::Ctx::new(x, text, d, &sents, lex));
    let mut why: Vec<Option<String>> = vec![None; g.propositions.len()];
    if let Some(ctx) = &ctx {
        for (gi, gp) in g.propositions.iter().enumerate() {
            if !m.iter().any(|p| p.0 == gi) {
                let class = crate::claims_taxonomy::classify_miss(ctx, gp, &groups, |k| {
                    m.iter().any(|p| p.1 == k)
                });
                *sc.miss_classes.entry(class.clone()).or_default() += 1;
                why[gi] = Some(class);
            }
        }
    }
    for gi in (0..g.propositions.len()).filter(|gi| why[*gi].is_some()) {
        sc.notes.push(format!(
            "{tag} claim MISS-WHY {} \"{}\": {}",
            g.propositions[gi].id,
            short(&g.propositions[gi].evidence.quote),
            why[gi].as_deref().unwrap_or("")
        ));
    }
    for (k, members) in groups.iter().enumerate() {
        if !m.iter().any(|p| p.1 == k) {
            let c = &x.claims[members[0]];
            if let Some(ctx) = &ctx {
                let class =
                    crate::claims_taxonomy::classify_fp(ctx, members, &g.propositions, |gi| {
                        m.iter().any(|p| p.0 == gi)
                    });
                sc.notes.push(format!("{tag} claim FP-WHY {class}"));
                *sc.fp_classes.entry(class).or_default() += 1;
            }
            sc.notes.push(format!(
                "{tag} claim FP {} | {} | tgt {} obj {} {}: \"{}\"",
                actor_text(&c.subject),
                c.predicate,
                c.target.as_ref().map_or("-".into(), actor_text),
                c.object.as_deref().unwrap_or("-"),
                stance_name(c.stance),
                short(&c.evidence.text)
            ));
        }
    }

    // Statements.
    let mut pairs = Vec::new();
    for (gi, gs) in g.statements.iter().enumerate() {
        for (si, s) in x.statements.iter().enumerate() {
            let hull = (
                s.cue.start.min(s.content.start),
                s.cue.end.max(s.content.end),
            );
            let o = overlap((gs.evidence.start, gs.evidence.end), hull);
            if o > 0 {
                // Among statements covering the anchor alike, the one with the right speaker.
                pairs.push((gi, si, 2 * o + usize::from(speaker_matches(gs, s))));
            }
        }
    }
    let m = assign(pairs, g.statements.len(), x.statements.len());
    sc.statements = Counts {
        gold: g.statements.len(),
        predicted: x.statements.len(),
        matched: m.len(),
    };
    for &(gi, si) in &m {
        let (gs, s) = (&g.statements[gi], &x.statements[si]);
        if speaker_matches(gs, s) {
            sc.speaker_correct += 1;
        } else {
            sc.notes.push(format!(
                "{tag} statement SPEAKER gold {} got {} ({:?}): \"{}\"",
                gs.speaker,
                actor_text(&s.speaker),
                s.sourcing,
                gs.evidence.quote
            ));
        }
        if gs.stance == stance_name(s.stance) {
            sc.stance_correct += 1;
        }
    }
    for (gi, gs) in g.statements.iter().enumerate() {
        if !m.iter().any(|p| p.0 == gi) {
            sc.notes.push(format!(
                "{tag} statement MISS {} | {} | {}: \"{}\"",
                gs.speaker, gs.cue, gs.stance, gs.evidence.quote
            ));
        }
    }
    for (si, s) in x.statements.iter().enumerate() {
        if !m.iter().any(|p| p.1 == si) {
            sc.notes.push(format!(
                "{tag} statement FP {} | {} | {}: \"{}\"",
                actor_text(&s.speaker),
                s.cue.text,
                stance_name(s.stance),
                short(&s.content.text)
            ));
        }
    }
    sc
}

/// The report of `dossier eval claims`: one score per half.
#[derive(Debug, Clone)]
pub struct Report {
    pub halves: Vec<(String, Score)>,
    pub verbose: bool,
    /// The event miss taxonomy per half, when asked (`--misses`).
    pub misses: Vec<(String, crate::events_gold::Taxonomy)>,
}

fn write_classes(
    f: &mut fmt::Formatter<'_>,
    title: &str,
    classes: &BTreeMap<String, usize>,
) -> fmt::Result {
    let total: usize = classes.values().sum();
    writeln!(f, "{title} ({total}):")?;
    let mut rows: Vec<(&String, &usize)> = classes.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (k, v) in rows {
        writeln!(f, "  {v:>3}  {k}")?;
    }
    Ok(())
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "claims — real-news gold set (tests/fixtures/gold, hand-annotated; see its GUIDE.md)"
        )?;
        for (name, s) in &self.halves {
            writeln!(f)?;
            writeln!(
                f,
                "[{name}] articles {}  gold events {} / propositions {} ({} central) / statements {}",
                s.articles, s.events.gold, s.claims.gold, s.central_gold, s.statements.gold
            )?;
            writeln!(
                f,
                "events: precision {:.2} recall {:.2}  ({} of {} predicted matched)",
                s.events.precision(),
                s.events.recall(),
                s.events.matched,
                s.events.predicted
            )?;
            writeln!(
                f,
                "claims: precision {:.2} recall {:.2} (central {:.2})  ({} of {} predicted matched)",
                s.claims.precision(),
                s.claims.recall(),
                s.central_recall(),
                s.claims.matched,
                s.claims.predicted
            )?;
            writeln!(
                f,
                "statements: precision {:.2} recall {:.2} speaker accuracy {:.2} stance accuracy {:.2}  ({} of {} predicted matched)",
                s.statements.precision(),
                s.statements.recall(),
                s.speaker_accuracy(),
                s.stance_accuracy(),
                s.statements.matched,
                s.statements.predicted
            )?;
            if !s.miss_classes.is_empty() || !s.fp_classes.is_empty() {
                write_classes(f, "claim misses by cause", &s.miss_classes)?;
                write_classes(f, "claim false positives by cause", &s.fp_classes)?;
            }
            if self.verbose {
                for n in &s.notes {
                    writeln!(f, "  {n}")?;
                }
            }
            if let Some((_, t)) = self.misses.iter().find(|(h, _)| h == name) {
                write!(f, "{t}")?;
            }
        }
        Ok(())
    }
}

/// Options of [`eval_claims`].
#[derive(Debug, Clone)]
pub struct ClaimsOptions {
    /// The gold directory (`tests/fixtures/gold`).
    pub gold: PathBuf,
    /// The shared data directory (`../shared/data`).
    pub data: PathBuf,
    /// `tune`, `heldout` or `all` (both halves, reported separately).
    pub split: String,
    pub verbose: bool,
    /// Classify every missed gold proposition and false-positive claim (the claims miss
    /// taxonomy; parses each article once more) and every event miss and false positive
    /// (`events_gold`).
    pub misses: bool,
}

/// Run the pipeline over the gold articles and score it. Fails (naming every bad anchor) when a
/// gold quote no longer matches its article.
pub fn eval_claims(opts: &ClaimsOptions) -> Result<Report> {
    if !opts.data.join("stance/fnc-1").is_dir() {
        bail!(
            "{}: shared data not found (need stance/fnc-1 and attribution/polnear; pass --data)",
            opts.data.display()
        );
    }
    let halves: Vec<&str> = match opts.split.as_str() {
        "all" => vec!["tune", "heldout"],
        "tune" => vec!["tune"],
        "heldout" => vec!["heldout"],
        other => bail!("unknown split {other:?} (tune, heldout or all)"),
    };
    let lex = ClaimLexicon::embedded();
    let mut articles = Articles::new(&opts.data);
    let mut report = Report {
        halves: Vec::new(),
        verbose: opts.verbose,
        misses: Vec::new(),
    };
    for half in halves {
        let gold = load_gold(&opts.gold, half)?;
        let mut total = Score::default();
        let mut taxonomy = crate::events_gold::Taxonomy::default();
        for mut g in gold {
            let raw = articles.raw(&g.source, &g.id)?;
            let doc = make_document(&raw, DocumentHeader::default());
            resolve_quotes(&mut g, &doc.text)?;
            let x = dossier_core::extract(&doc);
            let parsed = opts.misses.then(|| dossier_core::syntax::parse(&doc.text));
            total.add(&score_article_with(&g, &x, &doc.text, lex, parsed.as_ref()));
            if opts.misses {
                let sents = sentence_ranges(&doc.text);
                let m = event_pairs(&g, &x, &sents);
                taxonomy.add(crate::events_gold::classify(&g, &x, &doc.text, &sents, &m));
            }
        }
        report.halves.push((half.to_string(), total));
        if opts.misses {
            report.misses.push((half.to_string(), taxonomy));
        }
    }
    Ok(report)
}
