//! Surnames and name variants: which word of a person's name a later mention may use alone
//! ("Foley", "Baghdadi" for "Abu Bakr al-Baghdadi", "Kim" for "Kim Jong Un"), which person a
//! bare surname shared by two people names, and when two written names are one person
//! ("James Wright Foley", "James Foley", "Jim Foley").

use std::sync::OnceLock;

use super::*;

/// Given-name variants (`data/lexicon/hypocoristics.tsv`): each written form → the index of
/// its line (the forms of one line are one name).
fn hypocoristics() -> &'static HashMap<String, usize> {
    static MAP: OnceLock<HashMap<String, usize>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::default();
        let data = include_str!("../../../../data/lexicon/hypocoristics.tsv");
        for (line, row) in data.lines().enumerate() {
            let row = row.trim();
            if row.is_empty() || row.starts_with('#') {
                continue;
            }
            for form in row
                .split(['\t', ';'])
                .map(str::trim)
                .filter(|f| !f.is_empty())
            {
                map.entry(form.to_lowercase()).or_insert(line);
            }
        }
        map
    })
}

/// Are the given names `a` and `b` one name ("James" and "Jim", "Steven" and "Steve")?
fn same_given_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b {
        return true;
    }
    let h = hypocoristics();
    matches!((h.get(&a), h.get(&b)), (Some(x), Some(y)) if x == y)
}

/// How many sentences back the mentions that make a person salient are counted.
const SURNAME_REACH: usize = 10;

