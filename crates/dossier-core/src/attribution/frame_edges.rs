//! Where one statement's content meets another statement's frame, read after every draft is
//! made (the patterns and the tree each bound their own content, blind to the others):
//!
//! - a post-posed frame enclosing a statement ends that statement's content at its own
//!   content's end: in "Tan Shen says she was walking the city …, reports Metro UK" and "A
//!   South Korean government official confirmed the authenticity of the directive, reports The
//!   New York Times", the outlet's frame is no part of what the inner speaker said;
//! - a statement coordinated after another ("North Korean officials have denied that Kim's
//!   public absence is health-related and a United States official … said this week …") ends
//!   the first one's content before the conjunction: the denial does not cover the second
//!   speaker's words, nor is the second speaker relayed by the first. Not for a pronoun or a
//!   belief after the conjunction, which may be the first speaker going on;
//! - a statement inside a fronted subordinate clause ends before the comma closing that clause
//!   when the main clause after it has a speaker and cue of its own: in "While police have not
//!   confirmed the man's identity, sources have told Canada's Globe And Mail … that the main
//!   suspect was Michael Zehaf-Bibeau" (fnc-1866) the sources' words are no part of what police
//!   did not confirm, nor are the sources relayed by the police. Read on the tree: the first
//!   cue sits in an adverbial clause of the second cue;
//! - a predicate coordinated with a verb outside the content ends it: in "U.S. officials have
//!   not publicly confirmed the eleven planes' disappearance, but are reportedly working to track
//!   them down" (fnc-1958) the officials' working is no part of what they did not confirm. Only
//!   after a noun phrase object: after a clause the parser hangs the clause's own second
//!   predicate on the cue too often to trust it.

use super::resolve::is_pronoun_text;
use super::*;
use dossier_syntax::{Rel, Upos};

