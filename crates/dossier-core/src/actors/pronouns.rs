//! Relative pronouns ("who", "which") and personal pronouns (he, she, it, they).

use super::*;
use crate::syntax::Rel;
use crate::text::CharPositions;

impl<'a> Resolver<'a> {
    /// ", who" / ", which": the actor whose mention ends right before the comma.
    pub(super) fn at_relative(&mut self, i: usize, person: bool) {
        let u = self.units[i];
        let Some(prev) = self
            .recent(0, u.sent)
            .iter()
            .rev()
            .find(|m| m.end <= u.start)
        else {
            return;
        };
        if self.text[prev.end..u.start] != *", " {
            return;
        }
        let is_person = self.actors[prev.actor].kind == ActorKind::Person;
        if is_person == person {
            let a = prev.actor;
            self.mention(u.start, u.end, a, MentionForm::Pronoun);
        }
    }

    pub(super) fn at_pronoun(&mut self, i: usize, p: PronounClass) {
        let u = self.units[i];
        let w = self.unit_text(i);
        if p == PronounClass::Neuter && !self.subject_it(u) {
            return;
        }
        let _ = w;
        if matches!(p, PronounClass::Male | PronounClass::Female) {
            match self.rank_people(u, p) {
                Pick::One(a) => {
                    // A person "he" clearly refers to is a man from now on ("Nouhad Mashnuq …
                    // He said …" — a later "she" is someone else), and "she" a woman.
                    if self.people[a].gender.is_none() {
                        self.people[a].gender = Some(if p == PronounClass::Male {
                            Gender::Male
                        } else {
                            Gender::Female
                        });
                        self.people[a].gender_from_pronoun = true;
                    }
                    self.mention(u.start, u.end, a, MentionForm::Pronoun)
                }
                Pick::Close => self.ambiguous.push(u.start),
                Pick::Unnamed(a) => self.unnamed_pronouns.push((u.start, p, a)),
                Pick::None => {}
            }
            return;
        }
        let compatible = |this: &Self, m: &Mention| -> bool {
            let a = &this.actors[m.actor];
            match p {
                PronounClass::Male | PronounClass::Female => {
                    let want = if p == PronounClass::Male {
                        Gender::Male
                    } else {
                        Gender::Female
                    };
                    a.kind == ActorKind::Person
                        && this.people[m.actor].gender.is_none_or(|g| g == want)
                }
                PronounClass::Neuter => {
                    // Not a plural alias of a singular actor ("Republicans" for the party).
                    let t = &this.text[m.start..m.end];
                    let plural_alias = t.ends_with('s') && !a.name.ends_with('s');
                    a.kind != ActorKind::Person
                        && m.form != MentionForm::Demonym
                        && m.form != MentionForm::Pronoun
                        && !plural_alias
                }
                // "they": people named by a demonym ("Iranian officials … they"), groups,
                // forces, bodies and plural names ("Republicans", "the Houthis"); not a
                // state's or an outlet's singular name ("it").
                // An actor just called "it" is singular.
                PronounClass::Plural
                    if m.form == MentionForm::Pronoun && {
                        let t = &this.text[m.start..m.end];
                        t.eq_ignore_ascii_case("it") || t.eq_ignore_ascii_case("its")
                    } =>
                {
                    false
                }
                PronounClass::Plural => {
                    let t = &this.text[m.start..m.end];
                    // A demonym counts when plural itself ("Iranians") or before a plural noun
                    // of people ("Iranian officials"), not in "a Russian boy" nor before places
                    // or things ("bombing American cities": `place-noun`, `thing-word` in
                    // data/lexicon/words.tsv; "Syrian residents" are people, `people-of-plural`).
                    let plural_demonym = m.form == MentionForm::Demonym
                        && (t.ends_with('s')
                            || this.text[m.end..]
                                .split_whitespace()
                                .next()
                                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                                .is_some_and(|w| {
                                    let no_people =
                                        this.lex.lower_word(&w.to_lowercase()).is_some_and(|l| {
                                            l.thing || l.place_noun && l.people_of.is_none()
                                        });
                                    w.ends_with('s') && !w.ends_with("ss") && !no_people
                                }));
                    plural_demonym
                        || this.people[m.actor].plural
                        || matches!(
                            a.kind,
                            ActorKind::Group | ActorKind::Military | ActorKind::GovernmentBody
                        )
                        // A plural name ("Republicans", "the Houthis"); not an outlet whose
                        // name ends in "News" or "Times" (one outlet is "it").
                        || (a.kind != ActorKind::Person
                            && a.kind != ActorKind::State
                            && a.kind != ActorKind::Outlet
                            && m.form != MentionForm::Pronoun
                            && t.ends_with('s')
                            && !t.ends_with("ss")
                            && !t.ends_with("us"))
                }
            }
        };
        match self.rank_groups(u, p, &compatible) {
            Pick::One(a) => self.mention(u.start, u.end, a, MentionForm::Pronoun),
            Pick::Close => self.ambiguous.push(u.start),
            Pick::Unnamed(_) | Pick::None => {}
        }
    }

