//! Speaker labels without a cue verb: transcript turns ("PENCE: Well, look, …", a paragraph
//! opening with a capitalised name and a colon) and quotations signed with a dash
//! ("“Trump must stop …” ― Carla Sanchez", a line ending in the name).

use super::*;

/// Whether the last word of label `label` ("Hunter" of "Hunter", "Susteren" of "Van
/// Susteren") stands inside a sentence of `text` — after a word or a comma, not opening a line
/// or a sentence — as a name does ("Rep. Duncan Hunter, Republican of California").
fn named_in_a_sentence(text: &str, label: &str) -> bool {
    let Some(word) = label.split_whitespace().next_back() else {
        return false;
    };
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].trim_end_matches(' ');
        let after = &text[i + word.len()..];
        // A space before the word and no letter or colon after it.
        before.len() < i
            && !after.starts_with(|c: char| c.is_alphanumeric() || c == ':')
            && before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == ',')
    })
}

/// Dashes that sign a quotation.
const SIGN_DASHES: &[&str] = &["―", "—", "–", "--"];

/// Whether `w` is a word of a capitalised name: an uppercase letter first, letters, periods,
/// apostrophes and hyphens after.
fn name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
}

impl Attributor<'_> {
    /// Both label forms (see the module documentation). Runs before the quotations are read,
    /// so a signed quote keeps its signer.
    pub(super) fn labels(&mut self) {
        self.signed_quotes();
        self.transcript_turns();
    }

    /// "“…” ― Name" at the end of a line: the name speaks the quotation.
    fn signed_quotes(&mut self) {
        let t = self.text;
        for qi in 0..self.quotes.len() {
            if self.quote_used[qi] {
                continue;
            }
            let q = self.quotes[qi];
            // The signature follows the quote on its line: look no further than a name's
            // length, so a long paragraph of quotes stays linear.
            let mut w_end = (q.close + 160).min(t.len());
            while !t.is_char_boundary(w_end) {
                w_end -= 1;
            }
            let rest = &t[q.close..w_end];
            let Some(line) = rest
                .split_once('\n')
                .map(|(l, _)| l)
                .or((w_end == t.len()).then_some(rest))
            else {
                continue;
            };
            let after = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
            let Some(dash) = SIGN_DASHES.iter().find(|d| after.starts_with(**d)) else {
                continue;
            };
            let name_part = &after[dash.len()..];
            let name = name_part.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.is_empty() || words.len() > 4 || !words.iter().all(|w| name_word(w)) {
                continue;
            }
            let ns = q.close + (line.len() - after.len()) + dash.len();
            let ns = ns
                + (name_part.len()
                    - name_part
                        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}')
                        .len());
            let ne = ns + name.len();
            let Some(si) = self.sentence_of(q.inner_start) else {
                continue;
            };
            let d = Draft {
                speaker: Speaker::Phrase(ns, ne),
                cue: (
                    q.close + (line.len() - after.len()),
                    q.close + (line.len() - after.len()) + dash.len(),
                ),
                mode: Mode::Direct,
                stance: Stance::Assert,
                content: (q.inner_start, q.inner_end),
                via: vec![],
                anonymous_hint: false,
                sentence: si,
            };
            self.quote_used[qi] = true;
            self.add_draft(d);
        }
    }

    /// "PENCE: …" opening a paragraph: an interview or debate transcript. The label is one to
    /// four capitalised words (all in capitals, or a name the text also spells in its own
    /// words; in ordinary case only in a dialogue of two labels, "Hunter: …" / "Van Susteren:
    /// …"), not a heading of `not_speech.tsv` ("UPDATE:", "Claim:"); the turn runs to the end
    /// of the paragraph.
    fn transcript_turns(&mut self) {
        let t = self.text;
        let labels = &Lexicon::get().labels;
        // (label start, label end, line end, in capitals) of every line opening with a
        // capitalised label.
        let mut turns: Vec<(usize, usize, usize, bool)> = Vec::new();
        let mut line_start = 0;
        while line_start < t.len() {
            let line_end = t[line_start..]
                .find('\n')
                .map_or(t.len(), |i| line_start + i);
            let line = &t[line_start..line_end];
            let ls = line_start;
            line_start = line_end + 1;
            let lead = line.len() - line.trim_start_matches([' ', '"', '“', '\t']).len();
            let body = &line[lead..];
            let Some(c) = body.find(": ") else { continue };
            let head = &body[..c];
            let words: Vec<&str> = head.split_whitespace().collect();
            if words.is_empty()
                || words.len() > 4
                || !words.iter().all(|w| name_word(w))
                || words
                    .iter()
                    .all(|w| w.chars().filter(|c| c.is_alphabetic()).count() < 2)
            {
                continue;
            }
            let norm = words.join(" ").to_lowercase().replace('’', "'");
            if labels.contains(&norm) {
                continue;
            }
            let capitals = words.iter().all(|w| {
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            });
            turns.push((ls + lead, ls + lead + c, line_end, capitals));
        }
        let mut count: rustc_hash::FxHashMap<&str, usize> = Default::default();
        for &(hs, he, _, _) in &turns {
            *count.entry(&t[hs..he]).or_default() += 1;
        }
        // A label in ordinary case ("Hunter: They are going to be bombing American cities",
        // "Van Susteren: Let me ask a question") is a turn only in a dialogue: two such labels
        // each opening two lines or more, one of them a name the text also writes inside a
        // sentence ("Rep. Duncan Hunter, Republican of California, …"). Captions are no
        // dialogue ("Race: An Ottawa police officer runs …", "Fears: A Royal Canadian Mounted
        // Police intervention team …", each twice on a page of photographs).
        let ordinary: rustc_hash::FxHashSet<&str> = turns
            .iter()
            .filter(|&&(hs, he, _, capitals)| !capitals && count[&t[hs..he]] >= 2)
            .map(|&(hs, he, _, _)| &t[hs..he])
            .collect();
        let dialogue = ordinary.len() >= 2
            && ordinary.len() <= 8
            && ordinary.iter().any(|l| named_in_a_sentence(t, l));
        turns.retain(|&(hs, he, _, capitals)| capitals || dialogue && count[&t[hs..he]] >= 2);
        // The text's words, built once when a one-off label needs them (linear time).
        let mut vocabulary: Option<rustc_hash::FxHashSet<&str>> = None;
        for (hs, he, line_end, _) in turns {
            let head = &t[hs..he];
            let c = he - hs;
            // A one-word label must be a name the text spells in ordinary case too
            // ("WALLACE" / "Chris Wallace") or label several turns, so "BOOM:" or "LOOK:" are
            // no speakers.
            if !head.contains(' ') && count.get(head).copied().unwrap_or(0) < 2 {
                let w = head.trim_end_matches('.');
                let mut cs = w.chars();
                let Some(first) = cs.next() else { continue };
                let title: String = std::iter::once(first)
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect();
                let vocabulary = vocabulary.get_or_insert_with(|| {
                    t.split(|c: char| !(c.is_alphabetic() || c == '.' || c == '\'' || c == '-'))
                        .collect()
                });
                if !vocabulary.contains(title.as_str()) {
                    continue;
                }
            }
            let cs = hs + c + 2;
            let content = t[cs..line_end].trim_end_matches([' ', '"', '”', '\r']);
            // "LONDON: POLICE ALLEGE PLOT": a section heading, not a turn (a turn's words
            // are not all capitals).
            if content.split_whitespace().count() < 2 || !content.chars().any(char::is_lowercase) {
                continue;
            }
            // "VICKERS: Sergeant-at-arms the hero of Ottawa", "CANBERRA: Copycat fear locks down
            // Parliament" (fnc-2246): a short line with no closing punctuation is a headline
            // under a section label; a turn of a transcript ends as a sentence does.
            if t[cs..line_end]
                .trim_end()
                .ends_with(|c: char| c.is_alphanumeric())
                && content.split_whitespace().count() <= 14
            {
                continue;
            }
            let Some(si) = self.sentence_of(cs) else {
                continue;
            };
            if self.drafts_containing(cs, cs + 1).next().is_some() {
                continue;
            }
            let content = (cs, cs + content.len());
            // Quotations inside the turn are part of it.
            let first_q = self.quotes.partition_point(|q| q.open < content.0);
            for qi in first_q..self.quotes.len() {
                if self.quotes[qi].open >= content.1 {
                    break;
                }
                self.quote_used[qi] = true;
            }
            let d = Draft {
                speaker: Speaker::Phrase(hs, hs + c),
                cue: (hs + c, hs + c + 1),
                mode: Mode::Direct,
                stance: Stance::Assert,
                content,
                via: vec![],
                anonymous_hint: false,
                sentence: si,
            };
            let hits: Vec<usize> = self.hit_range(content.0, content.1).collect();
            self.push(d, &hits);
        }
    }
}
