//! Which person a description stands for, split from `parts.rs`: a demonym heading its phrase
//! names persons of its state, and a bare or indefinite description in a headline or lede
//! ("British diplomat praises Obama's presidency", "A Palestinian minister lashed out at
//! Israel") is the person the next sentences name with that title or post ("… British diplomat
//! Sir Peter Westmacott", "Mufid al-Hasaynah, minister of Housing …").

use super::{Coder, Rel, Upos};
use crate::actors::MentionForm;
use crate::events::roles::NounKind;
use crate::model::ActorKind;

/// Sentences after a bare or indefinite description in which the person it introduces is named.
const NAMED_WITHIN: usize = 2;

/// Sentences around a definite description ("the prince") in which its person is named.
const DEFINITE_WITHIN: usize = 4;

impl Coder<'_> {
    /// Whether the demonym mention `m` heading the phrase at `h` names persons of its state
    /// rather than the state: anything but a definite plural ("a Saudi", "the Briton", "two
    /// Britons", "Americans"; not "the Americans"). A coreference link to a demonym is no
    /// demonym at `h`.
    pub(super) fn demonym_person(&self, h: usize, m: usize) -> bool {
        let men = &self.layer.mentions[m];
        let tok = &self.doc.tokens[h];
        if men.form != MentionForm::Demonym || !(men.start..men.end).contains(&(tok.start as usize))
        {
            return false;
        }
        let definite = self
            .doc
            .children_with(h, Rel::Det)
            .any(|d| self.lower[d] == "the");
        let counted = self
            .doc
            .children(h)
            .any(|c| self.doc.tokens[c].rel == Rel::Nummod);
        !(definite && !counted && self.plural(h))
    }

    /// Whether mention `m` names a private person: a person with no post written in the text
    /// ("Bary", "Paul Horner, who attends …") or only a people noun for one ("an Iraqi
    /// national", "a British student": `person` in nouns.tsv), and no post the lexicon the layer was
    /// built with gives ("Putin": the president, named without his title).
    pub(super) fn private_person(&self, m: usize) -> bool {
        let ai = self.layer.mentions[m].actor;
        let a = &self.layer.actors[ai];
        // The role's own description ends before the first word that may follow one ("woman
        // who …", "professor at Tokyo's Waseda University", "man known to be the ISIS militant:
        // …": `follower` in words.tsv) or a colon; a people noun there ("woman", "man",
        // "rapper": `person` in nouns.tsv) or an armed-group noun ("militant") is no post, so
        // "Bary traveled to Syria" is a private person's trip, not a visit. Any other noun
        // ("President", "Government spokeswoman") is a post.
        let post = a.role.as_deref().is_some_and(|r| {
            let own: Vec<String> = r
                .split_whitespace()
                .map(|w| w.to_lowercase())
                .take_while(|w| !self.actor_lex.is_follower(w) && !w.contains(':'))
                .collect();
            let people = |w: &str| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                matches!(self.roles.noun(w), Some(NounKind::Person | NounKind::Armed))
            };
            match own.last() {
                Some(_) => !own.iter().any(|w| people(w)),
                None => {
                    let head = r.rsplit(' ').next().unwrap_or(r).to_lowercase();
                    self.roles.noun(&head) != Some(NounKind::Person)
                }
            }
        });
        a.kind == ActorKind::Person && !post && !self.layer.holds_office(ai)
    }

    /// The mention of the named person a common-noun description at `h` stands for: a singular
    /// noun with no determiner or an article ("British diplomat", "a Palestinian minister", "the
    /// prince") that names no one itself (or only an unnamed person of this document), whose
    /// word is a title or post of exactly one named person mentioned near it — after it for a
    /// bare or indefinite description (the lede names whom the headline describes), before or
    /// after it for a definite one — and whose nationality, if it has one, is that person's
    /// country when known.
    pub(super) fn described_person(&self, h: usize) -> Option<usize> {
        let doc = self.doc;
        let tok = &doc.tokens[h];
        let word = &self.lower[h];
        if tok.upos != Upos::Noun
            || self.plural(h)
            || self.text[tok.start as usize..tok.end as usize] != **word
            || self.coref.at(h).is_some()
        {
            return None;
        }
        // The unnamed person the layer made of the description keeps its country ("a
        // Palestinian minister": PSE).
        let mut unnamed_country = None;
        if let Some(m) = self.mention[h] {
            let a = &self.layer.actors[self.layer.mentions[m].actor];
            if a.kind != ActorKind::Person || !a.id.contains('@') {
                return None;
            }
            unnamed_country = a.country.as_deref();
        }
        // "e-Bay founder Pierre Omidyar": a title right before a name is that name's, whatever
        // the parser hung on it.
        if doc.tokens.get(h + 1).is_some_and(|t| t.upos == Upos::Propn)
            && self.mention.get(h + 1).copied().flatten().is_some()
        {
            return None;
        }
        let mut definite = false;
        for c in doc.children(h) {
            match doc.tokens[c].rel {
                Rel::Det => match self.lower[c].as_str() {
                    "a" | "an" => {}
                    "the" => definite = true,
                    _ => return None,
                },
                Rel::NmodPoss | Rel::Nummod | Rel::Flat | Rel::Appos => return None,
                _ => {}
            }
        }
        // A post ("diplomat", "minister", "pilot": a people noun of `nouns.tsv`) is matched in
        // a person's role or name; any other word only as a title written in a name ("Prince
        // Alwaleed", "King Abdullah").
        let post = matches!(
            self.roles
                .noun(self.lemma(h))
                .or_else(|| self.roles.noun(word)),
            Some(NounKind::Agent | NounKind::Person)
        );
        // The nationality the description gives ("British", "Palestinian", "of Chad").
        let state = doc
            .children(h)
            .filter(|&c| matches!(doc.tokens[c].rel, Rel::Amod | Rel::Compound | Rel::Nmod))
            .filter_map(|c| self.mention[c])
            .map(|m| &self.layer.actors[self.layer.mentions[m].actor])
            .find(|a| a.kind == ActorKind::State)
            .map(|a| a.id.as_str())
            .or(unnamed_country);
        let here = doc.sentence_of(h);
        let (lo, hi) = if definite {
            (here.saturating_sub(DEFINITE_WITHIN), here + DEFINITE_WITHIN)
        } else {
            (here, here + NAMED_WITHIN)
        };
        let from = doc.sentences.get(lo)?.start as usize;
        let to = doc.sentences.get(hi.min(doc.sentences.len() - 1))?.end as usize;
        let words = |s: &str| {
            s.split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        };
        let at = tok.start as usize;
        let mut best: Option<(usize, usize)> = None; // (distance, mention)
        let mut who: Vec<&str> = Vec::new();
        for (k, m) in self.layer.mentions.iter().enumerate() {
            if m.start < from || m.end > to || m.form == MentionForm::Pronoun {
                continue;
            }
            // A bare or indefinite description is named in a later sentence (a title right
            // before a name in its own sentence is the layer's: "founder Pierre Omidyar").
            if !definite && (m.start < at || m.start < doc.sentences[here].end as usize) {
                continue;
            }
            let a = &self.layer.actors[m.actor];
            let named = a.kind == ActorKind::Person
                && !a.id.contains('@')
                && a.name.chars().next().is_some_and(char::is_uppercase);
            // A role is matched on its first or last word, where the post is written ("minister
            // of Housing …", "Islamic State leader"; not "head field doctor in the town").
            let role_post = a.role.as_deref().is_some_and(|r| {
                let w = words(r);
                let w: Vec<&String> = w.iter().filter(|x| !x.is_empty()).collect();
                w.first().is_some_and(|f| *f == word) || w.last().is_some_and(|l| *l == word)
            });
            // A role that is the word itself is a title ("King" Abdullah: "the late king").
            let title_role = a
                .role
                .as_deref()
                .is_some_and(|r| r.eq_ignore_ascii_case(word));
            let titled =
                named && (words(&a.name).contains(word) || title_role || (post && role_post));
            let same_state = match (state, a.country.as_deref()) {
                (Some(s), Some(c)) => s == c,
                _ => true,
            };
            if !titled || !same_state {
                continue;
            }
            if !who.contains(&a.name.as_str()) {
                who.push(&a.name);
            }
            let distance = m.start.abs_diff(at);
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, k));
            }
        }
        // Two people with that title ("Prince Alwaleed", "Prince Charles"): which one is not
        // told, unless they are one person written two ways (a name word in common).
        let one = who.iter().all(|n| {
            words(n)
                .iter()
                .any(|w| w.len() > 3 && w != word && words(who[0]).contains(w))
        });
        best.filter(|_| one).map(|(_, k)| k)
    }

    /// The words naming participant `p` here when it is a person named in another sentence
    /// ([`Coder::described_person`]): the description's determiner and modifiers to its head
    /// ("British diplomat"), so the event's mention stays inside its evidence.
    pub(super) fn description_span(&self, p: &super::Part) -> Option<(usize, usize)> {
        let doc = self.doc;
        let m = &self.layer.mentions[p.mention];
        let s = &doc.sentences[doc.sentence_of(p.head)];
        if m.start >= s.start as usize && m.end <= s.end as usize {
            return None;
        }
        let first = doc
            .children(p.head)
            .filter(|&c| c < p.head)
            .filter(|&c| matches!(doc.tokens[c].rel, Rel::Det | Rel::Amod | Rel::Compound))
            .min()
            .unwrap_or(p.head);
        Some((
            doc.tokens[first].start as usize,
            doc.tokens[p.head].end as usize,
        ))
    }
}