    /// The person "he"/"she" (unit `u`) refers to, by agreement and salience. Candidates are the
    /// people mentioned before it in its paragraph and the previous one, and speakers further
    /// back (at most [`PRONOUN_REACH`] sentences back in all), never one whose gender (title, given name,
    /// `people.tsv`) or number disagrees. Each mention scores by its role — speaker of a
    /// statement ("X said", "said X") [`SPEAKER`] > subject of its clause [`SUBJECT`] > object
    /// [`OBJECT`] > inside a prepositional phrase [`IN_PP`] > named inside a quotation
    /// [`IN_QUOTE`] — plus [`SPEAKS_AGAIN`] when the pronoun itself speaks ("he said") and the
    /// mention was a speaker, minus [`PER_SENTENCE`] per sentence back; an actor scores its
    /// best mention. When the best two actors are within [`TOO_CLOSE`] the pronoun is left
    /// unresolved and marked ambiguous (attribution keeps it as written, at low confidence).
    fn rank_people(&self, u: Unit, p: PronounClass) -> Pick {
        let want = if p == PronounClass::Male {
            Gender::Male
        } else {
            Gender::Female
        };
        // "a woman who … with what she said": an unnamed subject above the pronoun in its own
        // sentence is who it stands for; no named person is.
        if let Some(doc) = self.doc {
            let g = if p == PronounClass::Male { 'm' } else { 'f' };
            let covered = |s: usize, e: usize| {
                self.recent(0, u.sent).iter().any(|m| {
                    m.start < e && s < m.end && self.actors[m.actor].kind == ActorKind::Person
                })
            };
            if unnamed_subject_antecedent(doc, u.start, g, &covered).is_some() {
                return Pick::None;
            }
        }
        let from = self.previous_paragraph_start(u.start);
        let para = self.paragraph_start(u.start);
        let speaks = self.followed_by_saying(u.end);
        let fits = |m: &Mention| {
            let a = &self.actors[m.actor];
            !(a.kind != ActorKind::Person
                || self.people[m.actor].gender.is_some_and(|g| g != want)
                || self.people[m.actor].plural
                // "Kurds", but not "Mr. Somers": a title or given name told a gender.
                || plural_person_name(&a.name) && self.people[m.actor].gender.is_none())
        };
        // "Ahmadu gave an interview … in which he claimed …": a fitting person who is the
        // subject of a clause holding the pronoun, in its own sentence and outside quotation,
        // is who it stands for, whoever spoke before (a speaker named in the paragraph before,
        // a given name that tells a gender).
        if let Some(a) = self.clause_subject_above(u, &fits) {
            return Pick::One(a);
        }
        // "Godane, who …, seized world attention … He warned Kenya": when the sentence right
        // before, in the pronoun's paragraph, tells of a fitting person (its subject) and
        // quotes no one, the narrative goes on with that person, and a speaker from before it
        // does not speak again. A sentence with a speaker in it ("X was linked to Y, Paulson
        // said. He said …") keeps its speaker.
        // On a page of one-sentence paragraphs ("… Clarissa Ward changed her profile picture.
        // ¶ This, she said, …") the sentence before opens a paragraph of its own and tells the
        // narrative as much.
        // Only a paragraph of that one sentence: the last sentence of a longer one ("The
        // gunman … was shot dead. Zehaf-Bibeau had a long criminal record. ¶ He said …") leaves
        // the speaker before it speaking.
        let blank = |a: usize, b: usize| self.text.get(a..b).is_some_and(|t| t.trim().is_empty());
        let narrative_from = match (u.sent.checked_sub(1), self.sentences.get(u.sent)) {
            (Some(prev), Some(here))
                if blank(para, here.start) && blank(from, self.sentences[prev].start) =>
            {
                from
            }
            _ => para,
        };
        let before: Vec<(&Mention, f32)> = self
            .recent(PRONOUN_REACH, u.sent)
            .iter()
            .filter(|m| m.sentence + 1 == u.sent && m.start >= narrative_from && m.end <= u.start)
            .map(|m| (m, self.salience(m)))
            .collect();
        // The subject a sentence narrates is no relative pronoun ("the sister of Omar, who is
        // being held"); and a speaker named before the pronoun in its own sentence ("One user
        // said: '…,' he said") is who speaks.
        let relative = |m: &Mention| {
            matches!(
                self.text[m.start..m.end].to_lowercase().as_str(),
                "who" | "whom" | "which" | "that"
            ) && {
                // … unless its antecedent is no mere prepositional phrase ("Godane, who has a
                // passion for poetry, seized world attention", whatever the parse of Godane).
                let antecedent = self
                    .recent(0, m.sentence)
                    .iter()
                    .filter(|p| p.sentence == m.sentence && p.actor == m.actor && p.end <= m.start)
                    .max_by_key(|p| p.end);
                antecedent.is_none_or(|p| self.salience(p) == IN_PP)
            }
        };
        let speaker_here = self
            .recent(0, u.sent)
            .iter()
            .any(|m| m.sentence == u.sent && m.end <= u.start && self.salience(m) == SPEAKER);
        let narrated = !speaker_here
            && before.iter().all(|&(_, r)| r != SPEAKER)
            && before
                .iter()
                .any(|&(m, r)| r == SUBJECT && fits(m) && !relative(m));
        let mut best: Vec<(ActorIdx, f32)> = Vec::new();
        for m in self.recent(PRONOUN_REACH, u.sent) {
            if m.end > u.start || !fits(m) {
                continue;
            }
            let role = self.salience(m);
            // Before the previous paragraph only a speaker still counts: the last quoted
            // speaker goes on speaking across paragraphs.
            if m.start < from && role != SPEAKER {
                continue;
            }
            let mut score = role - PER_SENTENCE * (u.sent - m.sentence.min(u.sent)) as f32;
            if speaks && narrated {
                if m.sentence + 1 == u.sent
                    && m.start >= narrative_from
                    && role == SUBJECT
                    && !relative(m)
                {
                    score += SPEAKS_AGAIN;
                }
            } else if speaks && role == SPEAKER {
                score += SPEAKS_AGAIN;
            }
            match best.iter_mut().find(|(x, _)| *x == m.actor) {
                Some(b) => b.1 = b.1.max(score),
                None => best.push((m.actor, score)),
            }
        }
        best.sort_by(|x, y| y.1.total_cmp(&x.1));
        if let Some(&(a, _)) = best.first() {
            if self.unnamed_person_nearer(u, a) || self.continues_unnamed(u, a, p) {
                return Pick::Unnamed(a);
            }
        }
        match best.as_slice() {
            [] => Pick::None,
            [(a, _)] => Pick::One(*a),
            [(a, s1), (_, s2), ..] if s1 - s2 >= TOO_CLOSE => Pick::One(*a),
            _ => Pick::Close,
        }
    }

