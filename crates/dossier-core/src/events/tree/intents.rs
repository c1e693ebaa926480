//! Checks around a trigger, split from `tree.rs`: an undertaking ("agreed to", "pledged
//! to") whose complement names no act the lexicon codes is the intent to cooperate, an act
//! asked for ("urged Iran to release") is the caller's appeal, and an undergoer is a person or
//! a place (a light verb such as "take" keeps its seizure code only on one).

use super::*;
use dossier_syntax::frames::Frame;

impl Coder<'_> {
    /// Whether the verb at `i` announces an intent that commits its subject to others
    /// (`intent` and `undertaking` in `lemmas.tsv`: agreed to, promised to, pledged to) to do a complement that names no act the lexicon codes: the
    /// complement's verb is no trigger, or no pattern of its block matched ("agreed to share
    /// information", "promised to continue military aid", "agreed to undertake joint military
    /// exercises"). Such a controller is coded as the intent to cooperate (`intent.tsv`, row
    /// `*`), as CAMEO codes "agree to" (030). Not when the complement was coded, or dropped for
    /// want of a doer, target or the like (a hostile act promised at no one is no cooperation),
    /// nor when the controller gave an event of its own.
    pub(super) fn unnamed_intent(&self, i: usize, coded: &[usize]) -> bool {
        let doc = self.doc;
        if doc.tokens[i].upos != Upos::Verb
            || coded.contains(&i)
            || !self.roles.lemma_is(self.lemma(i), LemmaKind::Intent)
            || !self.roles.lemma_is(self.lemma(i), LemmaKind::Undertaking)
            || self.roles.modality(self.lemma(i)).is_none()
        {
            return false;
        }
        let Some(x) = doc
            .children_with(i, Rel::Xcomp)
            .find(|&x| doc.tokens[x].upos == Upos::Verb)
        else {
            return false;
        };
        let stages = self.stages.borrow();
        let controller_stage = stages.iter().find(|(k, _)| *k == i).map(|(_, s)| *s);
        if controller_stage != Some("controlling verb") {
            return false;
        }
        if doc.subtree(x).any(|k| coded.contains(&k)) {
            return false;
        }
        match stages.iter().find(|(k, _)| *k == x).map(|(_, s)| *s) {
            None => true,
            Some(s) => s == "no code (pattern excluded)" || s == "vague verb without a pattern",
        }
    }

    /// Whether the undergoer at `u` is a person or a place: a named or listed one, a name the
    /// actor layer does not know ("took Damboa"), or a quantity of persons ("some of the
    /// missing", "two of the hostages").
    pub(super) fn concrete_undergoer(&self, u: usize) -> bool {
        let doc = self.doc;
        let concrete = |k: usize| {
            self.is_person(k)
                || self.is_place(k)
                || doc.tokens[k].upos == Upos::Propn
                || !self.participants(k, true).is_empty()
        };
        concrete(u)
            // "executed more than a dozen doctors": the people hang below the quantity.
            || doc
                .children_with(u, Rel::OblUnmarked)
                .any(|n| self.is_person(n))
            || doc.children_with(u, Rel::Nmod).any(|n| {
                doc.children_with(n, Rel::Case)
                    .any(|c| self.lower[c] == "of")
                    && (concrete(n)
                        || matches!(doc.tokens[n].upos, Upos::Adj | Upos::Verb)
                            && self.roles.noun(self.lemma(n)).is_none())
            })
    }

    /// Whether the undergoer at `u` is a place taken: a place noun ("the town", "an airbase"),
    /// a state, or a name of the gazetteer the actor layer leaves alone because places never
    /// act ("captured Mosul"). Not a product or a person the layer does not know ("release the
    /// Apple Watch", "arrested Banksy").
    pub(super) fn taken_place(&self, u: usize) -> bool {
        let doc = self.doc;
        if self.is_place(u) {
            return true;
        }
        if let Some(m) = self.mention[u] {
            return self.is_state(m);
        }
        if doc.tokens[u].upos != Upos::Propn {
            return false;
        }
        let name = doc
            .children(u)
            .filter(|&c| {
                matches!(doc.tokens[c].rel, Rel::Flat | Rel::Compound)
                    && doc.tokens[c].upos == Upos::Propn
            })
            .fold(u..u + 1, |r, c| r.start.min(c)..r.end.max(c + 1));
        let (s, e) = (
            doc.tokens[name.start].start as usize,
            doc.tokens[name.end - 1].end as usize,
        );
        self.actor_lex.place(&self.text[s..e]).is_some()
    }

    /// The place a threatened act of force or coercion would strike, when the threat names no
    /// one else: an actor named by an "in" phrase on the act or on its object ("threatened to
    /// institute a curfew in Algiers" → Algeria's capital; "threatened to impose martial law in
    /// Baghdad"), as the PLOVER records code such threats (the place's people are what the curfew
    /// or the attack falls on). Only for acts of force posture, coercion, assault, fighting or
    /// mass violence (CAMEO 15, 17–20, `act`, the act's own code before the threat recoded it), and
    /// never when the act falls on people ("threatened to kill the hostages in Syria": the hostages
    /// are the ones threatened, not Syria) or a person ("threatened to arrest him in Paris").
    pub(super) fn threatened_place(&self, act: &str, f: &Frame) -> Vec<Part> {
        let doc = self.doc;
        if !["15", "17", "18", "19", "20"]
            .iter()
            .any(|r| act.starts_with(r))
        {
            return Vec::new();
        }
        let undergoer = f.undergoer();
        if undergoer.is_some_and(|u| {
            self.is_person(u) || doc.tokens[u].upos == Upos::Pron || self.mention[u].is_some()
        }) {
            return Vec::new();
        }
        let on_object = undergoer
            .into_iter()
            .flat_map(|u| doc.children_with(u, Rel::Nmod));
        f.obl
            .iter()
            .map(|&(_, h)| h)
            .chain(on_object)
            .filter(|&h| dossier_syntax::frames::case_of(doc, self.text, h) == "in")
            .map(|h| self.participants(h, true))
            .find(|p| !p.is_empty())
            .unwrap_or_default()
    }

    /// The party a threat with a condition is aimed at, when the threat names no one else: the
    /// subject of an "unless"/"if" clause on the threat or on its complement ("Iran threatened
    /// to launch a new offensive unless Baghdad accepted its conditions" → Iraq; "Israel
    /// threatened to ban voting in East Jerusalem if Hamas ran in the election" → Hamas), as
    /// CAMEO codes a conditional threat. A named actor only, never a pronoun ("threatening to
    /// bury them alive unless they surrender": who "they" are is not told) nor the threatener.
    pub(super) fn condition_party(&self, i: usize, sources: &[Part]) -> Vec<Part> {
        let doc = self.doc;
        let mut preds = vec![i];
        preds.extend(
            doc.children(i)
                .filter(|&c| matches!(doc.tokens[c].rel, Rel::Xcomp | Rel::Ccomp)),
        );
        if doc.tokens[i].rel == Rel::Xcomp {
            preds.extend(doc.head(i));
        }
        let own = |p: &Part| {
            sources.iter().any(|s| {
                self.layer.mentions[s.mention].actor == self.layer.mentions[p.mention].actor
            })
        };
        preds
            .into_iter()
            .flat_map(|p| doc.children_with(p, Rel::Advcl))
            .filter(|&c| {
                doc.children_with(c, Rel::Mark)
                    .any(|m| self.actor_lex.is_condition(&self.lower[m]))
            })
            .filter_map(|c| doc.children(c).find(|&k| doc.tokens[k].rel.is_subject()))
            .filter(|&s| doc.tokens[s].upos != Upos::Pron)
            .map(|s| self.participants(s, false))
            .find(|p| !p.is_empty() && !p.iter().any(own))
            .unwrap_or_default()
    }

    /// The verb of appeal whose act the to-infinitive at `i` is ("called on Washington to
    /// cooperate", "urged Iran to release", "asked Israel to withdraw"; `appeal` in
    /// `lemmas.tsv`), with the participants of the one asked. Read by word order, so that a
    /// misparse cannot hide the appeal ("the group called on Muslims to kill" with "kill" hung
    /// on "group"): "to" right before `i`, and the nearest verb before it, within ten words of
    /// the sentence, is the appeal verb (a name the tagger read as a verb, "United", is no
    /// verb). A noun of appeal nearer than any verb is the appeal too ("making a personal
    /// appeal to Boko Haram to release her daughter"; `appeal_noun`): its caller is whoever
    /// the noun's own frame gives, none else, so that an act asked for is never coded done.
    /// The one asked is the first actor between them; none when no actor is named.
    pub(super) fn appeal_before(&self, i: usize, sent_first: usize) -> Option<Appeal> {
        let doc = self.doc;
        if i < sent_first + 2 || doc.tokens[i].upos != Upos::Verb || self.lower[i - 1] != "to" {
            return None;
        }
        let appeal_noun = |k: usize| {
            doc.tokens[k].upos == Upos::Noun
                && self.roles.lemma_is(self.lemma(k), LemmaKind::AppealNoun)
        };
        let a = (sent_first.max(i.saturating_sub(10))..i - 1)
            .rev()
            .find(|&k| {
                (doc.tokens[k].upos == Upos::Verb && self.mention[k].is_none()) || appeal_noun(k)
            })?;
        // "called on Washington to", not "Obama called Putin to emphasize his concern" (a
        // telephone call): a phrasal appeal is listed with its particle ("call on").
        let phrasal = format!("{} {}", self.lemma(a), self.lower[a + 1]);
        if !appeal_noun(a)
            && !self.roles.lemma_is(self.lemma(a), LemmaKind::Appeal)
            && !self.roles.lemma_is(&phrasal, LemmaKind::Appeal)
        {
            return None;
        }
        let asked = (a + 1..i - 1)
            .filter(|&k| self.mention[k].is_some())
            .map(|k| self.participants(k, true))
            .find(|p| !p.is_empty())
            .unwrap_or_default();
        Some(Appeal {
            verb: a,
            asked,
            frame: dossier_syntax::frames::frame_of(doc, self.text, a),
            demand: false,
        })
    }

    /// Whether the verb at `h` reports a statement: the cue of one of attribution's statements,
    /// or a verb whose own code in the CAMEO dictionary is a public statement (01: "said",
    /// "declared", "reiterated"), which a sentence read without attribution still gives.
    fn statement_verb(&self, h: usize) -> bool {
        let doc = self.doc;
        let at = self.offsets.char_offset(doc.tokens[h].start as usize);
        if self
            .statements
            .iter()
            .any(|s| s.cue.start <= at && at < s.cue.end)
        {
            return true;
        }
        let end = doc.sentences[doc.sentence_of(h)].last as usize;
        self.verb_trigger(h, end).is_some_and(|(_, b, own)| {
            own.or_else(|| self.lex.blocks[b].default.clone())
                .is_some_and(|c| c.starts_with("01"))
        })
    }

    /// The reporting verb whose complement's act at `i` is demanded of the complement's subject
    /// ("Russia said on Tuesday that Sudan must return a Mi-26 helicopter", "declared that
    /// China must drop barriers"): `i` carries a modal of obligation (`obligation` in
    /// `lemmas.tsv`), not negated nor epistemic ("must have killed", "must be …" of a state),
    /// and is the clausal complement of a statement's cue. The one asked is the subject's
    /// actor; none when it is no actor (then the act is still not done). A demand of one's own
    /// side ("Obama said the US must act") is none: the complement's subject is then no one
    /// asked, and no event results.
    pub(super) fn demand_over(&self, i: usize, f: &Frame) -> Option<Appeal> {
        let doc = self.doc;
        if f.negated
            || f.voice != Voice::Active
            || doc.tokens[i].rel != Rel::Ccomp
            || !f
                .modals
                .iter()
                .any(|m| self.roles.lemma_is(m, LemmaKind::Obligation))
            // "must have killed him": an inference, no obligation.
            || doc
                .children_with(i, Rel::Aux)
                .any(|c| self.lemma(c) == "have")
        {
            return None;
        }
        let h = doc.head(i)?;
        if doc.tokens[h].upos != Upos::Verb || !self.statement_verb(h) {
            return None;
        }
        let frame = dossier_syntax::frames::frame_of(doc, self.text, h);
        let callers = self.sources(h, &frame).unwrap_or_default();
        let caller_actors: Vec<&crate::actors::ActorEntry> = callers
            .iter()
            .map(|p| &self.layer.actors[self.layer.mentions[p.mention].actor])
            .collect();
        let asked = f
            .subj
            .map(|s| self.participants(s, false))
            .unwrap_or_default()
            .into_iter()
            .filter(|p| {
                let a = &self.layer.actors[self.layer.mentions[p.mention].actor];
                !caller_actors.iter().any(|c| {
                    c.id == a.id
                        || c.country.as_deref() == Some(a.id.as_str())
                        || c.affiliation.as_deref() == Some(a.id.as_str())
                        || a.country.as_deref() == Some(c.id.as_str())
                })
            })
            .collect();
        Some(Appeal {
            verb: h,
            asked,
            frame,
            demand: true,
        })
    }
}

/// An act asked for ([`Coder::appeal_before`]): the appeal verb, the participants of the one
/// asked, and the appeal verb's own clause (its doer is the caller, its modality the event's).
pub(super) struct Appeal {
    pub verb: usize,
    pub asked: Vec<Part>,
    pub frame: dossier_syntax::frames::Frame,
    /// A demand made in a report ([`Coder::demand_over`]), not an appeal: coded with the
    /// demand code (`intent.tsv`, fifth column).
    pub demand: bool,
}
