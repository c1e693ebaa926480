//! dossier-core: the model and the extraction pipeline.
//!
//! Pure: text in, facts out. This crate performs no file, database or network I/O; lexicons and
//! codebooks are embedded from `data/` at build time.

pub mod actors;
pub mod attribution;
pub mod brief;
pub mod claims;
pub mod coref;
pub mod dates;
pub mod events;
pub mod furniture;
pub mod ledger;
pub mod lexicon;
pub mod model;
pub mod mojibake;
pub mod text;
mod title_speakers;

pub use model::*;

/// The syntactic layer every stage reads: `dossier_syntax::parse(text) -> Doc`.
pub use dossier_syntax as syntax;

/// Build a [`Document`] from raw text and metadata: normalises the text and computes the id.
pub fn make_document(raw_text: &str, mut header: DocumentHeader) -> Document {
    let text = text::normalize(raw_text);
    header.id = text::document_id(&text);
    Document { header, text }
}

/// Run the whole pipeline over one document with the embedded lexicon.
pub fn extract(doc: &Document) -> Extraction {
    extract_with(doc, lexicon::Lexicon::embedded())
}

/// Run the whole pipeline over one document with the given lexicon (`--lexicon DIR`).
pub fn extract_with(doc: &Document, lexicon: &lexicon::Lexicon) -> Extraction {
    extract_probed(doc, lexicon, &mut |_| {})
}

/// The pipeline's stages, in the order [`extract_with`] runs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Tokens, sentences, tags, lemmas and the dependency tree (`dossier_syntax::parse`).
    Syntax,
    Actors,
    Attribution,
    Coreference,
    Events,
    Claims,
    Dates,
}

impl Stage {
    pub const ALL: [Stage; 7] = [
        Stage::Syntax,
        Stage::Actors,
        Stage::Attribution,
        Stage::Coreference,
        Stage::Events,
        Stage::Claims,
        Stage::Dates,
    ];
}

/// [`extract_with`], calling `probe(stage)` as each stage ends (`examples/stages.rs` times
/// the stages with it; the probe sees no data, so it cannot change the result).
pub fn extract_probed(
    doc: &Document,
    lexicon: &lexicon::Lexicon,
    probe: &mut dyn FnMut(Stage),
) -> Extraction {
    let text = doc.text.as_str();
    let offsets = text::Offsets::new(text);
    // One syntactic pass: every stage reads these tokens and sentences (no stage re-splits).
    let syn = dossier_syntax::parse(text);
    let sentences = doc_sentences(text, &syn);
    probe(Stage::Syntax);
    let mut actors = actors::ActorLayer::recognise_in(text, &syn, &sentences, lexicon);
    // Unnamed people ("a senior U.S. official") are people of this document only.
    actors.scope_unnamed(&doc.header.id);
    probe(Stage::Actors);
    let mut statements =
        attribution::attribute_doc_in(text, &sentences, &actors, &offsets, &syn, lexicon);
    actors::scope_statements(&mut statements, &doc.header.id, lexicon);
    // A "him" inside a speaker's own quoted words is someone else, whoever the resolver
    // guessed before the quotes had speakers.
    actors.forget_speaker_in_own_quotes(text, &statements, &offsets);
    probe(Stage::Attribution);
    // Group descriptions ("the militant group") resolved to the actor named before them, once,
    // for the events and the claims stages.
    let coref = coref::resolve(text, &syn, &actors);
    probe(Stage::Coreference);
    let events = events::extract_with_coref(
        events::PRODUCTION_CODER,
        text,
        &syn,
        &actors,
        &statements,
        events::EventLexicon::builtin(),
        lexicon,
        &coref,
    );
    probe(Stage::Events);
    let mut x = Extraction {
        document: doc.header.clone(),
        actors: actors.to_actors(text, &offsets),
        statements,
        events,
        claims: Vec::new(),
        article_stances: Vec::new(),
    };
    // "Lebanon's interior minister said … ¶ Nohad Machnouk also says …": the title is the
    // official the next sentence names.
    title_speakers::name_title_speakers(&mut x, &sentences, &offsets, lexicon);
    // The same links as claims take them, so a proposition about a description has its subject.
    let links: Vec<claims::props::CorefLinkRef> = coref
        .links()
        .iter()
        .map(|l| {
            let m = &actors.mentions[l.antecedent];
            claims::props::CorefLinkRef {
                token: l.token,
                actor_id: actors.actor_of(m).id.clone(),
                antecedent: text[m.start..m.end].to_string(),
            }
        })
        .collect();
    let (claims, lede_names) = claims::read_claims(
        &x,
        text,
        &syn,
        claims::ClaimLexicon::embedded(),
        lexicon,
        &links,
    );
    x.claims = claims;
    // "An American journalist … James Wright Foley went missing …": what the journalist says
    // later ("He says: …") is Foley's, as the claims about him are.
    name_lede_speakers(&mut x, &lede_names);
    probe(Stage::Claims);
    // Post-pass: dates the text gives for statements and events (no stage depends on them).
    dates::attach(&mut x, text, &offsets, &sentences);
    probe(Stage::Dates);
    x
}