    /// The person a pronoun (unit `u`) stands for as the subject of a clause above it in its
    /// own sentence ("Ahmadu gave an interview in which he claimed": the pronoun's clause hangs
    /// under "gave", whose subject is Ahmadu): the nearest such subject mention before the
    /// pronoun that `fits`, or, when the nearest clause's subject surely is no such person, a
    /// fitting object of that clause (see the walk below). `None` without a parse, inside a
    /// quotation, or when the person before is neither ("an interview with Ahmadu in which he
    /// claimed").
    fn clause_subject_above(&self, u: Unit, fits: &dyn Fn(&Mention) -> bool) -> Option<ActorIdx> {
        let doc = self.doc?;
        if self
            .marks
            .inside_quote(self.paragraph_start(u.start)..u.start)
        {
            return None;
        }
        let p = doc.range_head(doc.tokens_within(u.start, u.end))?;
        // "… suggesting he might consider Kasich as running mate": a person the pronoun's own
        // clause names as its object is someone else than its subject.
        let clause_names = self.co_arguments(doc, p);
        let cands: Vec<(&Mention, usize)> = self
            .recent(0, u.sent)
            .iter()
            .filter(|m| m.sentence == u.sent && m.end <= u.start && fits(m))
            .filter(|m| {
                let name = &self.actors[m.actor].name;
                let last = name.rsplit(' ').next().unwrap_or(name);
                !clause_names.contains(&last)
            })
            .filter_map(|m| {
                // The mention's head, up through the parts of a name ("Kevin Vickers").
                let mut h = doc.range_head(doc.tokens_within(m.start, m.end))?;
                for _ in 0..3 {
                    let t = &doc.tokens[h];
                    if !matches!(t.rel, Rel::Flat | Rel::Compound | Rel::Appos)
                        || t.head as usize >= doc.tokens.len()
                    {
                        break;
                    }
                    h = t.head as usize;
                }
                Some((m, h))
            })
            .collect();
        let nearest = |want: &dyn Fn(&Mention, usize) -> bool| {
            cands
                .iter()
                .filter(|&&(m, h)| want(m, h))
                .max_by_key(|(m, _)| m.start)
                .map(|(m, _)| m.actor)
        };
        // Up the pronoun's heads, as Hobbs's walk does: the first clause with a subject before
        // the pronoun decides. Its subject, when a fitting person; else, when that subject surely is
        // no such person, a fitting person the clause has as its object or oblique before the
        // pronoun — "Vickers led the way as officials
        // chased down Michael Zehaf-Bibeau after he murdered a reservist": the officials are
        // no "he", so Zehaf-Bibeau is, not Vickers above them — else the clauses further up.
        let mut below = p;
        for _ in 0..64 {
            let Some(v) = doc.head(below) else {
                break;
            };
            // Every subject the clause has before the pronoun (a misparse can give it two:
            // "School: During an interview …, Mohammed refused …, but he admitted").
            let subjects: Vec<usize> = doc
                .children(v)
                .filter(|&c| c != below && c < p && doc.tokens[c].rel.is_subject())
                .collect();
            if !subjects.is_empty() {
                let own =
                    |m: &Mention, h: usize| subjects.contains(&h) && self.salience(m) == SUBJECT;
                if let Some(a) = nearest(&own) {
                    return Some(a);
                }
                if !subjects
                    .iter()
                    .all(|&sj| self.no_fitting_subject(doc, sj, u.sent, fits))
                {
                    below = v;
                    continue;
                }
                let object = |_: &Mention, h: usize| {
                    h < p
                        && doc.head(h) == Some(v)
                        && matches!(doc.tokens[h].rel, Rel::Obj | Rel::Iobj | Rel::Obl)
                };
                if let Some(a) = nearest(&object) {
                    return Some(a);
                }
            }
            below = v;
        }
        None
    }

