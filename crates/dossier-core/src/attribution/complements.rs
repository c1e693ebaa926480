//! Cue predicates read on the Doc's tree: a verb or noun of `data/cues/complements.tsv` with a
//! clausal complement ("officials believe (that) …", "Iran wants the talks to fail", "his plan
//! to …") is an attribution when the word-pattern pass left it unread. Source = the cue's
//! subject (a relative pronoun's antecedent; for an xcomp or conj cue without a subject, its
//! head's subject; for a noun, its possessor or the subject of the verb it is the object of);
//! content = the complement's span, with an object before an infinitival complement
//! ("wants *Russia* to leave"). Passive cues ("is expected to") are nobody's attitude: skipped.

use super::impersonal::{impersonal_passive, subject_clause_complement};
use super::model;
use super::*;
use dossier_syntax::{Doc, Rel, Upos};
use std::sync::OnceLock;

const COMPLEMENTS: &str = include_str!("../../../../data/cues/complements.tsv");

/// One row of `complements.tsv`.
#[derive(Debug, Clone)]
pub(super) struct Row {
    stance: Stance,
    rels: Vec<Rel>,
    /// Kind `act`: a to-infinitive after it names an act ("refused to meet", "decided to
    /// leave"), an attribution only when the infinitive is itself a speech verb ("refused to
    /// say whether …").
    act: bool,
    /// Kind `hearsay`: a report noun with no holder of its own ("reports", "rumours"), a cue
    /// only as the subject of an existential "there be" (`existential.rs`).
    hearsay: bool,
}

/// The rows of `complements.tsv`: verbs and nouns by (lemma, is noun), adjectives by form
/// (a tagged adjective's lemma, or a passive participle's form: "is convinced that"), and the
/// verbs whose object noun is not their subject's attitude ("rejected the suggestion that").
struct Tables {
    rows: rustc_hash::FxHashMap<(String, bool), Row>,
    adjectives: rustc_hash::FxHashMap<String, Row>,
    rejecting: rustc_hash::FxHashSet<String>,
    /// Verb lemmas of kind `speech`: the infinitives that keep an `act` cue a statement.
    speech: rustc_hash::FxHashSet<String>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Tables {
            rows: Default::default(),
            adjectives: Default::default(),
            rejecting: Default::default(),
            speech: Default::default(),
        };
        for l in COMPLEMENTS
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let c: Vec<&str> = l.split('\t').map(str::trim).collect();
            let (Some(&pos), Some(&kind), Some(&stance), Some(&rels)) =
                (c.get(1), c.get(2), c.get(3), c.get(4))
            else {
                continue;
            };
            let lemma = c[0].to_lowercase();
            if kind == "rejects" {
                t.rejecting.insert(lemma);
                continue;
            }
            let stance = match stance {
                "deny" => Stance::Deny,
                "hedge" => Stance::Hedge,
                "question" => Stance::Question,
                _ => Stance::Assert,
            };
            let rels = rels.split(',').map(|r| Rel::parse(r.trim())).collect();
            if kind == "speech" && pos == "verb" {
                t.speech.insert(lemma.clone());
            }
            let row = Row {
                stance,
                rels,
                act: kind == "act",
                hearsay: kind == "hearsay",
            };
            match pos {
                "adj" => {
                    t.adjectives.insert(lemma, row);
                }
                _ => {
                    t.rows.insert((lemma, pos == "noun"), row);
                }
            }
        }
        t
    })
}

/// (lemma, is noun) → row, for verbs and nouns.
pub(super) fn table() -> &'static rustc_hash::FxHashMap<(String, bool), Row> {
    &tables().rows
}

/// The row of an adjective cue at token `i`: a tagged adjective by lemma ("confident",
/// "eager"), or a passive participle by its form ("convinced", "determined").
fn adjective_row<'t>(doc: &Doc, text: &str, i: usize) -> Option<&'t Row>
where
    'static: 't,
{
    let t = &doc.tokens[i];
    let adj = &tables().adjectives;
    match t.upos {
        Upos::Adj => adj.get(&t.lemma.to_lowercase()),
        Upos::Verb if t.xpos == "VBN" => adj.get(&doc.form(text, i).to_lowercase()),
        _ => None,
    }
}

/// Whether `i` has a marker child with one of these lemmas ("to", "that").
fn has_mark(doc: &Doc, text: &str, i: usize, marks: &[&str]) -> bool {
    doc.children(i).any(|j| {
        matches!(doc.tokens[j].rel, Rel::Mark | Rel::Aux)
            && marks.contains(&doc.form(text, j).to_lowercase().as_str())
    })
}

