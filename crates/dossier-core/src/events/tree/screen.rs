//! Checks on the participants of a coded act, split from `tree.rs`'s coding function: a
//! third-person pronoun in a quotation taken for its speaker, a target that is the source's own
//! body or state, a capital a traveller went to; then whether the class has the target, object
//! or doer it needs (a private person's trip or meeting, aid to its own thing, a denied act on
//! no one, an alone class done by a person or on nothing).

use super::*;
use crate::events::roles::RoleRule;
use dossier_syntax::frames::Frame;

/// What [`Coder::target_needs`] reads of the act besides its participants.
pub(super) struct Needs<'r> {
    pub cameo: &'r str,
    pub rule: Option<&'r RoleRule>,
    pub motion: bool,
    pub verbal: bool,
    pub object: Option<usize>,
    pub undergoer: Option<usize>,
    pub implicit: bool,
}

impl Coder<'_> {
    /// Mend or drop the participants of the act at `i`: `Err` with the stage when the act is
    /// none.
    pub(super) fn screen_parts(
        &self,
        i: usize,
        f: &Frame,
        stmt: Option<&Statement>,
        motion: bool,
        sources: &mut Vec<Part>,
        targets: &mut Vec<Part>,
    ) -> Result<(), &'static str> {
        let doc = self.doc;
        // Inside a quotation the speaker is "I": a "him" or "He" there is someone else ("That
        // ISIL would choose to kill him", Miliband said; ‘they had killed him’, Abdulla said;
        // “He went to Syria to help”). A third-person pronoun taken for the quotation's own
        // speaker — resolved by the actor layer, or a subject read as the reporting clause's
        // subject — is a wrong antecedent.
        if let Some(s) = stmt.filter(|s| s.mode == crate::model::Mode::Direct) {
            let quoted_third = |k: usize| {
                let at = self.offsets.char_offset(doc.tokens[k].start as usize);
                s.content.start <= at
                    && at < s.content.end
                    && matches!(self.lower[k].as_str(), "he" | "him" | "his" | "she" | "her")
            };
            let speaker = |p: &Part| {
                self.layer.actors[self.layer.mentions[p.mention].actor].id == s.speaker.id
            };
            let for_speaker = |p: &Part| {
                let m = &self.layer.mentions[p.mention];
                let at = self.offsets.char_offset(m.start);
                m.form == crate::actors::MentionForm::Pronoun
                    && s.content.start <= at
                    && at < s.content.end
                    && matches!(
                        self.text[m.start..m.end].to_lowercase().as_str(),
                        "he" | "him" | "his" | "she" | "her"
                    )
                    && speaker(p)
            };
            if targets.iter().any(for_speaker) {
                return Err("third-person pronoun for the quotation's speaker");
            }
            let subject = f.doer().is_some_and(quoted_third) && sources.iter().any(speaker);
            if subject || sources.iter().any(for_speaker) {
                // "“He attacked me first,” Wilson said": the doer is the nearest person of the
                // pronoun's gender named before it, not the speaker.
                match f.doer().and_then(|d| {
                    let before = self.offsets.byte_offset(s.content.start);
                    self.quoted_pronoun_person(d, &s.speaker.id, before)
                }) {
                    Some(p) => *sources = vec![p],
                    None => return Err("third-person pronoun for the quotation's speaker"),
                }
            }
        }
        // Nor a pronoun standing for the body a source belongs to ("we subsequently destroyed
        // it", said by a Pentagon spokesman, is not aimed at the Pentagon).
        targets.retain(|tp| {
            let m = &self.layer.mentions[tp.mention];
            let a = m.actor;
            let own_body = |sp: &Part| {
                let s = &self.layer.actors[self.layer.mentions[sp.mention].actor];
                s.affiliation.as_deref() == Some(self.layer.actors[a].id.as_str())
            };
            !sources.iter().any(|sp| {
                self.layer.mentions[sp.mention].actor == a
                    || (m.form == crate::actors::MentionForm::Pronoun && own_body(sp))
            })
        });
        // "Kim Jong-un visited a farm in Pyongyang", "Jonathan attended a rally in Abuja": a
        // person's or state organ's own state is no counterpart of its act (a domestic visit
        // consults no one).
        targets.retain(|tp| {
            let a = &self.layer.actors[self.layer.mentions[tp.mention].actor];
            a.kind != crate::model::ActorKind::State
                || !sources.iter().any(|sp| {
                    let s = &self.layer.actors[self.layer.mentions[sp.mention].actor];
                    // (A group is not its country's organ: Boko Haram attacking Nigeria.)
                    matches!(
                        s.kind,
                        crate::model::ActorKind::Person
                            | crate::model::ActorKind::GovernmentBody
                            | crate::model::ActorKind::Military
                    ) && s.country.as_deref() == Some(a.id.as_str())
                })
        });

        // "Maduro rushed to Havana": a trip to a capital names where the traveller went, not
        // who received them. The destination is a host only as the state itself ("travelled to
        // Iraq") or when the trip is for a meeting ("flew to Beijing for talks", "to meet Xi").
        if motion && !self.meeting_purpose(i) {
            targets.retain(|tp| {
                self.layer.mentions[tp.mention].form != crate::actors::MentionForm::Metonym
            });
        }
        Ok(())
    }

    /// Whether the act at `i` has the target, object or doer its class needs: `Err` with the
    /// stage when it does not. A threat with no one named is aimed at the party of its
    /// condition, which `targets` receives.
    pub(super) fn target_needs(
        &self,
        i: usize,
        f: &Frame,
        n: &Needs<'_>,
        sources: &[Part],
        targets: &mut Vec<Part>,
    ) -> Result<(), &'static str> {
        let doc = self.doc;
        let Needs {
            cameo,
            rule,
            motion,
            verbal,
            object,
            undergoer,
            implicit,
        } = *n;
        // A class that needs a target is no event without one ("the US did not meet their
        // demands", "Trump welcomed the news"), unless a compound subject acts together ("Iran
        // and Russia signed an agreement"); a motion verb needs its oblique actor.
        // A private person going somewhere ("Bary traveled to Syria", "Mr Abdulla decided to go
        // to Iraq") is no visit; an official's or leader's trip is. Nor is a private person's
        // attending or visiting a place ("Paul Horner, who attends North Valley High School").
        if (motion || (verbal && cameo.starts_with("042")))
            && sources
                .first()
                .is_some_and(|p| self.private_person(p.mention))
        {
            return Err("private person's motion");
        }
        // "Chandler met Phelps on dating app Tinder", "Lin eventually approaches Thomas": a
        // meeting or contact (04) between private persons — no post or office on either side —
        // is private life, not a consultation between political actors.
        if cameo.starts_with("04")
            && !targets.is_empty()
            && sources
                .iter()
                .chain(targets.iter())
                .all(|p| self.private_person(p.mention))
        {
            return Err("private persons' meeting");
        }
        // "to help the country protect its borders", "Kyiv must supply its troops": aid (07)
        // to what the doer itself owns — a thing, not people — goes to no one.
        if cameo.starts_with("07") && targets.is_empty() && self.own_thing(object, sources) {
            return Err("aid to its own thing");
        }
        // "Detroit police said the truck had not been stolen": a denied act on no one named is
        // no act of the speaker's side — the police are not the thief. Only an act on a named
        // party ("No missile was sent to Russia," the general said) is about the side that speaks.
        if implicit && targets.is_empty() {
            return Err("speaker's side with no target");
        }
        // "Iran threatened to launch a new offensive unless Baghdad accepted its conditions": a
        // threat with a condition and no one else named is aimed at the one asked to act.
        if targets.is_empty() && cameo.starts_with("13") {
            *targets = self.condition_party(i, sources);
        }
        let alone = rule.is_some_and(|r| r.alone);
        let together = sources.len() > 1 && self.mutual_hint(f, rule, i);
        if targets.is_empty() && (motion || !(alone || together)) {
            return Err("no target (class needs one)");
        }
        // A class that may stand alone does so only as the act of a state, body or group on
        // something that is not an unresolved pronoun: "Kim Jong-un has broken his ankles" and
        // "the group said it had beheaded him" (who?) are not trackable events.
        if targets.is_empty() && !implicit {
            // A company's, university's or charity's act on no one named is its own business,
            // not a political event ("Apple will offer a low power mode", "Apple is targeting
            // 19 hours of battery life", "the university banned the word", "Comcast billed him");
            // an intergovernmental body's is ("the UN launched an investigation").
            let person_source = sources.first().is_some_and(|p| {
                let actor = &self.layer.actors[self.layer.mentions[p.mention].actor];
                match actor.kind {
                    crate::model::ActorKind::Person => true,
                    crate::model::ActorKind::Organisation => !actor.id.starts_with("IGO."),
                    _ => false,
                }
            });
            // An unresolved pronoun ("they killed him"): who? A person described ("kidnapped a
            // US aid worker") is the victim as reported, one or many, when a state, body or group
            // acted (the GUIDE's events are done to an actor or to a person or group).
            let victim = undergoer.is_some_and(|u| doc.tokens[u].upos == Upos::Pron);
            // A coercion or assault on nothing named ("Johnson took | to CNN") is no event.
            let violent = ["17", "18", "19", "20"]
                .iter()
                .any(|r| cameo.starts_with(r));
            // …nor in a passive on a bare number ("One [bundle] was destroyed by the U.S.").
            let nothing = (object.is_none() && f.voice == Voice::Active)
                || undergoer.is_some_and(|u| doc.tokens[u].upos == Upos::Num);
            if person_source || victim || (violent && nothing) {
                return Err("alone-class guard (person source, victim, violence on nothing)");
            }
        }
        // A person's act with neither target nor object ("he went", "he arrived") says
        // nothing an analyst can track: not coded, unless the members of a compound subject
        // act together ("the two leaders met").
        let objectless = object.is_none_or(|o| doc.tokens[o].upos == Upos::Pron);
        // Only for people: a state's or group's intransitive act ("Syria withdrew", "Kurds
        // demonstrated") is an event.
        let by_person = sources.first().is_some_and(|p| {
            let a = self.layer.mentions[p.mention].actor;
            self.layer.actors[a].kind == crate::model::ActorKind::Person
        });
        // Nor a negated one ("the US will not back down"): nothing happened to anyone. Nor
        // cooperation with no one on nothing ("Boko Haram had agreed", "ISIS and allied",
        // "extremists were actively collaborating"), help given to no one of nothing ("France
        // and Britain have helped"), an inquiry into nothing ("the FBI was investigating") or a
        // demand of no one for nothing ("Isis needs", "the White House has sought to push").
        if targets.is_empty()
            && objectless
            && (by_person
                || f.negated
                || ["05", "07", "09", "10"]
                    .iter()
                    .any(|c| cameo.starts_with(c)))
            && f.kind == PredKind::Verb
            && !together
            && !implicit
        {
            return Err("person's act with no target or object");
        }
        Ok(())
    }
}