    /// Is the subject token `sj` (of a clause above a "he"/"she" in sentence `sent`) surely no
    /// person the pronoun can be: a mention of an actor that does not `fit`, or, named by no
    /// mention, a plural noun ("officials") or a pronoun of another person or number ("they",
    /// "it", "we": the `pronoun-pl`, `pronoun-n` and `pronoun-speech` words of `words.tsv`). A singular name or noun no mention covers ("Dr. Welat … told Guney Yildiz that he
    /// suspected") may well be the one, so its clause's object is not taken instead.
    fn no_fitting_subject(
        &self,
        doc: &Doc,
        sj: usize,
        sent: usize,
        fits: &dyn Fn(&Mention) -> bool,
    ) -> bool {
        let t = &doc.tokens[sj];
        let (s, e) = (t.start as usize, t.end as usize);
        match self
            .recent(0, sent)
            .iter()
            .find(|m| m.start <= s && e <= m.end)
        {
            Some(m) => !fits(m),
            None => {
                matches!(t.xpos.as_str(), "NNS" | "NNPS")
                    || t.upos == Upos::Pron
                        && self
                            .lex
                            .lower_word(&self.text[s..e].to_lowercase())
                            .is_some_and(|w| {
                                w.speech_pronoun
                                    || matches!(
                                        w.pronoun,
                                        Some(PronounClass::Plural | PronounClass::Neuter)
                                    )
                            })
            }
        }
    }

