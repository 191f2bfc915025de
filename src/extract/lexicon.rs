//! Every word set the rules test, in one place, by base form ("rate" stands for
//! "rate", "rates", "rated", "rating", "ratings"): a set holds base forms, and a word is
//! in it when its base form is (see [`base_form`]). Sets may share a word only where
//! [`SHARED`] says why; a test fails on any other overlap.

use crate::model::Judgement;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A named set of base forms.
#[derive(Debug)]
pub(crate) struct WordSet {
    pub name: &'static str,
    pub bases: &'static [&'static str],
}

impl WordSet {
    /// Whether `base` (a base form) is in the set.
    pub fn holds(&self, base: &str) -> bool {
        self.bases.contains(&base)
    }
}

/// Words that make a sentence about ratings: "rated", "rating", "grade", "judged",
/// "verdict", "branded", "downgraded", ...
pub(crate) const RATING_CUE: WordSet = WordSet {
    name: "rating_cue",
    bases: &[
        "rate",
        "brand",
        "downgrade",
        "upgrade",
        "grade",
        "judge",
        "judgement",
        "judgment",
        "verdict",
        "designate",
        "deem",
    ],
};

/// Words that, just before a grade, make it an earlier event's: "up from 'good'", "once
/// branded 'inadequate'", "its last 'inadequate' rating".
pub(crate) const EARLIER_GRADE: WordSet = WordSet {
    name: "earlier_grade",
    bases: &["from", "once", "previously", "formerly", "last", "since"],
};

/// Words after a grade that make it describe parts of a service, not grade it: "good
/// with outstanding features".
pub(crate) const GRADED_PART: WordSet = WordSet {
    name: "graded_part",
    bases: &["feature", "element", "aspect"],
};

/// Words before a grade that make it a comparison: "below good", "better than good".
pub(crate) const COMPARISON: WordSet = WordSet {
    name: "comparison",
    bases: &["below", "above", "than"],
};

/// The verb of the grade "requires improvement".
pub(crate) const IMPROVEMENT_VERB: WordSet = WordSet {
    name: "improvement_verb",
    bases: &["require"],
};

/// Words not counted between a judgement and the grade after it: "children in care
/// were judged to be good".
pub(crate) const JUDGED_AS: WordSet = WordSet {
    name: "judged_as",
    bases: &["as", "be", "judge", "rate", "to", "both"],
};

/// Words not counted between a grade and its judgement: articles, and the nouns
/// opening Ofsted's titles, "the experiences and progress of care leavers".
pub(crate) const LINK_FILLER: WordSet = WordSet {
    name: "link_filler",
    bases: &["a", "an", "the", "experience", "progress"],
};

/// Words joining a grade to the judgement after it: "outstanding for leadership".
pub(crate) const GRADE_TO_JUDGEMENT: WordSet = WordSet {
    name: "grade_to_judgement",
    bases: &["for", "and", "of"],
};

/// Words that count some of a service's areas: "two areas", "the other three areas".
pub(crate) const SOME_OF: WordSet = WordSet {
    name: "some_of",
    bases: &[
        "other",
        "remaining",
        "some",
        "two",
        "three",
        "four",
        "2",
        "3",
        "4",
        "several",
        "further",
    ],
};

/// Nouns for the parts of an inspection's verdict: "two areas", "all five judgements".
pub(crate) const AREA: WordSet = WordSet {
    name: "area",
    bases: &["area", "judgement", "category"],
};

/// Words that count all of an inspection's areas: "in all areas", "across the board".
pub(crate) const ALL_OF: WordSet = WordSet {
    name: "all_of",
    bases: &["all", "every", "each"],
};

/// Verbs giving a grade to a subject named before it: "A, B and C all merited the
/// 'good' grade", "were given outstanding grades".
pub(crate) const GIVEN: WordSet = WordSet {
    name: "given",
    bases: &[
        "give", "merit", "receive", "award", "achieve", "get", "earn",
    ],
};

/// Words that make a grade one that is not held: "moved out of its inadequate rating",
/// "removed its 'inadequate' rating", "have not been rated inadequate".
pub(crate) const NOT_HELD: WordSet = WordSet {
    name: "not_held",
    bases: &["out", "remove", "not", "never", "lose", "shed", "lift"],
};

/// Words that make a grade an aim, not a verdict: "a target of achieving the good
/// rating", "wants a good rating", "before they can give ... a 'good' rating".
pub(crate) const AIM: WordSet = WordSet {
    name: "aim",
    bases: &[
        "target", "aim", "want", "ambition", "plan", "can", "could", "hope", "goal", "bid",
        "strive",
    ],
};

/// Words that, after a grade, say it is the current one: "once inadequate, now 'requires
/// improvement to be good'".
pub(crate) const NOW: WordSet = WordSet {
    name: "now",
    bases: &["now", "currently"],
};

