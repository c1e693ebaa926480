//! "The fighters, armed with rifles and grenades, attacked the checkpoint": the tagger reads
//! "armed" as an adjective, and the greedy parser makes it the head of the sentence with the
//! subject under it and the real verb its conjunct, so the frame reader finds no doer of the
//! attack. A past-participle-like word (JJ, VBN, or VBD with no object, ending in -ed) right
//! after the comma that follows its subject, with no auxiliary, copula or marker of its own,
//! governing a finite verb after a second comma that has no subject and no conjunction of its
//! own (or hung on such a verb: "The hostages, exhausted and frightened, were flown"), is a
//! modifier (`acl`) of the subject; the verb takes its place in the tree and the subject.

use super::relative_clause::noun_ending_at;
use super::{finite, RepairWord, Shape};
use crate::doc::{Rel, Upos};

/// Hand each such participle's place to the verb it governs; returns how many moved.
pub fn participle_heading_verb<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |p: usize| {
        let w = word(p);
        p >= 2
            && matches!(w.xpos, "JJ" | "VBN" | "VBD")
            && w.form.len() > 3
            && w.form.to_ascii_lowercase().ends_with("ed")
            && word(p - 1).form == ","
    };
    let mut fixes = 0;
    for p in 0..n {
        if !candidate(p) {
            continue;
        }
        let shape = Shape::new(n, heads);
        // No clause of its own; a past form ("masked", read as VBD) takes no object either.
        if shape.kids[p].iter().any(|&k| {
            matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Cop | Rel::Mark)
                || (rels[k] == Rel::Obj && word(p).xpos == "VBD")
        }) {
            continue;
        }
        // The subject: the noun phrase ending right before the comma, under the participle.
        let Some(noun) = noun_ending_at(p - 2, &word, heads, rels) else {
            continue;
        };
        if heads[noun] as usize != p || !rels[noun].is_subject() || shape.left[p] > noun {
            continue;
        }
        // The verb: a finite clause after a comma that closes the participle's phrase, with no
        // subject or conjunction of its own, under the participle or governing it.
        let verb = |v: usize| {
            v > p
                && matches!(word(v).upos, Upos::Verb | Upos::Aux)
                && (finite(word(v).xpos)
                    || shape.kids[v].iter().any(|&k| {
                        matches!(rels[k], Rel::Aux | Rel::AuxPass) && finite(word(k).xpos)
                    }))
                && !shape.kids[v].iter().any(|&k| {
                    rels[k].is_subject() || matches!(rels[k], Rel::Cc | Rel::Mark | Rel::Expl)
                })
        };
        let up = heads[p] as usize;
        let governs = up < n
            && verb(up)
            && matches!(rels[p], Rel::Advcl | Rel::Parataxis | Rel::Conj | Rel::Dep)
            && shape.right[p] < up;
        let v = if governs {
            up
        } else {
            let Some(&v) = shape.kids[p].iter().find(|&&v| {
                verb(v) && matches!(rels[v], Rel::Conj | Rel::Parataxis | Rel::Advcl | Rel::Dep)
            }) else {
                continue;
            };
            v
        };
        let opens = if governs {
            shape.right[p] + 1
        } else {
            shape.left[v]
        };
        if !(p + 1..=opens.min(v)).any(|k| word(k).form == ",") {
            continue;
        }
        // The participle's phrase: its dependents between it and the verb's phrase stay; the
        // ones after the verb (the final stop, an adverb) belong to the verb.
        for head in heads.iter_mut().skip(v + 1) {
            if *head as usize == p {
                *head = v as u32;
            }
        }
        let passive = shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass);
        if !governs {
            heads[v] = heads[p];
            rels[v] = rels[p];
        }
        heads[noun] = v as u32;
        rels[noun] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        heads[p] = noun as u32;
        rels[p] = Rel::Acl;
        heads[p - 1] = p as u32;
        rels[p - 1] = Rel::Punct;
        fixes += 1;
    }
    fixes
}
