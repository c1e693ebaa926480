//! A question put to the speaker: "Asked whether he would resign, …", "when asked by a
//! reporter if …". Only "asked by X" makes it X's statement; no asker is invented.

use super::*;

impl Attributor<'_> {
    /// "Asked whether he would resign, …" / "when asked by a reporter if …": a question put to
    /// the speaker. Only "asked by X" makes it X's statement; no asker is invented.
    pub(super) fn asked_question(
        &mut self,
        hi: usize,
        si: usize,
        toks: &[Tok],
        ci: usize,
        ei: usize,
    ) -> bool {
        let t = self.text;
        let h = self.hits[hi];
        if lower(t, &toks[ci]) != "asked" {
            return false;
        }
        let opens = ci == 0
            || toks[ci - 1].word
                && matches!(
                    lower(t, &toks[ci - 1]).as_str(),
                    "when" | "after" | "being" | "if" | "once"
                )
            || !toks[ci - 1].word && matches!(&t[toks[ci - 1].s..toks[ci - 1].e], "," | "(" | "—");
        let was = ci > 0
            && toks[ci - 1].word
            && matches!(lower(t, &toks[ci - 1]).as_str(), "was" | "were");
        if !opens && !was {
            return false;
        }
        let mut j = ei;
        let mut asker = None;
        if toks.get(j).is_some_and(|k| lower(t, k) == "by") {
            if let Some((s, e, nj)) = self.np_fwd(toks, j + 1) {
                asker = Some((s, e));
                j = nj;
            }
        }
        // Without an asker the question is the reporter's framing, not a statement; the cue
        // is consumed so that it is not read as the speaker's own words either.
        if asker.is_none() {
            self.hit_used[hi] = Some(usize::MAX);
            return true;
        }
        let Some(k) = toks.get(j) else { return false };
        if !matches!(
            lower(t, k).as_str(),
            "whether" | "if" | "what" | "how" | "why" | "when" | "where" | "who" | "about" | "to"
        ) {
            return false;
        }
        let cs = k.s;
        // The question runs to the next comma outside quotes, or the sentence end.
        let mut ce = self.sentences[si].end;
        for x in &toks[j..] {
            if !x.word && matches!(&t[x.s..x.e], "," | ";") && !in_quote(&self.quotes, x.s) {
                ce = x.s;
                break;
            }
        }
        let ce = cs + t[cs..ce].trim_end_matches(['.', ' ', '”', '"']).len();
        if cs >= ce {
            return false;
        }
        let d = Draft {
            speaker: match asker {
                Some((s, e)) => Speaker::Phrase(s, e),
                None => Speaker::None,
            },
            cue: (h.s, h.e),
            mode: Mode::Indirect,
            stance: Stance::Question,
            content: (cs, ce),
            via: vec![],
            anonymous_hint: false,
            sentence: si,
        };
        self.push(d, &[hi]);
        true
    }
}
