//! Predicate–argument frames read off a UD tree: who does what to whom, in which voice, negated or
//! not, under which modal, inside which condition.
//!
//! A [`Frame`] is built for every verbal predicate (VERB, or AUX as a main verb), for copular
//! predicates ("X is responsible": the predicate is the non-verbal head that has a `cop`), and on
//! request for eventive nouns ("the transfer of missiles to Russia"). Arguments are token indices
//! of phrase **heads**; [`phrase`] gives the words of a head's noun phrase.
//!
//! Conventions followed (UD English, EWT/GUM):
//! - active subject `nsubj`, passive subject `nsubj:pass`, agent `obl:agent` ("by Iran"),
//!   objects `obj`/`iobj`, obliques `obl` with their `case` word ("to Russia", "against Kyiv");
//! - a predicate without its own subject inherits it: `xcomp` from the controller's subject (or
//!   object, for object control "urged Iran to stop"), `conj` from the first conjunct, `acl`
//!   participles and `acl:relcl` from the noun they modify ("weapons captured by ISIS" → subject
//!   "weapons", passive, agent "ISIS"; "the man who fired" → subject "man");
//! - negation: `advmod` "not"/"n't"/"never", or a `det` "no" on the subject or object ("no
//!   missile was sent");
//! - modality: `aux` modals (will, would, could, may, might, must, should, can) and semi-modal
//!   xcomp controllers ("plans to", "threatened to", "is set to") are reported as written, for
//!   the stage to classify with its word lists;
//! - condition: the predicate (or one above it) is an `advcl` marked "if"/"unless".

use crate::doc::{Doc, Rel, Upos};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PredKind {
    /// A verb ("sent", "attacked").
    Verb,
    /// A copular predicate: the head is a noun, adjective or oblique ("X is responsible").
    Copular,
    /// An eventive noun with its arguments ("Iran's transfer of missiles to Russia").
    Nominal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Active,
    Passive,
}

/// Where a frame's subject came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectFrom {
    /// The predicate's own `nsubj`/`nsubj:pass`/`csubj`.
    Own,
    /// Controlled (`xcomp`), coordinated (`conj`) or modified noun (`acl`, `acl:relcl`).
    Inherited,
    /// For a nominal predicate: its possessor ("Iran's transfer").
    Possessor,
    None,
}

/// One predicate and its arguments (token indices into [`Doc::tokens`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub pred: usize,
    pub kind: PredKind,
    pub voice: Voice,
    /// Grammatical subject head (for a passive, the patient: "missiles were sent").
    pub subj: Option<usize>,
    pub subj_from: SubjectFrom,
    /// `obl:agent` head of a passive ("by Iran"), or the `by` phrase of a nominal.
    pub agent: Option<usize>,
    pub obj: Option<usize>,
    pub iobj: Option<usize>,
    /// Obliques (and a nominal's `nmod`s) with the lower-cased case word ("to", "against",
    /// "in", "" when unmarked).
    pub obl: Vec<(String, usize)>,
    /// Clausal complement head (`ccomp`, `xcomp`), if any.
    pub comp: Option<usize>,
    /// Negated by "not"/"n't"/"never" on the predicate, or "no" on its subject/object.
    pub negated: bool,
    /// Modal auxiliaries' lower-cased forms ("would", "will", "could").
    pub modals: Vec<String>,
    /// Lemmas of control predicates above ("plan", "threaten", "set", "want"), nearest first.
    pub controllers: Vec<String>,
    /// Inside an `advcl` marked if/unless (at any level up to the sentence root).
    pub conditional: bool,
    /// The clause's token range (the predicate's subtree).
    pub clause: Range<usize>,
}

impl Frame {
    /// The doer: the agent of a passive, else the subject of an active clause.
    pub fn doer(&self) -> Option<usize> {
        match self.voice {
            Voice::Passive => self.agent,
            Voice::Active => self.subj,
        }
    }

    /// The undergoer: the object of an active clause, else the subject of a passive.
    pub fn undergoer(&self) -> Option<usize> {
        match self.voice {
            Voice::Passive => self.subj,
            Voice::Active => self.obj,
        }
    }

    /// The oblique introduced by one of `cases` ("to", "against"), first in text order.
    pub fn obl_with(&self, cases: &[&str]) -> Option<usize> {
        self.obl
            .iter()
            .find(|(c, _)| cases.contains(&c.as_str()))
            .map(|&(_, h)| h)
    }
}

fn lower(doc: &Doc, text: &str, i: usize) -> String {
    doc.form(text, i).to_lowercase().replace('\u{2019}', "'")
}

fn is_negator(doc: &Doc, text: &str, i: usize) -> bool {
    // "I'm not only going to kill him, I'm going to kill his wife": "not only" adds, it does
    // not deny.
    let w = lower(doc, text, i);
    let not_only = matches!(w.as_str(), "not" | "n't")
        && i + 1 < doc.tokens.len()
        && lower(doc, text, i + 1) == "only";
    matches!(
        w.as_str(),
        "not" | "n't" | "never" | "no" | "neither" | "nor"
    ) && !not_only
}

