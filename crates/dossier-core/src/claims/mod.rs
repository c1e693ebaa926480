//! Per-document claims: statements and events turned into normalised propositions.
//!
//! A proposition is `subject – predicate – target – object` (Iran – transfer – Russia –
//! missiles). The same proposition in other words gets the same [`claim_key`]:
//!
//! - predicates by meaning: every verb form in `data/claims/predicates.tsv` maps to one class
//!   (sent, supplied, delivered → `transfer`); CAMEO code prefixes are the fallback;
//! - objects by head and class (`data/claims/objects.tsv`): "short-range ballistic missiles",
//!   "Fath-360 missiles" → `missiles`; "Shahed drones", "UAVs" → `drones`;
//! - actors by id, a state's bodies and officials folded into the state (`IRN.IRGC` → `IRN`):
//!   "the IRGC sent missiles" and "Iran sent missiles" are one claim.
//!
//! Keys hash only those normalised parts, so any shard of any corpus computes the same key for
//! the same proposition: stores merge without coordination.
//!
//! Each proposition also yields a [`LedgerEntry`]: who bears on it (the statement's speaker, or
//! the outlet in its own voice), with what stance, on what sourcing, and the evidence span.

pub mod props;
#[cfg(test)]
mod tests_props;

use crate::ledger::{EntrySource, LedgerEntry, LedgerStance, Voice};
use crate::model::{
    ActorRef, DocClaim, Event, Extraction, Modality, Polarity, Sourcing, Span, Stance, Statement,
};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Predicate and object classes, parsed from the embedded TSV files.
#[derive(Debug, Default)]
pub struct ClaimLexicon {
    /// verb form → predicate
    verbs: HashMap<String, String>,
    /// verb forms that state the converse ("received"): source and target swap
    converse: rustc_hash::FxHashSet<String>,
    /// quantity and container words ("number", "shipments"), read past to the real object
    containers: Vec<String>,
    /// (CAMEO prefix, predicate), longest prefix first
    cameo: Vec<(String, String)>,
    /// (phrase, class), longest phrase first
    objects: Vec<(String, String)>,
    /// predicate → sentence template
    templates: HashMap<String, String>,
    /// patient-centred predicate → its passive template ("{subject} was wounded by {object}")
    passive: HashMap<String, String>,
    /// word lists of the proposition reader (`data/claims/frames.tsv`), by kind
    pub(crate) words: HashMap<String, Vec<String>>,
}

/// Suffix of a patient-centred predicate ("wound:passive": Baghdadi was wounded).
pub const PASSIVE: &str = ":passive";

const PREDICATES_TSV: &str = include_str!("../../../../data/claims/predicates.tsv");
const OBJECTS_TSV: &str = include_str!("../../../../data/claims/objects.tsv");
const FRAMES_TSV: &str = include_str!("../../../../data/claims/frames.tsv");

impl ClaimLexicon {
    /// The built-in lexicon.
    pub fn embedded() -> &'static ClaimLexicon {
        static LEX: OnceLock<ClaimLexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            let mut lex = ClaimLexicon::parse(PREDICATES_TSV, OBJECTS_TSV);
            lex.parse_frames(FRAMES_TSV);
            lex
        })
    }

    /// Read the proposition reader's word lists (`kind <TAB> a|b|c`); later lines of a kind add
    /// to earlier ones.
    pub fn parse_frames(&mut self, tsv: &str) {
        for cols in data_lines(tsv) {
            if let [kind, words] = cols[..] {
                self.words
                    .entry(kind.trim().to_string())
                    .or_default()
                    .extend(
                        words
                            .split('|')
                            .map(|w| w.trim().to_lowercase())
                            .filter(|w| !w.is_empty()),
                    );
            }
        }
    }

    /// Is `word` (lower case) listed under `kind` in `frames.tsv`?
    pub fn is(&self, kind: &str, word: &str) -> bool {
        self.words
            .get(kind)
            .is_some_and(|ws| ws.iter().any(|w| w == word))
    }

    /// The phrases listed under `kind`.
    pub fn listed(&self, kind: &str) -> &[String] {
        self.words.get(kind).map_or(&[], Vec::as_slice)
    }

    /// Is `predicate` patient-centred (has a passive template)?
    pub fn is_patient_class(&self, predicate: &str) -> bool {
        self.passive.contains_key(predicate)
    }

    /// Parse the two TSV files. Malformed lines are skipped (the embedded files are tested).
    pub fn parse(predicates: &str, objects: &str) -> ClaimLexicon {
        let mut lex = ClaimLexicon::default();
        for cols in data_lines(predicates) {
            if let [pred, cameo, verbs, template, ref rest @ ..] = cols[..] {
                lex.templates.insert(pred.to_string(), template.to_string());
                if let Some(passive) = rest.first().filter(|p| !p.trim().is_empty()) {
                    lex.passive
                        .insert(pred.to_string(), passive.trim().to_string());
                }
                for code in cameo.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    lex.cameo.push((code.to_string(), pred.to_string()));
                }
                for v in verbs.split('|').map(str::trim).filter(|v| !v.is_empty()) {
                    let v = v.to_lowercase();
                    let v = match v.strip_prefix('~') {
                        Some(c) => {
                            lex.converse.insert(c.to_string());
                            c.to_string()
                        }
                        None => v,
                    };
                    lex.verbs.insert(v, pred.to_string());
                }
            }
        }
        lex.cameo
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        for cols in data_lines(objects) {
            if let [class, heads] = cols[..] {
                for h in heads.split('|').map(str::trim).filter(|h| !h.is_empty()) {
                    if class == "-" {
                        lex.containers.push(h.to_lowercase());
                    } else {
                        lex.objects.push((h.to_lowercase(), class.to_string()));
                    }
                }
            }
        }
        lex.objects
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        lex
    }

    /// The predicate class of an event: by its verb words, else by its CAMEO code.
    pub fn predicate(&self, verb: &str, cameo: &str) -> Option<&str> {
        let v = verb.trim().to_lowercase();
        if let Some(p) = self.verbs.get(&v) {
            return Some(p);
        }
        // Multi-word triggers ("has transferred", "were sent to"): any known word in them.
        if let Some(p) = v
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .find_map(|w| self.verbs.get(w))
        {
            return Some(p);
        }
        self.cameo
            .iter()
            .find(|(prefix, _)| cameo.starts_with(prefix.as_str()))
            .map(|(_, p)| p.as_str())
    }

    /// The proposition in words: "Iran transferred missiles to Russia". Parts that are unknown
    /// are dropped together with the word before them ("to {target}").
    pub fn sentence(
        &self,
        subject: &str,
        predicate: &str,
        target: Option<&str>,
        object: Option<&str>,
    ) -> String {
        // A predicate without a template is a lemma ("withdraw") or a copula ("be within"):
        // written in the past tense, or as "is …".
        let generic = format!(
            "{{subject}} {} {{target}} {{object}}",
            self.past_tense(predicate)
        );
        let template = match predicate.strip_suffix(PASSIVE) {
            Some(class) => self
                .passive
                .get(class)
                .map(String::as_str)
                .unwrap_or("{subject} underwent {predicate} by {object}"),
            None => self
                .templates
                .get(predicate)
                .map(String::as_str)
                .unwrap_or(generic.as_str()),
        };
        let mut words: Vec<String> = Vec::new();
        for token in template.split(' ') {
            let value = match token {
                "{subject}" => Some(subject),
                "{predicate}" => Some(predicate),
                "{target}" => target,
                "{object}" => object,
                w => {
                    words.push(w.to_string());
                    continue;
                }
            };
            match value {
                Some(v) => words.push(v.to_string()),
                // Drop the preposition that introduced the missing part.
                None => {
                    if words.len() > 1
                        && words.last().is_some_and(|w| {
                            ["to", "with", "on", "over", "from", "for", "by", "backing"]
                                .contains(&w.as_str())
                        })
                    {
                        words.pop();
                    }
                }
            }
        }
        words.join(" ").trim_end_matches(',').to_string()
    }

    /// The past tense of a predicate lemma for display: "be X" → "is X", irregular forms from
    /// `frames.tsv` (`irregular`: "go went"), else the regular rule.
    pub fn past_tense(&self, lemma: &str) -> String {
        if let Some(rest) = lemma.strip_prefix("be ") {
            return format!("is {rest}");
        }
        if lemma == "be" {
            return "is".into();
        }
        if let Some(past) = self.listed("irregular").iter().find_map(|pair| {
            let (base, past) = pair.split_once(' ')?;
            (base == lemma).then(|| past.to_string())
        }) {
            return past;
        }
        let b = lemma.as_bytes();
        let vowel = |c: u8| b"aeiou".contains(&c);
        if lemma.ends_with('e') {
            format!("{lemma}d")
        } else if lemma.len() > 1 && lemma.ends_with('y') && !vowel(b[b.len() - 2]) {
            format!("{}ied", &lemma[..lemma.len() - 1])
        } else {
            format!("{lemma}ed")
        }
    }

    /// Does this event verb state the converse of its predicate ("received", "has obtained")?
    pub fn is_converse(&self, verb: &str) -> bool {
        let v = verb.trim().to_lowercase();
        self.converse.contains(&v)
            || (!self.verbs.contains_key(&v)
                && v.split(|c: char| !c.is_alphanumeric() && c != '-')
                    .find(|w| self.verbs.contains_key(*w))
                    .is_some_and(|w| self.converse.contains(w)))
    }

    /// The listed class of an object phrase: the longest listed head it contains as whole
    /// words ("a small number of Shahed drones" → `drones`), or `None` when no head is listed.
    pub fn known_object(&self, phrase: &str) -> Option<&str> {
        let o = phrase.to_lowercase();
        self.objects
            .iter()
            .find(|(head, _)| contains_words(&o, head))
            .map(|(_, class)| class.as_str())
    }

    /// The object of an event as a claim sees it: the class of its object phrase when that
    /// phrase has a listed head, else a listed head in the event's evidence ("a small number of
    /// drones" read as object "number"), else nothing — "shipments", "war", "part" are not
    /// objects a claim can be about. The evidence is searched only past a quantity or container
    /// word, so "soldiers had taken part" does not make "part" into troops.
    pub fn event_object(&self, object: Option<&str>, evidence: &str) -> Option<String> {
        let o = object?;
        if let Some(class) = self.known_object(o) {
            return Some(class.to_string());
        }
        let lower = o.to_lowercase();
        let container = self.containers.iter().any(|c| contains_words(&lower, c));
        container
            .then(|| self.known_object(evidence))
            .flatten()
            .map(str::to_string)
    }

    /// The class of an object phrase: the longest listed head it contains as whole words, else
    /// its last word, lower-cased.
    pub fn object_class(&self, object: &str) -> String {
        if let Some(class) = self.known_object(object) {
            return class.to_string();
        }
        let o = object.to_lowercase();
        o.split(|c: char| !c.is_alphanumeric() && c != '-')
            .rfind(|w| !w.is_empty())
            .unwrap_or("")
            .to_string()
    }
}

