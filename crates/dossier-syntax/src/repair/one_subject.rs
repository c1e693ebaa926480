//! Give each clause one subject (session 15): where the greedy parser hung two `nsubj`/
//! `nsubj:pass` on one head, the extra one moves where the sentence's shape says it belongs
//! (split from `repair.rs` in session 35, unchanged).

use super::*;

/// One fix of a head with two plain subjects; returns whether the tree changed.
fn fix_one<'a>(
    n: usize,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    let shape = Shape::new(n, heads);
    for h in 0..n {
        let subs: Vec<usize> = shape.kids[h]
            .iter()
            .copied()
            .filter(|&k| is_plain_subject(rels[k]))
            .collect();
        if subs.len() < 2 {
            continue;
        }
        if time_read_as_subject(&subs, h, &shape, word, rels)
            || complementizer_that(&subs, h, &shape, word, heads, rels)
            || subject_of_bare_clause(&subs, h, &shape, word, heads, rels)
            || apposition(&subs, h, &shape, word, heads, rels)
            || noun_modifier(&subs, h, &shape, word, heads, rels)
            || participle_phrase_word(&subs, h, &shape, word, heads, rels)
            || clause_read_as_participle(&subs, h, &shape, word, heads, rels)
            || object_of_relative(&subs, h, &shape, word, heads, rels)
        {
            return true;
        }
    }
    false
}

/// "two people who know Foley confirmed that …": the object of a relative clause's verb read
/// as a second subject of the main verb. The first subject's relative clause ("who know") has a
/// finite active verb with no object and ends right before the second subject's phrase, no
/// comma between: the second subject is that verb's object (session 35, FNC-1 train).
fn object_of_relative<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    for pair in subs.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b > h {
            continue;
        }
        let Some(&v) = shape.kids[a]
            .iter()
            .find(|&&k| rels[k] == Rel::AclRelcl && k > a && k < b)
        else {
            continue;
        };
        let rv = word(v);
        let finite_active = rv.upos == Upos::Verb && matches!(rv.xpos, "VBP" | "VBZ" | "VBD");
        let relative_subject = shape.kids[v]
            .iter()
            .any(|&k| k < v && is_plain_subject(rels[k]) && relative_or_marker(word(k).xpos));
        let has_object = shape.kids[v].iter().any(|&k| {
            matches!(
                rels[k],
                Rel::Obj | Rel::Ccomp | Rel::Xcomp | Rel::AuxPass | Rel::Obl
            )
        });
        if !finite_active
            || !relative_subject
            || has_object
            || shape.right[v] + 1 != shape.left[b]
            || (v + 1..shape.left[b]).any(|k| word(k).upos == Upos::Punct)
        {
            continue;
        }
        heads[b] = v as u32;
        rels[b] = Rel::Obj;
        return true;
    }
    false
}

/// "Later Saturday, tribal leaders said": a time word (`data/syntax/time_words.txt`) read as a
/// subject, set off by a comma before the head's other subject, or right after the head with
/// the other subject before it ("officials said Thursday that …"). It is a time modifier of the
/// head (`obl:unmarked`), and the other is the subject. `subs` holds two subjects at least, in
/// order.
fn time_read_as_subject<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    rels: &mut [Rel],
) -> bool {
    let (t, other) = (subs[0], subs[1]);
    let comma_between = (t + 1..shape.left[other]).any(|k| word(k).form == ",");
    if other < h && comma_between && TIME_WORDS.contains_lower(word(t).form) {
        rels[t] = Rel::OblUnmarked;
        return true;
    }
    // "Officials said Thursday that U.S. attacks killed …": a time word right after the head,
    // whose other subject stands before it.
    let (other, t) = (subs[0], subs[1]);
    if other < h && t == h + 1 && TIME_WORDS.contains_lower(word(t).form) {
        rels[t] = Rel::OblUnmarked;
        return true;
    }
    false
}

