//! Pass 1: the words of the text become units (lexicon matches, capitalised name sequences,
//! pronouns, determiners, modifiers, body description nouns).

use super::*;

impl<'a> Resolver<'a> {
    // ---- pass 1: units ----------------------------------------------------------------------

    pub(super) fn build_units(&mut self) {
        let text = self.text;
        let matches: Vec<LexMatch> = self.lex.find_all(text);
        // Words: maximal runs of letters/digits with internal hyphens and apostrophes; a trailing
        // possessive "'s" is not part of the word.
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if !is_word_char(c) {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    it.next();
                } else if matches!(d, '-' | '\'' | '\u{2019}') {
                    // Joiner only when a word character follows, and not a possessive 's.
                    let after = &text[j + d.len_utf8()..];
                    let next = after.chars().next();
                    let possessive = d != '-'
                        && matches!(next, Some('s'))
                        && !after[1..].starts_with(is_word_char);
                    // "Iran-backed", "Sorkin-written": a lower-case suffix after a capitalised
                    // word is not part of a name.
                    // But after a Korean family name, "Kyong-hui" is one given name.
                    let given_syllables = || {
                        words.last().is_some_and(|&(ps, pe)| {
                            &text[pe..i] == " "
                                && text[ps..pe].starts_with(char::is_uppercase)
                                && self.lex.is_hyphen_surname(&text[ps..pe].to_lowercase())
                        })
                    };
                    let lower_suffix = d == '-'
                        && next.is_some_and(char::is_lowercase)
                        && text[i..].starts_with(char::is_uppercase)
                        && !given_syllables();
                    if next.is_some_and(is_word_char) && !possessive && !lower_suffix {
                        it.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            words.push((i, end));
        }
        // Sentence of each word and capitalisation ratio per sentence (headline detection).
        let nsent = self.sentences.len().max(1);
        let mut caps = vec![(0usize, 0usize); nsent];
        let mut word_sent = Vec::with_capacity(words.len());
        let mut si = 0usize;
        let mut prev_sent = usize::MAX;
        let mut initial_flags = Vec::with_capacity(words.len());
        for &(s, e) in &words {
            while si + 1 < self.sentences.len() && self.sentences[si + 1].start <= s {
                si += 1;
            }
            word_sent.push(si);
            initial_flags.push(si != prev_sent);
            prev_sent = si;
            let w = &text[s..e];
            if w.chars().next().is_some_and(char::is_alphabetic) {
                caps[si].1 += 1;
                if starts_upper(w) {
                    caps[si].0 += 1;
                }
            }
        }
        for (i, &(c, n)) in caps.iter().enumerate() {
            // Headline case: most words capitalised and no closing punctuation, or nearly all.
            let ends_like_prose = self.sentences.get(i).is_some_and(|s| {
                text[s.start..s.end]
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '\u{201D}', '\''])
            });
            self.headline[i] =
                (n >= 3 && c * 10 >= n * 6 && !ends_like_prose) || (n >= 5 && c * 20 >= n * 17);
        }

        // Words the text capitalises inside a sentence (not headlines): a sentence-initial
        // word written so elsewhere is a name even when the tagger doubts it.
        let capitalised_inside: rustc_hash::FxHashSet<&str> = words
            .iter()
            .zip(&initial_flags)
            .zip(&word_sent)
            .filter(|((&(s, e), &initial), &si)| {
                !initial && !self.headline[si] && starts_upper(&text[s..e])
            })
            .map(|((&(s, e), _), _)| &text[s..e])
            .collect();

