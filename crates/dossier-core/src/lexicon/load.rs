//! Loading the lexicon files: the `Builder` reads each file's rows (checking columns, ids and
//! codes, errors numbered by line) into entries, patterns and word tables, then compiles the
//! patterns into the automaton. The rows of `words.tsv` are read by `words.rs`. Split from
//! `lexicon.rs`.

use super::*;

#[derive(Default)]
pub(super) struct Builder {
    entries: Vec<LexEntry>,
    by_id: HashMap<String, usize>,
    generic: Vec<GenericBody>,
    titles: Vec<Title>,
    /// pattern text → target; later rows win.
    patterns: HashMap<String, Target>,
    pattern_order: Vec<String>,
    pub(super) lower_words: HashMap<String, LowerWord>,
    pub(super) cased_words: HashMap<String, CasedWord>,
    ambiguity: HashMap<String, Vec<(String, Vec<String>)>>,
    given_names: HashMap<String, Gender>,
    common_words: HashSet<String>,
    places: HashMap<String, Option<String>>,
}

pub(super) fn parse_kind(s: &str) -> Option<ActorKind> {
    Some(match s {
        "state" => ActorKind::State,
        "government_body" => ActorKind::GovernmentBody,
        "military" => ActorKind::Military,
        "organisation" => ActorKind::Organisation,
        "outlet" => ActorKind::Outlet,
        "person" => ActorKind::Person,
        "group" => ActorKind::Group,
        _ => return None,
    })
}

pub(super) fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split(';').map(str::trim).filter(|s| !s.is_empty())
}

fn opt(field: &str) -> Option<String> {
    let f = field.trim();
    (!f.is_empty() && f != "-").then(|| f.to_string())
}

impl Builder {
    pub(super) fn lower_entry(&mut self, lower: &str) -> &mut LowerWord {
        self.lower_words.entry(lower.to_string()).or_default()
    }

