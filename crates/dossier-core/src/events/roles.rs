//! Argument rules of the event coder, from data files: which oblique gives the target for each
//! CAMEO class (`data/events/roles.tsv`), which nouns name acting groups or people
//! (`nouns.tsv`), and which modals and controlling verbs change an event's modality
//! (`modality.tsv`). Embedded at build time; [`Roles::from_tsv`] reads the same format.

use super::lexicon::LexiconError;
use crate::model::Modality;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const ROLES_TSV: &str = include_str!("../../../../data/events/roles.tsv");
const NOUNS_TSV: &str = include_str!("../../../../data/events/nouns.tsv");
const MODALITY_TSV: &str = include_str!("../../../../data/events/modality.tsv");
const LEMMAS_TSV: &str = include_str!("../../../../data/events/lemmas.tsv");
const INTENT_TSV: &str = include_str!("../../../../data/events/intent.tsv");
const FIGURATIVE_TSV: &str = include_str!("../../../../data/events/figurative.tsv");
const RECODE_TSV: &str = include_str!("../../../../data/events/recode.tsv");

/// What the undergoer of a CAMEO class must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    Any,
    /// An actor, a personal pronoun, or an `agent`/`person` noun.
    Person,
    /// As `Person` when there is an undergoer, and no undergoer is fine: one meets or contacts
    /// someone ("met Phelps", "met with Obama"), never a thing ("meet the deadline", "meet the
    /// level of output").
    PersonIfAny,
}

/// The argument rule of one CAMEO code prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRule {
    /// Case words of the obliques that may give the target, in order of preference.
    pub target_cases: Vec<String>,
    /// Whether an indirect object is the recipient.
    pub iobj: bool,
    pub object: ObjectKind,
    /// Whether a compound subject without a target acted on each other.
    pub reciprocal: bool,
    /// Whether the class is an event without a target actor ("Iran sent missiles", "the army
    /// shelled the town"); otherwise an event needs one ("the US did not meet their demands").
    pub alone: bool,
    /// Whether the act is done by saying it (appeals, intents, demands, disapproval,
    /// rejections, threats): supposed or asked about ("if Boko Haram wanted to declare a
    /// ceasefire", "not aware of ISIL conducting flights"), a material act did not happen, but
    /// a threat around a supposed act ("threatened to kill him unless …") was still made.
    pub said: bool,
}

/// Kind of a noun in `nouns.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounKind {
    /// A group or office acting for the actor in its modifier ("Iranian forces").
    Agent,
    /// People as participants ("hostages", "civilians").
    Person,
    /// A non-state armed group noun ("militants", "rebels", "gunmen"): it acts for a named
    /// group in its modifier ("al-Shabab militants"), never for a state named by a nationality
    /// ("Somali militants" are not Somalia).
    Armed,
    /// Something said ("claims", "remarks", "report"): "shot down Hunter's claims" rejects a
    /// statement, it does not shoot anyone.
    Statement,
    /// A place ("city", "town", "territory"): seized or occupied, its state is the target ("IS
    /// has seized several key Iraqi cities").
    Place,
    /// Something an actor owns or holds that is attacked in its stead ("ISIS targets",
    /// "Taliban positions", "Hamas's tunnels"): as an undergoer, the actor in its modifier is
    /// the target.
    Asset,
    /// An act done by someone ("murder", "killing", "kidnapping"): its `of` phrase is the
    /// victim, its `by` phrase or possessor the doer; praise or condemnation of the act is aimed
    /// at the doer ("condemns the murder of James Foley by the Islamic State").
    Act,
    /// A group split from or affiliated with the one named ("an al Qaeda offshoot", "a
    /// splinter group of the Taliban", "IS affiliates"): another group, never the one named.
    Offshoot,
    /// An undertaking whose kind its modifier names ("a *bombing* campaign", "a *shelling*
    /// operation"): under a support verb the modifier's event noun is the act.
    Effort,
    /// A quantity of what its "of" phrase names ("dozens of protesters", "hundreds of
    /// prisoners"): people as an undergoer when that phrase is people.
    Quantity,
}