/// The case word of an oblique/nmod head: its `case` child ("to", "by", "according to" is
/// `case` + `fixed`), lower-cased, or "" when unmarked.
pub fn case_of(doc: &Doc, text: &str, head: usize) -> String {
    match doc.children_with(head, Rel::Case).next() {
        Some(c) => {
            let mut s = lower(doc, text, c);
            for f in doc.children_with(c, Rel::Fixed) {
                s.push(' ');
                s.push_str(&lower(doc, text, f));
            }
            s
        }
        None => String::new(),
    }
}

/// The words of the noun phrase headed by `head`: the head with its determiners, modifiers,
/// compounds, flat names, possessors and nominal modifiers, but without relative clauses,
/// appositions, coordinated conjuncts or trailing punctuation. A contiguous token range.
pub fn phrase(doc: &Doc, head: usize) -> Range<usize> {
    let (mut lo, mut hi) = (head, head);
    let mut stack = vec![head];
    while let Some(i) = stack.pop() {
        for c in doc.children(i) {
            let keep = matches!(
                doc.tokens[c].rel,
                Rel::Det
                    | Rel::DetPredet
                    | Rel::Amod
                    | Rel::Compound
                    | Rel::Flat
                    | Rel::NmodPoss
                    | Rel::Nummod
                    | Rel::Nmod
                    | Rel::NmodUnmarked
                    | Rel::NmodDesc
                    | Rel::Case
                    | Rel::Fixed
                    | Rel::Goeswith
            ) || (doc.tokens[c].rel == Rel::Advmod && c < head);
            // A `case` child of the head itself ("to Russia") belongs to the oblique, not the
            // phrase.
            if !keep || (i == head && doc.tokens[c].rel == Rel::Case) {
                continue;
            }
            lo = lo.min(c);
            hi = hi.max(c);
            stack.push(c);
        }
    }
    // Keep the range contiguous: skipped material inside [lo, hi] is included.
    lo..hi + 1
}