/// "noted that Castro had not been seen": "that" read as a subject while the clause has its
/// real subject after it. It is the clause's marker; a clause it opens under a verb, or with a
/// passive or an object (so "that" cannot be its object), is a complement, not a relative.
fn complementizer_that<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    let last = subs[subs.len() - 1];
    // "that" right before the other subject's phrase ("That's when things went" and "a hole
    // that big, it would" keep their reading).
    let Some(&t) = subs.iter().find(|&&s| {
        s < last
            && last < h
            && shape.left[last] == s + 1
            && word(s).form.eq_ignore_ascii_case("that")
            && matches!(word(s).xpos, "WDT" | "IN" | "DT")
    }) else {
        return false;
    };
    // "whether that suspect was killed": a determiner on a bare singular noun.
    if word(t).xpos == "DT"
        && word(last).xpos == "NN"
        && last == t + 1
        && !shape.kids[last].iter().any(|&k| rels[k] == Rel::Det)
    {
        heads[t] = last as u32;
        rels[t] = Rel::Det;
        return true;
    }
    if rels[h] == Rel::AclRelcl {
        let g = heads[h] as usize;
        let governor_noun = g < heads.len() && word(g).upos.is_nominal();
        let not_object = rels[last] == Rel::NsubjPass
            || (0..heads.len()).any(|k| heads[k] as usize == h && rels[k] == Rel::Obj);
        if governor_noun && !not_object {
            return false;
        }
        rels[h] = if governor_noun { Rel::Acl } else { Rel::Ccomp };
    }
    rels[t] = Rel::Mark;
    true
}

/// "Officials said the federal prosecutor's office had sent teams" / "The suspects had ties to
/// other groups, Chaffetz said": a clause under the head has no subject, and one of the head's
/// two subjects stands right before it (nothing between them but the clause's auxiliaries and
/// adverbs) on the far side from the head. It is that clause's subject.
fn subject_of_bare_clause<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    for &s in subs {
        let ws = word(s);
        if !ws.upos.is_nominal() && !matches!(ws.upos, Upos::Num | Upos::Det) {
            continue;
        }
        if relative_or_marker(ws.xpos) || ws.form.eq_ignore_ascii_case("that") {
            continue;
        }
        let Some(v) = clause_after(s, h, shape, word, heads, rels) else {
            continue;
        };
        let before_head = s < v && v < h;
        let after_head = h < s && s < v;
        if !before_head && !after_head {
            continue;
        }
        let passive = shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass);
        heads[s] = v as u32;
        rels[s] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        return true;
    }
    false
}

/// The clause that starts right after subject `s`'s phrase: under `h`, or the verb `h` itself
/// hangs on ("The man told doctors he believes …", both nouns read as subjects of "believes");
/// every word between is the clause's auxiliary, copula or adverb; the clause is finite and
/// has no subject.
fn clause_after<'a>(
    s: usize,
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &[u32],
    rels: &[Rel],
) -> Option<usize> {
    let n = heads.len();
    let g = heads[h] as usize;
    let mut k = shape.right[s] + 1;
    while k < n && heads[k] as usize != h && k != g {
        if !matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Advmod | Rel::Cop) {
            return None;
        }
        k += 1;
    }
    let v = k;
    if v >= n || shape.has_subject(v, rels) {
        return None;
    }
    let complement = matches!(
        rels[v],
        Rel::Ccomp | Rel::Parataxis | Rel::Conj | Rel::Advcl | Rel::Dep
    );
    if v == g {
        // The governor: `h` is its complement, to its right.
        if !(v < h && matches!(rels[h], Rel::Ccomp | Rel::Parataxis)) {
            return None;
        }
    } else if !complement || shape.left[v] <= shape.right[s] {
        return None;
    }
    // Every word between the subject and the clause head hangs on the clause head.
    if (shape.right[s] + 1..v).any(|k| heads[k] as usize != v) {
        return None;
    }
    let is_finite = finite(word(v).xpos)
        || shape.kids[v].iter().any(|&k| {
            matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Cop) && finite(word(k).xpos)
        });
    let predicate = matches!(word(v).upos, Upos::Verb | Upos::Aux)
        || shape.kids[v].iter().any(|&k| rels[k] == Rel::Cop);
    (is_finite && predicate).then_some(v)
}

