//! People of one document: actors that name no one in particular ("a senior U.S. official",
//! "the official", "Pyongyang watchers") and speakers left as written ("he" too close to call,
//! "friends of the men") get ids scoped to their document (`PERSON.usa-senior-official@35325aa4`,
//! `UNKNOWN.he@35325aa4`), the way claims key unnamed subjects (`ENTITY.soldier@<doc8>`): the
//! same words in another article are other people, so the store, which keys actors by id,
//! never merges them into one speaker. Name, role, country and affiliation stay as they were.

use super::ActorLayer;
use crate::attribution::UNKNOWN_PREFIX;
use crate::lexicon::{Lexicon, Target};
use crate::model::{ActorRef, Statement};

/// The scope of a document's unnamed actors: the first 8 characters of its id (a content hash).
pub fn doc_scope(document_id: &str) -> String {
    document_id.chars().take(8).collect()
}

/// `id` scoped to the document `scope` (unchanged when already scoped or when no scope).
fn scoped(id: &str, scope: &str) -> String {
    if scope.is_empty() || id.contains('@') {
        id.to_string()
    } else {
        format!("{id}@{scope}")
    }
}

impl ActorLayer {
    /// Scope the ids of the layer's unnamed actors ([`ActorLayer::unnamed`]) to the document
    /// `document_id`. Run once, before later stages read the layer, so statements, events and
    /// claims all carry the scoped id.
    pub fn scope_unnamed(&mut self, document_id: &str) {
        let scope = doc_scope(document_id);
        for &i in &self.unnamed {
            let a = &mut self.actors[i];
            a.id = scoped(&a.id, &scope);
        }
    }

    /// Is the actor at `i` one that names no one in particular?
    pub fn is_unnamed(&self, i: usize) -> bool {
        self.unnamed.binary_search(&i).is_ok()
    }

    /// Does the lexicon the layer was built with give the actor at `i` a post
    /// ([`ActorLayer::office_holders`])?
    pub fn holds_office(&self, i: usize) -> bool {
        self.office_holders.binary_search(&i).is_ok()
    }
}

/// Scope the `UNKNOWN.*` actors of `statements` (speakers no actor mention covered, kept as
/// written: "friends of the men", an ambiguous "he") to the document `document_id`, wherever
/// they appear (speaker, on behalf of, relays), when their words name people (see
/// [`names_people`]). A body the layer did not resolve ("Iran's foreign ministry") or a phrase
/// written as a proper name ("Choson Exchange") is left unscoped: it names someone.
pub fn scope_statements(statements: &mut [Statement], document_id: &str, lex: &Lexicon) {
    let scope = doc_scope(document_id);
    let fix = |r: &mut ActorRef| {
        if r.id.starts_with(UNKNOWN_PREFIX) && names_people(&r.name, lex) {
            r.id = scoped(&r.id, &scope);
        }
    };
    for s in statements {
        fix(&mut s.speaker);
        if let Some(b) = s.on_behalf_of.as_mut() {
            fix(b);
        }
        s.via.iter_mut().for_each(fix);
    }
}

/// Do the words of a speaker phrase no actor covers name unnamed people? Its head (the last word
/// before a preposition) is a pronoun, a title ("official", "diplomat"), a kin, expert or
/// people noun of `words.tsv` ("sister", "analysts", "a source"), or a plural that names no
/// body ("Western diplomats", but not "Iraqi authorities"); never a body noun ("ministry",
/// "air force") or a proper name.
fn names_people(name: &str, lex: &Lexicon) -> bool {
    if proper_name(name) {
        return false;
    }
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let prep = words
        .iter()
        .position(|w| {
            matches!(
                *w,
                "of" | "for" | "at" | "from" | "with" | "in" | "to" | "on"
            )
        })
        .unwrap_or(words.len());
    let Some(&head) = words[..prep].last() else {
        return false;
    };
    let class = lex.lower_word(head);
    if class.is_some_and(|c| c.pronoun.is_some() || c.people_noun || c.kin.is_some() || c.expert) {
        return true;
    }
    if class.is_some_and(|c| c.desc.is_some() || c.body_plural) {
        return false;
    }
    let singular = head.strip_suffix('s').unwrap_or(head);
    let matched = |w: &str| {
        lex.find_all(w)
            .into_iter()
            .find(|m| m.start == 0 && m.end == w.len())
            .map(|m| m.target)
    };
    match matched(head).or_else(|| matched(singular)) {
        Some(Target::Title(_)) => true,
        Some(_) => false,
        None => {
            head.len() > 3
                && head.ends_with('s')
                && !head.ends_with("ss")
                && !head.ends_with("us")
                && !head.ends_with("is")
        }
    }
}

/// Is every word of `name` after a leading article capitalised ("Choson Exchange")? A pronoun
/// or a description with a lower-case word ("officials", "he") is no name.
fn proper_name(name: &str) -> bool {
    let mut words = name
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "The" | "of" | "and" | "for" | "al" | "de"))
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase)
        })
        && !matches!(name, "He" | "She" | "It" | "They" | "We" | "I")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_are_scoped_and_bodies_are_not() {
        let lex = Lexicon::embedded();
        for people in [
            "he",
            "friends of the men",
            "Western diplomats",
            "a source",
            "two European security sources",
            "his sister",
            "some analysts",
            "a senior official",
        ] {
            assert!(names_people(people, lex), "{people}");
        }
        for body in [
            "Iran's foreign ministry",
            "Ukraine's air force",
            "the agency",
            "Iraqi authorities",
            "Choson Exchange",
        ] {
            assert!(!names_people(body, lex), "{body}");
        }
    }

    #[test]
    fn names_stay_and_descriptions_are_scoped() {
        assert!(proper_name("Choson Exchange"));
        assert!(proper_name("the Institute for the Study of War"));
        assert!(!proper_name("friends of the men"));
        assert!(!proper_name("Western diplomats"));
        assert!(!proper_name("He"));
        assert_eq!(scoped("UNKNOWN.he", "35325aa4"), "UNKNOWN.he@35325aa4");
        assert_eq!(
            scoped("UNKNOWN.he@35325aa4", "0badcafe"),
            "UNKNOWN.he@35325aa4"
        );
        assert_eq!(scoped("UNKNOWN.he", ""), "UNKNOWN.he");
    }
}