/// The frame of predicate token `pred`, whatever its part of speech.
pub fn frame_of(doc: &Doc, text: &str, pred: usize) -> Frame {
    let t = &doc.tokens[pred];
    let has_cop = doc.children_with(pred, Rel::Cop).next().is_some();
    let kind = if has_cop {
        PredKind::Copular
    } else if matches!(t.upos, Upos::Noun | Upos::Propn) {
        PredKind::Nominal
    } else {
        PredKind::Verb
    };
    let mut f = Frame {
        pred,
        kind,
        voice: Voice::Active,
        subj: None,
        subj_from: SubjectFrom::None,
        agent: None,
        obj: None,
        iobj: None,
        obl: Vec::new(),
        comp: None,
        negated: false,
        modals: Vec::new(),
        controllers: Vec::new(),
        conditional: false,
        clause: doc.subtree(pred),
    };
    for c in doc.children(pred) {
        match doc.tokens[c].rel {
            Rel::Nsubj | Rel::Csubj | Rel::NsubjOuter if f.subj.is_none() => {
                f.subj = Some(c);
                f.subj_from = SubjectFrom::Own;
            }
            Rel::NsubjPass | Rel::CsubjPass if f.subj.is_none() => {
                f.subj = Some(c);
                f.subj_from = SubjectFrom::Own;
                f.voice = Voice::Passive;
            }
            Rel::AuxPass => f.voice = Voice::Passive,
            Rel::OblAgent => f.agent = Some(c),
            Rel::Obj if f.obj.is_none() => f.obj = Some(c),
            Rel::Iobj => f.iobj = Some(c),
            Rel::Obl | Rel::OblUnmarked => f.obl.push((case_of(doc, text, c), c)),
            Rel::Nmod | Rel::NmodUnmarked if kind == PredKind::Nominal => {
                let case = case_of(doc, text, c);
                if case == "by" {
                    f.agent = Some(c);
                } else if case == "of" && f.obj.is_none() {
                    f.obj = Some(c);
                } else {
                    f.obl.push((case, c));
                }
            }
            Rel::NmodPoss if kind == PredKind::Nominal && f.subj.is_none() => {
                f.subj = Some(c);
                f.subj_from = SubjectFrom::Possessor;
            }
            Rel::Ccomp | Rel::Xcomp if f.comp.is_none() => f.comp = Some(c),
            Rel::Advmod | Rel::Det if is_negator(doc, text, c) => f.negated = true,
            Rel::Aux if doc.tokens[c].xpos == "MD" => f.modals.push(lower(doc, text, c)),
            _ => {}
        }
    }
    // A relative clause's pronoun stands for the noun it modifies ("the group that attacked
    // Kyiv", "the missiles which Iran sent").
    if t.rel == Rel::AclRelcl {
        if let Some(h) = doc.head(pred) {
            let rel_pron = |a: usize| {
                doc.tokens[a].feats.contains("PronType=Rel")
                    || matches!(doc.tokens[a].xpos.as_str(), "WDT" | "WP")
            };
            // "acknowledged on Saturday that Iran had supplied drones": a "that" clause read as
            // a relative clause of a date is a complement clause; "that" is no argument.
            let date_head = matches!(
                doc.tokens[h].lemma.to_lowercase().as_str(),
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "today"
                    | "yesterday"
                    | "week"
                    | "month"
                    | "year"
                    | "day"
            );
            let is_that = |a: usize| lower(doc, text, a) == "that";
            if date_head && f.subj.is_some_and(is_that) {
                f.subj = None;
            } else if date_head && f.obj.is_some_and(is_that) {
                f.obj = doc
                    .children_with(pred, Rel::Obj)
                    .find(|&o| Some(o) != f.obj);
            } else if let Some(p) = f.subj.filter(|&s| rel_pron(s)) {
                f.subj = Some(relative_antecedent(doc, h, p, pred));
            } else if f.obj.is_some_and(rel_pron) {
                // A second object means the "that" was misread as a relative pronoun ("said
                // on Thursday that Poland had delivered jets"): keep the real object.
                let other = doc
                    .children_with(pred, Rel::Obj)
                    .find(|&o| Some(o) != f.obj);
                f.obj = Some(other.unwrap_or(h));
            }
        }
    }
    // "U.S. border patrol agents sexually abused illegal Mexican immigrants": a subject the
    // parser marked passive on a bare past form with no passive auxiliary ("was", "got") and an
    // object of its own is the active doer; the tagger took the past tense for a participle.
    if f.voice == Voice::Passive
        && t.xpos == "VBN"
        && f.obj.is_some()
        && f.agent.is_none()
        && !doc.children(pred).any(|a| {
            matches!(doc.tokens[a].rel, Rel::AuxPass | Rel::Aux)
                && matches!(
                    doc.tokens[a].lemma.to_lowercase().as_str(),
                    "be" | "get" | "have"
                )
        })
        && doc.children_with(pred, Rel::AuxPass).next().is_none()
    {
        f.voice = Voice::Active;
    }
    // An `-ed` participle modifying a noun is passive ("weapons captured by ISIS").
    // Not when it has its own subject: "claims that Iran had sent missiles" is active; nor
    // with a perfect "had" of its own ("said Michael Brown had assaulted the officer" misparsed
    // with the clause hung on the name): the noun is its doer.
    let perfect = doc
        .children_with(pred, Rel::Aux)
        .any(|a| doc.tokens[a].lemma.eq_ignore_ascii_case("have"));
    if matches!(t.rel, Rel::Acl) && t.xpos == "VBN" && f.subj.is_none() && !perfect {
        f.voice = Voice::Passive;
    }
    // "police officials claim Brown had attacked Wilson" misparsed with "Brown" the object of
    // "claim": the object is the subject of the complement, not what the claim acts on.
    if f.subj.is_none() {
        if let Some(o) = misread_subject(doc, text, pred) {
            f.subj = Some(o);
            f.subj_from = SubjectFrom::Own;
        }
    }
    if f.obj.is_some()
        && f.comp
            .is_some_and(|c| misread_subject(doc, text, c) == f.obj)
    {
        f.obj = None;
    }
    // "no missile was sent", "Iran sent no missiles".
    for arg in [f.subj, f.obj].into_iter().flatten() {
        if doc
            .children_with(arg, Rel::Det)
            .any(|d| lower(doc, text, d) == "no")
        {
            f.negated = true;
        }
    }
    if f.subj.is_none() {
        if let Some(s) = inherited_subject(doc, pred) {
            f.subj = Some(s);
            f.subj_from = SubjectFrom::Inherited;
            // "No militants were killed or wounded": a conjunct sharing a subject of "no" is
            // negated as the first is.
            if t.rel == Rel::Conj
                && doc
                    .children_with(s, Rel::Det)
                    .any(|d| lower(doc, text, d) == "no")
            {
                f.negated = true;
            }
            // "she was arrested and extradited to the US": a bare participle conjunct (no
            // auxiliary of its own) shares the passive of the verb whose subject it takes; not
            // one with an object of its own ("he is believed to have travelled to Syria and
            // later joined Isis", the conjunct hung on "believed": he joined Isis).
            if t.rel == Rel::Conj
                && t.xpos == "VBN"
                && f.voice == Voice::Active
                && doc.children_with(pred, Rel::Aux).next().is_none()
                && f.obj.is_none()
                && matches!(doc.tokens[s].rel, Rel::NsubjPass | Rel::CsubjPass)
                && doc.head(s) == doc.head(pred)
            {
                f.voice = Voice::Passive;
            }
        }
    }
    // Controllers, modals and conditions above: walk up through xcomp/conj/ccomp chains.
    let mut k = pred;
    // "has not been able to confirm this but has offered assistance": a conjunct with its own
    // auxiliary or a contrastive "but" is asserted on its own; negation above does not reach it.
    let mut own_polarity = false;
    for _ in 0..doc.tokens.len() {
        let rel = doc.tokens[k].rel;
        let Some(h) = doc.head(k) else { break };
        if rel == Rel::Conj
            && (doc.children_with(k, Rel::Aux).next().is_some()
                || doc
                    .children_with(k, Rel::Cc)
                    .any(|c| matches!(lower(doc, text, c).as_str(), "but" | "yet")))
        {
            own_polarity = true;
        }
        match rel {
            Rel::Xcomp => {
                f.controllers.push(doc.tokens[h].lemma.to_lowercase());
                for a in doc.children_with(h, Rel::Aux) {
                    if doc.tokens[a].xpos == "MD" {
                        f.modals.push(lower(doc, text, a));
                    }
                }
                if !own_polarity
                    && doc
                        .children_with(h, Rel::Advmod)
                        .any(|c| is_negator(doc, text, c))
                {
                    f.negated = true;
                }
            }
            Rel::Advcl | Rel::AdvclRelcl
                if doc
                    .children_with(k, Rel::Mark)
                    .any(|m| matches!(lower(doc, text, m).as_str(), "if" | "unless")) =>
            {
                f.conditional = true;
            }
            // "has not been arrested or charged", "did not elaborate or give a location": a
            // negated verb's alternatives joined by "or"/"nor" (no auxiliary or "but" of their
            // own) are negated with it; "did not elaborate and spoke on condition of
            // anonymity" asserts the "and" conjunct.
            Rel::Conj
                if !own_polarity
                    && alternative_of(doc, text, h, k)
                    && doc
                        .children_with(h, Rel::Advmod)
                        .any(|c| is_negator(doc, text, c)) =>
            {
                f.negated = true;
            }
            _ => {}
        }
        if !matches!(rel, Rel::Xcomp | Rel::Conj | Rel::Advcl | Rel::AdvclRelcl) {
            break;
        }
        k = h;
    }
    f
}