fn data_lines(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// Does `haystack` contain `needle` starting and ending at word boundaries?
fn contains_words(haystack: &str, needle: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric();
    haystack.match_indices(needle).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

const STATES_TSV: &str = include_str!("../../../../data/lexicon/states.tsv");

/// Is `id` the ISO 3166 alpha-3 id of a state in the actor lexicon (`IRN`, `RUS`)? Namespaces
/// such as `IGO`, `ORG`, `OUTLET`, `PERSON` are not states even when they have three letters.
pub fn is_state_id(id: &str) -> bool {
    static STATES: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    STATES
        .get_or_init(|| {
            STATES_TSV
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split('\t').next())
                .map(str::trim)
                .filter(|id| id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase()))
                .collect()
        })
        .contains(id)
}

/// A state's bodies and officials are folded into the state: `IRN.IRGC` → `IRN`. Only real
/// state prefixes fold: `IGO.EU` stays `IGO.EU`.
pub fn claim_actor_id(id: &str) -> &str {
    match id.split_once('.') {
        Some((state, _)) if is_state_id(state) => state,
        _ => id,
    }
}

/// The deterministic key of a proposition (24 hex digits of BLAKE3 over its normalised parts).
pub fn claim_key(
    subject: &str,
    predicate: &str,
    target: Option<&str>,
    object: Option<&str>,
) -> String {
    let canonical = format!(
        "claim/v1|{}|{}|{}|{}",
        claim_actor_id(subject),
        predicate,
        target.map(claim_actor_id).unwrap_or(""),
        object.unwrap_or("")
    );
    blake3::hash(canonical.as_bytes()).to_hex()[..24].to_string()
}

/// A document's propositions, each with the ledger entry it contributes.
#[derive(Debug, Clone, PartialEq)]
pub struct DocClaimEntry {
    pub claim: DocClaim,
    /// `None` for stances that do not bear on status (conditional, question, no comment).
    pub entry: Option<LedgerEntry>,
}

/// Turn a document's events and statements into claims and ledger entries.
///
/// - An event inside a statement takes the statement's speaker and stance; a negated or denied
///   event makes it a denial ("Kanaani said Iran has not delivered missiles").
/// - An event in the article's own voice is asserted (or denied, if negated) by the outlet.
/// - A denial or assertion without a proposition of its own ("Nozari dismissed the claims",
///   "he denied it") bears on the nearest claim before it in the document, else the first.
///
/// The claims are the extraction's own (`x.claims`, what `dossier extract` printed), so the
/// store files exactly those; an extraction without claims (built by hand) gets them computed
/// from its events and statements, without syntax.
pub fn doc_claims(x: &Extraction, lex: &ClaimLexicon) -> Vec<DocClaimEntry> {
    let claims = if x.claims.is_empty() {
        compute(x, lex, None, None)
            .into_iter()
            .map(|c| c.claim)
            .collect()
    } else {
        x.claims.clone()
    };
    claims
        .into_iter()
        .map(|claim| DocClaimEntry {
            entry: entry_for(x, &claim),
            claim,
        })
        .collect()
}

/// The document's claims, read with its syntax (`doc` from `dossier_syntax::parse(text)`):
/// events' claims as before (targets checked against the tree), plus a proposition from the
/// content of every statement (see [`props`]), hedges and earlier statements placed.
pub fn extract_claims(
    x: &Extraction,
    text: &str,
    doc: &dossier_syntax::Doc,
    lex: &ClaimLexicon,
) -> Vec<DocClaim> {
    let syn = props::Syn::new(x, text, doc);
    compute(x, lex, Some(text), syn.as_ref())
        .into_iter()
        .map(|c| c.claim)
        .collect()
}

