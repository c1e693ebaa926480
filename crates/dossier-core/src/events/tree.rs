//! Event coding from predicate–argument structure: the dependency tree of the [`Doc`] says who
//! did what to whom.
//!
//! - **Triggers**: verbs by the tagger (not participles used as adjectives or compounds),
//!   looked up by form then lemma in the CAMEO verb dictionary (multi-word forms such as "carry
//!   out" continue on the following words); event nouns of `nominals.tsv` only when they carry
//!   their own arguments (a possessor, a `by`/`of`/`on`/`against`/`to`/`with` nmod, or an actor
//!   adjective: "Russian strikes on Kyiv").
//! - **Roles** from [`frame_of`]: source = the doer (subject of an active clause, `by` agent of
//!   a passive, possessor or agent of an event noun; subjects inherited through xcomp, conj and
//!   participle modifiers), target = the undergoer when it is an actor, else an indirect object
//!   (give-type classes) or the oblique whose case word the CAMEO class takes
//!   (`data/events/roles.tsv`: "sent drones *to* Russia", "clashed *with* Hezbollah"); the
//!   object is the undergoer's noun phrase when it is not an actor.
//! - **Participants**: an argument's head token must be an actor mention, or a group/office noun
//!   of `nouns.tsv` whose compound, possessor, adjective or `of` phrase is one ("Iranian forces",
//!   "Iran's army"); flat names and appositions count. A nationality adjective on any other noun
//!   ("an Iraqi town", "a British national") and a place in a locative oblique ("in Al Qaim")
//!   are not parties.
//! - **Codes**: the verb block's patterns are matched against the words before the verb and the
//!   words of the verb's own phrase (object and obliques, not its clausal complements); argument
//!   constraints per class from `roles.tsv` ("released a video" is not a release of persons).
//! - **Modality** from the tree (negation, modal auxiliaries, controlling verbs such as "plans
//!   to"/"threatened to"/"denied", conditions; `data/events/modality.tsv`) and from the enclosing
//!   statement (reported, denied).

use super::lexicon::{split_code, EventLexicon};
use super::roles::{FigPerson, LemmaKind, NounKind, ObjectKind, Roles};
use super::{best_pattern, choose_code, containing_statement, speaker_side};
use crate::actors::ActorLayer;
use crate::model::{ActorRef, Event, Stance, Statement};
use crate::text::Offsets;
use dossier_syntax::frames::{frame_of, is_predicate, PredKind, Voice};
use dossier_syntax::{Doc, Rel, Upos};
use emit::Coded;
pub(super) use entry::{extract, fits};

/// Case words that let an event noun stand as a trigger ("the transfer *of* missiles", "strikes
/// *on* Kyiv").
const NOMINAL_CASES: &[&str] = &["by", "of", "on", "against", "to", "with", "into"];

/// CAMEO classes whose controlling verbs are events of their own ("called on Iran to", "demanded
/// that", "refused to", "threatened to"), not the modality of their complement.
const CONTROLLER_EVENTS: &[&str] = &["02", "10", "11", "12", "13"];

mod clause;
mod described;
mod emit;
mod entry;
mod guards;
mod intents;
mod mood;
mod parts;
mod reported;
mod screen;
mod sources;
mod targets;

struct Coder<'a> {
    text: &'a str,
    doc: &'a Doc,
    layer: &'a ActorLayer,
    statements: &'a [Statement],
    lex: &'a EventLexicon,
    /// The pipeline's actor lexicon (a `--lexicon` overlay included): its places and heads.
    actor_lex: &'a crate::lexicon::Lexicon,
    roles: &'a Roles,
    offsets: &'a Offsets,
    /// Lower-cased form of each token (curly apostrophe as `'`).
    lower: Vec<String>,
    /// Lower-cased lemma of each token.
    lemmas: Vec<String>,
    /// Index into `layer.mentions` of the mention each token belongs to; a group description
    /// resolved by coreference ("the militant group") stands for its antecedent's mention.
    mention: Vec<Option<usize>>,
    /// Group descriptions resolved to an earlier mention (`crate::coref`).
    coref: &'a crate::coref::Coref,
    /// Where the triggers that gave no event were dropped (`super::explain`), when asked.
    trace: Option<&'a std::cell::RefCell<Vec<super::Dropped>>>,
    /// Byte offset where the body starts, after the headline lines (`furniture::body_start`).
    body_start: usize,
    /// The stage at which each trigger of the current sentence gave no event (kept without
    /// tracing too: the unnamed-intent pass reads why a complement gave none).
    stages: std::cell::RefCell<Vec<(usize, &'static str)>>,
    /// A controller being coded as the intent to do an act its complement does not name
    /// ("agreed to undertake joint exercises"): see [`Coder::unnamed_intent`].
    forced_intent: std::cell::Cell<Option<usize>>,
}