/// Is conjunct `k` of `h` one of alternatives ("or", "nor")? In UD the coordinating word hangs
/// on the last conjunct only ("arrested, charged or convicted"), so the word of any conjunct of
/// `h` from `k` on counts.
/// The noun a relative pronoun `p` (subject of the relative clause headed by `pred`) stands for,
/// given the word `h` the parser hung the clause on. A clause hung on a verb ("sought treatment
/// at the hospital in Mosul, which was captured by ISIS") stands for the nearest noun before the
/// pronoun. After a coordination ("the United States and the United Kingdom, which refused to
/// negotiate") the pronoun stands for all the conjuncts (their first, whose conjuncts they are)
/// unless the verb agrees with one alone ("the army and Boko Haram, which has killed" → the
/// nearest conjunct). A "which" after a comma closing a chain of place phrases stands for the
/// chain's last noun.
fn relative_antecedent(doc: &Doc, h: usize, p: usize, pred: usize) -> usize {
    let t = &doc.tokens;
    if p <= h {
        return h;
    }
    let nominal = |j: usize| matches!(t[j].upos, Upos::Noun | Upos::Propn);
    if matches!(t[h].upos, Upos::Verb | Upos::Aux) {
        // "jihadist militants associated with ISIS, who may have contracted the virus": a
        // participle modifying a noun stands for that noun.
        if t[h].rel == Rel::Acl {
            if let Some(n) = doc.head(h).filter(|&n| nominal(n)) {
                return n;
            }
        }
        // The nearest noun before the pronoun, or the noun whose prepositional phrase it ends
        // ("the separatists in Ukraine who apparently shot down a Malaysian airliner").
        let Some(mut n) = (h + 1..p).rev().find(|&j| nominal(j)) else {
            return h;
        };
        while t[n].rel == Rel::Nmod {
            match doc.head(n) {
                Some(g) if g > h && nominal(g) => n = g,
                _ => break,
            }
        }
        return n;
    }
    // A restrictive clause ("a local NGO that helped", "the middleman who brokered") is about
    // the noun the parser hung it on; only a clause set off by a comma may be about a list.
    if p == 0 || t[p - 1].upos != Upos::Punct {
        return h;
    }
    // "treatment at the hospital in Mosul, which was captured by ISIS" hung on "treatment": a
    // "which" set off by a comma after a chain of prepositional phrases stands for the last
    // noun of the chain (a thing; "the head of the agency, who said" keeps its head).
    if t[p].lemma.eq_ignore_ascii_case("which") {
        if let Some(mut n) = (h + 1..p).rev().find(|&j| nominal(j)) {
            let last = n;
            while t[n].rel == Rel::Nmod && n != h {
                match doc.head(n) {
                    Some(g) if g >= h => n = g,
                    _ => break,
                }
            }
            // Not after "of" ("the headquarters of the group, which was bombed").
            let of = doc
                .children_with(last, Rel::Case)
                .any(|c| t[c].lemma.eq_ignore_ascii_case("of"));
            // The verb agrees with the noun ("meetings with the Islamists in Chad, which were
            // mediated by Deby": the meetings, not Chad).
            let plural_verb = t[pred].xpos == "VBP"
                || doc.children(pred).any(|a| {
                    matches!(t[a].rel, Rel::Aux | Rel::AuxPass | Rel::Cop)
                        && (t[a].xpos == "VBP"
                            || t[a].lemma.eq_ignore_ascii_case("be")
                                && t[a].feats.contains("Number=Plur"))
                });
            let singular_noun = matches!(t[last].xpos.as_str(), "NN" | "NNP");
            if n == h && last != h && !of && !(plural_verb && singular_noun) {
                return last;
            }
        }
    }
    let singular = t[pred].xpos == "VBZ"
        || doc.children(pred).any(|a| {
            matches!(t[a].rel, Rel::Aux | Rel::AuxPass | Rel::Cop)
                && (t[a].xpos == "VBZ"
                    || t[a].lemma.eq_ignore_ascii_case("be")
                        && t[a].xpos == "VBD"
                        && t[a].feats.contains("Number=Sing"))
        });
    let first = match doc.head(h) {
        Some(g) if t[h].rel == Rel::Conj && g < h => g,
        _ => h,
    };
    let last = doc
        .children_with(first, Rel::Conj)
        .filter(|&c| c < p)
        .last()
        .unwrap_or(first);
    if last == first {
        h
    } else if singular {
        last
    } else {
        first
    }
}