impl Resolver<'_> {
    /// Is `name` written family name first, Korean style: a family name of `words.tsv`
    /// (`hyphen-surname`) before a hyphenated given name ("Kim Jong-un", "Ban Ki-moon") or
    /// before two short syllables ("Kim Jong Un", "Hwang Pyong So", "Jang Song Thaek")?
    /// "Kim Kardashian" and "Lee Harvey Oswald" are not.
    pub(super) fn family_name_first(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
        let Some(first) = words.first() else {
            return false;
        };
        if !self.lex.is_hyphen_surname(&first.to_lowercase()) {
            return false;
        }
        let syllable =
            |w: &str| w.starts_with(char::is_uppercase) && (1..=5).contains(&w.chars().count());
        match words.len() {
            2 => words[1].contains('-') && words[1].starts_with(char::is_uppercase),
            3 => syllable(words[1]) && syllable(words[2]),
            _ => false,
        }
    }

    /// The surname of `name`: its last word, or its first when written family name first.
    pub(super) fn surname_key(&self, name: &str) -> String {
        let name = name.trim();
        let word = if self.family_name_first(name) {
            name.split(' ').next()
        } else {
            name.split(' ').next_back()
        };
        word.unwrap_or(name).to_string()
    }

    /// Record the surnames `name` may later be named by: its surname, and that surname
    /// without its particle ("al-Baghdadi" → also "Baghdadi", "el-Sisi" → "Sisi").
    pub(super) fn register_surnames(&mut self, name: &str, person: ActorIdx) {
        let key = self.surname_key(name);
        let bare = self.lex.after_particle(&key).map(str::to_string);
        for k in std::iter::once(key).chain(bare) {
            let v = self.surnames.entry(k).or_default();
            if !v.contains(&person) {
                v.push(person);
            }
        }
    }

    /// The person a bare surname written at byte `at` names. One person of that surname: them.
    /// Several ("Foley" after "James Foley" and his father "John Foley"): the most salient —
    /// the one mentioned most in the last [`SURNAME_REACH`] sentences, else in the document so
    /// far — when they lead by a clear margin (more than twice the next one); otherwise
    /// nobody (`None`), unless `force`, then the most salient anyway, the first introduced on
    /// a tie. Never simply the last person named.
    pub(super) fn surname_pick(&self, surname: &str, at: usize, force: bool) -> Option<ActorIdx> {
        self.surname_pick_fitting(surname, at, force, Gender::Unknown)
    }

    /// [`Self::surname_pick`] among the holders whose stated gender (a title, a given name,
    /// the lexicon; not a pronoun) fits a title's `gender` ("Ms Kim" is not Kim Jong Un;
    /// `Gender::Unknown` fits everyone); holders it states that gender of come first.
    pub(super) fn surname_pick_fitting(
        &self,
        surname: &str,
        at: usize,
        force: bool,
        gender: Gender,
    ) -> Option<ActorIdx> {
        let holders: Vec<ActorIdx> = self
            .surnames
            .get(surname)?
            .iter()
            .copied()
            .filter(|&i| self.actors[i].kind == ActorKind::Person)
            .filter(|&i| {
                let info = &self.people[i];
                gender == Gender::Unknown
                    || info.gender_from_pronoun
                    || info.gender.is_none_or(|g| g == gender)
            })
            .collect();
        // Someone whose gender is stated as the title's outranks holders of unknown gender:
        // "Ms Kim" is Kim Yo Jong, not her father Kim Jong Il, whom nothing names a man.
        let stated = |i: &ActorIdx| {
            let info = &self.people[*i];
            gender != Gender::Unknown && !info.gender_from_pronoun && info.gender == Some(gender)
        };
        let holders = if holders.iter().any(stated) {
            holders.into_iter().filter(stated).collect()
        } else {
            holders
        };
        match holders.as_slice() {
            [] => return None,
            [one] => return Some(*one),
            _ => {}
        }
        let best = self.most_salient(&holders, at)?;
        Some(best).filter(|_| force || self.clear_lead(&holders, at))
    }

    /// The person an unknown single name names by their given name ("Nikolai said" after
    /// "Nikolai Kryaglyachenko, 12, …"): the one person named before whose full name opens
    /// with it (written given name first); `None` when none or several do.
    pub(super) fn given_name_pick(&self, given: &str) -> Option<ActorIdx> {
        let mut holders = self.actors.iter().enumerate().filter(|(_, a)| {
            a.kind == ActorKind::Person && {
                let mut words = a.name.split(' ');
                words.next() == Some(given)
                    && words.next().is_some()
                    && !self.family_name_first(&a.name)
            }
        });
        let (one, _) = holders.next()?;
        holders.next().is_none().then_some(one)
    }

    /// Mentions of each of `holders` before byte `at`: in the last [`SURNAME_REACH`] sentences,
    /// or in the whole document so far when none is mentioned there.
    fn salience_counts(&self, holders: &[ActorIdx], at: usize) -> Vec<usize> {
        let sent = self.sentence_of(at);
        let count = |ms: &[Mention]| -> Vec<usize> {
            holders
                .iter()
                .map(|&h| ms.iter().filter(|m| m.actor == h && m.start < at).count())
                .collect()
        };
        let local = count(self.recent(SURNAME_REACH, sent));
        if local.iter().any(|&c| c > 0) {
            local
        } else {
            count(self.mentions.as_slice())
        }
    }

    /// The most mentioned of `holders` (`salience_counts`), the first introduced on a tie.
    fn most_salient(&self, holders: &[ActorIdx], at: usize) -> Option<ActorIdx> {
        let counts = self.salience_counts(holders, at);
        let best = (0..holders.len()).max_by_key(|&k| (counts[k], std::cmp::Reverse(k)))?;
        Some(holders[best])
    }

    /// Does the most mentioned of `holders` lead by a clear margin (more than twice the next)?
    fn clear_lead(&self, holders: &[ActorIdx], at: usize) -> bool {
        let mut counts = self.salience_counts(holders, at);
        counts.sort_unstable_by(|a, b| b.cmp(a));
        match counts.as_slice() {
            [] => false,
            [_] => true,
            [a, b, ..] => *a > 2 * *b,
        }
    }

    /// Among `holders` (people of the same surname), the one the full name `name` is a variant
    /// of: same surname, the same given name or a variant of it (`hypocoristics.tsv`: "Jim"
    /// for "James"), and middle names one's a part of the other's ("James Wright Foley",
    /// "James Foley"). Names written family name first compare whole.
    pub(super) fn same_person(
        &self,
        name: &str,
        holders: &[ActorIdx],
        at: usize,
    ) -> Option<ActorIdx> {
        if self.family_name_first(name) {
            return None;
        }
        let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
        if words.len() < 2 {
            return None;
        }
        // "Abdel Bary" after "Abdel-Majed Abdel Bary": the end of one full name, a family name
        // of two words, is that person (the most salient one when several end so).
        let tails: Vec<ActorIdx> = holders
            .iter()
            .copied()
            .filter(|&h| {
                let o: Vec<&str> = self.actors[h].name.split(' ').collect();
                !self.unnamed[h] && o.len() > words.len() && o.ends_with(&words)
            })
            .collect();
        if !tails.is_empty() {
            return self.most_salient(&tails, at);
        }
        holders.iter().copied().find(|&h| {
            if self.unnamed[h] {
                return false;
            }
            let other = self.actors[h].name.clone();
            if self.family_name_first(&other) {
                return false;
            }
            let o: Vec<&str> = other.split(' ').filter(|w| !w.is_empty()).collect();
            if o.len() < 2 || o.last() != words.last() || !same_given_name(o[0], words[0]) {
                return false;
            }
            let (mid_a, mid_b) = (&words[1..words.len() - 1], &o[1..o.len() - 1]);
            let within = |x: &[&str], y: &[&str]| x.iter().all(|w| y.contains(w));
            within(mid_a, mid_b) || within(mid_b, mid_a)
        })
    }
}