    /// The capitalised words the clause of token `p` (a pronoun subject) has after it as
    /// its other arguments: objects and obliques of `p`'s head and the name parts hung on
    /// them ("he might consider John Kasich": "John", "Kasich").
    fn co_arguments(&self, doc: &Doc, p: usize) -> Vec<&'a str> {
        let Some(v) = doc.head(p) else {
            return Vec::new();
        };
        let args: Vec<usize> = doc
            .children(v)
            .filter(|&c| c > p && !doc.tokens[c].rel.is_subject())
            .collect();
        let mut out = Vec::new();
        for &a in &args {
            for t in std::iter::once(a).chain(doc.children(a)) {
                let tok = &doc.tokens[t];
                let w = &self.text[tok.start as usize..tok.end as usize];
                if w.chars().next().is_some_and(char::is_uppercase) {
                    out.push(w);
                }
            }
        }
        out
    }

    /// The role score of a mention (see [`Resolver::rank_people`]).
    pub(super) fn salience(&self, m: &Mention) -> f32 {
        let para = self.paragraph_start(m.start);
        if self.marks.inside_quote(para..m.start) {
            return IN_QUOTE;
        }
        let before = self.text[..m.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let after = &self.text[m.end..];
        // A possessor ("Pence's performance") is not what the clause is about.
        if after.starts_with("'s") || after.starts_with("’s") {
            return IN_PP;
        }
        // Inside a prepositional phrase ("an aide to al-Baghdadi were confirmed"), unless it
        // names a source ("according to X").
        let according = self.text[..m.start].trim_end().ends_with("according to");
        if PREPOSITIONS.contains(&before.as_str()) && !according {
            return IN_PP;
        }
        // "X said", or a post-posed "…, said X." — not the subject of a content clause that
        // opens after the verb ("said Clinton doesn't …"), nor of a passive ("X was told").
        let closes = after.is_empty() || after.starts_with([',', '.', ';', ':', '\n']);
        let passive = after
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "being"));
        // "Mike Omeri, a government spokesman, said": the apposition closing before the verb
        // names the speaker as much as the name does.
        // So does a name before its apposition or relative clause ("Enoch Mark, whose
        // daughter is among the girls held since April, said").
        let apposition = after.starts_with(", ")
            && (self.text[..m.start].trim_end().ends_with(',')
                && self.followed_by_saying(m.end + 1)
                || {
                    let rest = &after[2..];
                    let lim = rest.find(['.', '\n', '"', '“', ';']).unwrap_or(rest.len());
                    rest[..lim]
                        .find(", ")
                        .is_some_and(|k| self.followed_by_saying(m.end + 2 + k + 1))
                });
        // The same with the person's title between: "…, noted journalist X.", "According to
        // Moroccan reporter X, …".
        let titled = || {
            self.word_before_title(m.start)
                .is_some_and(|(w, acc)| acc || self.lex.is_saying(&w))
        };
        if (self.followed_by_saying(m.end) && !passive)
            || apposition
            || (self.lex.is_saying(&before) || according || titled()) && closes
        {
            return SPEAKER;
        }
        // The parse, when the pipeline has one: the mention's head token's relation.
        if let Some(doc) = self.doc {
            if let Some(h0) = doc.range_head(doc.tokens_within(m.start, m.end)) {
                // A name inside a larger noun phrase ("Pentagon Spokesman Col. Steve Warren")
                // plays the role of that phrase, and so does a demonym before its noun
                // ("Iranian officials").
                let mut h = h0;
                for _ in 0..3 {
                    let t = &doc.tokens[h];
                    let demonym = t.rel == Rel::Amod && m.form == MentionForm::Demonym;
                    // A conjunct plays its first conjunct's role ("in Iraq and Syria").
                    if !(demonym
                        || matches!(t.rel, Rel::Flat | Rel::Compound | Rel::Appos | Rel::Conj))
                        || t.head as usize >= doc.tokens.len()
                    {
                        break;
                    }
                    h = t.head as usize;
                }
                let r = doc.tokens[h].rel;
                // The subject of a verb of saying, or of a clause conjoined with one ("X could
                // not confirm the deaths and said …"), is a speaker.
                let v = doc.tokens[h].head as usize;
                let says = |i: usize| {
                    i < doc.tokens.len()
                        && self.lex.is_saying(&doc.form(self.text, i).to_lowercase())
                };
                let speaks = r.is_subject()
                    && v < doc.tokens.len()
                    && (says(v)
                        || (v + 1..doc.tokens.len().min(v + 40)).any(|c| {
                            doc.tokens[c].head as usize == v
                                && doc.tokens[c].rel == Rel::Conj
                                && says(c)
                                // … sharing its subject: "X has yet to comment, but Y issued a
                                // statement" is Y speaking.
                                && !doc.children(c).any(|k| doc.tokens[k].rel.is_subject())
                        }));
                return if speaks {
                    SPEAKER
                } else if r.is_subject() {
                    SUBJECT
                } else if matches!(r, Rel::Obl | Rel::Nmod) {
                    IN_PP
                } else {
                    OBJECT
                };
            }
        }
        // Without a parse: the first mention of its sentence is its subject.
        let first = self
            .recent(0, m.sentence)
            .iter()
            .find(|x| x.sentence == m.sentence)
            .is_none_or(|x| x.start == m.start);
        if first {
            SUBJECT
        } else {
            OBJECT
        }
    }

    /// The word before a title written before the mention at `start` ("noted journalist X",
    /// "according to Moroccan reporter X": "noted", or "to" after "according"), and whether it
    /// is "according to". The title is one to three words, the last one lower-case, none a
    /// preposition, a verb of saying or a stop word other than an article.
    fn word_before_title(&self, start: usize) -> Option<(String, bool)> {
        let mut rest = self.text[..start].trim_end();
        let mut skipped = 0;
        while skipped < 3 {
            // A whitespace character may be wider than one byte (a no-break space).
            let cut = rest
                .char_indices()
                .rfind(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let w = &rest[cut..];
            let lower = w.to_lowercase();
            let wordlike = !w.is_empty()
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && (skipped > 0 || w.chars().next().is_some_and(char::is_lowercase));
            let article = matches!(lower.as_str(), "a" | "an" | "the");
            if !wordlike
                || PREPOSITIONS.contains(&lower.as_str())
                || self.lex.is_saying(&lower)
                || (self.lex.is_stop(w) && !article)
            {
                break;
            }
            rest = rest[..cut].trim_end();
            skipped += 1;
        }
        if skipped == 0 {
            return None;
        }
        let according = rest.to_lowercase().ends_with("according to");
        let w = rest
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        Some((w, according))
    }

    /// Byte where the paragraph holding `pos` starts (after the last line break before it).
    pub(super) fn paragraph_start(&self, pos: usize) -> usize {
        self.marks.newlines.last_before(pos).map_or(0, |i| i + 1)
    }

    /// Byte where the paragraph before the one holding `pos` starts.
    fn previous_paragraph_start(&self, pos: usize) -> usize {
        let here = self.paragraph_start(pos);
        let prev_end = self.text[..here].trim_end().len();
        self.paragraph_start(prev_end)
    }

    /// Is this "it" the subject of a statement rather than expletive ("it is unclear") or an
    /// object ("denied it")? Yes when a verb of saying follows within two words ("it said",
    /// "it has denied"), or when it opens a clause (sentence start, after a comma, "that",
    /// "and", or after a verb of saying: "said it shot down") and no form of "be" follows.
    /// "It is seeking to establish a new Islamic caliphate" (FNC-1 train 1645): after "is" or
    /// "was" at byte `end`, a present participle the parse tags VBG makes "it" a doer, not
    /// expletive — unless the participle is one of an expletive's own (`expletive` in
    /// data/lexicon/words.tsv: "it is being reported", "it is becoming clear").
    fn progressive_after(&self, end: usize, w2: &str) -> bool {
        let Some(doc) = self.doc else { return false };
        let i = doc.tokens.partition_point(|t| (t.start as usize) < end);
        let (Some(be), Some(ing)) = (doc.tokens.get(i), doc.tokens.get(i + 1)) else {
            return false;
        };
        matches!(doc.form(self.text, i), "is" | "was")
            && matches!(be.xpos.as_str(), "VBZ" | "VBD")
            && ing.xpos.as_str() == "VBG"
            && !self.lex.is_expletive_follower(&w2.to_lowercase())
    }

    pub(super) fn subject_it(&self, u: Unit) -> bool {
        let mut after = self.text[u.end..]
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty());
        let w1 = after.next().unwrap_or("");
        let w2 = after.next().unwrap_or("");
        let clean = |w: &'a str| w.trim_matches(|c: char| !c.is_alphanumeric());
        let (w1, w2) = (clean(w1), clean(w2));
        // "it said", "it also said", "it has denied" — but not the passive "it was claimed".
        if self.lex.is_saying(w1)
            || ((w1.len() <= 4 || w1.ends_with("ly")) && !self.lex.is_expletive_follower(w1))
                && self.lex.is_saying(w2)
        {
            return true;
        }
        if w1.is_empty()
            || self.lex.is_expletive_follower(w1) && !self.progressive_after(u.end, w2)
            || (self.lex.is_modal(w1) && self.lex.is_expletive_follower(w2))
            || (matches!(w1, "has" | "had")
                && (w2 == "been" || w2.ends_with("ly") || matches!(w2, "now" | "also" | "since")))
        {
            return false;
        }
        let sent_start = self
            .sentences
            .get(u.sent)
            .map_or(0, |s| s.start.min(u.start));
        let before = self.text[sent_start..u.start].trim_end();
        if u.initial || before.ends_with([',', ';', ':', '\u{201D}', '"']) {
            return true;
        }
        // A clause opener, or a verb of saying among the previous four words of the clause
        // ("said on Thursday it had struck").
        let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
        let mut prev = clause
            .rsplit(char::is_whitespace)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty());
        let p1 = prev.next().unwrap_or("");
        if self.lex.is_subordinator(&p1.to_lowercase()) {
            return true;
        }
        std::iter::once(p1)
            .chain(prev.take(3))
            .any(|w| self.lex.is_saying(w))
    }
}

