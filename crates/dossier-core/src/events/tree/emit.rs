//! The event a coded trigger gives, split from `tree.rs`: its evidence span (from the first to
//! the last word involved), the object's words, the participants' references (with their
//! coreference links), and the events it stands for — the reverse reading of a reciprocal code
//! ("A visited B" is also "B hosted A") and one event per member of a compound subject that does
//! not act together.

use super::{Coder, Part, Rel};
use crate::events::roles::{LemmaKind, RoleRule};
use crate::model::{Action, ActorRef, Event, Modality};
use dossier_syntax::frames::phrase;
use dossier_syntax::Upos;

/// Everything the guards of [`Coder::code_token`] decided about one trigger.
pub(super) struct Coded<'r> {
    /// The trigger token.
    pub trigger: usize,
    /// The last token of a multi-word trigger ("carry out").
    pub last: usize,
    pub sources: Vec<Part>,
    pub targets: Vec<Part>,
    /// The undergoer's head when it is no actor.
    pub object: Option<usize>,
    /// The object's tokens when read flat rather than off the tree.
    pub flat_object: Option<std::ops::Range<usize>>,
    /// The speaker's side standing as the doer of an agentless passive inside a denial.
    pub implicit_source: Option<ActorRef>,
    pub cameo: &'r str,
    /// The code of the reverse reading (`042:043`).
    pub reciprocal: Option<&'r str>,
    pub rule: Option<&'r RoleRule>,
    pub modality: Modality,
    /// The id of the statement whose content holds the trigger.
    pub statement: Option<String>,
    /// An act in the future tense ("will visit Albania"): the PLOVER type is that of its intent
    /// code (`intent.tsv`: 042 → 036, AGREE; 19 → 138, THREATEN), the CAMEO code the act's.
    pub planned: bool,
}