/// Kinds of `lemmas.tsv` entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LemmaKind {
    /// A verb whose compound subject acts on each other ("agree", "meet").
    ReciprocalVerb,
    /// An object noun that makes its verb's compound subject reciprocal ("ties", "talks").
    ReciprocalNoun,
    /// A statement verb whose direct object is the addressee ("tell", "inform").
    Addressee,
    /// A controller announcing the intent to do its complement ("agree", "promise").
    Intent,
    /// An intent controller that commits its subject to others ("agree", "promise", "pledge",
    /// "vow"): with a complement the lexicon does not code it is the intent to cooperate
    /// (`intent.tsv` row `*`); not "decided to move", "intends to sell".
    Undertaking,
    /// A light verb whose block default names a seizure ("take" → 171): as a single word with
    /// no pattern of its block matched, an event only on a person or a place ("took two
    /// journalists", "took Damboa"), never on a thing or a measure ("took steps", "takes 45%",
    /// "took a mugshot").
    ConcreteOnly,
    /// An aspectual verb ("begin", "start"): an undertaking noun object named by an event noun
    /// is that noun's act ("began a bombing campaign against IS" → 195); any other object is
    /// read by the verb's own patterns ("began a hunger strike" → 142, "started talks").
    Aspectual,
    /// A motion verb ("go", "travel", "leave", "march"): an event only with an actor reached
    /// through an oblique ("travelled to Iraq"), never its direct object ("left the White
    /// House").
    Motion,
    /// A state or cognition verb ("serve", "consider", "remain"): never an event.
    State,
    /// A verb whose "with" phrase is a companion, not a target ("fought with the Kurds",
    /// "worked with the rebels", "sided with Moscow"): the "with" actor is an ally.
    Comitative,
    /// A link label that opens page furniture ("Read more: …", "Related: …"): the sentence is a
    /// related-link headline, not the article's reporting. Matched on the lower-cased words
    /// before a colon at the start of a sentence.
    Label,
    /// A modal of commitment ("will", "would" in reported speech): an actor saying that it will
    /// act announces the intent to act ("Hungary said it will support the resolution").
    Commitment,
    /// A controller refusing its complement ("refused to lift the curfew", "declined to
    /// resign"): the complement is coded as the refusal (`intent.tsv`, third column).
    Refusal,
    /// A role noun the tagger can take for a verb before a name ("ranted to host Greta van
    /// Susteren"): directly before a person's name it is the name's title, no event.
    Title,
    /// A support verb whose event-noun object is the act itself ("ordered airstrikes on IS",
    /// "carried out raids against al-Shabaab", "launched an offensive"): coded as the noun's
    /// event with the verb's subject as its doer; with a clausal complement ("ordered the army
    /// to strike") the complement is the act and the verb no event of its own.
    Support,
    /// A participle that makes the actor it is attached to the leader of an act ("the US-led
    /// strikes", "Saudi-led air raids"): that actor is the event noun's doer.
    Leader,
    /// A vague verb whose block default says nothing about an act ("seeking Constantine",
    /// "using captured planes"): an event only when one of its block's patterns names the act
    /// ("seek asylum", "used chemical weapons").
    PatternOnly,
    /// A verb whose direct object is what is talked about, not a counterpart ("Obama, Putin
    /// discuss Ukraine", "debated the sanctions"): the target comes only from an oblique of
    /// the class ("discussed Syria *with* Putin").
    Topic,
    /// A verb whose object a person becomes a member of ("Emwazi joined ISIS", "before joining
    /// the House of Commons"): a person's act with it is membership, no event; a state's or
    /// group's stays ("the UK joined US-led air strikes", "Jordan joined the coalition").
    Membership,
    /// A verb of appeal ("called on", "urged", "asked", "appealed to" X to do Y): Y is what the
    /// caller asks for, not done; the event is the caller's appeal to X (`intent.tsv`, fourth
    /// column).
    Appeal,
    /// A noun of appeal before its addressee and a to-infinitive ("a personal appeal to Boko
    /// Haram to release her daughter", "his plea to the militants to spare him"): the
    /// infinitive's act is asked for, never done, as after a verb of appeal.
    AppealNoun,
    /// A modal of possibility ("may", "might", "could"): the act may be, it did not happen ("IS
    /// may have used chemical weapons", "Apple might strike a deal"); no event.
    Possibility,
    /// A modal of obligation ("must") on the verb of a reporting verb's complement whose
    /// subject is another actor: the act is demanded of that actor, not done ("Russia said
    /// Sudan must return the helicopter"; `intent.tsv`, fifth column).
    Obligation,
    /// A determiner that negates the clause of the subject it opens ("Neither Ferguson nor
    /// county police have contacted him"): the verb is negated.
    NegativeSubject,
}