/// The outcome of ranking a pronoun's candidates.
pub(super) enum Pick {
    One(ActorIdx),
    /// The best two are too close to call.
    Close,
    /// An unnamed person nearer than the best named candidate ("the prisoner" after Obama's
    /// announcement) is who "he"/"she" stands for; the candidate it was kept from.
    Unnamed(ActorIdx),
    None,
}

/// Role scores of a pronoun's candidate mention, and what recency and a repeated speech act
/// weigh (see `Resolver::rank_people`).
pub(super) const SPEAKER: f32 = 4.0;
pub(super) const SUBJECT: f32 = 3.0;
pub(super) const OBJECT: f32 = 2.0;
pub(super) const IN_PP: f32 = 1.0;
pub(super) const IN_QUOTE: f32 = 0.5;
pub(super) const SPEAKS_AGAIN: f32 = 1.5;
pub(super) const PER_SENTENCE: f32 = 0.75;
pub(super) const TOO_CLOSE: f32 = 0.5;
/// How many sentences back a pronoun's candidates may lie (within the paragraph and the
/// previous one), which keeps the look-up linear in the text.
pub(super) const PRONOUN_REACH: usize = 8;

const PREPOSITIONS: &[&str] = &[
    "of", "in", "at", "for", "with", "to", "from", "by", "on", "about", "against", "near", "as",
    "than", "like", "after", "before", "between", "among", "toward", "towards", "under",
];

