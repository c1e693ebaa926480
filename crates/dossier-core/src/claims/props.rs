//! Propositions read off the syntax: the content clause of every statement becomes a
//! proposition (subject, predicate, target, object, place, time, polarity, modality), whether or
//! not two actors meet in it.
//!
//! The reader works on the document's [`Doc`](dossier_syntax::Doc) through `dossier_syntax::frames`:
//!
//! - **which clause**: the heads of the statement's content (tokens whose head lies outside it),
//!   their coordinated predicates, and through frames that only carry another proposition
//!   (`skip` in `data/claims/frames.tsv`: "say", "confirm", "appear") into their complement;
//!   control verbs ("threatened to", "is believed to") give modality, not a proposition;
//! - **roles, voice-independent**: the doer (active subject or passive `by` agent) is the
//!   subject when it is an actor or a name; the undergoer is the target when it is an actor, else
//!   the object. For patient-centred classes (`wound`, `kill`, `execute`, … — a fifth column in
//!   `predicates.tsv`) with no such doer the proposition is about the undergoer
//!   (`wound:passive`: "Baghdadi was wounded in a US air strike" = "an air strike wounded
//!   Baghdadi"), the means kept as detail;
//! - **actors through the actor layer**: a token covered by an actor mention is that actor
//!   (pronouns and descriptions resolved by the layer: "the IRGC general" = Nozari); a member
//!   noun (`member`: "IS fighters", "Iranian officials") stands for its modifier's actor;
//! - **normalisation**: predicate by lemma or form (`predicates.tsv`), object by class
//!   (`objects.tsv`), the full phrase kept as `detail`; each step written into `merge`.
//!
//! Spans: the Doc's tokens are byte offsets, facts are code points; [`Syn`] converts once.

pub(super) use super::assemble::finish;
pub use super::content::content_predicates;
use super::event_checks::coded_otherwise;
use super::participant::{
    done_to, is_doing_means, names_people, participant, speaker_for, sufferer, Part,
};
pub use super::prop_stance::{false_source, is_hedged, is_no_comment, polarity, prop_stance};
use super::refusal::{refusal_above, refused};
pub use super::syn::{CorefLinkRef, Syn};
use super::unrealised::{frame_over_act, goal, obliged, weighed};
pub(super) use super::verb_fit::phrasal;
use super::verb_fit::{light_object, object_fits_verb, person_sense};
use super::{ClaimLexicon, PASSIVE};
use crate::model::{ActorRef, Extraction, Span, Statement};
use dossier_syntax::frames::{self, Frame, PredKind, Voice};
use dossier_syntax::{Rel, Upos};

/// A proposition read from one predicate.
#[derive(Debug, Clone)]
pub struct Prop {
    pub pred: usize,
    pub subject: ActorRef,
    pub subject_text: Option<String>,
    pub subject_head: Option<String>,
    pub predicate: String,
    pub target: Option<ActorRef>,
    pub object: Option<String>,
    pub detail: Option<String>,
    pub place: Option<String>,
    pub time: Option<String>,
    pub negated: bool,
    pub modality: Option<String>,
    pub evidence: Span,
    pub notes: Vec<String>,
    /// Who asserts it in the words themselves, when no statement carries it: the agent of
    /// "has been identified by British intelligence as …" (`identity.rs`).
    pub asserted_by: Option<ActorRef>,
}

/// Read the proposition of predicate `p`, if it has one an analyst could track.
pub fn read(syn: &Syn, x: &Extraction, lex: &ClaimLexicon, p: usize) -> Option<Prop> {
    read_in(syn, x, lex, p, None)
}