impl Attributor<'_> {
    /// Cut each draft's content at the frames of the statements around and after it.
    pub(super) fn cut_at_other_frames(&mut self) {
        let t = self.text;
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        for (bi, b) in self.drafts.iter().enumerate() {
            if b.content.0 >= b.content.1 {
                continue;
            }
            let Speaker::Phrase(bs, be) = b.speaker else {
                continue;
            };
            // A frame after its content ("…, reports Metro UK", "…, the Daily Star reported").
            if b.content.1 <= b.cue.0 {
                for ai in self.drafts_containing(b.cue.0, b.cue.1) {
                    let a = &self.drafts[ai];
                    if ai != bi
                        && b.content.0 <= a.cue.0
                        && a.cue.1 <= b.content.1
                        && a.content.0 < b.content.1
                    {
                        cuts.push((ai, b.content.1));
                    }
                }
            }
            // A second speaker after a conjunction, inside a first statement's content: a
            // speaker of its own, named, and a verb of saying. A pronoun may be the first
            // speaker going on ("Tan said she had not planned on staying there long - but she
            // just wanted …") and a belief may be what the first speaker reports ("… and he
            // felt 'violated'"): both stay inside.
            let pronoun = is_pronoun_text(&t[bs..be]);
            let belief = self
                .hit_starting(b.cue.0)
                .is_some_and(|h| matches!(h.class, CueClass::Belief | CueClass::Participle));
            // "79 percent of Democrats said … and 60 percent said …": shares of one poll are
            // its findings together.
            let share = t[bs..be]
                .split(|c: char| !c.is_alphanumeric() && c != '%')
                .any(|w| w.contains('%') || Lexicon::get().shares.contains(&w.to_lowercase()));
            let conj = if pronoun || belief || share {
                None
            } else {
                self.conjunction_before(bs)
            };
            // "While police have not confirmed …, sources have told …": the comma closing a
            // fronted adverbial clause that holds the first cue.
            if !belief && !share {
                for ai in self.drafts_containing(bs, b.cue.1) {
                    let a = &self.drafts[ai];
                    // "According to the Mirror, calling it …, X said that …": the according-to
                    // source relays the speaker after it; that frame stays whole.
                    let relay = self
                        .hit_starting(a.cue.0)
                        .is_some_and(|h| matches!(h.class, CueClass::According | CueClass::Citing));
                    if ai == bi || relay || a.cue.1 > bs || a.content.0 >= bs {
                        continue;
                    }
                    let a_speaker = match a.speaker {
                        Speaker::Phrase(s, _) => Some(s),
                        _ => None,
                    };
                    let sentence_start = self.sentences.get(a.sentence).map_or(0, |x| x.start);
                    let fronted = self.fronted_clause_end(a.cue, b.cue, bs).or_else(|| {
                        self.subordinate_opening(sentence_start, a_speaker?, a.cue, bs)
                    });
                    if let Some(comma) = fronted {
                        if a.content.0 < comma {
                            cuts.push((ai, comma));
                        }
                    }
                }
            }
            if let Some(conj) = conj {
                for ai in self.drafts_containing(bs, b.cue.1) {
                    let a = &self.drafts[ai];
                    let encloses_a = b.content.0 <= a.cue.0 && a.cue.1 <= b.content.1;
                    if ai != bi
                        && a.cue.1 <= conj
                        && a.content.0 < conj
                        && !encloses_a
                        && self.clause_between(a.content.0, conj)
                    {
                        cuts.push((ai, conj));
                    }
                }
            }
        }
        self.apply_cuts(cuts);
    }

    /// Cut a noun phrase content after the cue before a predicate the tree coordinates with a
    /// word before the content (the cue's verb): "confirmed the disappearance, but are working
    /// …". Inside quotations never (a quotation is the speaker's own words).
    pub(super) fn cut_at_coordinated_predicates(&mut self) {
        let Some(doc) = self.doc else { return };
        let t = self.text;
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        for (ai, a) in self.drafts.iter().enumerate() {
            let (s, e) = a.content;
            if s >= e || s < a.cue.1 || in_quote(&self.quotes, s) {
                continue;
            }
            let first = doc.tokens.partition_point(|k| (k.start as usize) < s);
            let last = doc.tokens.partition_point(|k| (k.start as usize) < e);
            // Only a noun phrase object ("confirmed the truce") of a cue that takes one: after
            // a clause, or after "said", the parser hangs the clause's own second predicate on
            // the cue too often ("alleged he was detained by police and held overnight", "said
            // an armoured vehicle and some arms were recovered").
            let lex = Lexicon::get();
            let cue_verb = (doc.tokens.partition_point(|k| (k.start as usize) < a.cue.0)..first)
                .find(|&c| doc.tokens[c].upos == Upos::Verb);
            if cue_verb.is_some_and(|c| lex.clause_verbs.contains(&doc.tokens[c].lemma)) {
                continue;
            }
            let outside = |j: usize| doc.head(j).is_none_or(|h| h < first || h >= last);
            let roots: Vec<usize> = (first..last).filter(|&j| outside(j)).collect();
            let nominal = roots.first().is_some_and(|&r| {
                doc.tokens[r].rel == Rel::Obj
                    && matches!(doc.tokens[r].upos, Upos::Noun | Upos::Propn)
            });
            if !nominal {
                continue;
            }
            // The second predicate is finite ("but are working", "and kicked another man"),
            // not a second complement ("and that five men had been snagged") nor a participle
            // the noun phrase may hold ("and seemingly doused in fuel").
            let coordinated = roots.iter().copied().find(|&j| {
                let k = &doc.tokens[j];
                k.rel == Rel::Conj
                    && matches!(k.upos, Upos::Verb | Upos::Aux)
                    && doc.head(j).is_some_and(|h| h < first)
                    && !in_quote(&self.quotes, k.start as usize)
                    && finite(doc, j)
                    && doc.children_with(j, Rel::Mark).next().is_none()
                    && !plural_verb_of_one(doc, t, j)
            });
            let Some(j) = coordinated else { continue };
            // The coordination starts at its conjunction: "…, but are reportedly working".
            let Some(cc) = doc.children_with(j, Rel::Cc).find(|&c| c >= first && c < j) else {
                continue;
            };
            // Nothing finite before it: "said the officer shot Brown … and again as he ran
            // away" is a clause the parser split.
            if (first..cc).any(|i| finite_word(doc, i)) {
                continue;
            }
            let at = doc.tokens[cc].start as usize;
            if at > s {
                cuts.push((ai, at));
            }
        }
        self.apply_cuts(cuts);
    }

    /// End each draft `ai` of `cuts` at byte `at` (when inside its content), without the
    /// punctuation before it.
    fn apply_cuts(&mut self, cuts: Vec<(usize, usize)>) {
        let t = self.text;
        for (ai, at) in cuts {
            let (s, e) = self.drafts[ai].content;
            if at <= s || at >= e {
                continue;
            }
            let kept = t[s..at].trim_end().trim_end_matches([',', ';', ' ', '—']);
            self.drafts[ai].content = (s, s + kept.len());
        }
    }

    /// The byte where a coordinating conjunction right before byte `at` (a comma between
    /// allowed) starts: "… health-related and a United States official …".
    fn conjunction_before(&self, at: usize) -> Option<usize> {
        let before = self.text[..at].trim_end();
        let word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = before[word_start..].to_lowercase();
        if !Lexicon::get().conjunctions.contains(&word) {
            return None;
        }
        let pre = self.text[..word_start].trim_end();
        Some(pre.strip_suffix(',').map_or(pre.len(), str::len))
    }

    /// The comma right before speaker phrase `bs` when cue `a` lies in an adverbial clause the
    /// parse hangs on cue `b` ("While police have not confirmed …, sources have told …"), as a
    /// byte offset; else none.
    fn fronted_clause_end(&self, a: (usize, usize), b: (usize, usize), bs: usize) -> Option<usize> {
        let doc = self.doc?;
        let before = self.text[..bs].trim_end();
        let comma = before.strip_suffix(',').map(str::len)?;
        let ai = doc.token_starting_at(a.0)?;
        let bi = doc.token_starting_at(b.0)?;
        let mut k = ai;
        for _ in 0..8 {
            let g = doc.head(k)?;
            if doc.tokens[k].rel == Rel::Advcl {
                return (g == bi && (doc.tokens[k].start as usize) < comma).then_some(comma);
            }
            if g == bi {
                return None;
            }
            k = g;
        }
        None
    }

    /// Without the tree's adverbial clause (the parser often hangs the main clause on the
    /// fronted one): the sentence opens with a subordinator of `openers.tsv` ("While",
    /// "Although") and at most three words before the first speaker at `a_speaker`, and the
    /// comma right before speaker `bs` is the first after the first cue `a`.
    fn subordinate_opening(
        &self,
        sentence_start: usize,
        a_speaker: usize,
        a: (usize, usize),
        bs: usize,
    ) -> Option<usize> {
        let t = self.text;
        if a_speaker < sentence_start || a.1 > bs {
            return None;
        }
        let opening: Vec<String> = t[sentence_start..a_speaker]
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let first = opening.first()?;
        if opening.len() > 3 || !Lexicon::get().subordinators.contains(first) {
            return None;
        }
        let comma = t[..bs].trim_end().strip_suffix(',').map(str::len)?;
        (t[a.1..comma].find(',').is_none() && !t[a.1..comma].contains(['.', ';'])).then_some(comma)
    }

    /// Does the text from byte `s` to `e` hold a clause: a verb or auxiliary by the tagger?
    /// Without the tree, never ("police and soldiers said" stays one subject).
    fn clause_between(&self, s: usize, e: usize) -> bool {
        let Some(doc) = self.doc else { return false };
        let from = doc.tokens.partition_point(|k| (k.start as usize) < s);
        doc.tokens[from..]
            .iter()
            .take_while(|k| (k.end as usize) <= e)
            .any(|k| matches!(k.upos, Upos::Verb | Upos::Aux))
    }
}

