//! Shared harness of the attribution tests (`attribution_*.rs`): a text goes through the whole
//! `extract`, and its statements come back; finders that panic with what was found instead.
#![allow(dead_code)] // not every test file that includes the harness uses every finder

use dossier_core::{extract, make_document, DocumentHeader, Statement};

/// The statements `extract` finds in `text`.
pub fn statements(text: &str) -> Vec<Statement> {
    extract(&make_document(text, DocumentHeader::default())).statements
}

/// The statement whose cue is written `cue` (case-insensitive), if any.
pub fn find_cue<'a>(st: &'a [Statement], cue: &str) -> Option<&'a Statement> {
    st.iter().find(|s| s.cue.text.eq_ignore_ascii_case(cue))
}

/// The statement whose cue is written `cue`; panics listing every cue and content found.
pub fn with_cue<'a>(st: &'a [Statement], cue: &str) -> &'a Statement {
    st.iter().find(|s| s.cue.text == cue).unwrap_or_else(|| {
        panic!(
            "no statement with cue {cue:?}; got {:#?}",
            st.iter()
                .map(|s| (&s.cue.text, &s.content.text))
                .collect::<Vec<_>>()
        )
    })
}

/// The statement whose content holds `content`; panics listing every statement found.
pub fn with_content<'a>(st: &'a [Statement], content: &str) -> &'a Statement {
    st.iter()
        .find(|s| s.content.text.contains(content))
        .unwrap_or_else(|| panic!("no statement with {content:?} in {st:#?}"))
}

/// The words naming the speaker at this statement ("he", "a senior commander").
pub fn speaker_words(s: &Statement) -> &str {
    s.speaker.mention.as_ref().map_or("", |m| m.text.as_str())
}