/// "Trip Chowdhry, an analyst at the firm, has predicted": a noun phrase set off by two commas
/// right after the first subject's phrase, read as a second subject. It is an apposition of
/// the nominal before the first comma (climbing from flat names, compounds and `nmod`s).
fn apposition<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    let n = heads.len();
    for pair in subs.windows(2) {
        let (a, c) = (pair[0], pair[1]);
        if c >= h {
            break;
        }
        let nominal = |x: usize| matches!(word(x).upos, Upos::Noun | Upos::Propn);
        if !nominal(a) || !nominal(c) {
            continue;
        }
        // The opening comma right after the first phrase (it may hang on either noun), the
        // closing one right after the second.
        let p1 = if word(shape.right[a]).form == "," {
            shape.right[a]
        } else {
            shape.right[a] + 1
        };
        let p2 = if word(shape.right[c]).form == "," {
            shape.right[c]
        } else {
            shape.right[c] + 1
        };
        if p1 >= n || p2 >= n || p2 <= c || word(p1).form != "," || word(p2).form != "," {
            continue;
        }
        if !(shape.left[c] == p1 || shape.left[c] == p1 + 1) || p1 <= a {
            continue;
        }
        // After the closing comma, only the head's auxiliaries and adverbs up to the head.
        if (p2 + 1..h).any(|k| {
            heads[k] as usize != h || !matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Advmod)
        }) {
            continue;
        }
        let mut t = p1 - 1;
        let mut steps = 0;
        while t != a
            && steps < n
            && (matches!(rels[t], Rel::Flat | Rel::Compound | Rel::Fixed | Rel::Nmod)
                || !nominal(t))
        {
            t = heads[t] as usize;
            steps += 1;
            if t >= n {
                return false;
            }
        }
        if t < shape.left[a] || t > shape.right[a] {
            return false;
        }
        heads[c] = t as u32;
        rels[c] = Rel::Appos;
        for p in [p1, p2] {
            heads[p] = c as u32;
            rels[p] = Rel::Punct;
        }
        return true;
    }
    false
}

/// "Assistant manager Katrina Cavanagh said", "Castro death alerts come": a bare noun (no
/// determiner, case marker or punctuation of its own) right before the second subject's phrase,
/// which starts with that subject's own word, read as a subject of its own. It modifies the
/// noun after it: a compound (a title on a name, a noun on a noun), or `nmod:poss` with a
/// possessive marker.
fn noun_modifier<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    for pair in subs.windows(2) {
        let (a, c) = (pair[0], pair[1]);
        if c >= h {
            break;
        }
        let nominal = |x: usize| matches!(word(x).upos, Upos::Noun | Upos::Propn);
        if !nominal(a) || !nominal(c) || shape.right[a] + 1 != shape.left[c] {
            continue;
        }
        // A plural noun does not modify the next one ("Nigerian officials Friday announced").
        if matches!(word(a).xpos, "NNS" | "NNPS") {
            continue;
        }
        // The second phrase starts at its noun or its own modifiers, not a determiner.
        if (shape.left[c]..c).any(|k| !matches!(rels[k], Rel::Compound | Rel::Amod | Rel::Flat)) {
            continue;
        }
        let mut poss = false;
        let bare = shape.kids[a].iter().all(|&k| match rels[k] {
            Rel::Case if word(k).xpos == "POS" => {
                poss = true;
                true
            }
            Rel::Compound | Rel::Amod | Rel::Flat | Rel::Nummod => true,
            _ => false,
        });
        if !bare || (shape.left[a]..=shape.right[a]).any(|k| word(k).upos == Upos::Punct) {
            continue;
        }
        // Two bare name words in a row ("Tim Cook", "David Cameron"): one name, headed by its
        // first word, the rest `flat` on it.
        let name = |x: usize| word(x).upos == Upos::Propn;
        if name(a)
            && name(c)
            && !poss
            && shape.kids[a].is_empty()
            && c == a + 1
            && shape.left[c] == c
        {
            let flat_tail: Vec<usize> = shape.kids[c]
                .iter()
                .copied()
                .filter(|&k| k > c && rels[k] == Rel::Flat)
                .collect();
            for k in flat_tail {
                heads[k] = a as u32;
            }
            heads[c] = a as u32;
            rels[c] = Rel::Flat;
            return true;
        }
        heads[a] = c as u32;
        rels[a] = if poss { Rel::NmodPoss } else { Rel::Compound };
        return true;
    }
    false
}