/// Byte span of tokens `r`, trailing punctuation left out.
pub(super) fn span_of(doc: &Doc, r: std::ops::Range<usize>) -> Option<(usize, usize)> {
    let mut hi = r.end;
    while hi > r.start && doc.tokens[hi - 1].upos == Upos::Punct {
        hi -= 1;
    }
    let mut lo = r.start;
    while lo < hi && doc.tokens[lo].upos == Upos::Punct {
        lo += 1;
    }
    (lo < hi).then(|| {
        (
            doc.tokens[lo].start as usize,
            doc.tokens[hi - 1].end as usize,
        )
    })
}

/// Whether clause `j` has a subject of its own.
pub(super) fn has_subject(doc: &Doc, j: usize) -> bool {
    doc.children(j)
        .any(|k| matches!(doc.tokens[k].rel, Rel::Nsubj | Rel::NsubjPass | Rel::Expl))
}

/// The complement of cue `ci`: its span as token range.
fn complement(doc: &Doc, text: &str, ci: usize, row: &Row) -> Option<std::ops::Range<usize>> {
    let noun = doc.tokens[ci].upos == Upos::Noun;
    let own = doc.children(ci).find(|&j| {
        let rel = doc.tokens[j].rel;
        // "the worry that the cost could fall …" parsed as a relative clause: a clause whose
        // "that" is a marker (not its subject or object) and which has its own subject is
        // the noun's content clause.
        // A verb the tagger took for a noun ("environmentalists worry that …") reads it as
        // its ccomp.
        let rel = if noun
            && matches!(rel, Rel::AclRelcl | Rel::Acl)
            && has_mark(doc, text, j, &["that"])
            && has_subject(doc, j)
        {
            if row.rels.contains(&Rel::Acl) {
                Rel::Acl
            } else {
                Rel::Ccomp
            }
        } else if subject_clause_complement(doc, text, ci, j) {
            Rel::Ccomp
        } else {
            rel
        };
        // An act's infinitive is an attribution only when it is a speech verb ("refused to
        // say whether …"; "the government's efforts to secure their release" is none).
        let spoken = || {
            !row.act
                || tables()
                    .speech
                    .contains(&doc.tokens[j].lemma.to_lowercase())
        };
        row.rels.contains(&rel)
            && match rel {
                Rel::Ccomp => true,
                // "vows to be even tougher", "refused to be the government's pawn": a
                // copular infinitive is headed by its predicate, the "be" its cop — an
                // attitude only of a subject that can hold one ("It looks to be false", "the
                // summit promises to be tense" are appearances).
                Rel::Xcomp => {
                    (matches!(doc.tokens[j].upos, Upos::Verb | Upos::Aux)
                        || doc.children_with(j, Rel::Cop).next().is_some()
                            && copular_holder(doc, text, ci))
                        && has_mark(doc, text, j, &["to"])
                        && spoken()
                }
                // "his first call was to Foley's mother": a "to" before a noun is no
                // infinitive, whatever the parse marks it; "to be" keeps its copula after it.
                _ if has_mark(doc, text, j, &["to"]) => {
                    (matches!(doc.tokens[j].upos, Upos::Verb | Upos::Aux)
                        || doc
                            .children_with(j, Rel::Cop)
                            .any(|k| doc.form(text, k).eq_ignore_ascii_case("be")))
                        && spoken()
                }
                _ => has_mark(doc, text, j, &["that", "whether"]),
            }
    });
    // "examined Trump's claim that there have been …": the parser often hangs the noun's
    // "that" clause on the verb whose object the noun is; a ccomp of that verb opening with
    // "that" right after the noun phrase is the noun's content.
    let c = own.or_else(|| {
        if noun && super::existential::existential_there(doc, text, ci).is_some() {
            return super::existential::clause_on_be(doc, text, ci);
        }
        if !noun || doc.tokens[ci].rel != Rel::Obj || !row.rels.contains(&Rel::Ccomp) {
            return None;
        }
        let h = doc.head(ci)?;
        let np_end = doc.subtree(ci).end;
        doc.children_with(h, Rel::Ccomp).find(|&j| {
            doc.subtree(j).start == np_end
                && doc.form(text, np_end).eq_ignore_ascii_case("that")
                && has_subject(doc, j)
        })
    })?;
    // A complement before its cue is a fronted clause ("…, he believes"): the word patterns
    // read those; here only what follows the cue.
    if c < ci {
        return None;
    }
    Some(complement_tokens(doc, ci, c))
}

