//! The tree coder's target and object: the undergoer when it is an actor, else an indirect
//! object, the oblique whose case word the class takes (`roles.tsv`), a that-clause subject,
//! the object's own modifiers, a controlled complement's undergoer, the possessor or author of
//! an attacked act, or the state whose places are seized.

use super::{Coder, Part};
use crate::events::roles::{LemmaKind, NounKind, ObjectKind, RoleRule};
use dossier_syntax::frames::{case_of, frame_of, Frame, Voice};
use dossier_syntax::{Rel, Upos};

/// What [`Coder::targets`] found.
pub(super) struct Found {
    pub targets: Vec<Part>,
    /// The undergoer's noun phrase head when it is not an actor.
    pub object: Option<usize>,
    /// Whether the target is the one addressed (indirect object, undergoer, possessor).
    pub addressed: bool,
    /// The object's words read flat after a misparsed verb ("supplied | drones to Russia").
    pub flat_object: Option<std::ops::Range<usize>>,
}

/// How the trigger reads: what [`Coder::targets`] needs from the trigger beyond its frame.
pub(super) struct Reading<'r> {
    pub cameo: &'r str,
    pub rule: Option<&'r RoleRule>,
    pub motion: bool,
    pub comitative: bool,
    pub controls: bool,
    pub verbal: bool,
    /// A support verb coded as its event-noun object's act (`LemmaKind::Support`).
    pub support: bool,
    /// The last word of the (multi-word) verb.
    pub last: usize,
    pub sent_end: usize,
}

