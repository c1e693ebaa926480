//! Noun-phrase contents read on the tree. A cue of class `object` (`data/cues/verbs.tsv`:
//! "condemned", "called for", "denied", "ruled out") takes a position on a thing: the word
//! patterns gave it the rest of the clause as content ("condemned the strike on Monday, and
//! …"). With the Doc the content is the cue verb's argument — its object, or the oblique whose
//! preposition ends a multi-word cue ("called *for* …", "railed *against* …") — with what
//! completes the position after it: an `as`/`for`/`of`/`to` phrase or clause ("dismissed the
//! claims *as baseless*", "blamed Iran *for the attack*", "urged Iran *to withdraw*"), a second
//! predicate ("called the vote *a sham*"), an oblique the parser split off the argument ("the
//! separatists *in Ukraine who …*"); a time phrase ("on Sunday") stays out. Without a clause
//! the statement's mode is [`Mode::Nominal`]: its content names a thing and states no
//! proposition. A cue verb the tree gives neither an argument nor a clause, followed by a
//! preposition, particle or punctuation, is no statement ("slammed into a wall", "backed
//! out"), nor is a verb of `data/cues/predicative.tsv` without its second predicate ("called a
//! meeting", "a site called BluCollector"); a clausal complement ("denied that …"), a cue
//! ending in a noun ("expressed concern") or an argument the parse leaves before a conjunction
//! or infinitive keeps the patterns' reading.

use super::complements::span_of;
use super::*;
use dossier_syntax::{Doc, Rel, Upos};

/// Prepositions (or an infinitive's "to") of an oblique or clause that completes a nominal
/// position after the object.
const COMPLETING: &[&str] = &["as", "for", "of", "to"];

const PREDICATIVE: &str = include_str!("../../../../data/cues/predicative.tsv");

/// Lemmas of `predicative.tsv`: their object needs a second predicate to be a statement.
pub(super) fn predicative(lemma: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        PREDICATIVE
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect()
    })
    .contains(lemma)
}

/// How the tree reads an `object` cue.
pub(super) enum Reading {
    /// A noun-phrase argument (tokens), and whether a clause completes it ("urged Iran *to
    /// withdraw*": the content is then no longer a bare noun phrase).
    Argument(std::ops::Range<usize>, bool),
    /// A clausal complement: the patterns' reading stands.
    Clause,
    /// Nothing the verb governs says anything.
    Nothing,
}

