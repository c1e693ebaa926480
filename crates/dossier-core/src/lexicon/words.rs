//! The closed word classes of `words.tsv`: the per-word flags (`LowerWord` for words matched
//! in lower case, `CasedWord` for capitalised name ends), the reading of one row, and the
//! queries other stages ask. Split from `lexicon.rs`.

use super::load::{parse_kind, Builder};
use super::*;

/// Classes of a word matched in lower case (words.tsv).
#[derive(Debug, Clone, Default)]
pub(crate) struct LowerWord {
    pub pronoun: Option<PronounClass>,
    pub desc: Option<Vec<ActorKind>>,
    pub adj: bool,
    pub particle: bool,
    pub saying: bool,
    pub expletive: bool,
    pub modal: bool,
    /// A conjunction after which "it" opens a clause as its subject ("after it opened its
    /// dams", `subordinator` in `words.tsv`).
    pub subordinator: bool,
    /// A subordinator whose clause is a condition ("if", "unless": third column `condition`).
    pub condition: bool,
    /// A first- or second-person pronoun ("I", "we", "you", `pronoun-speech` in `words.tsv`):
    /// never the third person a "he"/"she" stands for.
    pub speech_pronoun: bool,
    /// May follow a person description ("the general of …", "the minister who …").
    pub follower: bool,
    /// Relative pronoun: "who" (people) or "which" (other actors), referring to the actor
    /// named right before it.
    pub relative: Option<bool>,
    /// A preposition of place ("in", "near", "outside"): an unknown name after it is a place.
    pub locative: bool,
    /// A noun whose "of" names a place ("the town of", "residents of").
    pub place_noun: bool,
    /// A noun that, right after an unknown name, makes it a place ("Lower Shabelle region",
    /// "Sablale district").
    pub place_suffix: bool,
    /// A noun of people that, right after a demonym, names unnamed people of that country, not
    /// the state ("a French prisoner", "Two Australian men"): `Some(plural)`.
    pub people_of: Option<bool>,
    /// A family name whose given names are written as hyphenated syllables ("Kim Jong-il",
    /// "Ban Ki-moon"): after it, "Capital-lower" is one given name, not a name plus a suffix.
    pub hyphen_surname: bool,
    /// Experts on a place ("Pyongyang watchers", "Iran experts", "analysts in Seoul"): the
    /// state named is what they study or where they sit, never the speaker.
    pub expert: bool,
    /// People related to an actor who never speak or act for it ("Kremlin critics", "ISIS
    /// supporters"; `outsider`), or things that post for someone else ("Twitter accounts";
    /// `outsider-thing`): the actor named before one gets no mention. `Some(is a thing)`.
    pub outsider: Option<bool>,
    /// A compass or region word before a place ("Northern Iraq", "West London", "Greater
    /// Syria"): a capitalised run opening with one is a place, never a person (`compass`).
    pub compass: bool,
    /// A faith, sect or ethnic group word ("Sunni", "Shiite", "Muslims"): a capitalised run
    /// holding one names a creed or a people, never a person (`faith`).
    pub faith: bool,
    /// A noun naming an event, a decree or a feature of the land ("Marathon", "Fatwa", "Loch",
    /// "Vale"): a capitalised run holding one is no person (`thing-word`).
    pub thing: bool,
    /// An article of another language ("La", "El", "Los"): a capitalised run opening with one
    /// is a place, an outlet or a business, no person (`foreign-article`).
    pub foreign_article: bool,
    /// A noun of kinship ("sister", "father"; `kin-f`, `kin-m`, `kin`) with its gender.
    pub kin: Option<Gender>,
    /// Heads a phrase naming unnamed people ("a source", "witnesses"): `people-noun`.
    pub people_noun: bool,
    /// A plural naming a body, not people ("authorities", "forces"): `body-plural`.
    pub body_plural: bool,
}

/// Classes of a capitalised word matched exactly (words.tsv).
#[derive(Debug, Clone, Default)]
pub(crate) struct CasedWord {
    pub stop: bool,
    pub head: Option<HeadClass>,
    /// First word of a name that makes it that kind of actor (`group-opener`: "Ansar",
    /// "Jaish", "Jabhat" — "Ansar al Sharia" is a group, no person).
    pub opener: Option<HeadClass>,
}