impl Coder<'_> {
    /// The target and object of the trigger at `i` (frame `f`).
    pub(super) fn targets(&self, i: usize, f: &Frame, r: &Reading) -> Found {
        let doc = self.doc;
        let Reading {
            cameo,
            rule,
            motion,
            comitative,
            controls,
            verbal,
            support,
            last,
            sent_end,
        } = *r;
        let mut targets: Vec<Part> = Vec::new();
        let mut object: Option<usize> = None;
        let mut addressed = false;
        let undergoer = f.undergoer();
        if let Some(io) = f.iobj.filter(|_| rule.is_some_and(|r| r.iobj)) {
            targets = self.participants(io, true);
            addressed = !targets.is_empty();
            object = f.obj;
        }
        // "Nozari told Iran that no missile was sent", misparsed with "Iran" as a subject
        // inside the that-clause: a name between the verb and the complementiser belongs to the
        // main clause, as the addressee of a verb that takes one.
        if targets.is_empty()
            && undergoer.is_none()
            && self.roles.lemma_is(self.lemma(i), LemmaKind::Addressee)
        {
            let clause = doc.children_with(i, Rel::Ccomp).next();
            let mark = clause.and_then(|c| {
                doc.children_with(c, Rel::Mark)
                    .find(|&m| self.lower[m] == "that")
            });
            if let (Some(c), Some(m)) = (clause, mark) {
                if let Some(n) =
                    (i + 1..m).find(|&k| doc.head(k) == Some(c) && doc.tokens[k].rel.is_subject())
                {
                    targets = self.participants(n, true);
                    addressed = !targets.is_empty();
                }
            }
        }
        // A statement verb's object is its content or topic ("said the group", "mentioned
        // Hunter"), except for verbs that take the addressee as object ("told Reuters").
        let content_object = (cameo.starts_with("01")
            && f.voice == Voice::Active
            && !self.roles.lemma_is(self.lemma(i), LemmaKind::Addressee))
            // "Obama, Putin discuss Ukraine": a topic is no counterpart (`topic` verbs).
            || (verbal && self.roles.lemma_is(self.lemma(i), LemmaKind::Topic));
        if content_object {
            object = undergoer;
        }
        if targets.is_empty() && !content_object {
            if let Some(u) = undergoer {
                if !motion {
                    targets = self.participants(u, true);
                    // "Foley was the victim executed by IS": the subject of the copular
                    // clause the undergoer noun predicates.
                    if let Some(cop) = doc
                        .children_with(u, Rel::Cop)
                        .next()
                        .filter(|_| targets.is_empty())
                    {
                        match doc.children(u).find(|&c| doc.tokens[c].rel.is_subject()) {
                            Some(sj) => targets = self.participants(sj, true),
                            // The parser lost the subject ("believe journalist James Foley |
                            // was the victim executed by…"): the name right before the copula.
                            None if cop > 0 && self.mention[cop - 1].is_some() => {
                                targets = self.participants(cop - 1, true);
                            }
                            None => {}
                        }
                    }
                }
                // "condemned Iran's transfer of drones": the doer of an event noun.
                // Not the act a support verb does ("ordered US airstrikes" is no act on the US).
                if targets.is_empty()
                    && !support
                    && (self.lex.nominal(&self.lower[u]).is_some()
                        || self.lex.nominal(self.lemma(u)).is_some())
                {
                    targets = self.nominal_doer(u);
                }
                if targets.is_empty() {
                    object = Some(u);
                } else {
                    addressed = true;
                }
            }
        }
        if targets.is_empty() {
            if let Some(r) = rule {
                // The verb's obliques first, then the object's own modifiers ("supply arms to
                // Israel", "ratified an agreement with the EU": parsers often attach them there).
                // Two levels down: "an accord for 1990 with Dagolath".
                let mut obj_nmods: Vec<(String, usize)> = Vec::new();
                // The "with" phrases of relation nouns ("relations with Gondor").
                let mut relation_with: Vec<usize> = Vec::new();
                // Not the modifiers of an oblique event noun: "the steps taken in its battle
                // against IS" does not make IS the target of "taken".
                let mut level: Vec<usize> = object
                    .into_iter()
                    .chain(
                        doc.children_with(i, Rel::Obj)
                            .filter(|&o| Some(o) != object),
                    )
                    .chain(f.obl.iter().map(|&(_, h)| h).filter(|&h| {
                        self.lex.nominal(&self.lower[h]).is_none()
                            && self.lex.nominal(self.lemma(h)).is_none()
                            && doc.children_with(h, Rel::NmodPoss).next().is_none()
                    }))
                    .collect();
                // "ruled out air strikes against Isis", "condemned the attack on Kyiv": the
                // target of an act an attitude is about is the act's, not the attitude's (a
                // relation noun keeps its counterpart: "rejected talks with Russia").
                let attitude = ["05", "10", "11", "12", "13"].contains(&&cameo[..2]);
                let acts_own = |o: usize| {
                    attitude
                        && (self.lex.nominal(&self.lower[o]).is_some()
                            || self.lex.nominal(self.lemma(o)).is_some())
                        && !self.relation_noun(o)
                };
                for _ in 0..2 {
                    let mut next = Vec::new();
                    for &o in level.iter().filter(|&&o| !acts_own(o)) {
                        for c in doc.children(o) {
                            match doc.tokens[c].rel {
                                // "condemns the murder of Foley": an act noun's `of` is its
                                // victim, not the one the attitude is aimed at.
                                Rel::Nmod => {
                                    let case = case_of(doc, self.text, c);
                                    if case == "with" && self.relation_noun(o) {
                                        relation_with.push(c);
                                    }
                                    if case != "of" || !self.victim_noun(o) {
                                        obj_nmods.push((case, c));
                                    }
                                    next.push(c);
                                }
                                // Nominal material the parser hung below the object
                                // ("short-range | ballistic missiles to Russia").
                                Rel::Obj | Rel::Appos | Rel::Conj | Rel::Compound => next.push(c),
                                _ => {}
                            }
                        }
                    }
                    level = next;
                }
                // A motion verb reaches its actor only with "to" ("travelled to Iraq", not
                // "heading for Mexico").
                let to_only = [String::from("to")];
                let cases: &[String] = if motion { &to_only } else { &r.target_cases };
                // "a town along the border *with* Jordan": in violence, "with" names the other
                // side only as the verb's own oblique ("clashed with") or a relation noun's
                // ("abandon relations with Gondor"), not deep in its object.
                let violent = ["18", "19", "20"].iter().any(|p| cameo.starts_with(p));
                // "air strikes against its forces in Iraq": once the act is aimed at someone
                // unnamed, the place it happened is no target.
                let mut aimed = false;
                for case in cases {
                    if aimed && matches!(case.as_str(), "in" | "across" | "over") {
                        continue;
                    }
                    // "fought with the Kurds": a companion in a fight is an ally, not the
                    // enemy ("worked with the rebels" stays cooperation with them).
                    if case == "with" && comitative {
                        continue;
                    }
                    // "demanded that the US cancel the sale": the subject of the clausal
                    // complement is the one the demand (appeal, accusation) is made of.
                    // "The US claimed that ISIL had attacked Iraq": a claim blames the subject
                    // of its content only when that subject did something hostile (an active
                    // verb of CAMEO 11–20); "claimed he was wounded" blames no one.
                    if case == "that-blame" {
                        let found = f
                            .comp
                            .filter(|&c| {
                                doc.tokens[c].rel == Rel::Ccomp && self.hostile_act(c, sent_end)
                            })
                            .and_then(|c| self.clause_subject(c))
                            .map(|sj| self.participants(sj, true))
                            .filter(|p| !p.is_empty());
                        if let Some(p) = found {
                            targets = p;
                            break;
                        }
                        continue;
                    }
                    if case == "that-clause" {
                        let found = f
                            .comp
                            .filter(|&c| doc.tokens[c].rel == Rel::Ccomp)
                            .and_then(|c| self.clause_subject(c))
                            .map(|sj| self.participants(sj, true))
                            .filter(|p| !p.is_empty())
                            .or_else(|| self.that_subject_by_order(last, sent_end));
                        if let Some(p) = found {
                            targets = p;
                            break;
                        }
                        continue;
                    }
                    let deep = obj_nmods.iter().filter(|&&(ref c, h)| {
                        !(violent && c == "with") || relation_with.contains(&h)
                    });
                    let mut found = None;
                    for &(_, h) in f.obl.iter().chain(deep).filter(|(c, _)| c == case) {
                        // "carried out airstrikes against IS in Iraq": an act aimed "against"
                        // someone before the place happened there; the place is no target,
                        // however the parser hung the "against" (a misread "IS" leaves it a
                        // mark of the place).
                        if matches!(case.as_str(), "in" | "across" | "over")
                            && (last + 1..h).any(|k| self.lower[k] == "against")
                        {
                            continue;
                        }
                        let p = self.oblique_participants(h);
                        if p.is_empty() {
                            aimed |= case == "against";
                        } else {
                            found = Some(p);
                            break;
                        }
                    }
                    if let Some(p) = found {
                        targets = p;
                        break;
                    }
                }
                // "broke off relations with Libya", "a resolution against Libya": the
                // counterpart of a relation noun, whatever the class.
                if targets.is_empty() {
                    if let Some(p) = obj_nmods
                        .iter()
                        // …but not a "with" set off by a comma ("targeting militants on
                        // several fronts, with Ugandan troops"): a companion.
                        .filter(|&&(ref c, h)| {
                            c == "against"
                                || c == "with"
                                    && (!violent || relation_with.contains(&h))
                                    && !self.set_off_by_comma(h)
                        })
                        .map(|&(_, h)| self.participants(h, true))
                        .find(|p| !p.is_empty())
                    {
                        targets = p;
                    }
                }
            }
        }
        // A misparsed verb phrase ("had supplied | drones to Russia months before the war
        // began", drones made the subject of "began"): a verb with neither object nor target
        // reads its own words, "OBJECT to ACTOR", right after it.
        let mut flat_object: Option<std::ops::Range<usize>> = None;
        if targets.is_empty() && undergoer.is_none() && f.voice == Voice::Active && verbal {
            if let Some((obj, tgt)) = rule
                .and_then(|r| self.flat_frame(last, sent_end, r))
                .filter(|_| !comitative)
            {
                object = Some(obj.end - 1);
                flat_object = Some(obj);
                targets.push(tgt);
            }
        }
        // "threatened to strike the United States": a controlling event's target is its
        // complement's undergoer.
        if targets.is_empty() && controls {
            if let Some(x) = self.complement(i) {
                let xf = frame_of(doc, self.text, x);
                if let Some(u) = xf.undergoer() {
                    targets = self.participants(u, true);
                }
                // "threatened to cut off electricity to Nakhichevan", "threatened to break
                // relations with Russia", "refused to send troops against Iraq": the one the
                // threatened (demanded, refused) act is directed at, named by a directed case
                // word on the complement or on its object. Never a locative ("resume attacks
                // in Israel"): where the act would happen is no party to the threat.
                if targets.is_empty() {
                    let directed = |c: &str| {
                        matches!(
                            c,
                            "to" | "against"
                                | "with"
                                | "on"
                                | "from"
                                | "into"
                                | "toward"
                                | "towards"
                        )
                    };
                    let object_nmods = xf.undergoer().into_iter().flat_map(|u| {
                        doc.children_with(u, Rel::Nmod)
                            .map(move |c| (case_of(doc, self.text, c), c))
                    });
                    if let Some(p) = xf
                        .obl
                        .iter()
                        .cloned()
                        .chain(object_nmods)
                        .filter(|(c, _)| directed(c))
                        .map(|(_, h)| self.participants(h, true))
                        .find(|p| !p.is_empty())
                    {
                        targets = p;
                    }
                }
            }
        }
        // "bombarded parts of Aleppo", "seized the city of Mosul": the place the undergoer
        // belongs to is the target.
        if targets.is_empty() && rule.is_some_and(|r| r.object != ObjectKind::Person) {
            // Not the victim of an act ("condemns the murder of Foley").
            if let Some(o) = object.filter(|&o| !self.victim_noun(o)) {
                if let Some(p) = doc
                    .children_with(o, Rel::Nmod)
                    .filter(|&c| case_of(doc, self.text, c) == "of")
                    .map(|c| self.participants(c, true))
                    .find(|p| !p.is_empty())
                {
                    targets = p;
                }
            }
        }
        // "praised Obama's presidency", "criticized Clinton's email use", "mocked Trump's
        // retweet": an appeal, praise, criticism, rejection or threat aimed at someone's act or
        // thing is aimed at its possessor.
        if targets.is_empty() && ["05", "10", "11", "12", "13"].contains(&&cameo[..2]) {
            // Not the possessor of a people noun: "accused Foley's killer" is aimed at the
            // killer, whoever that is, not at Foley.
            let people = |o: usize| {
                matches!(
                    self.roles
                        .noun(self.lemma(o))
                        .or_else(|| self.roles.noun(&self.lower[o])),
                    Some(NounKind::Person | NounKind::Agent | NounKind::Armed)
                )
            };
            if let Some(o) = object.filter(|&o| !people(o)) {
                if let Some(p) = doc
                    .children_with(o, Rel::NmodPoss)
                    .map(|c| self.participants(c, true))
                    .find(|p| !p.is_empty())
                {
                    targets = p;
                    addressed = true;
                }
            }
            // "rejected an Indian proposal", "welcomed the US decision", "rejected calls by
            // Belarus for aid": the author of a statement or act noun (`statement` in
            // nouns.tsv, or an event noun) named by a modifier or a `by` phrase.
            if let Some(o) = object.filter(|&o| {
                targets.is_empty()
                    && (self.roles.noun(self.lemma(o)) == Some(NounKind::Statement)
                        || self.act_noun(o))
            }) {
                let author = doc
                    .children(o)
                    .filter(|&c| match doc.tokens[c].rel {
                        Rel::Amod | Rel::Compound => self.mention[c].is_some(),
                        Rel::Nmod => case_of(doc, self.text, c) == "by",
                        _ => false,
                    })
                    .map(|c| match self.mention[c] {
                        Some(m) if doc.tokens[c].rel != Rel::Nmod => vec![Part {
                            mention: m,
                            head: c,
                        }],
                        _ => self.participants(c, false),
                    })
                    .find(|p| !p.is_empty());
                if let Some(p) = author.or_else(|| {
                    Some(self.act_author(o, f)).filter(|p| !p.is_empty() && self.act_noun(o))
                }) {
                    targets = p;
                    addressed = true;
                }
            }
        }
        // "IS has seized several key Iraqi cities": for seizures and occupations the state
        // whose places are taken is the target.
        if targets.is_empty() && (cameo.starts_with("17") || cameo.starts_with("192")) {
            if let Some(o) = object.filter(|&o| {
                self.roles
                    .noun(self.lemma(o))
                    .or_else(|| self.roles.noun(&self.lower[o]))
                    == Some(NounKind::Place)
            }) {
                if let Some(m) = doc
                    .children(o)
                    .filter(|&c| matches!(doc.tokens[c].rel, Rel::Amod | Rel::Compound))
                    .filter_map(|c| self.mention[c].map(|m| (c, m)))
                    .find(|&(_, m)| {
                        let a = self.layer.mentions[m].actor;
                        self.layer.actors[a].kind == crate::model::ActorKind::State
                    })
                {
                    targets.push(Part {
                        mention: m.1,
                        head: m.0,
                    });
                }
            }
        }
        // "Kim Jong-un … visits the Taesongsan General Hospital in Pyongyang", "attended a rally
        // at Abuja's Eagle Square": a visit or attendance (042) at a company, hospital or school
        // the actor layer names is a trip to a building, no visit to a political party; an
        // intergovernmental body's seat is still one ("visited the United Nations").
        if cameo.starts_with("042") || cameo.starts_with("043") {
            targets.retain(|p| {
                let a = &self.layer.actors[self.layer.mentions[p.mention].actor];
                !(a.kind == crate::model::ActorKind::Organisation
                    && !a.id.starts_with("IGO.")
                    && self.is_place(p.head))
            });
        }
        Found {
            targets,
            object,
            addressed,
            flat_object,
        }
    }

    /// A relation noun of `lemmas.tsv` ("relations", "ties", "talks"): its "with" phrase names
    /// the other side.
    fn relation_noun(&self, o: usize) -> bool {
        self.roles
            .lemma_is(self.lemma(o), LemmaKind::ReciprocalNoun)
            || self
                .roles
                .lemma_is(&self.lower[o], LemmaKind::ReciprocalNoun)
    }

    /// Whether the predicate at `c` is an active verb whose dictionary code is hostile (CAMEO
    /// roots 11–20: disapproval to violence).
    /// The subject of clausal complement `c`: its own, or the object of the verb above that
    /// the parser took it for ("claim Brown had attacked Wilson": `misread_subject`).
    fn clause_subject(&self, c: usize) -> Option<usize> {
        let doc = self.doc;
        doc.children(c)
            .find(|&k| doc.tokens[k].rel.is_subject())
            .or_else(|| dossier_syntax::frames::misread_subject(doc, self.text, c))
    }

    /// Whether `h`, the object the parser gave verb of saying `v`, is the subject of what is
    /// said: a predicate follows its phrase ("Chandler claims Phelps, 29, was unaware …", "he
    /// claimed the company had built …"). Not when that act is hostile: "officials claim Brown
    /// had attacked Wilson" blames Brown, as `that-blame` reads it.
    pub(super) fn said_subject(&self, v: usize, h: usize, sent_end: usize) -> bool {
        let doc = self.doc;
        if doc.tokens[h].rel != Rel::Obj || doc.head(h) != Some(v) {
            return false;
        }
        // The object's own phrase: tokens below it through no verb ("Phelps, 29,"), never a
        // clause hung on it ("denounced the Islamic State as monsters after the Foreign Office
        // said …", "accused Woods of using …").
        let under = |k: usize| {
            let mut a = Some(k);
            for _ in 0..8 {
                match a {
                    Some(x) if x == h => return true,
                    Some(x) if matches!(doc.tokens[x].upos, Upos::Verb | Upos::Aux) => {
                        return false
                    }
                    Some(x) => a = doc.head(x),
                    None => return false,
                }
            }
            false
        };
        let mut k = h + 1;
        while k < sent_end {
            // A parenthesis after the name is its own ("the Islamic State (IS)", with "IS" read
            // as the verb "is").
            if self.lower[k] == "(" {
                k = (k + 1..sent_end)
                    .find(|&j| self.lower[j] == ")")
                    .map_or(sent_end, |j| j + 1);
                continue;
            }
            if !(under(k) || matches!(doc.tokens[k].upos, Upos::Punct | Upos::Num)) {
                break;
            }
            k += 1;
        }
        if k >= sent_end {
            return false;
        }
        // A finite predicate ("was unaware", "had built", "violated"), not a gerund ("accused
        // North Korea of being behind", "condemned ISIS for being too brutal").
        let t = &doc.tokens[k];
        if !matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD") {
            return false;
        }
        let clause = match t.upos {
            Upos::Aux => doc.head(k).unwrap_or(k),
            Upos::Verb => k,
            _ => return false,
        };
        !(doc.tokens[clause].upos == Upos::Verb && self.hostile_act(clause, sent_end))
    }

    fn hostile_act(&self, c: usize, sent_end: usize) -> bool {
        if frame_of(self.doc, self.text, c).voice != Voice::Active {
            return false;
        }
        let Some((_, block, own)) = self.verb_trigger(c, sent_end) else {
            return false;
        };
        let code = own.or_else(|| self.lex.blocks[block].default.clone());
        code.and_then(|c| c.get(..2).and_then(|r| r.parse::<u8>().ok()))
            .is_some_and(|r| (11..=20).contains(&r))
    }

    /// Whether a speech act goes with verb `i`, so that a figurative-violence verb marked
    /// `speech` in `figurative.tsv` criticises the person it is aimed at: the verb is itself a
    /// statement's cue, or one of its dependents is a statement noun ("attacked the senator in
    /// a speech", "over his remarks") or a statement's cue ("attacked him, saying …").
    pub(super) fn with_speech(&self, i: usize, is_cue: bool) -> bool {
        let at = |k: usize| self.offsets.char_offset(self.doc.tokens[k].start as usize);
        // A cue whose content is not the verb's own clause ("'We will attack them,' he said"
        // reports the verb, it does not go with it).
        let at_cue = |k: usize| {
            let (pos, verb) = (at(k), at(i));
            self.statements.iter().any(|s| {
                s.cue.start <= pos
                    && pos < s.cue.end
                    && !(s.content.start <= verb && verb < s.content.end)
            })
        };
        // Any cue at all: the source of a report is one even when its content holds the verb,
        // and its cue may hang anywhere in the noun's phrase ("According" on "Officer").
        let in_cue = |k: usize| {
            let pos = at(k);
            self.statements
                .iter()
                .any(|s| s.cue.start <= pos && pos < s.cue.end)
        };
        is_cue
            || self.doc.children(i).any(|c| {
                at_cue(c)
                    // Not the source of the report ("according to Wilson's account").
                    || (self
                        .roles
                        .noun(self.lemma(c))
                        .or_else(|| self.roles.noun(&self.lower[c]))
                        == Some(NounKind::Statement)
                        && !self.doc.subtree(c).any(in_cue))
            })
    }

    /// "demanded that the Sudanese government end curbs", "are demanding that President Mugabe
    /// abandon his policy": a subjunctive verb the tagger read as a noun or a preposition leaves
    /// no clause, so the one the demand is made of is read by word order — the first actor named
    /// after a "that" right behind the verb, before any verb, preposition, pronoun or comma.
    fn that_subject_by_order(&self, last: usize, sent_end: usize) -> Option<Vec<Part>> {
        let doc = self.doc;
        let that = (last + 1..sent_end.min(last + 2)).find(|&k| self.lower[k] == "that")?;
        // A name, not a pronoun ("insisting that to him"), before any verb, preposition or comma.
        (that + 1..sent_end.min(that + 9))
            .take_while(|&k| {
                !matches!(doc.tokens[k].upos, Upos::Verb | Upos::Adp | Upos::Pron)
                    && self.lower[k] != ","
            })
            .filter(|&k| self.mention[k].is_some())
            .map(|k| self.participants(k, true))
            .find(|p| !p.is_empty())
    }

    /// Whether the trip of motion verb `i` is for a meeting: a `for` phrase holding a noun of
    /// consultation ("for two days of talks", `nominals.tsv` → 04) or a purpose infinitive whose
    /// verb consults ("to meet Xi", `verbs.tsv` → 04).
    pub(super) fn meeting_purpose(&self, i: usize) -> bool {
        let doc = self.doc;
        let consults = |code: Option<&str>| code.is_some_and(|c| c.starts_with("04"));
        let block_code = |b: usize, own: Option<&str>| -> Option<String> {
            own.map(str::to_string)
                .or_else(|| self.lex.blocks[b].default.clone())
        };
        doc.children(i).any(|c| match doc.tokens[c].rel {
            Rel::Obl if case_of(doc, self.text, c) == "for" => doc.subtree(c).any(|k| {
                self.lex
                    .nominal(&self.lower[k])
                    .or_else(|| self.lex.nominal(self.lemma(k)))
                    .is_some_and(|(b, own)| consults(block_code(b, own).as_deref()))
            }),
            Rel::Advcl | Rel::Xcomp => {
                doc.children_with(c, Rel::Mark)
                    .any(|m| self.lower[m] == "to")
                    && self
                        .lex
                        .forms_starting(&self.lower[c])
                        .iter()
                        .filter(|f| f.words.len() == 1)
                        .any(|f| consults(block_code(f.block, f.code.as_deref()).as_deref()))
            }
            _ => false,
        })
    }
}