/// A participant: the mention giving the actor and the argument head it stands for.
#[derive(Debug, Clone, Copy)]
struct Part {
    mention: usize,
    head: usize,
}

impl Coder<'_> {
    /// Record (when tracing) that the trigger at `i` gave no event, and why.
    fn dropped(&self, i: usize, stage: &'static str) {
        if self.forced_intent.get().is_none() {
            self.stages.borrow_mut().push((i, stage));
        }
        if let Some(t) = self.trace {
            let tok = &self.doc.tokens[i];
            t.borrow_mut().push(super::Dropped {
                trigger: self.text[tok.start as usize..tok.end as usize].to_string(),
                start: tok.start as usize,
                stage,
            });
        }
    }

    fn code_token(&self, i: usize, sent_end: usize, events: &mut Vec<Event>) {
        let doc = self.doc;
        let t = &doc.tokens[i];
        if self.mention[i].is_some() {
            return;
        }
        let (last, block, own_code) = match t.upos {
            Upos::Verb if is_predicate(doc, i) => match self.verb_trigger(i, sent_end) {
                Some(x) => x,
                None => return,
            },
            Upos::Noun => {
                let Some((b, c)) = self
                    .lex
                    .nominal(&self.lower[i])
                    .or_else(|| self.lex.nominal(self.lemma(i)))
                else {
                    return;
                };
                if !self.nominal_has_arguments(i) {
                    return self.dropped(i, "event noun without arguments");
                }
                (i, b, c.map(str::to_string))
            }
            _ => return,
        };
        // The cue of a statement ("told", "said") is coded by attribution, not as an event,
        // unless it is an appeal, accusation, rejection or threat aimed at someone ("blasted
        // Trump's call", "accused Russia of"): decided once the code and target are known.
        let char_pos = self.offsets.char_offset(t.start as usize);
        let is_cue = self
            .statements
            .iter()
            .any(|s| s.cue.start <= char_pos && char_pos < s.cue.end);
        // State and cognition verbs ("served as ambassador", "considered Trump") report no act.
        let verbal = t.upos == Upos::Verb;
        if let Some(stage) = self.trigger_guard(i) {
            return self.dropped(i, stage);
        }
        // Motion verbs: a visit only with an oblique actor ("travelled to Iraq").
        let motion = verbal && self.roles.lemma_is(self.lemma(i), LemmaKind::Motion);

        let mut f = self.repaired_frame(i);
        // "Islamic State may have used chemical weapons", "Apple might strike a deal": a modal
        // of possibility (`possibility` in `lemmas.tsv`) says the act may be, not that it was.
        if verbal
            && f.modals
                .iter()
                .any(|m| self.roles.lemma_is(m, LemmaKind::Possibility))
        {
            return self.dropped(i, "a modal possibility");
        }
        // "Neither Ferguson nor county police have contacted the man": negated by its subject.
        if f.subj.is_some_and(|s| self.negative_subject(s)) {
            f.negated = true;
        }
        let sent_first = doc.sentences[doc.sentence_of(i)].first as usize;
        // A support verb ("ordered", "carried out", "launched") is no act of its own: with a
        // clausal complement the complement is coded ("ordered the army to strike"), with an
        // event-noun object the noun's act is, done by the verb's subject ("Obama ordered
        // airstrikes on IS" is an air strike by Obama, not a demand on the US).
        let support = verbal && self.roles.lemma_is(self.lemma(i), LemmaKind::Support);
        if support && doc.children_with(i, Rel::Xcomp).next().is_some() {
            return self.dropped(i, "support verb with a complement");
        }
        // "launched a bombing campaign against the Houthis", "began a bombing campaign": an
        // undertaking noun (`effort`) is the act its event-noun modifier names.
        let aspectual = verbal && self.roles.lemma_is(self.lemma(i), LemmaKind::Aspectual);
        let noun_act = f
            .undergoer()
            .filter(|_| support || aspectual)
            .and_then(|u| {
                if aspectual {
                    return self.effort_act(u);
                }
                self.lex
                    .nominal(&self.lower[u])
                    .or_else(|| self.lex.nominal(self.lemma(u)))
                    .or_else(|| self.effort_act(u))
            })
            .or_else(|| {
                // The parser may hang the object elsewhere ("has struck a cease-fire deal with
                // Boko Haram, raising hopes that …" made "deal" a subject further on): the noun
                // phrase right after the support verb, read by word class, is its object.
                let j = self.np_head_after(i).filter(|_| support)?;
                self.lex
                    .nominal(&self.lower[j])
                    .or_else(|| self.lex.nominal(self.lemma(j)))
            });
        // An aspectual verb carrying an undertaking's act reads its arguments as a support verb.
        let support = support || noun_act.is_some();
        let verb_block = noun_act.map(|_| (block, own_code.clone()));
        let (block, own_code) = match noun_act {
            Some((b, c)) => (b, c.map(str::to_string)),
            None => (block, own_code),
        };

        // "urged Iran to release the sailors", "called on the US to cooperate": the act asked
        // for is not done; it is the caller's appeal to the one asked (below), or nothing when
        // either is no actor ("called on Muslims to kill").
        // "Russia said that Sudan must return the helicopter": the act is demanded of Sudan.
        let appeal = verbal
            .then(|| {
                self.appeal_before(i, sent_first)
                    .or_else(|| self.demand_over(i, &f))
            })
            .flatten();
        // Source: the doer; an event noun's actor adjective ("Russian strikes").
        let mut sources = match &appeal {
            Some(ap) => {
                let caller = if ap.frame.negated {
                    Vec::new()
                } else {
                    self.sources(ap.verb, &ap.frame).unwrap_or_default()
                };
                if caller.is_empty() || ap.asked.is_empty() {
                    return self.dropped(i, "act appealed for, not done");
                }
                caller
            }
            None => match self.sources(i, &f) {
                Ok(s) => s,
                Err(stage) => return self.dropped(i, stage),
            },
        };

        if f.kind == PredKind::Nominal && self.wanted_act(i, &sources) {
            return self.dropped(i, "event noun demanded or planned, not done");
        }
        // Code: the most specific pattern of the block over the verb's own words.
        let words = self.pattern_words(&f, last, sent_first);
        let block_ref = &self.lex.blocks[block];
        // The noun's own code for the act a support verb does: the block's verb patterns read
        // the support verb's words, not the noun's ("ordered airstrikes on IS positions").
        // The verb's own pattern stays when it codes the same kind of act, more precisely
        // ("launched an air strike" → 195).
        let chosen = match (&noun_act, &own_code) {
            (Some(_), Some(c)) => Some(
                verb_block
                    .and_then(|(b, vc)| {
                        choose_code(self.lex, &self.lex.blocks[b], &words, vc.as_deref())
                    })
                    .filter(|v| v.get(..2) == c.get(..2))
                    .unwrap_or_else(|| c.clone()),
            ),
            _ => choose_code(self.lex, block_ref, &words, own_code.as_deref()),
        };
        let forced = self.forced_intent.get() == Some(i);
        // A controller coded as an unnamed intent: its own class would have made it an appeal,
        // demand or threat of its own ("threatened to" is coded as the threat), never an intent.
        if forced
            && chosen
                .as_deref()
                .is_some_and(|c| CONTROLLER_EVENTS.iter().any(|r| c.starts_with(r)))
        {
            return;
        }
        let chosen = match self.roles.unnamed_intent().filter(|_| forced) {
            Some(c) => Some(c.to_string()),
            None => chosen,
        };
        // "declared that China must drop barriers": a demand is one whatever the act demanded,
        // coded or not (`intent.tsv` row `*`: 100).
        let chosen = chosen.or_else(|| {
            appeal
                .as_ref()
                .filter(|ap| ap.demand)
                .map(|_| "*".to_string())
        });
        let Some(raw_code) = chosen else {
            return self.dropped(i, "no code (pattern excluded)");
        };
        // A vague verb ("seeking Constantine", "using captured planes") is an event only when a
        // pattern of its block names the act ("seek asylum", "used chemical weapons").
        if verbal
            && noun_act.is_none()
            && self.roles.lemma_is(self.lemma(i), LemmaKind::PatternOnly)
            && best_pattern(self.lex, block_ref, &words).is_none()
        {
            return self.dropped(i, "vague verb without a pattern");
        }
        // "took steps", "takes 45%", "took a mugshot": a light verb's seizure default holds only
        // for a person or a place taken ("took two journalists", "took Damboa").
        if verbal
            && noun_act.is_none()
            && last == i
            && self.roles.lemma_is(self.lemma(i), LemmaKind::ConcreteOnly)
            && best_pattern(self.lex, block_ref, &words).is_none()
            && !f.undergoer().is_some_and(|u| self.concrete_undergoer(u))
            // "… have been executed by ISIS" with the subject lost by the parser: the victim is
            // there, unread; a thing taken or executed is named as the subject far more rarely.
            && !(f.voice == Voice::Passive && f.undergoer().is_none() && f.agent.is_some())
        {
            return self.dropped(i, "light verb on a thing");
        }
        let (cameo, reciprocal) = split_code(&raw_code);
        if let Some(ap) = appeal {
            return self.emit_appeal(i, ap, sources, cameo, &f, events);
        }
        let rule = self.roles.rule(cameo);
        // "fought with the Kurds", and "targeting Shabaab … with Ugandan troops" / "attacked the
        // town with rockets" (a force that has its object): "with" names a companion or means.
        let comitative = verbal
            && ["18", "19", "20"].iter().any(|r| cameo.starts_with(r))
            && (self.roles.lemma_is(self.lemma(i), LemmaKind::Comitative)
                || doc.children_with(i, Rel::Obj).next().is_some());
        // A controlling verb ("plans to", "wants to", "pledged to") is the modality of its
        // complement's event, not an event of its own, unless it is an appeal or demand.
        // (An infinitive the parser made adverbial counts only for those controllers that are
        // events of their own: "threatened on Monday to break relations with Russia".)
        let own_event = CONTROLLER_EVENTS.iter().any(|r| cameo.starts_with(r));
        let controls = (doc.children_with(i, Rel::Xcomp).next().is_some()
            || own_event && self.complement(i).is_some())
            && self.roles.modality(self.lemma(i)).is_some();
        if controls && !forced && !own_event {
            return self.dropped(i, "controlling verb");
        }

        // Target and object.
        let undergoer = f.undergoer();
        let targets::Found {
            mut targets,
            object,
            addressed,
            flat_object,
        } = self.targets(
            i,
            &f,
            &targets::Reading {
                cameo,
                rule,
                motion,
                comitative,
                controls,
                verbal,
                support,
                last,
                sent_end,
            },
        );
        // "assisting Syrian refugees", "helped Afghan families": cooperation with or aid to
        // people of a nationality is no dealing with their state (only violence and coercion
        // against them, or releasing them, reach the state).
        if ["03", "04", "05", "06", "07"]
            .iter()
            .any(|r| cameo.starts_with(r))
        {
            targets.retain(|p| {
                self.mention[p.head].is_some()
                    || self
                        .roles
                        .noun(self.lemma(p.head))
                        .or_else(|| self.roles.noun(&self.lower[p.head]))
                        != Some(NounKind::Person)
            });
        }
        // Figurative violence: "shot down Hunter's claims" rejects a statement, "Clinton blasts
        // Trump" criticises a person (`figurative.tsv`).
        let fig_key = std::iter::once(self.lemma(i))
            .chain((i + 1..=last).map(|k| self.lower[k].as_str()))
            .collect::<Vec<_>>()
            .join(" ");
        let statement_object = undergoer.is_some_and(|u| {
            self.roles
                .noun(self.lemma(u))
                .or_else(|| self.roles.noun(&self.lower[u]))
                == Some(NounKind::Statement)
        });
        // Never a place, building or vehicle: "attacked the Westgate Mall" is an attack.
        let person_target = targets.first().is_some_and(|p| {
            let a = self.layer.mentions[p.mention].actor;
            !self.is_place(p.head)
                && matches!(
                    self.layer.actors[a].kind,
                    crate::model::ActorKind::Person | crate::model::ActorKind::Organisation
                )
        });
        // "he was attacked by Brown" is violence: an ambiguous verb (`speech`) criticises a
        // person only with a speech act beside it.
        let figurative = self
            .roles
            .figurative(&fig_key)
            .filter(|&(_, person)| {
                statement_object
                    || (person_target
                        && match person {
                            FigPerson::Yes => true,
                            FigPerson::Speech => self.with_speech(i, is_cue),
                            FigPerson::No => false,
                        })
            })
            .map(|(c, _)| c.to_string());
        let (cameo, reciprocal, rule) = match &figurative {
            Some(c) => (c.as_str(), None, self.roles.rule(c)),
            None => (cameo, reciprocal, rule),
        };
        // "Ms Mueller was captured by Isis": an abduction or arrest, not a seizure (recode.tsv).
        let recoded = self.recoded(cameo, &sources, undergoer);
        let (cameo, rule) = match &recoded {
            Some(c) => (c.as_str(), self.roles.rule(c)),
            None => (cameo, rule),
        };
        // "shot down Hunter's claims": the claims' author is the target.
        if figurative.is_some() && targets.is_empty() {
            if let Some(u) = undergoer {
                targets = self.nominal_doer(u);
            }
        }
        // A light verb on a statement noun with no actor target ("gives interviews with
        // journalists", "made comments") is speech, coded by attribution, not a CAMEO event.
        let about_statement = statement_object || self.investigates_statement(&f, cameo);
        if figurative.is_none() && about_statement && targets.is_empty() {
            return self.dropped(i, "light verb on statement noun");
        }
        // "Chandler claims Phelps, 29, was unaware …": the object the parser gave a verb of
        // saying is the subject of what is said, no one the speaker accuses ("warned Russia
        // would face sanctions", "demanded Iran stop" keep the one warned or asked).
        if is_cue && cameo.starts_with("11") {
            targets.retain(|p| !self.said_subject(i, p.head, sent_end));
        }
        // A pledge is speech and a commitment: "pledged to share intelligence" is the intent to
        // cooperate, as "pledged to send troops" is the intent to send them (the complement's
        // code), whatever attribution makes of the cue.
        // A cue whose own pattern names a material act is that act ("had claimed the embassy":
        // a seizure, 171; "declared a state of emergency": 1724), not speech; a legal charge
        // (173: "accused the military of war crimes") is the accusation the cue makes.
        let material_act = ["14", "15", "16", "17", "18", "19", "20"].contains(&&cameo[..2])
            && !cameo.starts_with("173")
            && best_pattern(self.lex, block_ref, &words).is_some();
        if is_cue
            && !forced
            && !material_act
            && (targets.is_empty() || !["05", "10", "11", "12", "13"].contains(&&cameo[..2]))
        {
            return self.dropped(i, "statement cue");
        }
        // "Islamic State militants seized Mosul": CAMEO's "militants *" pattern is an abduction,
        // which takes people; a place taken is the verb block's own act (a seizure).
        let place_default;
        let (cameo, rule) = if rule.is_some_and(|r| r.object == ObjectKind::Person)
            && !undergoer.is_some_and(|u| self.is_person(u))
        {
            let taken_place = undergoer.is_some_and(|u| self.taken_place(u));
            place_default = block_ref
                .default
                .as_deref()
                .filter(|_| taken_place && noun_act.is_none())
                .map(|d| split_code(d).0)
                .filter(|&d| {
                    d != cameo
                        && self
                            .roles
                            .rule(d)
                            .is_some_and(|r| r.object == ObjectKind::Any)
                });
            match place_default {
                Some(d) => (d, self.roles.rule(d)),
                None => return self.dropped(i, "class needs a person object"),
            }
        } else {
            (cameo, rule)
        };
        // "failed to meet the deadline", "faces a deadline": a consultation is with someone;
        // a thing as the undergoer is no meeting.
        // An inquiry too is into someone (09): "examining the video", "searched the crater" are
        // no act on an actor; "searched his house" is, and so is one with a target or a support
        // verb's ("launched an investigation").
        let inquiry = cameo.starts_with("09");
        if verbal
            && rule.is_some_and(|r| r.object == ObjectKind::PersonIfAny)
            && undergoer.is_some_and(|u| {
                !self.met_someone(u)
                    && !(inquiry
                        && (support || !targets.is_empty() || self.inquiry_into_someone(u)))
            })
            // "discussed Syria with Putin": a topic verb's object is what is talked about.
            && !self.roles.lemma_is(self.lemma(i), LemmaKind::Topic)
        {
            return self.dropped(i, "class needs a person object");
        }

        // Statements are coded by attribution, not as events, unless addressed to someone
        // ("Iran informed Russia", "told Reuters").
        if (cameo == "010" && !addressed) || (cameo.starts_with("01") && targets.is_empty()) {
            return self.dropped(i, "statement not addressed");
        }

        let pos = self.offsets.char_offset(t.start as usize);
        let stmt = containing_statement(pos, self.statements);
        if stmt.is_some_and(|s| self.unsaid(s)) {
            return self.dropped(i, "content of a negated cue");
        }

        // "No missile was sent to Russia," the general said: an agentless passive inside a
        // denial is about the side the speaker speaks for.
        let mut implicit_source: Option<ActorRef> = None;
        // Not when the undergoer is itself an actor ("ISIS leaders had not been targeted", the
        // Pentagon said: the Pentagon's side is not the one that did not target them).
        let actor_undergoer = undergoer.is_some_and(|u| !self.participants(u, true).is_empty());
        if sources.is_empty()
            && f.voice == Voice::Passive
            && f.kind != PredKind::Nominal
            && !actor_undergoer
            // "the rumor is not supported by any credible intelligence": a passive whose `by`
            // agent is named, though no actor, has its doer; the speaker's side is not it.
            && f.doer().is_none()
            // A thing, named: "denied that Rosenberg was captured" misparsed with "that" as the
            // subject is no act of the denier's side on anything.
            && undergoer.is_none_or(|u| matches!(doc.tokens[u].upos, Upos::Noun | Upos::Propn))
            // "denied that a woman detained in Lebanon is his wife": a participle modifier is
            // not what the denial is about.
            && !matches!(doc.tokens[i].rel, Rel::Acl | Rel::AclRelcl)
        {
            implicit_source = stmt
                .filter(|s| s.stance == Stance::Deny || f.negated)
                .and_then(|s| speaker_side(s, self.layer));
        }
        if sources.is_empty() && implicit_source.is_none() {
            return self.dropped(i, self.why_no_source(&f));
        }
        // "Emwazi later joined ISIS": a person becoming a member is no act on the group.
        if verbal
            && noun_act.is_none()
            && self.roles.lemma_is(self.lemma(i), LemmaKind::Membership)
            && sources.iter().any(|p| {
                let a = self.layer.mentions[p.mention].actor;
                self.layer.actors[a].kind == crate::model::ActorKind::Person
            })
        {
            return self.dropped(i, "a person's membership");
        }
        if let Err(stage) = self.screen_parts(i, &f, stmt, motion, &mut sources, &mut targets) {
            return self.dropped(i, stage);
        }
        let needs = screen::Needs {
            cameo,
            rule,
            motion,
            verbal,
            object,
            undergoer,
            implicit: implicit_source.is_some(),
        };
        if let Err(stage) = self.target_needs(i, &f, &needs, &sources, &mut targets) {
            return self.dropped(i, stage);
        }
        let mood = match self.mood(i, &f, stmt, cameo, &sources, &mut targets) {
            Ok(m) => m,
            Err(stage) => return self.dropped(i, stage),
        };
        let mood::Mood {
            ref cameo,
            modality,
            refused,
            announced,
            planned,
        } = mood;
        let statement = stmt.map(|s| s.id.clone());

        self.emit(
            Coded {
                trigger: i,
                last,
                sources,
                targets,
                object,
                flat_object,
                implicit_source,
                cameo: cameo.as_str(),
                // "refused to negotiate with ISIS", "agreed to meet Putin": a refusal or an
                // intent is the doer's alone; the other side did nothing in return.
                reciprocal: reciprocal.filter(|_| !refused && !announced),
                rule,
                modality,
                statement,
                planned: planned && !announced && modality == crate::model::Modality::Future,
            },
            events,
        );
    }
}
