//! The doer as the report around a trigger gives it: the subject of the clause that reports
//! or controls it, an actor announcing its own act ("Hungary has said it will support"), and
//! what a subject pronoun stands for when the nearest subject before it says so.

use super::{Coder, Part};
use crate::events::roles::{LemmaKind, NounKind};
use dossier_syntax::frames::Frame;
use dossier_syntax::{Rel, Upos};

impl Coder<'_> {
    /// The subjects of the clauses that report or control `pred`, nearest first (through
    /// ccomp, xcomp, conj and parataxis, up to four levels).
    fn reporting_subjects(&self, pred: usize) -> impl Iterator<Item = usize> + '_ {
        let doc = self.doc;
        let mut k = pred;
        (0..4)
            .map_while(move |_| {
                let rel = doc.tokens[k].rel;
                let h = doc.head(k)?;
                if !matches!(rel, Rel::Ccomp | Rel::Xcomp | Rel::Conj | Rel::Parataxis) {
                    return None;
                }
                k = h;
                Some(doc.children(h).find(|&c| doc.tokens[c].rel.is_subject()))
            })
            .flatten()
    }

    /// The participants of the subject of the clause that reports or controls `pred`: the
    /// nearest such subject that names someone.
    pub(super) fn reporting_subject(&self, pred: usize) -> Vec<Part> {
        self.reporting_subjects(pred)
            .map(|s| self.participants(s, false))
            .find(|p| !p.is_empty())
            .unwrap_or_default()
    }

    /// The body named in the title of the reporting clause's subject ("Pentagon spokesman
    /// John Kirby said": the name heads its phrase, the title hangs on it as `nmod:desc`):
    /// the actors that are no person, empty when the subject has no such title.
    pub(super) fn titled_speaker_body(&self, pred: usize) -> Vec<Part> {
        let doc = self.doc;
        let Some(s) = self.reporting_subjects(pred).next() else {
            return Vec::new();
        };
        doc.children_with(s, Rel::NmodDesc)
            .flat_map(|t| self.participants(t, false))
            .filter(|p| {
                let a = self.layer.mentions[p.mention].actor;
                self.layer.actors[a].kind != crate::model::ActorKind::Person
            })
            .collect()
    }

    /// The person a quoted "he"/"she" at `d` stands for when the actor layer took it for the
    /// quotation's own speaker (`speaker`): the nearest person named (not by a pronoun) before
    /// the quotation (`before`, a byte offset), from two sentences back, whose given name does
    /// not tell the other gender. With that person's gender unknown and another candidate in
    /// reach, none: the text does not say.
    pub(super) fn quoted_pronoun_person(
        &self,
        d: usize,
        speaker: &str,
        before: usize,
    ) -> Option<Part> {
        use crate::actors::MentionForm;
        use crate::lexicon::Gender;
        use crate::model::ActorKind;
        let doc = self.doc;
        let want = match self.lower[d].as_str() {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => return None,
        };
        let sent = doc.sentence_of(d);
        let from = doc.tokens[doc.sentences[sent.saturating_sub(2)].first as usize].start as usize;
        let to = before.min(doc.tokens[d].start as usize);
        let gender = |a: &crate::actors::ActorEntry| {
            let first = a
                .name
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            self.actor_lex.given_name_gender(&first)
        };
        let mut seen: Vec<usize> = Vec::new();
        let mut best: Option<(usize, Gender)> = None;
        let ms = &self.layer.mentions;
        let lo = ms.partition_point(|m| m.start < from);
        let hi = ms.partition_point(|m| m.start < to);
        for k in (lo..hi).rev() {
            let m = &ms[k];
            let a = &self.layer.actors[m.actor];
            if a.kind != ActorKind::Person
                || a.id == speaker
                || !matches!(m.form, MentionForm::Name | MentionForm::Surname)
                || self.layer.unnamed.contains(&m.actor)
                || seen.contains(&m.actor)
            {
                continue;
            }
            let g = gender(a);
            if g != Gender::Unknown && g != want {
                continue;
            }
            seen.push(m.actor);
            match best {
                None => best = Some((k, g)),
                // The nearest one's gender unknown, a second candidate: who is meant is open.
                Some((_, Gender::Unknown)) => return None,
                Some(_) => break,
            }
        }
        best.map(|(k, _)| Part {
            mention: k,
            head: d,
        })
    }

    /// "Hungary has said it will support the resolution": a predicate under a modal of
    /// commitment (`lemmas.tsv`), in the clausal complement of a verb whose subject is the
    /// event's own source, announces the source's intent (`negated`: "said it would not
    /// meet" announces a refusal), not when someone else reports the act ("Kyiv said Russia
    /// will attack").
    pub(super) fn self_announced(&self, f: &Frame, sources: &[Part], negated: bool) -> bool {
        let doc = self.doc;
        let pred = f.pred;
        if f.negated != negated
            || !f
                .modals
                .iter()
                .any(|m| self.roles.lemma_is(m, LemmaKind::Commitment))
            || doc.tokens[pred].rel != Rel::Ccomp
        {
            return false;
        }
        let Some(src) = sources.first() else {
            return false;
        };
        let src_actor = self.layer.mentions[src.mention].actor;
        let Some(h) = doc.head(pred) else {
            return false;
        };
        doc.children(h)
            .filter(|&c| doc.tokens[c].rel.is_subject())
            .flat_map(|c| self.participants(c, false))
            .any(|p| self.layer.mentions[p.mention].actor == src_actor)
    }

    /// Whether the doer of `f` is a personal pronoun in the clausal complement of a verb whose
    /// subject is a common noun of the same number that names no actor ("His captors …, saying
    /// they would execute him"): the pronoun is that speaker, whoever the actor layer linked it
    /// to.
    pub(super) fn pronoun_of_unnamed_speaker(&self, f: &Frame) -> bool {
        let doc = self.doc;
        let Some(d) = f.doer() else { return false };
        if doc.tokens[d].upos != Upos::Pron || doc.tokens[f.pred].rel != Rel::Ccomp {
            return false;
        }
        let plural_pron = matches!(self.lower[d].as_str(), "they" | "we");
        let singular_pron = matches!(self.lower[d].as_str(), "he" | "she");
        if !plural_pron && !singular_pron {
            return false;
        }
        let Some(h) = doc.head(f.pred) else {
            return false;
        };
        let unnamed = |s: usize| {
            doc.tokens[s].upos == Upos::Noun
                && self.mention[s].is_none()
                && self.participants(s, false).is_empty()
                && self.plural(s) == plural_pron
        };
        let hf = dossier_syntax::frames::frame_of(doc, self.text, h);
        if hf.subj.is_some_and(unnamed) {
            return true;
        }
        // A participle ("…, saying they would …") speaks for the subject of its sentence's main
        // clause, wherever the parser hung it.
        if doc.tokens[h].xpos != "VBG" {
            return false;
        }
        let mut root = h;
        while let Some(up) = doc.head(root) {
            root = up;
        }
        root != h
            && doc
                .children(root)
                .find(|&c| doc.tokens[c].rel.is_subject())
                .is_some_and(unnamed)
    }

    /// The subject of an adverbial clause that comes before the pronoun doer `d` of `pred` in
    /// the same sentence ("After the insurgents surrounded the Iraqi soldiers, they used chlorine
    /// gas"): the nearest subject before the pronoun, which it stands for when they agree. The
    /// clause is an adverbial clause of `pred`, or the head `pred` hangs from when the parser
    /// made the subordinate clause (one with a marker: "after", "when", "as") the head and the
    /// main clause its parataxis or conjunct. A subject after the pronoun is no antecedent.
    fn adverbial_subject_before(&self, pred: usize, d: usize) -> Option<usize> {
        let doc = self.doc;
        let misparsed_head = doc
            .head(pred)
            .filter(|_| matches!(doc.tokens[pred].rel, Rel::Parataxis | Rel::Conj))
            .filter(|&h| doc.children_with(h, Rel::Mark).next().is_some());
        doc.children_with(pred, Rel::Advcl)
            .chain(misparsed_head)
            .filter(|&c| c < d)
            .filter_map(|c| doc.children(c).find(|&k| doc.tokens[k].rel.is_subject()))
            .filter(|&s| s < d)
            .max()
    }

    /// What a subject pronoun stands for when the nearest subject before it says so, whatever
    /// the actor layer resolved it to: the subject of the reporting clause for a reported
    /// clause ("militants declared they would attack American targets"), the subject of the
    /// previous sentence's main clause for a pronoun opening its sentence ("The group launched
    /// an attack on a town. They also beheaded six victims"), the subject of an adverbial clause
    /// before the pronoun ("After the insurgents surrounded the soldiers, they used chlorine
    /// gas"). `Some(participants)` when that subject agrees with the pronoun (they: a plural
    /// noun or a body; he/she: a person; it: a body), empty when it is a people noun naming no
    /// actor ("Parents marched to the site. They blocked highways": nobody to code); `None`
    /// when nothing overrides.
    pub(super) fn pronoun_override(&self, f: &Frame) -> Option<Vec<Part>> {
        use crate::model::ActorKind;
        let doc = self.doc;
        let d = f.doer()?;
        if doc.tokens[d].upos != Upos::Pron {
            return None;
        }
        let pron = self.lower[d].as_str();
        if !matches!(pron, "they" | "he" | "she" | "it") {
            return None;
        }
        let sent = doc.sentence_of(d);
        let first = doc.sentences[sent].first as usize;
        let opening = (first..d).all(|k| {
            matches!(
                doc.tokens[k].upos,
                Upos::Cconj | Upos::Adv | Upos::Punct | Upos::Sconj
            )
        });
        let subject = if doc.tokens[f.pred].rel == Rel::Ccomp {
            let h = doc.head(f.pred)?;
            dossier_syntax::frames::frame_of(doc, self.text, h).subj?
        } else if let Some(s) = self.adverbial_subject_before(f.pred, d) {
            s
        } else if opening && pron != "it" && doc.head(f.pred).is_none() && sent > 0 {
            let root = doc.root(sent - 1)?;
            // A noun root is a subject whose verb the parser lost ("Parents of the students |
            // attempted to reach the site").
            doc.children(root)
                .find(|&c| doc.tokens[c].rel.is_subject())
                .or_else(|| (doc.tokens[root].upos == Upos::Noun).then_some(root))?
        } else {
            return None;
        };
        if doc.tokens[subject].upos == Upos::Pron {
            return None;
        }
        let parts = self.participants(subject, false);
        if let Some(p) = parts.first() {
            let kind = self.layer.actors[self.layer.mentions[p.mention].actor].kind;
            let fits = match pron {
                "they" => kind != ActorKind::Person || parts.len() > 1 || self.plural(subject),
                "he" | "she" => kind == ActorKind::Person && parts.len() == 1,
                _ => kind != ActorKind::Person && parts.len() == 1,
            };
            return fits.then_some(parts);
        }
        let people = matches!(
            self.roles
                .noun(self.lemma(subject))
                .or_else(|| self.roles.noun(&self.lower[subject])),
            Some(NounKind::Agent | NounKind::Armed | NounKind::Person)
        );
        let agrees = match pron {
            "they" => self.plural(subject),
            "he" | "she" => !self.plural(subject),
            _ => false,
        };
        (doc.tokens[subject].upos == Upos::Noun && people && agrees).then(Vec::new)
    }
}