/// Whether cue `ci` has a subject that can hold an attitude: a speaking head, not a neuter
/// pronoun ("it", `pronoun-n` in `words.tsv`).
fn copular_holder(doc: &Doc, text: &str, ci: usize) -> bool {
    doc.children_with(ci, Rel::Nsubj).next().is_some_and(|k| {
        let neuter = crate::lexicon::Lexicon::embedded()
            .lower_word(&doc.form(text, k).to_lowercase())
            .is_some_and(|w| w.pronoun == Some(crate::lexicon::PronounClass::Neuter));
        !neuter && super::positions::speaking_head(doc, text, noun_phrase(doc, k))
    })
}

/// The tokens of complement `c` of cue `ci`: its subtree, cut before a conjunct with its own
/// subject, with an object before an infinitive ("wants *Russia* to leave").
pub(super) fn complement_tokens(doc: &Doc, ci: usize, c: usize) -> std::ops::Range<usize> {
    let mut r = doc.subtree(c);
    // "… to release his records, and Pence plans …": a conjunct with its own subject is a new
    // clause, not more of the complement.
    if let Some(k) = doc.children_with(c, Rel::Conj).find(|&k| {
        doc.children(k)
            .any(|j| matches!(doc.tokens[j].rel, Rel::Nsubj | Rel::NsubjPass))
    }) {
        let cut = doc.subtree(k).start;
        let cut = doc
            .children(k)
            .filter(|&j| matches!(doc.tokens[j].rel, Rel::Cc | Rel::Punct) && j < k)
            .map(|j| j.min(cut))
            .min()
            .unwrap_or(cut);
        r.end = r.end.min(cut).max(c + 1);
    }
    if doc.tokens[c].rel == Rel::Xcomp {
        // "wants Russia to leave": the object belongs to the wish.
        if let Some(o) = doc.children_with(ci, Rel::Obj).find(|&o| ci < o && o < c) {
            r.start = r.start.min(doc.subtree(o).start);
        }
    }
    r
}

/// A noun phrase's tokens for a speaker: the head with what precedes it and its modifiers up
/// to the first relative clause, apposition or punctuation after it.
pub(super) fn noun_phrase(doc: &Doc, n: usize) -> std::ops::Range<usize> {
    let mut full = doc.subtree(n);
    // "Instead, the study …", "Many environmentalists, meanwhile": no adverbs or punctuation
    // around the phrase.
    // "by Virgin founder Richard Branson", "among respondents": no preposition either, but
    // "at least one employee" keeps its "at".
    while full.start < n
        && (matches!(
            doc.tokens[full.start].rel,
            Rel::Advmod | Rel::Punct | Rel::Cc | Rel::Mark | Rel::Discourse
        ) || (doc.tokens[full.start].rel == Rel::Case
            && !matches!(doc.tokens[full.start + 1].upos, Upos::Adj | Upos::Adv)))
    {
        full.start += 1;
    }
    let mut end = n + 1;
    for j in doc.children(n).filter(|&j| j > n) {
        // "The Algerian news site al-Fadjr": a name in apposition with no comma is the noun's
        // own name, part of the phrase.
        if doc.tokens[j].rel == Rel::Appos
            && doc.tokens[j].upos == Upos::Propn
            && doc.subtree(j).start == end
            && doc.tokens[end].upos != Upos::Punct
        {
            end = doc.subtree(j).end;
            continue;
        }
        if matches!(
            doc.tokens[j].rel,
            Rel::AclRelcl | Rel::Acl | Rel::Appos | Rel::Punct | Rel::Parataxis | Rel::Conj
        ) && !(doc.tokens[j].rel == Rel::Acl && super::rescue::naming_participle(doc, j))
        {
            break;
        }
        end = end.max(doc.subtree(j).end);
    }
    full.start..end.min(full.end)
}

