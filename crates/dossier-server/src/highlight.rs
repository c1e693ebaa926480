//! Cutting a document text into runs for highlighting: each run carries the marks (actor
//! mentions, statement contents, cues, event evidence) that cover it. Marks may overlap or nest;
//! offsets are Unicode code points, as in every span dossier emits. Marks outside the text are
//! clamped, empty or inverted ones dropped: a damaged record never breaks the page.

/// Something to highlight: `[start, end)` in code points, a CSS class and a tooltip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub class: &'static str,
    pub title: String,
}

/// A run of text and the indices (into the marks given) of the marks covering all of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    /// Code-point offset of the run's first character.
    pub start: usize,
    pub text: &'a str,
    pub marks: Vec<usize>,
}

/// Split `text` into runs at every mark boundary.
pub fn segments<'a>(text: &'a str, marks: &[Mark]) -> Vec<Segment<'a>> {
    // byte offset of each code point, plus the end
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let n = bytes.len();
    bytes.push(text.len());
    let clamp = |i: usize| i.min(n);
    let live: Vec<(usize, usize, usize)> = marks
        .iter()
        .enumerate()
        .map(|(i, m)| (i, clamp(m.start), clamp(m.end)))
        .filter(|(_, s, e)| s < e)
        .collect();
    let mut cuts: Vec<usize> = vec![0, n];
    for &(_, s, e) in &live {
        cuts.push(s);
        cuts.push(e);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| Segment {
            start: w[0],
            text: &text[bytes[w[0]]..bytes[w[1]]],
            marks: live
                .iter()
                .filter(|&&(_, s, e)| s <= w[0] && e >= w[1])
                .map(|&(i, _, _)| i)
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, class: &'static str) -> Mark {
        Mark {
            start,
            end,
            class,
            title: String::new(),
        }
    }

    #[test]
    fn nested_marks_cut_the_text_at_code_points() {
        // "Ankara" is an actor inside the statement content; "é" and "ü" are multi-byte.
        let text = "Türkiye said Ankara would mediate, café owners heard.";
        let actor_start = text.chars().position(|c| c == 'A').unwrap();
        let marks = vec![
            mark(13, 33, "content"),
            mark(actor_start, actor_start + 6, "actor"),
        ];
        let segs = segments(text, &marks);
        let joined: String = segs.iter().map(|s| s.text).collect();
        assert_eq!(joined, text);
        let ankara = segs.iter().find(|s| s.text == "Ankara").unwrap();
        assert_eq!(ankara.marks, vec![0, 1]);
        let rest = segs.iter().find(|s| s.text == " would mediate").unwrap();
        assert_eq!(rest.marks, vec![0]);
        assert!(segs[0].text.starts_with("Türkiye") && segs[0].marks.is_empty());
    }

    #[test]
    fn out_of_range_and_empty_marks_are_harmless() {
        let text = "Kyiv said nothing.";
        let segs = segments(text, &[mark(5, 500, "x"), mark(3, 3, "y"), mark(9, 2, "z")]);
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[1].text, "said nothing.");
        assert_eq!(segs[1].marks, vec![0]);
        assert!(segments("", &[mark(0, 4, "x")]).is_empty());
    }
}
