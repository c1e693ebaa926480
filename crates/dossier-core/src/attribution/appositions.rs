//! Names and role descriptions in apposition around a speaker: the name before a comma
//! ("Dr. Welat, one of four doctors, told"), a role description before or after a name
//! ("“…,” Khamenei's adviser, Ali Velayati, said", "said Woods' agent, Mark Steinberg") and the
//! plural possessive kept inside a speaker phrase ("Woods' agent").

use super::*;

impl Attributor<'_> {
    /// The proper name ending right before the comma token `comma`: one to five capitalised
    /// words (titles with a dot allowed: "Dr. Welat") opening the clause (sentence start, or
    /// after a quote or a comma).
    pub(super) fn name_before(&self, toks: &[Tok], comma: usize) -> Option<(usize, usize)> {
        let t = self.text;
        let mut j = comma;
        while j > 0 && toks[j - 1].word && is_cap(t, &toks[j - 1]) && comma - j < 5 {
            j -= 1;
        }
        if j == comma || j > 0 && toks[j - 1].word {
            return None;
        }
        let opener = j == 0
            || matches!(
                &t[toks[j - 1].s..toks[j - 1].e],
                "," | "”" | "\"" | "—" | "-" | ":" | ";"
            );
        let lw = lower(t, &toks[j]);
        // One capitalised word opening the sentence before a comma is an adverbial
        // ("Separately, Foley's family confirmed"), not a name.
        let single = comma - j == 1;
        let adverbial = single && (j == 0 || lw.ends_with("ly"));
        // "Later Saturday, tribal leaders said": a weekday, or a month after the first word
        // ("Last September"), makes the run a time expression ("April Ryan" stays a name).
        let time = toks[j..comma].iter().enumerate().any(|(o, k)| {
            let w = lower(t, k);
            crate::dates::is_weekday(&w) || o > 0 && crate::dates::is_month_name(&w)
        });
        // "Among Democrats, 43 percent said": a run the tagger opens with a preposition is an
        // adverbial, no name.
        let preposition = self
            .doc
            .and_then(|d| d.token_starting_at(toks[j].s).map(|i| d.tokens[i].upos))
            .is_some_and(|u| u == dossier_syntax::Upos::Adp);
        (opener
            && !adverbial
            && !preposition
            && !time
            && !is_function_word(&lw)
            && !CONNECTIVES.contains(&lw.as_str()))
        .then(|| (toks[j].s, toks[comma - 1].e))
    }

    /// Token `j` is the apostrophe of a plural possessive ("Woods' agent", "the rebels’ base"):
    /// right after a word ending in s, and followed by a word after a space.
    pub(super) fn possessive_apostrophe(&self, toks: &[Tok], j: usize) -> bool {
        let t = self.text;
        j > 0
            && matches!(&t[toks[j].s..toks[j].e], "'" | "’")
            && toks[j - 1].word
            && toks[j - 1].e == toks[j].s
            && t[..toks[j - 1].e].ends_with(['s', 'S'])
            && toks
                .get(j + 1)
                .is_some_and(|n| n.word && n.s > toks[j].e && !is_cap(t, n))
    }

    /// A role description ("Woods' agent", "the minister's spokesman", "his mother", "a top
    /// adviser", "one of the men"): it holds a possessive or opens with a determiner, or
    /// (`loose`, after a post-posed cue, where no clause can stand) with any lower-case word.
    pub(super) fn is_description(&self, r: (usize, usize), loose: bool) -> bool {
        let t = self.text;
        let phrase = &t[r.0..r.1];
        let first = phrase.split_whitespace().next().unwrap_or("");
        let lw = first.to_lowercase();
        phrase.split_whitespace().count() <= 8
            && (phrase.contains("'s ")
                || phrase.contains("’s ")
                || phrase.contains("' ")
                || phrase.contains("’ ")
                || matches!(
                    lw.as_str(),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "one"
                )
                || (loose && first.chars().next().is_some_and(char::is_lowercase)))
    }

    /// Between `start` and a speaker name at `name_start` lies only a role description in
    /// apposition before it: “…,” Khamenei's adviser, Ali Velayati, said.
    pub(super) fn description_before(&self, start: usize, name_start: usize) -> bool {
        let t = self.text;
        if name_start <= start || name_start - start > 80 {
            return false;
        }
        let gap = t[start..name_start].trim_end();
        let Some(desc) = gap.strip_suffix(',') else {
            return false;
        };
        let desc = desc.trim();
        !desc.is_empty()
            && !desc.contains(['“', '”', '"', '.', ';', ':', ','])
            && t[name_start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && self.is_description((start, start + desc.len()), false)
    }

    /// The speaker after a post-posed cue: a role description followed by a name in
    /// apposition is the name ("said Woods' agent, Mark Steinberg, in a statement"); else
    /// the noun phrase `np` itself. `next` is the token after `np`.
    pub(super) fn name_in_apposition(
        &self,
        toks: &[Tok],
        np: (usize, usize),
        next: usize,
    ) -> (usize, usize) {
        let t = self.text;
        let comma = |k: usize| toks.get(k).is_some_and(|x| !x.word && &t[x.s..x.e] == ",");
        if !comma(next) || !self.is_description(np, true) {
            return np;
        }
        let mut j = next + 1;
        while j < toks.len() && j - next <= 5 && toks[j].word && is_cap(t, &toks[j]) {
            j += 1;
        }
        // Two capitalised words at least, then a comma, the sentence's end or a lower-case
        // word ("in a statement"): a name, not the start of a list or a clause.
        let ends = j == toks.len()
            || comma(j)
            || (toks[j].word && !is_cap(t, &toks[j]))
            || matches!(&t[toks[j].s..toks[j].e], "." | ";");
        if j >= next + 3 && ends {
            let name = (toks[next + 1].s, toks[j - 1].e);
            if self.valid_np(name) {
                return name;
            }
        }
        np
    }

    /// A post-posed speaker between commas right before its cue, a name with its role in
    /// apposition either way round: "…, its chief negotiator, Abbas Araghchi, said" and "…,
    /// Abbas Araghchi, its chief negotiator, told reporters". The name speaks; the content is
    /// the clause before the first comma, which must hold a verb. `told` skips the hearer
    /// after the cue; anything but trivial words after the cue (or hearer) refuses.
    pub(super) fn appositive_speaker(
        &self,
        toks: &[Tok],
        ci: usize,
        ei: usize,
        told: bool,
    ) -> Option<PostPosed> {
        let t = self.text;
        let comma = |k: usize| !toks[k].word && &t[toks[k].s..toks[k].e] == ",";
        let c3 = ci.checked_sub(1).filter(|&k| comma(k))?;
        let c2 = (c3.saturating_sub(8)..c3).rev().find(|&k| comma(k))?;
        let c1 = (c2.saturating_sub(10)..c2).rev().find(|&k| comma(k))?;
        // Each segment from its first word to its last (a closing quote before the name is
        // the content's).
        let segment = |from: usize, to: usize| {
            let first = (from..to).find(|&k| toks[k].word)?;
            let last = (from..to).rev().find(|&k| toks[k].word)?;
            Some((toks[first].s, toks[last].e))
        };
        let a = segment(c1 + 1, c2)?;
        let b = segment(c2 + 1, c3)?;
        let capitalised = |r: (usize, usize)| {
            toks.iter()
                .filter(|k| k.word && k.s >= r.0 && k.e <= r.1)
                .all(|k| is_cap(t, k) || particle_name(t, k, self.actor_lex))
        };
        let speaker = if self.description_before(a.0, b.0) && capitalised(b) {
            b
        } else if capitalised(a)
            && self.is_description(b, false)
            && !t[b.0..b.1].contains(['“', '”', '"'])
        {
            a
        } else {
            return None;
        };
        if !self.valid_np(speaker) {
            return None;
        }
        let cs = self.clause_start(toks, c1);
        let words = toks[..c1].iter().filter(|k| k.word && k.s >= cs).count();
        if words < 3 || !self.clause_like(cs, toks[c1].s) || self.name_only(cs, toks[c1].s) {
            return None;
        }
        let mut rest = ei;
        let mut via = vec![];
        if told {
            via = self.hearer_relay(toks, ei);
            if let Some((_, _, nj)) = self.hearer(toks, ei) {
                rest = nj;
            }
        }
        let citing = self.trivial_rest(toks, rest)?;
        Some((speaker, c1, citing, via))
    }
}

