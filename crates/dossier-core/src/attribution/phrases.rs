//! Speaker phrases: the noun phrase before a cue ("Iran on Monday denied"), after a post-posed cue
//! ("…, said the minister"), at the head of a sentence or clause (the hearer of "told Y" is
//! `hearers.rs`).
//!
//! A phrase is accepted only if it can head a statement ([`Attributor::valid_np`]): a name, a
//! pronoun, or a noun of `SPEAKER_NOUNS`/`BODY_NOUNS` with its modifiers.

use super::*;

impl Attributor<'_> {
    /// Scan back from the token before index `end_idx` (exclusive) for a subject phrase.
    /// Returns (phrase range, index of the boundary token or None at sentence start).
    pub(super) fn np_back(
        &self,
        toks: &[Tok],
        end_idx: usize,
    ) -> (Option<(usize, usize)>, Option<usize>) {
        let t = self.text;
        let mut i = end_idx;
        // Skip adverbials and auxiliaries between subject and cue.
        while i > 0 {
            let tk = &toks[i - 1];
            if tk.word && ADV_BACK.contains(&lower(t, tk).as_str()) {
                i -= 1;
            } else {
                break;
            }
        }
        let np_end = i;
        if np_end > 0 && toks[np_end - 1].word {
            let lw = lower(t, &toks[np_end - 1]);
            if PRONOUNS.contains(&lw.as_str()) {
                // "entities it said had helped …": a pronoun is the whole subject.
                let b = if np_end >= 2 { Some(np_end - 2) } else { None };
                return (Some((toks[np_end - 1].s, toks[np_end - 1].e)), b);
            }
        }
        let mut j = i;
        let mut count = 0;
        while j > 0 && count < 14 {
            let tk = &toks[j - 1];
            if !tk.word {
                if &t[tk.s..tk.e] == ")" && (count > 0 || j == np_end) {
                    // "Sen. Richard J. Durbin (D-Ill.)": step over the parenthesis.
                    if let Some(open) = toks[..j - 1].iter().rposition(|k| &t[k.s..k.e] == "(") {
                        if j - 1 - open <= 6 {
                            j = open;
                            count += 1;
                            continue;
                        }
                    }
                }
                break;
            }
            let lw = lower(t, tk);
            if STOP_BACK.contains(&lw.as_str())
                && !(j == np_end && RELATIVES.contains(&lw.as_str()))
                && !(is_cap(t, tk) && self.name_after_quote(tk))
            {
                break;
            }
            if lw == "and" {
                let prev_cap = j >= 2 && is_cap(t, &toks[j - 2]);
                let next_cap = toks.get(j).is_some_and(|n| {
                    is_cap(t, n)
                        || (lower(t, n) == "the" && toks.get(j + 1).is_some_and(|m| is_cap(t, m)))
                });
                // "a military source and residents said": two unnamed sources, one subject;
                // also when the second is a described source ("witnesses and security sources
                // said": the head right before the cue).
                let source_noun = |k: Option<&Tok>| {
                    k.is_some_and(|k| {
                        let w = lower(t, k);
                        SPEAKER_NOUNS.contains(&w.as_str()) || GENERIC_GROUPS.contains(&w.as_str())
                    })
                };
                let sources = source_noun(j.checked_sub(2).map(|p| &toks[p]))
                    && (source_noun(toks.get(j))
                        || source_noun(np_end.checked_sub(1).map(|p| &toks[p]))
                        || toks.get(j).is_some_and(|n| {
                            matches!(
                                lower(t, n).as_str(),
                                "a" | "an" | "the" | "other" | "several"
                            )
                        }));
                if !(sources || prev_cap && next_cap) {
                    break;
                }
            }
            if j != np_end && self.is_hit_start(tk.s) && !is_cap(t, tk) {
                break;
            }
            j -= 1;
            count += 1;
            if j < np_end && RELATIVES.contains(&lw.as_str()) {
                // A relative pronoun is the whole subject ("…, who said").
                break;
            }
        }
        // Drop leading connectives and time words ("But the ministry said", "Friday the
        // government threatened").
        while j < np_end && {
            let lw = lower(t, &toks[j]);
            CONNECTIVES.contains(&lw.as_str())
                || crate::dates::is_weekday(&lw)
                || matches!(
                    lw.as_str(),
                    "yesterday" | "today" | "earlier" | "later" | "tonight"
                )
        } {
            j += 1;
        }
        // A fronted time phrase opened by a preposition ("On Wednesday Williams said", "Late
        // on Monday the ministry said", "In March 2014 the court ruled"): the speaker starts
        // after its last time word.
        if let Some(k) = super::speakers::fronted_time_words(t, toks, j, np_end) {
            j = k;
        }
        let boundary = if j > 0 { Some(j - 1) } else { None };
        if j >= np_end {
            return (None, if np_end > 0 { Some(np_end - 1) } else { None });
        }
        (Some((toks[j].s, toks[np_end - 1].e)), boundary)
    }

    /// The segment after comma token `comma` up to the next comma (at most `limit`), when it is
    /// a proper name: every word capitalised, at most five words; a title's abbreviation or a
    /// middle initial keeps its period ("The Pentagon's press secretary, Navy Rear Adm. John
    /// Kirby, announced": FNC-1 train 226, 427, 2374), other dotted words ("U.S.") do not.
    pub(super) fn name_segment(
        &self,
        toks: &[Tok],
        comma: usize,
        limit: usize,
    ) -> Option<(usize, usize)> {
        let t = self.text;
        let start = comma + 1;
        let mut end = start;
        while end < limit && toks[end].word {
            end += 1;
        }
        if end == start
            || end - start > 5
            || end != limit && !matches!(&t[toks[end].s..toks[end].e], "," | ")" | "-" | "—")
        {
            return None;
        }
        let all_cap = toks[start..end].iter().all(|k| {
            let w = &t[k.s..k.e];
            w.chars().any(char::is_uppercase) && !w.contains('.')
                || w.len() <= 3 && w.chars().all(char::is_lowercase)
                || title_or_initial(w)
        });
        let first_cap = is_cap(t, &toks[start]);
        // One word only when it looks like a given name: capitalised, not a function word,
        // connective or time word ("The hostage's sister, Lucy, told", not ", However,").
        let one_name = end - start == 1 && {
            let lw = lower(t, &toks[start]);
            !is_function_word(&lw)
                && !CONNECTIVES.contains(&lw.as_str())
                && !ADV_BACK.contains(&lw.as_str())
                && t[toks[start].s..toks[start].e]
                    .chars()
                    .skip(1)
                    .all(char::is_lowercase)
                && !is_calendar_word(&lw)
        };
        (all_cap && first_cap && (end - start >= 2 || one_name))
            .then(|| (toks[start].s, toks[end - 1].e))
    }

    /// A noun phrase starting at token `idx`, scanning forward.
    pub(super) fn np_fwd(&self, toks: &[Tok], idx: usize) -> Option<(usize, usize, usize)> {
        let t = self.text;
        let mut j = idx;
        let mut count = 0;
        while j < toks.len() && count < 12 {
            let tk = &toks[j];
            if !tk.word {
                // "Woods' agent": a plural possessive's apostrophe stays inside; so does the
                // period of a middle initial ("asked Sajjan M. Gohel, the …").
                if j > idx && (self.possessive_apostrophe(toks, j) || self.initial_period(toks, j))
                {
                    j += 1;
                    count += 1;
                    continue;
                }
                break;
            }
            let lw = lower(t, tk);
            if STOP_FWD.contains(&lw.as_str()) && !self.lexicon_name_runs_on(toks, idx, j) {
                // "According to the Committee to Protect Journalists, …": a name of the
                // lexicon holding a lower-case word runs on over it.
                match self.lexicon_name_spans(toks, idx, j) {
                    Some(next) => {
                        count += next - j;
                        j = next;
                        continue;
                    }
                    None => break,
                }
            }
            if j > idx && !is_cap(t, tk) && self.is_hit_start(tk.s) {
                break;
            }
            // "According to three media outlets an undisclosed number of militants …": an
            // article right after a noun opens the next noun phrase (the content), not more
            // of the speaker; after a preposition or determiner ("the head of the council",
            // "all the") it stays inside.
            if j > idx && matches!(lw.as_str(), "a" | "an" | "the") {
                let prev = lower(t, &toks[j - 1]);
                if !(is_function_word(&prev)
                    || matches!(
                        prev.as_str(),
                        "of" | "for"
                            | "from"
                            | "by"
                            | "with"
                            | "or"
                            | "to"
                            | "about"
                            | "among"
                            | "like"
                            | "including"
                            | "all"
                            | "half"
                            | "near"
                            | "over"
                            | "under"
                    ))
                {
                    break;
                }
            }
            if lw == "and" {
                let prev_cap = j > 0 && is_cap(t, &toks[j - 1]);
                let next_cap = toks.get(j + 1).is_some_and(|n| is_cap(t, n));
                if !(prev_cap && next_cap) {
                    break;
                }
            }
            j += 1;
            count += 1;
        }
        if j == idx {
            return None;
        }
        Some((toks[idx].s, toks[j - 1].e, j))
    }

    /// Does a name of the pipeline's lexicon end at token `j`, a capitalised word after the
    /// capitalised run it closes ("According to USA Today, …": "Today" is no time word here)?
    fn lexicon_name_runs_on(&self, toks: &[Tok], idx: usize, j: usize) -> bool {
        let t = self.text;
        if j <= idx || !is_cap(t, &toks[j]) || !is_cap(t, &toks[j - 1]) {
            return false;
        }
        let a = cap_run_start(t, toks, idx, j);
        (a..j).any(|b| {
            let name = &t[toks[b].s..toks[j].e];
            self.actor_lex.entries.iter().any(|en| en.name == name)
        })
    }

    /// Token `j` is the period of an initial inside a name: one capital letter right before it,
    /// after a capitalised word, and a capitalised word right after ("Sajjan M. Gohel").
    fn initial_period(&self, toks: &[Tok], j: usize) -> bool {
        let t = self.text;
        let (Some(prev), Some(before), Some(next)) = (
            j.checked_sub(1).map(|k| &toks[k]),
            j.checked_sub(2).map(|k| &toks[k]),
            toks.get(j + 1),
        ) else {
            return false;
        };
        let letter = &t[prev.s..prev.e];
        &t[toks[j].s..toks[j].e] == "."
            && prev.e == toks[j].s
            && letter.chars().count() == 1
            && letter.starts_with(char::is_uppercase)
            && before.word
            && is_cap(t, before)
            && next.word
            && is_cap(t, next)
            && t[toks[j].e..next.s] == *" "
    }

    /// A name of the pipeline's lexicon that opens with a capitalised word of the phrase
    /// (from token `idx`) and runs over the lower-case token `j` ("the Committee to Protect
    /// Journalists", "the Organisation for the Prohibition of Chemical Weapons"): the index of
    /// the token after the name.
    fn lexicon_name_spans(&self, toks: &[Tok], idx: usize, j: usize) -> Option<usize> {
        let t = self.text;
        let a = cap_run_start(t, toks, idx, j);
        if a == j {
            return None;
        }
        let from = toks[a].s;
        let end = self
            .actor_lex
            .entries
            .iter()
            .filter(|en| {
                en.name.len() > toks[j].e - from && t[from..].starts_with(en.name.as_str())
            })
            .map(|en| from + en.name.len())
            .max()?;
        // The name must end on a token's end (not inside a longer word).
        toks[j..].iter().position(|k| k.e == end).map(|p| j + p + 1)
    }

    pub(super) fn valid_np(&self, r: (usize, usize)) -> bool {
        let t = self.text;
        let toks = tokenize(t, r.0, r.1, self.actor_lex);
        let words: Vec<&Tok> = toks.iter().filter(|k| k.word).collect();
        if words.is_empty() || words.len() > 14 {
            return false;
        }
        let first = lower(t, words[0]);
        if words.len() == 1 && PRONOUNS.contains(&first.as_str()) {
            return true;
        }
        if words.len() == 1 && RELATIVES.contains(&first.as_str()) {
            return false;
        }
        // "“…,” said one", "“…,” one wrote": one counted out of a group (`counted.rs`), right
        // after a quotation or its cue; never the generic "one" ("as one might expect").
        if words.len() == 1 && super::counted::counts_one(&first) {
            let before = t[..r.0].trim_end();
            let after_cue = before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| self.is_hit_start(before.len() - w.len()));
            return before.ends_with(['”', '"', '’', '\'']) || after_cue;
        }
        if first == "one" && words.len() >= 3 && lower(t, words[1]) == "of" {
            return true;
        }
        // "found himself one of the most popular boys …": a reflexive object opens no subject.
        if matches!(
            first.as_str(),
            "himself" | "herself" | "itself" | "themselves" | "myself" | "ourselves" | "yourself"
        ) {
            return false;
        }
        // "issued a statement suggesting …", "making the rounds of …": a verb phrase.
        let participial = (first.ends_with("ed") || first.ends_with("ing"))
            && !is_cap(t, words[0])
            && words.len() > 1
            && !adjectival_participle(&first);
        if participial {
            return false;
        }
        // "at odds with a previous report": a prepositional phrase is no subject.
        if super::speakers::opens_with_preposition(&first) {
            return false;
        }
        if matches!(first.as_str(), "become" | "became" | "been" | "being") {
            return false;
        }
        let last = lower(t, words[words.len() - 1]);
        if matches!(
            last.as_str(),
            "the" | "a" | "an" | "of" | "for" | "and" | "his" | "her" | "their" | "its"
        ) {
            return false;
        }
        // A capital that only opens the sentence on a participle or adverb ("Published
        // claims …", "Angry at officers …") does not make a name.
        let caps: Vec<usize> = words
            .iter()
            .enumerate()
            .filter(|(i, w)| {
                // "al-Hassan said" is a name as much as "Hassan said".
                (is_cap(t, w) || particle_name(t, w, self.actor_lex))
                    && !(*i == 0 && is_function_word(&lower(t, w)) && !self.name_after_quote(w))
            })
            .map(|(i, _)| i)
            .collect();
        let lone_opener = caps == [0] && words.len() > 1 && {
            let lw = lower(t, words[0]);
            lw.ends_with("ed")
                || lw.ends_with("ing")
                || lw.ends_with("ly")
                || matches!(lw.as_str(), "angry" | "check" | "according")
        };
        let any_cap = !caps.is_empty() && !lone_opener;
        let noun = words.iter().any(|w| {
            let lw = lower(t, w);
            let lw = lw.trim_end_matches("'s").trim_end_matches("’s");
            SPEAKER_NOUNS.contains(&lw) || BODY_NOUNS.contains(&lw) || GENERIC_GROUPS.contains(&lw)
        });
        // "43 percent said the same", "a majority of Germans supported …", "six in 10 said":
        // a share of a group, the poll's respondents, speaks for them.
        let share = words.iter().enumerate().any(|(i, w)| {
            let lw = lower(t, w);
            Lexicon::get().shares.contains(&lw)
                || lw == "in"
                    && i > 0
                    && i + 1 < words.len()
                    && self.numeral(words[i - 1])
                    && self.numeral(words[i + 1])
        });
        // "the electoral commission", "the ship's operator": a determiner and a noun.
        let det_noun = matches!(
            first.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "one"
        ) && words.len() <= 6
            && !last.ends_with("ed")
            && !last.ends_with("ing")
            && !self.adverb_like(words[words.len() - 1], &last)
            && !is_function_word(&last);
        any_cap || noun || share || det_noun
    }

    /// Is word `w` a numeral ("10", "six")? The tagger says so where there is a Doc; else its
    /// digits.
    fn numeral(&self, w: &Tok) -> bool {
        let t = self.text;
        t[w.s..w.e].chars().all(|c| c.is_ascii_digit())
            || self
                .doc
                .and_then(|d| d.token_starting_at(w.s).map(|i| (d, i)))
                .is_some_and(|(d, i)| d.tokens[i].upos == dossier_syntax::Upos::Num)
    }

    /// Is word `w` (lower-cased `lw`) an adverb ("the fighters reportedly")? The tagger says
    /// so where there is a Doc ("family", "ally", "assembly" end in -ly and are nouns); else
    /// its -ly ending.
    fn adverb_like(&self, w: &Tok, lw: &str) -> bool {
        match self
            .doc
            .and_then(|d| d.token_starting_at(w.s).map(|i| (d, i)))
        {
            Some((d, i)) => d.tokens[i].upos == dossier_syntax::Upos::Adv,
            None => lw.ends_with("ly"),
        }
    }

    /// Is capitalised word `w` a name although it spells a function word: right after a
    /// closing quotation ("“…,” Nor said", a Malaysian name), where no sentence opens, and
    /// tagged a proper noun in the Doc. Without a Doc, never.
    fn name_after_quote(&self, w: &Tok) -> bool {
        let before = self.text[..w.s].trim_end();
        before.ends_with(['”', '"', '’', '\''])
            && self
                .doc
                .and_then(|d| d.token_starting_at(w.s).map(|i| (d, i)))
                .is_some_and(|(d, i)| d.tokens[i].upos == dossier_syntax::Upos::Propn)
    }

    /// Is word `w` tagged an adverb in the Doc? Without a Doc, nothing is.
    pub(super) fn tagged_adverb(&self, w: &Tok) -> bool {
        self.doc
            .and_then(|d| d.token_starting_at(w.s).map(|i| (d, i)))
            .is_some_and(|(d, i)| d.tokens[i].upos == dossier_syntax::Upos::Adv)
    }
}

