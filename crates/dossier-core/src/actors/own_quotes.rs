//! Third-person pronouns inside a speaker's own quoted words: never that speaker.

use super::*;

/// Third-person pronouns, lower-cased: inside a speaker's own quoted words they are someone
/// else (the speaker says "I", "we").
const THIRD_PERSON: &[&str] = &[
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "they",
    "them",
    "their",
    "themselves",
];

impl ActorLayer {
    /// A third-person pronoun inside a speaker's own quoted words never refers to the speaker:
    /// in "'But they had killed him,' he said" (the speaker, Yasir Abdulla, quoting a story)
    /// "him" is the woman's son, and in "He added that the group could 'hack him or slaughter
    /// him'" the hostage. The pronoun resolver runs before attribution and cannot know who is
    /// quoted; once the statements are read, such a mention resolved to the speaker is
    /// dropped, so events and claims leave the role unresolved rather than give it to the
    /// speaker. Statement spans are code points (`offsets` converts).
    pub fn forget_speaker_in_own_quotes(
        &mut self,
        text: &str,
        statements: &[crate::model::Statement],
        offsets: &crate::text::Offsets,
    ) {
        use crate::model::Mode;
        // The third-person pronoun mentions, by position: each statement looks at those
        // inside its content only, so the pass stays linear in the document.
        let mut cands: Vec<usize> = (0..self.mentions.len())
            .filter(|&k| {
                let m = &self.mentions[k];
                m.form == MentionForm::Pronoun
                    && THIRD_PERSON
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case(&text[m.start..m.end]))
            })
            .collect();
        if cands.is_empty() {
            return;
        }
        cands.sort_by_key(|&k| self.mentions[k].start);
        // The quotations attribution paired, for the quoted part of a mixed statement; paired
        // again here (attribution keeps its own) only when such a statement needs them.
        let mut quotes: Option<Vec<crate::attribution::quotes::Quote>> = None;
        let mut drop = vec![false; self.mentions.len()];
        for s in statements {
            if !matches!(s.mode, Mode::Direct | Mode::Mixed) {
                continue;
            }
            let (cs, ce) = (
                offsets.byte_offset(s.content.start),
                offsets.byte_offset(s.content.end),
            );
            let lo = cands.partition_point(|&k| self.mentions[k].start < cs);
            for &k in &cands[lo..] {
                let m = &self.mentions[k];
                if m.start >= ce {
                    break;
                }
                if m.end > ce || self.actors[m.actor].id != s.speaker.id {
                    continue;
                }
                let quoted = s.mode == Mode::Direct || {
                    let q =
                        quotes.get_or_insert_with(|| crate::attribution::quotes::pair_quotes(text));
                    crate::attribution::quotes::inside(q, m.start)
                };
                if quoted {
                    drop[k] = true;
                }
            }
        }
        if drop.contains(&true) {
            let mut k = 0;
            self.mentions.retain(|_| {
                k += 1;
                !drop[k - 1]
            });
        }
    }
}