/// The content of an `object` cue at token `ci` whose cue words end with `last` (lower case)
/// at byte `cue_end`.
pub(super) fn argument(doc: &Doc, text: &str, ci: usize, cue_end: usize, last: &str) -> Reading {
    let kids: Vec<usize> = doc.children(ci).filter(|&j| j > ci).collect();
    if kids.iter().any(|&j| {
        matches!(doc.tokens[j].rel, Rel::Ccomp | Rel::Xcomp | Rel::Parataxis)
            && matches!(doc.tokens[j].upos, Upos::Verb | Upos::Aux)
    }) {
        return Reading::Clause;
    }
    let case_of = |j: usize| {
        doc.children_with(j, Rel::Case)
            .next()
            .map(|k| doc.form(text, k).to_lowercase())
    };
    // The cue's last word: the verb itself, a particle ("ruled *out*": the object is the
    // verb's), a preposition ("called *for*": the oblique it opens), or a noun ("expressed
    // *concern*", "voiced *alarm*": "about …" hangs on the noun — the patterns' reading stays).
    let end = doc.tokens[ci..]
        .iter()
        .position(|t| t.end as usize >= cue_end)
        .map_or(ci, |k| ci + k);
    let multi = end > ci && doc.tokens[end].rel != Rel::CompoundPrt;
    if multi && !matches!(doc.tokens[end].upos, Upos::Adp | Upos::Part | Upos::Sconj) {
        return Reading::Clause;
    }
    // "boasted of aborting …", "called for reducing …": a clause opened by the cue's
    // preposition.
    if multi
        && kids.iter().any(|&j| {
            matches!(doc.tokens[j].upos, Upos::Verb | Upos::Aux)
                && doc
                    .children(j)
                    .any(|k| matches!(doc.tokens[k].rel, Rel::Mark | Rel::Case) && k < j)
                && case_of(j)
                    .or_else(|| {
                        doc.children_with(j, Rel::Mark)
                            .next()
                            .map(|k| doc.form(text, k).to_lowercase())
                    })
                    .is_some_and(|c| c == last)
        })
    {
        return Reading::Clause;
    }
    let Some(arg) = kids.iter().copied().find(|&j| {
        let t = &doc.tokens[j];
        if multi {
            // "called for a ban": the oblique of the cue's own preposition.
            matches!(t.rel, Rel::Obl | Rel::Obj | Rel::Nmod)
                && case_of(j).is_some_and(|c| c == last)
        } else {
            // "called climate change a hoax", "called Foley's murder barbaric" are often
            // parsed with the object under an xcomp.
            t.rel == Rel::Obj
                || (t.rel == Rel::Xcomp && (t.upos.is_nominal() || t.upos == Upos::Adj))
        }
    }) else {
        return Reading::Nothing;
    };
    if !matches!(
        doc.tokens[arg].upos,
        Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num | Upos::Adj
    ) {
        return Reading::Clause;
    }
    let mut r = doc.subtree(arg);
    // The case word opens the oblique's subtree: the content starts after it.
    while r.start < arg && doc.tokens[r.start].rel == Rel::Case {
        r.start += 1;
    }
    // A conjunct with its own subject is a new clause ("… the plan, and Russia said …").
    if let Some(k) = doc.children_with(arg, Rel::Conj).find(|&k| {
        doc.children(k)
            .any(|j| matches!(doc.tokens[j].rel, Rel::Nsubj | Rel::NsubjPass))
    }) {
        r.end = r.end.min(doc.subtree(k).start).max(arg + 1);
    }
    // "lashed out at Israel on Sunday": a time phrase the parser hung on the argument is
    // the statement's date, not its content.
    // The phrase may hang deeper, on the argument's last modifier ("the strike on the convoy
    // on Tuesday").
    let mut h = arg;
    for _ in 0..4 {
        let Some(j) = doc
            .children(h)
            .filter(|&j| j > h && doc.subtree(j).end == r.end)
            .last()
        else {
            break;
        };
        let modifier = matches!(
            doc.tokens[j].rel,
            Rel::Nmod | Rel::NmodUnmarked | Rel::Obl | Rel::OblUnmarked
        );
        if modifier && super::speakers::time_word(doc, j) {
            r.end = doc.subtree(j).start.max(arg + 1);
            break;
        }
        if !modifier {
            break;
        }
        h = j;
    }
    // "dismissed the claims as baseless", "blamed Iran for the attack", "called it a hoax",
    // "likened the refugees to a snake", "called on Iran to withdraw": what completes the
    // position follows the argument, with nothing but punctuation between.
    let after = r.end;
    let mut clause = false;
    // "called climate change a hoax" parsed as xcomp "change" with object "hoax"; a bare
    // xcomp is a name ("a site called BluCollector"), no second predicate.
    let mut second = doc.tokens[arg].rel == Rel::Xcomp
        && (doc
            .children(arg)
            .any(|k| k > arg && matches!(doc.tokens[k].rel, Rel::Obj | Rel::Xcomp))
            || doc.tokens[arg].upos == Upos::Adj
                && doc
                    .children(arg)
                    .any(|k| k < arg && doc.tokens[k].upos.is_nominal()));
    for &j in kids.iter().filter(|&&j| j >= after) {
        let rel = doc.tokens[j].rel;
        let marker = case_of(j).or_else(|| {
            doc.children_with(j, Rel::Mark)
                .next()
                .map(|k| doc.form(text, k).to_lowercase())
        });
        // An oblique the parser split off the argument stays ("supported the separatists
        // *in Ukraine who shot down the airliner*", "called for action *against Boko
        // Haram*"), unless it is a time phrase ("on Sunday") or the agent.
        let split_off = rel == Rel::Obl
            && marker.as_deref() != Some("by")
            && !super::speakers::time_word(doc, j);
        let completes = (matches!(rel, Rel::Xcomp | Rel::OblUnmarked | Rel::Obj)
            && marker.is_none())
            || split_off
            || matches!(rel, Rel::Obl | Rel::Xcomp | Rel::Advcl | Rel::Acl)
                && marker.as_deref().is_some_and(|c| COMPLETING.contains(&c));
        if !completes || (r.end..doc.subtree(j).start).any(|k| doc.tokens[k].upos != Upos::Punct) {
            break;
        }
        clause |= matches!(doc.tokens[j].upos, Upos::Verb | Upos::Aux);
        second |= matches!(rel, Rel::Xcomp | Rel::OblUnmarked | Rel::Obj)
            || marker.as_deref() == Some("as");
        r.end = doc.subtree(j).end;
    }
    // The parser often hangs the second predicate inside the object ("called the citation
    // and the demand *a ploy*"): an apposition with no comma before it, or an xcomp.
    // A post-posed adjective is one too ("called the story false").
    second |= (arg + 1..r.end).any(|k| {
        matches!(doc.tokens[k].rel, Rel::Xcomp | Rel::OblUnmarked)
            || doc.tokens[k].rel == Rel::Amod
                && doc.head(k) == Some(arg)
                && doc.tokens[k].upos == Upos::Adj
            // "called the vote a sham": a bare noun phrase after the head, not a time.
            || doc.tokens[k].rel == Rel::NmodUnmarked
                && doc.head(k) == Some(arg)
                && !super::speakers::time_word(doc, k)
            || doc.tokens[k].rel == Rel::Appos
                && doc
                    .subtree(k)
                    .start
                    .checked_sub(1)
                    .is_some_and(|p| doc.tokens[p].upos != Upos::Punct)
    });
    // "called for the United States and allies to organize …" misparsed: an argument
    // followed by a conjunction or an infinitive it does not hold is not read from the tree.
    if let Some(n) = doc.tokens.get(r.end) {
        let w = doc.form(text, r.end).to_lowercase();
        if n.upos == Upos::Cconj || w == "to" && n.upos == Upos::Part {
            return Reading::Clause;
        }
    }
    // "called a meeting": an object with no second predicate after it is an act.
    if !multi && !second && predicative(&doc.tokens[ci].lemma.to_lowercase()) {
        return Reading::Nothing;
    }
    Reading::Argument(r, clause)
}

