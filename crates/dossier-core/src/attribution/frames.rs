//! Source frames around content (`data/cues/according.tsv`): "as X put it" (kind `as_put`) —
//! "As the governor put it, the state cannot afford …", "The economy, as the senator put it, is
//! “running on fumes.”", "… is dead, as one diplomat put it."; "Y quoted X as saying" (kind
//! `quoted_as`) — "Reuters quoted the ministry as saying …", "…, Reuters quoted the ministry as
//! saying."; a citing phrase closing a report's content (kind `citing`) — "Reuters is reporting
//! that …, citing a security official" — names the report's source, the reporter relays it.

use super::*;

impl Attributor<'_> {
    /// "Reuters is reporting that the woman … is Saja al-Dulaimi, citing a security official and
    /// a senior political source" (fnc-1192): a citing phrase right after the content of a
    /// speech or told cue earlier in its sentence is that statement's source, the reporter its
    /// relay — as "…, the Chosun Ilbo said, citing a visitor" reads. Only a cited phrase whose
    /// head can speak ("citing legal advice" is a reason). Returns whether it was so read.
    pub(super) fn trailing_citing(
        &mut self,
        hi: usize,
        si: usize,
        toks: &[Tok],
        ei: usize,
    ) -> bool {
        let h = self.hits[hi];
        let t = self.text;
        let Some((ss, se, _)) = self.np_fwd(toks, ei) else {
            return false;
        };
        if ss >= se || !self.can_speak(ss, se) {
            return false;
        }
        let found = self.drafts_of(si).iter().rev().copied().find(|&di| {
            let d = &self.drafts[di];
            d.cue.1 <= d.content.0
                && d.content.0 < d.content.1
                && d.content.1 <= h.s
                && matches!(d.speaker, Speaker::Phrase(..))
                && matches!(d.mode, Mode::Indirect | Mode::Mixed)
                && t[d.content.1..h.s]
                    .chars()
                    .all(|c| c.is_whitespace() || c == ',')
                && t[d.content.1..h.s].contains(',')
                && self.hit_index_at(d.cue.0).is_some_and(|x| {
                    // "Reuters is reporting that …": a progressive is read as a participle.
                    matches!(
                        self.hits[x].class,
                        CueClass::Speech | CueClass::Told | CueClass::Participle
                    )
                })
        });
        let Some(di) = found else {
            return false;
        };
        let Speaker::Phrase(ps, pe) = self.drafts[di].speaker else {
            return false;
        };
        self.drafts[di].via.insert(0, (ps, pe));
        self.drafts[di].speaker = Speaker::Phrase(ss, se);
        self.hit_used[hi] = Some(di);
        true
    }

    /// Read the frame "as X put it" whose "put it" is hit `hi` (token `ci` of sentence `si`):
    /// speaker X, content the rest of the clause (the frame inside it when parenthetical).
    pub(super) fn as_put(&mut self, hi: usize, si: usize, toks: &[Tok], ci: usize) {
        let h = self.hits[hi];
        let t = self.text;
        // "as" and a speaker phrase of words only, right before the cue.
        let Some(a) = (ci.saturating_sub(9)..ci)
            .rev()
            .take_while(|&j| toks[j].word)
            .find(|&j| lower(t, &toks[j]) == "as")
        else {
            return;
        };
        if a + 1 >= ci {
            return;
        }
        let speaker = (toks[a + 1].s, toks[ci - 1].e);
        if !self.valid_np(speaker) {
            return;
        }
        let ei = toks.iter().position(|k| k.s >= h.e).unwrap_or(toks.len());
        let opens = toks[..a].iter().all(|k| !k.word);
        // The frame may run on ("put it in a statement to reporters"): up to the next comma.
        let comma = (ei..toks.len().min(ei + 12))
            .find(|&j| !toks[j].word && &t[toks[j].s..toks[j].e] == ",");
        let words_after = comma.is_some_and(|c| toks[c + 1..].iter().any(|k| k.word));
        // Before "as": a comma, also inside a closing quote ("…income,” as X put it").
        let lead = a.checked_sub(1).filter(|&b| {
            !toks[b].word && {
                let m = &t[toks[b].s..toks[b].e];
                m == ","
                    || matches!(m, "”" | "\"" | "'") && t[..toks[b].e].contains(',') && {
                        let before = t[..toks[b].s].trim_end_matches('\'');
                        before.ends_with(',')
                    }
            }
        });
        let content = if opens {
            // "As X put it, CONTENT."
            let Some(c) = comma.filter(|_| words_after) else {
                return;
            };
            let cs = toks[c + 1].s;
            (cs, self.content_end(si, cs))
        } else if let Some(b) = lead {
            let cs = self.clause_start(toks, b);
            match comma.filter(|_| words_after) {
                // "A, as X put it, B": the clause around the frame.
                Some(c) => (cs, self.content_end(si, toks[c + 1].s)),
                // "A, as X put it.": the clause before the frame.
                None => (
                    cs,
                    t[..toks[b].s]
                        .trim_end_matches([',', '\'', ' '])
                        .len()
                        .max(cs),
                ),
            }
        } else {
            return;
        };
        if content.0 >= content.1 || t[content.0..content.1].split_whitespace().count() < 2 {
            return;
        }
        self.push_indirect(hi, si, Speaker::Phrase(speaker.0, speaker.1), content);
    }

    /// Read "Y quoted X as saying CONTENT" (or "CONTENT, Y quoted X as saying.") whose "quoted"
    /// is hit `hi` (token `ci` of sentence `si`): speaker X, relay Y (the subject of "quoted").
    /// Also "Chosun Ilbo cited a recent visitor … as saying that …" (a finite citing verb).
    /// Whether it made a statement.
    pub(super) fn quoted_as(&mut self, hi: usize, si: usize, toks: &[Tok], ci: usize) -> bool {
        let h = self.hits[hi];
        let t = self.text;
        let ei = toks.iter().position(|k| k.s >= h.e).unwrap_or(toks.len());
        let Some((ss, se, _)) = self.np_fwd(toks, ei) else {
            return false;
        };
        // "as saying" within the next words (a relative clause may stand between: "friends of
        // Emwazi, who spoke on condition of anonymity, as saying").
        let Some(a) = (ei..toks.len().min(ei + 30)).find(|&j| {
            toks[j].word
                && lower(t, &toks[j]) == "as"
                && toks.get(j + 1).is_some_and(|k| {
                    k.word
                        && matches!(
                            lower(t, k).as_str(),
                            "saying" | "telling" | "stating" | "writing" | "warning"
                        )
                })
        }) else {
            return false;
        };
        let Some(relay) = self.subject(toks, ci) else {
            return false;
        };
        let mut j = a + 2;
        while toks.get(j).is_some_and(|k| {
            !k.word && matches!(&t[k.s..k.e], "," | ":") || k.word && lower(t, k) == "that"
        }) {
            j += 1;
        }
        let content = if toks
            .get(j)
            .is_some_and(|k| k.word || self.quote_opening_at(k.s).is_some())
        {
            let cs = toks[j].s;
            (cs, self.content_end(si, cs))
        } else {
            // "CONTENT, Reuters quoted the ministry as saying.": the clause before the relay.
            let Some(b) = toks[..ci]
                .iter()
                .rposition(|k| !k.word && &t[k.s..k.e] == ",")
                .filter(|&b| toks[b..ci].iter().filter(|k| k.word).count() <= 6)
            else {
                return false;
            };
            let cs = self.clause_start(toks, b);
            (
                cs,
                t[..toks[b].s].trim_end_matches([',', ' ']).len().max(cs),
            )
        };
        if content.0 >= content.1 || t[content.0..content.1].split_whitespace().count() < 2 {
            return false;
        }
        let mut used = vec![hi];
        used.extend(self.hit_index_at(toks[a + 1].s));
        self.push_relayed(hi, si, Speaker::Phrase(ss, se), content, vec![relay], &used);
        true
    }
}
