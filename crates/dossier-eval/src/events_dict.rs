//! PETRARCH actor + agent dictionaries as an overlay on dossier's actor layer (the event-coding
//! evaluation, `events.rs`).

use super::*;

#[derive(Debug, Clone)]
struct DictEntry {
    /// Words; a word marked exact (`ARNOR_`) must match exactly, others also match with a short
    /// suffix ("Gondor" → "Gondorian", "Eriadori"), as TABARI's stem matching did.
    words: Vec<(String, bool)>,
    /// Codes with the date range (YYYYMMDD, inclusive) in which each applies.
    codes: Vec<(String, Option<(u32, u32)>)>,
    agent: bool,
}

impl DictEntry {
    /// The code that applies on `date` (YYYYMMDD): a dated code whose range contains the date,
    /// else the first undated one.
    fn code_on(&self, date: Option<u32>) -> Option<&str> {
        if let Some(d) = date {
            if let Some((c, _)) = self
                .codes
                .iter()
                .find(|(_, r)| r.is_some_and(|(lo, hi)| lo <= d && d <= hi))
            {
                return Some(c);
            }
        }
        self.codes
            .iter()
            .find(|(_, r)| r.is_none())
            .or(self.codes.first())
            .map(|(c, _)| c.as_str())
    }
}

/// Phrase → code map read from a PETRARCH actor or agent dictionary.
#[derive(Debug, Clone, Default)]
pub struct ActorOverlay {
    entries: Vec<DictEntry>,
    /// Entries by the first four characters of their first word, in `entries` order.
    index: HashMap<String, Vec<usize>>,
}

fn key4(w: &str) -> String {
    w.chars().take(4).collect()
}

fn dict_words(phrase: &str) -> Vec<(String, bool)> {
    let exact_all = phrase.ends_with('_');
    let parts: Vec<&str> = phrase.split(['_', ' ']).filter(|w| !w.is_empty()).collect();
    let n = parts.len();
    parts
        .iter()
        .enumerate()
        .map(|(i, w)| (w.to_lowercase(), exact_all && i + 1 == n))
        .collect()
}

/// `950601` → 19950601, `20080120` → 20080120.
fn dict_date(s: &str) -> Option<u32> {
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    match d.len() {
        6 => {
            let yy: u32 = d[..2].parse().ok()?;
            let rest: u32 = d[2..].parse().ok()?;
            Some((if yy >= 30 { 1900 + yy } else { 2000 + yy }) * 10000 + rest)
        }
        8 => d.parse().ok(),
        _ => None,
    }
}

/// `[HOB <950601]`, `[HOBGOV 19950601 - 19990815]`, `[HOBREB > 990816]`, `[ARN]`.
fn dict_code(inner: &str) -> Option<(String, Option<(u32, u32)>)> {
    let inner = inner.trim();
    let code_end = inner
        .find(|c: char| c.is_whitespace() || c == '<' || c == '>')
        .unwrap_or(inner.len());
    let code = inner[..code_end].trim_start_matches('~').to_uppercase();
    if code.is_empty() {
        return None;
    }
    let rest = inner[code_end..].trim();
    let range = if let Some(d) = rest.strip_prefix('<') {
        dict_date(d).map(|d| (0, d.saturating_sub(1)))
    } else if let Some(d) = rest.strip_prefix('>') {
        dict_date(d).map(|d| (d, u32::MAX))
    } else if let Some((a, b)) = rest.split_once('-') {
        match (dict_date(a), dict_date(b)) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    } else {
        None
    };
    Some((code, range))
}