impl Attributor<'_> {
    /// Object cues read on the tree (see the module documentation). Runs last, after the
    /// passive readings are refuted.
    pub(super) fn nominal_contents(&mut self) {
        let Some(doc) = self.doc else { return };
        let t = self.text;
        let mut changed = false;
        for di in 0..self.drafts.len() {
            let d = &self.drafts[di];
            if d.mode != Mode::Indirect || d.content.0 >= d.content.1 {
                continue;
            }
            let Some(h) = self.hit_starting(d.cue.0) else {
                continue;
            };
            if h.class != CueClass::Object || h.e != d.cue.1 {
                continue;
            }
            let Some(ci) = doc.token_starting_at(d.cue.0) else {
                continue;
            };
            if doc.tokens[ci].upos != Upos::Verb {
                continue;
            }
            let cue_words = t[d.cue.0..d.cue.1].to_lowercase();
            let last = cue_words.rsplit(' ').next().unwrap_or("");
            let cs = d.content.0;
            match argument(doc, t, ci, d.cue.1, last) {
                Reading::Clause => {}
                Reading::Argument(r, clause) => {
                    let Some((a, mut b)) = span_of(doc, r) else {
                        continue;
                    };
                    // "… (Isis)": a closing bracket or quote whose opener is in the content.
                    for (open, close) in [('(', ')'), ('“', '”')] {
                        let inner = &t[a..b];
                        if t[b..].starts_with(close)
                            && inner.matches(open).count() > inner.matches(close).count()
                        {
                            b += close.len_utf8();
                        }
                    }
                    // Only a reading inside the patterns' own content, after the cue.
                    if a < d.cue.1 || a < cs || b > self.sentences[d.sentence].end {
                        continue;
                    }
                    let d = &mut self.drafts[di];
                    if !clause {
                        d.mode = Mode::Nominal;
                    }
                    if (a, b) != d.content {
                        d.content = (a, b);
                        changed = true;
                    }
                }
                // "slammed into a wall", "backed out", "attacked at dawn.": the word after
                // the cue opens no argument; "called a meeting": an act.
                // A time phrase after the cue opens no argument but hides none either:
                // "denied on Tuesday that Iran had supplied drones" keeps the patterns' reading.
                Reading::Nothing
                    if !cue_words.contains(' ')
                        && predicative(&doc.tokens[ci].lemma.to_lowercase())
                        || doc.tokens[ci..]
                            .iter()
                            .position(|n| n.start as usize >= d.cue.1)
                            .map(|k| ci + k)
                            .is_none_or(|n| {
                                matches!(doc.tokens[n].upos, Upos::Adp | Upos::Part | Upos::Punct)
                                    && !(n + 1 < doc.tokens.len()
                                        && super::speakers::time_word(doc, n + 1))
                            }) =>
                {
                    self.drafts[di].content = (cs, cs);
                    changed = true;
                }
                Reading::Nothing => {}
            }
        }
        if changed {
            self.reindex();
        }
    }
}