/// Statements spoken by a lede's unnamed person whom the next sentences name get the named
/// person as speaker (and in relay chains), and events done by or to them that person (as their
/// claims, `claims::read_claims`); the mention stays the words the text used.
fn name_lede_speakers(x: &mut Extraction, names: &[claims::LedeName]) {
    let Extraction {
        actors,
        statements,
        events,
        ..
    } = x;
    for e in events.iter_mut() {
        claims::name_event_parties(e, actors, names);
    }
    let rename = |r: &mut model::ActorRef| claims::name_described(r, actors, names);
    for s in statements.iter_mut() {
        // Named now: no longer an anonymous source.
        if rename(&mut s.speaker) && s.sourcing == model::Sourcing::Anonymous {
            s.sourcing = model::Sourcing::Named;
        }
        for v in &mut s.via {
            rename(v);
        }
    }
}

/// The [`syntax::Doc`]'s sentences as the byte spans the text-level stages (actors, attribution,
/// dates) read, each with its paragraph: the number of line breaks before it, as
/// [`text::sentences`] counts them (a run of newlines is one break).
pub fn doc_sentences(text: &str, doc: &syntax::Doc) -> Vec<text::Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(doc.sentences.len());
    let (mut pos, mut paragraph, mut in_break) = (0usize, 0usize, false);
    for s in &doc.sentences {
        let (start, end) = (s.start as usize, (s.end as usize).min(text.len()));
        if start < pos || start >= end {
            continue;
        }
        for &b in &bytes[pos..start] {
            match b {
                b'\n' if !in_break => {
                    paragraph += 1;
                    in_break = true;
                }
                b'\n' | b' ' => {}
                _ => in_break = false,
            }
        }
        in_break = false;
        out.push(text::Sentence {
            start,
            end,
            paragraph,
        });
        pos = start;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_sentences_number_paragraphs_like_the_text_splitter() {
        let text = text::normalize(
            "Iran's foreign ministry denied the report on Monday. It said no drones were sent.\n\n\
             \"We have not supplied any weapons,\" the spokesman told reporters.\n\
             Ukraine's air force said it shot down 12 drones overnight.",
        );
        let doc = syntax::parse(&text);
        let from_doc = doc_sentences(&text, &doc);
        let from_text = text::sentences(&text);
        let spans = |v: &[text::Sentence]| -> Vec<(usize, usize, usize)> {
            v.iter().map(|s| (s.start, s.end, s.paragraph)).collect()
        };
        assert_eq!(spans(&from_doc), spans(&from_text));
        assert_eq!(
            from_doc.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
            [0, 0, 1, 2]
        );
    }

    #[test]
    fn doc_sentences_keep_initials_inside_a_sentence() {
        // The text splitter breaks after "J.J."; the parser's tokeniser does not.
        let text = text::normalize(
            "Disney is considering J.J. Abrams' demand, a studio source said. Talks continue.",
        );
        let doc = syntax::parse(&text);
        let s = doc_sentences(&text, &doc);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(text[s[0].start..s[0].end].ends_with("said."));
        assert_eq!(s[1].paragraph, 0);
    }

    #[test]
    fn doc_sentences_of_empty_and_odd_text_are_well_formed() {
        for raw in ["", "   ", "\n\n", "…", "\"\"", "a.\n\nb."] {
            let text = text::normalize(raw);
            let doc = syntax::parse(&text);
            let s = doc_sentences(&text, &doc);
            assert!(s.iter().all(|x| x.start < x.end && x.end <= text.len()));
            assert!(s.windows(2).all(|w| w[0].end <= w[1].start));
        }
    }
}