/// The source of cue `ci` as a token range.
pub(super) fn source_tokens(doc: &Doc, ci: usize, noun: bool) -> Option<std::ops::Range<usize>> {
    let subject_of = |v: usize| {
        doc.children(v)
            .find(|&j| matches!(doc.tokens[j].rel, Rel::Nsubj | Rel::Csubj | Rel::NsubjPass))
    };
    // "the claim by officials that …", "accusations from Kyiv that …".
    let by_from = |n: usize| {
        doc.children_with(n, Rel::Nmod).find(|&j| {
            j > n
                && doc
                    .children_with(j, Rel::Case)
                    .any(|k| matches!(doc.tokens[k].lemma.to_lowercase().as_str(), "by" | "from"))
        })
    };
    let subj = if noun {
        doc.children_with(ci, Rel::NmodPoss)
            .next()
            .or_else(|| by_from(ci))
            .or_else(|| subject_of(ci))
            .or_else(|| {
                let h = doc.head(ci)?;
                // "dismissed the suggestion that …" is not the dismisser's suggestion.
                let rejects = tables()
                    .rejecting
                    .contains(&doc.tokens[h].lemma.to_lowercase());
                (doc.tokens[ci].rel == Rel::Obj && !rejects)
                    .then(|| subject_of(h))
                    .flatten()
            })?
    } else {
        match subject_of(ci) {
            Some(s) => s,
            None => return inherited_source(doc, ci),
        }
    };
    let t = &doc.tokens[subj];
    if matches!(t.xpos.as_str(), "WP" | "WDT") {
        // "officials who believe …": the antecedent.
        let v = if noun { doc.head(ci)? } else { ci };
        if doc.tokens[v].rel != Rel::AclRelcl {
            return None;
        }
        return Some(noun_phrase(doc, doc.head(v)?));
    }
    // A time noun is no source: "distributed over the past two weeks warning that …".
    if matches!(t.upos, Upos::Verb | Upos::Aux | Upos::Punct)
        || super::speakers::time_word(doc, subj)
    {
        return None;
    }
    Some(noun_phrase(doc, subj))
}

/// The source of a cue verb without a subject of its own, inherited along the clause it hangs
/// on: an xcomp or conjunct takes its head's subject ("pointing to his record and saying that
/// …"), a participle hanging on a clause its subject ("…, arguing that …", "after saying
/// that …"), a participle modifying a noun that noun ("the mayor, after saying he would …").
/// At most three steps; an absolute participle with its own nominal right before it ("with
/// three in ten saying …", often misparsed) inherits nothing.
fn inherited_source(doc: &Doc, ci: usize) -> Option<std::ops::Range<usize>> {
    let participle = |v: usize| doc.tokens[v].xpos == "VBG";
    if participle(ci) {
        let prev = (doc.sentences[doc.sentence_of(ci)].first as usize..ci)
            .rev()
            .find(|&j| doc.tokens[j].upos != Upos::Adv)?;
        if matches!(
            doc.tokens[prev].upos,
            Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num
        ) {
            return None;
        }
    }
    let mut v = ci;
    for _ in 0..3 {
        let rel = doc.tokens[v].rel;
        let h = doc.head(v)?;
        match rel {
            Rel::Xcomp | Rel::Conj => {}
            Rel::Advcl if participle(v) => {}
            // "declined a request for an interview, citing legal advice": a participle after
            // a comma that the parser hung on a noun inside the clause (not its subject) is
            // the clause's; the subject of the verb above that noun.
            Rel::Acl
                if participle(v)
                    && doc.tokens[h].upos.is_nominal()
                    && v > 0
                    && doc.tokens[v - 1].upos == Upos::Punct
                    && h < v - 1
                    && !doc.tokens[h].rel.is_subject()
                    && !matches!(doc.tokens[h].rel, Rel::Appos | Rel::Root) =>
            {
                let g = (0..4)
                    .scan(h, |g, _| {
                        *g = doc.head(*g)?;
                        Some(*g)
                    })
                    .find(|&g| doc.tokens[g].upos == Upos::Verb)?;
                let s = doc
                    .children(g)
                    .find(|&j| matches!(doc.tokens[j].rel, Rel::Nsubj))?;
                if matches!(doc.tokens[s].upos, Upos::Verb | Upos::Aux | Upos::Punct)
                    || matches!(doc.tokens[s].xpos.as_str(), "WP" | "WDT")
                {
                    return None;
                }
                return Some(noun_phrase(doc, s));
            }
            // "… distributed over the past two weeks warning that …": a time phrase says nothing.
            Rel::Acl if participle(v) && doc.tokens[h].upos.is_nominal() => {
                return (!super::speakers::time_word(doc, h)).then(|| noun_phrase(doc, h));
            }
            _ => return None,
        }
        if let Some(s) = doc
            .children(h)
            .find(|&j| matches!(doc.tokens[j].rel, Rel::Nsubj | Rel::Csubj))
        {
            let t = &doc.tokens[s];
            if matches!(t.xpos.as_str(), "WP" | "WDT") {
                return (doc.tokens[h].rel == Rel::AclRelcl)
                    .then(|| doc.head(h).map(|a| noun_phrase(doc, a)))
                    .flatten();
            }
            if matches!(t.upos, Upos::Verb | Upos::Aux | Upos::Punct) {
                return None;
            }
            return Some(noun_phrase(doc, s));
        }
        v = h;
    }
    None
}

