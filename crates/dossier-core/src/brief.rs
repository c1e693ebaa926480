//! Briefs: a claim's ledger written up in a news-analysis shape.
//!
//! *What's claimed · Who says it, on what sourcing · Who denies it · Context · Why it matters ·
//! What it means for each affected actor · Bottom line.* Every sentence carries the citations
//! (document, date, the exact words) that justify it, and nothing is written that the ledger
//! does not hold: where the texts are silent the brief says so.

use crate::dates::Shown;
use crate::ledger::{ClaimRecord, ClaimStatus, EntrySource, LedgerEntry, LedgerNote, LedgerStance};
use crate::model::{DateRef, Sourcing, Stance};
use serde::{Deserialize, Serialize};

/// Where a sentence of a brief comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    pub document: String,
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The words in the document (code-point offsets into its text).
    pub start: usize,
    pub end: usize,
    pub quote: String,
    /// The text's own date for what is cited, when it gives one (else `published` is shown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BriefSentence {
    pub text: String,
    pub citations: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BriefSection {
    pub heading: String,
    pub sentences: Vec<BriefSentence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Brief {
    pub claim: String,
    pub title: String,
    pub status: ClaimStatus,
    pub sections: Vec<BriefSection>,
}

fn cite_entry(e: &LedgerEntry) -> Citation {
    Citation {
        document: e.document.clone(),
        published: e.published.clone(),
        outlet: e.outlet.clone(),
        start: e.evidence.start,
        end: e.evidence.end,
        quote: e.evidence.text.clone(),
        date: e.date.clone(),
    }
}

fn cite_note(n: &LedgerNote) -> Citation {
    Citation {
        document: n.document.clone(),
        published: n.published.clone(),
        outlet: n.outlet.clone(),
        start: n.evidence.start,
        end: n.evidence.end,
        quote: n.evidence.text.clone(),
        date: None,
    }
}

/// Quoted words without their own final full stop (the brief's sentence supplies it).
fn quote(text: &str) -> &str {
    text.trim_end_matches(['.', ' '])
}

fn sentence(text: String, citations: Vec<Citation>) -> BriefSentence {
    BriefSentence { text, citations }
}

/// " (2024-08-05; text: "on Monday", day)" or " (2024-08-07; published)": the text's date
/// where it gives one, the publication date otherwise, and which; empty when undated.
fn when(date: Option<&DateRef>, published: &Option<String>) -> String {
    match Shown::new(date, published.as_deref()) {
        Shown::Undated => String::new(),
        shown => format!(" ({}; {})", shown.value(), shown.source()),
    }
}

fn date(e: &LedgerEntry) -> String {
    when(e.date.as_ref(), &e.published)
}

/// Who speaks, as a reader wants it: "The Wall Street Journal, citing unnamed sources,",
/// "Fazlollah Nozari, as relayed by ILNA,", "Meridian Post, in its own reporting,".
fn voice(e: &LedgerEntry) -> String {
    let chain: Vec<&str> = e.via.iter().map(|v| v.name.as_str()).collect();
    match (e.sourcing, chain.first()) {
        (Sourcing::Anonymous, Some(outlet)) => {
            let mut s = format!("{outlet}, citing {}", e.speaker.name);
            if chain.len() > 1 {
                s.push_str(&format!(" (via {})", chain[1..].join(" via ")));
            }
            s + ","
        }
        (Sourcing::Anonymous, None) => format!("{} (unnamed)", e.speaker.name),
        (Sourcing::Outlet, _) => format!("{}, in its own reporting,", e.speaker.name),
        (Sourcing::Unattributed, _) => format!("{}, without attribution,", e.speaker.name),
        (_, Some(_)) => format!("{}, as relayed by {},", e.speaker.name, chain.join(" via ")),
        (_, None) => e.speaker.name.clone(),
    }
}

/// Write the brief of `claim`; `related` are other claims about the same actors (context).
pub fn brief(claim: &ClaimRecord, related: &[ClaimRecord]) -> Brief {
    // Quoted statements and events; the stance model's rows are summarised on their own.
    let mut ledger: Vec<&LedgerEntry> = claim
        .ledger
        .iter()
        .filter(|e| e.source != EntrySource::Model)
        .collect();
    let model: Vec<&LedgerEntry> = claim
        .ledger
        .iter()
        .filter(|e| e.source == EntrySource::Model)
        .collect();
    ledger.sort_by(|a, b| a.published.cmp(&b.published));
    let support: Vec<&LedgerEntry> = ledger
        .iter()
        .copied()
        .filter(|e| {
            matches!(
                e.stance,
                LedgerStance::Asserts | LedgerStance::Reports | LedgerStance::Hedges
            )
        })
        .collect();
    let denials: Vec<&LedgerEntry> = ledger
        .iter()
        .copied()
        .filter(|e| e.stance == LedgerStance::Denies)
        .collect();

    let mut sections = Vec::new();

    // What's claimed.
    let first = support.first().or(ledger.first());
    sections.push(BriefSection {
        heading: "What's claimed".into(),
        sentences: vec![sentence(
            format!(
                "{}.{}",
                claim.claim,
                first
                    .map(|e| format!(" First raised{} by {}.", date(e), e.speaker.name))
                    .unwrap_or_default()
            ),
            first.map(|e| vec![cite_entry(e)]).unwrap_or_default(),
        )],
    });

    // Who says it.
    let mut says = Vec::new();
    for e in &support {
        // Past tense: "unnamed officials said it", "Antony Blinken said it" — no agreement to get
        // wrong for plural or unnamed voices.
        let verb = match e.stance {
            LedgerStance::Hedges => "suggested, with hedging,",
            LedgerStance::Reports => "reported",
            _ => "said",
        };
        says.push(sentence(
            format!(
                "{} {verb} it{}: “{}”.",
                voice(e),
                date(e),
                quote(&e.evidence.text)
            ),
            vec![cite_entry(e)],
        ));
    }
    if says.is_empty() {
        says.push(sentence("No source on record asserts it.".into(), vec![]));
    }
    if !model.is_empty() {
        let count = |s: LedgerStance| model.iter().filter(|e| e.stance == s).count();
        says.push(sentence(
            format!(
                "Read as a whole by the stance model (supporting evidence only, never decisive): {} article(s) agree, {} disagree, {} discuss it.",
                count(LedgerStance::Asserts),
                count(LedgerStance::Denies),
                count(LedgerStance::Reports)
            ),
            model.iter().map(|e| cite_entry(e)).collect(),
        ));
    }
    sections.push(BriefSection {
        heading: "Who says it".into(),
        sentences: says,
    });

    // Who denies it.
    let mut denies: Vec<BriefSentence> = denials
        .iter()
        .map(|e| {
            sentence(
                format!(
                    "{} denied it{}: “{}”.",
                    voice(e),
                    date(e),
                    quote(&e.evidence.text)
                ),
                vec![cite_entry(e)],
            )
        })
        .collect();
    for n in claim.notes.iter().filter(|n| n.kind == Stance::NoComment) {
        denies.push(sentence(
            format!(
                "{} declined to comment{}.",
                n.speaker.name,
                when(None, &n.published)
            ),
            vec![cite_note(n)],
        ));
    }
    if denies.is_empty() {
        denies.push(sentence("No denial on record.".into(), vec![]));
    }
    sections.push(BriefSection {
        heading: "Who denies it".into(),
        sentences: denies,
    });

    // Context.
    let mut context: Vec<BriefSentence> = related
        .iter()
        .filter(|r| r.id != claim.id)
        .take(5)
        .map(|r| {
            let cite = r.ledger.first().map(cite_entry).into_iter().collect();
            sentence(format!("{} — {}.", r.claim, r.status.as_str()), cite)
        })
        .collect();
    if context.is_empty() {
        context.push(sentence("No related claims on record.".into(), vec![]));
    }
    sections.push(BriefSection {
        heading: "Context".into(),
        sentences: context,
    });

    // Why it matters: stakes and conditionals stated in the texts.
    let stakes: Vec<&LedgerNote> = claim
        .notes
        .iter()
        .filter(|n| matches!(n.kind, Stance::Conditional | Stance::Question))
        .collect();
    let mut matters: Vec<BriefSentence> = stakes
        .iter()
        .map(|n| {
            sentence(
                format!(
                    "{}{}: “{}”.",
                    n.speaker.name,
                    when(None, &n.published),
                    quote(&n.evidence.text)
                ),
                vec![cite_note(n)],
            )
        })
        .collect();
    if matters.is_empty() {
        matters.push(sentence(
            "The texts state no stakes for this claim.".into(),
            vec![],
        ));
    }
    sections.push(BriefSection {
        heading: "Why it matters".into(),
        sentences: matters,
    });

    // What it means for each affected actor: stakes that name a party.
    let mut affected = Vec::new();
    for party in std::iter::once(&claim.subject).chain(claim.target.iter()) {
        for n in &stakes {
            if n.evidence.text.contains(party.name.as_str()) {
                affected.push(sentence(
                    format!(
                        "For {}: “{}” ({}{}).",
                        party.name,
                        quote(&n.evidence.text),
                        n.speaker.name,
                        when(None, &n.published)
                    ),
                    vec![cite_note(n)],
                ));
            }
        }
    }
    if !affected.is_empty() {
        sections.push(BriefSection {
            heading: "What it means for each affected actor".into(),
            sentences: affected,
        });
    }

    // Bottom line.
    let last = claim.timeline.last();
    let cause: Vec<Citation> = last
        .and_then(|c| ledger.iter().rev().find(|e| e.document == c.document))
        .map(|e| vec![cite_entry(e)])
        .unwrap_or_default();
    sections.push(BriefSection {
        heading: "Bottom line".into(),
        sentences: vec![
            sentence(format!("Status: {}.", claim.explanation), cause),
            sentence(what_would_change(claim), vec![]),
        ],
    });

    Brief {
        claim: claim.id.clone(),
        title: claim.claim.clone(),
        status: claim.status,
        sections,
    }
}

/// The rules of the ledger, read forward: what new statement would move the status.
fn what_would_change(c: &ClaimRecord) -> String {
    let party = c.subject.name.as_str();
    match c.status {
        ClaimStatus::Unverified => format!(
            "A named source or a second independent outlet would make it reported; an acknowledgement by {party} would confirm it; a denial would make it disputed."
        ),
        ClaimStatus::Reported => format!(
            "An acknowledgement by {party} would confirm it; a denial would make it disputed."
        ),
        ClaimStatus::Disputed => format!(
            "An acknowledgement by {party} with no standing denial from {party} would confirm it; retraction of the support would make it denied."
        ),
        ClaimStatus::Denied => "Named support from a source that has not retracted would make it disputed.".to_string(),
        ClaimStatus::Confirmed => format!("A later denial by {party} would reopen it."),
    }
}

impl Brief {
    /// Markdown with numbered footnotes for the citations.
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n\n**Status: {}**\n", self.title, self.status.as_str());
        let mut notes: Vec<&Citation> = Vec::new();
        for section in &self.sections {
            out.push_str(&format!("\n## {}\n\n", section.heading));
            for s in &section.sentences {
                out.push_str("- ");
                out.push_str(&s.text);
                for c in &s.citations {
                    let n = match notes.iter().position(|x| *x == c) {
                        Some(i) => i + 1,
                        None => {
                            notes.push(c);
                            notes.len()
                        }
                    };
                    out.push_str(&format!(" [^{n}]"));
                }
                out.push('\n');
            }
        }
        if !notes.is_empty() {
            out.push('\n');
            for (i, c) in notes.iter().enumerate() {
                out.push_str(&format!(
                    "[^{}]: {}{}, document {} [{}..{}]: “{}”\n",
                    i + 1,
                    c.outlet.as_deref().unwrap_or("unknown outlet"),
                    when(c.date.as_ref(), &c.published),
                    &c.document[..c.document.len().min(12)],
                    c.start,
                    c.end,
                    c.quote
                ));
            }
        }
        out
    }
}