impl Coder<'_> {
    /// The PLOVER type of a code, or of its intent code when the act is `planned`.
    fn plover(&self, cameo: &str, planned: bool) -> String {
        let code = match self.roles.intent(cameo) {
            Some(c) if planned => c,
            _ => cameo,
        };
        self.lex
            .cameo(code)
            .map(|i| i.plover.clone())
            .unwrap_or_default()
    }

    /// Push the event(s) of a trigger the guards let through.
    pub(super) fn emit(&self, coded: Coded<'_>, events: &mut Vec<Event>) {
        let i = coded.trigger;
        let doc = self.doc;
        let t = &doc.tokens[i];
        // Evidence: from the first to the last word involved.
        let toks = &doc.tokens;
        let mut lo = t.start as usize;
        let mut hi = toks[coded.last].end as usize;
        for p in coded.sources.iter().chain(&coded.targets) {
            let (ms, me) = self.part_span(p);
            // A named participant's phrase with its title ("*Iraqi Prime Minister* Haider
            // al-Abadi met …"): the evidence shows who the name is.
            let name = doc.name_phrase(p.head);
            lo = lo.min(ms).min(toks[name.start].start as usize);
            hi = hi.max(me).max(toks[name.end - 1].end as usize);
        }
        // The object's words stop before a target attached inside it ("drones | to Russia").
        let object_range = coded.flat_object.or_else(|| {
            coded.object.map(|o| {
                let (o, last) = self.relative_antecedent(i, o);
                let mut r = phrase(doc, o);
                if let Some(l) = last {
                    r.end = r.end.max(phrase(doc, l).end);
                }
                // A noun the parser hung as an object or apposition below the object, right after
                // it, continues the phrase ("short-range | ballistic missiles").
                if let Some(c) = doc
                    .children(o)
                    .find(|&c| matches!(doc.tokens[c].rel, Rel::Obj | Rel::Appos))
                {
                    let more = phrase(doc, c);
                    if more.start == r.end {
                        r.end = more.end;
                    }
                }
                // "No missile was sent": the negation is the modality, not the object.
                if r.len() > 1 && self.lower[r.start] == "no" && doc.tokens[r.start].rel == Rel::Det
                {
                    r.start += 1;
                }
                // Only a target after the object's head ("drones | to Russia"): a nationality
                // before it is the place's state ("the Iraqi towns which ISIS took over").
                for p in &coded.targets {
                    if p.head > o && r.contains(&p.head) {
                        let cut = doc.subtree(p.head).start;
                        if cut > r.start {
                            r.end = r.end.min(cut);
                        }
                    }
                }
                r
            })
        });
        if let Some(r) = &object_range {
            lo = lo.min(toks[r.start].start as usize);
            hi = hi.max(toks[r.end - 1].end as usize);
        }
        let refs = |ps: &[Part]| -> Vec<ActorRef> {
            ps.iter()
                .map(|p| {
                    let mut r = self.layer.actor_ref(
                        &self.layer.mentions[p.mention],
                        self.text,
                        self.offsets,
                    );
                    if let Some((s, e)) = self.link_of(p).map(|l| (l.start, l.end)) {
                        r.mention = Some(self.offsets.span(self.text, s, e));
                    } else if let Some((s, e)) = self.description_span(p) {
                        r.mention = Some(self.offsets.span(self.text, s, e));
                    }
                    r
                })
                .collect()
        };
        let coref: Vec<crate::model::CorefLink> = coded
            .sources
            .iter()
            .chain(&coded.targets)
            .filter_map(|p| {
                let l = self.link_of(p)?;
                let m = &self.layer.mentions[l.antecedent];
                Some(crate::model::CorefLink {
                    actor: self.layer.actors[m.actor].id.clone(),
                    mention: self.offsets.span(self.text, l.start, l.end),
                    antecedent: self.offsets.span(self.text, m.start, m.end),
                })
            })
            .collect();
        let mut src_refs = refs(&coded.sources);
        let mut tgt_refs = refs(&coded.targets);
        let source = match coded.implicit_source {
            Some(a) => a,
            None => src_refs.remove(0),
        };
        tgt_refs.retain(|r| r.id != source.id);
        let target = (!tgt_refs.is_empty()).then(|| tgt_refs.remove(0));
        let verb = self.text[t.start as usize..toks[coded.last].end as usize].to_string();
        let object_text = object_range.map(|r| {
            self.text[toks[r.start].start as usize..toks[r.end - 1].end as usize].to_string()
        });
        let info = self.lex.cameo(coded.cameo);
        let evidence = self.offsets.span(self.text, lo, hi);
        // "Iran and Russia welcomed the decision": without a target, a compound subject is a
        // reciprocal event only for classes where the members act on each other (signing,
        // meeting, clashing); otherwise each member gets its own event.
        let mutual = coded.rule.is_some_and(|r| r.reciprocal)
            || self
                .roles
                .lemma_is(self.lemma(i), LemmaKind::ReciprocalVerb)
            || coded.object.is_some_and(|o| {
                self.roles
                    .lemma_is(self.lemma(o), LemmaKind::ReciprocalNoun)
                    || self
                        .roles
                        .lemma_is(&self.lower[o], LemmaKind::ReciprocalNoun)
            });
        let split_sources = target.is_none() && !src_refs.is_empty() && !mutual;
        let separate: Vec<ActorRef> = if split_sources {
            std::mem::take(&mut src_refs)
        } else {
            Vec::new()
        };
        // The same act twice: same code, or the same root on the same target ("threatening to
        // kill Sotloff" is one threat, whether read off "threatening" or the announced "kill").
        // Not when the earlier act's words end before this trigger and it is a clause of its
        // own (its own subject, or a conjunct): "Hezbollah fighters battling rebels near the
        // border killed two men", "has bombed schools … and assassinated politicians" are
        // acts of one doer. A subjectless adverbial ("attacked the mall, killing 67 people")
        // tells the same act's outcome.
        let trigger_at = self.offsets.char_offset(t.start as usize);
        let own_clause = t.rel == Rel::Conj || doc.children(i).any(|c| toks[c].rel.is_subject());
        let dup = events.iter().any(|e: &Event| {
            e.evidence.start == evidence.start
                && (e.evidence.end > trigger_at || !own_clause)
                && e.source.id == source.id
                && (e.action.cameo == coded.cameo
                    || (e.action.cameo.get(..2) == coded.cameo.get(..2)
                        && e.target.as_ref().map(|t| &t.id) == target.as_ref().map(|t| &t.id)))
        });
        if dup {
            return;
        }
        let event = Event {
            id: String::new(),
            source,
            target,
            co_sources: src_refs,
            co_targets: tgt_refs,
            action: Action {
                cameo: coded.cameo.to_string(),
                plover: self.plover(coded.cameo, coded.planned),
                verb,
            },
            object: object_text,
            modality: coded.modality,
            evidence,
            statement: coded.statement,
            goldstein: info.map_or(0.0, |i| i.goldstein),
            date: None,
            coref,
        };
        // "A visited B" is also "B hosted A" when the lexicon says so (`042:043`).
        // A symmetric code ("fought", 190:190) is one event, never coded in both directions.
        // "attend a summit in Switzerland", "a rally in Abuja": the place where the act happens
        // is where the visitor went, not a host who received them; the reverse (hosting) reading
        // needs the visited actor named as such ("visited Chad", "travelled to Iraq").
        let hosted = coded.targets.first().is_none_or(|p| {
            !doc.children_with(p.head, Rel::Case)
                .any(|c| self.lower[c] == "in")
        });
        let reverse = match (coded.reciprocal, &event.target) {
            (Some(rc), Some(tg)) if rc != coded.cameo && hosted => {
                let rinfo = self.lex.cameo(rc);
                let mut r = event.clone();
                r.source = tg.clone();
                r.target = Some(event.source.clone());
                r.co_sources = event.co_targets.clone();
                r.co_targets = event.co_sources.clone();
                r.action.cameo = rc.to_string();
                r.action.plover = self.plover(rc, coded.planned);
                r.goldstein = rinfo.map_or(0.0, |i| i.goldstein);
                Some(r)
            }
            _ => None,
        };
        let others: Vec<Event> = separate
            .into_iter()
            .map(|a| {
                let mut e = event.clone();
                e.source = a;
                e
            })
            .collect();
        events.push(event);
        events.extend(reverse);
        events.extend(others);
    }

    /// The appeal of `caller` to `asked` for the act at `i` ("urged Iran to release the
    /// sailors" → 0253 by the urger on Iran; `intent.tsv`, fourth column): the appeal verb `a`
    /// is the event's verb, its own clause gives the modality, and the act's code only says
    /// what was asked for.
    pub(super) fn emit_appeal(
        &self,
        i: usize,
        appeal: super::intents::Appeal,
        caller: Vec<Part>,
        act: &str,
        f: &dossier_syntax::frames::Frame,
        events: &mut Vec<Event>,
    ) {
        let doc = self.doc;
        let code = if appeal.demand {
            self.roles.demand(act)
        } else {
            self.roles.appeal(act)
        };
        let Some(cameo) = code else {
            return;
        };
        let super::intents::Appeal {
            verb: a,
            asked,
            frame: fa,
            ..
        } = appeal;
        let pos = self.offsets.char_offset(doc.tokens[a].start as usize);
        let stmt = super::containing_statement(pos, self.statements);
        let modality = self.modality(&fa, stmt);
        // What was asked for is the object when it is no one ("to release the sailors").
        let object = f
            .undergoer()
            .filter(|&u| u > i && self.participants(u, true).is_empty());
        self.emit(
            Coded {
                trigger: a,
                last: a,
                sources: caller,
                targets: asked,
                object,
                flat_object: None,
                implicit_source: None,
                cameo,
                reciprocal: None,
                rule: self.roles.rule(cameo),
                modality,
                statement: stmt.map(|s| s.id.clone()),
                planned: false,
            },
            events,
        );
    }
    /// The noun a relative clause's pronoun object stands for when the parser hung the clause
    /// on a verb ("Kurds retook Sinjar and Zumar, which ISIS took over": the frame's object is
    /// "retook"): the noun right before the pronoun, from the first of its conjuncts; with
    /// the last conjunct when there are several. Otherwise the object itself.
    fn relative_antecedent(&self, i: usize, o: usize) -> (usize, Option<usize>) {
        let doc = self.doc;
        if doc.tokens[i].rel != Rel::AclRelcl
            || doc.head(i) != Some(o)
            || !matches!(doc.tokens[o].upos, Upos::Verb | Upos::Aux)
        {
            return (o, None);
        }
        let Some(pron) = doc
            .children(i)
            .filter(|&c| matches!(doc.tokens[c].xpos.as_str(), "WDT" | "WP"))
            .min()
        else {
            return (o, None);
        };
        let Some(last) = (0..pron)
            .rev()
            .find(|&k| doc.tokens[k].upos != Upos::Punct)
            .filter(|&k| matches!(doc.tokens[k].upos, Upos::Noun | Upos::Propn))
        else {
            return (o, None);
        };
        let mut first = last;
        while doc.tokens[first].rel == Rel::Conj {
            match doc.head(first) {
                Some(h) if h < first && matches!(doc.tokens[h].upos, Upos::Noun | Upos::Propn) => {
                    first = h
                }
                _ => break,
            }
        }
        (first, (first != last).then_some(last))
    }
}