impl Attributor<'_> {
    /// Attributions from cue predicates on the tree (see the module documentation).
    pub(super) fn complements(&mut self) {
        let Some(doc) = self.doc else { return };
        self.drop_impersonal_participles(doc);
        let table = table();
        for ci in 0..doc.tokens.len() {
            let tok = &doc.tokens[ci];
            let adjective = adjective_row(doc, self.text, ci);
            let noun = match tok.upos {
                Upos::Verb => false,
                Upos::Noun => true,
                _ if adjective.is_some() => false,
                _ => continue,
            };
            let mut row = adjective.or_else(|| table.get(&(tok.lemma.to_lowercase(), noun)));
            // "Many environmentalists worry that …" tagged as a noun: a noun with a subject of
            // its own and no copula is the tagger's mistake for the verb of that lemma.
            let verb_row = || table.get(&(tok.lemma.to_lowercase(), false));
            // (A `hearsay` noun row gives way too: "Multiple unconfirmed sources report that …".)
            let mut noun = if noun
                && row.is_none_or(|r| r.hearsay)
                && verb_row().is_some()
                && doc
                    .children(ci)
                    .any(|j| matches!(doc.tokens[j].rel, Rel::Nsubj))
                && !doc.children(ci).any(|j| doc.tokens[j].rel == Rel::Cop)
            {
                row = verb_row();
                false
            } else {
                noun
            };
            if row.is_none() && (noun || self.model.is_none()) {
                continue;
            }
            // "there were reports that …" with "reports" tagged a verb: the noun it is.
            let noun_row = || table.get(&(tok.lemma.to_lowercase(), true));
            let mut there = None;
            if noun || noun_row().is_some() {
                there = super::existential::existential_there(doc, self.text, ci);
                if there.is_some() && !noun {
                    (noun, row) = (true, noun_row());
                }
            }
            if row.is_some_and(|r| r.hearsay) && there.is_none() {
                continue;
            }
            let (s, e) = (tok.start as usize, tok.end as usize);
            if in_quote(&self.quotes, s) || self.drafts_containing(s, e).next().is_some() {
                continue;
            }
            // The set phrases of `not_speech.tsv` hold on the tree too ("Only time will tell
            // whether …").
            let form = self.text[s..e].to_lowercase();
            if super::cues::not_speech_context(self.text, (s, e), &form, true) {
                continue;
            }
            let hit = self.hit_index_at(s);
            if let Some(di) = hit.and_then(|h| self.hit_used[h]) {
                self.unsource_expletive(di, doc, ci);
                continue;
            }
            // "Kim, believed to be aged 31, is …": a participle set off by a comma before "to"
            // is a reduced relative on the noun before it, whatever the parse made of it.
            let form = |j: usize| {
                let t = &doc.tokens[j];
                &self.text[t.start as usize..t.end as usize]
            };
            if !noun
                && adjective.is_none()
                && ci > 0
                && form(ci - 1) == ","
                && ci + 1 < doc.tokens.len()
                && form(ci + 1) == "to"
                && form(ci).ends_with(['d', 't'])
            {
                continue;
            }
            // "Raul Castro expected to address Cuba soon": the word patterns' reduced relative.
            if !noun && adjective.is_none() && super::cues::reduced_relative_at(self.text, s, e) {
                continue;
            }
            let Some(si) = self.sentence_of(s) else {
                continue;
            };
            if self.cue_overlaps(si, s, e) {
                continue;
            }
            let mut expletive = None;
            let (content, src, stance) = match (row, self.model) {
                (Some(row), _) => {
                    let verb = !noun && adjective.is_none();
                    let passive = verb
                        && doc
                            .children(ci)
                            .any(|j| matches!(doc.tokens[j].rel, Rel::AuxPass | Rel::NsubjPass));
                    // "Asked whether he would run, …", "she was asked if …": the question is
                    // put by someone unnamed — a speakerless question.
                    let asked = verb
                        && row.stance == Stance::Question
                        && (doc.tokens[ci].xpos == "VBN"
                            || doc.sentences[doc.sentence_of(ci)].first as usize == ci)
                        && (passive
                            || !doc
                                .children(ci)
                                .any(|j| matches!(doc.tokens[j].rel, Rel::Nsubj | Rel::Aux)));
                    // "It was also reported on Tuesday that …", "it has also been claimed …":
                    // a report sourced to no one.
                    let impersonal = (passive && !asked)
                        .then(|| impersonal_passive(doc, self.text, ci))
                        .flatten();
                    if passive && !asked && impersonal.is_none() {
                        continue;
                    }
                    let Some(content) = complement(doc, self.text, ci, row) else {
                        continue;
                    };
                    if asked {
                        (content, None, row.stance)
                    } else if impersonal.is_some() {
                        // "It is claimed that A and that B": the parser may hang the second
                        // clause on the cue; the report runs to the cue's last dependent.
                        let end = doc
                            .children(ci)
                            .filter(|&j| j > content.start && doc.tokens[j].upos != Upos::Punct)
                            .map(|j| doc.subtree(j).end)
                            .fold(content.end, usize::max);
                        expletive = impersonal;
                        (content.start..end, None, unsourced(row.stance))
                    } else if there.is_some() {
                        // "There have been reports that …": sourced to no one.
                        if !super::existential::opens_content(doc, self.text, content.clone()) {
                            continue;
                        }
                        expletive = there;
                        (content, None, unsourced(row.stance))
                    } else {
                        let Some(src) = source_tokens(doc, ci, noun) else {
                            continue;
                        };
                        (content, Some(src), row.stance)
                    }
                }
                // A predicate the rules do not know: the learned model decides.
                (None, Some(m)) => {
                    let Some(c) = model::candidate(doc, self.text, ci) else {
                        continue;
                    };
                    if !m.accepts(&model::features(doc, self.text, &c)) {
                        continue;
                    }
                    (c.content, Some(c.source), Stance::Assert)
                }
                (None, None) => continue,
            };
            if src
                .as_ref()
                .is_some_and(|src| src.end > content.start && content.end > src.start)
            {
                continue;
            }
            let Some(content) = span_of(doc, content) else {
                continue;
            };
            let speaker = match src {
                Some(src) => match span_of(doc, src) {
                    Some((a, b)) => Speaker::Phrase(a, b),
                    None => continue,
                },
                None => Speaker::None,
            };
            let sent = self.sentences[si];
            if content.1 > sent.end || matches!(speaker, Speaker::Phrase(a, _) if a < sent.start) {
                continue;
            }
            // "It was also reported": the cue is the formula from the expletive on.
            let cue = match expletive {
                Some(x) => (doc.tokens[x].start as usize, e),
                None => (s, e),
            };
            let d = Draft {
                speaker,
                cue,
                mode: Mode::Indirect,
                stance,
                content,
                via: vec![],
                anonymous_hint: false,
                sentence: si,
            };
            let hits: Vec<usize> = hit.into_iter().collect();
            self.push(d, &hits);
        }
    }
}

