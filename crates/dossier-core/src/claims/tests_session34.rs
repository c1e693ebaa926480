//! Session 34 (issue 17, central propositions): an act in a relative clause set off by a comma
//! is stated (`relative.rs`), "opened fire on" attacks what it is opened on (`lightcase` in
//! frames.tsv), cases said to exist are cases found ("there are no suspected cases of Ebola in
//! Iraq", `caseexist`), and a claim still "awaiting confirmation" is a hedge. Sentences from
//! FNC-1 train bodies (none from the gold set's articles), each with a control.

use super::tests_lede::{of_class, run, show};

#[test]
fn an_act_in_a_relative_clause_set_off_by_a_comma_is_stated() {
    // fnc-683
    let x = run("Mr Somers, who was kidnapped in Yemen in 2013, had appeared in a video appealing for help.");
    assert!(
        of_class(&x, "detain")
            .iter()
            .any(|c| c.predicate == "detain:passive" && c.subject.id.contains("somers")),
        "Somers was kidnapped: {:?}",
        show(&x)
    );
    // fnc-227: on a noun deep in the clause's object.
    let y = run(
        "Nigeria's armed forces chief Air Chief Marshal Alex Badeh announced the ceasefire on \
         Friday to enable the release of the girls, who were abducted from the remote \
         northeastern village of Chibok in April.",
    );
    assert!(
        of_class(&y, "detain")
            .iter()
            .any(|c| c.predicate == "detain:passive" && c.subject.id.starts_with("ENTITY.girl")),
        "the girls were abducted: {:?}",
        show(&y)
    );
    // Control (fnc-2397): a relative clause whose verb is of no class is background.
    let z = run(
        "German-manufactured grenades can be also seen in the video, which was published by \
         pro-Isis Amaq News agency.",
    );
    assert!(
        z.claims.iter().all(|c| !c.predicate.starts_with("publish")),
        "{:?}",
        show(&z)
    );
    // Control: a restrictive relative clause picks out whom the sentence is about.
    let w = run(
        "The journalist who was kidnapped in Yemen had appeared in a video appealing for help.",
    );
    assert!(of_class(&w, "detain").is_empty(), "{:?}", show(&w));
}

#[test]
fn opening_fire_on_someone_attacks_them() {
    // fnc-1273
    let x = run(
        "In 1770, British soldiers opened fire on a crowd of protesters outside the building, \
         killing five in what came to be known as the Boston Massacre.",
    );
    let attacks = of_class(&x, "attack");
    assert!(
        attacks
            .iter()
            .any(|c| c.predicate == "attack"
                && c.object.as_deref().is_some_and(|o| o.contains("crowd"))),
        "the soldiers attacked the crowd: {:?}",
        show(&x)
    );
    assert!(
        x.claims.iter().all(|c| c.predicate != "open"),
        "no 'open fire' claim: {:?}",
        show(&x)
    );
    // Control: opening something else keeps the verb's own sense.
    let y = run("In 1770, British soldiers opened a school on a hill outside the building.");
    assert!(of_class(&y, "attack").is_empty(), "{:?}", show(&y));
}