        let mut mi = 0usize;
        let mut wi = 0usize;
        let mut lower = String::new();
        while wi < words.len() {
            let (ws, we) = words[wi];
            // Skip matches that ended before this word (e.g. punctuation-only overlaps).
            while mi < matches.len() && matches[mi].end <= ws {
                mi += 1;
            }
            if mi < matches.len() && matches[mi].start < we {
                let m = matches[mi];
                // "Abdel-Fatah al-Sisi": a name inside a hyphenated capitalised word whose name
                // goes on after it is part of a person's name, not the actor ("Fatah").
                if self.inside_hyphenated_name(ws, we, &m) {
                    mi += 1;
                    continue;
                }
                // "the General Political Bureau", "General Staff": a capitalised title that
                // opens an organisation's name is part of the name, not a person.
                if matches!(m.target, Target::Title(_))
                    && m.start == ws
                    && starts_upper(&text[ws..we])
                    && self.opens_org_name(&words, wi, m.end)
                {
                    mi += 1;
                    continue;
                }
                self.units.push(Unit {
                    start: m.start,
                    end: m.end,
                    sent: self.sentence_of(m.start),
                    kind: UnitKind::Lex(m.target),
                    initial: initial_flags[wi] && m.start <= ws,
                });
                while wi < words.len() && words[wi].0 < m.end {
                    wi += 1;
                }
                mi += 1;
                continue;
            }
            let w = &text[ws..we];
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            let sent = word_sent[wi];
            let initial = initial_flags[wi];
            // Capitalised sequence?
            let next_lower = words
                .get(wi + 1)
                .is_some_and(|&(s, e)| !starts_upper(&text[s..e]));
            let next_capital_word = words
                .get(wi + 1)
                .is_some_and(|&(s, e)| starts_upper(&text[s..e]) && &text[we..s] == " ");
            // The tagger vetoes a sentence-initial word the text never capitalises elsewhere.
            let tagger_veto = initial
                && !self.headline[sent]
                && !capitalised_inside.contains(w)
                && self.tagged_common(ws, next_capital_word);
            // "but So Se Pyong, the ambassador": a capitalised stop word that is also a Korean
            // family name opens a name inside a sentence when two given-name syllables follow.
            let korean_family = !initial
                && self.lex.is_stop(w)
                && self.lex.is_hyphen_surname(&lower)
                && korean_given_at(text, &words, wi + 1);
            let capital = (starts_upper(w) || particle_capital(w))
                && (!self.lex.is_stop(w) || korean_family)
                && !(next_lower && self.lex.is_adjective(&lower))
                && !tagger_veto;
            // A capitalised modifier or a sentence-initial gerund/adverb before a name is not
            // part of it ("Senior Kurdish official …", "Removing Godane …", "Reportedly …").
            // Sentence-initial plural nouns ("Celebrities Julianne Moore …", "Protesters …").
            // ("-ers", "-ors" are left out: Sanders, Rogers, Connors.)
            let next_capital = words
                .get(wi + 1)
                .is_some_and(|&(s, e)| starts_upper(&text[s..e]));
            let plural_noun = next_capital
                && ["ies", "ists", "ents", "ants", "ics", "ians"]
                    .iter()
                    .any(|suf| lower.ends_with(suf));
            let leading_common = self.lex.is_adjective(&lower)
                || (initial
                    && (lower.ends_with("ing") || lower.ends_with("ly") || plural_noun)
                    && lower.len() > 4);
            if capital && leading_common {
                if self.lex.is_adjective(&lower) {
                    self.units.push(Unit {
                        start: ws,
                        end: we,
                        sent,
                        kind: UnitKind::Adj,
                        initial,
                    });
                }
                wi += 1;
                continue;
            }
            // "Riyadh denied it. The Kingdom said …": a capitalised description noun alone
            // after "the" (not "the Republic of Korea") is the description, not a name.
            let after_the =
                wi > 0 && text[words[wi - 1].0..words[wi - 1].1].eq_ignore_ascii_case("the");
            let next_of = words
                .get(wi + 1)
                .is_some_and(|&(s, e)| matches!(&text[s..e], "of" | "for"));
            let capital_desc = capital
                && after_the
                && !next_capital
                && !next_of
                && self
                    .lex
                    .lower_word(&lower)
                    .is_some_and(|i| i.desc.is_some());
            if capital && !capital_desc {
                let (end_wi, unit) = self.name_sequence(&words, wi, &matches[mi..], sent);
                if let Some(mut u) = unit {
                    u.initial = initial;
                    self.units.push(u);
                }
                wi = end_wi;
                continue;
            }
            let info = self.lex.lower_word(&lower);
            let kind = if let Some(p) = info.and_then(|i| i.pronoun) {
                Some(UnitKind::Pronoun(p))
            } else if let Some(r) = info.and_then(|i| i.relative).filter(|_| !initial) {
                Some(UnitKind::Relative(r))
            } else if lower == "the" {
                Some(UnitKind::Det { definite: true })
            } else if lower == "a" || lower == "an" || lower == "another" {
                Some(UnitKind::Det { definite: false })
            } else if info.is_some_and(|i| i.adj) {
                Some(UnitKind::Adj)
            } else if let Some(kinds) = info.and_then(|i| i.desc.as_deref()) {
                self.desc_kinds.push(kinds);
                Some(UnitKind::Desc(self.desc_kinds.len() - 1))
            } else {
                None
            };
            if let Some(kind) = kind {
                self.units.push(Unit {
                    start: ws,
                    end: we,
                    sent,
                    kind,
                    initial,
                });
            }
            wi += 1;
        }
    }

    /// Is the capitalised run right after a title match ending at byte `end` (from word `wi`
    /// on) an organisation's name: capitalised words (and "of") after single spaces, within
    /// five words, one of them an organisation head ("Political Bureau", "Staff")?
    fn opens_org_name(&self, words: &[(usize, usize)], wi: usize, end: usize) -> bool {
        let mut k = wi;
        while k < words.len() && words[k].0 < end {
            k += 1;
        }
        // "CEO of Vice Media" is a person's post: the name must follow the title directly.
        words
            .get(k)
            .is_some_and(|&(s, e)| &self.text[end..s] == " " && starts_upper(&self.text[s..e]))
            && self.org_head_within(words, k, words[k].0)
    }

    /// Is there an organisation head among the words from `k` on that continue a name
    /// (capitalised, or "of"; one space apart, the first at byte `from`), within five words?
    fn org_head_within(&self, words: &[(usize, usize)], k: usize, from: usize) -> bool {
        let text = self.text;
        let mut prev_end = from;
        for &(s, e) in words.iter().skip(k).take(5) {
            let w = &text[s..e];
            let gap = text.get(prev_end..s).unwrap_or("x");
            if !(gap.is_empty() || gap == " ") || !(starts_upper(w) || w == "of") {
                return false;
            }
            if matches!(self.lex.head(w), Some(h) if h != HeadClass::Place) {
                return true;
            }
            prev_end = e;
        }
        false
    }

    /// Does the parse say the sentence-initial word at byte `start` is not the first word of a
    /// name? Function words and verbs never are ("Another YouTube user", "Unlike K5",
    /// "Taking Thomas", "Indeed"); a common noun or adjective is not when no capitalised word
    /// follows ("Sources claimed", "Extensive reports"), but may open one ("Scottish SPCA",
    /// "Health Ministry"). False without a parse.
    fn tagged_common(&self, start: usize, next_capital: bool) -> bool {
        let Some(doc) = self.doc else {
            return false;
        };
        let Some(i) = doc.token_starting_at(start) else {
            return false;
        };
        match doc.tokens[i].upos {
            Upos::Propn | Upos::X | Upos::Num | Upos::Sym | Upos::Punct => false,
            Upos::Noun | Upos::Adj => !next_capital,
            _ => true,
        }
    }

    /// Does the lexicon match `m` sit at the end of the hyphenated word `ws..we` after a
    /// capitalised part that is no common word ("Abdel-", not "Anti-"), with a capitalised
    /// word or an "al-" name right after it ("Abdel-Fatah al-Sisi")?
    fn inside_hyphenated_name(&self, ws: usize, we: usize, m: &LexMatch) -> bool {
        let text = self.text;
        if m.start <= ws || m.end != we || !text[..m.start].ends_with('-') {
            return false;
        }
        let first = &text[ws..m.start - 1];
        let next = text[we..]
            .strip_prefix(' ')
            .and_then(|r| r.split([' ', ',', '.', ';', ':']).next())
            .unwrap_or("");
        starts_upper(first)
            && !first.contains('-')
            && !self.lex.is_common_word(&first.to_lowercase())
            && (starts_upper(next) || particle_capital(next))
            && !self.lex.is_stop(next)
    }

    /// Is the title match `m` on the word after word `wi` a surname: one capitalised word
    /// ("Mayor", not "Prime Minister") after a given name of `given_names.tsv`, separated by
    /// a space and followed by no capitalised word ("Adrienne Mayor, a historian"; "Adrienne
    /// Mayor Bill de Blasio" keeps the title)?
    fn title_as_surname(&self, words: &[(usize, usize)], wi: usize, m: &LexMatch) -> bool {
        let text = self.text;
        let (gs, ge) = words[wi];
        let Some(&(s, e)) = words.get(wi + 1) else {
            return false;
        };
        matches!(m.target, Target::Title(_))
            && m.start == s
            && m.end == e
            && &text[ge..s] == " "
            && starts_upper(&text[s..e])
            && self.lex.is_given_name(&text[gs..ge].to_lowercase())
            && words.get(wi + 2).is_none_or(|&(ns, ne)| {
                !starts_upper(&text[ns..ne]) || self.sentence_of(ns) != self.sentence_of(s)
            })
    }

    /// Extend a capitalised sequence from word `wi`. Returns the next word index and the unit.
    pub(super) fn name_sequence(
        &self,
        words: &[(usize, usize)],
        wi: usize,
        matches: &[LexMatch],
        sent: usize,
    ) -> (usize, Option<Unit>) {
        let text = self.text;
        let next_match = matches.first().map_or(usize::MAX, |m| m.start);
        let mut last = wi; // last capitalised word included
        let mut j = wi + 1;
        let mut connector_at: Option<usize> = None;
        while j < words.len() {
            let (s, e) = words[j];
            // "Adrienne Mayor, a historian": a one-word title right after a lone given name,
            // with no capitalised word after it, is that person's surname.
            if j == wi + 1 && s == next_match && self.title_as_surname(words, wi, &matches[0]) {
                last = j;
                break;
            }
            if s >= next_match || self.sentence_of(s) != sent {
                break;
            }
            let gap = &text[words[j - 1].1..s];
            // "Michael J. Morell", "Lloyd J. Austin III": a middle initial after a given name.
            let middle_initial = gap == ". "
                && j >= 2
                && j - 1 > wi
                && {
                    let (ps, pe) = words[j - 1];
                    pe - ps == 1 && text[ps..pe].starts_with(|c: char| c.is_ascii_uppercase())
                }
                && {
                    // A given name first, or any one capitalised word ("Sajjan M. Gohel": the
                    // sentence splitter kept the initial inside the sentence).
                    let (fs, fe) = words[wi];
                    self.lex.is_given_name(&text[fs..fe].to_lowercase()) || j - 1 == wi + 1
                }
                && starts_upper(&text[s..e])
                && !self.lex.is_stop(&text[s..e]);
            // "Workers’ Party of Korea", "Veterans' Affairs": a plural possessive inside a
            // name, before a capitalised word.
            // Only when an organisation head follows ("Phelps’ Baltimore home" is no name).
            let plural_possessive = matches!(gap, "' " | "\u{2019} ")
                && text[words[j - 1].0..words[j - 1].1].ends_with('s')
                && starts_upper(&text[s..e])
                && !self.lex.is_stop(&text[s..e])
                && self.org_head_within(words, j, s);
            if gap != " " && !middle_initial && !plural_possessive {
                break;
            }
            let w = &text[s..e];
            let lower_w: std::borrow::Cow<'_, str> = if w.bytes().any(|b| b.is_ascii_uppercase()) {
                w.to_ascii_lowercase().into()
            } else {
                w.into()
            };
            // "Hwang Byong So": the last syllable of a Korean name may spell a stop word.
            let korean_last = j == wi + 2
                && self
                    .lex
                    .is_hyphen_surname(&text[words[wi].0..words[wi].1].to_lowercase())
                && korean_given_at(text, words, wi + 1)
                && korean_syllable(w);
            if (starts_upper(w) || particle_capital(w)) && (!self.lex.is_stop(w) || korean_last) {
                last = j;
                j += 1;
                continue;
            }
            // Particles and connectors only between capitalised words.
            let is_particle = self.lex.is_particle(&lower_w);
            let is_connector = matches!(&*lower_w, "of" | "for" | "the" | "and" | "on");
            if (is_particle || is_connector) && j + 1 < words.len() {
                let (ns, ne) = words[j + 1];
                let nw = &text[ns..ne];
                if ns < next_match
                    && &text[e..ns] == " "
                    && (starts_upper(nw) || particle_capital(nw) || lower_w == "of")
                    && !self.lex.is_stop(nw)
                {
                    if is_connector && connector_at.is_none() {
                        connector_at = Some(j);
                    }
                    j += 1;
                    continue;
                }
            }
            break;
        }
        let end_wi = last + 1;
        // A connector is kept only when the whole is an organisation ("Ministry of Defence").
        let head_of = |k: usize| {
            let (s, e) = words[k];
            self.lex.head(&text[s..e])
        };
        let mut last_cap = last;
        let mut head = head_of(last_cap);
        if let Some(c) = connector_at {
            let org_before = (wi..c).any(|k| {
                matches!(
                    head_of(k),
                    Some(h) if h != HeadClass::Place
                )
            });
            // "Food and Drug Administration": an organisation head at the end keeps it whole.
            let org_after = c < last && matches!(head, Some(h) if h != HeadClass::Place);
            // But a person's name before "of" is the person ("Humberto Garcia of the Astronomy
            // Center"), and "and" between two organisations joins two names ("Starwood Capital
            // Group and Blackstone Group").
            let word = |k: usize| text[words[k].0..words[k].1].to_lowercase();
            let person_before =
                (2..=3).contains(&(c - wi)) && !org_before && self.lex.is_given_name(&word(wi));
            let two_orgs = org_before && word(c) == "and";
            if (!org_before && !org_after) || c > last || person_before || two_orgs {
                last_cap = c - 1;
                // Walk back over trailing particles/connectors.
                while last_cap > wi && {
                    let w = &text[words[last_cap].0..words[last_cap].1];
                    !starts_upper(w) && !particle_capital(w)
                } {
                    last_cap -= 1;
                }
                head = head_of(last_cap);
            } else if head.is_none() {
                // "Ministry of Defence": head is the organisation word before "of".
                head = (wi..c).rev().find_map(head_of);
            }
        }
        let count = (wi..=last_cap)
            .filter(|&k| {
                let (s, e) = words[k];
                starts_upper(&text[s..e]) || particle_capital(&text[s..e])
            })
            .count();
        // "Ansar al Sharia", "Chechen Jaish al Muhajireen": an Arabic word for a band of
        // fighters before a particle ("al", "ut") makes the name a group (`group-opener`).
        if head.is_none() {
            let word = |k: usize| &text[words[k].0..words[k].1];
            head = (wi..last_cap)
                .find(|&k| {
                    let next = word(k + 1);
                    self.lex.is_particle(&next.to_lowercase()) || particle_capital(next)
                })
                .and_then(|k| self.lex.opener(word(k)));
        }
        let unit = Unit {
            start: words[wi].0,
            end: words[last_cap].1,
            sent,
            kind: UnitKind::Name { words: count, head },
            initial: false,
        };
        (last_cap.max(wi) + 1, Some(unit).filter(|_| end_wi > wi))
    }
}

/// A given-name syllable of a Korean name written in three words ("Se", "Pyong", "So"):
/// capitalised, letters only, at most five of them.
fn korean_syllable(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars().all(char::is_alphabetic)
        && (1..=5).contains(&w.chars().count())
}

/// Do words `k` and `k + 1` read as the two given-name syllables of a Korean name, each
/// after a single space ("So Se Pyong", "Hwang Byong So")?
fn korean_given_at(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    if k == 0 || k + 1 >= words.len() {
        return false;
    }
    (k..=k + 1).all(|i| {
        let (s, e) = words[i];
        &text[words[i - 1].1..s] == " " && korean_syllable(&text[s..e])
    })
}