/// The ledger entry a claim contributes: its statement's speaker, relay chain and sourcing (the
/// statement's content as evidence), or the outlet in its own voice; `None` for stances that do
/// not bear on status.
pub fn entry_for(x: &Extraction, claim: &DocClaim) -> Option<LedgerEntry> {
    let ls = ledger_stance(claim.stance)?;
    let country = |id: &str| {
        x.actors
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.country.clone())
            .or_else(|| {
                let s = claim_actor_id(id);
                is_state_id(s).then(|| s.to_string())
            })
    };
    let voice = |r: &ActorRef| Voice {
        id: r.id.clone(),
        name: r.name.clone(),
        country: country(&r.id),
    };
    let statement = claim
        .statement
        .as_deref()
        .and_then(|id| x.statements.iter().find(|s| s.id == id));
    Some(match statement {
        Some(s) => LedgerEntry {
            document: x.document.id.clone(),
            published: x.document.published.clone(),
            outlet: x.document.outlet.clone(),
            speaker: voice(&s.speaker),
            via: s.via.iter().map(voice).collect(),
            stance: ls,
            sourcing: s.sourcing,
            source: EntrySource::Statement,
            evidence: s.content.clone(),
            date: s.date.clone(),
        },
        None => {
            let name = x
                .document
                .outlet
                .clone()
                .unwrap_or_else(|| "the article".to_string());
            LedgerEntry {
                document: x.document.id.clone(),
                published: x.document.published.clone(),
                outlet: x.document.outlet.clone(),
                speaker: Voice {
                    id: format!("OUTLET.{}", slug(&name)),
                    name,
                    country: None,
                },
                via: Vec::new(),
                stance: ls,
                sourcing: Sourcing::Outlet,
                source: EntrySource::Event,
                evidence: claim.evidence.clone(),
                date: claim
                    .event
                    .as_deref()
                    .and_then(|id| x.events.iter().find(|e| e.id == id))
                    .and_then(|e| e.date.clone()),
            }
        }
    })
}

