//! Cue candidates: which automaton hits are read as cues at all (not inside a quotation, not a
//! noun use of the verb, not a title-case headline word).

use super::*;

/// Is byte `pos` inside the words of a quotation? Quotes are sorted and disjoint.
pub(super) fn in_quote(quotes: &[Quote], pos: usize) -> bool {
    let i = quotes.partition_point(|q| q.inner_start <= pos);
    i > 0 && quotes[i - 1].contains(pos)
}

pub(super) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "but"
            | "and"
            | "in"
            | "on"
            | "so"
            | "yet"
            | "then"
            | "now"
            | "still"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "many"
            | "most"
            | "both"
            | "his"
            | "her"
            | "their"
            | "its"
            | "one"
            | "two"
            | "three"
            | "several"
            | "other"
            | "another"
            | "few"
            | "all"
            | "no"
            | "any"
    )
}

/// The word (letters, digits, apostrophes) that `before` ends with, as written; empty when it
/// ends otherwise.
fn word_ending(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '\'' || c == '’')
        .last()
        .map_or(before.len(), |(i, _)| i);
    &before[start..]
}

/// Filter cue occurrences that are nouns or passives ("the reports", "is expected to").
pub(super) fn plausible_cue(text: &str, h: &Hit) -> bool {
    let before = text[..h.s].trim_end();
    let prev_word = word_ending(before);
    let pw = prev_word.to_lowercase();
    let word = text[h.s..h.e].to_lowercase();
    let determiners = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
        "those", "such", "no", "any", "some", "of", "new", "many", "several", "two", "three",
        "first", "latest", "recent", "earlier", "previous", "whose", "about", "on", "with",
    ];
    if determiners.contains(&pw.as_str()) || pw.ends_with("'s") || pw.ends_with("’s") {
        // "the reports", "Iran's claims"; but "the spokesman said" has no determiner right
        // before the verb, so genuine verbs are unaffected.
        if !matches!(
            h.class,
            CueClass::According | CueClass::NoComment | CueClass::QuotedBy | CueClass::QuotedAs
        ) {
            return false;
        }
    }
    // Negated cues report no statement ("has not claimed", "did not expect"), except the
    // ones that leave a report open ("has not confirmed", "haven't commented on"), whose
    // stance `negation::negated_cue` sets (`data/cues/negated.tsv`).
    let open_report = matches!(
        super::negation::reading(&word),
        Some(super::negation::Reading::Open | super::negation::Reading::NoComment)
    );
    if matches!(
        pw.replace('’', "'").as_str(),
        "not" | "never" | "didn't" | "hasn't" | "haven't" | "doesn't"
    ) && h.class != CueClass::NoComment
        && !open_report
    {
        return false;
    }
    // "who asked not to be named" is a sourcing formula, not a question.
    if text[h.e..].starts_with(" not to be named") {
        return false;
    }
    // Passives without an agent are not cues here ("is expected to", "was told"), an adverb
    // between included ("The attack was originally blamed on a video").
    let be_form = |w: &str| matches!(w, "is" | "are" | "was" | "were" | "been" | "be" | "being");
    let passive_aux = be_form(&pw)
        || pw.ends_with("ly") && {
            let before_adverb = before[..before.len() - prev_word.len()].trim_end();
            let w: String = before_adverb
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            be_form(&w.to_lowercase())
        };
    if passive_aux
        && matches!(
            h.class,
            CueClass::Speech | CueClass::Told | CueClass::Belief | CueClass::Object
        )
        && !word.ends_with("ing")
    {
        return false;
    }
    // A capitalised cue inside a sentence is a name ("United States") unless the line is a
    // title-case headline ("Trump Says He Would Issue A Quarantine"). "According to" after a
    // sentence closing inside a quotation ("… “a trap.” According to Reuters, …") opens the
    // next sentence.
    let closed_quote = h.class == CueClass::According
        && before
            .strip_suffix(['”', '’'])
            .is_some_and(|b| b.ends_with(['.', '!', '?']));
    if text[h.s..h.e].starts_with(char::is_uppercase)
        && !before.is_empty()
        && !before.ends_with(['.', '!', '?', '"', '“', '\n', ':'])
        && !closed_quote
        && !title_case_line(text, h.s)
    {
        return false;
    }
    // "militias backed by Iran", "a plan supported by the EU": passive participles.
    if matches!(h.class, CueClass::Object | CueClass::Belief) && text[h.e..].starts_with(" by ") {
        return false;
    }
    // "a photo posted by Banksy", "the new details reported by the newspaper": a speech verb
    // in -ed with a by-agent describes the noun before it. Not "said by telephone".
    if h.class == CueClass::Speech
        && word.ends_with("ed")
        && !pw.is_empty()
        && !is_auxiliary(&pw)
        && !PRONOUNS.contains(&pw.as_str())
        && text[h.e..].strip_prefix(" by ").is_some_and(|rest| {
            let next: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .collect::<String>()
                .to_lowercase();
            !BY_MEANS.contains(&next.as_str())
        })
    {
        return false;
    }
    // "a young boy believed to be about 10", "a car bomb thought to have been planted": a
    // participle right after a noun, with no auxiliary, is a reduced relative describing the
    // noun, not a belief its words report (the auxiliary forms are handled above and by the
    // speakerless "is believed to").
    if h.class == CueClass::Belief && reduced_relative_at(text, h.s, h.e) {
        return false;
    }
    if not_speech_context(text, (h.s, h.e), &word, false) {
        return false;
    }
    if word == "state" || word == "report" || word == "claim" || word == "promise" {
        // Bare forms are mostly nouns unless a plural subject precedes ("officials claim").
        if text[h.s..h.e].starts_with(char::is_uppercase) {
            return false;
        }
    }
    true
}

