use dossier_core::*;
#[test]
fn scratch() {
    let text = std::env::var("ATTR_TEXT").unwrap_or_default();
    let doc = make_document(&text, DocumentHeader::default());
    let ex = extract(&doc);
    for s in &ex.statements {
        println!("{} [{}] cue={:?} mode={:?} stance={:?} src={:?} via={:?} behalf={:?}\n    content={:?}",
            s.id, s.speaker.mention.as_ref().map(|m| m.text.as_str()).unwrap_or("-"), s.cue.text, s.mode, s.stance, s.sourcing,
            s.via.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(), s.on_behalf_of.as_ref().map(|b| b.name.clone()), s.content.text);
    }
}