/// The argument rules. Build once ([`Roles::builtin`]) and share.
#[derive(Debug, Clone, Default)]
pub struct Roles {
    rules: HashMap<String, RoleRule>,
    nouns: HashMap<String, NounKind>,
    modality: HashMap<String, Modality>,
    /// Lemmas with a role of their own (`lemmas.tsv`).
    lemmas: HashMap<(String, LemmaKind), ()>,
    /// CAMEO prefix → code of the intent to do it (`intent.tsv`).
    intent: HashMap<String, String>,
    /// CAMEO prefix → code of refusing to do it (`intent.tsv`, third column).
    refusal: HashMap<String, String>,
    /// CAMEO prefix → code of appealing to someone to do it (`intent.tsv`, fourth column).
    appeal: HashMap<String, String>,
    /// CAMEO prefix → code of demanding it of someone (`intent.tsv`, fifth column).
    demand: HashMap<String, String>,
    /// Figurative violence (`figurative.tsv`): verb phrase → code when aimed at a person or a
    /// statement ("blasts Trump" → 111, "shot down claims" → 120).
    figurative: HashMap<String, (String, FigPerson)>,
    /// Codes that depend on who does it to whom (`recode.tsv`), in file order.
    recode: Vec<Recode>,
}

/// When a figurative-violence verb (`figurative.tsv`, third column) is read so with a person
/// or organisation as its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigPerson {
    /// Never: only a statement as object makes it figurative ("shot down the claims").
    No,
    /// Always ("Clinton blasts Trump").
    Yes,
    /// Only when a speech act goes with it: "attacked Trump in a speech" is criticism, "he
    /// was attacked by Brown" is violence.
    Speech,
}

/// A row of `recode.tsv`: an event whose code starts with `prefix`, done to a person by an
/// actor of kind `source` (`None`: any), takes `code`.
#[derive(Debug, Clone)]
struct Recode {
    prefix: String,
    source: Option<crate::model::ActorKind>,
    code: String,
}

fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