impl Attributor<'_> {
    /// A cue in parenthesis splits its content: "The museum, Mr. Obama said, would make …",
    /// "A, the agency said in a June report, and B". When the tree hangs the cue verb on the
    /// content's predicate (parataxis), an indirect statement's content becomes that
    /// predicate's whole clause, the parenthetical included, so neither side is lost. Runs
    /// last: it moves content starts, so the draft index is rebuilt.
    pub(super) fn parenthetical(&mut self) {
        let Some(doc) = self.doc else { return };
        let mut changed = false;
        for di in 0..self.drafts.len() {
            let d = &self.drafts[di];
            if !matches!(d.mode, Mode::Indirect | Mode::Mixed)
                || !matches!(d.speaker, Speaker::Phrase(..))
            {
                continue;
            }
            if let Some(start) = self.fronted_fragment(di) {
                self.drafts[di].content.0 = start;
                changed = true;
                continue;
            }
            let d = &self.drafts[di];
            let Some(ci) = doc.token_starting_at(d.cue.0) else {
                continue;
            };
            if doc.tokens[ci].rel != Rel::Parataxis {
                continue;
            }
            let Some(v) = doc.head(ci) else { continue };
            let cue_tree = doc.subtree(ci);
            let clause = doc.subtree(v);
            // The cue's clause must sit strictly inside the content clause.
            if cue_tree.start <= clause.start || cue_tree.end >= clause.end {
                continue;
            }
            let Some(whole) = span_of(doc, clause) else {
                continue;
            };
            let sent = self.sentences[d.sentence];
            if whole.0 < sent.start || whole.1 > sent.end {
                continue;
            }
            // Only a content that already is one side of the cue grows, and never over
            // another statement's cue.
            let (cs, ce) = d.content;
            let Some((cue_s, cue_e)) = span_of(doc, cue_tree) else {
                continue;
            };
            // Words of the content clause on both sides of the cue's clause.
            if whole.0 >= cue_s || whole.1 <= cue_e {
                continue;
            }
            let one_side = (cs >= cue_e && ce <= whole.1) || (ce <= cue_s && cs >= whole.0);
            if !one_side || (whole.0 >= cs && whole.1 <= ce) {
                continue;
            }
            let cue = d.cue;
            let other_cue = self.drafts_of(d.sentence).iter().any(|&o| {
                let c = self.drafts[o].cue;
                c != cue && whole.0 <= c.0 && c.1 <= whole.1
            });
            if other_cue {
                continue;
            }
            let d = &mut self.drafts[di];
            d.content = (whole.0.min(cs), whole.1.max(ce));
            changed = true;
        }
        if changed {
            self.reindex();
        }
    }

    /// "The museum, Mr. Obama said, would make …" read as "Mr. Obama said, would make …" (the
    /// parser often takes "The museum" for a second subject of "said"): the fragment between
    /// the sentence start and the speaker's comma opens the content. Only when the content
    /// starts right after "said," and the fragment holds no other cue and no quotation.
    fn fronted_fragment(&self, di: usize) -> Option<usize> {
        let t = self.text;
        let d = &self.drafts[di];
        let Speaker::Phrase(ss, _) = d.speaker else {
            return None;
        };
        if t.get(d.cue.1..d.content.0)?.trim() != "," || d.mode != Mode::Indirect {
            return None;
        }
        let sent = self.sentences[d.sentence];
        let before = t.get(sent.start..ss)?.trim_end();
        let frag = before.strip_suffix(',')?.trim();
        let words = frag.split_whitespace().count();
        if words == 0 || words > 12 || frag.contains(['"', '“', '”', ':', ';']) {
            return None;
        }
        if self.hit_range(sent.start, ss).next().is_some() {
            return None;
        }
        let start = sent.start + (before.len() - before.trim_start().len());
        (start < ss).then_some(start)
    }

    /// Rebuild the content-start index after contents moved.
    pub(super) fn reindex(&mut self) {
        {
            self.by_start.clear();
            self.max_content = 0;
            for (i, d) in self.drafts.iter().enumerate() {
                self.by_start.entry(d.content.0).or_default().push(i);
                self.max_content = self
                    .max_content
                    .max(d.content.1.saturating_sub(d.content.0));
            }
        }
    }
}