/// Is the end of `before` (the paragraph up to a mention) inside a quotation: more opening
/// than closing curly quotes, or an odd number of straight ones?
/// Line breaks and quotation marks of one text, indexed once per document.
#[derive(Debug, Clone, Default)]
pub(super) struct TextMarks {
    newlines: CharPositions,
    open: CharPositions,
    close: CharPositions,
    straight: CharPositions,
}

impl TextMarks {
    pub(super) fn new(text: &str) -> Self {
        TextMarks {
            newlines: CharPositions::new(text, '\n'),
            open: CharPositions::new(text, '\u{201C}'),
            close: CharPositions::new(text, '\u{201D}'),
            straight: CharPositions::new(text, '"'),
        }
    }

    /// Is the end of `before` (a paragraph's text up to a mention) inside a quotation: more
    /// curly quotes opened than closed, or an odd number of straight ones?
    pub(super) fn inside_quote(&self, before: std::ops::Range<usize>) -> bool {
        self.open.count_in(before.clone()) > self.close.count_in(before.clone())
            || self.straight.count_in(before) % 2 == 1
    }
}

/// A one-word name in the plural ("Kurds", "Militants"): a group, which "he"/"she" never
/// refers to (also for attribution's earlier speakers).
pub(crate) fn plural_person_name(name: &str) -> bool {
    let n = name.trim();
    !n.contains(' ')
        && n.len() > 3
        && n.ends_with('s')
        && !n.ends_with("ss")
        && !n.ends_with("us")
        && !n.ends_with("is")
}