impl Roles {
    /// The rules embedded in the binary (parsed once).
    pub fn builtin() -> &'static Roles {
        static R: OnceLock<Roles> = OnceLock::new();
        // The embedded files are checked by the tests; an error here is a build defect.
        R.get_or_init(|| {
            let mut r = Roles::from_tsv(ROLES_TSV, NOUNS_TSV, MODALITY_TSV).unwrap_or_default();
            // Same: checked by the tests.
            let _ = r.add_lemmas(LEMMAS_TSV);
            let _ = r.add_intent(INTENT_TSV);
            let _ = r.add_figurative(FIGURATIVE_TSV);
            let _ = r.add_recode(RECODE_TSV);
            r
        })
    }

    /// Parse the three files (same format as `data/events/{roles,nouns,modality}.tsv`).
    pub fn from_tsv(roles: &str, nouns: &str, modality: &str) -> Result<Roles, LexiconError> {
        let err = |file, line, reason: &str| LexiconError {
            file,
            line,
            reason: reason.to_string(),
        };
        let mut r = Roles::default();
        for (line, cols) in rows(roles) {
            if cols.len() < 5 {
                return Err(err(
                    "roles.tsv",
                    line,
                    "expected cameo_prefix, target_cases, iobj, object, reciprocal",
                ));
            }
            let object = match cols[3] {
                "any" => ObjectKind::Any,
                "person" => ObjectKind::Person,
                "person_if_any" => ObjectKind::PersonIfAny,
                _ => {
                    return Err(err(
                        "roles.tsv",
                        line,
                        "object must be `any`, `person` or `person_if_any`",
                    ))
                }
            };
            let iobj = match cols[2] {
                "yes" => true,
                "no" => false,
                _ => return Err(err("roles.tsv", line, "iobj must be `yes` or `no`")),
            };
            let reciprocal = match cols[4] {
                "yes" => true,
                "no" => false,
                _ => return Err(err("roles.tsv", line, "reciprocal must be `yes` or `no`")),
            };
            let alone = match cols.get(5).copied() {
                Some("yes") => true,
                Some("no") | None => false,
                _ => return Err(err("roles.tsv", line, "alone must be `yes` or `no`")),
            };
            let said = match cols.get(6).copied() {
                Some("yes") => true,
                Some("no") | None => false,
                _ => return Err(err("roles.tsv", line, "said must be `yes` or `no`")),
            };
            r.rules.insert(
                cols[0].to_string(),
                RoleRule {
                    target_cases: cols[1]
                        .split(',')
                        .map(|c| c.trim().to_lowercase())
                        .filter(|c| !c.is_empty())
                        .collect(),
                    iobj,
                    object,
                    reciprocal,
                    alone,
                    said,
                },
            );
        }
        for (line, cols) in rows(nouns) {
            let kind = match cols.get(1).copied() {
                Some("agent") => NounKind::Agent,
                Some("person") => NounKind::Person,
                Some("armed") => NounKind::Armed,
                Some("statement") => NounKind::Statement,
                Some("place") => NounKind::Place,
                Some("asset") => NounKind::Asset,
                Some("act") => NounKind::Act,
                Some("offshoot") => NounKind::Offshoot,
                Some("effort") => NounKind::Effort,
                Some("quantity") => NounKind::Quantity,
                _ => {
                    return Err(err(
                        "nouns.tsv",
                        line,
                        "kind must be `agent`, `armed`, `person`, `statement`, `place`, `asset`, `act`, `offshoot` or `effort`",
                    ))
                }
            };
            r.nouns.insert(cols[0].to_lowercase(), kind);
        }
        for (line, cols) in rows(modality) {
            let m = match cols.get(1).copied() {
                Some("future") => Modality::Future,
                Some("hypothetical") => Modality::Hypothetical,
                Some("denied") => Modality::Denied,
                Some("negated") => Modality::Negated,
                Some("reported") => Modality::Reported,
                _ => {
                    return Err(err(
                        "modality.tsv",
                        line,
                        "modality must be future, hypothetical, denied, negated or reported",
                    ))
                }
            };
            r.modality.insert(cols[0].to_lowercase(), m);
        }
        Ok(r)
    }

    /// Add the lemmas of a `lemmas.tsv` text.
    pub fn add_lemmas(&mut self, tsv: &str) -> Result<(), LexiconError> {
        for (line, cols) in rows(tsv) {
            let kind = match cols.get(1).copied() {
                Some("reciprocal_verb") => LemmaKind::ReciprocalVerb,
                Some("reciprocal_noun") => LemmaKind::ReciprocalNoun,
                Some("addressee") => LemmaKind::Addressee,
                Some("intent") => LemmaKind::Intent,
                Some("motion") => LemmaKind::Motion,
                Some("state") => LemmaKind::State,
                Some("comitative") => LemmaKind::Comitative,
                Some("label") => LemmaKind::Label,
                Some("commitment") => LemmaKind::Commitment,
                Some("refusal") => LemmaKind::Refusal,
                Some("title") => LemmaKind::Title,
                Some("support") => LemmaKind::Support,
                Some("leader") => LemmaKind::Leader,
                Some("pattern_only") => LemmaKind::PatternOnly,
                Some("topic") => LemmaKind::Topic,
                Some("membership") => LemmaKind::Membership,
                Some("undertaking") => LemmaKind::Undertaking,
                Some("concrete_only") => LemmaKind::ConcreteOnly,
                Some("aspectual") => LemmaKind::Aspectual,
                Some("appeal") => LemmaKind::Appeal,
                Some("appeal_noun") => LemmaKind::AppealNoun,
                Some("possibility") => LemmaKind::Possibility,
                Some("negative_subject") => LemmaKind::NegativeSubject,
                Some("obligation") => LemmaKind::Obligation,
                _ => {
                    return Err(LexiconError {
                        file: "lemmas.tsv",
                        line,
                        reason: "kind must be reciprocal_verb, reciprocal_noun, addressee, \
                                 intent, motion, state, comitative, label, commitment, refusal, title, \
                                 support, leader, pattern_only, topic, membership, undertaking, concrete_only, \
                                 aspectual, appeal, appeal_noun, possibility, negative_subject or obligation"
                            .to_string(),
                    })
                }
            };
            self.lemmas.insert((cols[0].to_lowercase(), kind), ());
        }
        Ok(())
    }

    /// Add the rows of an `intent.tsv` text.
    pub fn add_intent(&mut self, tsv: &str) -> Result<(), LexiconError> {
        for (line, cols) in rows(tsv) {
            match cols.get(1) {
                Some(c) if c.chars().all(|d| d.is_ascii_digit()) && !c.is_empty() => {
                    self.intent.insert(cols[0].to_string(), c.to_string());
                    // Optional codes: refusing it (third column), appealing for it (fourth),
                    // demanding it (fifth); an empty column is none.
                    for (n, map) in [
                        (2, &mut self.refusal),
                        (3, &mut self.appeal),
                        (4, &mut self.demand),
                    ] {
                        match cols.get(n) {
                            Some(r) if !r.is_empty() && r.chars().all(|d| d.is_ascii_digit()) => {
                                map.insert(cols[0].to_string(), r.to_string());
                            }
                            None | Some(&"") => {}
                            Some(_) => {
                                return Err(LexiconError {
                                    file: "intent.tsv",
                                    line,
                                    reason:
                                        "refusal_code, appeal_code and demand_code must be digits"
                                            .to_string(),
                                })
                            }
                        }
                    }
                }
                _ => {
                    return Err(LexiconError {
                        file: "intent.tsv",
                        line,
                        reason: "expected cameo_prefix, intent_code (digits)".to_string(),
                    })
                }
            }
        }
        Ok(())
    }

    /// Add the rows of a `figurative.tsv` text (verb phrase by lemma, CAMEO code).
    pub fn add_figurative(&mut self, tsv: &str) -> Result<(), LexiconError> {
        for (line, cols) in rows(tsv) {
            let person = match cols.get(2).copied() {
                Some("yes") => FigPerson::Yes,
                Some("speech") => FigPerson::Speech,
                Some("no") | None => FigPerson::No,
                _ => {
                    return Err(LexiconError {
                        file: "figurative.tsv",
                        line,
                        reason: "person must be `yes`, `speech` or `no`".to_string(),
                    })
                }
            };
            match cols.get(1) {
                Some(c) if c.chars().all(|d| d.is_ascii_digit()) && !c.is_empty() => {
                    self.figurative
                        .insert(cols[0].to_lowercase(), (c.to_string(), person));
                }
                _ => {
                    return Err(LexiconError {
                        file: "figurative.tsv",
                        line,
                        reason: "expected verb phrase, code (digits), person".to_string(),
                    })
                }
            }
        }
        Ok(())
    }

    /// Add the rows of a `recode.tsv` text (code prefix, `person`, source kind or `any`, code).
    pub fn add_recode(&mut self, tsv: &str) -> Result<(), LexiconError> {
        use crate::model::ActorKind as K;
        for (line, cols) in rows(tsv) {
            let err = |reason: &str| LexiconError {
                file: "recode.tsv",
                line,
                reason: reason.to_string(),
            };
            let digits = |c: &str| !c.is_empty() && c.chars().all(|d| d.is_ascii_digit());
            let [prefix, undergoer, source, code] = cols[..] else {
                return Err(err("expected cameo_prefix, undergoer, source, new_code"));
            };
            if !digits(prefix) || !digits(code) {
                return Err(err("codes must be digits"));
            }
            if undergoer != "person" {
                return Err(err("undergoer must be `person`"));
            }
            let source = match source {
                "any" => None,
                "group" => Some(K::Group),
                "state" => Some(K::State),
                "government" => Some(K::GovernmentBody),
                "military" => Some(K::Military),
                "organisation" => Some(K::Organisation),
                "person" => Some(K::Person),
                _ => return Err(err("unknown source kind")),
            };
            self.recode.push(Recode {
                prefix: prefix.to_string(),
                source,
                code: code.to_string(),
            });
        }
        Ok(())
    }

    /// The code an event `cameo` done to a person by an actor of kind `source` takes instead
    /// (`recode.tsv`), if any.
    pub fn recode_person(&self, cameo: &str, source: crate::model::ActorKind) -> Option<&str> {
        self.recode
            .iter()
            .find(|r| cameo.starts_with(&r.prefix) && r.source.is_none_or(|k| k == source))
            .map(|r| r.code.as_str())
    }

    /// The code of a figurative-violence verb phrase ("blast", "shoot down"), if listed, and
    /// when it also applies to a person target.
    pub fn figurative(&self, phrase: &str) -> Option<(&str, FigPerson)> {
        self.figurative.get(phrase).map(|(c, p)| (c.as_str(), *p))
    }

    /// The code of refusing to do `cameo` (its longest listed prefix), if any.
    pub fn refusal(&self, cameo: &str) -> Option<&str> {
        (1..=cameo.len())
            .rev()
            .filter(|&n| cameo.is_char_boundary(n))
            .find_map(|n| self.refusal.get(&cameo[..n]))
            .map(String::as_str)
    }

    /// The code of appealing to someone to do `cameo` (its longest listed prefix), else the
    /// unspecified appeal (`intent.tsv` row `*`: "urged Iran to release the sailors" → 0253,
    /// "called on Muslims to fight" → 020).
    pub fn appeal(&self, cameo: &str) -> Option<&str> {
        (1..=cameo.len())
            .rev()
            .filter(|&n| cameo.is_char_boundary(n))
            .find_map(|n| self.appeal.get(&cameo[..n]))
            .or_else(|| self.appeal.get("*"))
            .map(String::as_str)
    }

    /// The code of demanding `cameo` of someone (its longest listed prefix), else the
    /// unspecified demand (`intent.tsv` row `*`: "Russia said Sudan must return a helicopter"
    /// → 1053, "… must stop the attacks" → 100).
    pub fn demand(&self, cameo: &str) -> Option<&str> {
        (1..=cameo.len())
            .rev()
            .filter(|&n| cameo.is_char_boundary(n))
            .find_map(|n| self.demand.get(&cameo[..n]))
            .or_else(|| self.demand.get("*"))
            .map(String::as_str)
    }

    /// The code of the intent to do an act the lexicon does not code (`intent.tsv` row `*`:
    /// "agreed to share information" → 030).
    pub fn unnamed_intent(&self) -> Option<&str> {
        self.intent.get("*").map(String::as_str)
    }

    /// The code of the intent to do `cameo` (its longest listed prefix), if any.
    pub fn intent(&self, cameo: &str) -> Option<&str> {
        (1..=cameo.len())
            .rev()
            .filter(|&n| cameo.is_char_boundary(n))
            .find_map(|n| self.intent.get(&cameo[..n]))
            .map(String::as_str)
    }

    /// Whether `lemma` is listed in `lemmas.tsv` with `kind`.
    pub fn lemma_is(&self, lemma: &str, kind: LemmaKind) -> bool {
        self.lemmas.contains_key(&(lemma.to_string(), kind))
    }

    /// The rule for a CAMEO code: its longest listed prefix.
    pub fn rule(&self, cameo: &str) -> Option<&RoleRule> {
        (1..=cameo.len())
            .rev()
            .filter(|&n| cameo.is_char_boundary(n))
            .find_map(|n| self.rules.get(&cameo[..n]))
    }

    /// The kind of a (lower-case) noun, if listed.
    pub fn noun(&self, lemma: &str) -> Option<NounKind> {
        self.nouns.get(lemma).copied()
    }

    /// The modality a modal or controlling verb (lower-case form or lemma) gives, if any.
    pub fn modality(&self, word: &str) -> Option<Modality> {
        self.modality.get(word).copied()
    }

    /// Number of rules, nouns and modality words (for tests and reports).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (self.rules.len(), self.nouns.len(), self.modality.len())
    }

    /// Number of entries of `lemmas.tsv`.
    pub fn lemma_count(&self) -> usize {
        self.lemmas.len()
    }
}
