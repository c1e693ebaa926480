//! The tree coder's reading of arguments: which actor a phrase head stands for, the
//! participants of an argument or oblique, the doer of an event noun, and the flat
//! "VERB OBJECT to ACTOR" reading of a misparsed verb phrase.

use super::{Coder, Part, NOMINAL_CASES};
use crate::actors::MentionForm;
use crate::events::roles::{LemmaKind, NounKind};
use dossier_syntax::frames::case_of;
use dossier_syntax::frames::Frame;
use dossier_syntax::{Rel, Upos};

impl Coder<'_> {
    /// Whether noun token `i` is plural (by its features or tag, or a form that differs from
    /// its lemma: "children", "hostages").
    pub(super) fn plural(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        t.feats.contains("Number=Plur")
            || matches!(t.xpos.as_str(), "NNS" | "NNPS")
            || (self.lower[i] != self.lemma(i) && self.lower[i].ends_with('s'))
            || (self.lower[i] != self.lemma(i) && t.upos == Upos::Noun)
    }

    /// "VERB [det/adj] NOUN… CASE [det] ACTOR" in the words right after a verb's last token:
    /// the object's token range and the target, when the case word is one the class takes.
    pub(super) fn flat_frame(
        &self,
        last: usize,
        sent_end: usize,
        rule: &crate::events::roles::RoleRule,
    ) -> Option<(std::ops::Range<usize>, Part)> {
        let doc = self.doc;
        let start = last + 1;
        let mut j = start;
        let mut noun_end = None;
        while j < sent_end && j < start + 8 {
            let t = &doc.tokens[j];
            if self.mention[j].is_some() {
                return None;
            }
            match t.upos {
                Upos::Det | Upos::Adj | Upos::Num => {}
                Upos::Noun => noun_end = Some(j + 1),
                Upos::Punct if self.lower[j] == "-" => {}
                _ => break,
            }
            j += 1;
        }
        let obj_end = noun_end?;
        if obj_end != j || j >= sent_end || !rule.target_cases.contains(&self.lower[j]) {
            return None;
        }
        let mut k = j + 1;
        while k < sent_end && doc.tokens[k].upos == Upos::Det {
            k += 1;
        }
        let m = self.mention[k.min(sent_end.saturating_sub(1))].filter(|_| k < sent_end)?;
        let a = self.layer.mentions[m].actor;
        if self.layer.actors[a].kind == crate::model::ActorKind::Outlet {
            return None;
        }
        Some((
            start..obj_end,
            Part {
                mention: m,
                head: k,
            },
        ))
    }

    /// The coreference link a participant came through, if its head is a resolved description.
    /// The link is the description's head or a modifier of the participant's head ("the
    /// group's top leaders"); a participant that is the antecedent's own mention has none.
    pub(super) fn link_of(&self, p: &Part) -> Option<&crate::coref::Link> {
        self.coref
            .at(p.head)
            .filter(|l| l.antecedent == p.mention)
            .or_else(|| {
                self.doc
                    .children(p.head)
                    .filter_map(|c| self.coref.at(c))
                    .find(|l| l.antecedent == p.mention)
            })
    }

    /// The byte span naming a participant here: its mention, or the description that refers
    /// back to it ("the militant group"), never the antecedent in an earlier sentence.
    pub(super) fn part_span(&self, p: &Part) -> (usize, usize) {
        match self.link_of(p) {
            Some(l) => (l.start, l.end),
            None => {
                let m = &self.layer.mentions[p.mention];
                let h = &self.doc.tokens[p.head];
                let s = &self.doc.sentences[self.doc.sentence_of(p.head)];
                // A mention outside the participant's sentence (reached through a modifier):
                // the evidence stays in the sentence, on the head's own word.
                if m.start < s.start as usize || m.end > s.end as usize {
                    (h.start as usize, h.end as usize)
                } else {
                    (m.start, m.end)
                }
            }
        }
    }

    /// Whether a compound subject of `pred` acts together (reciprocal class, verb or object).
    pub(super) fn mutual_hint(
        &self,
        f: &Frame,
        rule: Option<&crate::events::roles::RoleRule>,
        pred: usize,
    ) -> bool {
        rule.is_some_and(|r| r.reciprocal)
            || self
                .roles
                .lemma_is(self.lemma(pred), LemmaKind::ReciprocalVerb)
            || f.undergoer().is_some_and(|o| {
                self.roles
                    .lemma_is(self.lemma(o), LemmaKind::ReciprocalNoun)
                    || self
                        .roles
                        .lemma_is(&self.lower[o], LemmaKind::ReciprocalNoun)
            })
    }

    /// Lower-cased lemma of token `i` (its form when the lemma is missing).
    pub(super) fn lemma(&self, i: usize) -> &str {
        &self.lemmas[i]
    }

    /// The head noun of the noun phrase right after verb `i`, by word class alone ("struck [a
    /// cease-fire deal]" → "deal"): determiners, numbers, adjectives, hyphens and nouns that
    /// another noun follows are skipped, within five tokens of the same sentence.
    pub(super) fn np_head_after(&self, i: usize) -> Option<usize> {
        let doc = self.doc;
        let sent = doc.sentence_of(i);
        let end = (doc.sentences[sent].last as usize).min(i + 7);
        let nounish = |j: usize| matches!(doc.tokens[j].upos, Upos::Noun | Upos::Propn);
        let mut j = i + 1;
        while j < end {
            let t = &doc.tokens[j];
            match t.upos {
                Upos::Det | Upos::Num | Upos::Adj => {}
                Upos::Punct if t.xpos.as_str() == "HYPH" => {}
                Upos::Noun | Upos::Propn => {
                    let next_nounish = j + 1 < end
                        && (nounish(j + 1)
                            || doc.tokens[j + 1].xpos.as_str() == "HYPH"
                                && j + 2 < end
                                && nounish(j + 2));
                    if !next_nounish {
                        return Some(j);
                    }
                }
                _ => return None,
            }
            j += 1;
        }
        None
    }

    /// The verb-dictionary entry a verb token starts: (last token, block, form code).
    pub(super) fn verb_trigger(
        &self,
        i: usize,
        end: usize,
    ) -> Option<(usize, usize, Option<String>)> {
        let lemma = self.lemma(i);
        let mut best: Option<(usize, usize, Option<String>)> = None;
        for key in [self.lower[i].as_str(), lemma] {
            for f in self.lex.forms_starting(key) {
                let n = f.words.len();
                if i + n > end || best.as_ref().is_some_and(|b| b.0 >= n) {
                    continue;
                }
                let rest_ok = (1..n).all(|k| {
                    self.mention[i + k].is_none()
                        && (self.lower[i + k] == f.words[k] || self.lemma(i + k) == f.words[k])
                });
                if rest_ok {
                    best = Some((n, f.block, f.code.clone()));
                }
            }
            if best.is_some() {
                break;
            }
        }
        best.map(|(n, b, c)| (i + n - 1, b, c))
    }

    /// The actor mention a phrase head stands for, if it is a participant (see module doc).
    /// `undergoer`: people nouns with a nationality count ("killed Ukrainian civilians").
    pub(super) fn actor_of_head(&self, h: usize, undergoer: bool) -> Option<usize> {
        let doc = self.doc;
        // "British diplomat praises Obama", "A Palestinian minister lashed out at Israel": a
        // description the lede names ("… Sir Peter Westmacott").
        if let Some(m) = self.described_person(h) {
            return Some(m);
        }
        if let Some(m) = self.mention[h] {
            // "outside Raqqa, Syria": a state named after a place and a comma is that place's
            // address, whatever the parser hung it on.
            if self.place_address(h, m) {
                return None;
            }
            // The head itself is (part of) a name, metonym, description or pronoun. A demonym
            // heading a phrase is its state only as "the Iranians", "the Americans" (a people
            // acting together); "a Saudi and a Turkmen carried out the attacks", "two Britons",
            // "Americans who joined ISIS" are persons of that nationality, not the state acting.
            if !undergoer && self.demonym_person(h, m) {
                return None;
            }
            return Some(m);
        }
        let kind = self
            .roles
            .noun(self.lemma(h))
            .or_else(|| self.roles.noun(&self.lower[h]));
        // A nationality on a people noun is the state only for a plural ("killed Ukrainian
        // civilians"); "an American journalist" is one person, not the United States.
        let plural = self.plural(h);
        let modifier_ok = match kind {
            Some(NounKind::Agent | NounKind::Armed) => true,
            Some(NounKind::Person) => undergoer && plural,
            Some(NounKind::Asset) => undergoer,
            Some(
                NounKind::Statement
                | NounKind::Place
                | NounKind::Act
                | NounKind::Offshoot
                | NounKind::Effort
                | NounKind::Quantity,
            )
            | None => false,
        };
        // A name in apposition or flat ("journalist James Foley") wins over a modifier.
        if let Some(m) = doc
            .children(h)
            .filter(|&c| matches!(doc.tokens[c].rel, Rel::Flat | Rel::Appos))
            .find_map(|c| self.mention[c])
        {
            return Some(m);
        }
        // "a splinter group of al Qaeda", "a breakaway faction of the Taliban": another group.
        if doc.children(h).any(|c| {
            matches!(doc.tokens[c].rel, Rel::Amod | Rel::Compound)
                && self
                    .roles
                    .noun(self.lemma(c))
                    .or_else(|| self.roles.noun(&self.lower[c]))
                    == Some(NounKind::Offshoot)
        }) {
            return None;
        }
        if kind == Some(NounKind::Agent) {
            if let Some(m) = self.agent_origin(h) {
                return Some(m);
            }
        }
        for c in doc.children(h) {
            let Some(m) = self.mention[c] else { continue };
            // "Somali militants": a nationality on a non-state armed noun is not the state.
            if kind == Some(NounKind::Armed)
                && self.is_state(m)
                && (self.layer.mentions[m].form == MentionForm::Demonym
                    || doc.tokens[c].rel == Rel::Amod)
            {
                continue;
            }
            // "the Abuja school girls", "Kabul residents": a capital in front of a people noun
            // is where they live, not the government the capital stands for elsewhere.
            if kind == Some(NounKind::Person)
                && self.layer.mentions[m].form == MentionForm::Metonym
                && doc.tokens[c].rel == Rel::Compound
            {
                continue;
            }
            // "one of his top aides", "his forces": a possessive pronoun is whose they are,
            // never the aides or forces themselves.
            if doc.tokens[c].rel == Rel::NmodPoss
                && self.layer.mentions[m].form == MentionForm::Pronoun
            {
                continue;
            }
            match doc.tokens[c].rel {
                Rel::Compound | Rel::NmodPoss | Rel::Amod if modifier_ok => return Some(m),
                Rel::Nmod
                    if (matches!(kind, Some(NounKind::Agent | NounKind::Armed))
                        || (kind == Some(NounKind::Asset) && undergoer))
                        && case_of(doc, self.text, c) == "of" =>
                {
                    return Some(m)
                }
                _ => {}
            }
        }
        None
    }

    /// The body an agent noun comes from: "soldiers from the Nigerian Army", "troops from
    /// Chad", "troops from the 7th Division of the Nigerian Army" (a unit with no name of its
    /// own stands for the military it belongs to). Only a state, government body or military:
    /// "fighters from the village" or "police from a nearby town" come from no actor.
    fn agent_origin(&self, h: usize) -> Option<usize> {
        use crate::model::ActorKind;
        let doc = self.doc;
        let state_side = |m: usize| {
            matches!(
                self.layer.actors[self.layer.mentions[m].actor].kind,
                ActorKind::State | ActorKind::GovernmentBody | ActorKind::Military
            )
        };
        let from = doc
            .children_with(h, Rel::Nmod)
            .find(|&c| case_of(doc, self.text, c) == "from")?;
        if let Some(m) = self.mention[from] {
            return state_side(m).then_some(m);
        }
        doc.children_with(from, Rel::Nmod)
            .filter(|&c| case_of(doc, self.text, c) == "of")
            .find_map(|c| self.mention[c])
            .filter(|&m| {
                matches!(
                    self.layer.actors[self.layer.mentions[m].actor].kind,
                    ActorKind::GovernmentBody | ActorKind::Military
                )
            })
    }

    /// Whether state mention `m` at `h` is the address of a place named right before it: "PLACE,
    /// STATE" where PLACE is no actor and stands in a locative phrase ("an airstrike outside
    /// Raqqa, Syria killed …", "born in Aleppo, Syria").
    pub(super) fn place_address(&self, h: usize, m: usize) -> bool {
        let doc = self.doc;
        if !self.is_state(m) || h < 2 || self.lower[h - 1] != "," {
            return false;
        }
        let p = h - 2;
        if doc.tokens[p].upos != Upos::Propn || self.mention[p].is_some() {
            return false;
        }
        // The place phrase's head: the last word of a multi-word name heads it or is flat in it.
        let head = if doc.tokens[p].rel == Rel::Flat {
            doc.head(p).unwrap_or(p)
        } else {
            p
        };
        // The place modifies a noun ("an airstrike outside Raqqa"): a sentence-level place
        // phrase may be followed by the clause's own subject ("Talks were held in Geneva,
        // Russia said").
        doc.tokens[head].rel == Rel::Nmod
            && doc.children_with(head, Rel::Case).any(|c| {
                matches!(
                    self.lower[c].as_str(),
                    "in" | "outside" | "near" | "at" | "from" | "around" | "inside"
                )
            })
    }

    /// The participants of an argument: its head and its coordinated conjuncts ("Iran and
    /// Russia"), distinct actors in text order.
    pub(super) fn participants(&self, h: usize, undergoer: bool) -> Vec<Part> {
        let mut out: Vec<Part> = Vec::new();
        let push = |p: Option<usize>, head: usize, out: &mut Vec<Part>| {
            if let Some(m) = p {
                let a = self.layer.mentions[m].actor;
                // An outlet reports events; it is not a party to them ("interviewed by NBC
                // News", "told Kurdish Question").
                let actor = &self.layer.actors[a];
                if actor.kind == crate::model::ActorKind::Outlet {
                    return;
                }
                // An unresolved description ("an aide") is no doer, but a victim as object/subject.
                let (t, name) = (&self.doc.tokens[head], actor.name.to_lowercase());
                if !(undergoer && t.upos != Upos::Pron && !matches!(t.rel, Rel::Nmod | Rel::Obl))
                    && actor.kind == crate::model::ActorKind::Person
                    && (name.starts_with("a ")
                        || name.starts_with("an ")
                        || !actor.name.chars().any(char::is_uppercase))
                {
                    return;
                }
                if !out
                    .iter()
                    .any(|x| self.layer.mentions[x.mention].actor == a)
                {
                    out.push(Part { mention: m, head });
                }
            }
        };
        push(self.actor_of_head(h, undergoer), h, &mut out);
        // "Iraqi group ISIS beheaded …": a name the parser made a second subject right after a
        // descriptive head is the head's apposition.
        if out.is_empty() {
            let doc = self.doc;
            if let Some(n) = (h + 1 < doc.tokens.len()).then_some(h + 1).filter(|&n| {
                doc.tokens[n].rel == doc.tokens[h].rel
                    && doc.tokens[n].head == doc.tokens[h].head
                    && doc.tokens[n].upos == Upos::Propn
                    && doc.tokens[h].upos == Upos::Noun
            }) {
                push(self.mention[n], n, &mut out);
            }
        }
        for c in self.doc.children_with(h, Rel::Conj) {
            if matches!(
                self.doc.tokens[c].upos,
                Upos::Noun | Upos::Propn | Upos::Pron
            ) {
                push(self.actor_of_head(c, undergoer), c, &mut out);
            }
        }
        // "The US, Russia, and Switzerland met" parsed with "Russia" in apposition to "the US":
        // one state is never another state's apposition, so a state after a state and a comma
        // is the next member of a list.
        if let Some(first) = out.first().map(|p| self.layer.mentions[p.mention].actor) {
            if self.layer.actors[first].kind == crate::model::ActorKind::State {
                for c in self.doc.children_with(h, Rel::Appos) {
                    let m = self.mention[c].filter(|&m| {
                        let a = self.layer.mentions[m].actor;
                        a != first && self.layer.actors[a].kind == crate::model::ActorKind::State
                    });
                    push(m, c, &mut out);
                }
            }
        }
        out
    }

    /// "The US, Russia, and Switzerland met" parsed with "Switzerland" as a second subject of
    /// "met": the subjects of one verb with no verb between them are one list, and each is a
    /// doer (two subjects across a clause of their own are handled in `tree.rs`).
    pub(super) fn listed_subjects(&self, pred: usize, subj: usize) -> Vec<Part> {
        let doc = self.doc;
        if doc.tokens[subj].head as usize != pred {
            return Vec::new();
        }
        let rel = doc.tokens[subj].rel;
        let mut out = Vec::new();
        for c in doc.children_with(pred, rel) {
            if c == subj || c > pred {
                continue;
            }
            let (a, b) = (subj.min(c), subj.max(c));
            if (a + 1..b).any(|j| matches!(doc.tokens[j].upos, Upos::Verb | Upos::Aux)) {
                continue;
            }
            // Only a list of states: a person's name after an organisation ("Cowen and Company
            // analyst Timothy Arcuri spoke") is a second subject by misparse, not a second doer.
            let state = |p: &Part| {
                self.layer.actors[self.layer.mentions[p.mention].actor].kind
                    == crate::model::ActorKind::State
            };
            if !self.participants(subj, false).iter().any(state) {
                return Vec::new();
            }
            out.extend(self.participants(c, false).into_iter().filter(state));
        }
        out
    }

    /// Is the oblique or nmod headed by `h` set off by a comma before its case word ("…,
    /// with Ugandan troops")?
    pub(super) fn set_off_by_comma(&self, h: usize) -> bool {
        let doc = self.doc;
        let first = doc.children_with(h, Rel::Case).next().unwrap_or(h);
        first.checked_sub(1).is_some_and(|p| {
            doc.tokens[p].rel == Rel::Punct
                && self.text[doc.tokens[p].start as usize..doc.tokens[p].end as usize] == *","
        })
    }

    /// The participants of an oblique or nmod: its own, else a name the parser made a
    /// compound right after the case word ("to | Russia months before the war").
    pub(super) fn oblique_participants(&self, h: usize) -> Vec<Part> {
        let p = self.participants(h, true);
        if !p.is_empty() {
            return p;
        }
        let doc = self.doc;
        // "across the country's north", "on the outskirts of Aleppo": a place noun stands for
        // the actor whose place it is.
        let place = self
            .roles
            .noun(self.lemma(h))
            .or_else(|| self.roles.noun(&self.lower[h]))
            == Some(NounKind::Place);
        if place {
            if let Some(p) = doc
                .children(h)
                .filter(|&c| {
                    doc.tokens[c].rel == Rel::NmodPoss
                        || (doc.tokens[c].rel == Rel::Nmod && case_of(doc, self.text, c) == "of")
                })
                .map(|c| self.participants(c, true))
                .find(|p| !p.is_empty())
            {
                return p;
            }
        }
        let Some(case) = doc.children_with(h, Rel::Case).next() else {
            return p;
        };
        doc.children_with(h, Rel::Compound)
            .filter(|&c| c == case + 1 && c < h)
            .find_map(|c| {
                self.mention[c].map(|m| Part {
                    mention: m,
                    head: c,
                })
            })
            .into_iter()
            .collect()
    }

    /// Is the undergoer a person or group, as the release-type classes require?
    pub(super) fn is_person(&self, h: usize) -> bool {
        self.actor_of_head(h, true).is_some()
            || self
                .participants(h, true)
                .first()
                .is_some_and(|p| self.is_person_mention(p.mention))
            || self.doc.tokens[h].upos == Upos::Pron
            || matches!(
                self.roles
                    .noun(self.lemma(h))
                    .or_else(|| self.roles.noun(&self.lower[h])),
                Some(NounKind::Agent | NounKind::Armed | NounKind::Person)
            )
            || self.quantity_of_people(h)
    }

    /// "arrested hundreds of students", "freed dozens of hostages": a quantity noun
    /// (`quantity` in `nouns.tsv`) whose "of" phrase is people stands for those people.
    fn quantity_of_people(&self, h: usize) -> bool {
        let doc = self.doc;
        self.roles
            .noun(self.lemma(h))
            .or_else(|| self.roles.noun(&self.lower[h]))
            == Some(NounKind::Quantity)
            && doc.children(h).any(|c| {
                matches!(doc.tokens[c].rel, Rel::Nmod | Rel::Obl)
                    && doc
                        .children_with(c, Rel::Case)
                        .any(|k| self.lower[k] == "of")
                    && self.is_person(c)
            })
    }

    /// Whether mention `m` names a person.
    fn is_person_mention(&self, m: usize) -> bool {
        self.layer.actors[self.layer.mentions[m].actor].kind == crate::model::ActorKind::Person
    }

    /// The code an event takes when its undergoer is a person, by the kind of its source
    /// (`recode.tsv`: "Ms Mueller was captured by Isis" is an abduction, not a seizure of
    /// property). A person here is a named person, a personal pronoun or a people noun
    /// ("two suspects", "40 women"), never a place or state.
    pub(super) fn recoded(
        &self,
        cameo: &str,
        sources: &[Part],
        undergoer: Option<usize>,
    ) -> Option<String> {
        let u = undergoer?;
        let src = sources.first()?;
        // "Ms | Mueller": the name may hang below a title the parser made the head.
        // "Ms | Mueller was captured" tagged with "Ms" a common noun and the name a second
        // subject: the name right after the head is its apposition (`participants`).
        let person = match self.mention[u]
            .or_else(|| {
                self.doc
                    .children(u)
                    .filter(|&c| matches!(self.doc.tokens[c].rel, Rel::Flat | Rel::Appos))
                    .find_map(|c| self.mention[c])
            })
            .or_else(|| {
                self.participants(u, true)
                    .first()
                    .map(|p| p.mention)
                    .filter(|&m| self.is_person_mention(m))
            }) {
            Some(m) => {
                self.layer.actors[self.layer.mentions[m].actor].kind
                    == crate::model::ActorKind::Person
            }
            None => {
                matches!(
                    self.lower[u].as_str(),
                    "him" | "her" | "them" | "he" | "she" | "they"
                ) || matches!(
                    self.roles
                        .noun(self.lemma(u))
                        .or_else(|| self.roles.noun(&self.lower[u])),
                    Some(NounKind::Agent | NounKind::Armed | NounKind::Person)
                )
            }
        };
        if !person {
            return None;
        }
        let kind = self.layer.actors[self.layer.mentions[src.mention].actor].kind;
        self.roles.recode_person(cameo, kind).map(str::to_string)
    }

    /// The noun phrase an argument `a` the parser hung an "including" on stands inside
    /// ("three senior members of ISIS, including an aide to al-Baghdadi, were killed" read
    /// with "aide" the subject): the head of the phrase ending before the comma or dash, when
    /// it is a noun.
    pub(super) fn inclusion_host(&self, a: usize) -> Option<usize> {
        let doc = self.doc;
        let inc = doc
            .children_with(a, Rel::Case)
            .find(|&c| self.lower[c] == "including" && c < a)?;
        let sent_first = doc.sentences[doc.sentence_of(a)].first as usize;
        let mut k = inc.checked_sub(1)?;
        while k > sent_first && doc.tokens[k].upos == Upos::Punct {
            k -= 1;
        }
        if k == inc - 1 || doc.tokens[k].upos == Upos::Punct {
            // "including" right after a word: a list, no phrase set off before it.
            return None;
        }
        let mut t = k;
        while let Some(h) = doc.head(t).filter(|&h| {
            h < t
                && matches!(
                    doc.tokens[t].rel,
                    Rel::Nmod | Rel::Flat | Rel::Compound | Rel::Appos | Rel::NmodUnmarked
                )
        }) {
            t = h;
        }
        matches!(doc.tokens[t].upos, Upos::Noun | Upos::Propn).then_some(t)
    }

    /// Whether token `d` (the end of a name) is followed by a possessive marker and a noun:
    /// "Haines' relatives", "Obama's aides". Such a token is a possessor, whatever the parse.
    pub(super) fn possessor_marked(&self, d: usize) -> bool {
        let end = match self.mention[d] {
            Some(m) if self.coref.at(d).is_none() => self.layer.mentions[m].end,
            _ => self.doc.tokens[d].end as usize,
        };
        let Some(k) =
            (d..self.doc.tokens.len()).find(|&k| self.doc.tokens[k].start as usize >= end)
        else {
            return false;
        };
        matches!(self.lower[k].as_str(), "'" | "'s")
            && self
                .doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.upos, Upos::Noun | Upos::Adj))
    }

    /// Whether mention `m` names a state.
    pub(super) fn is_state(&self, m: usize) -> bool {
        let a = self.layer.mentions[m].actor;
        self.layer.actors[a].kind == crate::model::ActorKind::State
    }

    /// Whether token `h` (or the last word of the mention it belongs to) is a `place` noun: a
    /// building, site or vehicle ("the Westgate Mall", "a hotel", "the bus").
    pub(super) fn is_place(&self, h: usize) -> bool {
        let place = |k: usize| {
            self.roles
                .noun(self.lemma(k))
                .or_else(|| self.roles.noun(&self.lower[k]))
                == Some(NounKind::Place)
        };
        if place(h) {
            return true;
        }
        let Some(m) = self.mention[h] else {
            return false;
        };
        let end = self.layer.mentions[m].end;
        (h..self.doc.tokens.len())
            .take_while(|&k| (self.doc.tokens[k].end as usize) <= end)
            .last()
            .is_some_and(place)
    }

    /// The doer of an event noun: its possessor or `by` phrase, else an actor adjective or
    /// compound ("Israeli shelling", "U.S. air strike").
    pub(super) fn nominal_doer(&self, h: usize) -> Vec<Part> {
        let doc = self.doc;
        for c in doc.children(h) {
            let by = matches!(doc.tokens[c].rel, Rel::Nmod) && case_of(doc, self.text, c) == "by";
            if doc.tokens[c].rel == Rel::NmodPoss || by {
                let p = self.participants(c, false);
                if !p.is_empty() {
                    return p;
                }
            }
        }
        // "the Libyan terrorist attack": an armed modifier says who did it, not the nationality.
        if self.armed_modifier(h) {
            return Vec::new();
        }
        // "Syrian government airstrikes hit a town" tagged with "airstrikes" a verb whose subject
        // is "government": a verb is never a subject, so the event noun is a noun and the word
        // right before it that the parser made its subject is its modifier.
        let mistagged = doc.tokens[h].upos == Upos::Verb
            && matches!(doc.tokens[h].rel, Rel::Nsubj | Rel::NsubjPass);
        // The nearest actor modifier, including one inside a compound ("Israeli tank shelling").
        let mut best: Option<Part> = None;
        for c in doc.children(h) {
            let modifier = matches!(doc.tokens[c].rel, Rel::Amod | Rel::Compound)
                || (mistagged
                    && c + 1 == h
                    && matches!(doc.tokens[c].rel, Rel::Nsubj)
                    && doc.tokens[c].upos == Upos::Noun);
            if !modifier {
                continue;
            }
            // "the Paris attacks", "the Moscow talks": a capital before the noun is where the
            // act happened, not who did it.
            if self.site_modifier(c) {
                continue;
            }
            let m = self.mention[c].or_else(|| {
                doc.children(c)
                    .filter(|&g| matches!(doc.tokens[g].rel, Rel::Amod | Rel::Compound))
                    .find_map(|g| self.mention[g])
            });
            if let Some(m) = m {
                best = Some(Part {
                    mention: m,
                    head: c,
                });
            }
        }
        best.into_iter().collect()
    }

    /// Whether object `o` is a thing of the doer's own: its head (no people noun) has a
    /// possessive "its"/"their" and the doer is a state, body or group, which those words
    /// agree with ("protect its borders"; "his"/"her" would be a person's, never the doer's).
    pub(super) fn own_thing(&self, o: Option<usize>, sources: &[Part]) -> bool {
        let Some(o) = o else { return false };
        let doc = self.doc;
        let people = matches!(
            self.roles
                .noun(self.lemma(o))
                .or_else(|| self.roles.noun(&self.lower[o])),
            Some(NounKind::Agent | NounKind::Armed | NounKind::Person)
        );
        let collective = sources.first().is_some_and(|p| {
            let a = &self.layer.actors[self.layer.mentions[p.mention].actor];
            a.kind != crate::model::ActorKind::Person
        });
        !people
            && collective
            && doc.tokens[o].upos == Upos::Noun
            && doc
                .children_with(o, Rel::NmodPoss)
                .any(|c| matches!(self.lower[c].as_str(), "its" | "their"))
    }

    /// Whether `c`, a modifier of an event noun, is the place the act happened: a capital or
    /// seat of government standing before the noun ("the *Paris* attacks", "the *Kabul*
    /// bombing", "the *Pentagon* attack") names the site, not a state acting; a demonym or the
    /// state's name does ("*Russian* strikes", "*US* air strikes").
    pub(super) fn site_modifier(&self, c: usize) -> bool {
        self.doc.tokens[c].rel == Rel::Compound
            && self.mention[c].is_some_and(|m| self.layer.mentions[m].form == MentionForm::Metonym)
    }

    /// The act an undertaking noun's modifier names ("a *bombing* campaign", "a *shelling*
    /// operation"): the event noun (`nominals.tsv`) modifying an `effort` noun (`nouns.tsv`).
    pub(super) fn effort_act(&self, u: usize) -> Option<(usize, Option<&str>)> {
        let doc = self.doc;
        if !self.is_effort(u) {
            return None;
        }
        doc.children(u)
            .filter(|&c| matches!(doc.tokens[c].rel, Rel::Compound | Rel::Amod) && c < u)
            .find_map(|c| {
                self.lex
                    .nominal(&self.lower[c])
                    .or_else(|| self.lex.nominal(self.lemma(c)))
            })
    }

    /// Whether noun `u` is an undertaking (`effort` in nouns.tsv: campaign, operation, mission).
    pub(super) fn is_effort(&self, u: usize) -> bool {
        self.roles
            .noun(self.lemma(u))
            .or_else(|| self.roles.noun(&self.lower[u]))
            == Some(NounKind::Effort)
    }

    /// Whether undergoer `u` of a meeting is someone met: a person or actor, the people of a
    /// quantity ("met a bunch of Orcs", "met dozens of refugees"), or a word of time the parser
    /// took for an object ("met yesterday"); not a thing ("meet the deadline").
    pub(super) fn met_someone(&self, u: usize) -> bool {
        let doc = self.doc;
        self.is_person(u)
            || self.time_word(u)
            || doc
                .children_with(u, Rel::Nmod)
                .filter(|&c| case_of(doc, self.text, c) == "of")
                .any(|c| self.is_person(c))
    }

    /// Whether `h` is a word of time the parser may take for an object ("met yesterday", "met
    /// Monday"): a weekday, a month, a single-word relative day of `data/dates/relative.tsv` or
    /// a noun of time of `data/cues/time_nouns.tsv`.
    pub(super) fn time_word(&self, h: usize) -> bool {
        let w = self.lower[h].as_str();
        let lemma = self.lemma(h);
        crate::dates::is_weekday(w)
            || crate::dates::is_month_name(w)
            || [w, lemma]
                .iter()
                .any(|x| crate::dates::is_relative_word(x) || crate::dates::is_time_noun(x))
    }

    /// Whether event noun `h` has an armed modifier (`armed` in nouns.tsv: "the Libyan
    /// *terrorist* attack", "a Chechen *militant* raid"): the doer is that irregular force, so a
    /// nationality next to it is no state acting.
    pub(super) fn armed_modifier(&self, h: usize) -> bool {
        let doc = self.doc;
        doc.children(h).any(|c| {
            matches!(doc.tokens[c].rel, Rel::Amod | Rel::Compound)
                && self.mention[c].is_none()
                && self
                    .roles
                    .noun(self.lemma(c))
                    .or_else(|| self.roles.noun(&self.lower[c]))
                    == Some(NounKind::Armed)
        })
    }

    /// Whether noun `o` names an act someone does: an event noun of `nominals.tsv` or an `act`
    /// noun of `nouns.tsv` ("the murder of James Foley").
    pub(super) fn act_noun(&self, o: usize) -> bool {
        self.lex.nominal(self.lemma(o)).is_some()
            || self.lex.nominal(&self.lower[o]).is_some()
            || self.roles.noun(self.lemma(o)) == Some(NounKind::Act)
            || self.roles.noun(&self.lower[o]) == Some(NounKind::Act)
    }

    /// Whether noun `o` is an `act` noun of `nouns.tsv`, whose `of` phrase is its victim
    /// ("the murder of James Foley"; unlike "the withdrawal of Serbian forces").
    pub(super) fn victim_noun(&self, o: usize) -> bool {
        self.roles.noun(self.lemma(o)) == Some(NounKind::Act)
            || self.roles.noun(&self.lower[o]) == Some(NounKind::Act)
    }

    /// The doer of act noun `o` named by a `by` phrase, wherever the parser hung it: below the
    /// noun or its `of` phrase ("the murder of journalist James Foley | by the Islamic State")
    /// or on the verb of an active clause, which has no agent of its own.
    pub(super) fn act_author(&self, o: usize, f: &Frame) -> Vec<Part> {
        let doc = self.doc;
        let mut level = vec![o];
        for _ in 0..3 {
            let mut next = Vec::new();
            for &k in &level {
                for c in doc
                    .children(k)
                    .filter(|&c| matches!(doc.tokens[c].rel, Rel::Nmod | Rel::Appos | Rel::Flat))
                {
                    if doc.tokens[c].rel == Rel::Nmod && case_of(doc, self.text, c) == "by" {
                        let p = self.participants(c, false);
                        if !p.is_empty() {
                            return p;
                        }
                    }
                    next.push(c);
                }
            }
            level = next;
        }
        if f.voice == dossier_syntax::frames::Voice::Active {
            for (case, h) in &f.obl {
                if case == "by" {
                    let p = self.participants(*h, false);
                    if !p.is_empty() {
                        return p;
                    }
                }
            }
        }
        Vec::new()
    }

    /// Event nouns need their own arguments to be events.
    /// A possessor or a case nmod ("Iran's transfer", "the transfer of missiles", "strikes on
    /// Kyiv"); an actor adjective or compound alone ("Russia attacks will continue", "a U.S.
    /// airstrike") is not enough.
    pub(super) fn nominal_has_arguments(&self, i: usize) -> bool {
        self.doc.children(i).any(|c| match self.doc.tokens[c].rel {
            Rel::NmodPoss => true,
            Rel::Nmod | Rel::NmodUnmarked => {
                NOMINAL_CASES.contains(&case_of(self.doc, self.text, c).as_str())
            }
            _ => false,
        })
    }
}
