//! Quotation pairing over the whole text, before any sentence logic.
//!
//! Curly and straight double quotes pair across sentences; across paragraphs a quote stays open
//! when the next paragraph opens with a quotation mark (the newswire convention for a quote
//! running over several paragraphs). Single quotes (‘…’ and '…') are paired only in unambiguous
//! contexts so that apostrophes ("Iran's", "students'") never open or close a quote.

/// One quotation: byte offsets of the marks and of the quoted words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark.
    pub close: usize,
    pub inner_start: usize,
    pub inner_end: usize,
}

impl Quote {
    pub fn contains(&self, pos: usize) -> bool {
        pos >= self.inner_start && pos < self.inner_end
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double,
    Single { curly: bool },
}

fn opening_context(prev: Option<char>, next: Option<char>) -> bool {
    let prev_ok = match prev {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | ':' | '/'),
    };
    let next_ok = matches!(next, Some(c) if !c.is_whitespace());
    prev_ok && next_ok
}

/// Is byte `pos` inside the quoted words of one of `quotes` (sorted, not overlapping, as
/// [`pair_quotes`] gives them)?
pub fn inside(quotes: &[Quote], pos: usize) -> bool {
    let i = quotes.partition_point(|q| q.inner_end <= pos);
    quotes.get(i).is_some_and(|q| q.contains(pos))
}