#[test]
fn cases_said_to_exist_are_cases_found() {
    // fnc-2138
    let x = run(
        "The organisation has now confirmed there are no suspected cases of Ebola in Iraq as of \
         5 January.",
    );
    assert!(
        of_class(&x, "infect")
            .iter()
            .any(|c| c.subject.id.contains("IRQ")
                && c.polarity == Some(crate::model::Polarity::Negative)),
        "no Ebola in Iraq: {:?}",
        show(&x)
    );
    // Control: "there are" with other things states no infection.
    let y = run(
        "The organisation has now confirmed there are no suspected militants of Islamic State \
         in Iraq as of 5 January.",
    );
    assert!(of_class(&y, "infect").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_claim_awaiting_confirmation_is_hedged() {
    // fnc-77
    let text = "U.S. drone strikes are believed to have killed the leader of the Somali \
                terrorist group al-Shabab. Six people were killed in the attack and Somali \
                authorities say they think Godane is among the dead - though the Pentagon said \
                it is still awaiting confirmation.";
    let x = run(text);
    let pentagon: Vec<_> = x
        .claims
        .iter()
        .filter(|c| c.evidence.text == "it is still awaiting confirmation")
        .collect();
    assert!(
        !pentagon.is_empty()
            && pentagon
                .iter()
                .all(|c| c.stance == crate::model::Stance::Hedge),
        "awaiting confirmation asserts nothing: {:?}",
        show(&x)
    );
    // Control: a confirmation given asserts.
    let y = run(
        "U.S. drone strikes are believed to have killed the leader of the Somali terrorist \
         group al-Shabab. The Pentagon said on Friday that the strike killed the leader.",
    );
    assert!(
        y.claims.iter().any(|c| c.predicate == "kill"
            && c.stance == crate::model::Stance::Assert
            && c.evidence.text.contains("Pentagon") | c.evidence.text.contains("strike killed")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_pointer_back_never_bears_on_what_a_relative_clause_adds() {
    // fnc-1021
    let x = run(
        "A patient in Frisco, Texas, walked into an urgent care facility on Wednesday \
         exhibiting signs and symptoms of Ebola, and told health-care workers he had had \
         contact with \"patient zero\" in Dallas, local officials said in a statement, \
         referring to Thomas Eric Duncan, who died Wednesday of the virus. The Texas \
         Department of State Health Services refuted that claim to CNN, however, saying \"no \
         indication\" the man had contact with Duncan.",
    );
    let died = of_class(&x, "die");
    assert!(
        died.iter()
            .any(|c| c.subject.id.contains("duncan") && c.stance == crate::model::Stance::Assert),
        "Duncan died: {:?}",
        show(&x)
    );
    assert!(
        died.iter().all(|c| c.stance != crate::model::Stance::Deny),
        "the refuted claim is not his death: {:?}",
        show(&x)
    );
}

#[test]
fn fire_opened_on_a_phrase_of_the_noun_is_opened_on_it() {
    // fnc-1822: "on the protesters" may hang on "fire".
    let x =
        run("This time, police officers reportedly opened fire on the protesters, killing three.");
    assert!(
        of_class(&x, "attack")
            .iter()
            .all(|c| c.object.as_deref() != Some("fire")),
        "fire is no object: {:?}",
        show(&x)
    );
    // Control (fnc-110): a verb the parser made an object is no clause stated, unless
    // existential ("confirmed there are no suspected cases").
    let y = run("Now Brokaw, 74, has had it and wants Williams fired, the Post claims.");
    assert!(of_class(&y, "attack").is_empty(), "{:?}", show(&y));
}

#[test]
fn weapons_airdropped_are_transferred() {
    // fnc-462
    let x = run(
        "On Monday, hoping to decisively turn the tide in the battle, the United States \
         airdropped weapons to the Syrian Kurds of Kobani.",
    );
    assert!(
        of_class(&x, "transfer")
            .iter()
            .any(|c| c.subject.id == "USA"),
        "the US airdropped weapons: {:?}",
        show(&x)
    );
    // Control: weapons dropped are no transfer ("dropped" has many senses).
    let y = run(
        "On Monday, hoping to decisively turn the tide in the battle, the United States \
         dropped weapons to the Syrian Kurds of Kobani.",
    );
    assert!(of_class(&y, "transfer").is_empty(), "{:?}", show(&y));
}

#[test]
fn hanged_or_burned_alive_is_executed() {
    // fnc-977
    let x = run("Rishawi was hanged on Wednesday, hours after the video was released.");
    assert!(
        x.claims.iter().any(|c| c.predicate == "execute:passive"),
        "Rishawi was executed: {:?}",
        show(&x)
    );
    // fnc-2490, its "He" named (the article's pronoun is read as no one here).
    let y = run("Al-Kasasbeh had been burned alive in a cage by the terrorist army.");
    assert!(
        of_class(&y, "execute")
            .iter()
            .any(|c| c.subject.id.contains("kasasbeh")),
        "al-Kasasbeh was executed: {:?}",
        show(&y)
    );
    // Control: burning a thing is no execution.
    let z = run("Protesters burned the American flag outside the embassy on Friday.");
    assert!(of_class(&z, "execute").is_empty(), "{:?}", show(&z));
}

#[test]
fn girls_married_off_are_a_claim_and_a_wedding_is_not() {
    // fnc-1588
    let x = run(
        "The group's leader, Abubakar Shekau, said the girls had converted to Islam and been \
         married off since being taken.",
    );
    assert!(
        x.claims
            .iter()
            .any(|c| c.predicate == "marry off:passive" && c.subject.id.starts_with("ENTITY.girl")),
        "the girls were married off: {:?}",
        show(&x)
    );
    // Control: "married" alone is a wedding.
    let y = run("George Clooney married Amal Alamuddin in Venice on Saturday, his publicist said.");
    assert!(
        y.claims
            .iter()
            .all(|c| !c.predicate.starts_with("marry off")),
        "{:?}",
        show(&y)
    );
}
