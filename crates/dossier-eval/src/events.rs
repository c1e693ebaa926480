//! Event-coding evaluation (PETRARCH-2, UniversalPetrarch, PLOVER gold records).
//!
//! The coder under test is `dossier_core::events::extract` with the lexicon shipped in the binary
//! (built from the production CAMEO.2.0 verb dictionary). The validation records were written for
//! PETRARCH's toy dictionaries: their actor dictionary (`PETR.Validate.actors.txt` /
//! `PETR_Validate_actors_2_02.txt`, with the agents file) is loaded here as an actor overlay so
//! that fictional states such as Arnor get their codes. Each set is scored twice: with the
//! records' own verb dictionary (the setting PETRARCH and UniversalPetrarch were scored in) and
//! with the lexicon dossier ships. The coder was developed while looking at these records, so
//! their figures are development figures, not held-out ones; the PLOVER gold records were only
//! scored, never inspected for errors.
//!
//! Definitions (per record set, over records that are evaluated and do not expect an error):
//! - an expected event is *found* when the coder produced an event with the same source code,
//!   target code and CAMEO event code in that sentence (each produced event matches at most one
//!   expected event); compound actors count one event per source × target pair, as in PETRARCH;
//! - an *extra* event is a produced event (with source and target) that matches no expected
//!   event of its sentence, including any event in a sentence that expects none;
//! - found % = found / expected; extra % = extra / produced (the share of the coder's output that
//!   is not in the records). Extra / expected is printed too.
//! - a looser figure counts a match when the dyad is right and the CAMEO root (two digits) agrees.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use dossier_core::actors::{ActorEntry, ActorLayer, Mention, MentionForm};
use dossier_core::events::{self, EventLexicon};
use dossier_core::model::{ActorKind, Event};

/// Figures for one record set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetReport {
    pub name: String,
    pub records: usize,
    pub expected: usize,
    pub produced: usize,
    pub found: usize,
    pub extra: usize,
    /// Matches on dyad + CAMEO root only.
    pub found_root: usize,
}