/// Does the parse read a one-word verb cue as a noun ("Extensive reports of executions have
/// emerged", "fears of a wider war")? Phrasal cues ("according to", "declined to comment") and
/// words that are cues as nouns ("quoted by") are left to the patterns.
pub(super) fn tagged_noun(doc: &dossier_syntax::Doc, text: &str, h: &Hit) -> bool {
    if text[h.s..h.e].contains(' ')
        || matches!(
            h.class,
            CueClass::According
                | CueClass::NoComment
                | CueClass::QuotedBy
                | CueClass::Citing
                | CueClass::AsPut
                | CueClass::QuotedAs
        )
    {
        return false;
    }
    use dossier_syntax::Upos;
    let Some(i) = doc.token_starting_at(h.s) else {
        return false;
    };
    let t = &doc.tokens[i];
    // The tagger alone misreads "ISIS claims they …" and "The Guardian reports": the noun
    // reading counts only where a noun phrase plainly begins — the sentence's first word or
    // right after a determiner, adjective or number ("Extensive reports", "the fears").
    let opens_sentence = doc
        .sentences
        .get(doc.sentence_of(i))
        .is_some_and(|s| s.first as usize == i);
    let after_modifier = i
        .checked_sub(1)
        .is_some_and(|p| matches!(doc.tokens[p].upos, Upos::Det | Upos::Adj | Upos::Num));
    // "The GOP tax plans would all drive deficits", "My immigration plans aren't set in stone":
    // a noun right before an auxiliary or a finite verb is that verb's subject; a cue verb is
    // followed by its content ("that", a noun phrase, a quotation), never by another verb.
    let before_verb = doc.tokens.get(i + 1).is_some_and(|n| {
        doc.sentence_of(i + 1) == doc.sentence_of(i)
            && (n.upos == Upos::Aux
                || n.upos == Upos::Verb && matches!(n.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD"))
    });
    t.upos == Upos::Noun && (opens_sentence || after_modifier || before_verb)
}

/// "suspected Boko Haram militants", "the alleged breach", "Snapchat's rumored value": a cue
/// word between a determiner, number, possessive, preposition or "that" and the noun phrase it
/// describes is an adjective; no one speaks. Read on the parse (an adjective modifier of a noun
/// after it) or, where the tagger took the participle for a verb ("reports that suspected Boko
/// Haram militants had killed"), on the words around it. A noun, pronoun, auxiliary or
/// conjunction before the word keeps it a verb ("officials alleged Iran …", "was reported",
/// "and alleged Israel …").
pub(super) fn attributive(doc: &dossier_syntax::Doc, text: &str, h: &Hit) -> bool {
    use dossier_syntax::Upos;
    if text[h.s..h.e].contains(' ') {
        return false;
    }
    let Some(i) = doc.token_starting_at(h.s) else {
        return false;
    };
    let t = &doc.tokens[i];
    // "told BuzzFeed News on Wednesday that suspected terrorists have infiltrated": the tagger
    // may read that "that" as a relative pronoun.
    let prev_describes = i.checked_sub(1).is_none_or(|p| {
        let pt = &doc.tokens[p];
        matches!(
            pt.upos,
            Upos::Det | Upos::Num | Upos::Sconj | Upos::Adp | Upos::Part | Upos::Adj
        ) || pt.upos == Upos::Pron && pt.lemma.eq_ignore_ascii_case("that")
            || pt.upos == Upos::Verb
    });
    let same_sentence = |j: usize| doc.sentence_of(j) == doc.sentence_of(i);
    let modifier = t.rel == dossier_syntax::Rel::Amod
        && doc
            .head(i)
            .is_some_and(|hd| hd > i && doc.tokens[hd].upos.is_nominal());
    let participle_before_noun = matches!(t.xpos.as_str(), "VBN" | "JJ")
        && doc.tokens.get(i + 1).is_some_and(|n| {
            matches!(n.upos, Upos::Noun | Upos::Propn | Upos::Adj) && same_sentence(i + 1)
        });
    // A subject of its own makes it a verb ("the leader of the church from 1846 to 1878
    // believed animals …").
    let has_subject = doc.children(i).any(|c| doc.tokens[c].rel.is_subject());
    prev_describes
        && !has_subject
        && doc.children(i).all(|c| c > i)
        && (modifier || participle_before_noun)
}

/// "a group called Free James Foley", "an area called Wadi Abdan": a `predicative.tsv` verb
/// right after an indefinite noun phrase and before a name gives the noun its name; it reports
/// nothing, and the name is no speaker of the verb after it.
pub(super) fn naming_participle(doc: &dossier_syntax::Doc, text: &str, h: &Hit) -> bool {
    use dossier_syntax::Upos;
    let Some(i) = doc.token_starting_at(h.s) else {
        return false;
    };
    if i < 2 || !super::nominal::predicative(&doc.tokens[i].lemma.to_lowercase()) {
        return false;
    }
    let indefinite = matches!(doc.form(text, i - 2).to_lowercase().as_str(), "a" | "an");
    let name_after = text[h.e..].trim_start().starts_with(char::is_uppercase);
    indefinite && doc.tokens[i - 1].upos == Upos::Noun && name_after
}

/// "Twenty police officers were arrested on Sunday, accused of killing two students", "a
/// man, charged with murder, …": a past participle set off by a comma, with no subject or
/// auxiliary of its own, hanging on a clause or a noun, and followed at once by its
/// preposition ("accused of", "charged with"), is a reduced passive. Its subject is
/// the accused, not the accuser, and the accuser is not named: no statement.
pub(super) fn reduced_passive(doc: &dossier_syntax::Doc, text: &str, h: &Hit) -> bool {
    use dossier_syntax::Rel;
    let Some(i) = doc.token_starting_at(h.s) else {
        return false;
    };
    let t = &doc.tokens[i];
    let comma_before = i > 0 && doc.form(text, i - 1) == ",";
    let own = doc.children(i).any(|c| {
        doc.tokens[c].rel.is_subject() || matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass)
    });
    // The tagger often reads the bare participle as a past tense ("VBD", a conjunct of the
    // clause); with no object before "of" it cannot be the active verb ("accused the army of").
    // Only a verb that takes its content as an object ("accused X of"): "boasted of" and
    // "warned of" are intransitive, and active.
    h.class == CueClass::Object
        && matches!(t.xpos.as_str(), "VBN" | "VBD")
        && comma_before
        && matches!(t.rel, Rel::Advcl | Rel::Acl | Rel::Conj)
        && !own
        && i + 1 < doc.tokens.len()
        && matches!(
            doc.form(text, i + 1).to_lowercase().as_str(),
            "of" | "with" | "over"
        )
}

/// Words that make a participle a finite verb phrase ("is believed", "had thought").
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "widely"
            | "also"
            | "further"
            | "generally"
            | "commonly"
            | "long"
            | "once"
            | "still"
    )
}