/// Is token `i` a finite verb or auxiliary by its tag ("confirmed", "are", "will")?
fn finite_word(doc: &dossier_syntax::Doc, i: usize) -> bool {
    super::phrase_checks::is_finite(&doc.tokens[i])
}

/// Is predicate `j` finite: by its own tag or by an auxiliary of its own ("are working")?
fn finite(doc: &dossier_syntax::Doc, j: usize) -> bool {
    finite_word(doc, j)
        || doc
            .children(j)
            .any(|c| matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass) && finite_word(doc, c))
}

/// Does predicate `j` take a plural auxiliary with a singular subject ("Saja Dulaimi, Baghdadi's
/// ex-wife and her daughter were arrested")? Then its subject is coordinated with the noun
/// phrase before the conjunction: one clause, split by the parser.
fn plural_verb_of_one(doc: &dossier_syntax::Doc, text: &str, j: usize) -> bool {
    let plural_aux = std::iter::once(j)
        .chain(
            doc.children(j)
                .filter(|&c| matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass | Rel::Cop)),
        )
        .any(|c| {
            let k = &doc.tokens[c];
            matches!(k.lemma.as_str(), "be" | "have") && k.xpos.as_str() == "VBP"
                || text[k.start as usize..k.end as usize].eq_ignore_ascii_case("were")
        });
    plural_aux
        && doc
            .children(j)
            .filter(|&c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass))
            .any(|c| matches!(doc.tokens[c].xpos.as_str(), "NN" | "NNP"))
}