/// Judgement phrases as written (lower case, words only), longest first where one
/// starts another, with the judgements each names: "children in care and care
/// leavers" was one judgement from 2018 to 2023, and its grade is both judgements'.
pub(crate) const JUDGEMENT_PHRASES: &[(&[&str], &[Judgement])] = {
    use Judgement::*;
    &[
        (&["overall", "effectiveness"], &[OverallEffectiveness]),
        (&["overall"], &[OverallEffectiveness]),
        (
            &[
                "impact", "of", "leaders", "on", "social", "work", "practice", "with", "children",
                "and", "families",
            ],
            &[ImpactOfLeaders],
        ),
        (
            &[
                "impact", "of", "leaders", "on", "social", "care", "practice", "with", "children",
                "and", "families",
            ],
            &[ImpactOfLeaders],
        ),
        (
            &[
                "impact", "of", "leaders", "on", "social", "work", "practice",
            ],
            &[ImpactOfLeaders],
        ),
        (&["impact", "of", "leaders"], &[ImpactOfLeaders]),
        (
            &["leadership", "management", "and", "governance"],
            &[ImpactOfLeaders],
        ),
        (&["leadership"], &[ImpactOfLeaders]),
        (
            &["children", "who", "need", "help", "and", "protection"],
            &[HelpAndProtection],
        ),
        (&["help", "and", "protection"], &[HelpAndProtection]),
        // News prose names the judgement by its core: "an 'inadequate' child
        // protection rating".
        (&["child", "protection"], &[HelpAndProtection]),
        (
            &["children", "in", "care", "and", "care", "leavers"],
            &[ChildrenInCare, CareLeavers],
        ),
        (&["children", "in", "care"], &[ChildrenInCare]),
        (
            &[
                "children",
                "looked",
                "after",
                "and",
                "achieving",
                "permanence",
            ],
            &[ChildrenInCare],
        ),
        (&["children", "looked", "after"], &[ChildrenInCare]),
        (
            &[
                "children",
                "being",
                "looked",
                "after",
                "and",
                "achieving",
                "permanence",
            ],
            &[ChildrenInCare],
        ),
        (&["children", "being", "looked", "after"], &[ChildrenInCare]),
        (
            &["looked", "after", "and", "achieving", "permanence"],
            &[ChildrenInCare],
        ),
        (&["looked", "after", "children"], &[ChildrenInCare]),
        (&["care", "leavers"], &[CareLeavers]),
        // "the experiences of children leaving care", "children in care and those leaving care".
        (&["children", "leaving", "care"], &[CareLeavers]),
        (&["leaving", "care"], &[CareLeavers]),
    ]
};

/// Words that say a grade is unchanged: "found they remain 'inadequate'", "still
/// requires improvement".
pub(crate) const STAY: WordSet = WordSet {
    name: "stay",
    bases: &["remain", "stay", "still"],
};

/// Words that open a clause of its own, across which a grade is not linked to a
/// judgement: "rated 'good', while services for children in care had also improved".
pub(crate) const CLAUSE_BREAK: WordSet = WordSet {
    name: "clause_break",
    bases: &["while", "whereas", "but", "because", "although"],
};

/// Services graded apart from the judgements, whose grades are none of them:
/// "Adoption and fostering services were rated 'good'", "adoption performance".
pub(crate) const SUB_JUDGEMENT: WordSet = WordSet {
    name: "sub_judgement",
    bases: &["adoption", "fostering"],
};

/// Every set, for the overlap test and the rule documentation.
pub(crate) const ALL: &[&WordSet] = &[
    &RATING_CUE,
    &EARLIER_GRADE,
    &GRADED_PART,
    &COMPARISON,
    &IMPROVEMENT_VERB,
    &JUDGED_AS,
    &LINK_FILLER,
    &GRADE_TO_JUDGEMENT,
    &SOME_OF,
    &AREA,
    &ALL_OF,
    &GIVEN,
    &NOT_HELD,
    &AIM,
    &NOW,
    &STAY,
    &CLAUSE_BREAK,
    &SUB_JUDGEMENT,
];

/// Words two sets may share, and why.
pub(crate) const SHARED: &[(&str, &str, &str, &str)] = &[
    (
        "rating_cue",
        "judged_as",
        "judge",
        "a rating word, and between a judgement and its grade a link (\"leadership was judged good\")",
    ),
    (
        "rating_cue",
        "judged_as",
        "rate",
        "a rating word, and between a judgement and its grade a link (\"care leavers were rated good\")",
    ),
    (
        "rating_cue",
        "area",
        "judgement",
        "\"judgement\" makes a sentence about ratings, and counts areas (\"two judgements\")",
    ),
    (
        "some_of",
        "all_of",
        "",
        "(no word is shared: listed to show the two are meant apart)",
    ),
];

/// Irregular forms and their base forms.
const IRREGULAR: &[(&str, &str)] = &[
    ("was", "be"),
    ("were", "be"),
    ("is", "be"),
    ("are", "be"),
    ("been", "be"),
    ("being", "be"),
    ("am", "be"),
    ("given", "give"),
    ("gave", "give"),
    ("got", "get"),
    ("gotten", "get"),
    ("categories", "category"),
];

