//! The clause around a trigger: whether its sentence is page furniture, the words the verb
//! block's patterns are matched against, and the event's modality (tree and statement).

use super::Coder;
use crate::events::roles::LemmaKind;
use crate::events::{PatternWords, DETERMINERS};
use crate::model::{Modality, Statement};
use dossier_syntax::frames::{phrase, Frame, PredKind, Voice};
use dossier_syntax::{Rel, Upos};

impl Coder<'_> {
    /// Whether `h` has an adverbial clause of condition ("… if Iran sends missiles", "unless
    /// …"): what `h` says is supposed, not asserted.
    fn has_condition(&self, h: usize) -> bool {
        self.doc
            .children(h)
            .any(|c| matches!(self.doc.tokens[c].rel, Rel::Advcl) && self.conditional_mark(c))
    }

    /// Is the clause headed by `h` opened by a condition (`condition` subordinators of
    /// `words.tsv`: "if", "unless")?
    fn conditional_mark(&self, h: usize) -> bool {
        self.doc
            .children_with(h, Rel::Mark)
            .any(|m| self.actor_lex.is_condition(&self.lower[m]))
    }

    /// The word before the time phrase ending at `k` ("reports *last month*", "rumours *on
    /// Tuesday*": a weekday, month or noun of time with its determiner, adjective, number or
    /// preposition, up to four words), or `k` itself when `k` is no word of time.
    fn before_time_phrase(&self, k: usize, first: usize) -> usize {
        use dossier_syntax::Upos;
        if !self.time_word(k) {
            return k;
        }
        let mut n = k;
        while n > first
            && k - n < 4
            && (self.time_word(n)
                || matches!(
                    self.doc.tokens[n].upos,
                    Upos::Det | Upos::Adj | Upos::Num | Upos::Adp
                ))
        {
            n -= 1;
        }
        n
    }

    /// Page furniture (`crate::furniture`): a headline, related-link title or link block.
    /// Not a report of an event.
    pub(super) fn is_furniture(&self, s: &dossier_syntax::Sentence) -> bool {
        let label = |l: &str| self.roles.lemma_is(l, super::LemmaKind::Label);
        crate::furniture::is_furniture(self.text, self.doc, s, self.body_start, &label)
    }

    /// The words the verb block's patterns are matched against: before the verb (six words of
    /// the sentence) and after it (for a passive its subject phrase first, then the verb's own
    /// phrase: objects and obliques, not clausal complements, conjuncts or the passive's agent).
    pub(super) fn pattern_words(
        &self,
        f: &Frame,
        last: usize,
        first_tok: usize,
    ) -> PatternWords<'_> {
        let v = f.pred;
        let before = (first_tok.max(v.saturating_sub(6))..v)
            .map(|k| self.lower[k].as_str())
            .collect();
        let mut after: Vec<&str> = Vec::new();
        let passive = f.voice == Voice::Passive && f.kind != PredKind::Nominal;
        if passive {
            if let Some(u) = f.undergoer() {
                after.extend(
                    phrase(self.doc, u)
                        .filter(|&k| !self.people_modifier(k))
                        .map(|k| self.lower[k].as_str()),
                );
            }
        }
        // "will not attack any Boko Haram strongholds for the moment": a "for" phrase of time
        // is how long, never the reason a pattern's "for" names ("attack … for" is criticism).
        let time_phrase = |k: usize| {
            matches!(self.doc.tokens[k].rel, Rel::Obl | Rel::Nmod)
                && self.time_word(k)
                && self
                    .doc
                    .children_with(k, Rel::Case)
                    .any(|c| self.lower[c] == "for")
        };
        let own_phrase = |j: usize| -> bool {
            // The child of `v` on the path from `j` up decides.
            let mut k = j;
            for _ in 0..self.doc.tokens.len() {
                if time_phrase(k) {
                    return false;
                }
                match self.doc.head(k) {
                    Some(h) if h == v => {
                        // A passive's agent is its doer, never what the pattern names ("a
                        // photo provided by the Nicaraguan Army"); a word the parser hung on
                        // the agent before its "by" is still the verb's ("held captive by").
                        if passive && self.doc.tokens[k].rel == Rel::OblAgent {
                            return self
                                .doc
                                .children(k)
                                .filter(|&c| self.doc.tokens[c].rel == Rel::Case)
                                .min()
                                .is_some_and(|by| j < by);
                        }
                        return !matches!(
                            self.doc.tokens[k].rel,
                            Rel::Ccomp
                                | Rel::Xcomp
                                | Rel::Advcl
                                | Rel::AdvclRelcl
                                | Rel::Parataxis
                                | Rel::Conj
                                | Rel::Cc
                                | Rel::Csubj
                                | Rel::List
                                | Rel::Punct
                                | Rel::Nsubj
                                | Rel::NsubjPass
                        );
                    }
                    Some(h) => k = h,
                    None => return false,
                }
            }
            false
        };
        // "decided to go to Iraq and fight against ISIS" with "against ISIS" hung on "decided":
        // the verb's own words come before its clausal complement; what follows the
        // complement's first word is the complement's ("decided against" is another verb).
        let complement = self
            .doc
            .children(v)
            .filter(|&c| c > v && matches!(self.doc.tokens[c].rel, Rel::Xcomp | Rel::Ccomp))
            .filter_map(|c| phrase(self.doc, c).min())
            .min()
            .unwrap_or(usize::MAX);
        let mut own: Vec<usize> = Vec::new();
        for j in last + 1..f.clause.end.min(complement) {
            if own.len() >= 12 {
                break;
            }
            if own_phrase(j) && !self.people_modifier(j) {
                after.push(self.lower[j].as_str());
                own.push(j);
            }
        }
        // Determiners by word and by the tagger: "demanded that the government end curbs" opens
        // with a complementiser, not an object's determiner.
        let lead = if passive {
            0
        } else {
            own.iter()
                .take_while(|&&j| {
                    DETERMINERS.contains(&self.lower[j].as_str())
                        && !matches!(self.doc.tokens[j].upos, Upos::Sconj | Upos::Adp)
                        && self.doc.tokens[j].rel != Rel::Mark
                })
                .count()
        };
        PatternWords {
            before,
            after,
            lead,
        }
    }

    /// Whether `k` is a common noun in front of a people noun it modifies ("*aid* workers",
    /// "*peace* activists"): the people are the object, so a verb pattern naming the modifier
    /// ("released aid" → provide aid) does not describe the act.
    fn people_modifier(&self, k: usize) -> bool {
        let doc = self.doc;
        doc.tokens[k].rel == Rel::Compound
            && doc.tokens[k].upos == Upos::Noun
            && doc.head(k).is_some_and(|h| {
                h > k
                    && matches!(
                        self.roles
                            .noun(self.lemma(h))
                            .or_else(|| self.roles.noun(&self.lower[h])),
                        Some(super::NounKind::Person)
                    )
            })
    }

    /// Modality from the tree and the enclosing statement.
    /// Whether event noun `i` is what someone demands, plans or offers rather than what was
    /// done: the object (or a conjunct of the object) of a controlling verb of `modality.tsv`
    /// ("ISIS demanded a ransom and the release of Aafia Siddiqui", "plans the delivery of").
    /// Only when the act would be the demander's own (its doer is the demander: "ISIS demanded
    /// … the release of Aafia Siddiqui" is no release by ISIS); "demanded the withdrawal of
    /// Serbian forces" names others to act.
    pub(super) fn wanted_act(&self, i: usize, sources: &[super::Part]) -> bool {
        let doc = self.doc;
        let mut k = i;
        for _ in 0..4 {
            let rel = doc.tokens[k].rel;
            let Some(h) = doc.head(k) else { return false };
            if !matches!(rel, Rel::Obj | Rel::Conj) {
                return false;
            }
            // A noun the parser conjoined to the verb ("demanded a ransom …, and/or the
            // release of …") is its object too.
            if doc.tokens[h].upos == dossier_syntax::Upos::Verb {
                let wanted = matches!(
                    self.roles.modality(self.lemma(h)),
                    Some(Modality::Hypothetical | Modality::Future)
                );
                let demander = dossier_syntax::frames::frame_of(doc, self.text, h)
                    .doer()
                    .map(|d| self.participants(d, false))
                    .unwrap_or_default();
                let actor = |p: &super::Part| self.layer.mentions[p.mention].actor;
                return wanted
                    && sources
                        .iter()
                        .any(|s| demander.iter().any(|d| actor(d) == actor(s)));
            }
            k = h;
        }
        false
    }

    /// Whether the statement an event sits in was not made: its cue is negated ("Ahmadu did
    /// not say that Boko Haram had agreed to a ceasefire" reports no agreement).
    pub(super) fn unsaid(&self, stmt: &Statement) -> bool {
        let doc = self.doc;
        let at = |k: usize| self.offsets.char_offset(doc.tokens[k].start as usize);
        let first = doc
            .tokens
            .partition_point(|t| self.offsets.char_offset(t.start as usize) < stmt.cue.start);
        let Some(cue) = (first..doc.tokens.len())
            .take_while(|&k| at(k) < stmt.cue.end)
            .find(|&k| doc.tokens[k].upos == dossier_syntax::Upos::Verb)
        else {
            return false;
        };
        dossier_syntax::frames::frame_of(doc, self.text, cue).negated
    }

    /// Whether the clause of verb `v` is a wish: "may" before its subject ("Crown Prince
    /// Hussein, may God protect him", "May he rest in peace") asks for an act, it reports none.
    pub(super) fn wish(&self, v: usize) -> bool {
        let doc = self.doc;
        doc.children_with(v, Rel::Aux)
            .filter(|&a| self.lower[a] == "may")
            .any(|a| {
                doc.children(v)
                    .any(|c| c > a && matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass))
            })
    }

    /// Whether gerund `v` only describes the noun after it ("airstrikes that destroyed Islamic
    /// State fighting positions": positions the group fights from, not an act of fighting). The
    /// parser reads the noun phrase as a clause — the gerund an adverbial clause of a verb that
    /// has no object of its own, the name before it its subject, the noun after it its object —
    /// with nothing between the verb and that subject and no auxiliary or marker on the gerund.
    pub(super) fn attributive_gerund(&self, v: usize) -> bool {
        let doc = self.doc;
        let t = &doc.tokens[v];
        if t.xpos != "VBG" || t.rel != Rel::Advcl {
            return false;
        }
        let Some(h) = doc
            .head(v)
            .filter(|&h| h < v && doc.tokens[h].upos == Upos::Verb)
        else {
            return false;
        };
        if doc
            .children(h)
            .any(|c| matches!(doc.tokens[c].rel, Rel::Obj | Rel::Ccomp | Rel::Xcomp))
            || doc
                .children(v)
                .any(|c| matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass | Rel::Mark))
        {
            return false;
        }
        let subject = doc
            .children_with(v, Rel::Nsubj)
            .find(|&s| s + 1 == v && matches!(doc.tokens[s].upos, Upos::Propn | Upos::Noun));
        let object = doc
            .children_with(v, Rel::Obj)
            .any(|o| o == v + 1 && doc.tokens[o].upos == Upos::Noun);
        subject.is_some_and(|s| phrase(doc, s).min() == Some(h + 1)) && object
    }

    /// Whether an investigation without a target is only into something said ("the Pentagon
    /// said it was looking into the reports"): a response to the press, not an act on anyone.
    pub(super) fn investigates_statement(&self, f: &Frame, cameo: &str) -> bool {
        cameo.starts_with("09")
            && f.obl.iter().any(|(_, h)| {
                self.roles
                    .noun(self.lemma(*h))
                    .or_else(|| self.roles.noun(&self.lower[*h]))
                    == Some(super::NounKind::Statement)
            })
    }

    /// Whether what an inquiry looks into is someone's (09 takes a person, `roles.tsv`): a
    /// possessor ("searched his house") or a `by`/`of`/`against` phrase naming a party ("war
    /// crimes by Croatian extremists", "crimes committed by Croat forces"); not a place ("cases
    /// of Ebola in Mosul", "a Mosul hospital") nor a thing ("the video", "the crater").
    pub(super) fn inquiry_into_someone(&self, u: usize) -> bool {
        let doc = self.doc;
        doc.children_with(u, Rel::NmodPoss)
            .any(|c| self.is_person(c))
            || doc.subtree(u).filter(|&k| k != u).any(|k| {
                let case = dossier_syntax::frames::case_of(doc, self.text, k);
                matches!(doc.tokens[k].rel, Rel::Nmod | Rel::OblAgent | Rel::Obl)
                    && matches!(case.as_str(), "by" | "of" | "against")
                    && !self.participants(k, true).is_empty()
            })
    }

    pub(super) fn modality(&self, f: &Frame, stmt: Option<&Statement>) -> Modality {
        let mut negated = f.negated;
        let (mut denied, mut hypothetical, mut future) = (false, f.conditional, false);
        let words = f
            .modals
            .iter()
            .map(String::as_str)
            .chain(f.controllers.iter().map(String::as_str));
        for w in words {
            match self.roles.modality(w) {
                Some(Modality::Future) => future = true,
                Some(Modality::Hypothetical) => hypothetical = true,
                Some(Modality::Denied) => denied = true,
                Some(Modality::Negated) => negated = true,
                _ => {}
            }
        }
        // "Germany will impose sanctions if Iran sends missiles": the main clause of a
        // condition is hypothetical too.
        if self.has_condition(f.pred) {
            hypothetical = true;
        }
        // "If Iran sends missiles to Russia, Germany will impose sanctions", misparsed with the
        // if-clause as the root and the main clause as its parataxis: the clause after the
        // condition is its consequence.
        if self.doc.tokens[f.pred].rel == Rel::Parataxis {
            if let Some(h) = self.doc.head(f.pred).filter(|&h| h < f.pred) {
                if self.conditional_mark(h) {
                    hypothetical = true;
                }
            }
        }
        // "denied sending", "dismissed claims that it had sent": a denying verb above.
        let mut k = f.pred;
        // Whether the walk up has passed through a participle modifier ("the forces fighting
        // the group"), whose act is described as part of the clause above it.
        let mut via_participle = false;
        let mut reported_of = false;
        for _ in 0..5 {
            // "it is not clear whether the US will provide aid", "asked if Iran had sent
            // drones": a clause opened by a complementiser of `modality.tsv` is an open question.
            // A clause above opened by "if" ("If confirmed, the strike would be the first time
            // Israel has attacked Iran", misparsed with the if-clause as the root) is a condition.
            // A clause marked by "if" is supposed whatever relation the parser gave it ("If
            // Iran sends missiles, …" as the root).
            if self.conditional_mark(k)
                || self
                    .doc
                    .children_with(k, Rel::Mark)
                    .any(|m| self.roles.modality(&self.lower[m]) == Some(Modality::Hypothetical))
            {
                hypothetical = true;
            }
            let rel = self.doc.tokens[k].rel;
            let Some(h) = self.doc.head(k) else { break };
            // "dismissed the claims that it had sent": through the object noun too.
            if !matches!(
                rel,
                Rel::Ccomp | Rel::Xcomp | Rel::AclRelcl | Rel::Acl | Rel::Obj
            ) {
                break;
            }
            let head_modality = self.roles.modality(self.lemma(h));
            if head_modality == Some(Modality::Denied) {
                denied = true;
            }
            via_participle |= rel == Rel::Acl;
            // "news of Islamic State using chemical weapons", "reports of IS militants using
            // chlorine": a participle on the noun a report noun is about, by "of", is reported.
            if rel == Rel::Acl && matches!(self.doc.tokens[h].rel, Rel::Nmod | Rel::Obl) {
                let of = self
                    .doc
                    .children_with(h, Rel::Case)
                    .any(|c| self.lower[c] == "of");
                if let Some(n) = self.doc.head(h).filter(|_| of) {
                    reported_of |= self
                        .roles
                        .noun(self.lemma(n))
                        .or_else(|| self.roles.noun(&self.lower[n]))
                        == Some(super::NounKind::Statement);
                }
            }
            // "urged the Iraqi government to send reinforcements": an infinitive on the object of
            // a verb of wanting, urging or planning is what is wanted, not what was done.
            if rel == Rel::Acl
                && self
                    .doc
                    .children_with(k, Rel::Mark)
                    .any(|m| self.lower[m] == "to")
                && matches!(self.doc.tokens[h].rel, Rel::Obj | Rel::Iobj)
            {
                if let Some(v) = self.doc.head(h) {
                    match self.roles.modality(self.lemma(v)) {
                        Some(Modality::Future) => future = true,
                        Some(Modality::Hypothetical) => hypothetical = true,
                        _ => {}
                    }
                }
            }
            // "Obama pledged to support the Iraqi forces fighting the group": an act described
            // by a participle inside a planned or wanted act is part of the plan, not a report
            // that it happened (a finite relative clause, "the group that beheaded Foley",
            // stays what it says).
            if via_participle && rel == Rel::Xcomp {
                match head_modality {
                    Some(Modality::Future) => future = true,
                    Some(Modality::Hypothetical) => hypothetical = true,
                    _ => {}
                }
            }
            // "If confirmed, it would be the first time Russia has attacked Ukraine": a clause
            // under a conditional predicate (a complement, or the relative clause of a
            // predicate noun) is supposed, not asserted.
            let predicate_noun = matches!(rel, Rel::Acl | Rel::AclRelcl)
                && self.doc.children_with(h, Rel::Cop).next().is_some();
            if (matches!(rel, Rel::Ccomp | Rel::Xcomp) || predicate_noun) && self.has_condition(h) {
                hypothetical = true;
            }
            // "he didn't think the group had agreed", "nobody believes it sent troops": the
            // clause under a negated verb of thought or saying is not asserted.
            if rel == Rel::Ccomp
                && head_modality != Some(Modality::Denied)
                && dossier_syntax::frames::frame_of(self.doc, self.text, h).negated
            {
                hypothetical = true;
            }
            k = h;
        }
        // "reports that a general had overthrown Kim", "rumours that": the content clause of a
        // report or rumour noun is reported, not the article's own assertion. Read off the
        // words (the parser often loses the noun's clause): "<statement noun> that" with no
        // other verb before the predicate.
        let first = self.doc.sentences[self.doc.sentence_of(f.pred)].first as usize;
        let mut reported_content = false;
        for k in (first + 1..f.pred).rev() {
            // (An auxiliary the tagger read as a verb, "had overthrown", is no other verb.)
            // Nor is the verb of a relative clause on the subject ("X, who died in 2010, had").
            if self.doc.tokens[k].upos == dossier_syntax::Upos::Verb
                && !matches!(self.lemma(k), "have" | "be" | "do")
                && self.doc.tokens[k].rel != Rel::AclRelcl
            {
                break;
            }
            if self.lower[k] == "that" {
                // "There were reports last month that he had been killed": a time phrase
                // between the noun and "that" is passed over.
                let n = self.before_time_phrase(k - 1, first);
                let noun = self.doc.tokens[n].upos == dossier_syntax::Upos::Noun;
                reported_content = noun
                    && self
                        .roles
                        .noun(self.lemma(n))
                        .or_else(|| self.roles.noun(&self.lower[n]))
                        == Some(super::NounKind::Statement);
                // "exploring the possibility that Russia hacked the network", "fears that": the
                // content of a noun of supposition (`modality.tsv`) is not what happened.
                if noun
                    && [self.lemma(n), self.lower[n].as_str()]
                        .iter()
                        .any(|w| self.roles.modality(w) == Some(Modality::Hypothetical))
                {
                    hypothetical = true;
                }
                break;
            }
        }
        // "not aware of ISIL conducting any flight operations", "has no evidence of Iran
        // sending any drones": "any" on the object is licensed by a negation, question or
        // condition above the act; an act read so is not asserted.
        // ("is going to support any country that…": a free-choice "any" in a plan stays future.)
        if !negated
            && !denied
            && !future
            && f.obj.is_some_and(|o| {
                self.doc
                    .children_with(o, Rel::Det)
                    .any(|d| self.lower[d] == "any")
            })
        {
            hypothetical = true;
        }
        let m = crate::events::combine_modality(stmt, denied, negated, hypothetical, future);
        // "he was purportedly killed", "reportedly executed": the article's own voice hedges.
        let hedged = self
            .doc
            .children_with(f.pred, Rel::Advmod)
            .any(|c| self.roles.modality(&self.lower[c]) == Some(Modality::Reported));
        if (hedged || reported_content || reported_of) && m == Modality::Asserted {
            Modality::Reported
        } else {
            m
        }
    }

    /// The infinitive a verb controls: its `xcomp`, or a subjectless "to" infinitive the parser
    /// made an adverbial clause because a time word came between ("threatened on Monday to
    /// break relations with Russia", "warned today to retaliate against Israel").
    pub(super) fn complement(&self, v: usize) -> Option<usize> {
        let doc = self.doc;
        doc.children_with(v, Rel::Xcomp).next().or_else(|| {
            doc.children_with(v, Rel::Advcl).find(|&c| {
                c > v
                    && doc.tokens[c].upos == Upos::Verb
                    && doc.children(c).all(|k| !doc.tokens[k].rel.is_subject())
                    && doc
                        .children_with(c, Rel::Mark)
                        .next()
                        .is_some_and(|m| self.lower[m] == "to" && m + 1 == c)
                    // Only a time word or phrase between ("on Monday", "today"), never an
                    // object: "called a meeting to discuss" is a purpose, not a complement.
                    && (v + 1..c).all(|k| {
                        let time = |t: usize| {
                            doc.head(t) == Some(v)
                                && matches!(
                                    doc.tokens[t].rel,
                                    Rel::Obl | Rel::OblUnmarked | Rel::Advmod
                                )
                        };
                        k + 1 == c || time(k) || doc.head(k).is_some_and(time)
                    })
            })
        })
    }

    /// Whether subject `s` is opened by a negative determiner (`negative_subject` in
    /// `lemmas.tsv`: "Neither Ferguson nor county police have contacted the man").
    pub(super) fn negative_subject(&self, s: usize) -> bool {
        let doc = self.doc;
        let first = doc.children(s).filter(|&c| c < s).min().unwrap_or(s).min(s);
        (first..=s).any(|k| {
            (k == first || doc.head(k) == Some(s))
                && self
                    .roles
                    .lemma_is(&self.lower[k], LemmaKind::NegativeSubject)
        })
    }
}