/// The subject `s` of predicate `h` as a complement or conjunct below inherits it: a relative
/// pronoun subject of a relative clause stands for its antecedent ("the United States and the
/// United Kingdom, which refused to negotiate": the negotiating is theirs, not "which"'s).
fn relative_subject(doc: &Doc, h: usize, s: usize) -> usize {
    let t = &doc.tokens;
    let rel_word =
        t[s].feats.contains("PronType=Rel") || matches!(t[s].xpos.as_str(), "WDT" | "WP");
    // Only a clause set off by a comma: a restrictive one the parser may have hung on the wrong
    // noun ("devotees of the Dera chief who also claimed to be castrated").
    let set_off = s > 0 && t[s - 1].upos == Upos::Punct;
    match doc.head(h) {
        Some(a) if rel_word && set_off && t[h].rel == Rel::AclRelcl => {
            relative_antecedent(doc, a, s, h)
        }
        _ => s,
    }
}

fn alternative_of(doc: &Doc, text: &str, h: usize, k: usize) -> bool {
    doc.children_with(h, Rel::Conj)
        .filter(|&c| c >= k)
        .flat_map(|c| doc.children_with(c, Rel::Cc))
        .any(|cc| matches!(lower(doc, text, cc).as_str(), "or" | "nor"))
}

/// The subject a predicate without its own gets from above: xcomp controller (object control
/// when the controller has an object), first conjunct, or the noun an `acl`/`acl:relcl`
/// modifies (for a relative clause only when the relative pronoun is not already the object).
fn inherited_subject(doc: &Doc, pred: usize) -> Option<usize> {
    let mut k = pred;
    for _ in 0..doc.tokens.len() {
        let h = doc.head(k)?;
        match doc.tokens[k].rel {
            Rel::Xcomp => {
                if let Some(o) = doc.children_with(h, Rel::Obj).next() {
                    return Some(o);
                }
                if let Some(s) = own_subject(doc, h) {
                    return Some(relative_subject(doc, h, s));
                }
                k = h;
            }
            Rel::Conj => {
                if let Some(s) = own_subject(doc, h) {
                    return Some(relative_subject(doc, h, s));
                }
                k = h;
            }
            // "at the hospital in Mosul, which was captured by ISIS" with the relative clause
            // hung on the verb "sought": the relative word stands for a noun, not that clause.
            Rel::Acl | Rel::AclRelcl if matches!(doc.tokens[h].upos, Upos::Verb | Upos::Aux) => {
                let rel_word = doc.children(k).find(|&c| {
                    c < k
                        && (doc.tokens[c].feats.contains("PronType=Rel")
                            || matches!(doc.tokens[c].xpos.as_str(), "WDT" | "WP"))
                });
                return Some(rel_word.map_or(h, |p| relative_antecedent(doc, h, p, k)));
            }
            Rel::Acl | Rel::AclRelcl => return Some(h),
            _ => return None,
        }
    }
    None
}

