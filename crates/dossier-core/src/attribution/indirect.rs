//! Indirect speech: every cue not claimed by a quotation.
//!
//! The speaker is the subject before the cue within its clause or the phrase after a post-posed
//! cue ("…, said X"); the content is the clause the cue governs or the clause before a post-posed
//! cue. "according to X", "citing X" and "told Y" add relays; "asked whether …" is a question;
//! coordinated cues ("denied the report and said …") share the speaker.

use super::phrase_checks::{participle_on_phrase, subject_in_phrase};
use super::*;

impl Attributor<'_> {
    /// Push the statement of cue hit `hi` with `content`: extended over the quotation marks it
    /// touches, `mixed` when it holds a quotation, else `indirect`.
    pub(super) fn push_indirect(
        &mut self,
        hi: usize,
        si: usize,
        speaker: Speaker,
        content: (usize, usize),
    ) {
        self.push_relayed(hi, si, speaker, content, vec![], &[hi]);
    }

    /// [`Self::push_indirect`] with relays (`via`, nearest first) and every cue hit the
    /// statement uses ("quoted … as saying").
    pub(super) fn push_relayed(
        &mut self,
        hi: usize,
        si: usize,
        speaker: Speaker,
        content: (usize, usize),
        via: Vec<(usize, usize)>,
        used: &[usize],
    ) {
        let h = self.hits[hi];
        let content = self.extend_over_quotes(content.0, content.1);
        let mode = if self.overlaps_quote(content) {
            Mode::Mixed
        } else {
            Mode::Indirect
        };
        let d = Draft {
            speaker,
            cue: (h.s, h.e),
            mode,
            stance: h.stance,
            content,
            via,
            anonymous_hint: false,
            sentence: si,
        };
        self.push(d, used);
    }

    pub(super) fn indirect(&mut self, hi: usize, si: usize) {
        let h = self.hits[hi];
        let t = self.text;
        let toks = self.sentence_tokens(si);
        let Some(ci) = toks.iter().position(|k| k.s == h.s) else {
            return;
        };
        let ei = toks.iter().position(|k| k.s >= h.e).unwrap_or(toks.len());
        let sent = self.sentences[si];
        match h.class {
            CueClass::QuotedBy => {}
            CueClass::AsPut => self.as_put(hi, si, &toks, ci),
            CueClass::QuotedAs => {
                self.quoted_as(hi, si, &toks, ci);
            }
            // "Chosun Ilbo cited a recent visitor to North Korea (whom it did not identify) as
            // saying that …": a finite citing verb with "as saying" after its object frames the
            // object's words as "quoted … as saying" does; the subject relays them.
            CueClass::Citing
                if !t[h.s..h.e].to_lowercase().ends_with("ing")
                    && self.quoted_as(hi, si, &toks, ci) => {}
            CueClass::Citing
                if self.hits[self.hit_range(h.e, sent.end)].iter().any(|x| {
                    matches!(
                        x.class,
                        CueClass::Speech | CueClass::Told | CueClass::Object | CueClass::NoComment
                    )
                }) =>
            {
                // "Iranian media, citing the commander, reported …": the verb takes the relay;
                // "X, citing an ongoing investigation, declined to comment": a reason, no source.
            }
            // "Reuters is reporting that …, citing a security official": the report's source.
            CueClass::Citing if self.trailing_citing(hi, si, &toks, ei) => {}
            CueClass::According | CueClass::Citing => {
                let Some((mut ss, mut se, mut nj)) = self.np_fwd(&toks, ei) else {
                    return;
                };
                // "According to a Washington Post report, …": the report noun, a cue word that
                // stopped the phrase, is no content word (nor a cue); the speaker stays the
                // publisher named before it.
                let mut report_hit = None;
                if let Some(k) = toks.get(nj).filter(|k| {
                    k.word && report_noun(&lower(t, k)) && toks.get(nj + 1).is_none_or(|n| !n.word)
                }) {
                    nj += 1;
                    report_hit = self.hit_index_at(k.s);
                }
                // "according to reports in The Sun", "according to a report by The Times": a
                // report noun (generic, or a report/article/story/interview) with its publisher
                // after "in"/"by"/"from" is that publisher's.
                if let Some((ps, pe, pj)) = toks
                    .get(nj)
                    .filter(|k| {
                        k.word && matches!(lower(t, k).as_str(), "in" | "by" | "from") && {
                            let words: Vec<String> = t[ss..se]
                                .split_whitespace()
                                .map(str::to_lowercase)
                                .collect();
                            sourcing::generic_source(&words)
                                || words.last().is_some_and(|w| report_noun(w))
                        }
                    })
                    .and_then(|_| self.np_fwd(&toks, nj + 1))
                    .filter(|&(ps, _, _)| t[ps..].starts_with(char::is_uppercase))
                {
                    (ss, se, nj) = (ps, pe, pj);
                }
                // "according to a transcript released by the SITE Intelligence Group", "a
                // report published in the Telegraph": a text with a participle of issuing is
                // its publisher's; "according to a NASA statement issued last week": without a
                // publisher the text is the source, and the participle's phrase is neither
                // source nor content.
                let mut issued_hit = None;
                let mut adjunct_follows = false;
                if let Some(k) = (ss_index(&toks, ss)..=nj.min(toks.len().saturating_sub(1)))
                    .skip(1)
                    .find(|&k| {
                        toks[k].word
                            && Lexicon::get().issued.contains_key(&lower(t, &toks[k]))
                            && toks[k - 1].word
                            && report_noun(&lower(t, &toks[k - 1]))
                    })
                {
                    issued_hit = self.hit_index_at(toks[k].s);
                    let publisher = toks
                        .get(k + 1)
                        .filter(|b| {
                            let medium_in =
                                Lexicon::get().issued.get(&lower(t, &toks[k])) == Some(&true);
                            b.word
                                && match lower(t, b).as_str() {
                                    "by" => true,
                                    "in" => medium_in,
                                    _ => false,
                                }
                        })
                        .and_then(|_| self.np_fwd(&toks, k + 2));
                    match publisher {
                        Some(p) => (ss, se, nj) = p,
                        None => {
                            se = toks[k - 1].e;
                            nj = nj.max(k + 1);
                        }
                    }
                    adjunct_follows = true;
                }
                // "According to a blog linked to Isis, …": a participle the parse hangs on the
                // source's noun opens the rest of its description, not more of its name; the
                // phrase stops before it (`appositions::role_before_clause` reads the rest).
                let mut described = false;
                if h.class == CueClass::According && issued_hit.is_none() {
                    if let Some(k) = self
                        .doc
                        .and_then(|d| participle_on_phrase(d, &toks, ss_index(&toks, ss), nj))
                    {
                        se = toks[k - 1].e;
                        nj = k;
                        described = true;
                    }
                }
                // "According to Mexico's attorney general none of the missing students were …":
                // without a comma the phrase ran on into the subject of the clause after it.
                if h.class == CueClass::According && issued_hit.is_none() && !described {
                    if let Some(k) = self
                        .doc
                        .and_then(|d| subject_in_phrase(d, t, &toks, ss_index(&toks, ss), nj))
                        .filter(|&k| self.can_speak(ss, toks[k - 1].e))
                    {
                        se = toks[k - 1].e;
                        nj = k;
                    }
                }
                // "citing legal advice", "citing a number of apparent flaws in the footage",
                // "cited the 13-hour difference": a reason or a piece of evidence, not a source;
                // only a phrase whose head can speak relays (`positions.rs::speaking_head`).
                if h.class == CueClass::Citing && !self.can_speak(ss, se) {
                    return;
                }
                let before_words = toks[..ci].iter().filter(|k| k.word).count();
                let left = {
                    let e = toks[..ci]
                        .iter()
                        .rev()
                        .find(|k| k.word || !matches!(&t[k.s..k.e], "," | "—" | "("))
                        .map_or(toks[ci].s, |k| k.e);
                    let start = self.clause_start(&toks, ci);
                    (start, e.max(start))
                };
                let right = {
                    let mut j = nj;
                    // "According to a statement released by his family on Friday, the aid
                    // worker …": the issuing's time or place runs to the comma.
                    if adjunct_follows && before_words == 0 && toks.get(j).is_some_and(|k| k.word) {
                        if let Some(c) = toks[j..]
                            .iter()
                            .take(10)
                            .position(|k| !k.word && &t[k.s..k.e] == ",")
                        {
                            j += c;
                        }
                    }
                    while toks.get(j).is_some_and(|k| !k.word && &t[k.s..k.e] == ",") {
                        j += 1;
                    }
                    let cs = toks.get(j).map_or(sent.end, |k| k.s);
                    (cs, self.content_end(si, cs).max(cs))
                };
                // "According to X, an analyst with Y, …": the role in apposition to X is
                // neither content nor a side of its own.
                // After a participle phrase on the source, words with no clause of their own
                // are all description ("…, according to a biography distributed on Islamist
                // forums that says …"): no content on that side.
                let right = match self
                    .doc
                    .and_then(|d| super::appositions::role_before_clause(d, t, right.0, right.1))
                {
                    Some(s) if h.class == CueClass::According => (s.min(right.1), right.1),
                    None if described => (right.1, right.1),
                    _ => right,
                };
                // "Since November, according to X, forces have killed …": the longer side.
                let content = if before_words >= 3 && left.1 - left.0 >= right.1 - right.0 {
                    left
                } else if right.1 > right.0 {
                    right
                } else {
                    left
                };
                if content.0 >= content.1 {
                    return;
                }
                let content = self.extend_over_quotes(content.0, content.1);
                let mode = if h.class == CueClass::According {
                    Mode::AccordingTo
                } else {
                    Mode::Indirect
                };
                let d = Draft {
                    speaker: Speaker::Phrase(ss, se),
                    cue: (h.s, h.e),
                    mode,
                    stance: Stance::Assert,
                    content,
                    via: vec![],
                    anonymous_hint: false,
                    sentence: si,
                };
                let used: Vec<usize> = std::iter::once(hi)
                    .chain(report_hit)
                    .chain(issued_hit)
                    .collect();
                self.push(d, &used);
            }
            CueClass::NoComment => {
                let Some(sp) = self.subject(&toks, ci) else {
                    return;
                };
                // "The embassy said it had no comment": already the said-statement's content.
                if self.refusal_inside_statement(sp, (h.s, h.e), si) {
                    return;
                }
                let rest = self.content_end(si, toks.get(ei).map_or(sent.end, |k| k.s));
                let cs = toks.get(ei).map_or(sent.end, |k| k.s);
                let content = if rest > cs { (cs, rest) } else { (h.s, h.e) };
                let d = Draft::no_comment(sp, (h.s, h.e), content, si);
                self.push(d, &[hi]);
            }
            CueClass::Participle => {
                // "…, even suggesting …": an adverb between the comma and the participle.
                let prev_comma = ci > 0 && !toks[ci - 1].word
                    || ci > 1
                        && !toks[ci - 2].word
                        && &self.text[toks[ci - 2].s..toks[ci - 2].e] == ","
                        && self.adverb_at(toks[ci - 1].s);
                let speaker = self.clause_speaker(si, &toks, ci);
                let Some(sp) = speaker else { return };
                if !prev_comma && !matches!(sp, Speaker::Phrase(..)) {
                    return;
                }
                let cs = self.skip_to_content(&toks, ei, false).0;

                let ce = self.content_end(si, cs);
                if cs >= ce {
                    return;
                }
                self.push_indirect(hi, si, sp, (cs, ce));
            }
            CueClass::Speech if self.asked_question(hi, si, &toks, ci, ei) => {}
            CueClass::Speech | CueClass::Told | CueClass::Belief | CueClass::Object => {
                self.verb_cue(hi, si, &toks, ci, ei);
            }
        }
    }

    pub(super) fn verb_cue(&mut self, hi: usize, si: usize, toks: &[Tok], ci: usize, ei: usize) {
        let h = self.hits[hi];
        let t = self.text;
        let sent = self.sentences[si];
        let (np, boundary) = self.np_back(toks, ci);
        // "…, in the Yemeni capital, Sana'a, said Fakhri al-Arashi, chief editor …": when the
        // parse gives the cue its subject after it, the noun phrase before ", said" closes the
        // content and the speaker follows the cue.
        let comma_before_cue =
            ci > 0 && !toks[ci - 1].word && &t[toks[ci - 1].s..toks[ci - 1].e] == ",";
        let (np, boundary) = if comma_before_cue && self.subject_after_cue(h.s, h.e) {
            (None, Some(ci - 1))
        } else {
            (np, boundary)
        };
        // A comma before the subject, or a closing quote right after one
        // (`goals,” Silverman said`).
        let bcomma = |b: Option<usize>| {
            b.is_some_and(|b| {
                !toks[b].word
                    && match &t[toks[b].s..toks[b].e] {
                        "," | "—" => true,
                        // The typewriter pair `,''` is two apostrophe tokens.
                        "”" | "\"" | "'" => t[..toks[b].s]
                            .trim_end_matches('\'')
                            .ends_with([',', '?', '!']),
                        _ => false,
                    }
            })
        };
        // Enough words before a post-posed cue to be content ("Sorry, Sanders said." counts;
        // "However, he said." does not).
        let enough_before = |b: usize| {
            let words: Vec<&Tok> = toks[..b].iter().filter(|k| k.word).collect();
            words.len() >= 3
                || !words.is_empty()
                    && !words.iter().all(|w| {
                        CONNECTIVES.contains(&lower(t, w).as_str())
                            || matches!(
                                lower(t, w).as_str(),
                                "meanwhile" | "separately" | "however" | "earlier" | "later"
                            )
                    })
        };
        // Post-posed: "…, X said (on Monday)." / "…, said X."
        if matches!(
            h.class,
            CueClass::Speech | CueClass::Told | CueClass::Belief
        ) {
            let mut post: Option<PostPosed> = None;
            if let (Some(r), true) = (np, bcomma(boundary)) {
                let b = boundary.unwrap_or(0);
                let mut rest_j = ei;
                let mut via = vec![];
                if h.class == CueClass::Told {
                    via = self.hearer_relay(toks, ei);
                    if let Some((_, _, nj)) = self.hearer(toks, ei) {
                        rest_j = nj;
                    }
                }
                if enough_before(b)
                    && self.valid_np(r)
                    && !self.name_only(self.clause_start(toks, b), toks[b].s)
                {
                    if let Some(cit) = self.trivial_rest(toks, rest_j) {
                        post = Some((r, b, cit, via));
                    }
                }
            } else if np.is_none() && bcomma(boundary) && h.class == CueClass::Speech {
                let b = boundary.unwrap_or(0);
                if let Some((s, e, nj)) = self.np_fwd(toks, ei) {
                    // "Its head, Sergei Lavrov, said the talks would continue": a subject with
                    // its apposition before the cue, not content before a post-posed "said X".
                    let cs = self.clause_start(toks, b);
                    if self.valid_np((s, e))
                        && enough_before(b)
                        && !self.finite_verb_in(s, e)
                        && self.clause_like(cs, toks[b].s)
                    {
                        // "said X, deputy commander of Y." — apposition after the name is fine.
                        let mut rj = nj;
                        if toks.get(rj).is_some_and(|k| &t[k.s..k.e] == ",") {
                            rj += 1;
                            while toks.get(rj).is_some_and(|k| k.word) {
                                rj += 1;
                            }
                        }
                        if let Some(cit) = self.trivial_rest(toks, rj) {
                            post = Some(((s, e), b, cit, vec![]));
                        }
                    }
                }
            }
            // "…, its chief negotiator, Abbas Araghchi, said": a speaker in commas.
            if post.is_none() && comma_before_cue {
                post = self.appositive_speaker(toks, ci, ei, h.class == CueClass::Told);
            }
            if let Some((speaker, b, citing, mut via)) = post {
                let cs = self.clause_start(toks, b);
                let ce = toks[b].s;
                // `…,'' said X`: the boundary is the second apostrophe of the pair.
                let slice = &t[cs..ce.max(cs)];
                let slice = slice.strip_suffix(",'").unwrap_or(slice);
                let slice = slice.trim_end_matches([',', ' ', '”', '"']);
                let content = (cs, cs + slice.len());
                if content.0 < content.1 {
                    let content = self.extend_over_quotes(content.0, content.1);
                    let mode = if self.overlaps_quote(content) {
                        Mode::Mixed
                    } else {
                        Mode::Indirect
                    };
                    let (speaker, anon) = match citing {
                        Some(c) => {
                            via.insert(0, speaker);
                            (c, false)
                        }
                        None => (speaker, false),
                    };
                    let mut used = vec![hi];
                    if let Some(c) = citing {
                        if let Some(p) = self
                            .hits
                            .iter()
                            .position(|x| x.e <= c.0 && x.class == CueClass::Citing && x.s > h.s)
                        {
                            used.push(p);
                        }
                    }
                    let d = Draft {
                        speaker: Speaker::Phrase(speaker.0, speaker.1),
                        cue: (h.s, h.e),
                        mode,
                        stance: h.stance,
                        content,
                        via,
                        anonymous_hint: anon,
                        sentence: si,
                    };
                    self.push(d, &used);
                    return;
                }
            }
        }
        // Pre-posed: "X said (on Monday) (that) …".
        let sp = match self.subject(toks, ci) {
            Some(sp) => sp,
            None => {
                // "X admitted …, but said …": the coordinated verb shares the subject.
                let (_, b) = self.np_back(toks, ci);
                let coord = b.is_some_and(|b| {
                    toks[b].word && matches!(lower(t, &toks[b]).as_str(), "but" | "and")
                });
                // Only a bare coordination shares a speaker, the earlier statement's or the
                // sentence subject: "…, but al-Nusra has condemned it" has a subject of its own
                // (one the phrase rules do not take), whether or not the earlier statement is
                // drafted yet (the refusal frame of `nocomment.rs` comes in a later pass). A
                // coordinator right after the sentence subject joins nouns, not clauses:
                // "Several Islamist blogs and websites reported …" is the subject's.
                let bare = b.is_some_and(|b| {
                    toks[b + 1..ci]
                        .iter()
                        .all(|k| !k.word || ADV_BACK.contains(&lower(t, k).as_str()))
                });
                if coord && !bare {
                    let joins_subject = |e: usize| {
                        b.is_some_and(|b| {
                            toks[b].s >= e
                                && toks[..b]
                                    .iter()
                                    .rev()
                                    .take_while(|k| k.s >= e)
                                    .all(|k| !k.word)
                        })
                    };
                    match self.sentence_subject(toks) {
                        Some((a, e)) if e <= h.s && joins_subject(e) => (a, e),
                        _ => return,
                    }
                } else {
                    let prev = self
                        .drafts_of(si)
                        .iter()
                        .rev()
                        .copied()
                        .find(|&p| self.drafts[p].cue.0 < h.s);
                    match (coord, prev) {
                        (true, Some(p)) => {
                            self.coordinated(hi, si, toks, ei, p);
                            return;
                        }
                        // "The court overruled and said …": the sentence subject.
                        (true, None) => match self.sentence_subject(toks) {
                            Some((a, b)) if b <= h.s => (a, b),
                            _ => return,
                        },
                        _ => return,
                    }
                }
            }
        };
        // An apposition holding "citing Y" ("The Journal, citing officials, reported …").
        let mut via = vec![];
        let mut speaker = sp;
        let mut used = vec![hi];
        if let Some(p) = self
            .hit_range(sp.1 + 1, h.s)
            .find(|&x| self.hits[x].class == CueClass::Citing && self.hits[x].e <= h.s)
        {
            if let Some(pi) = toks.iter().position(|k| k.s >= self.hits[p].e) {
                if let Some((s, e, _)) = self.np_fwd(toks, pi) {
                    via.push(speaker);
                    speaker = (s, e);
                    used.push(p);
                }
            }
        } else if let Some(p) = toks
            .iter()
            .rposition(|k| k.e <= sp.0)
            .filter(|&pi| toks[pi].word)
            .and_then(|pi| Some((pi, self.hit_index_at(toks[pi].s)?)))
            .filter(|&(_, x)| self.hits[x].class == CueClass::Citing)
        {
            // "Maariv quotes a senior official who said …": the official speaks, relayed by the
            // phrase before the citing word.
            if let (Some(relay), _) = self.np_back(toks, p.0) {
                via.push(relay);
                used.push(p.1);
            }
        }
        let between = t[sp.1.min(h.s)..h.s].to_lowercase();
        let anon_apposition = [
            "anonymity",
            "not authorized",
            "not authorised",
            "not to be named",
            "not be named",
        ]
        .iter()
        .any(|w| between.contains(w));
        let told = h.class == CueClass::Told;
        if told {
            via.extend(self.hearer_relay(toks, ei));
        }
        if h.class == CueClass::Object {
            // "voiced alarm, calling it a threat": the participle carries the content.
            if toks.get(ei).is_some_and(|k| !k.word && &t[k.s..k.e] == ",") {
                return;
            }
            // "Tehran said it supports no party": a stance verb inside reported content is
            // part of that content, not a statement of its own.
            if h.stance == Stance::Assert && self.drafts_containing(h.s, h.e).next().is_some() {
                return;
            }
        }
        let (cs, citing, that) = if h.class == CueClass::Object {
            // Object content keeps its words: "dismissed the claims as baseless"; but a time
            // adverbial closed by "that" is skipped ("denied on Sunday night that …").
            let mut j = ei;
            while toks.get(j).is_some_and(|k| !k.word) {
                j += 1;
            }
            match self.skip_to_content(toks, ei, false) {
                (cs, None, true) => (cs, None, true),
                _ => (toks.get(j).map_or(sent.end, |k| k.s), None, false),
            }
        } else {
            self.skip_to_content(toks, ei, told)
        };
        if let Some(c) = citing {
            via.insert(0, speaker);
            speaker = c;
            if let Some(p) = self
                .hit_range(h.s + 1, c.0)
                .find(|&x| self.hits[x].class == CueClass::Citing && self.hits[x].e <= c.0)
            {
                used.push(p);
            }
        }
        // "Kim cracked bones in his ankles …, the Chosun Ilbo said, citing a recent visitor to
        // North Korea it didn’t identify.": a cue set off after a clause, with a citing phrase
        // and no "that" after it, is post-posed: the clause before is the content, relayed from
        // the cited phrase; the words after the cited phrase are none.
        if citing.is_some() && !that && self.clause_before(toks, sp) {
            self.post_posed_fallback(hi, si, toks, (speaker, sp), via, used);
            return;
        }
        if cs >= sent.end {
            return;
        }
        // Only an adverbial left ("… Roffman said in a recent interview."): the cue is
        // post-posed after a quote or clause the other rules did not take.
        if h.class != CueClass::Object {
            if let Some(ci2) = toks.iter().position(|k| k.s == cs) {
                if toks[ci2].word
                    && (ADV_FWD.contains(&lower(t, &toks[ci2]).as_str())
                        && self.trivial_rest(toks, ci2).is_some()
                        || self.adverbial_tail(toks, ci2))
                {
                    self.post_posed_fallback(hi, si, toks, (speaker, sp), via, used);
                    return;
                }
            }
            if self.participle_after_post_posed(toks, speaker, h.e, cs) {
                self.post_posed_fallback(hi, si, toks, (speaker, sp), via, used);
                return;
            }
        }
        let mut ce = self.content_end(si, cs);
        // In a relative clause ("The man, who asked that his name be withheld, lives …") the
        // content ends with the clause.
        let (np_raw, _) = self.np_back(toks, ci);
        if np_raw.is_some_and(|r| matches!(t[r.0..r.1].to_lowercase().as_str(), "who" | "which")) {
            if let Some(c) = toks.iter().find(|k| {
                k.s >= cs
                    && k.s < ce
                    && !k.word
                    && &t[k.s..k.e] == ","
                    && !in_quote(&self.quotes, k.s)
            }) {
                ce = c.s;
            }
        }
        if cs >= ce {
            return;
        }
        let content = self.extend_over_quotes(cs, ce);
        // A quote right after the cue is direct speech ("said: “…”").
        let mode = match self.quote_opening_at(cs).map(|qi| self.quotes[qi]) {
            Some(q) if q.inner_end + 1 >= content.1 && !that => Mode::Direct,
            _ if self.overlaps_quote(content) => Mode::Mixed,
            _ => Mode::Indirect,
        };
        let content = if mode == Mode::Direct {
            let qi = self.quote_opening_at(cs).unwrap_or(0);
            self.quote_content(qi)
        } else {
            content
        };
        let d = Draft {
            speaker: Speaker::Phrase(speaker.0, speaker.1),
            cue: (h.s, h.e),
            mode,
            stance: h.stance,
            content,
            via,
            anonymous_hint: anon_apposition,
            sentence: si,
        };
        self.push(d, &used);
    }

    /// A post-posed cue whose content is the quote or clause right before its subject.
    pub(super) fn post_posed_fallback(
        &mut self,
        hi: usize,
        si: usize,
        toks: &[Tok],
        // The speaker, and the phrase the content closes before (the speaker's own, or a
        // relay's when the speaker is the phrase it cites).
        (speaker, at): ((usize, usize), (usize, usize)),
        via: Vec<(usize, usize)>,
        used: Vec<usize>,
    ) {
        let h = self.hits[hi];
        let t = self.text;
        let Some(si0) = toks.iter().position(|k| k.s == at.0) else {
            return;
        };
        if si0 == 0 {
            return;
        }
        let b = &toks[si0 - 1];
        let bt = &t[b.s..b.e];
        let (content, mode) = if matches!(bt, "”" | "\"") {
            match self.quote_closing_at(b.e) {
                Some(qi) if !self.quote_used[qi] => {
                    self.quote_used[qi] = true;
                    (self.quote_content(qi), Mode::Direct)
                }
                _ => return,
            }
        } else if bt == "," {
            let cs = self.clause_start(toks, si0 - 1);
            let slice = t[cs..b.s].trim_end_matches([',', ' ', '”', '"']);
            let c = self.extend_over_quotes(cs, cs + slice.len());
            let mode = if self.overlaps_quote(c) {
                Mode::Mixed
            } else {
                Mode::Indirect
            };
            (c, mode)
        } else {
            return;
        };
        // "On Monday, the minister vowed …": a fronted adverbial with no verb is no content.
        if content.0 >= content.1
            || t[content.0..content.1].split_whitespace().count() < 2
            || mode == Mode::Indirect && self.name_only(content.0, content.1)
            || mode == Mode::Indirect && !self.clause_like(content.0, content.1)
        {
            return;
        }
        let d = Draft {
            speaker: Speaker::Phrase(speaker.0, speaker.1),
            cue: (h.s, h.e),
            mode,
            stance: h.stance,
            content,
            via,
            anonymous_hint: false,
            sentence: si,
        };
        self.push(d, &used);
    }

    /// Is the phrase at `sp` set off by a comma after a clause of the same sentence ("Kim
    /// cracked bones …, | the Chosun Ilbo")?
    fn clause_before(&self, toks: &[Tok], sp: (usize, usize)) -> bool {
        let Some(p) = toks.iter().rposition(|k| k.e <= sp.0) else {
            return false;
        };
        if &self.text[toks[p].s..toks[p].e] != "," {
            return false;
        }
        let cs = self.clause_start(toks, p);
        cs < toks[p].s && self.clause_like(cs, toks[p].s)
    }

    /// "Kim Jong Un is in firm control …, a source … said yesterday, playing down speculation
    /// over …": a participle after the cue and a comma, the speaker set off by a comma or a
    /// closing quote after the clause before it, is the speaker's act, not what was said; the
    /// cue is post-posed. "Officials said, speaking on condition of anonymity, that …" (no
    /// clause before the speaker) is left to the content rules.
    fn participle_after_post_posed(
        &self,
        toks: &[Tok],
        speaker: (usize, usize),
        cue_end: usize,
        cs: usize,
    ) -> bool {
        let t = self.text;
        let Some(doc) = self.doc else { return false };
        // The participle hangs on the cue ("said yesterday, playing down …"); one the parse
        // hangs elsewhere is the content's own ("…, she added, revoking clearances would be
        // …", a subject; "…, they say, imposing new import restrictions", the content's verb).
        let ci = doc.tokens.partition_point(|k| (k.end as usize) < cue_end);
        let cue = doc
            .tokens
            .get(ci)
            .is_some_and(|k| k.end as usize == cue_end)
            .then_some(ci);
        let participle = doc.token_starting_at(cs).is_some_and(|i| {
            doc.tokens[i].xpos == "VBG"
                && doc.tokens[i].rel == dossier_syntax::Rel::Advcl
                && cue.is_some_and(|c| doc.head(i) == Some(c))
        });
        let set_off = toks
            .iter()
            .rposition(|k| k.e <= speaker.0)
            .is_some_and(|p| p > 0 && matches!(&t[toks[p].s..toks[p].e], "," | "”" | "\""));
        participle && set_off && t.get(cue_end..cs).is_some_and(|g| g.contains(','))
    }

    /// A cue coordinated with an earlier one ("…, but said …"): same speaker.
    pub(super) fn coordinated(
        &mut self,
        hi: usize,
        si: usize,
        toks: &[Tok],
        ei: usize,
        prev: usize,
    ) {
        let h = self.hits[hi];
        let (cs, _, _) = self.skip_to_content(toks, ei, h.class == CueClass::Told);
        let ce = self.content_end(si, cs);
        if cs >= ce {
            return;
        }
        let content = self.extend_over_quotes(cs, ce);
        let mode = if self.overlaps_quote(content) {
            Mode::Mixed
        } else {
            Mode::Indirect
        };
        // The earlier statement's content stops where this clause begins.
        let d0 = &mut self.drafts[prev];
        if d0.content.0 < h.s && h.s < d0.content.1 {
            let cut = self.text[d0.content.0..h.s]
                .trim_end()
                .trim_end_matches(" but")
                .trim_end_matches(" and")
                .trim_end_matches([',', ' ']);
            d0.content.1 = d0.content.0 + cut.len();
        }
        let d = Draft {
            speaker: Speaker::Same(prev),
            cue: (h.s, h.e),
            mode,
            stance: h.stance,
            content,
            via: self.drafts[prev].via.clone(),
            anonymous_hint: self.drafts[prev].anonymous_hint,
            sentence: si,
        };
        self.push(d, &[hi]);
    }
}

/// The index of the token starting at byte `s` (the first one after it if none does).
fn ss_index(toks: &[Tok], s: usize) -> usize {
    toks.partition_point(|k| k.s < s)
}

/// A noun naming a published piece whose publisher is its source ("a Washington Post report",
/// "a report by The Times").
fn report_noun(w: &str) -> bool {
    Lexicon::get().report_nouns.contains(w)
}