/// Claims and entries of a document; with `syn`, statement propositions too.
fn compute(
    x: &Extraction,
    lex: &ClaimLexicon,
    text: Option<&str>,
    syn: Option<&props::Syn>,
) -> Vec<DocClaimEntry> {
    let statements: HashMap<&str, &Statement> =
        x.statements.iter().map(|s| (s.id.as_str(), s)).collect();
    let countries: HashMap<&str, Option<&str>> = x
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.country.as_deref()))
        .collect();
    let names: HashMap<&str, &str> = x
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    let folded = |r: &ActorRef| -> ActorRef {
        let id = claim_actor_id(&r.id);
        if id == r.id {
            return r.clone();
        }
        ActorRef {
            id: id.to_string(),
            name: names.get(id).map_or(id, |n| n).to_string(),
            mention: r.mention.clone(),
        }
    };
    let voice = |r: &ActorRef| Voice {
        id: r.id.clone(),
        name: r.name.clone(),
        country: countries
            .get(r.id.as_str())
            .copied()
            .flatten()
            .map(str::to_string)
            .or_else(|| {
                let s = claim_actor_id(&r.id);
                is_state_id(s).then(|| s.to_string())
            }),
    };
    // A statement's ledger entry: its speaker and relay chain, its sourcing, its content.
    let statement_entry = |s: &Statement, stance: LedgerStance| LedgerEntry {
        document: x.document.id.clone(),
        published: x.document.published.clone(),
        outlet: x.document.outlet.clone(),
        speaker: voice(&s.speaker),
        via: s.via.iter().map(voice).collect(),
        stance,
        sourcing: s.sourcing,
        source: EntrySource::Statement,
        evidence: s.content.clone(),
        date: s.date.clone(),
    };
    let outlet_voice = || {
        let name = x
            .document
            .outlet
            .clone()
            .unwrap_or_else(|| "the article".to_string());
        Voice {
            id: format!("OUTLET.{}", slug(&name)),
            name,
            country: None,
        }
    };

    let mut out: Vec<DocClaimEntry> = Vec::new();
    let mut used_statements: Vec<&str> = Vec::new();
    // Predicate tokens already read as events (with syntax).
    let mut event_preds: Vec<usize> = Vec::new();
    // Statements whose content is itself a proposition about alignment: "Iran is a key
    // partner", "Iran supports no party in the conflict".
    let mut aligned: Vec<&str> = Vec::new();
    for s in &x.statements {
        if used_statements.contains(&s.id.as_str()) {
            continue;
        }
        let Some((subject, stance)) = copular_proposition(x, s) else {
            continue;
        };
        let Some(ls) = ledger_stance(stance) else {
            continue;
        };
        let predicate = ALIGN;
        let claim = DocClaim {
            key: claim_key(&subject.id, predicate, None, None),
            subject: folded(&subject),
            predicate: predicate.to_string(),
            target: None,
            object: None,
            stance,
            statement: Some(s.id.clone()),
            event: None,
            evidence: s.content.clone(),
            ..no_details()
        };
        used_statements.push(s.id.as_str());
        aligned.push(s.id.as_str());
        out.push(DocClaimEntry {
            claim,
            entry: Some(statement_entry(s, ls)),
        });
    }

    for e in &x.events {
        let Some(predicate) = lex.predicate(&e.action.verb, &e.action.cameo) else {
            continue;
        };
        // The statement already gave its alignment proposition ("Iran supports no party"):
        // its support verb is not a second claim.
        if (predicate == "support" || predicate == ALIGN)
            && e.statement
                .as_deref()
                .is_some_and(|id| aligned.contains(&id))
        {
            continue;
        }
        let object = lex.event_object(e.object.as_deref(), &e.evidence.text);
        // "Russia received Iranian missiles": the giver is the subject.
        let (source, target) = if lex.is_converse(&e.action.verb) {
            match &e.target {
                Some(t) => (t, Some(&e.source)),
                None => continue,
            }
        } else {
            (&e.source, e.target.as_ref())
        };
        let mut merge_notes: Vec<String> = Vec::new();
        let verb = e.action.verb.to_lowercase();
        if verb != predicate {
            merge_notes.push(format!("'{verb}' → {predicate}"));
        }
        if lex.is_converse(&e.action.verb) {
            merge_notes.push(format!(
                "converse '{verb}': {} gave, {} received",
                source.name, e.source.name
            ));
        }
        if let Some(o) = e.object.as_deref() {
            if let Some(c) = object.as_deref().filter(|c| *c != o.to_lowercase()) {
                merge_notes.push(format!("'{o}' → {c}"));
            }
        }
        for r in std::iter::once(source).chain(target) {
            if claim_actor_id(&r.id) != r.id {
                merge_notes.push(format!("{} → {}", r.name, claim_actor_id(&r.id)));
            }
        }
        // With the tree: the event's verb, and its target only if it is an argument of that
        // verb ("sent drones for use in Ukraine": Ukraine belongs to "use", not "sent").
        let event_token = syn.and_then(|s| s.token_of(&e.evidence, &e.action.verb));
        let mut target = target;
        let mut own_voice_report = false;
        if let (Some(s), Some(v)) = (syn, event_token) {
            if let Some(t) = target.filter(|t| !is_argument_of(s, t, v, predicate)) {
                merge_notes.push(format!(
                    "'{}' is introduced as a place, not a recipient of '{}': no target",
                    t.mention
                        .as_ref()
                        .map_or(t.name.as_str(), |m| m.text.as_str()),
                    e.action.verb
                ));
                target = None;
            }
            own_voice_report = e.statement.is_none() && under_report_noun(s, v);
        }
        // Without a tree, the words before say as much: a recipient is not introduced by a
        // place preposition ("sent drones for use in Ukraine"), and "reports that …" mentions.
        if let (Some(t), None) = (text, event_token) {
            if let Some(tg) = target.filter(|tg| {
                NEEDS_OBJECT.contains(&predicate)
                    && tg.mention.as_ref().is_some_and(|m| {
                        last_words(&chars_before(t, m.start, 16), 1)
                            .iter()
                            .any(|w| matches!(w.as_str(), "in" | "at" | "inside" | "near"))
                    })
            }) {
                merge_notes.push(format!(
                    "'{}' follows a place preposition: no target",
                    tg.mention.as_ref().map_or("", |m| m.text.as_str())
                ));
                target = None;
            }
            if e.statement.is_none() {
                let before = last_words(&chars_before(t, e.evidence.start, 30), 2);
                own_voice_report =
                    before.len() == 2 && before[1] == "that" && is_anaphoric(&before[0]);
            }
        }
        // A merely mentioned proposition that is missing its recipient is no claim ("declined
        // to comment on reports that Tehran had sent ballistic missiles").
        if own_voice_report && target.is_none() && NEEDS_OBJECT.contains(&predicate) {
            continue;
        }
        // A transfer or deployment of nothing known is not a claim ("Russia transferred to
        // Iran").
        if NEEDS_OBJECT.contains(&predicate) && object.is_none() {
            continue;
        }
        // A proposition needs something to be about: a target or a known object. "Russia
        // transferred shipments" and "Russia reached an agreement on part" are not claims.
        if target.is_none() && object.is_none() {
            continue;
        }
        if target
            .as_ref()
            .is_some_and(|t| claim_actor_id(&t.id) == claim_actor_id(&source.id))
        {
            continue;
        }
        let statement = e
            .statement
            .as_deref()
            .and_then(|id| statements.get(id).copied());
        let mut stance = event_stance(e, statement);
        if own_voice_report && stance == Stance::Assert {
            // "declined to comment on reports that Tehran had sent missiles": the outlet
            // mentions the reports, it does not assert them.
            stance = Stance::Hedge;
            merge_notes.push("inside 'reports that …': mentioned, not asserted".into());
        }
        let object = match (statement, e.object.as_deref(), object) {
            (Some(s), Some(phrase), Some(class)) => {
                Some(antecedent_object(lex, &s.content.text, phrase).unwrap_or(class))
            }
            (_, _, object) => object,
        };
        let object_class = object.clone();
        let claim = DocClaim {
            key: claim_key(
                &source.id,
                predicate,
                target.map(|t| t.id.as_str()),
                object.as_deref(),
            ),
            subject: folded(source),
            predicate: predicate.to_string(),
            target: target.map(&folded),
            object,
            stance,
            statement: statement.map(|s| s.id.clone()),
            event: Some(e.id.clone()),
            // A conditional, question or refusal is kept as a note for the brief's stakes: its
            // evidence is the whole statement ("if Iran sends more drones …, Europe would
            // respond with new sanctions"), not only the event inside it.
            evidence: match statement {
                Some(s) if ledger_stance(stance).is_none() => s.content.clone(),
                _ => e.evidence.clone(),
            },
            polarity: matches!(e.modality, Modality::Negated | Modality::Denied)
                .then_some(Polarity::Negative),
            detail: e.object.clone().filter(|o| {
                object_class
                    .as_deref()
                    .is_some_and(|c| c != o.to_lowercase())
            }),
            merge: Some(merge_notes.join("; ")).filter(|m| !m.is_empty()),
            ..no_details()
        };
        if let Some(v) = event_token {
            event_preds.push(v);
        }
        let entry = ledger_stance(stance).map(|ls| match statement {
            Some(s) => {
                used_statements.push(s.id.as_str());
                statement_entry(s, ls)
            }
            None => LedgerEntry {
                document: x.document.id.clone(),
                published: x.document.published.clone(),
                outlet: x.document.outlet.clone(),
                speaker: outlet_voice(),
                via: Vec::new(),
                stance: ls,
                sourcing: Sourcing::Outlet,
                source: EntrySource::Event,
                evidence: e.evidence.clone(),
                date: e.date.clone(),
            },
        });
        out.push(DocClaimEntry { claim, entry });
    }

    // With syntax: the proposition of every statement's content.
    let before_cue = |s: &Statement| -> String {
        text.map(|t| chars_before(t, s.cue.start, 30))
            .unwrap_or_default()
    };
    let mut hedged: Vec<&str> = Vec::new();
    for s in &x.statements {
        if props::is_hedged(lex, &before_cue(s), s) {
            hedged.push(s.id.as_str());
        }
    }
    if let Some(syn) = syn {
        let mut seen: Vec<usize> = event_preds.clone();
        for s in &x.statements {
            if aligned.contains(&s.id.as_str())
                || is_anaphoric(&s.content.text)
                || props::is_no_comment(lex, s)
            {
                continue;
            }
            for p in props::content_predicates(syn, lex, &s.content) {
                if seen.contains(&p) {
                    continue;
                }
                seen.push(p);
                let Some(prop) = props::read(syn, x, lex, p) else {
                    continue;
                };
                let mut stance = props::prop_stance(s.stance, &prop);
                if hedged.contains(&s.id.as_str()) && stance != Stance::Conditional {
                    stance = Stance::Hedge;
                }
                let claim = prop_claim(prop, stance, Some(s.id.clone()));
                // Two statements over the same words (a quote and its paraphrase): one claim.
                if out.iter().any(|c| {
                    c.claim.key == claim.key
                        && c.claim.evidence.start < claim.evidence.end
                        && claim.evidence.start < c.claim.evidence.end
                }) {
                    continue;
                }
                if ledger_stance(stance).is_some() {
                    used_statements.push(s.id.as_str());
                }
                out.push(DocClaimEntry { claim, entry: None });
            }
        }
        resolve_in_document(&mut out);
    }

    // Statements that bear on a claim without stating it ("dismissed the claims", "we cannot
    // confirm that").
    for s in &x.statements {
        let hedge = hedged.contains(&s.id.as_str());
        if used_statements.contains(&s.id.as_str()) || !(is_anaphoric(&s.content.text) || hedge) {
            continue;
        }
        let stance = if hedge { Stance::Hedge } else { s.stance };
        if !hedge && props::is_no_comment(lex, s) {
            continue;
        }
        let Some(ls) = ledger_stance(stance) else {
            continue;
        };
        let nearest = out
            .iter()
            .filter(|c| c.claim.evidence.start <= s.content.start)
            .max_by_key(|c| c.claim.evidence.start)
            .or_else(|| out.first());
        let Some(base) = nearest.map(|c| c.claim.clone()) else {
            continue;
        };
        out.push(DocClaimEntry {
            claim: DocClaim {
                stance,
                statement: Some(s.id.clone()),
                event: None,
                evidence: s.content.clone(),
                merge: Some(format!(
                    "'{}' refers back to the claim before it",
                    s.content.text
                )),
                ..base
            },
            entry: Some(statement_entry(s, ls)),
        });
    }
    // "had previously denied", "said earlier": before the statement that reports it.
    if let Some(t) = text {
        let earlier = |c: &DocClaimEntry| -> bool {
            c.claim
                .statement
                .as_deref()
                .and_then(|id| statements.get(id))
                .is_some_and(|s| is_earlier(lex, t, s))
        };
        out.sort_by_key(|c| !earlier(c));
    }
    out
}