impl SetReport {
    pub fn found_pct(&self) -> f64 {
        pct(self.found, self.expected)
    }
    pub fn extra_pct(&self) -> f64 {
        pct(self.extra, self.produced)
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// The event-coding report: one line per record set plus PLOVER agreement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub sets: Vec<SetReport>,
    pub plover: Option<PloverReport>,
}

/// Agreement with the PLOVER gold-standard records.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PloverReport {
    pub records: usize,
    /// Records where some coded event has the gold PLOVER type.
    pub event_agree: usize,
    /// … and whose source is one of the gold sources (and target one of the gold targets when
    /// the record has targets).
    pub full_agree: usize,
    /// Records where the coder produced no event at all.
    pub silent: usize,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Event coding (actors: each record set's own actor + agent dictionaries; verbs: the records' own dictionary, or dossier's shipped CAMEO.2.0 lexicon)")?;
        writeln!(
            f,
            "{:<54} {:>7} {:>8} {:>8} {:>8} {:>9} {:>9} {:>10}",
            "record set",
            "records",
            "expected",
            "produced",
            "found %",
            "extra %",
            "extra/exp",
            "root+dyad %"
        )?;
        for s in &self.sets {
            writeln!(
                f,
                "{:<54} {:>7} {:>8} {:>8} {:>8.2} {:>9.2} {:>9.2} {:>10.2}",
                s.name,
                s.records,
                s.expected,
                s.produced,
                s.found_pct(),
                s.extra_pct(),
                pct(s.extra, s.expected),
                pct(s.found_root, s.expected)
            )?;
        }
        writeln!(f, "Reference: UniversalPetrarch on its English records, 68.27 % found, 22.95 % extra (its own dictionaries and UD parses).")?;
        writeln!(f, "found % = expected (source, target, CAMEO code) triples produced / expected; extra % = produced events matching no expected event / produced; extra/exp = the same count / expected; root+dyad % = expected events matched on source, target and CAMEO root only.")?;
        if let Some(p) = &self.plover {
            writeln!(
                f,
                "PLOVER gold records ({} records, gold actor spans given): event type agrees {:.2} %, type + source (+ target) agree {:.2} %, no event coded {:.2} %",
                p.records,
                pct(p.event_agree, p.records),
                pct(p.full_agree, p.records),
                pct(p.silent, p.records)
            )?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Minimal XML record reader (the files are regular: one <Sentence> … </Sentence> per record).

#[derive(Debug, Clone, Default)]
struct Record {
    id: String,
    category: String,
    /// YYYYMMDD
    date: Option<u32>,
    evaluate: bool,
    text: String,
    expected: Vec<(String, String, String)>,
    expects_error: bool,
    /// The record's own dependency parse (CoNLL-U), when it has one.
    parse: Option<String>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let pat = format!("{name}=\"");
    let mut from = 0;
    while let Some(p) = tag[from..].find(&pat) {
        let s = from + p;
        // whole attribute name
        if s == 0 || tag.as_bytes()[s - 1].is_ascii_whitespace() {
            let v = s + pat.len();
            let e = tag[v..].find('"')? + v;
            return Some(unescape(&tag[v..e]));
        }
        from = s + pat.len();
    }
    None
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn strip_comments(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(p) = rest.find("<!--") {
        out.push_str(&rest[..p]);
        match rest[p..].find("-->") {
            Some(e) => rest = &rest[p + e + 3..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// The categories named in the file's `<Include>` element, if any (UniversalPetrarch evaluates
/// only those).
fn included_categories(xml: &str) -> Option<Vec<String>> {
    let xml = strip_comments(xml);
    let a = xml.find("<Include>")? + "<Include>".len();
    let e = xml[a..].find("</Include>")? + a;
    Some(xml[a..e].split_whitespace().map(str::to_string).collect())
}

fn read_records(xml: &str) -> Vec<Record> {
    let xml = strip_comments(xml);
    let mut out = Vec::new();
    let mut rest = xml.as_str();
    while let Some(p) = rest.find("<Sentence ") {
        let body_end = rest[p..].find("</Sentence>").map_or(rest.len(), |e| p + e);
        let block = &rest[p..body_end];
        rest = &rest[body_end.min(rest.len())..];
        if rest.starts_with("</Sentence>") {
            rest = &rest["</Sentence>".len()..];
        }
        let head_end = block.find('>').unwrap_or(block.len());
        let head = &block[..head_end];
        let mut r = Record {
            id: attr(head, "id").unwrap_or_default(),
            category: attr(head, "category").unwrap_or_default(),
            date: attr(head, "date").and_then(|d| d.parse().ok()),
            evaluate: attr(head, "evaluate").is_none_or(|v| v != "false"),
            ..Record::default()
        };
        let mut b = block;
        while let Some(q) = b.find("<EventCoding") {
            let e = b[q..].find('>').map_or(b.len(), |e| q + e);
            let tag = &b[q..e];
            if attr(tag, "error").is_some() {
                r.expects_error = true;
            }
            if let (Some(s), Some(t), Some(c)) = (
                attr(tag, "sourcecode"),
                attr(tag, "targetcode"),
                attr(tag, "eventcode"),
            ) {
                r.expected.push((s, t, c));
            }
            b = &b[e..];
        }
        if let Some(t) = block.find("<Text>") {
            let te = block[t..].find("</Text>").map_or(block.len(), |e| t + e);
            r.text = unescape(block[t + 6..te].trim())
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
        }
        if let Some(t) = block.find("<Parse>") {
            let te = block[t..].find("</Parse>").map_or(block.len(), |e| t + e);
            let conllu: String = unescape(&block[t + 7..te])
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| format!("{l}\n"))
                .collect();
            if !conllu.is_empty() {
                r.parse = Some(conllu + "\n");
            }
        }
        out.push(r);
    }
    out
}

// PETRARCH actor + agent dictionaries as an overlay: `events_dict.rs`.
#[path = "events_dict.rs"]
mod dict;
use dict::ActorOverlay;

/// "Syrian", "Sudanese", "Israeli": one capitalised word that names a people (an adjective).
fn is_demonym(w: &str) -> bool {
    !w.contains(' ')
        && w.chars().next().is_some_and(char::is_uppercase)
        && (w.ends_with("ian")
            || w.ends_with("ese")
            || w.ends_with("ish")
            || (w.len() > 5 && w.ends_with('i')))
}

fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let inword = c.is_alphanumeric() || c == '-' || c == '\'';
        match (inword, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    // Possessive 's is not part of the name.
    out.into_iter()
        .map(|(s, e)| {
            if text[s..e].ends_with("'s") && e - s > 2 {
                (s, e - 2)
            } else {
                (s, e)
            }
        })
        .collect()
}

/// (source, target, code) triples of the coded events, compounds expanded.
fn triples(evs: &[Event]) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for e in evs {
        let Some(t) = &e.target else {
            // A compound source with no target is a reciprocal event among its members
            // ("Gondor and Osgiliath renewed ties"), coded pairwise as PETRARCH does.
            let all: Vec<&str> = std::iter::once(&e.source)
                .chain(&e.co_sources)
                .map(|a| a.id.as_str())
                .collect();
            for a in &all {
                for b in &all {
                    if a != b {
                        out.push((a.to_string(), b.to_string(), e.action.cameo.clone()));
                    }
                }
            }
            continue;
        };
        for s in std::iter::once(&e.source).chain(&e.co_sources) {
            for t in std::iter::once(t).chain(&e.co_targets) {
                if s.id != t.id {
                    out.push((s.id.clone(), t.id.clone(), e.action.cameo.clone()));
                }
            }
        }
    }
    out
}

/// The records' parses follow UD v1 (`dobj`, `nsubjpass`, `nmod` for obliques): rename the
/// relations to UD v2, the scheme dossier's parser and frames use. `nmod` on a verb or adjective
/// becomes `obl` (`obl:agent` for a `by` phrase of a past participle).
fn ud1_to_ud2(conllu: &str) -> String {
    let mut out = String::new();
    for block in conllu.split("\n\n") {
        let rows: Vec<Vec<&str>> = block
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('\t').collect())
            .collect();
        let by_id = |id: &str| rows.iter().find(|r| r.len() == 10 && r[0] == id);
        for r in &rows {
            if r.len() != 10 {
                out.push_str(&r.join("\t"));
                out.push('\n');
                continue;
            }
            let head = by_id(r[6]);
            let head_upos = head.map_or("", |h| h[3]);
            let head_xpos = head.map_or("", |h| h[4]);
            let has_by = rows
                .iter()
                .any(|c| c.len() == 10 && c[6] == r[0] && c[7] == "case" && c[2] == "by");
            let rel = match r[7] {
                "dobj" => "obj",
                "nsubjpass" => "nsubj:pass",
                "auxpass" => "aux:pass",
                "csubjpass" => "csubj:pass",
                "neg" => "advmod",
                "mwe" => "fixed",
                "name" => "flat",
                "nmod:tmod" | "nmod:npmod" | "obl:tmod" | "obl:npmod" => "obl:unmarked",
                "nmod" if head_upos == "VERB" && head_xpos == "VBN" && has_by => "obl:agent",
                "nmod" if matches!(head_upos, "VERB" | "ADJ" | "AUX") => "obl",
                other => other,
            };
            let mut cols = r.clone();
            cols[7] = rel;
            if cols[3] == "CONJ" {
                cols[3] = "CCONJ";
            }
            out.push_str(&cols.join("\t"));
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// Which syntactic analysis the coder reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parses {
    /// dossier's own tagger and parser on the record's text (what production sees).
    Ours,
    /// The record's own UD parse (UniversalPetrarch ships one per sentence), which separates
    /// the coder's logic from parser errors.
    Records,
}

/// The text, actor layer and events of one record under `parses` (falls back to our parser
/// when the record has no usable parse), with the triggers the coder dropped and where.
fn code_record(
    r: &Record,
    overlay: &ActorOverlay,
    lex: &EventLexicon,
    parses: Parses,
) -> (String, ActorLayer, Vec<Event>, Vec<events::Dropped>) {
    if parses == Parses::Records {
        let v2 = r.parse.as_deref().map(ud1_to_ud2);
        if let Some(Ok(sents)) = v2.as_deref().map(dossier_core::syntax::conllu::parse) {
            let (text, doc) = dossier_core::syntax::conllu::gold_doc(&sents);
            let layer = overlay.layer(&text, r.date);
            let (evs, dropped) = events::explain(&text, &doc, &layer, &[], lex);
            return (text, layer, evs, dropped);
        }
    }
    let layer = overlay.layer(&r.text, r.date);
    let doc = dossier_core::syntax::parse(&r.text);
    let (evs, dropped) = events::explain(&r.text, &doc, &layer, &[], lex);
    (r.text.clone(), layer, evs, dropped)
}

/// Score one validation file against its actor overlay.
pub fn eval_records(
    name: &str,
    xml: &str,
    overlay: &ActorOverlay,
    lex: &EventLexicon,
    parses: Parses,
    mut listing: Option<&mut Listing>,
) -> SetReport {
    let mut rep = SetReport {
        name: name.to_string(),
        ..SetReport::default()
    };
    let include = included_categories(xml);
    for r in read_records(xml) {
        if !r.evaluate || r.expects_error || r.text.is_empty() {
            continue;
        }
        if include
            .as_ref()
            .is_some_and(|inc| !inc.contains(&r.category))
        {
            continue;
        }
        rep.records += 1;
        let (text, layer, evs, dropped) = code_record(&r, overlay, lex, parses);
        let produced = triples(&evs);
        rep.expected += r.expected.len();
        rep.produced += produced.len();
        let mut used = vec![false; produced.len()];
        for (s, t, c) in &r.expected {
            if let Some(k) = (0..produced.len()).find(|&k| {
                !used[k] && produced[k].0 == *s && produced[k].1 == *t && produced[k].2 == *c
            }) {
                used[k] = true;
                rep.found += 1;
            }
        }
        rep.extra += used.iter().filter(|u| !**u).count();
        let mut used_root = vec![false; produced.len()];
        for (s, t, c) in &r.expected {
            if let Some(k) = (0..produced.len()).find(|&k| {
                !used_root[k]
                    && produced[k].0 == *s
                    && produced[k].1 == *t
                    && produced[k].2.get(..2) == c.get(..2)
            }) {
                used_root[k] = true;
                rep.found_root += 1;
            }
        }
        if let Some(l) = listing.as_deref_mut() {
            l.record(&r.id, &text, &r.expected, &produced, &evs, &layer, &dropped);
        }
    }
    rep
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))
}

/// Which verb dictionary the coder uses in an evaluation run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbs {
    /// The records' own verb dictionary (what PETRARCH and UniversalPetrarch were scored with).
    Records,
    /// The lexicon shipped in dossier (CAMEO.2.0): a harder, out-of-dictionary setting, since the
    /// records' toy dictionary assigns its own codes.
    Shipped,
}

#[allow(clippy::too_many_arguments)]
fn run_set(
    name: &str,
    dir: &Path,
    records: &str,
    actors: &str,
    agents: &str,
    verbs_file: &str,
    verbs: Verbs,
    parses: Parses,
    listing: Option<&mut Listing>,
) -> Result<SetReport> {
    let overlay = ActorOverlay::parse(&read(&dir.join(actors))?, &read(&dir.join(agents))?);
    let own;
    let lex = match verbs {
        Verbs::Shipped => EventLexicon::builtin(),
        Verbs::Records => {
            let path = dir.join(verbs_file);
            own = EventLexicon::from_cameo_dictionary(&read(&path)?)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            &own
        }
    };
    let mut label = match verbs {
        Verbs::Records => format!("{name} (their verbs"),
        Verbs::Shipped => format!("{name} (shipped lexicon"),
    };
    label.push_str(match parses {
        Parses::Ours => ")",
        Parses::Records => ", record parses)",
    });
    let mut listing = listing;
    if let Some(l) = listing.as_deref_mut() {
        l.name.clone_from(&label);
    }
    Ok(eval_records(
        &label,
        &read(&dir.join(records))?,
        &overlay,
        lex,
        parses,
        listing,
    ))
}

/// PETRARCH-2 unit-test records (`petrarch2/validation/`) with their own actor dictionaries.
pub fn eval_petrarch(
    data_dir: &Path,
    verbs: Verbs,
    listing: Option<&mut Listing>,
) -> Result<SetReport> {
    run_set(
        "PETRARCH-2 unit tests",
        &data_dir.join("petrarch2").join("validation"),
        "PETR.UnitTest.records.xml",
        "PETR.Validate.actors.txt",
        "PETR.Validate.agents.txt",
        "PETR.Validate.verbs.txt",
        verbs,
        Parses::Ours,
        listing,
    )
}

/// UniversalPetrarch English validation records (`universal-petrarch/english/`).
pub fn eval_universal_petrarch(
    data_dir: &Path,
    verbs: Verbs,
    parses: Parses,
    listing: Option<&mut Listing>,
) -> Result<SetReport> {
    run_set(
        "UniversalPetrarch English",
        &data_dir.join("universal-petrarch").join("english"),
        "PETR_Validate_records_2_02.xml",
        "PETR_Validate_actors_2_02.txt",
        "PETR_Validate_agents_2_02.txt",
        "PETR_Validate_verbs_2_02.txt",
        verbs,
        parses,
        listing,
    )
}

/// The 78 PETRARCH-2 "GSR" records of UniversalPetrarch (`universal-petrarch/english/
/// PETR2_GSR_validation.xml`): real wire sentences coded with the production CAMEO.2.0 verbs and
/// Phoenix actor dictionaries. The verbs are dossier's shipped lexicon (built from the same
/// CAMEO.2.0 file); actors are the Phoenix country, international and non-state dictionaries
/// plus Phoenix agents, from `petrarch2/dictionaries/`.
pub fn eval_gsr(
    data_dir: &Path,
    parses: Parses,
    listing: Option<&mut Listing>,
) -> Result<SetReport> {
    let dict = data_dir.join("petrarch2").join("dictionaries");
    let mut actors = String::new();
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ] {
        actors.push_str(&read(&dict.join(f))?);
        actors.push('\n');
    }
    let overlay = ActorOverlay::parse(&actors, &read(&dict.join("Phoenix.agents.txt"))?);
    let xml = read(
        &data_dir
            .join("universal-petrarch")
            .join("english")
            .join("PETR2_GSR_validation.xml"),
    )?;
    let name = match parses {
        Parses::Ours => "PETRARCH-2 GSR news (shipped lexicon)",
        Parses::Records => "GSR news (shipped lexicon, record parses)",
    };
    let mut listing = listing;
    if let Some(l) = listing.as_deref_mut() {
        name.clone_into(&mut l.name);
    }
    Ok(eval_records(
        name,
        &xml,
        &overlay,
        EventLexicon::builtin(),
        parses,
        listing,
    ))
}

/// PLOVER names in the gold records (0.5b1/0.6) → names in the 2021 table.
fn plover_2021(name: &str) -> &str {
    match name {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

/// Agreement with the PLOVER gold records (`plover/PLOVER_GSR_CAMEO.txt`). The records' own
/// actor texts and codes are given to the coder as its actor layer, so this measures event type
/// and role assignment, not actor recognition.
pub fn eval_plover(data_dir: &Path, mut listing: Option<&mut Listing>) -> Result<PloverReport> {
    let path = data_dir.join("plover").join("PLOVER_GSR_CAMEO.txt");
    let json: serde_json::Value = serde_json::from_str(&read(&path)?)
        .with_context(|| format!("{}: not JSON", path.display()))?;
    let mut rep = PloverReport::default();
    for rec in json.as_array().into_iter().flatten() {
        let (Some(text), Some(event)) = (rec["text"].as_str(), rec["event"].as_str()) else {
            continue;
        };
        if event == "DOCUMENT" {
            continue;
        }
        rep.records += 1;
        let actors = |key: &str| -> Vec<(String, String)> {
            rec[key]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|a| {
                    Some((
                        // Some records pad the actor text (" Former Socialist prime minister").
                        a["actorText"].as_str()?.trim().to_string(),
                        a["code"].as_str()?.to_string(),
                    ))
                })
                .collect()
        };
        let sources = actors("source");
        let targets = actors("target");
        let mut layer = ActorLayer::default();
        let mut spans: Vec<(usize, usize, String)> = Vec::new();
        for (t, code) in sources.iter().chain(&targets) {
            if t.is_empty() {
                continue;
            }
            let mut from = 0;
            while let Some(p) = text[from..].find(t.as_str()) {
                let s = from + p;
                from = s + t.len();
                if !spans.iter().any(|(a, b, _)| s < *b && *a < s + t.len()) {
                    spans.push((s, s + t.len(), code.clone()));
                }
            }
        }
        spans.sort();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (s, e, code) in spans {
            let actor = *index.entry(code.clone()).or_insert_with(|| {
                layer.actors.push(ActorEntry {
                    id: code.clone(),
                    name: code.clone(),
                    kind: ActorKind::State,
                    country: None,
                    role: None,
                    affiliation: None,
                });
                layer.actors.len() - 1
            });
            layer.mentions.push(Mention {
                start: s,
                end: e,
                actor,
                form: MentionForm::Name,
                sentence: 0,
            });
        }
        let doc = dossier_core::syntax::parse(text);
        let (evs, dropped) = events::explain(text, &doc, &layer, &[], EventLexicon::builtin());
        if evs.is_empty() {
            rep.silent += 1;
        }
        let gold = plover_2021(event);
        if !evs.iter().any(|e| e.action.plover == gold) {
            if let Some(l) = listing.as_deref_mut() {
                l.plover_miss(gold, text, &evs, &dropped);
            }
        }
        let typed: Vec<&Event> = evs.iter().filter(|e| e.action.plover == gold).collect();
        if !typed.is_empty() {
            rep.event_agree += 1;
        }
        let src_codes: Vec<&str> = sources.iter().map(|(_, c)| c.as_str()).collect();
        let tgt_codes: Vec<&str> = targets.iter().map(|(_, c)| c.as_str()).collect();
        let full = typed.iter().any(|e| {
            let srcs: Vec<&str> = std::iter::once(&e.source)
                .chain(&e.co_sources)
                .map(|a| a.id.as_str())
                .collect();
            let tgts: Vec<&str> = e
                .target
                .iter()
                .chain(&e.co_targets)
                .map(|a| a.id.as_str())
                .collect();
            srcs.iter().any(|s| src_codes.contains(s))
                && (tgt_codes.is_empty() || tgts.iter().any(|t| tgt_codes.contains(t)))
        });
        if full {
            rep.full_agree += 1;
        }
    }
    Ok(rep)
}

/// All event-coding evaluations over `data_dir` (the `event-coding` folder).
pub fn eval_all(data_dir: &Path) -> Result<Report> {
    Ok(eval_all_listed(data_dir, false)?.0)
}

/// As [`eval_all`]; with `verbose`, also the listing of every set (the records the coder gets
/// wrong, each miss with its cause: `events_verbose.rs`), in the report's order.
pub fn eval_all_listed(data_dir: &Path, verbose: bool) -> Result<(Report, Vec<Listing>)> {
    let mut ls: Vec<Listing> = (0..8).map(|_| Listing::default()).collect();
    let mut it = ls.iter_mut().map(|l| verbose.then_some(l));
    let mut next = || it.next().flatten();
    let sets = vec![
        eval_petrarch(data_dir, Verbs::Records, next())?,
        eval_universal_petrarch(data_dir, Verbs::Records, Parses::Ours, next())?,
        eval_universal_petrarch(data_dir, Verbs::Records, Parses::Records, next())?,
        eval_petrarch(data_dir, Verbs::Shipped, next())?,
        eval_universal_petrarch(data_dir, Verbs::Shipped, Parses::Ours, next())?,
        eval_gsr(data_dir, Parses::Ours, next())?,
        eval_gsr(data_dir, Parses::Records, next())?,
    ];
    let plover = eval_plover(data_dir, next())?;
    drop(it);
    if let Some(l) = ls.last_mut() {
        l.name = "PLOVER gold records (shipped lexicon)".into();
    }
    let report = Report {
        sets,
        plover: Some(plover),
    };
    Ok((report, if verbose { ls } else { Vec::new() }))
}

/// The shared data folder as seen from this crate (`../shared/data/event-coding` next to the
/// repository), for tests and the default of `dossier eval events`.
/// `DOSSIER_SHARED_DATA` (the `shared/data` folder) overrides it.
pub fn default_data_dir() -> PathBuf {
    match std::env::var_os("DOSSIER_SHARED_DATA") {
        Some(d) => PathBuf::from(d).join("event-coding"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/event-coding"),
    }
}

#[cfg(test)]
#[path = "events_tests.rs"]
mod tests;

#[path = "events_verbose.rs"]
mod verbose;
pub use verbose::Listing;