impl Attributor<'_> {
    /// A reading of the word patterns the tree refutes, dropped at the end (its content is
    /// emptied, so no statement is made and draft indices stay valid): a one-word cue that is a
    /// passive participle without a `by` agent is done to its subject, not said by it ("was
    /// described as … and accused of …", "held or threatened with death"), or describes the
    /// common noun before it ("a statement posted on a page that …"). Attitude
    /// adjectives ("is convinced that") are not passives.
    pub(super) fn drop_refuted(&mut self) {
        let Some(doc) = self.doc else { return };
        let t = self.text;
        let mut refuted = Vec::new();
        for di in 0..self.drafts.len() {
            let d = &self.drafts[di];
            // "…, the family said.": a cue after its content and its speaker is the clause's
            // verb, whatever the tagger made of it; only a participle before its content can
            // describe the noun.
            let post_posed = matches!(d.speaker, Speaker::Phrase(a, _) if d.content.1 <= a);
            let passive = d.mode == Mode::Indirect
                && !matches!(d.speaker, Speaker::None)
                && !t[d.cue.1..].starts_with(" by ")
                && doc.token_starting_at(d.cue.0).is_some_and(|ci| {
                    doc.tokens[ci].end as usize == d.cue.1
                        && doc.tokens[ci].xpos == "VBN"
                        && adjective_row(doc, t, ci).is_none()
                        && (is_passive(doc, ci)
                            || !post_posed
                                && reduced_relative(doc, ci)
                                && !person_before_clause(doc, t, ci, (d.cue.1, d.content.0)))
                });
            if passive {
                let c = self.drafts[di].content.0;
                self.drafts[di].content = (c, c);
                refuted.push(di);
            }
        }
        self.respeak_after_refuted(&refuted);
    }

    /// A reading by a cue that reports only a quotation (`not_speech.tsv` side `quote`) with
    /// no quotation in its content is dropped: "we read online that …", "I read and enjoyed
    /// your book" read, "the banner read “…”" reports.
    pub(super) fn drop_unquoted(&mut self) {
        let lex = Lexicon::get();
        let t = self.text;
        for d in &mut self.drafts {
            if d.mode == Mode::Indirect
                && lex.quote_only.contains(&t[d.cue.0..d.cue.1].to_lowercase())
            {
                d.content = (d.content.0, d.content.0);
            }
        }
    }

    /// A participle that took its speaker from a refuted reading of the same sentence ("X
    /// confirmed his death in a statement posted on a page, saying …": "posted" had "his death
    /// in a statement" for subject) takes the latest reading before it that stands instead.
    fn respeak_after_refuted(&mut self, refuted: &[usize]) {
        for di in 0..self.drafts.len() {
            let Speaker::Same(p) = self.drafts[di].speaker else {
                continue;
            };
            let si = self.drafts[di].sentence;
            if !refuted.contains(&p) || self.drafts[p].sentence != si {
                continue;
            }
            let cue = self.drafts[di].cue.0;
            let standing = self
                .drafts_of(si)
                .iter()
                .copied()
                .filter(|&q| {
                    q != di
                        && !refuted.contains(&q)
                        && self.drafts[q].cue.0 < cue
                        && self.drafts[q].content.0 < self.drafts[q].content.1
                        && !matches!(self.drafts[q].speaker, Speaker::None)
                })
                .max_by_key(|&q| self.drafts[q].cue.0);
            if let Some(q) = standing {
                self.drafts[di].speaker = Speaker::Same(q);
            }
        }
    }
}