/// No optional details: the fields a claim built from an event or statement alone leaves empty.
fn no_details() -> DocClaim {
    DocClaim {
        key: String::new(),
        subject: ActorRef {
            id: String::new(),
            name: String::new(),
            mention: None,
        },
        predicate: String::new(),
        target: None,
        object: None,
        stance: Stance::Assert,
        statement: None,
        event: None,
        evidence: Span {
            start: 0,
            end: 0,
            text: String::new(),
        },
        subject_text: None,
        subject_head: None,
        place: None,
        time: None,
        polarity: None,
        modality: None,
        detail: None,
        merge: None,
    }
}

/// A claim from a proposition read off the tree.
fn prop_claim(p: props::Prop, stance: Stance, statement: Option<String>) -> DocClaim {
    let subject_id = claim_actor_id(&p.subject.id).to_string();
    let subject = if subject_id != p.subject.id {
        ActorRef {
            id: subject_id,
            name: p.subject.name.clone(),
            mention: p.subject.mention.clone(),
        }
    } else {
        p.subject.clone()
    };
    let target = p.target.as_ref().map(|t| ActorRef {
        id: claim_actor_id(&t.id).to_string(),
        ..t.clone()
    });
    DocClaim {
        key: claim_key(
            &subject.id,
            &p.predicate,
            target.as_ref().map(|t| t.id.as_str()),
            p.object.as_deref(),
        ),
        polarity: Some(props::polarity(&p)),
        subject,
        predicate: p.predicate,
        target,
        object: p.object,
        stance,
        statement,
        event: None,
        evidence: p.evidence,
        subject_text: p.subject_text,
        subject_head: p.subject_head,
        place: p.place,
        time: p.time,
        modality: p.modality,
        detail: p.detail,
        merge: Some(p.notes.join("; ")).filter(|m| !m.is_empty()),
    }
}

/// Within one document, a proposition missing a role takes it from an earlier one about the
/// same thing: "Tehran sent ballistic missiles … officials denied that any missiles were
/// delivered" → the denial is about Iran's transfer; "Iran sent missiles" after "Iran sent
/// missiles to Russia" is about Russia. A denial limited in time ("has not sent drones since the
/// war began") does not take a target: it does not deny the unlimited claim. Propositions left
/// without a subject are dropped.
fn resolve_in_document(out: &mut Vec<DocClaimEntry>) {
    let snapshot: Vec<DocClaim> = out.iter().map(|c| c.claim.clone()).collect();
    let mut keep = vec![true; out.len()];
    for (i, c) in out.iter_mut().enumerate() {
        let claim = &mut c.claim;
        if claim.event.is_some() || claim.predicate.ends_with(PASSIVE) {
            continue;
        }
        let same_thing = |o: &&DocClaim| {
            o.predicate == claim.predicate
                && o.object == claim.object
                && !o.subject.id.is_empty()
                && o.evidence != claim.evidence
        };
        if claim.subject.id.is_empty() {
            let from = snapshot
                .iter()
                .filter(same_thing)
                .filter(|o| o.evidence.start < claim.evidence.start)
                .max_by_key(|o| o.evidence.start);
            match from {
                Some(o) => {
                    claim.subject = o.subject.clone();
                    claim.subject_text = o.subject_text.clone();
                    claim.subject_head = o.subject_head.clone();
                    if claim.target.is_none() {
                        claim.target = o.target.clone();
                    }
                    let note = format!("doer from '{}'", o.evidence.text);
                    claim.merge = Some(match claim.merge.take() {
                        Some(m) => format!("{m}; {note}"),
                        None => note,
                    });
                }
                None => keep[i] = false,
            }
        }
        if claim.target.is_none()
            && NEEDS_OBJECT.contains(&claim.predicate.as_str())
            && !(claim.polarity == Some(Polarity::Negative) && claim.time.is_some())
        {
            let targets: Vec<&DocClaim> = snapshot
                .iter()
                .filter(same_thing)
                .filter(|o| o.subject.id == claim.subject.id && o.target.is_some())
                .collect();
            let first = targets.first().and_then(|o| o.target.as_ref());
            if let Some(t) = first.filter(|t| {
                targets
                    .iter()
                    .all(|o| o.target.as_ref().is_some_and(|u| u.id == t.id))
            }) {
                claim.target = Some(t.clone());
                let note = format!("target {} from the same document", t.name);
                claim.merge = Some(match claim.merge.take() {
                    Some(m) => format!("{m}; {note}"),
                    None => note,
                });
            }
        }
        if !claim.subject.id.is_empty() {
            claim.key = claim_key(
                &claim.subject.id,
                &claim.predicate,
                claim.target.as_ref().map(|t| t.id.as_str()),
                claim.object.as_deref(),
            );
        }
    }
    let mut k = keep.into_iter();
    out.retain(|_| k.next().unwrap_or(true));
}

/// May the actor `t` (by its mention) be the target of predicate token `v`? The parser's
/// attachment of prepositional phrases is its weakest part, so the case word decides: a place
/// preposition ("for use in Ukraine", "targets in Syria") never introduces a target, and a
/// transfer's recipient is introduced by "to"/"into"/"for" or is a bare object ("supplied
/// Russia with drones").
fn is_argument_of(syn: &props::Syn, t: &ActorRef, v: usize, predicate: &str) -> bool {
    use dossier_syntax::Rel;
    let Some(m) = &t.mention else { return true };
    let doc = syn.doc;
    let r = syn.tokens_in(m.start, m.end);
    let Some(mut k) = r
        .clone()
        .find(|&i| doc.head(i).is_none_or(|h| !r.contains(&h)))
    else {
        return true;
    };
    for _ in 0..doc.tokens.len() {
        match doc.tokens[k].rel {
            Rel::Conj | Rel::Appos | Rel::Flat | Rel::Compound => match doc.head(k) {
                Some(h) => k = h,
                None => return true,
            },
            _ => break,
        }
    }
    let _ = v;
    let case = dossier_syntax::frames::case_of(doc, syn.text, k);
    if matches!(
        case.as_str(),
        "in" | "at" | "near" | "inside" | "outside" | "across" | "within" | "around"
    ) {
        return false;
    }
    !NEEDS_OBJECT.contains(&predicate)
        || matches!(case.as_str(), "" | "to" | "into" | "for" | "from" | "by")
}

/// Is predicate token `v` the content of a "reports that …" or "claims that …" noun?
fn under_report_noun(syn: &props::Syn, v: usize) -> bool {
    use dossier_syntax::Rel;
    let doc = syn.doc;
    let mut k = v;
    for _ in 0..4 {
        let Some(h) = doc.head(k) else { return false };
        if matches!(doc.tokens[k].rel, Rel::Acl | Rel::Ccomp | Rel::AclRelcl)
            && is_anaphoric(&doc.tokens[h].lemma)
        {
            return true;
        }
        if !matches!(doc.tokens[k].rel, Rel::Conj | Rel::Acl | Rel::Ccomp) {
            return false;
        }
        k = h;
    }
    false
}

/// The last `n` words of `s`, lower-cased.
fn last_words(s: &str, n: usize) -> Vec<String> {
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words[words.len().saturating_sub(n)..].to_vec()
}

