//! The tree coder's source: the doer of a clause or event noun, with the fallbacks for a
//! pronoun subject, an attack noun standing for its actor ("killed by US air strikes") and an
//! agentless passive that happened in an attack ("killed in an Israeli air strike") or an
//! undertaking ("freed in a US operation").

use super::{Coder, Part};
use crate::events::roles::LemmaKind;
use dossier_syntax::frames::{Frame, PredKind, SubjectFrom, Voice};
use dossier_syntax::{Rel, Upos};

impl Coder<'_> {
    /// The participants that did the act at `i` (frame `f`), or the stage at which the trigger
    /// is dropped.
    pub(super) fn sources(&self, i: usize, f: &Frame) -> Result<Vec<Part>, &'static str> {
        let doc = self.doc;
        // Source: the doer; an event noun's actor adjective ("Russian strikes").
        let mut sources: Vec<Part> = f
            .doer()
            .map(|h| self.participants(h, false))
            .unwrap_or_default();
        if let Some(d) = f.doer().filter(|_| f.kind != PredKind::Nominal) {
            for p in self.listed_subjects(i, d) {
                let a = self.layer.mentions[p.mention].actor;
                if !sources
                    .iter()
                    .any(|x| self.layer.mentions[x.mention].actor == a)
                {
                    sources.push(p);
                }
            }
        }
        // "Haines' relatives pleaded with ISIS": a possessor the parser made the subject is not
        // the doer (the relatives are, and they name nobody).
        if f.kind != PredKind::Nominal && f.doer().is_some_and(|d| self.possessor_marked(d)) {
            return Err("possessor subject");
        }
        // "His captors taunted his family, saying they would execute him": a pronoun subject
        // of a reported clause agreeing with the reporting clause's own subject refers to it;
        // when that subject is no actor ("captors"), an actor the pronoun was resolved to
        // further back ("Yemeni forces") is not the doer.
        if !sources.is_empty() && self.pronoun_of_unnamed_speaker(f) {
            return Err("pronoun of an unnamed speaker");
        }
        // "They also beheaded six victims" after "The group launched an attack": the nearest
        // subject before a pronoun decides what it stands for.
        if let Some(p) = self.pronoun_override(f) {
            if p.is_empty() {
                return Err("pronoun of an unnamed subject");
            }
            sources = p;
        } else if f.doer().is_some_and(|d| self.ambiguous_pronoun(d)) {
            // "Boko Haram denied claims by Nigeria's government that it had agreed…": with
            // two candidates in reach, who "it" is cannot be told from the text around it.
            return Err("pronoun with two candidate actors");
        }
        // "Hungary said it will support the resolution": an unresolved pronoun subject of a
        // reported clause is the reporting clause's subject. Not a question word: in "working
        // to learn who kidnapped Foley" the kidnapper is the one not known.
        if sources.is_empty() {
            if let Some(d) = f.doer() {
                let wh = matches!(self.lower[d].as_str(), "who" | "whom" | "what" | "whoever");
                if doc.tokens[d].upos == Upos::Pron && self.mention[d].is_none() && !wh {
                    // "“We conducted these strikes,” Pentagon spokesman John Kirby said": "we"
                    // is the body the titled speaker speaks for, not the person.
                    let body = if self.lower[d] == "we" {
                        self.titled_speaker_body(i)
                    } else {
                        Vec::new()
                    };
                    sources = if body.is_empty() {
                        self.reporting_subject(i)
                    } else {
                        body
                    };
                }
            }
        }
        // "killed by US air strikes", "U.S. attacks killed one of his aides": a doer that is an
        // attack noun stands for the actor of the attack.
        if sources.is_empty() {
            if let Some(d) = f.doer().filter(|&d| {
                d != i
                    && (self.lex.nominal(&self.lower[d]).is_some()
                        || self.lex.nominal(self.lemma(d)).is_some())
            }) {
                sources = self.nominal_doer(d);
            }
        }
        // "a joint US-Yemeni operation had freed the hostage": an undertaking that is the
        // clause's own subject (or agent) stands for the state, force or group that ran it. Not
        // a purpose ("a UN operation to help civilians is unlikely": no act done), nor a
        // company's campaign ("the Comcast campaign would inspire complaints").
        if sources.is_empty() {
            if let Some(d) = f.doer().filter(|&d| {
                d != i
                    && self.is_effort(d)
                    && (f.voice == Voice::Passive || f.subj_from == SubjectFrom::Own)
            }) {
                sources = self.effort_doer(d);
            }
        }
        // "were killed in an Israeli air strike", "wounded in a US strike by government
        // forces": an agentless passive's doer is the actor of the attack noun it happened in.
        // A passive with an agent of its own names its doer, even one that is no actor ("shot
        // by his captors during a raid by US forces": not the raiders).
        if sources.is_empty()
            && f.voice == Voice::Passive
            && f.doer().is_none()
            && f.kind != PredKind::Nominal
        {
            for &(ref case, h) in &f.obl {
                if !matches!(case.as_str(), "in" | "by" | "during" | "from" | "after") {
                    continue;
                }
                let eventive = self.lex.nominal(&self.lower[h]).is_some()
                    || self.lex.nominal(self.lemma(h)).is_some();
                sources = if eventive {
                    self.nominal_doer(h)
                } else if self.is_effort(h) {
                    self.effort_doer(h)
                } else {
                    continue;
                };
                if !sources.is_empty() {
                    break;
                }
            }
        }
        // "the Libyan terrorist attack", "a Chechen militant raid": an armed modifier
        // (`armed` in nouns.tsv) says who did it, and the nationality is no state acting.
        if sources.is_empty() && f.kind == PredKind::Nominal && !self.armed_modifier(i) {
            if let Some(c) = doc.children(i).find(|&c| {
                matches!(doc.tokens[c].rel, Rel::Amod | Rel::Compound)
                    && self.mention[c].is_some()
                    && !self.site_modifier(c)
            }) {
                sources.extend(self.mention[c].map(|m| Part {
                    mention: m,
                    head: c,
                }));
            }
        }
        // "the US-led air strikes on IS": the actor a `leader` participle names (`lemmas.tsv`)
        // leads the act.
        if sources.is_empty() && f.kind == PredKind::Nominal {
            sources.extend(self.leader_of(i));
        }
        // "a U.S.-led coalition is also targeting the militants", "Saudi-led forces shelled
        // the port": a doer named by no actor but led by one acts under its leader.
        if sources.is_empty() && f.kind != PredKind::Nominal {
            if let Some(d) = f.doer().filter(|&d| {
                d != i && self.mention[d].is_none() && doc.tokens[d].upos == Upos::Noun
            }) {
                sources.extend(self.leader_of(d));
            }
        }
        // "The coalition led by the United States bombed IS positions" misparsed with the verb
        // hung on the participle and no subject: the led noun is the doer, under its leader.
        if sources.is_empty() && f.subj.is_none() && f.kind == PredKind::Verb {
            if let Some(n) = doc
                .head(i)
                .filter(|&l| {
                    doc.tokens[l].rel == Rel::Acl
                        && self.roles.lemma_is(self.lemma(l), LemmaKind::Leader)
                })
                .and_then(|l| doc.head(l))
                .filter(|&n| n < i && self.mention[n].is_none())
            {
                sources.extend(self.leader_of(n));
            }
        }
        // "Westmacott, who will retire soon, praised Obama's presidency" misparsed with the
        // name as the sentence root and the verb below it without a subject: the root name is
        // the doer.
        // (A subject inherited through the misparse, "month" here, is none.)
        if sources.is_empty()
            && f.subj_from != SubjectFrom::Own
            && f.voice == Voice::Active
            && f.kind == PredKind::Verb
        {
            if let Some(root) = doc.root(doc.sentence_of(i)).filter(|&r| {
                r < i
                    && doc.tokens[r].upos == Upos::Propn
                    && self.mention[r].is_some()
                    && doc.children_with(r, Rel::Cop).next().is_none()
                    // Not a place phrase ("In Iraq, 12 strikes hit …").
                    && doc.children_with(r, Rel::Case).next().is_none()
                    && doc.subtree(r).contains(&i)
                    // The name set off by a comma ("Westmacott, who…"), not a dateline
                    // ("LYON: Interpol said…").
                    && self.lower.get(self.name_end(r)).is_some_and(|w| w == ",")
            }) {
                sources = self.participants(root, false);
            }
        }
        // "Erdogan responded by calling McCain a liar and accusing him of …", "X shelled the
        // town, killing ten": a subjectless gerund adjunct (and its conjuncts) is done by the
        // subject of the clause it modifies.
        if sources.is_empty() && f.subj.is_none() && f.voice == Voice::Active {
            if let Some(d) = self.adjunct_doer(i) {
                sources = self.participants(d, false);
            }
        }
        Ok(sources)
    }

    /// The actor a `leader` participle (`lemmas.tsv`) on noun `n` names ("the US-led strikes",
    /// "a Saudi-led coalition", "the coalition led by the United States": its `by` agent).
    fn leader_of(&self, n: usize) -> Option<Part> {
        let doc = self.doc;
        doc.children(n)
            .filter(|&c| {
                matches!(doc.tokens[c].rel, Rel::Amod | Rel::Compound | Rel::Acl)
                    && self.roles.lemma_is(self.lemma(c), LemmaKind::Leader)
            })
            .flat_map(|l| {
                let by_agent = doc.tokens[l].rel == Rel::Acl;
                doc.children(l).filter(move |&c| {
                    !by_agent
                        || doc.tokens[c].rel == Rel::OblAgent
                        || (doc.tokens[c].rel == Rel::Obl
                            && doc
                                .children_with(c, Rel::Case)
                                .any(|k| self.lower[k] == "by"))
                })
            })
            .find_map(|c| {
                self.mention[c].map(|m| Part {
                    mention: m,
                    head: c,
                })
            })
    }

    /// The doer of undertaking `d` ("a US operation", "Jordan's air campaign"): its actor
    /// modifier or possessor when that is a state, government body, military or group.
    fn effort_doer(&self, d: usize) -> Vec<Part> {
        use crate::model::ActorKind;
        let mut out = self.nominal_doer(d);
        out.retain(|p| {
            matches!(
                self.layer.actors[self.layer.mentions[p.mention].actor].kind,
                ActorKind::State
                    | ActorKind::GovernmentBody
                    | ActorKind::Military
                    | ActorKind::Group
            )
        });
        out
    }

    /// Whether the personal pronoun at `d`, resolved by the actor layer, has another candidate
    /// of its kind named (not by a pronoun or an adjective) between the start of the previous
    /// sentence and itself: a person for he/she, a state, body or group for it/they. The
    /// resolved actor's own parts (Nigeria for "Nigeria's military") are no rival.
    fn ambiguous_pronoun(&self, d: usize) -> bool {
        use crate::actors::MentionForm;
        use crate::model::ActorKind;
        let doc = self.doc;
        if doc.tokens[d].upos != Upos::Pron {
            return false;
        }
        let person = match self.lower[d].as_str() {
            "he" | "she" => true,
            "it" | "they" => false,
            _ => return false,
        };
        let Some(m) = self.mention[d] else {
            return false;
        };
        // A description resolved by coreference stands for its antecedent: not a pronoun.
        if self.coref.links().iter().any(|l| l.token == d) {
            return false;
        }
        let own = &self.layer.actors[self.layer.mentions[m].actor];
        let side = |id: &str| id.split('.').next().unwrap_or(id).to_string();
        let sent = doc.sentence_of(d);
        let from = doc.sentences[sent.saturating_sub(1)].first as usize;
        let (lo, hi) = (
            doc.tokens[from].start as usize,
            doc.tokens[d].start as usize,
        );
        let named = self
            .layer
            .mentions_in(lo, hi)
            .iter()
            .filter(|x| !matches!(x.form, MentionForm::Pronoun | MentionForm::Demonym));
        // The resolved actor named last as a subject ("Lin approached him … He apologized",
        // "Al-Shabaab gained notoriety when it attacked"): the pronoun continues that topic.
        let topic = named
            .clone()
            .rfind(|x| self.layer.actors[x.actor].id == own.id)
            .is_some_and(|x| {
                let k0 = doc.tokens.partition_point(|t| (t.start as usize) < x.start);
                let head = (k0..doc.tokens.len())
                    .take_while(|&k| doc.tokens[k].end as usize <= x.end)
                    .find(|&k| {
                        doc.head(k).is_none_or(|h| {
                            let t = &doc.tokens[h];
                            (t.start as usize) < x.start || t.end as usize > x.end
                        })
                    });
                head.is_some_and(|k| doc.tokens[k].rel.is_subject())
            });
        !topic
            && named.clone().any(|x| {
                let a = &self.layer.actors[x.actor];
                let kind_fits = (a.kind == ActorKind::Person) == person;
                let same = a.id == own.id
                    || (!person && own.kind != ActorKind::Person && side(&a.id) == side(&own.id));
                kind_fits && !same
            })
    }

    /// The subject of the clause a subjectless gerund adjunct at `i` modifies (through its
    /// conjunct chain), when the adjunct is unmarked or marked by/after/before/while/when (an
    /// unmarked one of a statement's cue is speech).
    fn adjunct_doer(&self, i: usize) -> Option<usize> {
        let doc = self.doc;
        if doc.tokens[i].xpos != "VBG" {
            return None;
        }
        let mut a = i;
        while doc.tokens[a].rel == Rel::Conj {
            a = doc.tokens[a].head as usize;
        }
        if doc.tokens[a].rel != Rel::Advcl || doc.tokens[a].head == dossier_syntax::doc::NO_HEAD {
            return None;
        }
        let marked_ok = doc.children_with(a, Rel::Mark).all(|m| {
            matches!(
                self.lower[m].as_str(),
                "by" | "after" | "before" | "while" | "when"
            )
        });
        if !marked_ok || doc.children(a).any(|c| doc.tokens[c].rel.is_subject()) {
            return None;
        }
        let head = doc.tokens[a].head as usize;
        // Not an unmarked adjunct of a reporting verb ("Mook said …, arguing that"): speech,
        // read by attribution; "responded by calling him a liar" is the act.
        let pos = self.offsets.char_offset(doc.tokens[head].start as usize);
        let by = doc
            .children_with(a, Rel::Mark)
            .any(|m| self.lower[m] == "by");
        if !by
            && self
                .statements
                .iter()
                .any(|s| s.cue.start <= pos && pos < s.cue.end)
        {
            return None;
        }
        // The main clause's subject does the adjunct's act, passive or not: "Castro … was
        // announced Prime Minister of Cuba after overthrowing the government" (fnc-2009).
        doc.children(head)
            .find(|&c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass))
    }

    /// Why the act at frame `f` has no source participant, for the trace: the clause's doer is
    /// a pronoun or a description that names no actor, a word that is no actor, or there is
    /// none (an agentless passive, a subject in another clause).
    pub(super) fn why_no_source(&self, f: &Frame) -> &'static str {
        let doc = self.doc;
        match f.doer() {
            Some(d) if doc.tokens[d].upos == Upos::Pron => "no source: pronoun subject",
            Some(d)
                if doc
                    .children(d)
                    .any(|c| doc.tokens[c].rel == Rel::Conj && self.mention[c].is_some()) =>
            {
                "no source: coordination"
            }
            Some(d) if matches!(doc.tokens[d].upos, Upos::Noun) && self.lower_is_description(d) => {
                "no source: description subject"
            }
            Some(_) => "no source: doer not an actor",
            None if f.voice == Voice::Passive => "no source: agentless passive",
            None if f.kind == PredKind::Nominal => "no source: event noun without doer",
            None => "no source: no subject in clause",
        }
    }

    /// A common noun phrase that could name an actor in context ("the group", "the militants",
    /// "the ministry"): a group, office or person noun of `nouns.tsv`.
    fn lower_is_description(&self, d: usize) -> bool {
        use crate::events::roles::NounKind;
        matches!(
            self.roles
                .noun(self.lemma(d))
                .or_else(|| self.roles.noun(&self.lower[d])),
            Some(NounKind::Agent | NounKind::Armed | NounKind::Person)
        )
    }

    /// The token right after the name headed by `r` (its flat parts).
    fn name_end(&self, r: usize) -> usize {
        let doc = self.doc;
        doc.children(r)
            .filter(|&c| doc.tokens[c].rel == Rel::Flat)
            .fold(r, usize::max)
            + 1
    }
}