impl ActorOverlay {
    /// Parse actor (`ARNOR_ [ARN]`, `+SYNONYM`, dated code lines) and agent
    /// (`FOREIGN_MINISTER [~GOVFRM]`, `!PERSON!` macros) files.
    pub fn parse(actors: &str, agents: &str) -> ActorOverlay {
        let mut o = ActorOverlay::default();
        for (text, agent) in [(actors, false), (agents, true)] {
            let mut macros: HashMap<String, Vec<String>> = HashMap::new();
            // The entry being read: its phrases and codes (codes may follow on later lines).
            let mut phrases: Vec<String> = Vec::new();
            let mut codes: Vec<(String, Option<(u32, u32)>)> = Vec::new();
            let flush = |o: &mut ActorOverlay,
                         phrases: &mut Vec<String>,
                         codes: &mut Vec<(String, Option<(u32, u32)>)>,
                         macros: &HashMap<String, Vec<String>>| {
                let usable: Vec<_> = codes
                    .iter()
                    .filter(|(c, _)| c != "---" && c != "+++")
                    .cloned()
                    .collect();
                if !usable.is_empty() {
                    for p in phrases.iter() {
                        o.push(p, &usable, agent, macros);
                    }
                }
                phrases.clear();
                codes.clear();
            };
            let mut in_comment = false;
            for raw in text.lines() {
                let mut line = raw.split('#').next().unwrap_or("").to_string();
                if in_comment {
                    match line.find("-->") {
                        Some(e) => {
                            line = line[e + 3..].to_string();
                            in_comment = false;
                        }
                        None => continue,
                    }
                }
                if let Some(b) = line.find("<!") {
                    if !line[b..].contains('>') {
                        in_comment = !line[b..].contains("-->") && line[b..].starts_with("<!--");
                    }
                    line.truncate(b);
                }
                let indented = line.starts_with([' ', '\t']);
                let t = line.trim();
                if t.is_empty() {
                    continue;
                }
                if t.starts_with('!') {
                    if let Some((name, vals)) = t.split_once('=') {
                        macros.insert(
                            name.trim().to_string(),
                            vals.split(',').map(|v| v.trim().to_string()).collect(),
                        );
                    }
                    continue;
                }
                if indented && t.starts_with('[') {
                    // A (dated) code line for the current entry.
                    if let Some(inner) = t[1..].split(']').next() {
                        codes.extend(dict_code(inner));
                    }
                    continue;
                }
                let (phrase_part, is_syn) = match t.strip_prefix('+') {
                    Some(rest) => (rest, true),
                    None => (t, false),
                };
                if !is_syn {
                    flush(&mut o, &mut phrases, &mut codes, &macros);
                }
                let phrase = phrase_part.split(['[', '{']).next().unwrap_or("").trim();
                if !phrase.is_empty() {
                    phrases.push(phrase.to_string());
                }
                if let Some(b) = t.find('{') {
                    let plurals = t[b + 1..].split('}').next().unwrap_or("");
                    phrases.extend(plurals.split_whitespace().map(str::to_string));
                }
                if let Some(open) = t.find('[') {
                    if let Some(inner) = t[open + 1..].split(']').next() {
                        codes.extend(dict_code(inner));
                    }
                }
            }
            flush(&mut o, &mut phrases, &mut codes, &macros);
        }
        // Longest phrases first.
        o.entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
        for (k, e) in o.entries.iter().enumerate() {
            o.index.entry(key4(&e.words[0].0)).or_default().push(k);
        }
        o
    }