/// Pair the quotation marks of `text`; quotes come out sorted and never overlap.
pub fn pair_quotes(text: &str) -> Vec<Quote> {
    // Two apostrophes ('') stand for a straight double quote (a typewriter convention).
    let mut chars: Vec<(usize, char, usize)> = Vec::with_capacity(text.len());
    let mut it = text.char_indices().peekable();
    while let Some((p, c)) = it.next() {
        if c == '\'' && it.peek().is_some_and(|&(_, n)| n == '\'') {
            it.next();
            if it.peek().is_some_and(|&(_, n)| n == '\'') {
                // Three apostrophes close a single and a double quote ("by that?'''") or
                // open both: split them by context.
                it.next();
                let closing = text[..p]
                    .chars()
                    .next_back()
                    .is_some_and(|b| !b.is_whitespace());
                if closing {
                    chars.push((p, '\'', 1));
                    chars.push((p + 1, '"', 2));
                } else {
                    chars.push((p, '"', 2));
                    chars.push((p + 2, '\'', 1));
                }
                continue;
            }
            chars.push((p, '"', 2));
        } else {
            chars.push((p, c, c.len_utf8()));
        }
    }
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, Kind)> = None; // (mark offset, inner start, kind)
    let mut i = 0;
    while i < chars.len() {
        let (pos, c, clen) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let next = chars.get(i + 1).map(|&(_, c, _)| c);
        let after = pos + clen;
        match c {
            '\n' => {
                // Paragraph end: a double quote survives only if the next paragraph reopens it.
                let mut j = i;
                while j < chars.len() && chars[j].1.is_whitespace() {
                    j += 1;
                }
                // A hard-wrapped line ("… I wished I was in your\nplace.”"): one line break
                // before a lower-case word is no paragraph end.
                let wrapped = open.is_some()
                    && chars[i + 1..j].iter().all(|&(_, w, _)| w != '\n')
                    && chars.get(j).is_some_and(|&(_, n, _)| n.is_lowercase());
                if wrapped {
                    i = j;
                    continue;
                }
                match open {
                    Some((_, _, Kind::Double)) => {
                        if let Some(&(_, nc, _)) = chars.get(j) {
                            if nc == '“' || nc == '"' {
                                i = j + 1;
                                continue;
                            }
                        }
                        open = None;
                    }
                    // The same convention with single quotes ("She said: 'Up until a year
                    // ago …\n\n'But all that changed …'"): a paragraph reopening with the
                    // same mark goes on quoting.
                    Some((o, _, Kind::Single { curly })) => {
                        // Only a quotation opened as one: at its paragraph's start or after a
                        // colon ("She said: 'Up until …"), not a phrase quoted in passing.
                        let before = text[..o].trim_end_matches([' ', '\t']);
                        let opened = before.is_empty() || before.ends_with(['\n', ':']);
                        let reopens = opened
                            && chars.get(j).is_some_and(|&(_, nc, _)| {
                                if curly {
                                    nc == '‘'
                                } else {
                                    nc == '\''
                                }
                            })
                            && chars
                                .get(j + 1)
                                .is_some_and(|&(_, n, _)| n.is_alphanumeric());
                        if reopens {
                            i = j + 1;
                            continue;
                        }
                        open = None;
                    }
                    None => {}
                }
                i = j;
                continue;
            }
            '“' => match open {
                Some((_, _, Kind::Double)) => open = Some((pos, after, Kind::Double)),
                _ => open = Some((pos, after, Kind::Double)),
            },
            '”' => {
                if let Some((o, s, Kind::Double)) = open {
                    out.push(Quote {
                        open: o,
                        close: after,
                        inner_start: s,
                        inner_end: pos,
                    });
                    open = None;
                }
            }
            '"' => match open {
                Some((o, s, Kind::Double)) => {
                    if prev.is_some_and(|p| !p.is_whitespace()) || !opening_context(prev, next) {
                        out.push(Quote {
                            open: o,
                            close: after,
                            inner_start: s,
                            inner_end: pos,
                        });
                        open = None;
                    } else {
                        // Looks like a fresh opening: the earlier mark was unbalanced.
                        open = Some((pos, after, Kind::Double));
                    }
                }
                _ => {
                    if opening_context(prev, next) {
                        open = Some((pos, after, Kind::Double));
                    }
                }
            },
            '‘' | '\'' if open.is_none() => {
                let curly = c == '‘';
                // "'#NameMisremembers and then I said …,' tweeted one person": a hashtag or a
                // handle opens a quotation as a word does.
                let word_next = next.is_some_and(|n| n.is_alphanumeric())
                    || next.is_some_and(|n| matches!(n, '#' | '@'))
                        && chars
                            .get(i + 2)
                            .is_some_and(|&(_, n, _)| n.is_alphanumeric());
                if opening_context(prev, next) && word_next {
                    open = Some((pos, after, Kind::Single { curly }));
                }
            }
            '’' | '\'' => {
                if let Some((o, s, Kind::Single { curly })) = open {
                    let next_ok = next.is_none_or(|n| !n.is_alphanumeric());
                    let prev_punct = prev.is_some_and(|p| matches!(p, '.' | ',' | '!' | '?'));
                    let prev_word = prev.is_some_and(|p| p.is_alphanumeric());
                    if next_ok && (prev_punct || (curly && prev_word)) {
                        out.push(Quote {
                            open: o,
                            close: after,
                            inner_start: s,
                            inner_end: pos,
                        });
                        open = None;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner<'a>(text: &'a str, q: &Quote) -> &'a str {
        &text[q.inner_start..q.inner_end]
    }

    #[test]
    fn curly_and_straight_pairs() {
        let t = "“No missile was sent,” he said. \"It is psychological warfare.\"";
        let q = pair_quotes(t);
        assert_eq!(q.len(), 2);
        assert_eq!(inner(t, &q[0]), "No missile was sent,");
        assert_eq!(inner(t, &q[1]), "It is psychological warfare.");
    }

    #[test]
    fn a_hashtag_opens_a_single_quotation() {
        let t = "'#TalksCollapse and then I said we would leave at once,' tweeted one delegate.";
        let q = pair_quotes(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(inner(t, &q[0]).starts_with("#TalksCollapse"));
        // Control: a hash after a word's apostrophe opens nothing.
        let t = "The party's #1 priority is jobs, the minister said.";
        assert!(pair_quotes(t).is_empty());
    }

    #[test]
    fn doubled_apostrophes_are_double_quotes() {
        let t = "''We hadn't seen shocks like this,'' Mr. Autor said.";
        let q = pair_quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(inner(t, &q[0]), "We hadn't seen shocks like this,");
    }

    #[test]
    fn three_apostrophes_close_nested_quotes() {
        let t = "''She'd look at me and say, 'What did he mean by that?''' she said.";
        let q = pair_quotes(t);
        assert_eq!(q.len(), 1);
        assert!(inner(t, &q[0]).ends_with("by that?'"));
    }

    #[test]
    fn apostrophes_do_not_open_quotes() {
        let t = "Iran's envoy said the students' union was 'not involved.' It's over.";
        let q = pair_quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(inner(t, &q[0]), "not involved.");
    }

    #[test]
    fn single_quote_runs_over_paragraphs_when_reopened() {
        let t = "She said: 'Up until a year ago we had a wonderful family.\n\n'But it wasn't enough, and now we are hoping to sell.'\n\nMedical staff say he is ill.";
        let q = pair_quotes(t);
        assert_eq!(q.len(), 1);
        assert!(inner(t, &q[0]).starts_with("Up until"), "{q:?}");
        assert!(inner(t, &q[0]).ends_with("hoping to sell."), "{q:?}");
        let t = "She said: ‘I hadn’t planned on staying long.\n\n‘I didn’t want to go back. So I stayed.’\n\nStaff realised.";
        let q = pair_quotes(t);
        assert_eq!(q.len(), 1);
        assert!(inner(t, &q[0]).ends_with("So I stayed."), "{q:?}");
        // A hard-wrapped line goes on quoting.
        let t = "another user said: “God bless you, I wished I was in your\nplace.”\n\nCharlie Cooper said.";
        let q = pair_quotes(t);
        assert_eq!(q.len(), 1);
        assert!(inner(t, &q[0]).ends_with("your\nplace."), "{q:?}");
        // A phrase quoted in passing does not run into the next paragraph's quotation.
        let t = "the 'serial prankster' Josh gave $100 to a beggar.\n\n'He said he was hungry.'";
        let q = pair_quotes(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(inner(t, &q[0]), "He said he was hungry.");
        // A paragraph that does not reopen the quote ends it unpaired.
        let t = "She said: 'Up until a year ago we were happy.\n\nMedical staff say he is ill.'";
        assert!(pair_quotes(t).is_empty());
    }

    #[test]
    fn quote_runs_over_paragraphs_when_reopened() {
        let t = "He said: “We will respond.\n\n“Nobody should doubt it.”\n\nOther news \"unclosed.\n\nNext.";
        let q = pair_quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(
            inner(t, &q[0]),
            "We will respond.\n\n“Nobody should doubt it."
        );
    }

    #[test]
    fn a_position_is_inside_a_paired_quotation_or_not() {
        let c = "He added that the group could “hack him or slaughter him” and he can't stop it.";
        let q = pair_quotes(c);
        assert!(inside(&q, c.find("hack").unwrap() + 5));
        assert!(!inside(&q, c.find("and he").unwrap() + 4));
        let c = "They said \"we will find him\" before he left.";
        let q = pair_quotes(c);
        assert!(inside(&q, c.find("him").unwrap()));
        assert!(!inside(&q, c.find("he left").unwrap()));
    }
}
