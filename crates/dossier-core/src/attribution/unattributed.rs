//! Speakerless statements: sentences with markers such as "reportedly" or "is believed to" give
//! statements with sourcing `unattributed`; no speaker is ever invented.

use super::*;

impl Attributor<'_> {
    /// Sentences with a speakerless marker ("reportedly", "is believed to") and no statement.
    pub(super) fn unattributed(&mut self) {
        let lex = Lexicon::get();
        let t = self.text;
        for m in lex.hedged.find_iter(t) {
            let (s, e) = (m.start(), m.end());
            let before = t[..s].chars().next_back();
            let after = t[e..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            if in_quote(&self.quotes, s) {
                continue;
            }
            let Some(si) = self.sentence_of(s) else {
                continue;
            };
            let sent = self.sentences[si];
            if !self.drafts_of(si).is_empty() || self.drafts_containing(s, s + 1).next().is_some() {
                continue;
            }
            let trimmed = t[sent.start..sent.end].trim_end_matches(['.', ' ']);
            let d = Draft {
                speaker: Speaker::None,
                cue: (s, e),
                mode: Mode::Indirect,
                stance: Stance::Hedge,
                content: (sent.start, sent.start + trimmed.len()),
                via: vec![],
                anonymous_hint: false,
                sentence: si,
            };
            self.add_draft(d);
        }
    }
}