/// "The chief of defence staff and a senior presidential aide announced on Friday that
/// agreement had been reached": the parser read "announced" as a participle describing "aide"
/// and the "that" as a determiner; a person noun before the participle and a "that" right
/// after it or after a short time phrase make it the person's verb ("a statement posted on a
/// page that …" still describes the statement).
fn person_before_clause(
    doc: &Doc,
    text: &str,
    v: usize,
    (cue_end, content): (usize, usize),
) -> bool {
    // The words between the cue and its content and the content's first: a "that" after at
    // most a short time phrase ("on Friday that"), never after a noun phrase of its own ("on a
    // webpage that").
    let gap = text.get(cue_end..content).unwrap_or("");
    let first = text
        .get(content..)
        .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next());
    let words: Vec<&str> = gap
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .chain(first)
        .collect();
    let Some(that) = words.iter().position(|w| w.eq_ignore_ascii_case("that")) else {
        return false;
    };
    // A determiner or possessor among the words before the "that" (the parse's DET tag or
    // nmod:poss relation: "on a webpage that", "on its website that") opens a noun phrase of
    // the gap's own, so the "that" is a relative pronoun describing it.
    let before = doc
        .tokens_within(cue_end, text.len())
        .filter(|&k| doc.form(text, k).chars().any(char::is_alphanumeric))
        .take(that + 1)
        .collect::<Vec<_>>();
    let short_time = that <= 3
        && before
            .last()
            .is_some_and(|&k| doc.form(text, k).eq_ignore_ascii_case("that"))
        && before[..before.len() - 1]
            .iter()
            .all(|&k| doc.tokens[k].upos != Upos::Det && doc.tokens[k].rel != Rel::NmodPoss);
    short_time
        && v > 0
        && [
            doc.tokens[v - 1].lemma.to_lowercase(),
            doc.form(text, v - 1).to_lowercase(),
        ]
        .iter()
        .any(|w| PERSON_HEADS.contains(&w.as_str()) || super::positions::person_word(w))
}

/// Whether participle `v` modifies the noun right before it ("a statement posted on its
/// website", "the report published on Monday"): it describes the noun, nobody says it. A
/// participle with an object or a clause of its own ("a source told AFP that …", misparsed), or
/// on a noun the parser left as the sentence's root ("The ministry posted on Facebook that …"),
/// is a verb of its own.
fn reduced_relative(doc: &Doc, v: usize) -> bool {
    doc.tokens[v].rel == Rel::Acl
        && v > 0
        && doc.head(v) == Some(v - 1)
        && matches!(doc.tokens[v - 1].upos, Upos::Noun)
        && doc.head(v - 1).is_some()
        && !doc.children(v).any(|j| {
            matches!(
                doc.tokens[j].rel,
                Rel::Obj | Rel::Iobj | Rel::Ccomp | Rel::Xcomp | Rel::Parataxis
            )
        })
}

/// The stance of a report nobody is named for: an assertion is a hedge (as "reportedly" is); a
/// denial or a question keeps its stance.
pub(super) fn unsourced(stance: Stance) -> Stance {
    match stance {
        Stance::Assert => Stance::Hedge,
        s => s,
    }
}

/// Whether verb `v` is passive: its aux:pass right before it (adverbs between: "was later
/// accused"; a far one is more likely a misparse), or a conjunct of such a verb sharing its
/// auxiliary ("was described as … and accused of …").
fn is_passive(doc: &Doc, v: usize) -> bool {
    let own = |v: usize| {
        doc.children(v).any(|j| {
            doc.tokens[j].rel == Rel::AuxPass
                && j < v
                && (j + 1..v).all(|k| matches!(doc.tokens[k].upos, Upos::Adv | Upos::Part))
        })
    };
    own(v)
        || (doc.tokens[v].rel == Rel::Conj
            && !doc
                .children(v)
                .any(|j| matches!(doc.tokens[j].rel, Rel::Nsubj | Rel::Aux))
            && doc.head(v).is_some_and(own))
}