/// The subject the parser read as the object of the verb above a finite clausal complement
/// `c` that has no subject of its own ("police officials claim Brown had attacked Wilson":
/// `Brown` the object of `claim`, `attacked` a subjectless `ccomp`): the object noun phrase
/// ending right where the complement starts, not an object pronoun ("told him").
pub fn misread_subject(doc: &Doc, text: &str, c: usize) -> Option<usize> {
    let t = &doc.tokens[c];
    if t.rel != Rel::Ccomp
        || own_subject(doc, c).is_some()
        || doc.children_with(c, Rel::Mark).next().is_some()
    {
        return None;
    }
    let finite = matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || doc.children(c).any(|a| {
            matches!(doc.tokens[a].rel, Rel::Aux | Rel::AuxPass | Rel::Cop)
                && lower(doc, text, a) != "to"
        });
    if !finite {
        return None;
    }
    // Only its auxiliaries and adverbs before it: "kill Haines if the military did not end"
    // or "the Islamic State (IS) jihadist organisation" start otherwise.
    let start = doc.subtree(c).start;
    if !(start..c).all(|k| {
        doc.head(k) == Some(c)
            && matches!(
                doc.tokens[k].rel,
                Rel::Aux | Rel::AuxPass | Rel::Cop | Rel::Advmod
            )
    }) {
        return None;
    }
    let h = doc.head(c)?;
    let o = doc.children_with(h, Rel::Obj).next()?;
    let object_case = matches!(
        lower(doc, text, o).as_str(),
        "him" | "her" | "them" | "me" | "us" | "it" | "that" | "this" | "what"
    );
    (o < c
        && !object_case
        && matches!(doc.tokens[o].upos, Upos::Noun | Upos::Propn | Upos::Pron)
        && doc.subtree(o).end == start)
        .then_some(o)
}

fn own_subject(doc: &Doc, pred: usize) -> Option<usize> {
    doc.children(pred).find(|&c| doc.tokens[c].rel.is_subject())
}

/// Frames of every verbal and copular predicate of sentence `s`, in text order.
pub fn sentence_frames(doc: &Doc, text: &str, s: usize) -> Vec<Frame> {
    doc.sentences[s]
        .tokens()
        .filter(|&i| is_predicate(doc, i))
        .map(|i| frame_of(doc, text, i))
        .collect()
}