/// "A video posted on YouTube shows …", "An analyst named Yakoub Mustafa told …": a noun inside
/// the phrase of a participle on the first subject (no auxiliary, the noun's phrase starting
/// right after the participle's and no punctuation between) read as a second subject of the
/// main verb. It belongs to the participle: `obl` with its preposition (`obl:agent` for "by"),
/// or the name a naming participle gives (`xcomp`, as EWT has "a man named John").
fn participle_phrase_word<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    for &a in subs {
        if a > h {
            continue;
        }
        for &v in &shape.kids[a] {
            let w = word(v);
            if v < a || rels[v] != Rel::Acl || w.upos != Upos::Verb || w.xpos != "VBN" {
                continue;
            }
            if shape.kids[v]
                .iter()
                .any(|&k| matches!(rels[k], Rel::Aux | Rel::AuxPass) || rels[k].is_subject())
            {
                continue;
            }
            // The noun's phrase starts right after the participle's, or after one preposition
            // the parser hung on the main verb ("posted on YouTube shows").
            let after = shape.right[v] + 1;
            let stray = (after < heads.len()
                && heads[after] as usize == h
                && rels[after] == Rel::Case
                && word(after).upos == Upos::Adp)
                .then_some(after);
            let start = stray.map_or(after, |k| k + 1);
            let Some(&c) = subs
                .iter()
                .find(|&&c| c > v && c < h && shape.left[c] == start && word(c).upos.is_nominal())
            else {
                continue;
            };
            if (shape.left[c]..=shape.right[c]).any(|k| word(k).upos == Upos::Punct) {
                continue;
            }
            let case = stray.or_else(|| {
                shape.kids[c]
                    .iter()
                    .copied()
                    .find(|&k| k < c && rels[k] == Rel::Case && word(k).upos == Upos::Adp)
            });
            if let Some(k) = stray {
                heads[k] = c as u32;
            }
            let rel = match case {
                Some(k) if word(k).form.eq_ignore_ascii_case("by") => Rel::OblAgent,
                Some(_) => Rel::Obl,
                None if start == v + 1
                    && word(c).upos == Upos::Propn
                    && NAMING.iter().any(|x| x.eq_ignore_ascii_case(w.form)) =>
                {
                    Rel::Xcomp
                }
                None => continue,
            };
            heads[c] = v as u32;
            rels[c] = rel;
            return true;
        }
    }
    false
}