impl Builder {
    /// One row of `words.tsv`: a word and its class.
    pub(super) fn load_word(
        &mut self,
        cols: &[&str],
        line_no: usize,
        err: &dyn Fn(usize, String) -> LexiconError,
    ) -> Result<(), LexiconError> {
        let word = cols[0].trim().to_string();
        let class = cols[1].trim();
        let lower = word.to_lowercase();
        match class {
            "pronoun-m" => self.lower_entry(&lower).pronoun = Some(PronounClass::Male),
            "pronoun-f" => self.lower_entry(&lower).pronoun = Some(PronounClass::Female),
            "pronoun-pl" => self.lower_entry(&lower).pronoun = Some(PronounClass::Plural),
            "pronoun-n" => self.lower_entry(&lower).pronoun = Some(PronounClass::Neuter),
            "adj" => self.lower_entry(&lower).adj = true,
            "particle" => self.lower_entry(&lower).particle = true,
            "saying" => self.lower_entry(&lower).saying = true,
            "expletive" => self.lower_entry(&lower).expletive = true,
            "modal" => self.lower_entry(&lower).modal = true,
            "subordinator" => {
                let e = self.lower_entry(&lower);
                e.subordinator = true;
                e.condition = cols.get(2).is_some_and(|c| c.trim() == "condition");
            }
            "pronoun-speech" => self.lower_entry(&lower).speech_pronoun = true,
            "follower" => self.lower_entry(&lower).follower = true,
            "locative" => self.lower_entry(&lower).locative = true,
            "place-noun" => self.lower_entry(&lower).place_noun = true,
            "place-suffix" => self.lower_entry(&lower).place_suffix = true,
            "people-of" => self.lower_entry(&lower).people_of = Some(false),
            "people-of-plural" => self.lower_entry(&lower).people_of = Some(true),
            "hyphen-surname" => self.lower_entry(&lower).hyphen_surname = true,
            "expert" => self.lower_entry(&lower).expert = true,
            "outsider" => self.lower_entry(&lower).outsider = Some(false),
            "outsider-thing" => self.lower_entry(&lower).outsider = Some(true),
            "compass" => self.lower_entry(&lower).compass = true,
            "faith" => self.lower_entry(&lower).faith = true,
            "thing-word" => self.lower_entry(&lower).thing = true,
            "foreign-article" => self.lower_entry(&lower).foreign_article = true,
            "kin" => self.lower_entry(&lower).kin = Some(Gender::Unknown),
            "people-noun" => self.lower_entry(&lower).people_noun = true,
            "body-plural" => self.lower_entry(&lower).body_plural = true,
            "kin-m" => self.lower_entry(&lower).kin = Some(Gender::Male),
            "kin-f" => self.lower_entry(&lower).kin = Some(Gender::Female),
            "relative-person" => self.lower_entry(&lower).relative = Some(true),
            "relative-other" => self.lower_entry(&lower).relative = Some(false),
            "stop" => self.cased_words.entry(word).or_default().stop = true,
            "group-opener" => {
                self.cased_words.entry(word).or_default().opener = Some(HeadClass::Group)
            }
            c if c.starts_with("desc-") => {
                let mut kinds = Vec::new();
                for k in c["desc-".len()..].split(',') {
                    kinds.push(
                        parse_kind(k)
                            .ok_or_else(|| err(line_no, format!("unknown kind {k:?} in {c:?}")))?,
                    );
                }
                self.lower_entry(&lower).desc = Some(kinds);
            }
            c => {
                let head = match c {
                    "org-head" => HeadClass::Organisation,
                    "gov-head" => HeadClass::GovernmentBody,
                    "mil-head" => HeadClass::Military,
                    "outlet-head" => HeadClass::Outlet,
                    "group-head" => HeadClass::Group,
                    "place-head" => HeadClass::Place,
                    _ => return Err(err(line_no, format!("unknown word class {c:?}"))),
                };
                self.cased_words.entry(word).or_default().head = Some(head);
            }
        }
        Ok(())
    }
}

impl Lexicon {
    /// Word classes of a lower-cased word, if any.
    pub(crate) fn lower_word(&self, lower: &str) -> Option<&LowerWord> {
        self.lower_words.get(lower)
    }
    pub(crate) fn is_adjective(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.adj)
    }
    pub(crate) fn is_stop(&self, word: &str) -> bool {
        self.cased_words.get(word).is_some_and(|w| w.stop)
    }
    pub(crate) fn head(&self, word: &str) -> Option<HeadClass> {
        self.cased_words.get(word).and_then(|w| w.head)
    }
    /// The kind a name opening with `word` names (`group-opener`).
    pub(crate) fn opener(&self, word: &str) -> Option<HeadClass> {
        self.cased_words.get(word).and_then(|w| w.opener)
    }
    /// Is `lower` a family name written before hyphenated given names (`hyphen-surname`)?
    pub(crate) fn is_hyphen_surname(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.hyphen_surname)
    }
    pub(crate) fn is_particle(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.particle)
    }
    /// The name after a particle and a hyphen, when `word` is written so ("al-Baghdadi" →
    /// "Baghdadi", "el-Sisi" → "Sisi"); not after a prefix ("pro-Kremlin") or before a small
    /// letter.
    pub(crate) fn after_particle<'w>(&self, word: &'w str) -> Option<&'w str> {
        let (p, rest) = word.split_once('-')?;
        (rest.starts_with(char::is_uppercase) && self.is_particle(&p.to_lowercase()))
            .then_some(rest)
    }
    pub(crate) fn is_saying(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.saying)
    }
    /// Is `lower` a noun of experts on a place (`expert` in `words.tsv`: "watchers", "analyst")?
    pub(crate) fn is_expert(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.expert)
    }
    /// Is `lower` a noun of people related to an actor but not of it (`outsider` in
    /// `words.tsv`: "critics", "supporters"), or of things posting for others
    /// (`outsider-thing`: "accounts")? `Some(is a thing)`.
    pub(crate) fn outsider(&self, lower: &str) -> Option<bool> {
        self.lower_word(lower).and_then(|w| w.outsider)
    }
    /// The gender of a kinship noun (`kin-m`, `kin-f`, `kin` in `words.tsv`), if `lower` is one.
    pub(crate) fn kin(&self, lower: &str) -> Option<Gender> {
        self.lower_word(lower).and_then(|w| w.kin)
    }
    /// May `lower` follow a person description ("the general of …", "the minister who …":
    /// `follower` in `words.tsv`)?
    pub(crate) fn is_follower(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.follower)
    }
    pub(crate) fn is_expletive_follower(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.expletive)
    }
    pub(crate) fn is_modal(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.modal)
    }
    pub(crate) fn is_subordinator(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.subordinator)
    }
    /// Whether a clause this subordinator opens is a condition ("if", "unless").
    pub(crate) fn is_condition(&self, lower: &str) -> bool {
        self.lower_word(lower).is_some_and(|w| w.condition)
    }
}
