//! Direct speech: quotations and their speakers.
//!
//! "X was quoted by Y as saying …" first; then each quotation looks for its cue after it
//! (“…,” he said / “…,” said X), before it (X said: “…”), takes a colon-introduced speaker, or
//! continues the previous speaker when it opens a sentence without a cue. Headlines of the form
//! "Speaker: claim" last.

use super::*;

impl Attributor<'_> {
    /// "X was quoted by Y as saying …".
    pub(super) fn quoted_by(&mut self, hi: usize) {
        let h = self.hits[hi];
        let Some(si) = self.sentence_of(h.s) else {
            return;
        };
        let toks = self.sentence_tokens(si);
        let Some(ci) = toks.iter().position(|k| k.s == h.s) else {
            return;
        };
        let Some(ei) = toks.iter().position(|k| k.s >= h.e) else {
            return;
        };
        let Some(speaker) = self.subject(&toks, ci) else {
            return;
        };
        let t = self.text;
        let Some((rs, re, mut j)) = self.np_fwd(&toks, ei) else {
            return;
        };
        let mut cue_end = h.e;
        let mut used = vec![hi];
        // "was quoted by Reuters on Friday as saying": a short adverbial of words between the
        // relay and "as saying" belongs to the frame, not to the content.
        if let Some(a) = (j..toks.len().min(j + 6))
            .take_while(|&k| toks[k].word)
            .find(|&k| {
                lower(t, &toks[k]) == "as"
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| self.hit_index_at(n.s).is_some())
            })
        {
            j = a;
        }
        if toks.get(j).is_some_and(|k| lower(t, k) == "as") {
            j += 1;
            if let Some(k) = toks.get(j) {
                if let Some(pi) = self.hit_index_at(k.s) {
                    cue_end = self.hits[pi].e;
                    used.push(pi);
                    j += 1;
                }
            }
        }
        while toks.get(j).is_some_and(|k| {
            !k.word && matches!(&t[k.s..k.e], "," | ":") || k.word && lower(t, k) == "that"
        }) {
            j += 1;
        }
        let cstart = toks.get(j).map_or(self.sentences[si].end, |k| k.s);
        let rest_empty = toks[j.min(toks.len())..].iter().all(|k| !k.word);
        let (content, mode) = match self.quote_opening_at(cstart) {
            Some(qi) => {
                self.quote_used[qi] = true;
                (self.quote_content(qi), Mode::Direct)
            }
            // “…,” X, a resident, was quoted by the AP as saying.: the quotation before.
            None if rest_empty => match self.quote_closing_before(speaker.0, si) {
                Some(qi) => {
                    self.quote_used[qi] = true;
                    (self.quote_content(qi), Mode::Direct)
                }
                None => return,
            },
            None => {
                let end = self.content_end(si, cstart);
                (self.extend_over_quotes(cstart, end), Mode::Indirect)
            }
        };
        if content.0 >= content.1 {
            return;
        }
        let mode = if mode == Mode::Indirect && self.overlaps_quote(content) {
            Mode::Mixed
        } else {
            mode
        };
        let d = Draft {
            speaker: Speaker::Phrase(speaker.0, speaker.1),
            cue: (h.s, cue_end),
            mode,
            stance: Stance::Assert,
            content,
            via: vec![(rs, re)],
            anonymous_hint: false,
            sentence: si,
        };
        self.push(d, &used);
    }

    /// The unused quotation that closes right before `at` (a comma between at most) and opens
    /// in sentence `si` or earlier in the same paragraph: “…,” X was quoted as saying.
    fn quote_closing_before(&self, at: usize, si: usize) -> Option<usize> {
        let t = self.text;
        let qi = self.quotes.iter().rposition(|q| q.close <= at)?;
        let q = self.quotes[qi];
        let gap = t[q.close..at].trim();
        let same_paragraph = self
            .sentence_of(q.open)
            .is_some_and(|s| self.sentences[s].paragraph == self.sentences[si].paragraph);
        (!self.quote_used[qi] && (gap.is_empty() || gap == ",") && same_paragraph).then_some(qi)
    }

    pub(super) fn quote_content(&self, qi: usize) -> (usize, usize) {
        let q = &self.quotes[qi];
        let inner = &self.text[q.inner_start..q.inner_end];
        let trimmed = inner.trim_end_matches([',', ' ', '\n']).trim_start();
        let s = q.inner_start + (inner.len() - inner.trim_start().len());
        (s, s + trimmed.len())
    }

    pub(super) fn overlaps_quote(&self, r: (usize, usize)) -> bool {
        // Quotes are sorted and disjoint: the first one ending after r.0 is the only candidate.
        let i = self.quotes.partition_point(|q| q.inner_end <= r.0);
        self.quotes.get(i).is_some_and(|q| q.inner_start < r.1)
    }

    /// After a cue that follows a quotation ending its own sentence (“…?” / “…!”), only the
    /// one addressed or talked about and then trivial words: “…?” Clinton said to People,
    /// “…!” she told CNN on Monday, “…?” he said about the plan. The quotation is the content.
    fn addressee_then_trivial(&self, toks: &[Tok], ei: usize, class: CueClass) -> bool {
        let t = self.text;
        let rest_ok = |j: usize| self.trivial_rest(toks, j).is_some();
        if class == CueClass::Told {
            return self.hearer(toks, ei).is_some_and(|(_, _, n)| rest_ok(n));
        }
        toks.get(ei)
            .is_some_and(|k| k.word && matches!(lower(t, k).as_str(), "to" | "about"))
            && self
                .np_fwd(toks, ei + 1)
                .is_some_and(|(_, _, n)| rest_ok(n))
    }

    pub(super) fn direct_quote(&mut self, qi: usize) {
        let q = self.quotes[qi];
        let t = self.text;
        let (Some(sq), Some(se)) = (self.sentence_of(q.open), self.sentence_of(q.close - 1)) else {
            return;
        };
        let content = self.quote_content(qi);
        if content.0 >= content.1 {
            return;
        }
        // (a) cue after the quote: “…,” he said / “…,” said X / “…,” according to X.
        // A quote in mid-clause ("were “at a sensitive stage.”") is a partial quote of the
        // surrounding statement, never a direct quote of the next cue.
        let lead = t[self.sentences[sq].start..q.open].trim_end();
        let standalone = lead.is_empty() || lead.ends_with([',', ':', '—', '(']);
        let mut after_sents = vec![se];
        if !standalone {
            after_sents.clear();
        }
        if standalone
            && se + 1 < self.sentences.len()
            && t[q.close..self.sentences[se].end].trim().is_empty()
            && self.sentences[se + 1].paragraph == self.sentences[se].paragraph
        {
            after_sents.push(se + 1);
        }
        for &s2 in &after_sents {
            let toks = self.sentence_tokens(s2);
            let first = toks
                .iter()
                .position(|k| k.s >= q.close)
                .unwrap_or(toks.len());
            // Limit: the next quote or 10 tokens.
            let limit = toks[first..]
                .iter()
                .take(30)
                .position(|k| self.quote_opening_at(k.s).is_some())
                .map_or((first + 30).min(toks.len()), |p| first + p);
            for ci in first..limit {
                let Some(hi) = self.hit_at.get(&toks[ci].s).copied() else {
                    continue;
                };
                let h = self.hits[hi];
                if self.hit_used[hi].is_some()
                    || !matches!(
                        h.class,
                        CueClass::Speech | CueClass::Told | CueClass::Belief | CueClass::According
                    )
                {
                    continue;
                }
                // Between the quote and the cue: only a comma and a subject phrase.
                let mut k0 = first;
                while k0 < ci && !toks[k0].word && matches!(&t[toks[k0].s..toks[k0].e], "," | "—")
                {
                    k0 += 1;
                }
                let ei = toks.iter().position(|k| k.s >= h.e).unwrap_or(toks.len());
                let (speaker, via) = if h.class == CueClass::According {
                    if k0 != ci {
                        break;
                    }
                    match self.np_fwd(&toks, ei) {
                        Some((s, e, _)) => (Some((s, e)), vec![]),
                        None => break,
                    }
                } else if k0 == ci {
                    // Inverted: “…,” said Nozari / said Woods' agent, Mark Steinberg.
                    match self.np_fwd(&toks, ei) {
                        Some((s, e, next)) if self.valid_np((s, e)) => {
                            (Some(self.name_in_apposition(&toks, (s, e), next)), vec![])
                        }
                        _ => break,
                    }
                } else {
                    // “…,” Gene Sperling, a top adviser, said: the subject starts at the quote.
                    let Some(np) = self.subject(&toks, ci) else {
                        break;
                    };
                    // “…,” Khamenei's adviser, Ali Velayati, said: a role description in
                    // apposition before the name; the name is the speaker.
                    if np.0 != toks[k0].s && !self.description_before(toks[k0].s, np.0) {
                        break;
                    }
                    let via = if h.class == CueClass::Told {
                        self.hearer_relay(&toks, ei)
                    } else {
                        vec![]
                    };
                    (Some(np), via)
                };
                let Some(sp) = speaker else { break };
                if s2 != se
                    && self.trivial_rest(&toks, ei).is_none()
                    && !self.addressee_then_trivial(&toks, ei, h.class)
                {
                    break;
                }
                let mode = if h.class == CueClass::According {
                    Mode::AccordingTo
                } else {
                    Mode::Direct
                };
                self.quote_used[qi] = true;
                let d = Draft {
                    speaker: Speaker::Phrase(sp.0, sp.1),
                    cue: (h.s, h.e),
                    mode,
                    stance: h.stance,
                    content,
                    via,
                    anonymous_hint: false,
                    sentence: s2,
                };
                self.push(d, &[hi]);
                return;
            }
        }
        // (b) cue before the quote: X said: “…” / X told reporters, “…” / “A,” he said, “B.”
        let toks = self.sentence_tokens(sq);
        let qtok = toks
            .iter()
            .position(|k| k.s >= q.open)
            .unwrap_or(toks.len());
        let mut best: Option<usize> = None;
        let sent = self.sentences[sq];
        for hi in self.hit_range(sent.start, sent.end) {
            if self.hits[hi].e <= q.open {
                best = Some(hi);
            }
        }
        if let Some(hi) = best {
            let h = self.hits[hi];
            let gap = t[h.e..q.open].trim();
            let ok_gap = gap.is_empty()
                || ((gap.ends_with(',') || gap.ends_with(':'))
                    && gap.len() <= 60
                    && !gap.contains(['.', ';', '“', '”', '"']));
            let gap_lower = gap.to_lowercase();
            let that_gap = gap_lower == "that" || gap_lower.ends_with(" that");
            if ok_gap && !that_gap && qtok > 0 {
                if let Some(prev) = self.hit_used[hi] {
                    // “A,” he said, “B.” — same speaker and cue.
                    if self
                        .drafts
                        .get(prev)
                        .is_some_and(|d| d.mode == Mode::Direct)
                    {
                        self.quote_used[qi] = true;
                        let d = Draft {
                            speaker: Speaker::Same(prev),
                            cue: self.drafts[prev].cue,
                            mode: Mode::Direct,
                            stance: h.stance,
                            content,
                            via: self.drafts[prev].via.clone(),
                            anonymous_hint: false,
                            sentence: sq,
                        };
                        self.push(d, &[]);
                        return;
                    }
                } else if matches!(
                    h.class,
                    CueClass::Speech
                        | CueClass::Told
                        | CueClass::Participle
                        | CueClass::Belief
                        | CueClass::Object
                ) {
                    let ci = toks.iter().position(|k| k.s == h.s).unwrap_or(0);
                    let ei = toks.iter().position(|k| k.s >= h.e).unwrap_or(toks.len());
                    let speaker = if h.class == CueClass::Participle {
                        self.clause_speaker(sq, &toks, ci)
                    } else {
                        self.subject(&toks, ci)
                            .map(|r| Speaker::Phrase(r.0, r.1))
                            .or_else(|| {
                                // "Obama vowed to … and said, “…”": the coordinated verb
                                // shares the subject of the earlier statement.
                                let (_, b) = self.np_back(&toks, ci);
                                let coord = b.is_some_and(|b| {
                                    toks[b].word
                                        && matches!(lower(t, &toks[b]).as_str(), "and" | "but")
                                });
                                if !coord {
                                    return None;
                                }
                                // The earlier cue of the sentence and its subject.
                                let prev = self.hits[self.hit_range(self.sentences[sq].start, h.s)]
                                    .iter()
                                    .rev()
                                    .find(|x| x.class != CueClass::Participle)?;
                                let pi = toks.iter().position(|k| k.s == prev.s)?;
                                self.subject(&toks, pi).map(|r| Speaker::Phrase(r.0, r.1))
                            })
                            .or_else(|| {
                                // "Said one diplomat, “…”": a sentence opened by its cue names
                                // the speaker after it, up to the comma or colon before the
                                // quotation.
                                if ci != 0 || h.class != CueClass::Speech {
                                    return None;
                                }
                                let (s, e, _) = self.np_fwd(&toks, ei)?;
                                let rest = t[e..q.open].trim();
                                // "Said Dorothy Poynter, who grew up with Ali in the
                                // neighborhood, “…”": a relative clause between the speaker
                                // and the quotation describes the speaker.
                                let relative = rest.strip_prefix(',').is_some_and(|r| {
                                    let r = r.trim_start();
                                    r.split_whitespace().next().is_some_and(|w| {
                                        RELATIVES.contains(&w.to_lowercase().as_str())
                                    }) && r.ends_with(',')
                                        && !r.contains(['“', '”', '"'])
                                        && r.split_whitespace().count() <= 20
                                });
                                (self.valid_np((s, e)) && (matches!(rest, "," | ":") || relative))
                                    .then_some(Speaker::Phrase(s, e))
                            })
                    };
                    if let Some(sp) = speaker {
                        let via = if h.class == CueClass::Told {
                            self.hearer_relay(&toks, ei)
                        } else {
                            vec![]
                        };
                        self.quote_used[qi] = true;
                        let d = Draft {
                            speaker: sp,
                            cue: (h.s, h.e),
                            mode: Mode::Direct,
                            stance: h.stance,
                            content,
                            via,
                            anonymous_hint: false,
                            sentence: sq,
                        };
                        self.push(d, &[hi]);
                        return;
                    }
                }
            }
        }
        // (b2) a quote opening a paragraph after one that ends with a colon ("…, the ministry
        // said in a statement:\n\n“…”").
        let para_start =
            sq == 0 || self.sentences[sq - 1].paragraph != self.sentences[sq].paragraph;
        if para_start && sq > 0 && t[self.sentences[sq].start..q.open].trim().is_empty() {
            let prev = self.sentences[sq - 1];
            if t[prev.start..prev.end].trim_end().ends_with(':') {
                let colon = prev.start + t[prev.start..prev.end].trim_end().len() - 1;
                if let Some(sp) = self.colon_speaker(sq - 1) {
                    self.quote_used[qi] = true;
                    let d = Draft {
                        speaker: sp,
                        cue: (colon, colon + 1),
                        mode: Mode::Direct,
                        stance: Stance::Assert,
                        content,
                        via: vec![],
                        anonymous_hint: false,
                        sentence: sq,
                    };
                    self.push(d, &[]);
                    return;
                }
            }
        }
        // (c) a quote opening its sentence with no cue continues the previous speaker.
        let opens_sentence = t[self.sentences[sq].start..q.open].trim().is_empty();
        let words = t[content.0..content.1].split_whitespace().count();
        if opens_sentence && words >= 3 {
            // The latest draft pushed (highest index) of the four sentences before.
            let prev = (sq.saturating_sub(4)..sq)
                .filter_map(|ps| {
                    self.drafts_of(ps).iter().rev().copied().find(|&p| {
                        let d = &self.drafts[p];
                        !matches!(d.speaker, Speaker::None)
                            && self.sentences[sq].paragraph
                                <= self.sentences[d.sentence].paragraph + 1
                    })
                })
                .max();
            if let Some(p) = prev {
                self.quote_used[qi] = true;
                let d = Draft {
                    speaker: Speaker::Same(p),
                    cue: self.drafts[p].cue,
                    mode: Mode::Direct,
                    stance: Stance::Assert,
                    content,
                    via: self.drafts[p].via.clone(),
                    anonymous_hint: self.drafts[p].anonymous_hint,
                    sentence: sq,
                };
                self.push(d, &[]);
            }
        }
    }

    /// Who speaks in the block after a sentence ending with a colon: the speaker of that
    /// sentence's last statement, else its subject.
    pub(super) fn colon_speaker(&self, si: usize) -> Option<Speaker> {
        if let Some(&p) = self.drafts_of(si).last() {
            return Some(Speaker::Same(p));
        }
        let toks = self.sentence_tokens(si);
        let sent = self.sentences[si];
        if let Some(h) = self.hits[self.hit_range(sent.start, sent.end)].last() {
            let ci = toks.iter().position(|k| k.s == h.s)?;
            if let Some(r) = self.subject(&toks, ci) {
                return Some(Speaker::Phrase(r.0, r.1));
            }
        }
        None
    }

    /// A paragraph of the speaker's own words after a sentence that ends its paragraph with a
    /// colon, unquoted: "DHS released a statement denying that …:\n\nThe suggestion that … is
    /// categorically false." The whole next paragraph is the content, the colon the cue, the
    /// speaker that of the colon's sentence ([`Self::colon_speaker`]). Not when the paragraph
    /// opens with a quotation (read as a quote) or holds a statement of its own.
    pub(super) fn colon_paragraphs(&mut self) {
        let t = self.text;
        for si in 0..self.sentences.len().saturating_sub(1) {
            let sent = self.sentences[si];
            let line = t[sent.start..sent.end].trim_end();
            let next = self.sentences[si + 1];
            if !line.ends_with(':') || next.paragraph == sent.paragraph {
                continue;
            }
            let last = (si + 1..self.sentences.len())
                .take_while(|&k| self.sentences[k].paragraph == next.paragraph)
                .last()
                .unwrap_or(si + 1);
            let (cs, ce) = (next.start, self.sentences[last].end);
            let body = t[cs..ce].trim_end();
            let ce = cs + body.len();
            if body.starts_with(['"', '“', '‘', '\'']) || body.split_whitespace().count() < 5 {
                continue;
            }
            // A paragraph that closes no sentence is a heading or a list, not words said; one
            // short question alone is a heading too ("A meteorite without the meteor?").
            if !body.ends_with(['.', '!', '?']) || (last == si + 1 && body.ends_with('?')) {
                continue;
            }
            // "Van Susteren: Hold on.": a transcript turn is its own speaker's.
            if body
                .split_once(": ")
                .is_some_and(|(head, _)| head.split_whitespace().count() <= 3)
            {
                continue;
            }
            if (si + 1..=last).any(|k| !self.drafts_of(k).is_empty()) {
                continue;
            }
            // "X tweets:" before a post the page lost: the next paragraph is the article again.
            // A post kept on the page closes with its signature line ("— Name (@handle) …").
            if announces_post(line) && !signed_post(&t[ce..]) {
                continue;
            }
            let Some(speaker) = self.colon_speaker(si) else {
                continue;
            };
            let colon = sent.start + line.len() - 1;
            let d = Draft {
                speaker,
                cue: (colon, colon + 1),
                mode: Mode::Direct,
                stance: Stance::Assert,
                content: (cs, ce),
                via: vec![],
                anonymous_hint: false,
                sentence: si + 1,
            };
            self.add_draft(d);
        }
    }

    /// Headline "Speaker: what they said" on the first line of a text.
    pub(super) fn headline_colon(&mut self) {
        let t = self.text;
        let Some(first) = self.sentences.first().copied() else {
            return;
        };
        let line = &t[first.start..first.end];
        let Some(c) = line.find(": ") else { return };
        let head = &line[..c];
        // "Claim: …", "Verdict: …": a fact-check label, not a speaker.
        let norm = head.split_whitespace().collect::<Vec<_>>().join(" ");
        if Lexicon::get()
            .labels
            .iter()
            .any(|l| l.eq_ignore_ascii_case(&norm) || norm.to_lowercase().replace('’', "'") == *l)
        {
            return;
        }
        let words = head.split_whitespace().count();
        if words == 0 || words > 5 || head.ends_with(|ch: char| ch.is_ascii_digit()) {
            return;
        }
        if !head.split_whitespace().all(|w| {
            w.chars()
                .next()
                .is_some_and(|ch| ch.is_uppercase() || !ch.is_alphabetic())
        }) {
            return;
        }
        let cs = first.start + c + 2;
        let body = t[cs..first.end].trim_end_matches(['.', ' ']);
        if body.split_whitespace().count() < 2 {
            return;
        }
        let d = Draft {
            speaker: Speaker::Phrase(first.start, first.start + c),
            cue: (first.start + c, first.start + c + 1),
            mode: Mode::Indirect,
            stance: Stance::Assert,
            content: (cs, cs + body.len()),
            via: vec![],
            anonymous_hint: false,
            sentence: 0,
        };
        self.add_draft(d);
    }
}

/// Does a colon sentence announce an embedded post (`not_speech.tsv` side `embed`: "tweets:",
/// "wrote on Facebook:")?
fn announces_post(line: &str) -> bool {
    let embed = &Lexicon::get().embed;
    line.split(|c: char| !c.is_alphanumeric())
        .any(|w| !w.is_empty() && embed.contains(&w.to_lowercase()))
}

/// Does the text after a paragraph open with an embedded post's signature line, a dash and a
/// handle ("\n\n— Nicholas Felton (@feltron) September 9, 2014")?
fn signed_post(after: &str) -> bool {
    let line = after.trim_start().lines().next().unwrap_or("");
    line.starts_with(['—', '–', '-']) && line.contains('@')
}