/// "According to Dr. Kim So-Yeon, the former personal doctor to Kim's grandfather Kim Il Sung,
/// Kim inherited …", "…, according to Benjamin T. Decker, an intelligence analyst with the
/// Levantine Group, …": the words after an according-to source at bytes `cs..ce` may open with
/// a role description in apposition to it. Returns where the content starts after that
/// description — the subject of the clause's verb — or `ce` when the words hold no clause at all
/// (the description runs to the end); `None` when they open with the content itself ("According
/// to CNN, an unidentified man, who has since been interviewed by the FBI, is said to …": the
/// man is the clause's subject). Read on the tree: the description's head must be able to speak
/// (`positions::speaking_head`) and end with a comma right before the subject.
pub(super) fn role_before_clause(
    doc: &dossier_syntax::Doc,
    text: &str,
    cs: usize,
    ce: usize,
) -> Option<usize> {
    use dossier_syntax::{Rel, Upos};
    let r = doc.tokens_within(cs, ce);
    let first = r.clone().find(|&k| doc.tokens[k].upos != Upos::Punct)?;
    // A description opens with a determiner, a possessor or a lower-case noun ("an
    // intelligence analyst", "his lawyer", "professor of Korean studies"), never with a name,
    // a conjunction or a quotation ("Dean states that …", "and his friends, …").
    let opens = |k: usize| {
        let tok = &doc.tokens[k];
        tok.upos == Upos::Det
            || tok.rel == Rel::NmodPoss
            || matches!(tok.upos, Upos::Noun | Upos::Adj)
                && doc.form(text, k).starts_with(char::is_lowercase)
    };
    if first != r.start {
        return None;
    }
    // A description of someone who can speak, headed by a common noun, with no verb heading it.
    let description = |end: usize| {
        opens(first)
            && doc.range_head(first..end).is_some_and(|h| {
                doc.tokens[h].upos == Upos::Noun
                    && super::positions::speaking_head(doc, text, first..end)
            })
    };
    // The rest of the source's own phrase, a preposition the phrase stopped before, which the
    // parse hangs on the source ("a report on DeepDotWeb, Comcast customer representatives
    // have …"); a time or place of the clause hangs on its verb and stays content ("According
    // to Gawker, at Vice's 2014 Christmas party, Smith gave …").
    // A number, a month or a weekday makes the phrase a time the parse misplaced ("at exactly
    // 9:47 PST AM on January 4th", "in 2009/2010").
    let time = |k: usize| {
        let w = doc.form(text, k).to_lowercase();
        doc.tokens[k].upos == Upos::Num
            || crate::dates::is_month_name(&w)
            || crate::dates::is_weekday(&w)
    };
    let rest_of_source = |end: usize| {
        doc.tokens[first].upos == Upos::Adp
            && (first..end)
                .all(|k| !matches!(doc.tokens[k].upos, Upos::Verb | Upos::Aux) && !time(k))
            && doc
                .range_head(first..end)
                .and_then(|h| doc.head(h))
                .is_some_and(|g| g < r.start)
    };
    let outside = |k: usize| doc.head(k).is_none_or(|h| !r.contains(&h));
    let verbs: Vec<usize> = r
        .clone()
        .filter(|&k| outside(k) && matches!(doc.tokens[k].upos, Upos::Verb | Upos::Aux))
        .collect();
    if verbs.is_empty() {
        // No clause at all ("…, an analyst with the Levantine Group, a … consultancy"): the
        // words are the description alone — unless a predicate with a subject or copula
        // hides in them ("the supreme entity isn't a man" parsed without a verb head).
        let clause = r.clone().any(|k| {
            doc.children(k).any(|j| {
                matches!(
                    doc.tokens[j].rel,
                    Rel::Nsubj | Rel::NsubjPass | Rel::Cop | Rel::Expl
                )
            })
        });
        return (!clause && description(r.end)).then_some(ce);
    }
    // The clause's verb: one with a subject of its own in the words, not a relative clause's
    // ("an unidentified man, who has since been interviewed …": no description, the man is
    // what the clause is about).
    let subj = verbs.iter().find_map(|&v| {
        doc.children(v).find(|&j| {
            matches!(doc.tokens[j].rel, Rel::Nsubj | Rel::NsubjPass)
                && r.contains(&j)
                && !matches!(doc.tokens[j].xpos.as_str(), "WP" | "WDT")
        })
    })?;
    // The subject's first word: the parse may hang the comma before it on the subject ("According
    // to a blog linked to Isis, several female fighters … have been taken prisoner").
    let s = doc
        .subtree(subj)
        .find(|&k| doc.tokens[k].upos != Upos::Punct)?;
    // The words before the subject: a description ended by a comma, before any opening
    // quotation mark of the content ("According to a security source quoted in AFP, “the
    // wife and child were taken …”").
    let mut comma = s.checked_sub(1)?;
    while comma > first && is_opening_quote(doc.form(text, comma)) {
        comma -= 1;
    }
    if s <= first || s >= r.end || comma <= first || doc.form(text, comma) != "," {
        return None;
    }
    // A participle phrase on the source, the rest of its description ("a blog linked to Isis",
    // "a security source quoted in AFP"): the participle heads the words and hangs on a word
    // before them.
    let participle_of_source = |end: usize| {
        doc.tokens[first].upos == Upos::Verb
            && matches!(doc.tokens[first].xpos.as_str(), "VBN" | "VBG")
            && doc.range_head(first..end) == Some(first)
            && doc.head(first).is_some_and(|g| g < r.start)
    };
    (description(comma) || rest_of_source(comma) || participle_of_source(comma))
        .then(|| doc.tokens[s].start as usize)
}

fn is_opening_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "‘" | "'")
}
