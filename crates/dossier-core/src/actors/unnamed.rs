//! People of one document: actors that name no one in particular ("a senior U.S. official",
//! "the official", "Pyongyang watchers") and speakers left as written ("he" too close to call,
//! "friends of the men") get ids scoped to their document (`PERSON.usa-senior-official@35325aa4`,
//! `UNKNOWN.he@35325aa4`), the way claims key unnamed subjects (`ENTITY.soldier@<doc8>`): the
//! same words in another article are other people, so the store, which keys actors by id,
//! never merges them into one speaker. Name, role, country and affiliation stay as they were.

use super::ActorLayer;
use crate::attribution::UNKNOWN_PREFIX;
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
}

/// Scope the `UNKNOWN.*` actors of `statements` (speakers no actor mention covered, kept as
/// written: "friends of the men", an ambiguous "he") to the document `document_id`, wherever
/// they appear (speaker, on behalf of, relays). A phrase written as a proper name ("Choson
/// Exchange") is left unscoped: it names someone.
pub fn scope_statements(statements: &mut [Statement], document_id: &str) {
    let scope = doc_scope(document_id);
    let fix = |r: &mut ActorRef| {
        if r.id.starts_with(UNKNOWN_PREFIX) && !proper_name(&r.name) {
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