/// [`read`] inside statement `voice`: the words standing for its speaker ("I", "we" of a
/// quotation, the understood subject of "claims to have beheaded") are the speaker.
pub fn read_in(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    p: usize,
    voice: Option<&Statement>,
) -> Option<Prop> {
    let doc = syn.doc;
    // A verb inside a name, an attributive participle, what would happen to anyone or would
    // have happened: no act (`frame_mend.rs`).
    if super::frame_mend::no_act(syn, lex, p) {
        return None;
    }
    let mut f: Frame = frames::frame_of(doc, syn.text, p);
    // "The journalist was found dead", "is feared dead", "remains in a coma": the state the
    // verb's complement states of its subject, read as the copula "is dead" (the verb's clause
    // as evidence).
    let state_verb = super::content::state_via(syn, lex, p);
    // "the patient has Ebola" with "has" parsed as an auxiliary of "Ebola" (`infection.rs`).
    if let Some(had) = super::infection::had(syn, x, lex, &f, p) {
        return had;
    }
    // "had ties to al-Qaeda", "remained in touch with al-Qaida": a relation held
    // (`relation.rs`).
    if let Some(held) = super::relation::read(syn, x, lex, &f, p) {
        return held;
    }
    // An act noun ("the use of chlorine gas by IS", "the killing of Foley") is read as its verb.
    if f.kind == PredKind::Nominal && state_verb.is_none() {
        let class = super::nominal::class_of(syn, lex, p)?;
        f = super::nominal::verb_frame(syn, lex, &f, &class);
    }
    if let Some(h) = state_verb {
        f.kind = PredKind::Copular;
        f.voice = Voice::Active;
        f.subj = doc
            .children(h)
            .find(|&c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass));
        f.subj_from = frames::SubjectFrom::Inherited;
        f.clause = doc.subtree(h);
        if lex.is("believed", &syn.lemma(h)) {
            f.controllers.push(syn.lemma(h));
        }
        f.negated = f.negated || frames::frame_of(doc, syn.text, h).negated;
    }
    // "Soldier killed in War Memorial": a headline's passive (`misread.rs`).
    super::misread::headline_passive(doc, &mut f, p);
    // "While the boy allegedly killed last month was listed as 10" (`misread.rs`).
    super::misread::reduced_relative_passive(doc, &mut f, p);
    // Subjects, objects and agents the parser misplaced (`frame_mend.rs`).
    let notes_rescue = super::frame_mend::mend(syn, x, lex, &mut f, p);
    // "refused to send troops", "ruled out sending troops", "has no plans to send troops".
    let refusal = refused(syn, lex, p);
    // "did not rule out sending troops": a course left open, neither done nor excluded.
    if let Some((r, true)) = refusal_above(syn, lex, p) {
        f.negated = false;
        f.controllers.insert(0, r);
    }
    if let Some(r) = &refusal {
        f.negated = true;
        f.controllers.insert(0, r.clone());
        // The one who refuses does the act: "the army ruled out sending troops"; "it has no
        // plans to send troops" (the frame of a clause on a noun takes the noun as subject).
        let holder = match doc.tokens[p].rel {
            Rel::Acl => doc.head(p).and_then(|n| doc.head(n)),
            _ if f.subj.is_none() => doc.head(p),
            _ => None,
        };
        if let Some(v) = holder {
            f.subj = doc.children_with(v, Rel::Nsubj).next();
            f.subj_from = frames::SubjectFrom::Inherited;
        }
    }
    // Who someone is ("identified as", "named as", "the man is X"): its own reader.
    if let Some(identity) = super::identity::read(syn, x, lex, &f, p) {
        return identity;
    }
    // Infection ("contracted Ebola", "infected with", "tested positive for"): its own reader.
    if let Some(infection) = super::infection::read(syn, x, lex, &f, p) {
        return infection;
    }
    // "Mosul fell into the hands of ISIS": a capture by the one it fell to (`hands.rs`).
    if let Some(taken) = super::hands::read(syn, x, lex, &f, p) {
        return taken;
    }
    // "took control of nearly a dozen jetliners": a verb and its object noun listed as one
    // predicate act on what the noun's "of" phrase names.
    if f.kind != PredKind::Copular && f.voice == Voice::Active {
        // "took over the airport" parsed with "over" as the case of an oblique: the particle's
        // phrase is what the phrasal verb acts on.
        if f.obj.is_none() && phrasal(syn, lex, p).is_some() && p + 1 < doc.tokens.len() {
            let particle = p + 1;
            f.obj = doc.head(particle).filter(|&h| {
                doc.tokens[particle].rel == Rel::Case
                    && doc.head(h) == Some(p)
                    && doc.tokens[h].rel == Rel::Obl
                    && doc.tokens[h].upos != Upos::Pron
            });
        }
        if let Some((o, class)) = light_object(syn, p).zip(phrasal(syn, lex, p)) {
            if let Some(of) = doc.children(o).find(|&c| {
                doc.tokens[c].rel == Rel::Nmod && frames::case_of(doc, syn.text, c) == "of"
            }) {
                f.obj = Some(of);
            } else if lex.is("lightcase", class) {
                // "opened fire on the protesters": the light noun is part of the predicate;
                // its class's target phrase (on the verb or on the noun) is what it acts on,
                // and with none it acts on nothing named (`lightcase` in frames.tsv).
                let cases = lex.target_cases(class);
                f.obj = f.obl_with(&cases).or_else(|| {
                    doc.children_with(o, Rel::Nmod)
                        .find(|&c| cases.contains(&frames::case_of(doc, syn.text, c).as_str()))
                });
            }
        }
    }
    // "shot the gunman dead", "was shot to death": the verb and its result are one predicate
    // (`verb_fit::resultative`); the object is the phrase before the result, which the parser
    // may have hung on "dead" or left as another clause's subject.
    let result = super::verb_fit::resultative(syn, lex, p);
    if let Some((_, at)) = result {
        if f.voice == Voice::Active && f.obj.is_none_or(|o| o == at || o + 1 == at) {
            f.obj = super::verb_fit::resulted(syn, p, at).or(f.obj);
        }
    }
    let lemma = syn.lemma(p);
    let form = syn.lower(p);
    let mut notes = Vec::new();
    // "the video was probably staged", "the footage had been doctored": a passive with no doer
    // of a verb of faking (`fakedverb` in frames.tsv) states what its subject is, as "the video
    // was fake" does: the copula, the participle its complement.
    // "Staged" fakes only what shows something ("the video was staged"; "a protest was staged
    // outside the embassy" was held: `fakedmedium`).
    let faked = f.kind == PredKind::Verb
        && f.voice == Voice::Passive
        && f.agent.is_none()
        && (lex.is("fakedverb", &lemma)
            || lex.is("fakedmedium", &lemma)
                && f.subj.is_some_and(|s| {
                    let head = syn.lemma(s);
                    lex.is("medium", &head) || lex.is("carrier", &head)
                }));
    if faked {
        f.kind = PredKind::Copular;
        f.voice = Voice::Active;
        notes.push(format!("'{form}' with no doer read as 'is {form}'"));
    }
    if notes_rescue {
        notes.push("subject: the phrase opening the clause before the passive verb".to_string());
    }
    if let Some(h) = state_verb {
        notes.push(format!("'{} {form}' read as 'is {form}'", syn.lower(h)));
    }
    if super::relative::set_off(syn, p) {
        notes.push(super::relative::NOTE.to_string());
    }
    if let Some(injury) = super::injury::read(syn, x, lex, &f) {
        return injury;
    }
    if let Some(taken) = super::injury::hospital(syn, x, lex, &f) {
        return taken;
    }
    // "assumed the leadership", "has stepped up to the leadership": taking office (`office.rs`).
    let office = super::office::takes_office(syn, x, lex, &mut f, p);
    let mut sensed = false;
    let (mut predicate, class_known) = match f.kind {
        _ if office => (super::office::SUCCEED.to_string(), true),
        PredKind::Copular => {
            // "Baghdadi had been seriously wounded": a participle the tagger read as an
            // adjective is the passive of its patient-centred class, about the one it happens to.
            // Only a participle: "she's free to do whatever she wants" is no freeing.
            // "IS fighters have reportedly killed …" read with a copula (sentence-opening "IS"
            // tagged as "is"): "have" before the participle without "been" makes a perfect, an
            // act done, never a passive.
            let perfect = doc
                .children(p)
                .any(|c| doc.tokens[c].upos == Upos::Aux && syn.lemma(c) == "have")
                && !doc
                    .children(p)
                    .any(|c| matches!(syn.lower(c).as_str(), "been" | "being"));
            let participle = !perfect
                && (doc.tokens[p].xpos == "VBN" || form.ends_with("ed") || form.ends_with("en"));
            if let Some(class) = lex
                .predicate(&form, "")
                // A class that is itself a verb taking only some objects (`actobj:breach`: "IS
                // is far from broken" breaks no truce) is never read from an adjective.
                .filter(|c| {
                    participle
                        && lex.is_patient_class(c)
                        && !lex.is("notpatient", &form)
                        && lex.listed(&format!("actobj:{c}")).is_empty()
                })
                .map(str::to_string)
            {
                if let Some(u) = f
                    .subj
                    .map(|i| sufferer(participant(syn, x, lex, i), lex))
                    .filter(Part::is_someone)
                {
                    notes.push(format!("'{form}' read as the passive of {class}"));
                    let means = f
                        .obl_with(&["in", "by"])
                        .map(|i| participant(syn, x, lex, i));
                    if let Some(d) = means.clone().filter(|m| is_doing_means(lex, m)) {
                        // "was seriously wounded in a US air strike": the US wounded him.
                        let (target, object) = done_to(lex, &class, u);
                        let means_text = d.text.clone();
                        return Some(finish(
                            syn,
                            x,
                            lex,
                            &f,
                            d,
                            class,
                            target,
                            object,
                            Some(means_text),
                            notes,
                        ));
                    }
                    let means = means.map(|m| m.text);
                    let predicate = format!("{class}{PASSIVE}");
                    return Some(finish(
                        syn, x, lex, &f, u, predicate, None, None, means, notes,
                    ));
                }
            }
            let case = frames::case_of(doc, syn.text, p);
            // Checkable states only: where someone is ("within 2 km of"), what someone is
            // (`state` in frames.tsv: dead, missing, responsible, fake); not evaluations ("was
            // very prolific", "is influential").
            if case.is_empty() && !lex.is("state", &lemma) && !faked {
                return None;
            }
            if !case.is_empty() && !lex.is("wherecase", &case) {
                return None;
            }
            // Where someone is needs a place in the words ("in the area", "within 2 km of
            // Baghdad airport"), not a figure ("more in the business of cutting heads").
            let from = doc.children_with(p, Rel::Case).min().unwrap_or(p);
            if !case.is_empty()
                && !(from..frames::phrase(doc, p).end).any(|j| {
                    doc.tokens[j].upos == Upos::Propn
                        || syn.actor_at[j].is_some()
                        || lex.is("placenoun", &syn.lemma(j))
                        // "is in custody", "remains in a coma": a checkable state of someone.
                        || lex.is("statenoun", &syn.lemma(j))
                })
            {
                return None;
            }
            // "is in contact with the US Geological Service", "are at odds with Comcast": a
            // common noun heading the phrase is a state of affairs, not a place, whatever proper
            // name hangs on it — unless measured ("within 2 km of Baghdad airport").
            if !case.is_empty()
                && doc.tokens[p].upos == Upos::Noun
                && syn.actor_at[p].is_none()
                && !lex.is("placenoun", &lemma)
                && !lex.is("statenoun", &lemma)
                && !doc.children(p).any(|c| doc.tokens[c].rel == Rel::Nummod)
            {
                return None;
            }
            // "it isn't true", "that was fake": a judgement on another claim (read as such by
            // the statements that refer back), not a proposition about whoever "it" resolves to.
            if f.subj.is_some_and(|i| {
                doc.tokens[i].upos == Upos::Pron
                    && matches!(syn.lower(i).as_str(), "it" | "this" | "that")
            }) {
                return None;
            }
            // "admitting the whole thing was a hoax", "Assuming it's not safe": a verb the
            // parser made the state's subject (a gerund or participle) is no one and nothing.
            if f.subj.is_some_and(|i| doc.tokens[i].upos == Upos::Verb) {
                return None;
            }
            let pred = if case.is_empty() {
                "be".to_string()
            } else {
                format!("be {case}")
            };
            (pred, false)
        }
        // "The mayor was fired", "fired the coach": a verb with another sense done to a
        // person (`personsense:<verb>` in frames.tsv) states that sense's class.
        PredKind::Verb if person_sense(syn, x, lex, &f, &lemma).is_some() => {
            let class = person_sense(syn, x, lex, &f, &lemma).unwrap_or_default();
            notes.push(format!("'{form}' done to a person → {class}"));
            sensed = true;
            (class.to_string(), true)
        }
        _ => match phrasal(syn, lex, p)
            .or(result.map(|r| r.0))
            .or_else(|| lex.predicate(&form, ""))
            .or_else(|| lex.predicate(&lemma, ""))
        {
            // "unnamed military leaders agree with him": agreeing with someone, with nothing
            // agreed on or to, shares a view (`sharedview` in frames.tsv); no deal is reached.
            Some(_)
                if lex.is("sharedview", &lemma)
                    && f.obj.is_none()
                    && f.obl_with(&["with"]).is_some()
                    && f.obl_with(&["on", "to", "upon"]).is_none()
                    && !doc
                        .children(p)
                        .any(|c| matches!(doc.tokens[c].rel, Rel::Xcomp | Rel::Ccomp)) =>
            {
                return None
            }
            // "launch a streaming service", "the Apple Watch will launch in April": a verb that
            // states its class only with some objects (`actobj:<verb>` in frames.tsv: "launched
            // airstrikes") states nothing of others.
            // "conducted DNA tests": a verb of `ownsense` states itself with another object.
            Some(_) if !object_fits_verb(syn, x, lex, &f, &lemma) => {
                if !lex.is("ownsense", &lemma) {
                    return None;
                }
                (lemma.clone(), false)
            }
            // The event coder read this verb as another act ("has struck a cease-fire deal" →
            // 057): the verb's class is not what the words state.
            Some(class) if coded_otherwise(syn, x, lex, p, class) => return None,
            Some(class) => {
                if class != form {
                    notes.push(format!("'{form}' → {class}"));
                }
                (class.to_string(), true)
            }
            None if lex.is("skip", &lemma) => return None,
            // Evaluative and figurative verbs ("welcomed the news", "blasts Trump", "ditches
            // the course", "never misses an opportunity"): colour, not a checkable fact.
            None if lex.is("colour", &lemma) => return None,
            // Judgements and wishes ("deserves a second term", "respects the military",
            // "wants a wall"): opinions, not checkable facts.
            None if lex.is("opinion", &lemma) => return None,
            None => (lemma.clone(), false),
        },
    };
    // "whether he's in the hospital or under house arrest": a question, not a proposition —
    // unless it is the question someone weighs ("is assessing whether an airstrike killed …",
    // read with modality `considered`).
    if !weighed(syn, lex, p)
        && doc
            .children_with(p, Rel::Mark)
            .any(|m| lex.is("question", &syn.lower(m)))
    {
        return None;
    }
    // "She shouldn't be president": what ought to be is an opinion, not a checkable fact.
    if f.modals.iter().any(|m| lex.is("normative", m)) || obliged(syn, lex, p) {
        return None;
    }
    // "to deprive ISIL of its sanctuaries and unravel the narrative", "went to Syria to fight":
    // an infinitive on a noun or an adverbial infinitive states a goal, not an act done.
    if goal(syn, lex, p) {
        return None;
    }
    // "BEIRUT, Oct 17 (Reuters) - Iraqi pilots … are training …" parsed with the dateline as
    // subject: where the story was filed does nothing.
    if f.doer()
        .is_some_and(|d| super::misread::in_dateline(syn, d))
    {
        return None;
    }
    let obl = |cases: &[&str]| f.obl_with(cases);
    let mut doer = f.doer().map(|i| participant(syn, x, lex, i));
    if let Some(s) = voice {
        let content = syn.tokens_in(s.content.start, s.content.end);
        let own = f.doer().filter(|i| content.contains(i));
        let speaker = match own {
            Some(i) => speaker_for(syn, x, lex, s, Some(i), doer.as_ref(), Some(p)),
            None if f.voice == Voice::Active => speaker_for(syn, x, lex, s, None, None, Some(p)),
            None => None,
        };
        if let Some(sp) = speaker {
            doer = Some(sp);
        }
    }
    // "Super PAC ad hits Trump", "Satirical news site attacks China's weird English names",
    // "the actor's talks … hit a roadblock": a message or medium (`message`, `medium` in
    // frames.tsv) doing an act of a class does it only in a figure of speech.
    if class_known
        && f.voice == Voice::Active
        && doer.as_ref().is_some_and(|d| {
            d.actor.is_none()
                && f.doer().is_some_and(|i| {
                    let lemma = syn.lemma(i);
                    lex.is("message", &lemma) || lex.is("medium", &lemma)
                })
        })
    {
        return None;
    }
    // "the group's youngest soldier has died": a class whose subject is the one it happens to
    // (`experiencer` in frames.tsv) is about that person, not the group a member noun names;
    // and only a person or unnamed people die ("irony is going to die", "Islamic State died"),
    // never a quotation's "I"/"we" ("I died that day": a living voice telling its own death).
    if class_known && lex.is("experiencer", &predicate) {
        if f.doer()
            .is_some_and(|i| lex.is("firstperson", &syn.lower(i)))
        {
            return None;
        }
        let person = |d: &Part| match &d.actor {
            Some(a) => x
                .actors
                .iter()
                .find(|k| k.id == a.id)
                .map_or(!super::is_state_id(a.id.as_str()), |k| {
                    k.kind == crate::model::ActorKind::Person
                }),
            None => d.is_someone(),
        };
        doer = Some(doer.map(|d| sufferer(d, lex)).filter(person)?);
    }
    if class_known
        && f.voice == Voice::Passive
        && lex.is_patient_class(&predicate)
        && !doer.as_ref().is_some_and(Part::is_someone)
    {
        // "Baghdadi was killed in a US air strike": the means names who did it.
        if let Some(m) = obl(&["in", "by"])
            .map(|i| participant(syn, x, lex, i))
            .filter(|m| is_doing_means(lex, m))
        {
            notes.push(format!("passive: doer named by the means '{}'", m.text));
            doer = Some(m);
        }
    }
    // "A US air strike wounded him": the strike is kept as detail of the US's act.
    let means_detail = doer
        .as_ref()
        .filter(|d| is_doing_means(lex, d))
        .map(|d| d.text.clone());
    let undergoer = f.undergoer().map(|i| participant(syn, x, lex, i));
    let converse = class_known && (lex.is_converse(&form) || lex.is_converse(&lemma));

    let mut object_phrase: Option<String> = None;
    let mut target: Option<ActorRef> = None;
    let subject: Part;
    if converse {
        // "Russia received missiles from Iran", "… received Iranian missiles": the giver is
        // the subject, the receiver the target.
        let receiver = doer.filter(Part::is_someone)?;
        let giver = obl(&["from"])
            .map(|i| participant(syn, x, lex, i))
            .filter(|g| g.actor.is_some())
            .or_else(|| {
                let o = f.obj?;
                let r = frames::phrase(doc, o);
                r.clone()
                    .filter(|&j| j != o)
                    .find_map(|j| syn.actor_at[j].map(|ai| (j, ai)))
                    .map(|(j, ai)| Part {
                        actor: Some(syn.actor_ref(x, j, ai)),
                        text: syn.words(j..j + 1),
                        head: syn.lower(j),
                        proper: true,
                        pronoun: false,
                        note: None,
                    })
            })?;
        notes.push(format!(
            "converse '{form}': {} gave, {} received",
            giver.text, receiver.text
        ));
        target = Some(receiver.as_ref());
        object_phrase = f.obj.map(|o| participant(syn, x, lex, o).text);
        subject = giver;
    } else if let Some(d) = doer.clone().filter(Part::is_someone) {
        if f.voice == Voice::Passive {
            notes.push(format!(
                "passive: doer 'by {}' (one claim with the active '{} {} …')",
                d.text, d.text, predicate
            ));
        }
        if let Some(u) = undergoer {
            (target, object_phrase) = done_to(lex, &predicate, u);
        }
        subject = d;
    } else if let Some(d) = doer
        .clone()
        .filter(|_| class_known && lex.is_patient_class(&predicate) && f.voice == Voice::Active)
        .and_then(|mut d| names_people(lex, &mut d).then_some(d))
    {
        // "the civil defense teams rescued 18 families": unnamed people do it.
        if let Some(u) = undergoer {
            (target, object_phrase) = done_to(lex, &predicate, u);
        }
        subject = d;
    } else if let Some(u) = undergoer
        .clone()
        .filter(|_| {
            class_known
                && lex.is_patient_class(&predicate)
                // "Comey was fired": a form of the class with another sense said of people
                // (read in that sense when listed: `sensed`).
                && (sensed || !lex.is("notpatient", &form) && !lex.is("notpatient", &lemma))
        })
        .map(|u| sufferer(u, lex))
        .filter(|u| {
            // "an excessive use of force": a class that takes only some objects
            // (`objects:use`) says nothing of others, even of words that can name people.
            let restricted = !lex.listed(&format!("objects:{predicate}")).is_empty();
            (u.is_someone() && !restricted)
                // "Eleven commercial jets have reportedly been stolen": a class whose patient
                // is a thing (`thingpatient` in frames.tsv) is about the thing.
                || (lex.is("thingpatient", &predicate)
                    && !u.pronoun
                    && !u.text.is_empty()
                    && lex.object_allowed(&predicate, &u.text))
        })
        .map(|mut u| {
            // "chlorine gas was used", "the use of sarin": the thing by its object class, so
            // wordings of one thing meet ("chemical weapons").
            if !u.is_someone() {
                if let Some(c) = lex.known_object(&u.text) {
                    u.head = c.to_string();
                }
            }
            u
        })
    {
        // Nobody named does it: the proposition is about the one it happens to (a thing
        // undergoing an attack — "missiles were fired" — is the object of a doer the document
        // may name elsewhere, below).
        // The means: a doer that is neither a pronoun ("They had killed him") nor a place
        // ("killed in Libya").
        let means = doer.filter(|d| !d.pronoun).map(|d| d.text).or_else(|| {
            obl(&["in", "by"])
                .filter(|&i| doc.tokens[i].upos != Upos::Propn)
                .map(|i| participant(syn, x, lex, i))
                .filter(|m| !m.pronoun && !lex.is("placenoun", &m.head))
                .map(|m| m.text)
        });
        if let Some(m) = &means {
            notes.push(format!("means '{m}' kept as detail"));
        }
        predicate.push_str(PASSIVE);
        return Some(finish(
            syn, x, lex, &f, u, predicate, None, None, means, notes,
        ));
    } else {
        // A thing or unnamed people as subject: only with a known predicate ("the missiles were
        // delivered" needs a doer from context; "the video shows" is no proposition).
        let d = doer.or(if f.voice == Voice::Active {
            None
        } else {
            undergoer.clone()
        })?;
        // "only about 90 seconds to shoot down a plane": a span of time (`calendar`) is
        // never the one who acts.
        if d.pronoun || lex.is("calendar", &d.head) || !(class_known || f.kind == PredKind::Copular)
        {
            return None;
        }
        // "Sanctions would hurt its economy": a patient-centred act by a thing on a thing is
        // no proposition (the passive "missiles were fired" waits for a doer, below).
        if class_known
            && lex.is_patient_class(&predicate)
            && f.voice == Voice::Active
            && !lex.is("thingdoer", &predicate)
        {
            return None;
        }
        if f.voice == Voice::Passive {
            // "any missiles were delivered", "missiles were fired": the object, with no
            // subject yet (the document may name the doer elsewhere).
            return Some(finish(
                syn,
                x,
                lex,
                &f,
                Part {
                    actor: None,
                    text: String::new(),
                    head: String::new(),
                    proper: false,
                    pronoun: false,
                    note: None,
                },
                predicate,
                None,
                Some(d.text),
                None,
                notes,
            ));
        }
        // "The number of refugees … has hit 130,000": a thing reaching a bare number is a
        // figure of quantity, not an act on something.
        if f.voice == Voice::Active
            && f.obj.is_some_and(|o| {
                doc.tokens[o].upos == Upos::Num
                    && doc
                        .children(o)
                        .all(|c| !matches!(doc.tokens[c].upos, Upos::Noun | Upos::Propn))
            })
        {
            return None;
        }
        if f.voice == Voice::Active {
            if let Some(u) = undergoer {
                match u.actor {
                    Some(_) => target = Some(u.as_ref()),
                    None => object_phrase = Some(u.text),
                }
            }
        }
        subject = d;
    }
    // "Hunter's claim was false": a judgement on another claim, not a proposition of its own;
    // "the video provides clues": a thing transfers nothing.
    if subject.actor.is_none() && (super::is_anaphoric(&subject.head) || lex.has_object(&predicate))
    {
        return None;
    }
    if faked {
        object_phrase = Some(form.clone());
    } else if f.kind == PredKind::Copular {
        object_phrase = Some(participant(syn, x, lex, p).text);
    } else if !class_known
        && (subject.actor.is_none()
            // "The reported detention of a wife and child of al-Baghdadi has spurred
            // intrigue": an act is no actor, whoever its phrase names.
            // ("Jordanian air strikes neutralized 55 jihadists": a means names its doer.)
            || f.doer().is_some_and(|d| {
                super::nominal::is_act_noun(syn, lex, d) && !lex.is("means", &syn.lemma(d))
            })
            // (A result clause's "he" for the named subject before it is that subject.)
            || subject.pronoun && !super::content::result_subject(syn, x, lex, p, f.doer())
            // "I can attest that …": a lone pronoun or "that" acted on is nothing named.
            || (target.is_none()
                && object_phrase.as_deref().is_none_or(|o| {
                    !o.contains(' ') && super::is_anaphoric(o)
                })))
    {
        // A predicate outside the classes is kept only between an actor named as such and
        // what it acts on ("Malaysia maintained a policy of …"), never on a pronoun's reading.
        return None;
    }
    // "Clinton allowed her staff … to think that …", "I assigned a female nurse … to
    // accompany Hillary": a verb outside the classes with an object and an infinitive that
    // object is to carry out is a frame over that other act (permission, request, assignment),
    // not an act done to the object.
    if !class_known && f.kind != PredKind::Copular && frame_over_act(syn, lex, p, f.obj) {
        return None;
    }
    if target.is_none() {
        target = obl(&lex.target_cases(&predicate))
            .and_then(|i| participant(syn, x, lex, i).actor)
            .or_else(|| f.iobj.and_then(|i| participant(syn, x, lex, i).actor));
    }
    // "sent missiles to Russia" parsed with "to Russia" on the object: the recipient is the
    // verb's, and the object's words stop before it.
    if let Some(o) = f.undergoer().filter(|_| f.kind != PredKind::Copular) {
        let cases = lex.target_cases(&predicate);
        if let Some(n) = doc.children(o).find(|&c| {
            doc.tokens[c].rel == Rel::Nmod
                && cases.contains(&frames::case_of(doc, syn.text, c).as_str())
                && syn.actor_at[c].is_some()
        }) {
            if target.is_none() {
                target = participant(syn, x, lex, n).actor;
            }
            let cut = doc.children_with(n, Rel::Case).min().unwrap_or(n);
            let r = frames::phrase(doc, o);
            if let Some(text) = object_phrase.as_mut().filter(|_| cut > r.start) {
                let mut lo = r.start;
                while lo < o && matches!(doc.tokens[lo].upos, Upos::Det | Upos::Adp) {
                    lo += 1;
                }
                if cut > lo {
                    *text = syn.words(lo..cut);
                }
            }
        }
    }
    // "I questioned the Secretary" read with the Secretary as speaker: nobody acts on
    // themselves in a tracked proposition.
    if let (Some(t), Some(a)) = (&target, &subject.actor) {
        if super::claim_actor_id(&t.id) == super::claim_actor_id(&a.id) {
            return None;
        }
    }
    // "Israel and Hamas agreed a ceasefire": a mutual act (`mutual` in frames.tsv) is done
    // with the doer's conjunct, who is its target.
    if target.is_none() && lex.is("mutual", &predicate) {
        target =
            f.doer()
                .into_iter()
                .flat_map(|d| doc.children_with(d, Rel::Conj))
                .find_map(|c| participant(syn, x, lex, c).actor)
                .filter(|t| {
                    subject.actor.as_ref().is_some_and(|a| {
                        super::claim_actor_id(&a.id) != super::claim_actor_id(&t.id)
                    })
                });
        if let Some(t) = &target {
            notes.push(format!("mutual act: done with {}", t.name));
        }
    }
    // "did not meet their demands": a meeting needs someone met, unless its object is one of
    // the class's `agreednoun` ("has agreed to a ceasefire": the truce itself is tracked).
    if lex.needs_target(&predicate) && target.is_none() {
        let agreed = f
            .undergoer()
            .into_iter()
            .chain(obl(&["to", "on", "upon"]))
            .map(|i| participant(syn, x, lex, i).text)
            .find(|t| {
                lex.known_object(t)
                    .is_some_and(|c| lex.is(&format!("agreednoun:{predicate}"), c))
            });
        object_phrase = Some(agreed?);
    }
    // "couldn't provide those materials": a transfer of nothing listed in `objects.tsv` is no
    // claim (as for event claims).
    if lex.has_object(&predicate)
        && object_phrase
            .as_deref()
            .is_none_or(|o| lex.known_object(o).is_none() && target.is_none())
    {
        return None;
    }
    // "used drones to attack Kyiv": a class restricted to some objects (`objects:use`:
    // chemical weapons …) says nothing of others.
    if object_phrase
        .as_deref()
        .is_some_and(|o| !lex.object_allowed(&predicate, o))
        || (object_phrase.is_none() && !lex.listed(&format!("objects:{predicate}")).is_empty())
    {
        return None;
    }
    Some(finish(
        syn,
        x,
        lex,
        &f,
        subject,
        predicate,
        target,
        object_phrase,
        means_detail,
        notes,
    ))
}