/// A verb (not an auxiliary attached as `aux`/`cop`), or a non-verbal head with a copula.
pub fn is_predicate(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    match t.upos {
        Upos::Verb => !matches!(t.rel, Rel::Amod | Rel::Compound),
        Upos::Aux => !matches!(t.rel, Rel::Aux | Rel::AuxPass | Rel::Cop),
        _ => doc.children_with(i, Rel::Cop).next().is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::{gold_doc, parse};

    fn doc(conllu: &str) -> (String, Doc) {
        gold_doc(&parse(conllu).unwrap())
    }

    fn word(doc: &Doc, text: &str, i: Option<usize>) -> String {
        i.map(|i| doc.form(text, i).to_string()).unwrap_or_default()
    }

    // "U.S. weapons captured by ISIS were shown."
    const CAPTURED: &str = "1\tU.S.\tU.S.\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n\
2\tweapons\tweapon\tNOUN\tNNS\t_\t7\tnsubj:pass\t_\t_\n\
3\tcaptured\tcapture\tVERB\tVBN\t_\t2\tacl\t_\t_\n\
4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n\
5\tISIS\tISIS\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n\
6\twere\tbe\tAUX\tVBD\t_\t7\taux:pass\t_\t_\n\
7\tshown\tshow\tVERB\tVBN\t_\t0\troot\t_\tSpaceAfter=No\n\
8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";

    #[test]
    fn participle_modifier_is_passive_with_the_noun_as_patient() {
        let (text, d) = doc(CAPTURED);
        let f = frame_of(&d, &text, 2);
        assert_eq!(f.voice, Voice::Passive);
        assert_eq!(word(&d, &text, f.doer()), "ISIS");
        assert_eq!(word(&d, &text, f.undergoer()), "weapons");
        assert_eq!(f.subj_from, SubjectFrom::Inherited);
        assert_eq!(phrase(&d, 1), 0..2);
    }

    // "No missile was sent to Russia."
    const NO_MISSILE: &str = "1\tNo\tno\tDET\tDT\t_\t2\tdet\t_\t_\n\
2\tmissile\tmissile\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n\
3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n\
4\tsent\tsend\tVERB\tVBN\t_\t0\troot\t_\t_\n\
5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n\
6\tRussia\tRussia\tPROPN\tNNP\t_\t4\tobl\t_\tSpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn no_on_the_subject_negates_an_agentless_passive() {
        let (text, d) = doc(NO_MISSILE);
        let f = frame_of(&d, &text, 3);
        assert!(f.negated);
        assert_eq!(f.voice, Voice::Passive);
        assert_eq!(f.doer(), None);
        assert_eq!(word(&d, &text, f.obl_with(&["to"])), "Russia");
        assert_eq!(
            phrase(&d, 5),
            5..6,
            "the case word is not part of the phrase"
        );
    }

    // "Hezbollah, which attacked Israel, fired rockets."
    const RELCL: &str = "1\tHezbollah\tHezbollah\tPROPN\tNNP\t_\t6\tnsubj\t_\tSpaceAfter=No\n\
2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n\
3\twhich\twhich\tPRON\tWDT\tPronType=Rel\t4\tnsubj\t_\t_\n\
4\tattacked\tattack\tVERB\tVBD\t_\t1\tacl:relcl\t_\t_\n\
5\tIsrael\tIsrael\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No\n\
6\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\t_\n\
7\trockets\trocket\tNOUN\tNNS\t_\t6\tobj\t_\tSpaceAfter=No\n\
8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

    #[test]
    fn relative_pronoun_stands_for_the_modified_noun() {
        let (text, d) = doc(RELCL);
        let f = frame_of(&d, &text, 3);
        assert_eq!(word(&d, &text, f.doer()), "Hezbollah");
        assert_eq!(word(&d, &text, f.undergoer()), "Israel");
    }

    // "They sought treatment at the hospital in Mosul, which was captured by ISIS." with the
    // relative clause hung on "treatment" (as the shipped parser does on fnc-567).
    const WHICH_CHAIN: &str = "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
2\tsought\tseek\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\ttreatment\ttreatment\tNOUN\tNN\t_\t2\tobj\t_\t_\n\
4\tat\tat\tADP\tIN\t_\t6\tcase\t_\t_\n\
5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n\
6\thospital\thospital\tNOUN\tNN\t_\t3\tnmod\t_\t_\n\
7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n\
8\tMosul\tMosul\tPROPN\tNNP\t_\t6\tnmod\t_\tSpaceAfter=No\n\
9\t,\t,\tPUNCT\t,\t_\t12\tpunct\t_\t_\n\
10\twhich\twhich\tPRON\tWDT\tPronType=Rel\t12\tnsubj:pass\t_\t_\n\
11\twas\tbe\tAUX\tVBD\tNumber=Sing\t12\taux:pass\t_\t_\n\
12\tcaptured\tcapture\tVERB\tVBN\t_\t3\tacl:relcl\t_\t_\n\
13\tby\tby\tADP\tIN\t_\t14\tcase\t_\t_\n\
14\tISIS\tISIS\tPROPN\tNNP\t_\t12\tobl:agent\t_\tSpaceAfter=No\n\
15\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn which_after_a_chain_of_place_phrases_is_the_last_noun() {
        let (text, d) = doc(WHICH_CHAIN);
        let f = frame_of(&d, &text, 11);
        assert_eq!(word(&d, &text, f.undergoer()), "Mosul");
        // Control: a plural verb does not agree with "Mosul"; the parse's noun stays.
        let plural = WHICH_CHAIN.replace(
            "\twas\tbe\tAUX\tVBD\tNumber=Sing",
            "\twere\tbe\tAUX\tVBD\tNumber=Plur",
        );
        let (text, d) = doc(&plural);
        let f = frame_of(&d, &text, 11);
        assert_eq!(word(&d, &text, f.undergoer()), "treatment");
    }

    // "Iran threatened to close the strait if sanctions continue."
    const THREAT: &str = "1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n\
4\tclose\tclose\tVERB\tVB\t_\t2\txcomp\t_\t_\n\
5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n\
6\tstrait\tstrait\tNOUN\tNN\t_\t4\tobj\t_\t_\n\
7\tif\tif\tSCONJ\tIN\t_\t9\tmark\t_\t_\n\
8\tsanctions\tsanction\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n\
9\tcontinue\tcontinue\tVERB\tVBP\t_\t2\tadvcl\t_\tSpaceAfter=No\n\
10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn controlled_verb_inherits_subject_and_records_controller() {
        let (text, d) = doc(THREAT);
        let f = frame_of(&d, &text, 3);
        assert_eq!(word(&d, &text, f.subj), "Iran");
        assert_eq!(f.controllers, ["threaten"]);
        assert_eq!(word(&d, &text, f.obj), "strait");
        let cond = frame_of(&d, &text, 8);
        assert!(cond.conditional);
        let all = sentence_frames(&d, &text, 0);
        assert_eq!(all.iter().map(|f| f.pred).collect::<Vec<_>>(), [1, 3, 8]);
    }

    // "The envoy was detained and later released the hostages' names ." (the parser's shape of
    // "is believed to have fled and later joined the rebels": a bare participle conjunct with an
    // object of its own, hung on a passive) and "She was arrested and extradited to Ankara .".
    const CONJUNCTS: &str = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n\