/// Day and month names (`data/dates/`), which are capitalised but never a speaker's given name.
/// Participles that modify a speaker noun as adjectives ("unnamed officials", "retired
/// general", "acting president"), not a verb phrase.
pub(super) fn adjectival_participle(w: &str) -> bool {
    matches!(
        w,
        "unnamed"
            | "unidentified"
            | "retired"
            | "armed"
            | "elected"
            | "concerned"
            | "interested"
            | "alleged"
            | "leading"
            | "ruling"
            | "opposing"
            | "striking"
            | "visiting"
            | "outgoing"
            | "incoming"
            | "governing"
            | "aging"
            | "ageing"
            | "acting"
            | "veteran"
            | "detained"
            | "jailed"
            | "exiled"
            | "ousted"
            | "embattled"
            | "beleaguered"
            | "indicted"
            | "accused"
            | "injured"
            | "displaced"
            | "affected"
            | "united"
    )
}

fn is_calendar_word(w: &str) -> bool {
    crate::dates::is_weekday(w) || crate::dates::is_month_name(w)
}

/// A speaker phrase that runs through a finite verb of its own ("Obama hailed Foley, …, and
/// said", "a masked executioner with a British accent read a statement warning"): the subject
/// before that verb is the speaker, so the phrase ends there. Relative clauses ("X, who chairs
/// the committee,") and participles ("a group monitoring the war") are kept; with no parse the
/// phrase is unchanged.
pub(super) fn cut_at_own_verb(
    doc: Option<&dossier_syntax::Doc>,
    text: &str,
    s: usize,
    e: usize,
) -> usize {
    let Some(doc) = doc else { return e };
    let Some(first) = doc.token_starting_at(s) else {
        return e;
    };
    let mut i = first + 1;
    while i < doc.tokens.len() && (doc.tokens[i].end as usize) <= e {
        let t = &doc.tokens[i];
        let prev = &doc.tokens[i - 1];
        if matches!(t.xpos.as_str(), "," | "WP" | "WDT" | "-LRB-") {
            // A comma, a relative or a bracket: an apposition or relative clause follows,
            // read by the resolution as it is.
            return e;
        }
        // A finite verb that looks inflected (-ed, -s, or a short irregular form: "ran",
        // "gave"): a noun the tagger misread inside a title ("NASA asteroid expert") does not.
        let form = doc.form(text, i).to_lowercase();
        let lemma = t.lemma.to_lowercase();
        let irregular = form != lemma
            && form.chars().count() <= 5
            && form.chars().next() == lemma.chars().next();
        let inflected = form.ends_with("ed") || form.ends_with('s') || irregular;
        let finite = matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
            && matches!(
                t.upos,
                dossier_syntax::Upos::Verb | dossier_syntax::Upos::Aux
            )
            && inflected;
        // The verb's own subject lies in the phrase before it (a mis-tagged noun in a title,
        // "NASA asteroid expert Don Yeomans", has none).
        let own_subject = || {
            doc.children(i)
                .any(|j| (first..i).contains(&j) && doc.tokens[j].rel.is_subject())
        };
        if finite && prev.upos.is_nominal() && own_subject() {
            return prev.end as usize;
        }
        // A participle modifying the noun before it, with a name after it: "Former hostages
        // held by ISIS", "the group holding Mr Foley" — the name is the participle's agent or
        // object, never the speaker ("a group monitoring the war" keeps its description).
        // "An analyst named Yakoub Mustafa" keeps the name its participle gives.
        let participle = matches!(t.xpos.as_str(), "VBN" | "VBG")
            && t.upos == dossier_syntax::Upos::Verb
            && prev.upos.is_nominal()
            && t.rel == dossier_syntax::Rel::Acl;
        let named_after = || {
            (i + 1..doc.tokens.len())
                .take_while(|&j| (doc.tokens[j].end as usize) <= e)
                .any(|j| doc.tokens[j].upos == dossier_syntax::Upos::Propn)
        };
        if participle && named_after() && !super::rescue::naming_participle(doc, i) {
            return prev.end as usize;
        }
        i += 1;
    }
    e
}