/// Is the line around `pos` a title-case headline (most words capitalised, no final period)?
pub(super) fn title_case_line(text: &str, pos: usize) -> bool {
    // A headline is short: a longer line is none, and the bound keeps the look-up linear.
    let Some(line) = crate::text::short_line(text, pos, 1_000) else {
        return false;
    };
    let line = text[line].trim();
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    if words.len() < 4 || words.len() > 30 {
        return false;
    }
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    caps * 10 >= words.len() * 7
}

/// Is the cue in a context of `data/cues/not_speech.tsv` ("The video appears to show", "South
/// Koreans who want", "has reported for Time")? Looks at most 40 bytes either side.
pub(super) fn not_speech_context(
    text: &str,
    (hs, he): (usize, usize),
    word: &str,
    set_phrases_only: bool,
) -> bool {
    let lex = Lexicon::get();
    let mut lo = hs.saturating_sub(40);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (he + 40).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let before = norm(&text[lo..hs]);
    // "a shocking video apparently shows": a one-word speakerless marker between the phrase
    // and the cue ("reportedly", "apparently", `hedged.tsv`) does not hide the phrase.
    let before = match before.rsplit_once(' ') {
        Some((rest, w)) if lex.hedged_words.iter().any(|h| h == w) => rest.to_string(),
        _ => before,
    };
    let after = norm(&text[he..hi]);
    lex.not_speech.iter().any(|n| {
        if set_phrases_only && !n.set_phrase {
            return false;
        }
        if !n.cues.is_empty() && !n.cues.iter().any(|c| c == word) {
            return false;
        }
        if n.before {
            before
                .strip_suffix(n.phrase.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
                && !text[..hs].ends_with(|c: char| !c.is_whitespace())
        } else {
            after.strip_prefix(n.phrase.as_str()).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric())
            }) && text[he..].starts_with(char::is_whitespace)
        }
    })
}