    fn push(
        &mut self,
        phrase: &str,
        codes: &[(String, Option<(u32, u32)>)],
        agent: bool,
        macros: &HashMap<String, Vec<String>>,
    ) {
        if let Some(start) = phrase.find('!') {
            if let Some(len) = phrase[start + 1..].find('!') {
                let name = &phrase[start..start + len + 2];
                if let Some(vals) = macros.get(name) {
                    for v in vals.clone() {
                        let p = phrase.replacen(name, &format!("_{v}"), 1);
                        self.push(&p, codes, agent, macros);
                    }
                }
                return;
            }
        }
        let words = dict_words(phrase);
        if !words.is_empty() {
            self.entries.push(DictEntry {
                words,
                codes: codes.to_vec(),
                agent,
            });
        }
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn word_matches(e: &DictEntry, w: &str, exact: bool, t: &str) -> bool {
        if t == w {
            return true;
        }
        if e.agent {
            return *t == format!("{w}s") || *t == format!("{w}es");
        }
        // Stem match: "Gondor" → "Gondorian", but "AU" does not match "Australian".
        !exact
            && w.len() >= 4
            && t.starts_with(w)
            && t.len() - w.len() <= 4
            && t[w.len()..].chars().all(|c| c.is_ascii_lowercase())
    }

    /// Recognise actors in `text` as of `date` (YYYYMMDD): country/actor phrases, agent phrases,
    /// and their combinations ("Arnorian foreign minister" → ARN + GOVFRM, "the president of
    /// Gondor" / "soldiers from Gondor" → GON + agent, "Bree Prime Minister Romendacil" → one
    /// mention, "Danish media and government" → DNKMED, DNKGOV).
    pub fn layer(&self, text: &str, date: Option<u32>) -> ActorLayer {
        let words = word_spans(text);
        let lower: Vec<String> = words
            .iter()
            .map(|(s, e)| text[*s..*e].to_lowercase())
            .collect();
        // (first word, last word, code, agent)
        let mut found: Vec<(usize, usize, String, bool)> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let t = &lower[i];
            let mut cands: Vec<usize> = Vec::new();
            for key in [
                key4(t),
                key4(t.trim_end_matches('s')),
                key4(t.trim_end_matches("es")),
            ] {
                if let Some(v) = self.index.get(&key) {
                    cands.extend(v);
                }
            }
            cands.sort_unstable();
            cands.dedup();
            let hit = cands.iter().map(|&k| &self.entries[k]).find(|e| {
                i + e.words.len() <= words.len()
                    && e.words
                        .iter()
                        .enumerate()
                        .all(|(k, (w, exact))| Self::word_matches(e, w, *exact, &lower[i + k]))
            });
            match hit.and_then(|e| e.code_on(date).map(|c| (e, c.to_string()))) {
                Some((e, code)) => {
                    found.push((i, i + e.words.len() - 1, code, e.agent));
                    i += e.words.len();
                }
                None => i += 1,
            }
        }
        let combine = |country: &str, agent: &str| -> String {
            if country.ends_with(agent) {
                country.to_string()
            } else {
                format!("{country}{agent}")
            }
        };
        // Combine actor + agent: adjacent ("Arnorian foreign minister", "Bree Prime Minister"),
        // or agent of/from/in actor ("soldiers from Gondor").
        let mut merged: Vec<(usize, usize, String, bool)> = Vec::new();
        let mut k = 0;
        while k < found.len() {
            let (a, b, code, agent) = found[k].clone();
            let next = found.get(k + 1).cloned();
            match (agent, next) {
                (false, Some((na, nb, ncode, true)))
                    if na - b - 1 <= 2 && {
                        // At most one modifier between ("Dagolath's first Deputy Prime
                        // Minister"), never a verb ("Russia is conducting military …").
                        let gap: Vec<&str> = (b + 1..na).map(|x| lower[x].as_str()).collect();
                        !gap.iter().any(|g| {
                            matches!(
                                *g,
                                "and"
                                    | "said"
                                    | "to"
                                    | "with"
                                    | "of"
                                    | "in"
                                    | "from"
                                    | "is"
                                    | "are"
                                    | "was"
                                    | "were"
                                    | "has"
                                    | "have"
                                    | "had"
                                    | "will"
                            ) || g.ends_with("ing")
                                || g.ends_with("ed")
                        })
                    } =>
                {
                    merged.push((a, nb, combine(&code, &ncode), true));
                    k += 2;
                }
                (true, Some((na, nb, ncode, false)))
                    if na == b + 2 && matches!(lower[b + 1].as_str(), "of" | "from" | "in") =>
                {
                    merged.push((a, nb, combine(&ncode, &code), true));
                    k += 2;
                }
                _ => {
                    merged.push((a, b, code, agent));
                    k += 1;
                }
            }
        }
        // "Danish media and government": a bare agent after "and" inherits the country.
        for m in 1..merged.len() {
            let (pa, pb, pcode, pagent) = merged[m - 1].clone();
            let (a, _, code, agent) = merged[m].clone();
            let bare_agent =
                agent && !merged[m].2.is_empty() && found.iter().any(|f| f.0 == a && f.3);
            if pagent && bare_agent && a == pb + 2 && lower[pb + 1] == "and" && pa < pb {
                if let Some(country) = pcode.strip_suffix(
                    &found
                        .iter()
                        .find(|f| f.1 == pb && f.3)
                        .map(|f| f.2.clone())
                        .unwrap_or_default(),
                ) {
                    if !country.is_empty() {
                        merged[m].2 = combine(country, &code);
                    }
                }
            }
        }
        // A person name right after a title mention belongs to it ("Prime Minister Falastur").
        let mut joined: Vec<(usize, usize, String)> = Vec::new();
        for (a, b, mut code, agent) in merged {
            // An agent with no country is coded "---AGENT", as the records (and PETRARCH) do:
            // "Congress" → ---LEG, "government forces" → ---MIL.
            if agent
                && found
                    .iter()
                    .any(|f| f.0 == a && f.1 == b && f.3 && f.2 == code)
            {
                code = format!("---{code}");
            }
            if let Some(last) = joined.last_mut() {
                if a == last.1 + 1
                    && !agent
                    && last.2.len() > code.len()
                    && last.2.starts_with(&code[..code.len().min(3)])
                {
                    last.1 = b;
                    continue;
                }
            }
            joined.push((a, b, code));
        }
        let mut layer = ActorLayer::default();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (a, b, code) in joined {
            let actor = *index.entry(code.clone()).or_insert_with(|| {
                layer.actors.push(ActorEntry {
                    id: code.clone(),
                    name: code.clone(),
                    // A bare CAMEO country code ("USA", "RUS") is a state; anything with an
                    // agent or sector code stays a group.
                    kind: if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
                        ActorKind::State
                    } else {
                        ActorKind::Group
                    },
                    country: None,
                    role: None,
                    affiliation: None,
                });
                layer.actors.len() - 1
            });
            layer.mentions.push(Mention {
                start: words[a].0,
                end: words[b].1,
                actor,
                form: if is_demonym(&text[words[a].0..words[b].1]) {
                    MentionForm::Demonym
                } else {
                    MentionForm::Name
                },
                sentence: 0,
            });
        }
        layer
    }
}