/// A story opening with its agency alone, "(CNN) --", "(Reuters) — ": the parenthesis names
/// who filed the story, not what anybody said. Byte end of the closing parenthesis.
pub(super) fn agency_dateline(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('(')?;
    let close = inner.find(')')?;
    let name = &inner[..close];
    if name.is_empty()
        || name.len() > 40
        || name.contains('\n')
        || !name.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let after = inner[close + 1..].trim_start_matches(' ');
    let dashes = after.len() - after.trim_start_matches(['-', '–', '—', '―']).len();
    let dash_chars = after[..dashes].chars().count();
    let next = after[dashes..].chars().next();
    ((1..=2).contains(&dash_chars) && next.is_none_or(char::is_whitespace)).then_some(close + 2)
}

/// The first token of the run of capitalised words that ends right before token `j`, no earlier
/// than `idx` (`j` itself when the token before is not capitalised).
fn cap_run_start(t: &str, toks: &[Tok], idx: usize, j: usize) -> usize {
    let mut a = j;
    while a > idx && is_cap(t, &toks[a - 1]) {
        a -= 1;
    }
    a
}

/// A title's abbreviation ("Adm.", "Lt.") or a middle initial ("J."), each with its period.
fn title_or_initial(w: &str) -> bool {
    w.strip_suffix('.').is_some_and(|a| {
        super::tokens::TITLE_ABBREVS.contains(&a)
            || a.len() == 1 && a.chars().all(|c| c.is_ascii_uppercase())
    })
}
