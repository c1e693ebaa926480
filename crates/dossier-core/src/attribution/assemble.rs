//! Statements out of resolved drafts: each draft's speaker resolved in text order (a
//! `Same` draft takes its antecedent's), its relays gathered from the statements enclosing it,
//! its stance and the rules' confidence read, and the [`Statement`]s numbered.

use super::resolve::{
    as_written, is_pronoun_text, resolve_phrase, strip_det, unattributed, Ctx, Prior,
};
use super::*;

impl Attributor<'_> {
    /// Is byte `at` in a sentence of page furniture?
    fn in_furniture(&self, at: usize) -> bool {
        let Some(doc) = self.doc else { return false };
        let si = doc.sentences.partition_point(|x| (x.end as usize) <= at);
        self.furniture.get(si).copied().unwrap_or(false)
    }

    pub(super) fn finish(
        self,
        actors: &ActorLayer,
        offsets: &Offsets,
        states: &crate::lexicon::Lexicon,
    ) -> Vec<Statement> {
        let t = self.text;
        let ctx = Ctx {
            quotes: &self.quotes,
            doc: self.doc,
            states,
        };
        let lex = Lexicon::get();
        let n = self.drafts.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (self.drafts[i].content.0, self.drafts[i].cue.0));
        // Resolved speaker of each draft (by push index).
        let mut resolved: Vec<Option<(ActorRef, Option<ActorRef>, Sourcing)>> = vec![None; n];
        let mut history: Vec<Prior> = Vec::new();
        for &di in &order {
            let d = &self.drafts[di];
            // "SYRIAN WAR: 10 points to help understand …": a related link says nothing, and
            // its "speaker" is no antecedent for a later "he said".
            if self.in_furniture(d.cue.0) {
                continue;
            }
            let r = match &d.speaker {
                Speaker::None => unattributed(None),
                Speaker::Same(_) => continue,
                Speaker::Phrase(s, e) => {
                    // A phrase holding another cue ("the ministry rejected reports") is left
                    // whole: the statement it swallows is dropped later.
                    let e = &if self.hit_range(*s, *e).next().is_none() {
                        phrases::cut_at_own_verb(self.doc, t, *s, *e)
                    } else {
                        *e
                    };
                    let r = resolve_phrase(t, *s, *e, actors, offsets, &history, &ctx);
                    history.push((
                        r.0.clone(),
                        r.2,
                        t[*s..*e].to_string(),
                        r.1.as_ref().map(|b| b.id.clone()),
                    ));
                    r
                }
            };
            resolved[di] = Some(r);
        }
        for &di in &order {
            let mut p = di;
            let mut hops = 0;
            while let Speaker::Same(q) = self.drafts[p].speaker {
                p = q;
                hops += 1;
                if hops > n {
                    break;
                }
            }
            if p != di {
                resolved[di] = resolved[p].clone();
            }
        }
        let mut out: Vec<Statement> = Vec::with_capacity(n);
        for &di in &order {
            let d = &self.drafts[di];
            // Never emit a statement without words (an empty quote “”).
            if d.content.0 >= d.content.1 || t[d.content.0..d.content.1].trim().is_empty() {
                continue;
            }
            let Some((mut speaker, mut behalf, mut sourcing)) = resolved[di].clone() else {
                continue;
            };
            if d.anonymous_hint {
                sourcing = Sourcing::Anonymous;
            }
            // Own relays, then the enclosing statements' speakers and relays, nearest first:
            // "Iranian media reported that Nozari was quoted by ILNA as saying …" gives
            // Nozari via ILNA, Iranian media.
            let mut via: Vec<ActorRef> = Vec::new();
            let mut cur = di;
            let mut seen: Vec<usize> = Vec::new();
            loop {
                seen.push(cur);
                let c = &self.drafts[cur];
                if cur != di {
                    if let Some((sp, _, _)) = &resolved[cur] {
                        via.push(sp.clone());
                    }
                }
                via.extend(
                    c.via
                        .iter()
                        .map(|&(s, e)| resolve_phrase(t, s, e, actors, offsets, &[], &ctx).0),
                );
                // The narrowest enclosing content, the earliest pushed among equals.
                let outer = self
                    .drafts_containing(c.cue.0, c.cue.1)
                    .filter(|&oi| {
                        !seen.contains(&oi) && !matches!(self.drafts[oi].speaker, Speaker::None)
                    })
                    .min_by_key(|&oi| (self.drafts[oi].content.1 - self.drafts[oi].content.0, oi));
                match outer {
                    Some(o) => cur = o,
                    None => break,
                }
            }
            // "He felt “…”, according to Mr Qureshi": no one is reported on his own word as
            // "he", so a he/she resolved to the speaker of the statement holding it is someone
            // else; it stays the pronoun as written (low confidence) rather than a guess.
            let pronoun = match d.speaker {
                Speaker::Phrase(s, e) => {
                    matches!(t[s..e].to_lowercase().as_str(), "he" | "she").then_some((s, e))
                }
                _ => None,
            };
            if let Some((s, e)) = pronoun {
                let first_outer = self
                    .drafts_containing(d.cue.0, d.cue.1)
                    .filter(|&oi| oi != di && !matches!(self.drafts[oi].speaker, Speaker::None))
                    .min_by_key(|&oi| (self.drafts[oi].content.1 - self.drafts[oi].content.0, oi));
                let relayed_by_self = first_outer.is_some_and(|o| {
                    self.drafts[o].mode == Mode::AccordingTo
                        && resolved[o].as_ref().is_some_and(|r| r.0.id == speaker.id)
                });
                if relayed_by_self {
                    speaker = as_written(&t[s..e], t[s..e].to_string(), offsets.span(t, s, e));
                    behalf = None;
                    sourcing = Sourcing::Named;
                }
            }
            // No relay through oneself, and each relay once.
            let mut ids: Vec<String> = vec![speaker.id.clone()];
            via.retain(|v| {
                if ids.contains(&v.id) {
                    false
                } else {
                    ids.push(v.id.clone());
                    true
                }
            });
            let class = self.hit_starting(d.cue.0).map(|h| h.class);
            let stance = negated_cue(t, d, content_stance(t, d, lex));
            let confidence = confidence(t, d, class, &speaker);
            out.push(Statement {
                id: String::new(),
                speaker,
                on_behalf_of: behalf,
                cue: offsets.span(t, d.cue.0, d.cue.1),
                mode: d.mode,
                stance,
                content: offsets.span(t, d.content.0, d.content.1),
                via,
                sourcing,
                confidence,
                date: None,
            });
        }
        for (i, s) in out.iter_mut().enumerate() {
            s.id = format!("s{}", i + 1);
        }
        out
    }
}

