//! The mood of a coded act, split from `tree.rs`'s coding function: a refused act is the
//! refusal, an announced one the intent (`refusal` and `intent` in `roles.tsv`), an act in the
//! future tense a plan, and a supposed act none.

use super::*;
use crate::model::Modality;
use dossier_syntax::frames::Frame;

/// The code and modality an act takes from the verbs around it.
pub(super) struct Mood {
    pub cameo: String,
    pub modality: Modality,
    pub refused: bool,
    pub announced: bool,
    pub planned: bool,
}

impl Coder<'_> {
    /// The mood of the act at `i` coded `cameo`: `Err` with the stage when it did not happen.
    /// An announced threat with no one named is aimed at the party of its condition, which
    /// `targets` receives.
    pub(super) fn mood(
        &self,
        i: usize,
        f: &Frame,
        stmt: Option<&Statement>,
        cameo: &str,
        sources: &[Part],
        targets: &mut Vec<Part>,
    ) -> Result<Mood, &'static str> {
        let act = cameo;
        let mut modality = self.modality(f, stmt);
        // A refused act is the refusal, which happened ("Israel is refusing to lift the curfew"
        // → 1241; "the US said it would not meet their demands" → 125).
        let refusal_code;
        let refused = f
            .controllers
            .first()
            .is_some_and(|c| self.roles.lemma_is(c, LemmaKind::Refusal))
            || self.self_announced(f, sources, true);
        let (cameo, refused) = match self.roles.refusal(cameo).filter(|_| refused) {
            Some(c) => {
                refusal_code = c.to_string();
                modality = if stmt.is_some() {
                    crate::model::Modality::Reported
                } else {
                    crate::model::Modality::Asserted
                };
                (refusal_code.as_str(), true)
            }
            None => (cameo, false),
        };
        // An announced act is the intent to act ("promised to give Tanzania a grant" → 033).
        let intent_code;
        // "Finland will give Tanzania a grant", "Kerry will visit Moscow": an act in the future
        // tense is a plan. Its CAMEO code stays the act's, with modality `future`, as the
        // PETRARCH-2 and UniversalPetrarch records code "will supply arms" (072); its PLOVER type
        // is the plan's (see `Coded::planned`), as the PLOVER codebook and gold records code an
        // announced act (AGREE, THREATEN) — when the act stays a plan: not negated, hypothetical or
        // denied (modality `future`).
        let planned = !refused
            && !f.negated
            && f.modals
                .iter()
                .any(|m| self.roles.modality(m) == Some(crate::model::Modality::Future));
        let announced = !refused
            && (f
                .controllers
                .iter()
                .any(|c| self.roles.lemma_is(c, LemmaKind::Intent))
                || self.self_announced(f, sources, false));
        let cameo = match (announced, self.roles.intent(cameo)) {
            (true, Some(c)) => {
                intent_code = c.to_string();
                intent_code.as_str()
            }
            _ => cameo,
        };
        // An announced act takes its new class's needs: a threat is aimed at someone ("threatened
        // to carry out attacks" on no one named is no trackable threat).
        if announced && targets.is_empty() && cameo.starts_with("13") {
            *targets = self.condition_party(i, sources);
        }
        if announced && targets.is_empty() && cameo.starts_with("13") {
            *targets = self.threatened_place(act, f);
        }
        if announced && targets.is_empty() && !self.roles.rule(cameo).is_some_and(|r| r.alone) {
            return Err("announced act without target");
        }
        // "If Kayla Mueller was killed by ISIS", "not aware of ISIL conducting any flight
        // operations", "if Boko Haram wanted to declare a ceasefire": a supposed, questioned or
        // wished-for act did not happen. An act done by saying it (`said` in roles.tsv) did:
        // "threatening to kill Sotloff unless Obama calls a halt" is a threat made. A supposed
        // act a speaker states as a condition stays, marked hypothetical: it is the stake the
        // brief's "Why it matters" quotes ("Kuleba warned that if Iran sends more drones to
        // Russia, Europe would respond with new sanctions").
        // Not an act the condition itself only wishes, tries or might do ("'If Boko Haram
        // wanted to declare a ceasefire, it would come from its leader,' he told AFP"): the
        // stake is an act supposed, not one wanted or attempted.
        let own_supposition = f
            .controllers
            .iter()
            .chain(&f.modals)
            .any(|c| self.roles.modality(c) == Some(crate::model::Modality::Hypothetical));
        if modality == crate::model::Modality::Hypothetical
            && !self.roles.rule(cameo).is_some_and(|r| r.said)
            && (own_supposition
                || !stmt.is_some_and(|s| s.stance == crate::model::Stance::Conditional))
        {
            return Err("supposed act (hypothetical)");
        }
        Ok(Mood {
            cameo: cameo.to_string(),
            modality,
            refused,
            announced,
            planned,
        })
    }
}