/// "Islamic State fighters seized a cache of weapons, activists said" / "Officials said the
/// prosecutor's office had sent teams": one subject's noun carries a verb that can only be a
/// main verb — finite or with a finite auxiliary, or a participle with an object and no
/// auxiliary (as in [`promote_main_verb`]) — with no subject, marker or relative word of its
/// own, read as a participle or relative clause on the noun; the head's other subject stands
/// between that verb and the head, or on the head's far side. The verb is the clause the head
/// governs (`ccomp`, as the parser reads "X did Y, officials said"), the noun its subject.
fn clause_read_as_participle<'a>(
    subs: &[usize],
    h: usize,
    shape: &Shape,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> bool {
    for &s in subs {
        // A relative pronoun's clause is not a reporting head ("jailers, who beat").
        let others = || {
            subs.iter()
                .copied()
                .filter(move |&c| c != s && !matches!(word(c).xpos, "WDT" | "WP"))
        };
        let Some(&v) = shape.kids[s].iter().find(|&&v| {
            let w = word(v);
            if v < s || w.upos != Upos::Verb || !matches!(rels[v], Rel::Acl | Rel::AclRelcl) {
                return false;
            }
            // The other subject between the verb and the head, or beyond the head.
            let placed = if s < h {
                others().any(|c| v < c && c < h)
            } else {
                others().any(|c| c < h)
            };
            if !placed || (s < h && shape.right[v] >= h) {
                return false;
            }
            if shape.kids[v].iter().any(|&k| {
                rels[k].is_subject()
                    || matches!(rels[k], Rel::Mark | Rel::Expl)
                    || matches!(word(k).xpos, "WDT" | "WP" | "WP$" | "WRB")
            }) {
                return false;
            }
            let obj = shape.kids[v].iter().any(|&k| rels[k] == Rel::Obj);
            let aux = shape.kids[v]
                .iter()
                .filter(|&&k| matches!(rels[k], Rel::Aux | Rel::AuxPass));
            let finite_aux = aux.clone().any(|k| finite(word(*k).xpos));
            let has_aux = aux.count() > 0;
            match w.xpos {
                "VBD" | "VBZ" | "VBP" => true,
                "VBN" if finite_aux => true,
                "VBN" => obj && !has_aux && !NAMING.iter().any(|x| x.eq_ignore_ascii_case(w.form)),
                _ => false,
            }
        }) else {
            continue;
        };
        // Between the noun and its verb, only the verb's own words and the noun's phrase with
        // no clause inside it ("fears of attacks taking place as groups have seized" stays).
        let clean = (s + 1..v).all(|k| {
            if heads[k] as usize == v {
                return true;
            }
            let mut x = k;
            let mut steps = 0;
            while x != s && x < heads.len() && steps < heads.len() {
                if matches!(word(x).upos, Upos::Verb | Upos::Aux) {
                    return false;
                }
                x = heads[x] as usize;
                steps += 1;
            }
            x == s
        });
        if !clean {
            continue;
        }
        let passive = shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass);
        // The noun's dependents after the verb belong to the clause.
        moves::rehang(heads, rels, |h| h == s, v, |k| k > v, moves::same);
        heads[v] = h as u32;
        rels[v] = Rel::Ccomp;
        heads[s] = v as u32;
        rels[s] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        return true;
    }
    false
}

/// How many dependents whose relation passes `rel` each word heads (saturating at 255): the
/// cheap first look of the repairs that act on a head with two subjects or two objects.
pub(crate) fn dependents_per_head(
    n: usize,
    heads: &[u32],
    rels: &[Rel],
    rel: impl Fn(Rel) -> bool,
) -> Vec<u8> {
    let mut count = vec![0u8; n];
    for c in 0..n {
        let h = heads[c] as usize;
        if h < n && rel(rels[c]) {
            count[h] = count[h].saturating_add(1);
        }
    }
    count
}

/// Give each clause one subject: where the parser hung two `nsubj`/`nsubj:pass` on one head (a
/// shape no gold tree of EWT or GUM train has), move the extra one where the sentence's shape
/// says it belongs — a complementizer "that" becomes a marker, a subject standing right before a
/// subject-less clause under the head goes to that clause, a comma-enclosed noun phrase after
/// the first subject becomes its apposition, a finite verb read as a participle on the first
/// subject becomes the reported clause. Heads the rules do not settle keep both subjects.
/// Returns the number of fixes (at most one per pass, a few passes per sentence).
pub(crate) fn one_subject_per_head<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    // Cheap exit: most sentences have no head with two subjects.
    let count = dependents_per_head(n, heads, rels, is_plain_subject);
    if !count.iter().any(|&c| c >= 2) {
        return 0;
    }
    let mut fixes = 0;
    while fixes < 8 && fix_one(n, &word, heads, rels) {
        fixes += 1;
    }
    fixes
}