/// Up to `n` characters of `text` before code point `at`.
fn chars_before(text: &str, at: usize, n: usize) -> String {
    let chars: Vec<char> = text.chars().take(at).collect();
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

/// Is statement `s` told as earlier than the text around it ("had previously denied", "said
/// earlier")?
fn is_earlier(lex: &ClaimLexicon, text: &str, s: &Statement) -> bool {
    let before = chars_before(text, s.cue.start, 25).to_lowercase();
    let after: String = text
        .chars()
        .skip(s.cue.end)
        .take(12)
        .collect::<String>()
        .to_lowercase();
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let b = words(&before);
    let near_before = &b[b.len().saturating_sub(2)..];
    near_before
        .iter()
        .chain(words(&after).iter().take(2))
        .any(|w| lex.is("earlier", w))
        || near_before.last().is_some_and(|w| w == "had")
}

/// A definite object that points back ("37 Shahed drones … and that the aircraft had been
/// supplied"): when the object phrase follows "the", "these" or "those" in the statement and an
/// object of another listed class comes before it there, the claim is about that earlier object.
fn antecedent_object(lex: &ClaimLexicon, content: &str, phrase: &str) -> Option<String> {
    let lower = content.to_lowercase();
    let at = lower.find(&phrase.to_lowercase())?;
    let before = &lower[..at];
    let last = before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())?;
    if !["the", "these", "those"].contains(&last) {
        return None;
    }
    let own = lex.known_object(phrase)?;
    // The nearest listed head before the phrase.
    let mut best: Option<(usize, &str)> = None;
    for (head, class) in &lex.objects {
        let mut from = 0;
        while let Some(i) = before[from..].find(head.as_str()) {
            let i = from + i;
            {
                let end_ok = !before[i + head.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                let start_ok = !before[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                if end_ok && start_ok && best.is_none_or(|(b, _)| i > b) {
                    best = Some((i, class.as_str()));
                }
            }
            from = i + head.len().max(1);
        }
    }
    best.map(|(_, c)| c)
        .filter(|c| *c != own)
        .map(str::to_string)
}

/// Predicates that say nothing without their object: "Russia transferred to Iran" is no claim.
const NEEDS_OBJECT: &[&str] = &["transfer", "deploy"];

/// The predicate of alignment propositions ("Iran is a key partner", "Iran supports no party").
pub const ALIGN: &str = "align";

/// Words of a copular alignment claim: "X is a (key|close|…) partner/ally (of Y)".
const ALIGN_NOUNS: &[&str] = &[
    "partner", "partners", "ally", "allies", "backer", "supplier",
];
const COPULAS: &[&str] = &[
    "is", "was", "remains", "has", "had", "been", "become", "became",
];
/// Phrases that deny taking any side: "supports no party", "is neutral".
const NEUTRAL: &[&str] = &[
    "supports no party",
    "supports no side",
    "supports neither side",
    "backs no side",
    "backs neither side",
    "takes no side",
    "takes no sides",
    "does not take sides",
    "did not take sides",
    "has not taken sides",
    "is not taking sides",
    "is neutral",
    "remains neutral",
    "has remained neutral",
    "is not a party",
    "was not a party",
    "has not sided",
];

/// The alignment proposition a statement's content states, if any: its subject (an actor named
/// at the start of the content) and the statement's stance — turned into a denial when the
/// content declares neutrality. The proposition has no target: "Iran is a key partner of
/// Russia" and "Iran supports no party" must meet on one claim ("Iran takes sides in the
/// conflict") for their contradiction to show; the side named stays in the evidence.
fn copular_proposition(x: &Extraction, s: &Statement) -> Option<(ActorRef, Stance)> {
    let content = &s.content;
    let chars: Vec<char> = content.text.chars().collect();
    // The subject: a mention starting the content (after an optional "that").
    let mut mentions: Vec<(&crate::model::Actor, &Span)> = x
        .actors
        .iter()
        .flat_map(|a| a.mentions.iter().map(move |m| (a, m)))
        .filter(|(_, m)| m.start >= content.start && m.end <= content.end)
        .collect();
    mentions.sort_by_key(|(_, m)| m.start);
    let (subject, sm) = *mentions.first()?;
    let lead: String = chars.get(..sm.start - content.start)?.iter().collect();
    let lead = lead.trim().to_lowercase();
    if !(lead.is_empty() || lead == "that") {
        return None;
    }
    if matches!(
        subject.kind,
        crate::model::ActorKind::Person | crate::model::ActorKind::Outlet
    ) {
        return None;
    }
    let rest: String = chars.get(sm.end - content.start..)?.iter().collect();
    let rest = rest.to_lowercase();
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let subject_ref = ActorRef {
        id: subject.id.clone(),
        name: subject.name.clone(),
        mention: Some(sm.clone()),
    };
    let phrase = words.join(" ");
    if NEUTRAL.iter().any(|n| phrase.starts_with(n)) {
        return Some((subject_ref, Stance::Deny));
    }
    // "is a key partner", "has been a close ally of Russia": a copula, then a partner noun
    // within a few words.
    if !words.first().is_some_and(|w| COPULAS.contains(w)) {
        return None;
    }
    let noun_at = words.iter().take(7).position(|w| ALIGN_NOUNS.contains(w))?;
    if words[..noun_at]
        .iter()
        .any(|w| ["not", "no", "never"].contains(w))
    {
        return Some((subject_ref, Stance::Deny));
    }
    Some((subject_ref, s.stance))
}

/// The document-level stance of an event: its statement's stance, turned into a denial when
/// the event itself is negated or denied.
fn event_stance(e: &Event, statement: Option<&Statement>) -> Stance {
    match e.modality {
        Modality::Denied | Modality::Negated => Stance::Deny,
        Modality::Hypothetical => Stance::Conditional,
        Modality::Future => statement.map_or(Stance::Hedge, |s| match s.stance {
            Stance::Assert => Stance::Hedge,
            other => other,
        }),
        Modality::Asserted | Modality::Reported => statement.map_or(Stance::Assert, |s| s.stance),
    }
}

fn ledger_stance(s: Stance) -> Option<LedgerStance> {
    match s {
        Stance::Assert => Some(LedgerStance::Asserts),
        Stance::Deny => Some(LedgerStance::Denies),
        Stance::Hedge => Some(LedgerStance::Hedges),
        Stance::Conditional | Stance::Question | Stance::NoComment => None,
    }
}

/// Content that refers back to a claim instead of stating one: "the claims", "the reports as
/// psychological warfare", "it", "the accusation".
pub(crate) fn is_anaphoric(content: &str) -> bool {
    const NOUNS: &[&str] = &[
        "claim",
        "claims",
        "report",
        "reports",
        "accusation",
        "accusations",
        "allegation",
        "allegations",
        "charge",
        "charges",
        "publication",
        "publications",
        "story",
        "reporting",
        "it",
        "this",
        "that",
        "them",
        "suggestion",
        "suggestions",
    ];
    const DETERMINERS: &[&str] = &[
        "the", "these", "those", "such", "this", "that", "any", "all",
    ];
    let mut words = content
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let Some(mut w) = words.next() else {
        return false;
    };
    if DETERMINERS.contains(&w.as_str()) {
        match words.next() {
            Some(next) => w = next,
            None => return true,
        }
    }
    if matches!(w.as_str(), "it" | "this" | "that" | "them") {
        // "It is psychological warfare" points back; "It's important to stop …" and "it did
        // not have immediate comment" do not: a pronoun counts before a copula only, and not
        // when the clause is extraposed ("to" or "that" within the next words).
        let rest: Vec<String> = words.take(5).collect();
        return match rest.first().map(String::as_str) {
            None => true,
            Some("is" | "was" | "s" | "are" | "were") => {
                !rest.iter().skip(1).any(|w| w == "to" || w == "that")
            }
            _ => false,
        };
    }
    NOUNS.contains(&w.as_str())
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A span for tests and callers that build facts by hand.
pub fn span(text: &str, start: usize) -> Span {
    Span {
        start,
        end: start + text.chars().count(),
        text: text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn aref(id: &str, name: &str) -> ActorRef {
        ActorRef {
            id: id.into(),
            name: name.into(),
            mention: None,
        }
    }

    #[allow(clippy::too_many_arguments)] // a test fixture builder, one argument per field
    fn event(
        id: &str,
        src: &str,
        verb: &str,
        cameo: &str,
        tgt: &str,
        object: &str,
        modality: Modality,
        statement: Option<&str>,
        at: usize,
    ) -> Event {
        Event {
            id: id.into(),
            source: aref(src, src),
            target: Some(aref(tgt, tgt)),
            action: Action {
                cameo: cameo.into(),
                plover: "AID".into(),
                verb: verb.into(),
            },
            object: Some(object.into()),
            modality,
            evidence: span(verb, at),
            statement: statement.map(str::to_string),
            goldstein: 7.4,
            date: None,
            co_sources: vec![],
            co_targets: vec![],
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn statement(
        id: &str,
        speaker: ActorRef,
        stance: Stance,
        sourcing: Sourcing,
        content: &str,
        at: usize,
        via: Vec<ActorRef>,
    ) -> Statement {
        Statement {
            id: id.into(),
            speaker,
            on_behalf_of: None,
            cue: span("said", at.saturating_sub(5)),
            mode: Mode::Indirect,
            stance,
            content: span(content, at),
            via,
            sourcing,
            date: None,
            confidence: 1.0,
        }
    }

    #[test]
    fn same_proposition_in_other_words_has_one_key() {
        let lex = ClaimLexicon::embedded();
        let a = claim_key(
            "IRN",
            lex.predicate("transferred", "0721").unwrap(),
            Some("RUS"),
            Some(&lex.object_class("short-range ballistic missiles")),
        );
        let b = claim_key(
            "IRN.IRGC",
            lex.predicate("sent", "").unwrap(),
            Some("RUS"),
            Some(&lex.object_class("Fath-360 missiles")),
        );
        let c = claim_key(
            "IRN",
            lex.predicate("delivery of", "").unwrap(),
            Some("RUS"),
            Some(&lex.object_class("missiles")),
        );
        assert_eq!(a, b);
        assert_eq!(a, c);
        let drones = claim_key(
            "IRN",
            "transfer",
            Some("RUS"),
            Some(&lex.object_class("Shahed drones")),
        );
        assert_eq!(
            drones,
            claim_key(
                "IRN",
                "transfer",
                Some("RUS"),
                Some(&lex.object_class("UAVs"))
            )
        );
        assert_ne!(a, drones);
        // Direction matters.
        assert_ne!(
            a,
            claim_key("RUS", "transfer", Some("IRN"), Some("missiles"))
        );
    }

    #[test]
    fn predicates_group_by_meaning_with_cameo_fallback() {
        let lex = ClaimLexicon::embedded();
        assert_eq!(lex.predicate("supplied", ""), Some("transfer"));
        assert_eq!(lex.predicate("has shipped", ""), Some("transfer"));
        assert_eq!(lex.predicate("shelled", ""), Some("attack"));
        assert_eq!(lex.predicate("pounded", "195"), Some("attack"));
        assert_eq!(lex.predicate("mused", "010"), None);
        assert_eq!(lex.object_class("artillery shells"), "artillery shells");
        assert_eq!(lex.object_class("Iranian-made Shahed-136 drones"), "drones");
        assert_eq!(lex.object_class("grain"), "grain");
        assert_eq!(
            lex.sentence("Iran", "transfer", Some("Russia"), Some("missiles")),
            "Iran transferred missiles to Russia"
        );
        assert_eq!(
            lex.sentence("Iran", "transfer", None, Some("drones")),
            "Iran transferred drones"
        );
        assert_eq!(
            lex.sentence("Russia", "attack", Some("Ukraine"), None),
            "Russia attacked Ukraine"
        );
    }

    #[test]
    fn statements_give_ledger_entries_and_anaphora_attach_to_the_claim() {
        let cnn = aref("OUTLET.CNN", "CNN");
        let sources = aref("ANON.unnamed-sources", "unnamed sources");
        let nozari = aref("PERSON.fazlollah-nozari", "Fazlollah Nozari");
        let ilna = aref("OUTLET.ILNA", "ILNA");
        let x = Extraction {
            document: DocumentHeader {
                id: "doc1".into(),
                published: Some("2024-08-11".into()),
                outlet: Some("Gulf Monitor".into()),
                ..Default::default()
            },
            actors: vec![Actor {
                id: "PERSON.fazlollah-nozari".into(),
                name: "Fazlollah Nozari".into(),
                kind: ActorKind::Person,
                country: Some("IRN".into()),
                role: None,
                affiliation: Some("IRN.IRGC".into()),
                mentions: vec![],
            }],
            statements: vec![
                statement(
                    "s1",
                    sources,
                    Stance::Assert,
                    Sourcing::Anonymous,
                    "Iran had transferred short-range ballistic missiles to Russia",
                    60,
                    vec![cnn],
                ),
                statement(
                    "s2",
                    nozari.clone(),
                    Stance::Deny,
                    Sourcing::Named,
                    "the claims as psychological warfare",
                    200,
                    vec![],
                ),
                statement(
                    "s3",
                    nozari,
                    Stance::Assert,
                    Sourcing::Named,
                    "No missile was sent to Russia",
                    300,
                    vec![ilna],
                ),
            ],
            events: vec![
                event(
                    "e1",
                    "IRN",
                    "transferred",
                    "0721",
                    "RUS",
                    "short-range ballistic missiles",
                    Modality::Reported,
                    Some("s1"),
                    70,
                ),
                event(
                    "e2",
                    "IRN",
                    "sent",
                    "0721",
                    "RUS",
                    "missile",
                    Modality::Negated,
                    Some("s3"),
                    310,
                ),
            ],
            claims: vec![],
            article_stances: vec![],
        };
        let claims = doc_claims(&x, ClaimLexicon::embedded());
        assert_eq!(claims.len(), 3);
        let key = &claims[0].claim.key;
        assert!(
            claims.iter().all(|c| &c.claim.key == key),
            "one proposition"
        );
        let e0 = claims[0].entry.as_ref().unwrap();
        assert_eq!(e0.stance, LedgerStance::Asserts);
        assert_eq!(e0.sourcing, Sourcing::Anonymous);
        assert_eq!(e0.via[0].name, "CNN");
        // "No missile was sent" inside an asserting statement is a denial.
        let e1 = claims[1].entry.as_ref().unwrap();
        assert_eq!(e1.stance, LedgerStance::Denies);
        assert_eq!(e1.speaker.country.as_deref(), Some("IRN"));
        assert_eq!(e1.via[0].name, "ILNA");
        // "dismissed the claims" bears on the claim before it.
        let e2 = claims[2].entry.as_ref().unwrap();
        assert_eq!(e2.stance, LedgerStance::Denies);
        assert_eq!(claims[2].claim.statement.as_deref(), Some("s2"));
    }

    #[test]
    fn own_voice_events_are_the_outlets_and_conditionals_do_not_count() {
        let x = Extraction {
            document: DocumentHeader {
                id: "doc2".into(),
                outlet: Some("Atlantic Ledger".into()),
                ..Default::default()
            },
            events: vec![
                event(
                    "e1",
                    "IRN",
                    "delivered",
                    "0721",
                    "RUS",
                    "drones",
                    Modality::Asserted,
                    None,
                    10,
                ),
                event(
                    "e2",
                    "IRN",
                    "transfer",
                    "0721",
                    "RUS",
                    "ballistic missiles",
                    Modality::Hypothetical,
                    None,
                    90,
                ),
            ],
            ..Default::default()
        };
        let claims = doc_claims(&x, ClaimLexicon::embedded());
        let e = claims[0].entry.as_ref().unwrap();
        assert_eq!(e.speaker.id, "OUTLET.atlantic-ledger");
        assert_eq!(e.sourcing, Sourcing::Outlet);
        assert_eq!(claims[1].claim.stance, Stance::Conditional);
        assert!(claims[1].entry.is_none());
    }

    #[test]
    fn anaphoric_content_is_recognised_narrowly() {
        assert!(is_anaphoric("the claims as psychological warfare"));
        assert!(is_anaphoric("it"));
        assert!(is_anaphoric("reports that Iran had sent drones"));
        assert!(is_anaphoric(
            "It is psychological warfare by the enemies of the Islamic Republic"
        ));
        assert!(!is_anaphoric(
            "It's important to stop and realize what we have"
        ));
        assert!(!is_anaphoric("it did not have immediate comment"));
        assert!(!is_anaphoric("Iran had sent drones"));
        assert!(!is_anaphoric("the missiles were never delivered"));
    }

    #[test]
    fn only_state_prefixes_fold() {
        assert_eq!(claim_actor_id("IRN.IRGC"), "IRN");
        assert_eq!(claim_actor_id("RUS.MOD"), "RUS");
        assert_eq!(claim_actor_id("IGO.EU"), "IGO.EU");
        assert_eq!(claim_actor_id("ORG.wagner"), "ORG.wagner");
        assert_eq!(
            claim_actor_id("PERSON.nasser-kanaani"),
            "PERSON.nasser-kanaani"
        );
        assert!(is_state_id("PRK") && !is_state_id("IGO") && !is_state_id("ANO"));
    }

    #[test]
    fn loose_objects_are_dropped_or_found_in_the_evidence() {
        let lex = ClaimLexicon::embedded();
        // "a small number of drones" read as object "number": the evidence names the drones.
        assert_eq!(
            lex.event_object(
                Some("number"),
                "transferred a small number of drones to Russia"
            ),
            Some("drones".to_string())
        );
        assert_eq!(
            lex.event_object(Some("shipments"), "transferred shipments"),
            None
        );
        assert_eq!(
            lex.event_object(None, "reached an agreement on part of it"),
            None
        );
        let mut vague = event(
            "e1",
            "RUS",
            "transferred",
            "0721",
            "UKR",
            "shipments",
            Modality::Asserted,
            None,
            0,
        );
        vague.target = None;
        vague.evidence = span("Russia transferred shipments", 0);
        let mut small = event(
            "e2",
            "IRN",
            "transferred",
            "0721",
            "RUS",
            "number",
            Modality::Asserted,
            None,
            40,
        );
        small.evidence = span("Iran transferred a small number of drones to Russia", 40);
        let x = Extraction {
            document: DocumentHeader {
                id: "d".into(),
                ..Default::default()
            },
            events: vec![vague, small],
            ..Default::default()
        };
        let claims = doc_claims(&x, lex);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].claim.object.as_deref(), Some("drones"));
    }

    #[test]
    fn alignment_statements_are_claims_and_neutrality_denies_them() {
        // "Iran is a key partner of Russia" (Peskov) and "Iran supports no party" (Kanaani).
        let text = "Peskov said Iran is a key partner of Russia. Kanaani said Iran supports no party in the conflict.";
        let at = |needle: &str| text.find(needle).unwrap();
        let iran = Actor {
            id: "IRN".into(),
            name: "Iran".into(),
            kind: ActorKind::State,
            country: Some("IRN".into()),
            role: None,
            affiliation: None,
            mentions: vec![
                span("Iran", at("Iran is")),
                span("Iran", at("Iran supports")),
            ],
        };
        let russia = Actor {
            id: "RUS".into(),
            name: "Russia".into(),
            kind: ActorKind::State,
            country: Some("RUS".into()),
            role: None,
            affiliation: None,
            mentions: vec![span("Russia", at("Russia."))],
        };
        let x = Extraction {
            document: DocumentHeader {
                id: "d".into(),
                ..Default::default()
            },
            actors: vec![iran, russia],
            statements: vec![
                statement(
                    "s1",
                    aref("PERSON.dmitry-peskov", "Dmitry Peskov"),
                    Stance::Assert,
                    Sourcing::Named,
                    "Iran is a key partner of Russia",
                    at("Iran is"),
                    vec![],
                ),
                statement(
                    "s2",
                    aref("PERSON.nasser-kanaani", "Nasser Kanaani"),
                    Stance::Assert,
                    Sourcing::Named,
                    "Iran supports no party in the conflict",
                    at("Iran supports"),
                    vec![],
                ),
            ],
            ..Default::default()
        };
        let claims = doc_claims(&x, ClaimLexicon::embedded());
        assert_eq!(claims.len(), 2, "{claims:?}");
        assert_eq!(claims[0].claim.key, claims[1].claim.key);
        assert_eq!(claims[0].claim.predicate, ALIGN);
        assert_eq!(claims[0].claim.subject.id, "IRN");
        let stances: Vec<LedgerStance> = claims
            .iter()
            .map(|c| c.entry.as_ref().unwrap().stance)
            .collect();
        assert_eq!(stances, [LedgerStance::Asserts, LedgerStance::Denies]);
        assert_eq!(
            ClaimLexicon::embedded().sentence("Iran", ALIGN, None, None),
            "Iran takes sides in the conflict"
        );
    }

    #[test]
    fn a_converse_verb_swaps_giver_and_receiver() {
        let lex = ClaimLexicon::embedded();
        assert!(lex.is_converse("had received"));
        assert!(!lex.is_converse("supplied"));
        // "Russia had received Iranian ballistic missiles": Iran transferred them.
        let mut got = event(
            "e1",
            "RUS",
            "received",
            "0721",
            "IRN",
            "Iranian ballistic missiles",
            Modality::Asserted,
            None,
            0,
        );
        got.evidence = span("Russia had received Iranian ballistic missiles", 0);
        // "Russia had received the missiles": from whom is not said, so no claim.
        let mut unknown = got.clone();
        unknown.id = "e2".into();
        unknown.target = None;
        let x = Extraction {
            document: DocumentHeader {
                id: "d".into(),
                ..Default::default()
            },
            events: vec![got, unknown],
            ..Default::default()
        };
        let claims = doc_claims(&x, lex);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].claim.subject.id, "IRN");
        assert_eq!(claims[0].claim.target.as_ref().unwrap().id, "RUS");
        assert_eq!(
            claims[0].claim.key,
            claim_key("IRN", "transfer", Some("RUS"), Some("missiles"))
        );
        // "soldiers had taken part": "part" is no container to read past.
        assert_eq!(
            lex.event_object(Some("part"), "soldiers had taken part"),
            None
        );
    }

    #[test]
    fn a_definite_object_points_back_to_the_earlier_one() {
        let lex = ClaimLexicon::embedded();
        let content = "it had shot down 37 Shahed drones overnight and that the aircraft had been supplied to Russia by Iran";
        assert_eq!(
            antecedent_object(lex, content, "aircraft").as_deref(),
            Some("drones")
        );
        // Not definite: a second, different object.
        assert_eq!(
            antecedent_object(
                lex,
                "it shot down drones and Iran supplied aircraft",
                "aircraft"
            ),
            None
        );
    }
}