/// The rules' confidence in a statement (0–1), from how its speaker was found and how much it
/// says: a quote with its cue and a resolved speaker is near certain; an unresolved pronoun,
/// a one-word lowercase fragment ("paper", "men") or a speakerless marker is a guess.
fn confidence(text: &str, d: &Draft, class: Option<CueClass>, speaker: &ActorRef) -> f32 {
    let mention = speaker.mention.as_ref().map(|m| m.text.as_str());
    let unknown = speaker.id.starts_with(UNKNOWN_PREFIX);
    let mut c: f32 = match (&d.speaker, mention) {
        (Speaker::None, _) | (_, None) => 0.55,
        _ if speaker.id == UNATTRIBUTED_ID => 0.55,
        (_, Some(m)) if is_pronoun_text(m) && unknown => 0.3,
        // "said one" of a group the text names ("one resident") is no fragment.
        (_, Some(m)) if unknown && is_fragment(m) && !counted::named_group(m, &speaker.name) => 0.3,
        (_, Some(m)) if is_pronoun_text(m) || m.starts_with("his ") || m.starts_with("her ") => {
            0.75
        }
        _ if unknown => 0.65,
        _ => 0.9,
    };
    if d.mode == Mode::Direct && !matches!(d.speaker, Speaker::None) {
        c += 0.05;
    }
    if matches!(d.speaker, Speaker::Same(_)) {
        c -= 0.05;
    }
    if matches!(class, Some(CueClass::Participle | CueClass::Object)) {
        c -= 0.1;
    }
    let words = text[d.content.0..d.content.1].split_whitespace().count();
    if words < 3 {
        c -= 0.25;
    }
    c.clamp(0.05, 0.99)
}

/// A speaker phrase of one lowercase word after an optional article ("the head", "men").
/// Nouns that head a speaker phrase ("officials", "the ministry") are not fragments.
fn is_fragment(m: &str) -> bool {
    let w = strip_det(m.trim());
    let lw = w.to_lowercase();
    !w.contains(' ')
        && w.chars().next().is_some_and(char::is_lowercase)
        && ![SPEAKER_NOUNS, BODY_NOUNS, GENERIC_GROUPS]
            .iter()
            .any(|l| l.contains(&lw.as_str()))
}