    fn add_pattern(&mut self, text: &str, target: Target) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if self.patterns.insert(text.to_string(), target).is_none() {
            self.pattern_order.push(text.to_string());
        }
    }

    fn upsert_entry(&mut self, entry: LexEntry) -> usize {
        if let Some(&i) = self.by_id.get(&entry.id) {
            self.entries[i] = entry;
            i
        } else {
            let i = self.entries.len();
            self.by_id.insert(entry.id.clone(), i);
            self.entries.push(entry);
            i
        }
    }

    pub(super) fn load(&mut self, file: &str, contents: &str) -> Result<(), LexiconError> {
        let err = |line: usize, reason: String| LexiconError {
            file: file.to_string(),
            line,
            reason,
        };
        let kind = match file {
            "states.tsv" => FileKind::States,
            "igos.tsv" | "bodies.tsv" | "outlets.tsv" | "people.tsv" | "companies.tsv" => {
                FileKind::Entities
            }
            "generic_bodies.tsv" => FileKind::Generic,
            "titles.tsv" => FileKind::Titles,
            "words.tsv" => FileKind::Words,
            "ambiguity.tsv" => FileKind::Ambiguity,
            "given_names.tsv" => FileKind::GivenNames,
            "common_words.tsv" => FileKind::CommonWords,
            "places.tsv" => FileKind::Places,
            other => {
                return Err(err(
                    0,
                    format!(
                        "unknown lexicon file {other:?} (expected one of: {})",
                        EMBEDDED
                            .iter()
                            .map(|(n, _)| *n)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ))
            }
        };
        for (n, raw) in contents.lines().enumerate() {
            let line_no = n + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let need = match kind {
                FileKind::States => 5,
                FileKind::Entities => 5,
                FileKind::Generic => 5,
                FileKind::Titles => 4,
                FileKind::Words => 2,
                FileKind::Ambiguity => 3,
                FileKind::GivenNames => 2,
                FileKind::CommonWords => 1,
                FileKind::Places => 2,
            };
            if cols.len() < need {
                return Err(err(
                    line_no,
                    format!(
                        "expected {need} tab-separated columns, found {}",
                        cols.len()
                    ),
                ));
            }
            match kind {
                FileKind::States => {
                    let id = cols[0].trim();
                    if id.len() != 3 || !id.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(err(
                            line_no,
                            format!("state id {id:?} is not an ISO 3166 alpha-3 code"),
                        ));
                    }
                    let name = cols[1].trim();
                    if name.is_empty() {
                        return Err(err(line_no, "empty name".into()));
                    }
                    let e = self.upsert_entry(LexEntry {
                        id: id.to_string(),
                        name: name.to_string(),
                        kind: ActorKind::State,
                        country: Some(id.to_string()),
                        heads: Vec::new(),
                        gender: Gender::Unknown,
                    });
                    let t = |form| Target::Actor { entry: e, form };
                    self.add_pattern(name, t(MentionForm::Name));
                    for a in list(cols[2]) {
                        self.add_pattern(a, t(MentionForm::Name));
                    }
                    for a in list(cols[3]) {
                        self.add_pattern(a, t(MentionForm::Demonym));
                        // Plural demonyms name the state too ("Iranians", "Iraqis").
                        if !(a.ends_with('s')
                            || a.ends_with("sh")
                            || a.ends_with("ch")
                            || a.ends_with("ese"))
                        {
                            self.add_pattern(&format!("{a}s"), t(MentionForm::Demonym));
                        }
                    }
                    for a in list(cols[4]) {
                        self.add_pattern(a, t(MentionForm::Metonym));
                    }
                }
                FileKind::Entities => {
                    let id = cols[0].trim();
                    let name = cols[1].trim();
                    if id.is_empty() || name.is_empty() {
                        return Err(err(line_no, "empty id or name".into()));
                    }
                    let Some(k) = parse_kind(cols[2].trim()) else {
                        return Err(err(
                            line_no,
                            format!("unknown kind {:?} (state, government_body, military, organisation, outlet, person, group)", cols[2].trim()),
                        ));
                    };
                    let heads = cols
                        .get(5)
                        .map(|h| list(h).filter(|h| *h != "-").map(str::to_string).collect())
                        .unwrap_or_default();
                    let gender = match cols.get(6).map(|g| g.trim()) {
                        Some("m") => Gender::Male,
                        Some("f") => Gender::Female,
                        None | Some("-") | Some("") => Gender::Unknown,
                        Some(other) => {
                            return Err(err(
                                line_no,
                                format!("gender must be m, f or -, found {other:?}"),
                            ))
                        }
                    };
                    let e = self.upsert_entry(LexEntry {
                        id: id.to_string(),
                        name: name.to_string(),
                        kind: k,
                        country: opt(cols[3]),
                        heads,
                        gender,
                    });
                    self.add_pattern(
                        name,
                        Target::Actor {
                            entry: e,
                            form: MentionForm::Name,
                        },
                    );
                    for a in list(cols[4]) {
                        // A one-word alias of a person is their surname ("Putin").
                        let form = if k == ActorKind::Person && !a.contains(' ') {
                            MentionForm::Surname
                        } else {
                            MentionForm::Name
                        };
                        self.add_pattern(a, Target::Actor { entry: e, form });
                    }
                }
                FileKind::Generic => {
                    let Some(k) = parse_kind(cols[2].trim()) else {
                        return Err(err(line_no, format!("unknown kind {:?}", cols[2].trim())));
                    };
                    let code = cols[1].trim();
                    if code.is_empty() {
                        return Err(err(line_no, "empty code".into()));
                    }
                    let (bare, local) = match cols[4].trim() {
                        "yes" => (true, false),
                        "no" => (false, false),
                        "local" => (true, true),
                        other => {
                            return Err(err(
                                line_no,
                                format!("bare must be yes, no or local, found {other:?}"),
                            ))
                        }
                    };
                    let i = self.generic.len();
                    self.generic.push(GenericBody {
                        code: code.to_string(),
                        kind: k,
                        name: cols[3].trim().to_string(),
                        bare,
                        local,
                    });
                    self.add_pattern(cols[0], Target::Generic(i));
                }
                FileKind::Titles => {
                    let gender = match cols[2].trim() {
                        "m" => Gender::Male,
                        "f" => Gender::Female,
                        "-" | "" => Gender::Unknown,
                        other => {
                            return Err(err(
                                line_no,
                                format!("gender must be m, f or -, found {other:?}"),
                            ))
                        }
                    };
                    let i = self.titles.len();
                    let (modified_only, of_body) = match cols.get(4).map(|c| c.trim()) {
                        None | Some("") | Some("-") => (false, false),
                        Some("modified") => (true, false),
                        Some("of-body") => (false, true),
                        Some(other) => {
                            return Err(err(
                                line_no,
                                format!(
                                    "fifth column must be modified, of-body or -, found {other:?}"
                                ),
                            ))
                        }
                    };
                    self.titles.push(Title {
                        head: opt(cols[1]),
                        gender,
                        body: opt(cols[3]),
                        modified_only,
                        of_body,
                    });
                    self.add_pattern(cols[0], Target::Title(i));
                }
                FileKind::Words => self.load_word(&cols, line_no, &err)?,
                FileKind::Ambiguity => {
                    let cues: Vec<String> = list(cols[2]).map(str::to_string).collect();
                    self.ambiguity
                        .entry(cols[0].trim().to_string())
                        .or_default()
                        .push((cols[1].trim().to_string(), cues));
                }
                FileKind::GivenNames => {
                    let gender = match cols[1].trim() {
                        "m" => Gender::Male,
                        "f" => Gender::Female,
                        "-" => Gender::Unknown,
                        other => {
                            return Err(err(
                                line_no,
                                format!("gender must be m, f or -, found {other:?}"),
                            ))
                        }
                    };
                    self.given_names
                        .insert(cols[0].trim().to_lowercase(), gender);
                }
                FileKind::CommonWords => {
                    self.common_words.insert(cols[0].trim().to_lowercase());
                }
                FileKind::Places => {
                    let country = opt(cols[1]);
                    if country
                        .as_ref()
                        .is_some_and(|c| c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()))
                    {
                        return Err(err(
                            line_no,
                            format!("country {:?} is not an ISO 3166 alpha-3 code or -", cols[1]),
                        ));
                    }
                    self.places.insert(cols[0].trim().to_string(), country);
                }
            }
        }
        Ok(())
    }

    pub(super) fn build(self) -> Result<Lexicon, LexiconError> {
        let mut groups: Vec<PatternGroup> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::default();
        for text in &self.pattern_order {
            let target = self.patterns[text];
            let mut strict_words = Vec::new();
            let mut pos = 0;
            for w in text.split(' ') {
                if w.chars().any(char::is_uppercase) {
                    strict_words.push((pos, pos + w.len()));
                }
                pos += w.len() + 1;
            }
            let pattern = Pattern {
                text: text.clone(),
                target,
                strict_words,
            };
            let key = text.to_ascii_lowercase();
            match by_key.get(&key) {
                Some(&g) => groups[g].variants.push(pattern),
                None => {
                    by_key.insert(key.clone(), groups.len());
                    keys.push(key);
                    groups.push(PatternGroup {
                        variants: vec![pattern],
                    });
                }
            }
        }
        // A DFA: ~0.15 s to build once per process, about 1.5x faster scanning than the NFA.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .build(&keys)
            .map_err(|e| LexiconError {
                file: "lexicon".into(),
                line: 0,
                reason: format!("cannot compile the name automaton: {e}"),
            })?;
        let patterns = groups;
        Ok(Lexicon {
            entries: self.entries,
            generic: self.generic,
            titles: self.titles,
            by_id: self.by_id,
            patterns,
            automaton,
            lower_words: self.lower_words,
            cased_words: self.cased_words,
            ambiguity: self.ambiguity,
            given_names: self.given_names,
            common_words: self.common_words,
            places: self.places,
            attribution_model: None,
        })
    }
}

#[derive(Clone, Copy)]
enum FileKind {
    States,
    Entities,
    Generic,
    Titles,
    Words,
    Ambiguity,
    GivenNames,
    CommonWords,
    Places,
}
