//! Checks on a trigger and its frame before its arguments are read, split from `tree.rs`'s
//! coding function: words that report no act (state verbs, a title before a name, a wish, an
//! attributive gerund, a noun read as a verb) and the parser's slips mended in the frame
//! (object control, a time word as an object or subject, a second subject, an inclusion).

use super::*;
use dossier_syntax::frames::Frame;

impl Coder<'_> {
    /// Why the trigger at `i` reports no act, whatever its arguments, if it does not.
    pub(super) fn trigger_guard(&self, i: usize) -> Option<&'static str> {
        let doc = self.doc;
        let verbal = doc.tokens[i].upos == Upos::Verb;
        if verbal && self.roles.lemma_is(self.lemma(i), LemmaKind::State) {
            return Some("state verb");
        }
        // A role noun tagged as a verb right before a person's name is the name's title
        // ("ranted to host Greta van Susteren"), not an act (`title` in `lemmas.tsv`).
        if verbal
            && self.roles.lemma_is(&self.lower[i], LemmaKind::Title)
            && self.mention.get(i + 1).copied().flatten().is_some_and(|m| {
                let a = self.layer.mentions[m].actor;
                self.layer.actors[a].kind == crate::model::ActorKind::Person
            })
        {
            return Some("title before a name");
        }
        if verbal && self.wish(i) {
            return Some("a wish (may before its subject)");
        }
        if verbal && self.attributive_gerund(i) {
            return Some("attributive gerund before a noun");
        }
        // "During an MGM Resorts International earnings call, …" misparsed with "call" as the
        // verb: a determiner before the word is a noun's, and no verb takes one.
        if verbal
            && doc
                .children_with(i, Rel::Det)
                .any(|c| c < i && doc.tokens[c].upos == Upos::Det)
        {
            return Some("noun read as a verb (determiner before it)");
        }
        None
    }

    /// The frame of the predicate at `i`, with the parser's known slips mended.
    pub(super) fn repaired_frame(&self, i: usize) -> Frame {
        let doc = self.doc;
        let mut f = frame_of(doc, self.text, i);
        // "Turkey would not allow Kurdish fighters to cross": the parser may hang the controlled
        // noun as an indirect object; it is the complement's subject (object control), not the
        // controller's subject.
        if f.subj_from == dossier_syntax::frames::SubjectFrom::Inherited
            && doc.tokens[i].rel == Rel::Xcomp
        {
            if let Some(h) = doc.head(i) {
                if doc.children_with(h, Rel::Obj).next().is_none() {
                    if let Some(io) = doc.children_with(h, Rel::Iobj).next() {
                        f.subj = Some(io);
                    }
                }
            }
        }
        // "the city of Mosul, which ISIS forces took over this summer" misparsed with "this
        // summer" as a second object: a word of time is no object; the relative pronoun stands
        // for the noun the clause modifies.
        if doc.tokens[i].rel == Rel::AclRelcl
            && f.obj.is_some_and(|o| o > i && self.time_word(o))
            && doc
                .children_with(i, Rel::Obj)
                .any(|c| c < i && matches!(doc.tokens[c].xpos.as_str(), "WDT" | "WP"))
        {
            f.obj = doc.head(i);
        }
        // "Turkish troops shelled the town, and Russia condemned Turkey" misparsed with both
        // subjects on "condemned": the actor subject nearest before the verb is its own.
        if let Some(s) = f
            .subj
            .filter(|&s| s < i && doc.tokens[s].head as usize == i)
        {
            if let Some(n) = doc
                .children(i)
                .filter(|&c| c > s && c < i && doc.tokens[c].rel == doc.tokens[s].rel)
                // A clause of its own in between, not a list of subjects ("The US, Russia,
                // and Switzerland met").
                .filter(|&c| (s + 1..c).any(|j| doc.tokens[j].upos == Upos::Verb))
                .filter(|&c| !self.participants(c, false).is_empty())
                .last()
            {
                f.subj = Some(n);
            }
        }
        // "Also Tuesday, Syrian government airstrikes hit a town" with "Tuesday" made a second
        // subject: a weekday or month name is when, never who; the other subject is the doer.
        if let Some(s) = f.subj.filter(|&s| {
            doc.tokens[s].head as usize == i
                && (crate::dates::is_weekday(&self.lower[s])
                    || crate::dates::is_month_name(&self.lower[s]))
        }) {
            if let Some(n) = doc
                .children(i)
                .filter(|&c| c != s && c < i && doc.tokens[c].rel == doc.tokens[s].rel)
                .last()
            {
                f.subj = Some(n);
            }
        }
        // "three senior members of ISIS, including an aide to al-Baghdadi, were killed" read
        // with "aide" the subject: the argument is the phrase the inclusion is set off from.
        for arg in [&mut f.subj, &mut f.obj] {
            if let Some(h) = arg.and_then(|a| self.inclusion_host(a)) {
                *arg = Some(h);
            }
        }
        f
    }
}
