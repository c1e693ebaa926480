//! The subject of a cue: the speaker phrase before it, corrected by the parse where the words
//! mislead (a relative clause, an apposition, a clause between), the subject of a sentence or
//! clause, and the speaker of a clause-initial cue. The phrases themselves are `phrases.rs`'s.

use super::phrases::{adjectival_participle, agency_dateline};
use super::*;
use dossier_syntax::Rel;

impl Attributor<'_> {
    /// The subject of the cue at `hit`: (phrase, anonymous hint, via from "citing").
    /// How many words right before token `ci` belong to neither speaker nor cue ("can be
    /// heard", `not_speech.tsv` side `through`), if any.
    fn through_before(&self, toks: &[Tok], ci: usize) -> Option<usize> {
        let t = self.text;
        Lexicon::get().through.iter().find_map(|through| {
            let n = through.len();
            (ci > n
                && toks[ci - n..ci]
                    .iter()
                    .zip(through)
                    .all(|(k, w)| k.word && lower(t, k) == *w))
            .then_some(n)
        })
    }

    pub(super) fn subject(&self, toks: &[Tok], cue_idx: usize) -> Option<(usize, usize)> {
        let r = self.subject_by_words(toks, cue_idx)?;
        Some(self.outside_modifier_clause(toks, cue_idx, r))
    }

    /// The word patterns' subject, corrected by the parse where it lies inside a clause that
    /// modifies the cue's subject ("The woman who was kidnapped by ISIS has said …": the
    /// woman, not ISIS; "The aid worker who was reportedly abducted … has said"): the subject's
    /// noun phrase without that clause.
    fn outside_modifier_clause(
        &self,
        toks: &[Tok],
        cue_idx: usize,
        r: (usize, usize),
    ) -> (usize, usize) {
        let Some(doc) = self.doc else { return r };
        let at = toks[cue_idx].s;
        let ci = doc.tokens.partition_point(|k| (k.start as usize) < at);
        if doc.tokens.get(ci).is_none_or(|k| k.start as usize != at) {
            return r;
        }
        let Some(subj) = doc.children(ci).find(|&j| {
            matches!(
                doc.tokens[j].rel,
                dossier_syntax::Rel::Nsubj | dossier_syntax::Rel::NsubjPass
            )
        }) else {
            return r;
        };
        let clause = doc.children(subj).filter(|&j| j > subj).find(|&j| {
            matches!(
                doc.tokens[j].rel,
                dossier_syntax::Rel::AclRelcl | dossier_syntax::Rel::Acl
            )
        });
        let Some(clause) = clause else { return r };
        let inner = doc.subtree(clause);
        let (cs, ce) = (
            doc.tokens[inner.start].start as usize,
            doc.tokens[inner.end - 1].end as usize,
        );
        if r.0 < cs || r.1 > ce {
            return r;
        }
        let np = super::complements::noun_phrase(doc, subj);
        let (ns, ne) = (
            doc.tokens[np.start].start as usize,
            doc.tokens[np.end - 1].end as usize,
        );
        if ne <= cs && self.valid_np((ns, ne)) {
            (ns, ne)
        } else {
            r
        }
    }

    /// The antecedent the parse gives the relative pronoun at byte `rel` that is the subject of
    /// the cue at `cue_idx` ("…, who said"): the noun phrase the relative clause modifies,
    /// when it ends before the pronoun and is a speaker phrase.
    fn relative_antecedent(
        &self,
        toks: &[Tok],
        cue_idx: usize,
        rel: usize,
    ) -> Option<((usize, usize), usize)> {
        let doc = self.doc?;
        let ci = doc.token_starting_at(toks[cue_idx].s)?;
        let pronoun = doc.token_starting_at(rel)?;
        if doc.tokens[ci].rel != dossier_syntax::Rel::AclRelcl
            || doc.head(pronoun) != Some(ci)
            || !matches!(doc.tokens[pronoun].xpos.as_str(), "WP" | "WDT")
        {
            return None;
        }
        let head = doc.head(ci)?;
        let np = super::complements::noun_phrase(doc, head);
        if np.is_empty() || np.end > pronoun {
            return None;
        }
        let r = (
            doc.tokens[np.start].start as usize,
            doc.tokens[np.end - 1].end as usize,
        );
        self.valid_np(r).then_some((r, head))
    }

    /// The speaker when the word phrase `a` runs back through a clause into the antecedent `n`
    /// (its head noun at token `h`) it ends with — a lower-case verb of the parse before `n`
    /// ("The storm did not stop the minister"), or `n` the object of a word of `a` ("Trump was
    /// out-brutalizing Ted Cruz"): `n` when its head can speak
    /// (`positions.rs::speaking_head`), else the words after the clause's last verb when
    /// theirs can ("We contacted the owner registered to the microchip, who stated": the
    /// parse hung the clause on "microchip"). `None` when `a` is one noun phrase ("a spokesman
    /// for the ministry") or neither can speak ("A patient exhibiting symptoms of Ebola who
    /// claims").
    fn clause_tail(
        &self,
        a: (usize, usize),
        (n, h): ((usize, usize), usize),
    ) -> Option<(usize, usize)> {
        use dossier_syntax::{Rel, Upos};
        let doc = self.doc?;
        if !(a.0 < n.0 && n.1 == a.1) {
            return None;
        }
        let lo = doc.token_starting_at(a.0)?;
        let first_n = doc.token_starting_at(n.0)?;
        let end = doc.tokens.partition_point(|k| (k.start as usize) < n.1);
        let speaks = |r: std::ops::Range<usize>| super::positions::speaking_head(doc, self.text, r);
        if let Some(k) = (lo..first_n)
            .rev()
            .find(|&k| super::speakers::own_predicate(doc, self.text, k, lo))
        {
            if speaks(first_n..end) {
                return Some(n);
            }
            let mut s = k + 1;
            while s < first_n
                && matches!(
                    doc.tokens[s].upos,
                    Upos::Adp | Upos::Part | Upos::Adv | Upos::Punct | Upos::Sconj | Upos::Cconj
                )
            {
                s += 1;
            }
            let tail = (doc.tokens[s].start as usize, a.1);
            return (self.valid_np(tail) && speaks(s..end)).then_some(tail);
        }
        (matches!(doc.tokens[h].rel, Rel::Obj | Rel::Iobj)
            && doc.head(h).is_some_and(|g| (lo..first_n).contains(&g))
            && speaks(first_n..end))
        .then_some(n)
    }

    fn subject_by_words(&self, toks: &[Tok], cue_idx: usize) -> Option<(usize, usize)> {
        let t = self.text;
        // "the fighters can be heard vowing": the words between speaker and cue are skipped.
        if let Some(n) = self.through_before(toks, cue_idx) {
            return self.subject_by_words(toks, cue_idx - n);
        }
        let (np, boundary) = self.np_back(toks, cue_idx);
        match np {
            Some(r) => {
                let words = tokenize(t, r.0, r.1, self.actor_lex);
                // "The police arrested two men who said": the words ran through the relative
                // pronoun into the clause the antecedent ends.
                if let [.., before, last] = words.as_slice() {
                    if lower(t, last) == "who" {
                        if let Some(sp) = self
                            .relative_antecedent(toks, cue_idx, last.s)
                            .and_then(|n| self.clause_tail((r.0, before.e), n))
                        {
                            return Some(sp);
                        }
                    }
                }
                if words.len() == 1 && RELATIVES.contains(&lower(t, &words[0]).as_str()) {
                    // "…, who said" → antecedent before the comma.
                    let wi = toks.iter().position(|k| k.s == r.0)?;
                    let mut k = wi;
                    if k > 0
                        && matches!(
                            &t[toks[k - 1].s..toks[k - 1].e],
                            "," | "-" | "—" | "–" | "("
                        )
                    {
                        k -= 1;
                    }
                    let (ante, _) = self.np_back(toks, k);
                    let ante = ante.filter(|&a| self.valid_np(a));
                    // "The fiasco didn’t deter Chien, who decided …": the words ran back into
                    // the clause the antecedent ends; the speaker is that clause's object.
                    // Only a person's "who": a thing "that shows" or "which would see" is
                    // left as it was.
                    let who = lower(t, &words[0]) == "who";
                    let tree = who
                        .then(|| self.relative_antecedent(toks, cue_idx, r.0))
                        .flatten();
                    return match (ante, tree) {
                        (Some(a), Some(n)) => self.clause_tail(a, n).or(Some(a)),
                        // The parse's antecedent alone only when its head can speak ("the
                        // scene, who confirmed" is no speaker).
                        (None, Some((n, _))) => {
                            let doc = self.doc?;
                            let first = doc.token_starting_at(n.0)?;
                            let end = doc.tokens.partition_point(|k| (k.start as usize) < n.1);
                            super::positions::speaking_head(doc, t, first..end).then_some(n)
                        }
                        (a, None) => a,
                    };
                }
                // "Georgy Myakinkin, 31, who works at the airport … said": the phrase before the
                // cue is the relative clause; the speaker is its antecedent.
                if let Some(bi) = boundary {
                    let starts_lower = words.first().is_some_and(|w| !is_cap(t, w))
                        && !words.first().is_some_and(|w| {
                            let lw = lower(t, w);
                            is_function_word(&lw) || SPEAKER_NOUNS.contains(&lw.as_str())
                        });
                    if toks[bi].word
                        && matches!(lower(t, &toks[bi]).as_str(), "who" | "which")
                        && starts_lower
                        && bi > 0
                        && matches!(&t[toks[bi - 1].s..toks[bi - 1].e], "," | "-" | "—" | "–")
                    {
                        return self.segment_subject(toks, bi - 1);
                    }
                    // "activists who monitor the Syrian conflict … said": a restrictive
                    // relative clause; the speaker is the noun phrase it modifies.
                    // A clause of one word ("followers who apparently believe") is none.
                    if toks[bi].word
                        && lower(t, &toks[bi]) == "who"
                        && starts_lower
                        && words.len() >= 2
                        && bi > 0
                        && toks[bi - 1].word
                    {
                        let (ante, _) = self.np_back(toks, bi);
                        let short = |a: (usize, usize)| t[a.0..a.1].split_whitespace().count() <= 6;
                        if let Some(a) = ante.filter(|&a| short(a) && self.valid_np(a)) {
                            return Some(a);
                        }
                    }
                }
                // "Relatives of the girls abducted in Chibok, northern Nigeria said": a compass
                // word and a name after a comma that follows a name place the name before it;
                // the speaker is the phrase the place ends, through the place.
                if let Some(bi) = boundary {
                    let compass = |w: &Tok| {
                        self.actor_lex
                            .lower_word(&lower(t, w))
                            .is_some_and(|l| l.compass)
                    };
                    let places = words.len() >= 2
                        && compass(&words[0])
                        && !is_cap(t, &words[0])
                        && words[1..].iter().all(|w| is_cap(t, w));
                    if places
                        && &t[toks[bi].s..toks[bi].e] == ","
                        && bi > 0
                        && is_cap(t, &toks[bi - 1])
                    {
                        if let Some(seg) = self.segment_subject(toks, bi) {
                            return Some((seg.0, r.1));
                        }
                    }
                }
                // "Dr. Welat, one of four doctors in Kobane told": a description in apposition
                // to a name before it; the name is the speaker.
                if let Some(bi) = boundary {
                    let phrase = &t[r.0..r.1];
                    let description = words.first().is_some_and(|w| !is_cap(t, w))
                        || phrase.contains("'s ")
                        || phrase.contains("’s ");
                    if description && !toks[bi].word && &t[toks[bi].s..toks[bi].e] == "," {
                        if let Some(name) = self.name_before(toks, bi) {
                            return Some(name);
                        }
                    }
                }
                if self.valid_np(r) {
                    Some(r)
                } else {
                    self.tree_subject(toks, cue_idx, r)
                }
            }
            None => {
                // "X, deputy commander of Y, dismissed …": skip the apposition.
                let b = boundary?;
                if !matches!(&t[toks[b].s..toks[b].e], "," | "-" | "—" | "–" | ")") {
                    return None;
                }
                self.segment_subject(toks, b)
            }
        }
    }

    /// The speaker among the comma-separated segments before token `b` (a comma or dash):
    /// the first that is a noun phrase and not an adverbial; a proper name right after a
    /// role description wins ("Guyana's president, Irfaan Ali, said").
    pub(super) fn segment_subject(&self, toks: &[Tok], b: usize) -> Option<(usize, usize)> {
        let t = self.text;
        // Comma-separated segments back to the clause start; the speaker is the first
        // one that is a noun phrase and not an adverbial ("On Monday, …").
        let mut k = b;
        let mut n = 0;
        while k > 0 && n < 50 {
            let tk = &toks[k - 1];
            // Quotes inside an apposition ("who said he would “bomb” …") do not end
            // the clause; segments that hold a quote are never the speaker.
            if !tk.word && matches!(&t[tk.s..tk.e], ";" | ":") {
                break;
            }
            if tk.word && n > 0 && matches!(lower(t, tk).as_str(), "that" | "but") {
                break;
            }
            k -= 1;
            n += 1;
        }
        // A dateline opening the sentence is where the story was filed, not a speaker.
        if let Some(d) = self.dateline_end(toks).filter(|&d| d < b) {
            k = k.max(d + 1);
        }
        let mut seg_start = k;
        for i in k..=b {
            let is_comma = i == b
                || (!toks[i].word
                    && !in_quote(&self.quotes, toks[i].s)
                    && matches!(
                        &t[toks[i].s..toks[i].e],
                        "," | "-" | "—" | "–" | "―" | "(" | ")"
                    ));
            if !is_comma {
                continue;
            }
            if seg_start < i {
                let mut s0 = seg_start;
                // “…,” Flynn, a top Trump surrogate, said: the segment after a closing quote
                // mark starts after it.
                if let Some(c) = (s0..i).rev().find(|&c| {
                    !toks[c].word
                        && matches!(&t[toks[c].s..toks[c].e], "”" | "\"")
                        && self.quote_closing_at(toks[c].e).is_some()
                }) {
                    s0 = c + 1;
                }
                while s0 < i && CONNECTIVES.contains(&lower(t, &toks[s0]).as_str()) {
                    s0 += 1;
                }
                let quoted = toks[s0..i].iter().any(|x| {
                    !x.word && matches!(&t[x.s..x.e], "“" | "”" | "\"")
                        || in_quote(&self.quotes, x.s)
                });
                if s0 < i && !quoted {
                    let r = (toks[s0].s, toks[i - 1].e);
                    let first = lower(t, &toks[s0]);
                    let adverbial = Lexicon::get().segment_openers.contains(first.as_str());
                    // "Responding to questions from Reuters, a spokesman said": a participial
                    // clause opening the sentence is no speaker, whatever names it holds.
                    // "Publicly, Nigeria's president, Goodluck Jonathan, has maintained …": a
                    // segment of words the tagger reads as adverbs is an adverbial.
                    let adverbial = adverbial
                        || toks[s0..i]
                            .iter()
                            .filter(|w| w.word)
                            .all(|w| self.tagged_adverb(w));
                    let participial_opener = (first.ends_with("ing") || first.ends_with("ed"))
                        && first.len() > 4
                        && !adjectival_participle(&first)
                        && toks.get(s0 + 1).is_some_and(|n| n.word && !is_cap(t, n));
                    if !adverbial && !participial_opener && self.valid_np(r) {
                        // "Guyana's president, Irfaan Ali, said": the name, not the role.
                        if let Some(name) = self.name_segment(toks, i, b) {
                            let role_like = !is_cap(t, &toks[i - 1])
                                || t[r.0..r.1].contains("'s ")
                                || t[r.0..r.1].contains("’s ");
                            if role_like {
                                return Some(name);
                            }
                        }
                        return Some(r);
                    }
                }
            }
            seg_start = i + 1;
        }
        None
    }

    /// The noun phrase opening a sentence, after connectives and a dateline
    /// ("WASHINGTON — Sen. Chuck Grassley …").
    pub(super) fn sentence_subject(&self, toks: &[Tok]) -> Option<(usize, usize)> {
        let t = self.text;
        let mut k = self.dateline_end(toks).map_or(0, |d| d + 1);
        while toks
            .get(k)
            .is_some_and(|x| CONNECTIVES.contains(&lower(t, x).as_str()))
        {
            k += 1;
        }
        if let Some(subject) = self.after_opening_participle(toks.get(k)?) {
            return subject;
        }
        self.np_fwd(toks, k)
            .map(|(a, b, _)| (a, b))
            .filter(|&r| self.valid_np(r))
    }

    /// The subject of a sentence that opens with a participle clause, which is no subject:
    /// "Meeting with the House Armed Services Committee shortly before leaving for Amman, he
    /// reportedly quoted … and said that Jordan would …" is his (FNC-1 train). `None` when the
    /// sentence opens otherwise; `Some(None)` when the clause it modifies has no subject on the
    /// tree (then there is none to give).
    fn after_opening_participle(&self, first: &Tok) -> Option<Option<(usize, usize)>> {
        let doc = self.doc?;
        let i = doc.token_starting_at(first.s)?;
        let tok = &doc.tokens[i];
        if !matches!(tok.xpos.as_str(), "VBG" | "VBN") || tok.rel != Rel::Advcl {
            return None;
        }
        let mut v = doc.head(i)?;
        for _ in 0..3 {
            if let Some(n) = doc.children(v).find(|&j| doc.tokens[j].rel == Rel::Nsubj) {
                let r = super::complements::noun_phrase(doc, n);
                return Some(super::complements::span_of(doc, r).filter(|&r| self.valid_np(r)));
            }
            if doc.tokens[v].rel != Rel::Advcl {
                break;
            }
            v = doc.head(v)?;
        }
        Some(None)
    }

    /// The dash ending a dateline that opens the sentence ("WASHINGTON (CBS DC) –", "BAGHDAD,
    /// Iraq —", "Dec. 3 –"; [`crate::text::dateline`]), as a token index.
    pub(super) fn dateline_end(&self, toks: &[Tok]) -> Option<usize> {
        let first = toks.first()?;
        let rest = &self.text[first.s..];
        let end = first.s
            + crate::text::dateline(rest)
                .map(|r| r.end)
                .or_else(|| agency_dateline(rest))?;
        toks.iter().position(|x| !x.word && x.s >= end)
    }

    /// The speaker of a participle cue ("…, adding that …"): the latest statement of the
    /// sentence, else the sentence subject.
    pub(super) fn clause_speaker(&self, si: usize, toks: &[Tok], ci: usize) -> Option<Speaker> {
        if let Some(p) = self
            .drafts_of(si)
            .iter()
            .rev()
            .copied()
            .find(|&p| self.drafts[p].cue.0 < toks[ci].s)
        {
            return Some(Speaker::Same(p));
        }
        // "the fighters can be heard vowing": the perception passive makes it a finite verb.
        if self.through_before(toks, ci).is_some() {
            return self.subject(toks, ci).map(|r| Speaker::Phrase(r.0, r.1));
        }
        // "Iran is calling for …": an auxiliary before the participle makes it a finite verb.
        if ci > 0 && toks[ci - 1].word {
            let lw = lower(self.text, &toks[ci - 1]);
            if matches!(lw.as_str(), "is" | "are" | "was" | "were" | "been" | "be") {
                return self.subject(toks, ci).map(|r| Speaker::Phrase(r.0, r.1));
            }
        }
        // "Ryan saying he was encouraged": a subject right before the participle.
        if ci > 0 && toks[ci - 1].word {
            let (np, _) = self.np_back(toks, ci);
            // Only a name or pronoun: "officers demanding he remove the belt" is a reduced
            // relative clause, not a speaker.
            let namelike = |r: (usize, usize)| {
                let ws = tokenize(self.text, r.0, r.1, self.actor_lex);
                ws.len() <= 4
                    && ws.iter().all(|w| w.word && is_cap(self.text, w))
                    && !is_function_word(&lower(self.text, &ws[0]))
                    || ws.len() == 1 && PRONOUNS.contains(&lower(self.text, &ws[0]).as_str())
            };
            // A time phrase is no one ("distributed to the U.S. government over the past two
            // weeks warning that …", FNC-1 train): the time nouns of `data/cues/time_nouns.tsv`.
            let of_time = super::speakers::time_noun(&lower(self.text, &toks[ci - 1]));
            if let Some(r) = np
                .filter(|&r| r.1 == toks[ci - 1].e && !of_time && (namelike(r) || self.valid_np(r)))
            {
                return Some(Speaker::Phrase(r.0, r.1));
            }
        }
        // "Trump attacked Clinton on Monday, saying …": the subject of the main clause.
        let t = self.text;
        if ci > 0 && !toks[ci - 1].word && &t[toks[ci - 1].s..toks[ci - 1].e] == "," {
            let mut k = 0;
            // Skip an opening adverbial ("On Monday, …").
            if toks
                .first()
                .is_some_and(|f| Lexicon::get().clause_openers.contains(lower(t, f).as_str()))
            {
                if let Some(c) = toks[..ci].iter().position(|x| &t[x.s..x.e] == ",") {
                    k = c + 1;
                }
            }
            let np = if k == 0 {
                self.sentence_subject(toks)
            } else {
                self.np_fwd(toks, k).map(|(s, e, _)| (s, e))
            };
            if let Some((s, e)) = np {
                if self.valid_np((s, e)) && e <= toks[ci].s {
                    return Some(Speaker::Phrase(s, e));
                }
            }
        }
        None
    }
}
