//! Content boundaries: where the clause a cue governs begins (after "that", dates, hearers) and
//! ends (at the sentence end, a new speaker, or a trailing adverbial), extended over quotations it
//! runs into.

use super::*;
use dossier_syntax::Upos;

impl Attributor<'_> {
    /// Where indirect content starting at `start` in sentence `si` ends: the sentence end
    /// without its final period, or before a participle or contrasting clause with its own cue.
    pub(super) fn content_end(&self, si: usize, start: usize) -> usize {
        let t = self.text;
        let s = &self.sentences[si];
        let mut end = s.end;
        let toks = tokenize(t, start.min(s.end), s.end, self.actor_lex);
        for (i, k) in toks.iter().enumerate() {
            // "vowed to destroy the militants and said …": a coordinated cue ends the content.
            if k.word
                && matches!(lower(t, k).as_str(), "and" | "but")
                && toks.get(i + 1).is_some_and(|n| {
                    self.hit_starting(n.s).is_some_and(|h| {
                        matches!(
                            h.class,
                            CueClass::Speech | CueClass::Told | CueClass::Object
                        )
                    })
                })
            {
                end = k.s;
                break;
            }
            // `“weapons depots used by the group,” adding that …`: the comma sits inside the
            // closing quote.
            if !k.word
                && matches!(&t[k.s..k.e], "”" | "\"")
                && t[..k.s].ends_with(',')
                && toks.get(i + 1).is_some_and(|n| {
                    self.hit_starting(n.s).is_some_and(|h| {
                        matches!(
                            h.class,
                            CueClass::Participle | CueClass::According | CueClass::Citing
                        )
                    })
                })
            {
                end = k.e;
                break;
            }
            // "… would bomb the oil fields - said at a rally": the apposition closes.
            if !k.word
                && matches!(&t[k.s..k.e], "-" | "—" | "–" | "―" | ")")
                && toks[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|n| n.word)
                    .any(|n| {
                        self.hit_starting(n.s)
                            .is_some_and(|h| !matches!(h.class, CueClass::Participle))
                    })
            {
                end = k.s;
                break;
            }
            if k.word || &t[k.s..k.e] != "," && &t[k.s..k.e] != ";" {
                continue;
            }
            if in_quote(&self.quotes, k.s) {
                continue;
            }
            let next = toks.get(i + 1);
            // "…, even suggesting …": an adverb may stand between the comma and the participle.
            let next_hit = next.and_then(|n| self.hit_starting(n.s)).or_else(|| {
                let n = next.filter(|n| n.word && self.adverb_at(n.s))?;
                let after = toks.get(i + 2).filter(|a| a.word)?;
                self.hit_starting(after.s)
                    .filter(|h| h.class == CueClass::Participle)
                    .filter(|_| n.e < after.s)
            });
            if next_hit.is_some_and(|h| {
                matches!(
                    h.class,
                    CueClass::Participle | CueClass::According | CueClass::Citing
                )
            }) {
                end = k.s;
                break;
            }
            // "…, the company's chief financial officer said at a briefing." ends the content.
            let post = toks[i + 1..].iter().take(12).position(|n| {
                self.hit_starting(n.s).is_some_and(|h| {
                    matches!(
                        h.class,
                        CueClass::Speech | CueClass::Told | CueClass::Belief
                    )
                })
            });
            if let Some(off) = post {
                let ci = i + 1 + off;
                let ei = toks
                    .iter()
                    .position(|x| x.s >= toks[ci].e)
                    .unwrap_or(toks.len());
                let mut rest = ei;
                if toks[ci..].first().is_some_and(|c| {
                    self.hit_starting(c.s)
                        .is_some_and(|h| h.class == CueClass::Told)
                }) {
                    if let Some((_, _, nj)) = self.hearer(&toks, ei) {
                        rest = nj;
                    }
                }
                let subj_ok = off > 0 && toks[i + 1..ci].iter().all(|x| x.word);
                if subj_ok && self.trivial_rest(&toks, rest).is_some() {
                    end = k.s;
                    break;
                }
            }
            let contrast = &t[k.s..k.e] == ";"
                || next.is_some_and(|n| {
                    matches!(lower(t, n).as_str(), "but" | "while" | "whereas" | "and")
                });
            if contrast {
                // Cut only if a cue with its own subject follows soon.
                let later = self.hits[self.hit_range(k.e + 1, s.end.min(k.e + 161))].first();
                if let Some(h) = later {
                    if !t[k.e..h.s].to_lowercase().contains(" that ")
                        && !matches!(h.class, CueClass::Participle)
                    {
                        end = k.s;
                        break;
                    }
                }
            }
        }
        let slice = &t[start.min(end)..end];
        let trimmed = slice
            .trim_end()
            .trim_end_matches(['.', ',', ';', ':', ' ', '—']);
        start.min(end) + trimmed.len()
    }

    /// Is the word at byte `pos` tagged an adverb ("even", "also", "later")? False without
    /// the tree.
    pub(super) fn adverb_at(&self, pos: usize) -> bool {
        self.doc
            .and_then(|d| {
                d.token_starting_at(pos)
                    .map(|i| d.tokens[i].upos == Upos::Adv)
            })
            .unwrap_or(false)
    }

    /// Extend content that ends inside a quotation to the quotation's end.
    pub(super) fn extend_over_quotes(&mut self, s: usize, e: usize) -> (usize, usize) {
        let mut e = e;
        // Quotes are sorted and disjoint: start at the first one ending after `s`, stop at the
        // first one starting at or after the (growing) end.
        let first = self.quotes.partition_point(|q| q.inner_end <= s);
        for qi in first..self.quotes.len() {
            let q = self.quotes[qi];
            if q.inner_start >= e {
                break;
            }
            if q.inner_end > e {
                e = q.inner_end;
            }
            self.quote_used[qi] = true;
        }
        let trimmed = self.text[s..e].trim_end_matches([',', ' ', '.']);
        (s, s + trimmed.len())
    }

    /// Is everything after token `j` trivial (time, place, manner, a citing or according-to
    /// relay), so that the cue before it is post-posed? Returns the citing relay if any.
    pub(super) fn trivial_rest(
        &self,
        toks: &[Tok],
        mut j: usize,
    ) -> Option<Option<(usize, usize)>> {
        let t = self.text;
        let mut citing = None;
        loop {
            let Some(k) = toks.get(j) else {
                return Some(citing);
            };
            if !k.word {
                let c = &t[k.s..k.e];
                if matches!(c, "." | "!" | "?" | "”" | "\"" | ")" | "'" | "’") {
                    j += 1;
                    continue;
                }
                if c == "," {
                    // "…, X said, though …": a new clause starts; the cue was post-posed.
                    if toks.get(j + 1).is_some_and(|n| {
                        n.word
                            && matches!(
                                lower(t, n).as_str(),
                                "though"
                                    | "although"
                                    | "but"
                                    | "while"
                                    | "and"
                                    | "as"
                                    | "whereas"
                                    | "because"
                                    | "even"
                                    | "which"
                                    | "who"
                                    | "where"
                            )
                    }) {
                        return Some(citing);
                    }
                    j += 1;
                    continue;
                }
                return None;
            }
            let lw = lower(t, k);
            if let Some(h) = self.hit_starting(k.s) {
                match h.class {
                    CueClass::Participle => return Some(citing),
                    CueClass::Citing => {
                        let (s, e, nj) = self.np_fwd(toks, j + 1)?;
                        citing = Some((s, e));
                        j = nj;
                        continue;
                    }
                    CueClass::According => return Some(citing),
                    _ => return None,
                }
            }
            if ADV_FWD.contains(&lw.as_str()) {
                // An adverbial runs to the next comma; it must not contain "that".
                let mut n = j + 1;
                let mut len = 0;
                while let Some(k2) = toks.get(n) {
                    if !k2.word {
                        break;
                    }
                    let l2 = lower(t, k2);
                    // A finite verb means a clause, not an adverbial ("at least 14 trucks have …").
                    if l2 == "that"
                        || len > 7
                        || matches!(
                            l2.as_str(),
                            "have"
                                | "has"
                                | "had"
                                | "is"
                                | "are"
                                | "was"
                                | "were"
                                | "will"
                                | "would"
                                | "could"
                                | "can"
                                | "may"
                                | "might"
                                | "should"
                                | "did"
                                | "does"
                                | "do"
                        )
                    {
                        return None;
                    }
                    n += 1;
                    len += 1;
                }
                j = n;
                continue;
            }
            return None;
        }
    }

    /// Start of the clause that ends at token `ci` (after the last clause boundary).
    pub(super) fn clause_start(&self, toks: &[Tok], ci: usize) -> usize {
        let t = self.text;
        let mut k = ci;
        while k > 0 {
            let tk = &toks[k - 1];
            // A colon between digits is a clock time ("12:14 p.m."), not a clause break.
            let clock = &t[tk.s..tk.e] == ":"
                && t[..tk.s].ends_with(|c: char| c.is_ascii_digit())
                && t[tk.e..].starts_with(|c: char| c.is_ascii_digit());
            if !tk.word && matches!(&t[tk.s..tk.e], ";" | ":") && !clock {
                break;
            }
            k -= 1;
        }
        // "BEIRUT, Oct 17 (Reuters) - Iraqi pilots … are training …, a group said": the dateline
        // is where the story was filed, not part of what was said.
        if k == 0 {
            if let Some(d) = self.dateline_end(toks).filter(|&d| d + 1 < ci) {
                k = d + 1;
            }
        }
        while k < ci && (!toks[k].word && !matches!(&t[toks[k].s..toks[k].e], "“" | "\"")) {
            k += 1;
        }
        while k < ci && CONNECTIVES.contains(&lower(t, &toks[k]).as_str()) && k + 1 < ci {
            // Keep "But" out of the content.
            if lower(t, &toks[k]) == "and" {
                break;
            }
            k += 1;
        }
        toks.get(k)
            .map_or(self.sentences.last().map_or(0, |s| s.end), |x| x.s)
    }

    /// Is the word at byte `pos` a verb in its base form by the tagger ("resign" in "vowed to
    /// resign")? False without a Doc.
    pub(super) fn base_verb_at(&self, pos: usize) -> bool {
        self.doc
            .and_then(|d| d.token_starting_at(pos).map(|i| &d.tokens[i]))
            .is_some_and(|k| {
                matches!(
                    k.upos,
                    dossier_syntax::Upos::Verb | dossier_syntax::Upos::Aux
                ) && k.xpos == "VB"
            })
    }

    /// Whether pattern token `j` is a finite verb or modal by the tagger ("is", "was",
    /// "would", "'s"). False without a Doc.
    fn finite_verb_at(&self, toks: &[Tok], j: usize) -> bool {
        let Some((doc, k)) = self.doc.zip(toks.get(j)) else {
            return false;
        };
        doc.token_starting_at(k.s)
            .is_some_and(|i| super::phrase_checks::is_finite(&doc.tokens[i]))
    }

    /// Is the comma at token `n` the one between a month's day and its year ("Nov. 8, 2014")?
    fn day_before_year(&self, toks: &[Tok], n: usize) -> bool {
        let t = self.text;
        let digits = |i: usize, len: std::ops::RangeInclusive<usize>| {
            toks.get(i).is_some_and(|k| {
                let w = &t[k.s..k.e];
                k.word && len.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
            })
        };
        let month = |i: usize| {
            toks.get(i)
                .is_some_and(|k| crate::dates::is_month_word(&lower(t, k)))
        };
        n >= 2
            && digits(n - 1, 1..=2)
            && digits(n + 1, 4..=4)
            && (month(n - 2)
                || n >= 3 && toks.get(n - 2).is_some_and(|k| &t[k.s..k.e] == ".") && month(n - 3))
    }

    /// Skip hearer, adverbials, "that", commas and colons after a cue. Returns the content start
    /// and a citing relay if one sat there.
    pub(super) fn skip_to_content(
        &self,
        toks: &[Tok],
        mut j: usize,
        told: bool,
    ) -> (usize, Option<(usize, usize)>, bool) {
        let t = self.text;
        let mut citing = None;
        let mut that = false;
        if told {
            if let Some((_, _, nj)) = self.hearer(toks, j) {
                j = nj;
            }
        }
        let end = |j: usize| toks.get(j).map_or(toks.last().map_or(0, |k| k.e), |k| k.s);
        for _ in 0..8 {
            let Some(k) = toks.get(j) else { break };
            if !k.word {
                if matches!(&t[k.s..k.e], "," | ":" | "—") {
                    j += 1;
                    continue;
                }
                break;
            }
            let lw = lower(t, k);
            if lw == "that" {
                // "said that is incorrect": a "that" right before a finite verb is the
                // content's demonstrative subject, not the complementizer.
                if !self.finite_verb_at(toks, j + 1) {
                    j += 1;
                }
                that = true;
                break;
            }
            if let Some(h) = self.hit_starting(k.s) {
                if h.class == CueClass::Citing {
                    if let Some((s, e, nj)) = self.np_fwd(toks, j + 1) {
                        citing = Some((s, e));
                        j = nj;
                        continue;
                    }
                }
            }
            // "said to reporters that …": the one addressed, not an infinitive ("agreed to
            // ensure that …"), is skipped like an adverbial.
            let addressee = lw == "to"
                && self.doc.is_some()
                && !toks.get(j + 1).is_some_and(|n| self.base_verb_at(n.s));
            if ADV_FWD.contains(&lw.as_str()) || addressee {
                // Skip a short adverbial only when a comma, colon or "that" closes it.
                let mut n = j + 1;
                let mut closed = false;
                while let Some(k2) = toks.get(n) {
                    if n - j > 6 {
                        break;
                    }
                    // "said in a report Nov. 3 that …": a month's abbreviation point is no
                    // punctuation closing the adverbial.
                    if !k2.word
                        && &t[k2.s..k2.e] == "."
                        && n > 0
                        && toks[n - 1].word
                        && toks[n - 1].e == k2.s
                        && crate::dates::is_month_word(&lower(t, &toks[n - 1]))
                    {
                        n += 1;
                        continue;
                    }
                    // "stated on Nov. 8, 2014, that …": the comma between a month's day and
                    // its year is inside the date.
                    if !k2.word && &t[k2.s..k2.e] == "," && self.day_before_year(toks, n) {
                        n += 2;
                        continue;
                    }
                    if !k2.word {
                        closed = matches!(&t[k2.s..k2.e], "," | ":");
                        break;
                    }
                    if lower(t, k2) == "that" {
                        closed = true;
                        break;
                    }
                    if self.quote_opening_at(k2.s).is_some() {
                        break;
                    }
                    n += 1;
                }
                // The one addressed is skipped only before "that" ("revealed to Phelps, among
                // others" has no content after the comma).
                let that_next = toks.get(n).is_some_and(|k| lower(t, k) == "that");
                if closed && (!addressee || that_next) {
                    j = n;
                    continue;
                }
                // Single time word ("said Monday").
                if crate::dates::is_weekday(&lw)
                    || matches!(
                        lw.as_str(),
                        "yesterday"
                            | "today"
                            | "earlier"
                            | "again"
                            | "also"
                            | "publicly"
                            | "privately"
                            | "repeatedly"
                            | "recently"
                            | "separately"
                            | "later"
                            | "tonight"
                    )
                {
                    j += 1;
                    continue;
                }
            }
            break;
        }
        (end(j), citing, that)
    }

    /// Is everything from token `j` to the sentence end a short adjunct ("of Mr. Cruz",
    /// "for this story", "clutching the lectern with two hands") rather than a clause?
    pub(super) fn adverbial_tail(&self, toks: &[Tok], j: usize) -> bool {
        let t = self.text;
        let Some(first) = toks.get(j) else {
            return false;
        };
        let fw = lower(t, first);
        let opener = matches!(
            fw.as_str(),
            "of" | "for"
                | "with"
                | "about"
                | "without"
                | "as"
                | "while"
                | "after"
                | "before"
                | "during"
                | "in"
                | "on"
                | "at"
                | "to"
                | "from"
                | "through"
                | "via"
        ) || fw.ends_with("ing") && !is_cap(t, first);
        if !opener {
            return false;
        }
        // "As Europe faced pressure, Germany pledged to bolster its army": an infinitive after
        // the cue is its content, not an adverbial ("to reporters"). Not "to be": "the new
        // models, said to be the source of the crashes" is a reduced passive, no one's words.
        if fw == "to"
            && toks
                .get(j + 1)
                .is_some_and(|k| self.base_verb_at(k.s) && !t[k.s..k.e].eq_ignore_ascii_case("be"))
        {
            return false;
        }
        let rest: Vec<&Tok> = toks[j..].iter().filter(|k| k.word).collect();
        rest.len() <= 10
            && !toks[j..].iter().any(|k| in_quote(&self.quotes, k.s))
            && !rest.iter().any(|k| {
                matches!(
                    lower(t, k).as_str(),
                    "that"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "can"
                        | "may"
                        | "might"
                        | "did"
                        | "does"
                        | "do"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                )
            })
    }
}