/// Every base form some set holds.
fn known_bases() -> &'static HashSet<&'static str> {
    static KNOWN: OnceLock<HashSet<&'static str>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        ALL.iter()
            .flat_map(|set| set.bases.iter().copied())
            .collect()
    })
}

/// The base form of a lower-case word, when a set holds it: "rated", "rates", "rating"
/// and "ratings" are "rate"; "judgements" is "judgement"; "were" is "be". A word no set
/// holds in any form has none.
pub(crate) fn base_form(lower: &str) -> Option<&'static str> {
    let known = known_bases();
    let find = |candidate: &str| known.get(candidate).copied();
    if let Some(base) = find(lower) {
        return Some(base);
    }
    if let Some((_, base)) = IRREGULAR.iter().find(|(form, _)| *form == lower) {
        return find(base);
    }
    // A plural or third person first ("ratings" -> "rating" -> "rate").
    let singular = lower
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| lower.strip_suffix('s').map(str::to_string));
    if let Some(singular) = singular.filter(|s| !s.is_empty() && !lower.ends_with("ss")) {
        if let Some(base) = find(&singular).or_else(|| verb_base(&singular)) {
            return Some(base);
        }
        if let Some(stem) = lower.strip_suffix("es") {
            if let Some(base) = find(stem) {
                return Some(base);
            }
        }
    }
    verb_base(lower)
}

/// The base of a past or present participle: "rated" and "rating" are "rate",
/// "judged" is "judge", "shedding" is "shed".
fn verb_base(lower: &str) -> Option<&'static str> {
    let known = known_bases();
    let find = |candidate: &str| known.get(candidate).copied();
    for suffix in ["ed", "ing"] {
        let Some(stem) = lower.strip_suffix(suffix) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        if let Some(base) = find(stem).or_else(|| find(&format!("{stem}e"))) {
            return Some(base);
        }
        // A doubled last consonant: "shedding", "permitted".
        let bytes = stem.as_bytes();
        if bytes.len() >= 3 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2] {
            if let Some(base) = find(&stem[..stem.len() - 1]) {
                return Some(base);
            }
        }
    }
    // "brand" + "d" never; but "rate" + "d": "rated" is caught above as "rat" + "ed" + "e".
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_overlap_only_where_a_reason_is_listed() {
        let mut unexplained = Vec::new();
        for (i, a) in ALL.iter().enumerate() {
            for b in &ALL[i + 1..] {
                for word in a.bases.iter().filter(|w| b.holds(w)) {
                    let listed = SHARED.iter().any(|(x, y, shared, _)| {
                        *shared == *word
                            && ((*x == a.name && *y == b.name) || (*x == b.name && *y == a.name))
                    });
                    if !listed {
                        unexplained.push(format!("{} and {} share {word:?}", a.name, b.name));
                    }
                }
            }
        }
        assert!(unexplained.is_empty(), "{unexplained:#?}");
    }

    #[test]
    fn every_listed_overlap_is_real_or_marked_as_none() {
        for (a, b, word, _) in SHARED {
            let set = |name: &str| ALL.iter().find(|s| s.name == name).copied();
            let (Some(a), Some(b)) = (set(a), set(b)) else {
                panic!("no set named {a} or {b}");
            };
            assert!(
                word.is_empty() || (a.holds(word) && b.holds(word)),
                "{} and {} do not share {word:?}",
                a.name,
                b.name
            );
        }
    }

    #[test]
    fn set_names_are_unique_and_bases_are_lower_case() {
        let mut names: Vec<&str> = ALL.iter().map(|s| s.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
        for set in ALL {
            for base in set.bases {
                assert_eq!(*base, base.to_lowercase(), "{} holds {base:?}", set.name);
            }
        }
    }

    #[test]
    fn inflected_forms_find_their_base() {
        for (form, base) in [
            ("rated", "rate"),
            ("rates", "rate"),
            ("rating", "rate"),
            ("ratings", "rate"),
            ("graded", "grade"),
            ("judged", "judge"),
            ("judgements", "judgement"),
            ("were", "be"),
            ("been", "be"),
            ("requires", "require"),
            ("requiring", "require"),
            ("required", "require"),
            ("areas", "area"),
            ("categories", "category"),
            ("merited", "merit"),
            ("given", "give"),
            ("downgraded", "downgrade"),
            ("deemed", "deem"),
            ("remains", "remain"),
            ("remained", "remain"),
            ("features", "feature"),
            ("experiences", "experience"),
        ] {
            assert_eq!(base_form(form), Some(base), "{form}");
        }
        for stranger in [
            "council", "ratify", "grader", "s", "ed", "ing", "less", "class",
        ] {
            assert_eq!(base_form(stranger), None, "{stranger}");
        }
    }
}