/// Is a cue of `not_speech.tsv`'s `clause` list ("posted", "found", "added", "decided") an act
/// on a nominal object rather than a report? It reports only with a clausal complement, a
/// quotation or a colon after it ("posted on its website that …", "added: “…”"); with a
/// nominal object and none of them it is an act ("posted a video", "found the body", "added
/// Shekau to its list", "the clip shows fighters firing"), and a reflexive object never
/// reports ("found himself on far different footing", "found himself playing defense"). A
/// post-posed cue ("…,” added Mr Smith") is never read so: the parser may take the inverted
/// subject for an object.
pub(super) fn act_on_object(doc: &dossier_syntax::Doc, text: &str, h: &Hit) -> bool {
    use dossier_syntax::Rel;
    // Belief rows too: "Moscow decided three things", "she plans his appearances" are acts.
    if !matches!(
        h.class,
        CueClass::Speech | CueClass::Participle | CueClass::Belief
    ) {
        return false;
    }
    let word = text[h.s..h.e].to_lowercase();
    if !Lexicon::get().clause_only.contains(&word) {
        return false;
    }
    let before = text[..h.s].trim_end();
    if before.ends_with([',', '"', '“', '”', '\'', '‘', '’', '—', '–', '-', ':', '(']) {
        return false;
    }
    let Some(i) = doc.token_starting_at(h.s) else {
        return false;
    };
    // "“…,” she wrote Monday": a time the parser took for the object is when, not what.
    let Some(obj) = doc
        .children_with(i, Rel::Obj)
        .find(|&o| o > i && !super::speakers::time_word(doc, o))
    else {
        return false;
    };
    // "knows how to use it", "know what that entails": a belief verb's wh-object is a question
    // it holds the answer to, not a thing it acts on.
    if h.class == CueClass::Belief
        && matches!(
            doc.tokens[doc.subtree(obj).start].xpos.as_str(),
            "WP" | "WRB" | "WDT"
        )
    {
        return false;
    }
    let reflexive = matches!(
        doc.form(text, obj).to_lowercase().as_str(),
        "himself" | "herself" | "itself" | "themselves" | "myself" | "ourselves" | "yourself"
    );
    if reflexive {
        return true;
    }
    // "she felt her son's spiritual well-being was better served": a that-less clause the
    // parser split into an object and an adverbial clause with its own subject and no
    // subordinator is still the complement.
    let unmarked_clause = |c: usize| {
        h.class == CueClass::Belief
            && matches!(doc.tokens[c].rel, Rel::Advcl | Rel::Parataxis | Rel::Dep)
            && doc.subtree(c).start == doc.subtree(obj).end
            && doc.children(c).any(|k| doc.tokens[k].rel.is_subject())
            && !doc.children(c).any(|k| doc.tokens[k].rel == Rel::Mark)
    };
    let clausal = doc.children(i).any(|c| {
        matches!(doc.tokens[c].rel, Rel::Ccomp | Rel::Xcomp | Rel::Csubj) || unmarked_clause(c)
    });
    if clausal {
        return false;
    }
    // A that-less complement the parser read as an object: the "object" is a verb ("He
    // added some believe …"), or a finite verb follows it or hangs under it outside a relative
    // clause opened by a relative word ("added suspected gang members had told …", "a study
    // found those groups represented 86 percent"). "posted a video which shows …" stays an act.
    if doc.tokens[obj].upos == dossier_syntax::Upos::Verb
        || doc
            .children(obj)
            .any(|c| doc.tokens[c].rel.is_subject() || doc.tokens[c].rel == Rel::Cop)
    {
        return false;
    }
    let finite = |k: usize| matches!(doc.tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD");
    let span = doc.subtree(obj);
    let sentence_end = doc.sentences[doc.sentence_of(obj)].last as usize;
    // "two people who know Foley confirmed that …": a finite verb above the cue is the main
    // clause's, after a relative clause ending with the object; no complement of the cue.
    let above_cue = |k: usize| {
        let mut a = i;
        for _ in 0..doc.tokens.len() {
            match doc.head(a) {
                Some(up) if up == k => return true,
                Some(up) => a = up,
                None => return false,
            }
        }
        false
    };
    if span.end < sentence_end && finite(span.end) && !above_cue(span.end) {
        return false;
    }
    let opens_relative = |r: usize| {
        matches!(
            doc.tokens[doc.subtree(r).start].xpos.as_str(),
            "WDT" | "WP" | "WP$" | "WRB"
        )
    };
    let in_wh_relative = |k: usize| {
        let mut a = k;
        for _ in 0..doc.tokens.len() {
            if a == obj {
                return false;
            }
            if matches!(doc.tokens[a].rel, Rel::AclRelcl | Rel::Acl) && opens_relative(a) {
                return true;
            }
            match doc.head(a) {
                Some(up) => a = up,
                None => return false,
            }
        }
        false
    };
    if span
        .clone()
        .any(|k| k != obj && finite(k) && !in_wh_relative(k))
    {
        return false;
    }
    // A quotation or a colon between the cue and its object, or opening the object: the
    // words quoted are the content ("tweeted “Chillin’ …”", "wrote on Twitter: …").
    let first = span.start.max(i + 1);
    let upto = (doc.tokens[first].start as usize + 3).min(text.len());
    let mut upto = upto.max(h.e);
    while !text.is_char_boundary(upto) {
        upto -= 1;
    }
    !text[h.e..upto].contains([':', '"', '“', '”', '\'', '‘'])
}

/// Is the cue word at bytes `s..e` a participle of `reduced_relatives.tsv` right after a noun
/// and before "to", with no auxiliary: a reduced relative or a headline's passive describing the
/// noun ("a young boy believed to be about 10", "Raul Castro expected to address Cuba")? Also
/// an appositive after a comma ("Kim, believed to be aged 31, …"). A pronoun, relative pronoun
/// or conjunction before it keeps the verb active ("he expected to see", "analysts who
/// expected to", "and expected to ship").
pub(super) fn reduced_relative_at(text: &str, s: usize, e: usize) -> bool {
    let word = text[s..e].to_lowercase();
    if !reduced_relative_participles().contains(&word.as_str()) || !text[e..].starts_with(" to ") {
        return false;
    }
    let before = text[..s].trim_end();
    let pw = word_ending(before).to_lowercase();
    (!pw.is_empty() && !is_auxiliary(&pw) || pw.is_empty() && before.ends_with(','))
        && !PRONOUNS.contains(&pw.as_str())
        && !matches!(pw.as_str(), "who" | "which" | "that" | "and" | "but" | "or")
}

/// The participles of `data/cues/reduced_relatives.tsv`: after a noun and before "to", a
/// reduced relative describing the noun ("a young boy believed to be about 10").
fn reduced_relative_participles() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../../../../data/cues/reduced_relatives.tsv")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}