2\tenvoy\tenvoy\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n\
3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n\
4\tdetained\tdetain\tVERB\tVBN\t_\t0\troot\t_\t_\n\
5\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n\
6\tlater\tlate\tADV\tRBR\t_\t7\tadvmod\t_\t_\n\
7\tjoined\tjoin\tVERB\tVBN\t_\t4\tconj\t_\t_\n\
8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n\
9\trebels\trebel\tNOUN\tNNS\t_\t7\tobj\t_\tSpaceAfter=No\n\
10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n\
1\tShe\tshe\tPRON\tPRP\t_\t3\tnsubj:pass\t_\t_\n\
2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n\
3\tarrested\tarrest\tVERB\tVBN\t_\t0\troot\t_\t_\n\
4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n\
5\textradited\textradite\tVERB\tVBN\t_\t3\tconj\t_\t_\n\
6\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n\
7\tAnkara\tAnkara\tPROPN\tNNP\t_\t5\tobl\t_\tSpaceAfter=No\n\
8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    #[test]
    fn a_bare_participle_conjunct_of_a_passive_is_passive_unless_it_takes_an_object() {
        let (text, d) = doc(CONJUNCTS);
        let joined = frame_of(&d, &text, 6);
        assert_eq!(word(&d, &text, joined.subj), "envoy");
        assert_eq!(joined.voice, Voice::Active, "the envoy joined the rebels");
        assert_eq!(word(&d, &text, joined.doer()), "envoy");
        let extradited = frame_of(&d, &text, 14);
        assert_eq!(word(&d, &text, extradited.subj), "She");
        assert_eq!(extradited.voice, Voice::Passive);
        assert_eq!(word(&d, &text, extradited.undergoer()), "She");
    }

    // "He has not been arrested or charged ." and "He did not elaborate and spoke ." (fnc-2149,
    // fnc-1649).
    const ALTERNATIVES: &str = "1\tHe\the\tPRON\tPRP\t_\t5\tnsubj:pass\t_\t_\n\
2\thas\thave\tAUX\tVBZ\t_\t5\taux\t_\t_\n\
3\tnot\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_\n\
4\tbeen\tbe\tAUX\tVBN\t_\t5\taux:pass\t_\t_\n\
5\tarrested\tarrest\tVERB\tVBN\t_\t0\troot\t_\t_\n\
6\tor\tor\tCCONJ\tCC\t_\t7\tcc\t_\t_\n\
7\tcharged\tcharge\tVERB\tVBN\t_\t5\tconj\t_\tSpaceAfter=No\n\
8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n\
1\tHe\the\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n\
2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n\
3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
4\telaborate\telaborate\tVERB\tVB\t_\t0\troot\t_\t_\n\
5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n\
6\tspoke\tspeak\tVERB\tVBD\t_\t4\tconj\t_\tSpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn a_negation_reaches_alternatives_joined_by_or_not_by_and() {
        let (text, d) = doc(ALTERNATIVES);
        assert!(frame_of(&d, &text, 4).negated);
        let charged = frame_of(&d, &text, 6);
        assert!(charged.negated, "not arrested or charged");
        assert_eq!(charged.voice, Voice::Passive);
        assert!(frame_of(&d, &text, 11).negated);
        assert!(!frame_of(&d, &text, 13).negated, "he spoke");
    }

    // "He not only attacked the town ." (fnc-640: "I'm not only going to kill him, I'm going
    // to kill his wife").
    const NOT_ONLY: &str = "1\tHe\the\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n\
2\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
3\tonly\tonly\tADV\tRB\t_\t4\tadvmod\t_\t_\n\
4\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n\
5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n\
6\ttown\ttown\tNOUN\tNN\t_\t4\tobj\t_\tSpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn not_only_adds_and_does_not_deny() {
        let (text, d) = doc(NOT_ONLY);
        assert!(!frame_of(&d, &text, 3).negated);
        // Control: "not" alone denies.
        let (text, d) = doc(ALTERNATIVES);
        assert!(frame_of(&d, &text, 11).negated);
    }

    // "Agents abused migrants ." as the tagger and parser read it (a participle, a passive
    // subject, no auxiliary; fnc-1821 "it killed Shekau"), and "Migrants were abused ." — the
    // real passive it must not touch.
    const BARE_PARTICIPLE: &str = "1\tAgents\tagent\tNOUN\tNNS\t_\t2\tnsubj:pass\t_\t_\n\
2\tabused\tabuse\tVERB\tVBN\t_\t0\troot\t_\t_\n\
3\tmigrants\tmigrant\tNOUN\tNNS\t_\t2\tobj\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
1\tMigrants\tmigrant\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n\
2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n\
3\tabused\tabuse\tVERB\tVBN\t_\t0\troot\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    #[test]
    fn a_passive_subject_without_auxiliary_on_a_verb_with_an_object_is_its_doer() {
        let (text, d) = doc(BARE_PARTICIPLE);
        let abused = frame_of(&d, &text, 1);
        assert_eq!(abused.voice, Voice::Active);
        assert_eq!(word(&d, &text, abused.doer()), "Agents");
        assert_eq!(word(&d, &text, abused.undergoer()), "migrants");
        let real = frame_of(&d, &text, 6);
        assert_eq!(real.voice, Voice::Passive, "were abused");
        assert_eq!(word(&d, &text, real.undergoer()), "Migrants");
    }
}
