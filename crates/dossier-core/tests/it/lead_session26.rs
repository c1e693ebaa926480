//! Session 26, from the lead's reading of real articles: a lede's unnamed person whom the next
//! sentence names speaks as that person later on. Sentences written for these tests, each with
//! a control.

use dossier_core::{extract, make_document, DocumentHeader, Statement};

fn statements(text: &str) -> Vec<Statement> {
    extract(&make_document(text, DocumentHeader::default())).statements
}

fn by_content<'a>(st: &'a [Statement], words: &str) -> &'a Statement {
    st.iter()
        .find(|s| s.content.text.contains(words))
        .unwrap_or_else(|| panic!("no statement with {words:?}: {st:#?}"))
}

#[test]
fn the_lede_person_named_next_speaks_as_the_named_person() {
    let text = "A Japanese journalist who was kidnapped in Syria has appeared in a new video.\n\n\
                Kenji Sato went missing in October while reporting near Aleppo.\n\n\
                In the footage a masked man stands beside Sato as he reads a statement.\n\n\
                The journalist is then made to address his wife.\n\n\
                He says: \"I am asking my government to pay for my freedom.\"";
    let st = statements(text);
    let s = by_content(&st, "asking my government");
    assert_eq!(s.speaker.id, "PERSON.kenji-sato", "{st:#?}");
    // The mention stays the words the text used.
    assert_eq!(
        s.speaker.mention.as_ref().map(|m| m.text.as_str()),
        Some("He")
    );
    // Control: a lede person the next sentences do not name stays the unnamed person.
    let text = "A Japanese journalist who was kidnapped in Syria has appeared in a new video.\n\n\
                The footage was posted on Sunday by a media arm of the group.\n\n\
                The journalist is then made to address his wife.\n\n\
                He says: \"I am asking my government to pay for my freedom.\"";
    let st = statements(text);
    let s = by_content(&st, "asking my government");
    assert_ne!(s.speaker.id, "PERSON.kenji-sato", "{st:#?}");
    assert!(s.speaker.id.contains("journalist"), "{st:#?}");
}

#[test]
fn the_post_alone_is_the_post_named_before() {
    let text = "The Washington Post reported on Monday that the talks had stalled.\n\n\
                Two diplomats told the Post that Iran had rejected the latest offer.\n\n\
                The Post said the White House declined to comment.";
    let st = statements(text);
    let s = by_content(&st, "declined to comment");
    assert_eq!(s.speaker.id, "OUTLET.WAPO", "{st:#?}");
    // Control: with two outlets ending in "Post" named, "the Post" stays as written.
    let text = "The Washington Post and the New York Post both reported the story.\n\n\
                The Post said the White House declined to comment.";
    let st = statements(text);
    let s = by_content(&st, "declined to comment");
    assert!(
        s.speaker.id != "OUTLET.WAPO" && s.speaker.id != "OUTLET.NYPOST",
        "{st:#?}"
    );
}

#[test]
fn the_times_after_the_new_york_times_is_the_new_york_times() {
    let text = "The New York Times reported on Sunday that the strikes had resumed.\n\n\
                The Times said two officials had confirmed the account.";
    let st = statements(text);
    let s = by_content(&st, "two officials had confirmed");
    assert_eq!(s.speaker.id, "OUTLET.NYT", "{st:#?}");
    // Control: with no other Times named, The Times is the London paper.
    let text = "The Times said two officials had confirmed the account.";
    let st = statements(text);
    let s = by_content(&st, "two officials had confirmed");
    assert_eq!(s.speaker.id, "OUTLET.TIMES", "{st:#?}");
}

#[test]
fn he_after_an_unnamed_spokesman_is_the_spokesman() {
    let text = "Jeff Brown, the owner of the shop, told reporters the van was sold in 2013.\n\n\
                Reached by phone on Tuesday, a company spokesman denied any involvement. He said \
                the van had been sold at an auction in Houston.";
    let st = statements(text);
    let s = by_content(&st, "sold at an auction");
    assert!(s.speaker.id.contains("spokesman"), "{st:#?}");
    // Control: a person named between them is the one "he" refers to.
    let text = "Reached by phone on Tuesday, a company spokesman denied any involvement.\n\n\
                Jeff Brown, the owner of the shop, was in Houston at the time. He said \
                the van had been sold at an auction.";
    let st = statements(text);
    let s = by_content(&st, "sold at an auction");
    assert_eq!(s.speaker.id, "PERSON.jeff-brown", "{st:#?}");
}
