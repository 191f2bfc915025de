//! The grade rules as a table: each has an id, a line for the documentation, example
//! sentences with what each must yield, and either a token pattern (see
//! [`pattern`](super::pattern)) or, for the rules still written as code in
//! [`grades`](super::grades), the name of that code. Unit tests run every rule's
//! examples, and `docs/extractor.md`'s list of rules is rendered from this table.

use super::lexicon::{
    AIM, ALL_OF, AREA, CHANGED, CLAUSE_BREAK, EARLIER_GRADE, GIVEN, GRADE_TO_JUDGEMENT,
    INSPECTORATE, JUDGED_AS, LIKELY, LOST, NOT_HELD, NOW, PREDICT, RATING_CUE, STAY, SUB_JUDGEMENT,
};
use super::pattern::{find_all_opening, Openings, Slot, Step};
use super::token::Token;
use crate::model::{Grade, Judgement};
use std::ops::Range;
use std::sync::OnceLock;

/// What a rule's matches mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    /// Each grade captured as `Main` goes to each judgement captured as `Main`, or to
    /// overall effectiveness when none is; each `Earlier` grade is an earlier event's
    /// overall grade.
    Give,
    /// As `Give`, and what the rule reads replaces what the coded rules linked at
    /// its grades and judgement phrases: "'Requires improvement' in the domains of A
    /// and B and 'Inadequate' in the domain of C" gives A and B the first grade, though
    /// they stand nearer the second.
    GiveFirm,
    /// As `Give`, and the judgements it names keep the grade though a sub-service's
    /// rule voids it ("Adoption services were rated good, as was support for young
    /// people leaving care"); what the coded rules linked stays.
    GiveOverVoid,
    /// Each `Main` grade goes to every judgement: "good in all areas".
    GiveAll,
    /// Each `Void` grade is no rating (an aim, or a grade lost).
    Void,
    /// The `Main` grade is the overall grade of each year captured after the first,
    /// dated by that year: "rated inadequate in 2013 and again in 2019".
    EachYear,
    /// Each `Main` grade is the overall grade of the year captured next after it:
    /// "rated inadequate in 2016, requires improvement in 2018 and good in 2022", read
    /// firmly as with `GiveFirm`.
    YearChain,
    /// Each `Main` grade is the overall grade of the year captured last before it, read
    /// firmly: a history keyed by year ("2014 (SIF): Inadequate").
    YearKeyed,
    /// A judgement's grade changed: the `Main` grade is each captured judgement's
    /// current grade and the `Earlier` one its earlier event's (both the overall grade
    /// when no judgement is captured), read firmly as with `GiveFirm`.
    Change,
}

/// How a rule is carried out.
#[derive(Debug)]
pub(crate) enum How {
    /// A token pattern, matched over each sentence's narrative words.
    Pattern(Step, Action),
    /// Code in `grades.rs`, named here.
    Code(&'static str),
}

/// One sentence and the ratings a rule must give from it: (judgement, grade, earlier).
#[derive(Debug)]
pub(crate) struct Example {
    pub text: &'static str,
    /// Read by the per-rule tests.
    #[cfg_attr(not(test), allow(dead_code))]
    pub yields: &'static [(Judgement, Grade, bool)],
}

/// A grade rule.
#[derive(Debug)]
pub(crate) struct Rule {
    pub id: &'static str,
    pub doc: &'static str,
    pub how: How,
    pub examples: &'static [Example],
}

use Grade::{Good, Inadequate, Outstanding, RequiresImprovement as Ri};
use Judgement::{
    CareLeavers as Cl, ChildrenInCare as Cic, HelpAndProtection as Hp, ImpactOfLeaders as Il,
    OverallEffectiveness as Oe,
};

/// Words that are not a grade, up to `n` of them.
macro_rules! gap {
    ($n:expr) => {
        Step::UpTo($n, &Step::Not(&Step::Grade))
    };
}

/// "for (over, more than, nearly) a decade", "for the past ten years", "for nine
/// years": a stretch of years, not followed by "running" or "in" ("for the first time
/// in a decade" is no stretch, and has no count after "for").
const A_PERIOD_OF_YEARS: Step = Step::Seq(&[
    // Not past a pause: "judged good; for the past two years the council has ...".
    Step::NoPause,
    Step::Word("for"),
    Step::Optional(&Step::Either(&[
        Step::Word("over"),
        Step::Word("nearly"),
        Step::Word("almost"),
        Step::Seq(&[Step::Word("more"), Step::Word("than")]),
    ])),
    Step::Either(&[
        Step::Seq(&[
            Step::Word("the"),
            Step::Either(&[Step::Word("past"), Step::Word("last")]),
            Step::Optional(&Step::Count),
        ]),
        Step::Word("a"),
        Step::Count,
    ]),
    Step::Either(&[
        Step::Word("decade"),
        Step::Word("decades"),
        Step::Word("years"),
    ]),
    // Not "two years running" or "straight" (a run of grades), "in a decade", nor "the
    // past two years of work".
    Step::Either(&[
        Step::End,
        Step::Not(&Step::Either(&[
            Step::Word("running"),
            Step::Word("straight"),
            Step::Word("consecutively"),
            Step::Word("in"),
            Step::Word("of"),
        ])),
    ]),
]);

/// A word of the same run (no comma, colon, dash or bracket before it) that is no grade
/// or judgement: what may stand between the parts of most patterns.
const PLAIN_WORD: Step = Step::Seq(&[
    Step::NoPause,
    Step::Not(&Step::Either(&[Step::Grade, Step::Judgement])),
]);

/// A service graded apart from the judgements: a `sub_judgement` word, or a children's
/// home ("Two of the council's children's homes were also rated good": a home has
/// inspections of its own).
const SUB_SERVICE: Step = Step::Either(&[
    Step::In(&SUB_JUDGEMENT),
    Step::Seq(&[
        Step::Word("children's"),
        Step::Either(&[Step::Word("home"), Step::Word("homes")]),
    ]),
]);

/// Zero width, or one word: what may follow a grade that ends its phrase, so that it
/// is no adjective before a noun ("Care leavers receive a good level of support"): the
/// end, a pause, a rating noun ("the 'good' grade"), "service" ("receive an
/// outstanding service", as Ofsted's reports word a judgement) or a word that opens
/// what follows.
const GRADE_ENDS_HERE: Step = Step::Either(&[
    Step::End,
    Step::Pause,
    Step::In(&RATING_CUE),
    // "good for", "good and", "good since", "good from", "good to", "good as", "good but".
    Step::In(&GRADE_TO_JUDGEMENT),
    Step::In(&EARLIER_GRADE),
    Step::In(&JUDGED_AS),
    Step::In(&CLAUSE_BREAK),
    Step::Word("by"),
    Step::Word("overall"),
    Step::Word("in"),
    Step::Word("at"),
    Step::Word("when"),
    Step::Word("after"),
    Step::Word("across"),
    Step::Word("with"),
    Step::Word("following"),
    Step::Word("on"),
    Step::Word("again"),
    Step::Word("too"),
    Step::Word("also"),
    // "receive an outstanding service", as Ofsted's reports word a judgement.
    Step::Word("service"),
    Step::Word("services"),
]);

/// Judgements a few words before a grade, in one run of words: "Services for children
/// in care were rated" good.
const JUDGEMENTS_BEFORE_GRADE: Step =
    Step::Seq(&[JUDGEMENT_LIST, Step::UpTo(4, &PLAIN_WORD), Step::NoPause]);

/// A grade, a pause, "as" and "was" (were, is, are, did, does, do), a few words and the
/// judgements that share it: "good, as were those for care leavers".
const AS_WERE_TAIL: Step = Step::Seq(&[
    Step::Grade,
    Step::Pause,
    Step::Word("as"),
    Step::Either(&[
        BE_FORM,
        Step::Word("did"),
        Step::Word("does"),
        Step::Word("do"),
    ]),
    Step::UpTo(3, &PLAIN_WORD),
    JUDGEMENT_LIST,
]);

/// A modal verb: "could", "would", "should", "might", "may" or "will".
const MODAL: Step = Step::Either(&[
    Step::Word("could"),
    Step::Word("would"),
    Step::Word("should"),
    Step::Word("might"),
    Step::Word("may"),
    Step::Word("will"),
]);

/// "found", "concluded" or "considered", opening what a finding tells of its object.
const FINDING_VERB: Step = Step::Either(&[
    Step::Word("found"),
    Step::Word("concluded"),
    Step::Word("considered"),
]);

/// "is", "was", "are" or "were".
const BE_FORM: Step = Step::Either(&[
    Step::Word("is"),
    Step::Word("was"),
    Step::Word("are"),
    Step::Word("were"),
]);

/// What may follow a judgement's name in a list: "overall effectiveness of children's
/// social care services".
const SERVICES_TAIL: Step = Step::Optional(&Step::Seq(&[
    Step::Word("of"),
    Step::UpTo(
        3,
        &Step::Not(&Step::Either(&[
            Step::Grade,
            Step::Judgement,
            Step::Word("and"),
        ])),
    ),
    Step::Either(&[Step::Word("services"), Step::Word("service")]),
]));

/// Judgements in a list: "A, B and C", "A and the experiences and progress of B".
const JUDGEMENT_LIST: Step = Step::Seq(&[
    // "in adoption performance and the experiences and progress of care leavers": a
    // service graded apart, first, is passed over.
    Step::Optional(&Step::Seq(&[
        SUB_SERVICE,
        Step::Optional(&Step::Word("performance")),
        Step::Word("and"),
    ])),
    Step::Judgement,
    SERVICES_TAIL,
    Step::Most(
        5,
        &Step::Seq(&[
            // "A and B", "A; as well as B".
            Step::Optional(&Step::Either(&[
                Step::Word("and"),
                Step::Word("plus"),
                Step::Seq(&[Step::Word("as"), Step::Word("well"), Step::Word("as")]),
            ])),
            // "A and, also, for B".
            Step::Optional(&Step::Word("also")),
            // "the experiences and progress of care leavers and of children who need
            // protection", "leadership, support for children in care and overall
            // effectiveness".
            Step::Optional(&Step::Either(&[
                Step::Word("for"),
                Step::Word("of"),
                // "services provided to A, to B".
                Step::Word("to"),
                Step::Seq(&[
                    Step::Not(&Step::Either(&[
                        Step::Grade,
                        Step::Judgement,
                        Step::Word("and"),
                    ])),
                    Step::Word("for"),
                ]),
            ])),
            // "looked after children and those in need of help and protection".
            Step::Optional(&Step::Seq(&[
                Step::Word("those"),
                Step::UpTo(
                    3,
                    &Step::Not(&Step::Either(&[
                        Step::Grade,
                        Step::Judgement,
                        Step::Word("and"),
                    ])),
                ),
            ])),
            // "... as well as its child protection services".
            Step::Optional(&Step::Either(&[
                Step::Word("its"),
                Step::Word("their"),
                Step::Word("the"),
            ])),
            // "as well as the overall leadership and management".
            Step::Optional(&Step::Word("overall")),
            Step::Either(&[
                Step::Judgement,
                // A sub-judgement listed among them gets nothing: "children who are
                // looked after, adoption and care leavers".
                Step::Seq(&[
                    Step::In(&SUB_JUDGEMENT),
                    Step::Optional(&Step::Either(&[
                        Step::Word("performance"),
                        Step::Word("services"),
                        Step::Word("service"),
                    ])),
                ]),
            ]),
        ]),
    ),
]);

/// Words between a list's items that are not a grade, a judgement or "and": "the
/// trust's" in "A, B and the trust's leadership, management and governance".
const ITEM_GAP: Step = Step::UpTo(
    3,
    &Step::Not(&Step::Either(&[
        Step::Grade,
        Step::Judgement,
        Step::Word("and"),
        // "(A, B, C), with only D requiring improvement": "with" opens a clause of its
        // own, not the list's next item.
        Step::Word("with"),
    ])),
);

/// "service(s)", a few words with no pause, "were" (was, are, is), perhaps a `now` or
/// `stay` word, and a grade: "services for children were inadequate".
const SERVICES_WERE_GRADE: Step = Step::Seq(&[
    Step::Either(&[Step::Word("services"), Step::Word("service")]),
    Step::UpTo(
        3,
        &Step::Seq(&[
            Step::NoPause,
            Step::Not(&Step::Either(&[
                Step::Grade,
                Step::Judgement,
                Step::Word("not"),
            ])),
        ]),
    ),
    Step::NoPause,
    Step::Either(&[
        Step::Word("were"),
        Step::Word("was"),
        Step::Word("are"),
        Step::Word("is"),
    ]),
    Step::Optional(&Step::Either(&[Step::In(&NOW), Step::In(&STAY)])),
    Step::Grade,
]);

/// One more grade of a chain of grades each in its year, after the first: "...,
/// requires improvement in 2018", "and good in 2022".
const YEAR_CHAIN_LINK: Step = Step::Seq(&[
    Step::UpTo(
        3,
        &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::Year])),
    ),
    Step::Grade,
    // "then good at its most recent inspection in 2022".
    Step::Optional(&Step::Seq(&[
        Step::Word("at"),
        Step::UpTo(4, &Step::Seq(&[PLAIN_WORD, Step::Not(&Step::Year)])),
    ])),
    Step::Word("in"),
    Step::Year,
]);

/// Judgements in a list after a grade and a colon or dash, each after the first
/// perhaps with a few words before it: "– children being looked after, the experiences of care leavers,
/// and the trust's leadership".
const LOOSE_JUDGEMENT_LIST: Step = Step::Seq(&[
    Step::Judgement,
    Step::Most(
        5,
        &Step::Seq(&[
            Step::Optional(&Step::Word("and")),
            Step::Optional(&Step::Word("for")),
            ITEM_GAP,
            Step::Judgement,
        ]),
    ),
]);

/// Zero width: no grade follows a list through a rating verb's words alone; else the
/// list has its own ("'Good' overall with some aspects, including 'Leadership and
/// Management', rated as 'Outstanding'"). A grade after any other word ("and", "with",
/// "compared with") is the next item's or another clause's.
const NO_GRADE_OF_ITS_OWN: Step = Step::NotBefore(&Step::Seq(&[
    // Only a rating verb's own words lead to it ("rated as", "were judged to be"), not
    // another clause's ("compared with good", "with leadership requiring improvement").
    Step::UpTo(
        3,
        &Step::Either(&[
            Step::In(&RATING_CUE),
            Step::In(&JUDGED_AS),
            Step::Word("as"),
            Step::Word("to"),
            Step::Word("be"),
            BE_FORM,
        ]),
    ),
    Step::Grade,
]));

/// What may open a list after its grade and pause: "including", "among them".
const LIST_OPENER: Step = Step::Optional(&Step::Either(&[
    Step::Word("including"),
    Step::Seq(&[Step::Word("among"), Step::Word("them")]),
]));

/// Judgements listed with other services among them: "children achieving permanence,
/// adoption performance and experiences of care leavers". Read only after words that
/// open such a list ("in the areas of").
const LIST_WITH_OTHERS: Step = Step::Seq(&[
    Step::Judgement,
    Step::Most(
        5,
        &Step::Seq(&[
            Step::UpTo(
                3,
                &Step::Not(&Step::Either(&[
                    Step::Grade,
                    Step::Judgement,
                    Step::Word("and"),
                ])),
            ),
            Step::Optional(&Step::Word("and")),
            ITEM_GAP,
            Step::Judgement,
        ]),
    ),
]);

/// The table, in the order the rules are documented.
pub(crate) const GRADE_RULES: &[Rule] = &[
    Rule {
        id: "grade.cued_word",
        doc: "A grade word counts in a sentence about rating (a `rating_cue` word: rated, rating, grade, judged, verdict, …) or one that lists judgements, when it is near the rating word, ends the clause that word opens (up to 14 words to \"as\" and the grade), stands by a judgement, is quoted, is \"requires improvement to be good\" in full, or comes right after a verdict verb (\"found inadequate\", \"scored 'good'\"). With no judgement linked it is the overall effectiveness grade. After a comparison or an `intensifier` word (\"totally inadequate\") it is no grade.",
        how: How::Code("grades::find_ratings, is_cued"),
        examples: &[
            Example {
                text: "Ofsted rated the council's services good.",
                yields: &[(Oe, Good, false)],
            },
            Example {
                text: "Inspectors judged the overall effectiveness of the council's children's services as inadequate.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "Parents rated its support as totally inadequate.",
                yields: &[],
            },
            Example {
                text: "The plan was put in place after the council was found inadequate.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "Changes have been made since the service scored 'requires improvement'.",
                yields: &[(Oe, Ri, false)],
            },
        ],
    },
    Rule {
        id: "grade.extremes",
        doc: "A `lowest_grade` word (lowest, worst) or a `highest_grade` word (top, highest, best), perhaps \"possible\", and \"rating\" (grade, judgement) is a grade: inadequate or outstanding (\"Ofsted delivered its lowest rating\", \"handed Ofsted's top grade in all areas\").",
        how: How::Code("pattern::grade_at"),
        examples: &[
            Example {
                text: "Ofsted delivered its lowest rating in March 2015.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "The department has been handed Ofsted's top grade in all areas.",
                yields: &[(Oe, Outstanding, false), (Il, Outstanding, false), (Hp, Outstanding, false), (Cic, Outstanding, false), (Cl, Outstanding, false)],
            },
        ],
    },
    Rule {
        id: "grade.quoted_in_inspection_sentence",
        doc: "With no rating word, a quoted grade counts in a sentence naming the inspectorate or an inspection, unless it stands before a noun without \"a\" (a standing told in passing) or follows an `aim` word or \"to\" and a verb.",
        how: How::Code("grades::quoted_finding"),
        examples: &[
            Example {
                text: "The outcome from the inspection showed that the council was providing a 'Good' service.",
                yields: &[(Oe, Good, false)],
            },
            Example {
                text: "Improvement at 'inadequate' council too slow, inspectors warn.",
                yields: &[],
            },
            Example {
                text: "Improvements are needed if the council is to meet 'Good' by the next inspection.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.quoted_summary",
        doc: "A quotation that holds only grades, judgements and the words joining them (but, in, for, and, with, overall) is read as words about ratings, not a statement: \"rated 'good but requires improvement in help and protection'\".",
        how: How::Code("grades::is_graded_summary"),
        examples: &[Example {
            text: "The service was rated \"good but requires improvement in help and protection\".",
            yields: &[(Oe, Good, false), (Hp, Ri, false)],
        }],
    },
    Rule {
        id: "grade.judgement_link",
        doc: "A grade goes to the judgement phrase nearest it (at most 4 words between, a comma counting as one), the one after at equal distance; a grade followed by \"for\" is for the judgement after it; judgements joined by \"and\" with no comma share the grade after them.",
        how: How::Code("grades::linked_grade"),
        examples: &[
            Example {
                text: "Inspectors rated leadership as outstanding and care leavers as good.",
                yields: &[(Il, Outstanding, false), (Cl, Good, false)],
            },
            Example {
                text: "The impact of leaders and help and protection were both rated inadequate.",
                yields: &[(Il, Inadequate, false), (Hp, Inadequate, false)],
            },
        ],
    },
    Rule {
        id: "grade.list_after_colon",
        doc: "A grade before a colon or a dash goes to every judgement listed after it.",
        how: How::Code("grades::linked_grade, dash_list_start"),
        examples: &[Example {
            text: "It was rated good in all of them – overall effectiveness, the impact of leaders and care leavers.",
            yields: &[(Oe, Good, false), (Il, Good, false), (Cl, Good, false)],
        }],
    },
    Rule {
        id: "grade.earlier_cue",
        doc: "A grade right after an `earlier_grade` word (from, once, previously, last, since) is an earlier event's.",
        how: How::Code("grades::sentence_ratings"),
        examples: &[
            Example {
                text: "The council was upgraded from inadequate to good.",
                yields: &[(Oe, Inadequate, true), (Oe, Good, false)],
            },
            Example {
                text: "The new outstanding judgement is an improvement on the council's previous good rating.",
                yields: &[(Oe, Outstanding, false), (Oe, Good, true)],
            },
        ],
    },
    Rule {
        id: "grade.unnamed_areas",
        doc: "A grade whose clause gives it to some areas it does not name (\"two areas\", \"the other three areas\", \"in any area\") grades nothing.",
        how: How::Code("grades::of_some_areas"),
        examples: &[Example {
            text: "Two areas of the council's services were judged inadequate.",
            yields: &[],
        }, Example {
            text: "It is the first time the council has been rated the top grade in any area.",
            yields: &[],
        }],
    },
    Rule {
        id: "grade.not_a_grade",
        doc: "\"below good\" and \"better than good\" are comparisons, \"good with outstanding features\" grades only \"good\", and a sentence naming all four grades sets out the scale.",
        how: How::Code("grades::grade_words, sets_out_the_scale"),
        examples: &[
            Example {
                text: "Grades are outstanding, good, requires improvement and inadequate.",
                yields: &[],
            },
            Example {
                text: "It was rated good with outstanding features.",
                yields: &[(Oe, Good, false)],
            },
        ],
    },
    Rule {
        id: "grade.table_rows",
        doc: "A judgement list with colons, dashes or bars (\"Overall effectiveness: Good\"), perhaps with the title's abbreviation in brackets (\"Children who need help and protection (CNHP): RI\"), or a judgement's title alone on a line and its grade alone on the next.",
        how: How::Code("grades::lists_judgements, row_abbreviation, two_line_rows"),
        examples: &[Example {
            text: "Overall effectiveness: Good",
            yields: &[(Oe, Good, false)],
        }, Example {
            text: "Children who need help and protection (CNHP): RI",
            yields: &[(Hp, Ri, false)],
        }],
    },
    Rule {
        id: "grade.lines_under_a_grade",
        doc: "A paragraph that ends with a rating word (or \"found\", or an `area` word), a grade and a colon (at most four words between the grade and the colon), then judgements one a line, with or without bullets: each line's judgement gets the grade.",
        how: How::Code("grades::lines_under_a_grade"),
        examples: &[Example {
            text: "They found that these 4 areas were all rated inadequate:\n\n• The impact of leaders on social work practice with children and families\n\n• Overall effectiveness\n\nTheir report found children at risk.",
            yields: &[(Il, Inadequate, false), (Oe, Inadequate, false)],
        }, Example {
            text: "The areas that were found to be outstanding within the council include:\n\n• The impact of leaders on social work practice with children and families\n\n• The experiences and progress of care leavers\n\nThe council was pleased.",
            yields: &[(Il, Outstanding, false), (Cl, Outstanding, false)],
        }, Example {
            text: "Three areas in particular require improvement:\n- The experiences and progress of children who need help and protection\n- The overall effectiveness\n\nThe council was pleased.",
            yields: &[(Hp, Ri, false), (Oe, Ri, false)],
        }],
    },
    Rule {
        id: "grade.the_other_areas",
        doc: "A grade of \"the other (remaining) N areas\", counted, goes to each of the four judgements under the overall one that no current grade has named yet in the article or its sentence, when one has and N is their number. Uncounted (\"the remaining areas were rated good\") it gives nothing: read that way it gave only wrong grades on the sets never read.",
        how: How::Code("grades::the_other_areas"),
        examples: &[
            Example {
                text: "Ofsted rated the experiences and progress of care leavers as inadequate. The inspectors rated the other three areas of inspection as requiring improvement to be good.",
                yields: &[(Cl, Inadequate, false), (Il, Ri, false), (Hp, Ri, false), (Cic, Ri, false)],
            },
            Example {
                text: "Ofsted rated the experiences and progress of care leavers as inadequate. The inspectors rated the other two areas of inspection as requiring improvement to be good.",
                yields: &[(Cl, Inadequate, false)],
            },
            Example {
                text: "Inspectors rated leadership outstanding, while the other three areas were judged good.",
                yields: &[(Il, Outstanding, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Ofsted judged leadership to be outstanding and the other three areas to be good.",
                yields: &[(Il, Outstanding, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Ashby was rated outstanding for leadership and good in the other three areas.",
                yields: &[(Il, Outstanding, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Ashby was judged outstanding for leadership. The remaining areas were rated good, among them the experiences and progress of children in care.",
                yields: &[(Il, Outstanding, false), (Cic, Good, false)],
            },
        ],
    },
    Rule {
        id: "grade.n_of_m_areas",
        doc: "A grade (perhaps \"overall and\") \"in\" (for, across) \"N out of M areas\" (\"of the M\", \"of M\"), where the sentence grades the rest by name otherwise: each area not so named gets it. The areas are the five judgements, or four with children in care and care leavers one (2018–2023); a count that does not add up gives nothing.",
        how: How::Code("grades::n_of_m_areas"),
        examples: &[
            Example {
                text: "The council's children's services scored 'good' in four out of five areas, with only the experiences and progress of care leavers rated 'requires improvement'.",
                yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cic, Good, false), (Cl, Ri, false)],
            },
            Example {
                text: "The council's children's services scored 'requires improvement' in three out of four main areas, with leadership the exception - rated 'good'.",
                yields: &[(Oe, Ri, false), (Il, Good, false), (Hp, Ri, false), (Cic, Ri, false), (Cl, Ri, false)],
            },
            Example {
                text: "The council's children's services scored 'good' in three out of five areas, with only the experiences and progress of care leavers rated 'requires improvement'.",
                yields: &[(Cl, Ri, false)],
            },
            Example {
                // Four areas: children in care and care leavers are one, which care
                // leavers' grade names.
                text: "Inspectors rated the council good overall and for three of the four areas they looked at, but said services for care leavers required improvement.",
                yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cl, Ri, false)],
            },
        ],
    },
    Rule {
        id: "grade.bracketed_after_judgement",
        doc: "A grade in brackets right after a graded judgement, naming none itself, is the same judgement's (\"Leadership, management and governance has been rated good (rated inadequate in 2014)\").",
        how: How::Code("grades::sentence_ratings"),
        examples: &[Example {
            text: "Leadership, management and governance has been rated good (rated inadequate in 2014).",
            yields: &[(Il, Good, false), (Il, Inadequate, false)],
        }],
    },
    Rule {
        id: "grade.these_areas",
        doc: "A grade of \"these\" (those) areas, or of a sentence opening \"All three\" (all of them, both of them), in a sentence naming no judgement, goes to each judgement the sentence before listed (two or more, with no grade); a grade of \"this\" (that) area goes to the one judgement the sentence before named. There a quoted grade needs no rating word (\"The areas assessed were A, B and C. All of these areas were found to 'require improvement'\").",
        how: How::Code("grades::given_to_those_listed_before"),
        examples: &[Example {
            text: "The areas assessed were children who need help and protection, and leadership, management and governance. All of these areas were found to 'require improvement'.",
            yields: &[(Hp, Ri, false), (Il, Ri, false)],
        }, Example {
            text: "Their inspection focused on children in care, children who need help and protection, and leadership. All three were deemed inadequate.",
            yields: &[(Cic, Inadequate, false), (Hp, Inadequate, false), (Il, Inadequate, false)],
        }, Example {
            text: "Their inspection focused on children in care and care leavers. All staff were deemed good.",
            yields: &[(Oe, Good, false)],
        }, Example {
            text: "The experiences of children in need of help and protection were not as strong as they once were. This area will require improvement to be good, inspectors said.",
            yields: &[(Hp, Ri, false)],
        }, Example {
            text: "Inspectors looked at care leavers and children in care. This area will require improvement to be good, they said.",
            yields: &[(Oe, Ri, false)],
        }],
    },
    Rule {
        id: "grade.this_grade_again",
        doc: "A sentence that gives \"this\" (that, the same) accolade, rating or grade to judgements, or opens \"The rating was for\" them, gives them the last current grade before it in the sentence, or else (with no grade before it) of the sentence before (or of one at most two sentences back, with no grade between), dated by its own words (\"The council also earned this accolade for the impact of leaders\"). Where the sentence has grades of its own, only the judgements after it up to the next grade or clause break get it (\"with the same grade for help and protection\").",
        how: How::Code("grades::this_grade_again"),
        examples: &[
            Example {
                text: "Derby City Council has been rated outstanding by Ofsted. The Council also earned this accolade for the impact of leaders on social work practice with children and families.",
                yields: &[(Oe, Outstanding, false), (Il, Outstanding, false)],
            },
            Example {
                text: "The council is doing well. Its care leavers services were given this rating too.",
                yields: &[],
            },
            Example {
                text: "Ofsted has rated the council's children's services 'requires improvement to be good', with the same grade for services for children who need help and protection.",
                yields: &[(Oe, Ri, false), (Hp, Ri, false)],
            },
            Example {
                text: "The services were rated 'requires improvement' overall. The same grade was given for help and protection and for children in care, while the impact of leaders was judged 'good'.",
                yields: &[(Oe, Ri, false), (Hp, Ri, false), (Cic, Ri, false), (Il, Good, false)],
            },
            Example {
                text: "Hammersmith and Fulham has retained its good rating by Ofsted. Inspectors praised its managers. The rating was for leadership, child protection, and care leavers.",
                yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cl, Good, false)],
            },
        ],
    },
    Rule {
        id: "grade.row_title_then_grade",
        doc: "A line that is only a judgement's title then its grade, as a report's table reads once copied as text (\"1. Children who need help and protection Requires improvement\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::UpTo(2, &Step::Either(&[Step::Word("1"), Step::Word("2"), Step::Word("3"), Step::Word("4")])),
                JUDGEMENT_LIST,
                Step::Grade,
                Step::End,
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "1. Children who need help and protection Requires improvement",
                yields: &[(Hp, Ri, false)],
            },
            Example {
                text: "3. Leadership, management and governance Good",
                yields: &[(Il, Good, false)],
            },
        ],
    },
    Rule {
        id: "grade.list_then_grade",
        doc: "Judgements listed by their names, then a rating or giving verb (`rating_cue`, `given`, or \"assessed\") and a grade: every judgement listed gets it (\"A, B and C were all judged good\", \"A, B, and C all merited the 'good' grade\").",
        how: How::Pattern(
            Step::Seq(&[
                JUDGEMENT_LIST,
                gap!(3),
                Step::Either(&[Step::In(&RATING_CUE), Step::In(&GIVEN), Step::Word("assessed")]),
                // "received the inspectorate's top rating".
                Step::UpTo(3, &Step::Either(&[Step::In(&JUDGED_AS), Step::Word("a"), Step::Word("the"), Step::Word("an"), Step::Word("inspectorate's"), Step::Word("ofsted's")])),
                Step::Grade,
                GRADE_ENDS_HERE,
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "The impact of leaders, the experiences and progress of children who need help and protection, and the overall effectiveness of services all merited the 'good' grade.",
                yields: &[(Il, Good, false), (Hp, Good, false), (Oe, Good, false)],
            },
            Example {
                text: "Children looked after and achieving permanence and leadership, management and governance are judged as inadequate.",
                yields: &[(Cic, Inadequate, false), (Il, Inadequate, false)],
            },
            Example {
                text: "The experiences and progress of children who need help and protection, children in care and care leavers was assessed as Good.",
                yields: &[(Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Care leavers receive a good level of targeted support from their personal advisers.",
                yields: &[],
            },
            Example {
                text: "Children who need help and protection receive an outstanding service.",
                yields: &[(Hp, Outstanding, false)],
            },
            Example {
                text: "Services for children who are looked after, adoption and care leavers were judged to be good by Ofsted.",
                yields: &[(Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Services for looked after children and those in need of help and protection have been rated 'Good' by Ofsted.",
                yields: &[(Cic, Good, false), (Hp, Good, false)],
            },
            Example {
                text: "The department's leadership, support for children in care and overall effectiveness all received the inspectorate's top rating.",
                yields: &[(Il, Outstanding, false), (Cic, Outstanding, false), (Oe, Outstanding, false)],
            },
            Example {
                text: "Meanwhile, the department's overall effectiveness, support for children in care and care leavers as well as its child protection services are all rated as \"good\".",
                yields: &[(Oe, Good, false), (Cic, Good, false), (Cl, Good, false), (Hp, Good, false)],
            },
        ],
    },
    Rule {
        id: "grade.grade_then_areas_list",
        doc: "A grade, its areas counted (an `area` word), then after a colon, comma or dash the judgements it is for: \"requiring improvement in three of the five areas: A, B and C\", \"outstanding in two areas, A and B\".",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                gap!(6),
                Step::In(&AREA),
                Step::Pause,
                LIST_OPENER,
                LOOSE_JUDGEMENT_LIST,
                NO_GRADE_OF_ITS_OWN,
            ]),
            Action::GiveFirm,
        ),
        examples: &[
            Example {
                text: "It was rated as requiring improvement in three of the five areas: the impact of leaders, help and protection and care leavers.",
                yields: &[(Il, Ri, false), (Hp, Ri, false), (Cl, Ri, false)],
            },
            Example {
                text: "The trust was rated as requiring improvement in three out of five inspected areas – children being looked after and achieving permanence, the experiences of care leavers and the trust's leadership management and governance.",
                yields: &[(Cic, Ri, false), (Cl, Ri, false), (Il, Ri, false)],
            },
            Example {
                text: "The council was judged outstanding in two areas, leadership and children in care.",
                yields: &[(Il, Outstanding, false), (Cic, Outstanding, false)],
            },
            Example {
                text: "The trust received outstanding ratings in two categories, children's experience in care and the impact of leaders on social work practice.",
                yields: &[(Cic, Outstanding, false), (Il, Outstanding, false)],
            },
        ],
    },
    Rule {
        id: "grade.areas_then_grade_list",
        doc: "Areas counted, a grade, then after a dash or colon the judgements it is for: \"three of the four areas were given requires improvement - A, B and overall effectiveness\".",
        how: How::Pattern(
            Step::Seq(&[
                Step::In(&AREA),
                gap!(4),
                Step::Grade,
                Step::Pause,
                LIST_OPENER,
                LOOSE_JUDGEMENT_LIST,
            ]),
            Action::GiveFirm,
        ),
        examples: &[
            Example {
                text: "Three of the four areas reviewed were given requires improvement - leadership, help and protection and overall effectiveness.",
                yields: &[(Il, Ri, false), (Hp, Ri, false), (Oe, Ri, false)],
            },
            Example {
                text: "Three out of five inspected areas were rated as requiring improvement – children being looked after and achieving permanence, the experiences of care leavers, and the trust's leadership, management and governance.",
                yields: &[(Cic, Ri, false), (Cl, Ri, false), (Il, Ri, false)],
            },
            Example {
                text: "Three of the four main areas were rated 'Good' (leadership, children in care and care leavers), with only help and protection falling short.",
                yields: &[(Il, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
        ],
    },
    Rule {
        id: "grade.grade_in_areas_of",
        doc: "A grade, \"in the\" and an `area` word (area, domain, judgement, category) of the judgements listed after it: each listed gets that grade, whatever grade stands nearer (\"'Requires improvement to be good' in the domains of A and B and 'Inadequate' in the domain of C\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                Step::Word("in"),
                Step::Optional(&Step::Word("the")),
                Step::In(&AREA),
                Step::Optional(&Step::Word("of")),
                LIST_WITH_OTHERS,
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "The council was judged to be 'Requires improvement to be good' in the domains of the impact of leaders on social work practice with children and families and the experiences and progress of children in care and care leavers and 'Inadequate' in the domain of experiences and progress of children who need help and protection.",
            yields: &[(Il, Ri, false), (Cic, Ri, false), (Cl, Ri, false), (Hp, Inadequate, false)],
        }, Example {
            text: "Ofsted judged Warrington to be 'good' in the areas of children achieving permanence, adoption performance and experiences of care leavers.",
            yields: &[(Cic, Good, false), (Cl, Good, false)],
        }],
    },
    Rule {
        id: "grade.judgement_which_was",
        doc: "A judgement (perhaps \"in\" and a place), then \"which\" and up to four words to a grade, in one clause: the judgement's grade (\"the impact of leaders, which was rated 'requires improvement', and help and protection, which was inadequate\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Judgement,
                // "Help and protection in Eastfield, which was judged inadequate".
                Step::Optional(&Step::Seq(&[
                    Step::Word("in"),
                    Step::Name,
                    Step::Optional(&Step::Name),
                ])),
                Step::Word("which"),
                Step::UpTo(4, &PLAIN_WORD),
                Step::NoPause,
                Step::Grade,
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "Inspectors looked at three areas - the impact of leaders, which was rated \"requires improvement\", and on the experiences and progress of children who need help and protection, which was inadequate.",
            yields: &[(Il, Ri, false), (Hp, Inadequate, false)],
        }, Example {
            text: "Help and protection in Eastfield, which was judged inadequate in 2016, has improved.",
            yields: &[(Hp, Inadequate, false)],
        }],
    },
    Rule {
        id: "grade.grade_in_n_more_including",
        doc: "A grade \"in\" some areas or \"more\" (\"others\"), then \"including\" and judgements: each listed gets the grade (\"outstanding in three categories, including overall effectiveness, and good in two more including the experiences and progress of children in care\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                Step::Word("in"),
                Step::UpTo(2, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                Step::Either(&[Step::In(&AREA), Step::Word("more"), Step::Word("others")]),
                Step::Word("including"),
                LOOSE_JUDGEMENT_LIST,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "It was rated outstanding in three categories, including overall effectiveness, and good in two more including the experiences and progress of children in care.",
            yields: &[(Oe, Outstanding, false), (Cic, Good, false)],
        }],
    },
    Rule {
        id: "grade.all_other_areas",
        doc: "\"all\" and \"other (remaining) areas\", up to eight words, a rating or giving verb and a grade: every judgement gets it, and a judgement the article grades by name keeps its own grade (\"rating the impact of leaders as Outstanding. All other areas, including overall effectiveness, are rated as Good\").",
        how: How::Pattern(
            Step::Seq(&[
                // "All": without it, "the other three areas" are those not yet graded
                // (grade.the_other_areas).
                Step::In(&ALL_OF),
                Step::Optional(&Step::Word("the")),
                Step::Either(&[Step::Word("other"), Step::Word("remaining")]),
                Step::Optional(&Step::Any),
                Step::In(&AREA),
                gap!(8),
                Step::Either(&[Step::In(&RATING_CUE), Step::In(&GIVEN)]),
                Step::UpTo(2, &Step::Either(&[Step::In(&JUDGED_AS), Step::Word("a"), Step::Word("the"), Step::Word("an")])),
                Step::Grade,
            ]),
            Action::GiveAll,
        ),
        examples: &[Example {
            text: "All other areas, including the service's overall effectiveness, are rated as Good.",
            yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
        }],
    },
    Rule {
        id: "grade.judgement_was_that",
        doc: "\"judgement\" (verdict, conclusion), up to six words, \"that\" and the services (up to four words) \"required improvement\" or another grade of two words: the overall grade (\"the overall judgement of this inspection was that the service required improvement\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[Step::Word("judgement"), Step::Word("verdict"), Step::Word("conclusion")]),
                gap!(6),
                Step::Word("that"),
                Step::UpTo(4, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                Step::WordyGrade,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "That the overall judgement of this Ofsted Inspection was that the service required improvement.",
            yields: &[(Oe, Ri, false)],
        }],
    },
    Rule {
        id: "grade.some_areas_judged",
        doc: "\"a few\" (some, several) areas, up to six words, and a grade: areas the text does not name, so no rating (\"with a few areas that were judged overall as good\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[Step::Word("few"), Step::Word("several"), Step::Word("some")]),
                Step::In(&AREA),
                // Not areas named between ("some aspects, including leadership, rated as
                // 'Outstanding'").
                Step::UpTo(6, &Step::Not(&Step::Either(&[Step::Grade, Step::Word("including")]))),
                Step::Capture(Slot::Void, &Step::Grade),
            ]),
            Action::Void,
        ),
        examples: &[Example {
            text: "The service required improvement, with a few areas that were judged overall as good.",
            yields: &[],
        }],
    },
    Rule {
        id: "grade.judgements_require_improvement",
        doc: "Judgements listed as the subject of \"requires improvement\" (the grade's verb form, in any tense), perhaps after a `stay` or `now` word or \"both\": each listed gets it (\"The experience of children in care and care leavers still requires improvement\").",
        how: How::Pattern(
            Step::Seq(&[
                JUDGEMENT_LIST,
                Step::NoPause,
                Step::UpTo(2, &Step::Either(&[Step::In(&STAY), Step::In(&NOW), Step::Word("also"), Step::Word("both")])),
                Step::WordyGrade,
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "The experience of children in care and care leavers still requires improvement.",
            yields: &[(Cic, Ri, false), (Cl, Ri, false)],
        }],
    },
    Rule {
        id: "grade.to_from_the_assessment_of",
        doc: "A grade, \"from\", up to three words that are no grade, judgement or `inspectorate` word, and a grade: the second is an earlier event's overall grade (\"upgraded the authority to 'good' from the assessment of 'requires improvement' it gave it in 2014\"); the coded rule reads only two words.",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                Step::Word("from"),
                Step::UpTo(3, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::In(&INSPECTORATE)]))),
                Step::Capture(Slot::Earlier, &Step::Grade),
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "In its latest report it has upgraded the authority to 'good' from the assessment of 'requires improvement' it gave it in 2014.",
            yields: &[(Oe, Good, false), (Oe, Ri, true)],
        }],
    },
    Rule {
        id: "grade.those_graded",
        doc: "\"those (councils) graded (rated) as\" a grade: councils at large, no rating (\"while those graded as 'requires improvement' will get a standard inspection\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Word("those"),
                Step::UpTo(2, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::In(&RATING_CUE)]))),
                Step::In(&RATING_CUE),
                Step::Optional(&Step::Word("as")),
                Step::Capture(Slot::Void, &Step::Grade),
            ]),
            Action::Void,
        ),
        examples: &[Example {
            text: "Under the new framework, those graded as \"requires improvement\" will get a standard inspection.",
            yields: &[],
        }],
    },
    Rule {
        id: "grade.ratings_received_for",
        doc: "A grade, a rating word, a `given` verb (received, given, awarded) or \"were\" (was, are, is), and \"for\" the judgements listed: each gets that grade, though another grade stands nearer some (\"Good ratings were received for A, B and C; and an Outstanding rating for D\", \"The 'good' ratings were for A; B; and C\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                Step::In(&RATING_CUE),
                Step::Either(&[
                    Step::Seq(&[
                        Step::UpTo(2, &Step::Either(&[Step::Word("were"), Step::Word("was"), Step::Word("have"), Step::Word("has"), Step::Word("been")])),
                        Step::In(&GIVEN),
                    ]),
                    // "The 'good' ratings were for A; B; and C", but not "an 'Outstanding'
                    // rating for A, and overall, services were rated 'Good'".
                    Step::Either(&[Step::Word("were"), Step::Word("was"), Step::Word("are"), Step::Word("is")]),
                ]),
                Step::Word("for"),
                JUDGEMENT_LIST,
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "Good ratings were received for the impact of leaders, the experiences and progress of children who need help and protection and overall effectiveness; and Outstanding ratings were given for the experiences and progress of children in care.",
            yields: &[(Il, Good, false), (Hp, Good, false), (Oe, Good, false), (Cic, Outstanding, false)],
        }, Example {
            text: "The 'good' ratings were for the impact of leaders on social work practice with children and families; the experiences and progress of children who need help and protection; the experiences and progress of care leavers; and overall effectiveness.",
            yields: &[(Il, Good, false), (Hp, Good, false), (Cl, Good, false), (Oe, Good, false)],
        }],
    },
    Rule {
        id: "grade.services_found_to_be",
        doc: "\"service(s)\", up to three words, \"found to (be)\" and a grade: the overall grade, or that of the judgements named right before \"services\", with no rating word needed (\"since 2018 when services were found to Require Improvement\", \"Care leavers services were found to be outstanding\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Optional(&JUDGEMENT_LIST),
                Step::Either(&[Step::Word("services"), Step::Word("service")]),
                Step::UpTo(3, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                Step::Word("found"),
                Step::Word("to"),
                Step::Optional(&Step::Word("be")),
                Step::Grade,
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "The council has been working to improve since 2018 when services were found to Require Improvement.",
                yields: &[(Oe, Ri, false)],
            },
            Example {
                text: "Care leavers services were found to be outstanding.",
                yields: &[(Cl, Outstanding, false)],
            },
        ],
    },
    Rule {
        id: "grade.clean_sweep",
        doc: "\"a clean sweep of\" a grade, a grade \"across the board\", or \"across-the-board\" and a quoted grade: every judgement gets it.",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[Step::Word("clean"), Step::Word("sweep"), Step::Word("of"), Step::Grade]),
                Step::Seq(&[
                    Step::Grade,
                    gap!(3),
                    Step::Either(&[
                        Step::Seq(&[Step::Word("across"), Step::Word("the"), Step::Word("board")]),
                        Step::Word("across-the-board"),
                    ]),
                ]),
                // "attain across-the-board 'good' scores".
                Step::Seq(&[
                    Step::Either(&[
                        Step::Seq(&[Step::Word("across"), Step::Word("the"), Step::Word("board")]),
                        Step::Word("across-the-board"),
                    ]),
                    Step::Quoted,
                    Step::Grade,
                ]),
            ]),
            Action::GiveAll,
        ),
        examples: &[Example {
            text: "The two boroughs' shared children's services achieved a clean sweep of outstanding ratings.",
            yields: &[(Oe, Outstanding, false), (Il, Outstanding, false), (Hp, Outstanding, false), (Cic, Outstanding, false), (Cl, Outstanding, false)],
        }, Example {
            text: "The council's work helped it attain across-the-board 'good' scores from Ofsted.",
            yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
        }, Example {
            text: "Staff turnover fell across the board, a good sign.",
            yields: &[],
        }],
    },
    Rule {
        id: "grade.found_it_to_be",
        doc: "\"found\" (concluded, considered), an object of one to six words with no pause and no judgement, or judgements (perhaps after \"that\", and with a relative clause of up to six words), perhaps \"to be\", and a grade that ends its clause: the overall grade, or the judgements', with no rating word needed (\"found the service to be inadequate\", \"found help and protection to be good\", \"had found the council inadequate\", \"found that the help and protection children receive to be good\").",
        how: How::Pattern(
            Step::Seq(&[
                FINDING_VERB,
                // Its object, of one word or more (not "were found to be good", where
                // the subject before is what is graded), or judgements ("found help and
                // protection to be good").
                Step::Either(&[
                    // "found the help, protection and care that children and young people
                    // are receiving to be good", "found that the impact of leaders ... to
                    // be outstanding".
                    Step::Seq(&[
                        Step::Optional(&Step::Word("that")),
                        JUDGEMENT_LIST,
                        // A relative clause with no verb of saying of its own (not
                        // "care leavers who they met said it was good").
                        Step::Optional(&Step::Seq(&[
                            Step::Either(&[Step::Word("that"), Step::Word("which"), Step::Word("who")]),
                            Step::UpTo(6, &Step::Seq(&[
                                Step::NoPause,
                                Step::Not(&Step::Either(&[
                                    Step::Grade,
                                    Step::Judgement,
                                    Step::Word("said"),
                                    Step::Word("say"),
                                    Step::Word("says"),
                                    Step::Word("told"),
                                ])),
                            ])),
                        ])),
                        Step::NoPause,
                    ]),
                    Step::Seq(&[
                        Step::Seq(&[Step::NoPause, Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::Word("to")]))]),
                        // No verb of its own: "found out the plans were good" is a clause.
                        Step::UpTo(5, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::Word("were"), Step::Word("was"), Step::Word("are"), Step::Word("is")]))])),
                    ]),
                ]),
                // "to be", or nothing: "had found the council inadequate".
                Step::Optional(&Step::Seq(&[Step::Word("to"), Step::Word("be")])),
                Step::Grade,
                // The grade ends its clause: not "found the staff to be good listeners".
                Step::Either(&[Step::End, Step::Pause, Step::Word("and"), Step::Word("but")]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "Ofsted's previous inspection, in October 2018, found the service to be inadequate.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "Ofsted found help and protection to be good.",
                yields: &[(Hp, Good, false)],
            },
            Example {
                text: "Inspectors found the staff to be good listeners.",
                yields: &[],
            },
            Example {
                text: "The previous inspection, in 2015, had found the council inadequate.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "Inspectors found the staff good listeners.",
                yields: &[],
            },
            Example {
                text: "Ofsted found that the help and protection that children receive to be good.",
                yields: &[(Hp, Good, false)],
            },
        ],
    },
    Rule {
        id: "grade.and_judgements_to_be",
        doc: "\"found\" (concluded, considered), up to thirty words, \"and\", perhaps \"that\", judgements, \"to be\" and a grade that ends its clause: the judgements' grade, the second object of the finding (\"found the care to be good, and that the impact of leaders on social work practice to be outstanding\").",
        how: How::Pattern(
            Step::Seq(&[
                FINDING_VERB,
                Step::UpTo(30, &Step::Any),
                Step::Word("and"),
                Step::Optional(&Step::Word("that")),
                JUDGEMENT_LIST,
                Step::Word("to"),
                Step::Word("be"),
                Step::Grade,
                Step::Either(&[Step::End, Step::Pause, Step::Word("and"), Step::Word("but")]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "Inspectors found much to praise, and that the impact of leaders on social work practice with children and families to be outstanding.",
                yields: &[(Il, Outstanding, false)],
            },
            Example {
                text: "Inspectors found many strengths and wanted care leavers to be outstanding listeners.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.services_were",
        doc: "The inspectorate, \"found\" or \"been told\", up to eight words, \"service(s)\", a few words with no pause, \"were\" (was, are, is), perhaps a `now` or `stay` word, and a grade: the overall grade, or that of the judgements named right before \"services\", with no rating word needed (\"The watchdog found that the council's services for children were inadequate\"); or that, then a pause and the inspectorate as its source (\"services in Ashby are now good, according to Ofsted\").",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    Step::Either(&[
                        Step::In(&INSPECTORATE),
                        Step::Word("found"),
                        // "Ashby Council has been told its children's services are
                        // 'inadequate'".
                        Step::Seq(&[Step::Either(&[Step::Word("been"), Step::Word("was"), Step::Word("were")]), Step::Word("told")]),
                    ]),
                    Step::UpTo(8, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                    Step::Optional(&JUDGEMENT_LIST),
                    SERVICES_WERE_GRADE,
                ]),
                // The inspectorate named after the grade, as the source: "Children's
                // services in Ashby are now good, according to Ofsted".
                Step::Seq(&[
                    SERVICES_WERE_GRADE,
                    Step::Pause,
                    Step::UpTo(2, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                    Step::In(&INSPECTORATE),
                ]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "The watchdog found that the council's services for children were inadequate.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "Ofsted said the council's children's services were 'inadequate' and children were at risk.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "Children's services in Ashby are now good, according to Ofsted.",
                yields: &[(Oe, Good, false)],
            },
            Example {
                text: "Ashby Council's children's services are good, Ofsted says.",
                yields: &[(Oe, Good, false)],
            },
            Example {
                text: "Children's services in Ashby are now good at listening, according to Ofsted.",
                yields: &[],
            },
            Example {
                text: "Ashby Council has been told its children's services are 'inadequate'.",
                yields: &[(Oe, Inadequate, false)],
            },
        ],
    },
    Rule {
        id: "grade.services_changed_to",
        doc: "\"service(s)\", a few words with no pause, a `changed` verb (improved, moved, upgraded), perhaps \"up\" or \"down\", \"to\" and a grade that ends its clause: the overall grade, now held, with no rating word needed (\"children's services improve to 'good'\", \"services have moved up to good, Ofsted says\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[Step::Word("services"), Step::Word("service")]),
                Step::UpTo(3, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::Word("not")]))])),
                Step::NoPause,
                Step::In(&CHANGED),
                Step::Optional(&Step::Either(&[Step::Word("up"), Step::Word("down")])),
                Step::Word("to"),
                Step::Grade,
                // The grade ends its clause: not "improved to good effect".
                Step::Either(&[Step::End, Step::Pause, Step::Word("and"), Step::Word("but")]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "Ashby children's services improve to 'good'",
                yields: &[(Oe, Good, false)],
            },
            Example {
                text: "Ashby Council's children's services have moved up to good, Ofsted says.",
                yields: &[(Oe, Good, false)],
            },
            Example {
                text: "Support for families in the services has improved to good effect.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.improvement_on",
        doc: "\"an improvement on\" (\"up from\", \"down from\", a `changed` verb and \"from\") and, within two words, a grade: an earlier event's overall grade (\"services were good, an improvement on the 'requires improvement' rating in 2019\").",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    Step::Either(&[
                        Step::Seq(&[Step::Word("improvement"), Step::Word("on")]),
                        Step::Seq(&[Step::Either(&[Step::Word("up"), Step::Word("down")]), Step::Word("from")]),
                    ]),
                    Step::UpTo(2, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                    Step::Capture(Slot::Earlier, &Step::Grade),
                ]),
                // "slipping from their last 'outstanding' inspection in 2011": after a
                // `changed` verb, a quoted grade only (not "moved from an outstanding
                // authority", "from good intentions").
                Step::Seq(&[
                    Step::In(&CHANGED),
                    Step::Word("from"),
                    Step::UpTo(2, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                    Step::Quoted,
                    Step::Capture(Slot::Earlier, &Step::Grade),
                ]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "This is an improvement on the 'requires improvement' rating it was given in 2019.",
                yields: &[(Oe, Ri, true)],
            },
            Example {
                text: "Services were slipping from their last 'outstanding' inspection in 2011.",
                yields: &[(Oe, Outstanding, true)],
            },
        ],
    },
    Rule {
        id: "grade.numbered_row",
        doc: "A numbered row of a report's table of judgements run into one line, as text copied from a report is: a judgement and a grade right after it, then the next row's number or the end of the words (\"1. Children who need help and protection Good 2. Children looked after and achieving permanence Good\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Capture(Slot::Main, &Step::Judgement),
                Step::NoPause,
                Step::Capture(Slot::Main, &Step::Grade),
                Step::Either(&[Step::Count, Step::End]),
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "The judgements are: 1. Children who need help and protection Good 2. Experiences and progress of care leavers Requires improvement 3.",
            yields: &[(Hp, Good, false), (Cl, Ri, false)],
        }],
    },
    Rule {
        id: "grade.in_respect_of_then_grade",
        doc: "\"In respect of\" (in terms of, in relation to, regarding) judgements, or \"in the\" judgement's \"category\" (area), a pause, and in the clause after, with no other judgement, a grade: theirs (\"In respect of child protection, the report highlighted that services required improvement to be good\", \"in the children who need help and protection category, the service was said to 'require improvement'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[
                    Step::Seq(&[
                        Step::Word("in"),
                        Step::Either(&[Step::Word("terms"), Step::Word("respect")]),
                        Step::Word("of"),
                        JUDGEMENT_LIST,
                    ]),
                    Step::Seq(&[Step::Word("in"), Step::Word("relation"), Step::Word("to"), JUDGEMENT_LIST]),
                    Step::Seq(&[Step::Word("regarding"), JUDGEMENT_LIST]),
                    Step::Seq(&[Step::Word("in"), Step::Word("the"), JUDGEMENT_LIST, Step::In(&AREA)]),
                ]),
                Step::Pause,
                Step::Not(&Step::Either(&[Step::Grade, Step::Judgement])),
                Step::UpTo(9, &PLAIN_WORD),
                Step::Grade,
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "In respect of child protection, the report highlighted that services required improvement to be good.",
                yields: &[(Hp, Ri, false)],
            },
            Example {
                text: "However, in the children who need help and protection category, the service was said to \"require improvement.\"",
                yields: &[(Hp, Ri, false)],
            },
        ],
    },
    Rule {
        id: "grade.in_terms_of",
        doc: "A grade \"in terms of\" (in relation to, in respect of, with or in regard(s) to, regarding) judgements: theirs (\"rated the department 'inadequate' in terms of 'overall effectiveness'\", \"rated as 'good' in relation to the experiences and progress of children who need help and protection\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                Step::Either(&[
                    Step::Seq(&[Step::Word("in"), Step::Word("terms"), Step::Word("of")]),
                    Step::Seq(&[Step::Word("in"), Step::Word("relation"), Step::Word("to")]),
                    Step::Seq(&[Step::Word("in"), Step::Word("respect"), Step::Word("of")]),
                    Step::Seq(&[
                        Step::Either(&[Step::Word("with"), Step::Word("in")]),
                        Step::Either(&[Step::Word("regard"), Step::Word("regards")]),
                        Step::Word("to"),
                    ]),
                    Step::Word("regarding"),
                ]),
                JUDGEMENT_LIST,
            ]),
            Action::GiveFirm,
        ),
        examples: &[
            Example {
                text: "Ofsted rated the department \"inadequate\" in terms of \"overall effectiveness\"; as well as the impact leaders have on social work practice.",
                yields: &[(Oe, Inadequate, false), (Il, Inadequate, false)],
            },
            Example {
                text: "The council was rated as 'good' in relation to the experiences and progress of children who need help and protection.",
                yields: &[(Hp, Good, false)],
            },
            Example {
                text: "Ofsted's report states the council requires improvement in regards to children who need help and protection, children looked after and achieving permanence and leadership, management and governance.",
                yields: &[(Hp, Ri, false), (Cic, Ri, false), (Il, Ri, false)],
            },
        ],
    },
    Rule {
        id: "grade.judgement_rating_it",
        doc: "A judgement, then a rating word, \"it\" (them) and perhaps \"as\", and a grade: the judgement's (\"praised the experiences and progress of children in care, rating it as 'good'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Judgement,
                Step::In(&RATING_CUE),
                Step::Either(&[Step::Word("it"), Step::Word("them")]),
                Step::Optional(&Step::Word("as")),
                Step::Grade,
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "But the report also praised the general experiences and progress of children in care, rating it as \"good.\"",
            yields: &[(Cic, Good, false)],
        }],
    },
    Rule {
        id: "grade.areas_that_grade_were",
        doc: "An `area` word, perhaps \"that\", a grade (\"require improvement\"), perhaps \"which\", \"were\" (are, included) and the judgements listed: each gets the grade (\"the two areas that require improvement which were 'leadership, management and governance' and 'the experience and progress of children who need help and protection'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::In(&AREA),
                Step::Optional(&Step::Word("that")),
                Step::Optional(&Step::Either(&[Step::Word("were"), Step::Word("are"), Step::Word("was"), Step::Word("is")])),
                Step::Optional(&Step::Either(&[Step::Word("rated"), Step::Word("judged"), Step::Word("found")])),
                Step::Optional(&Step::Either(&[Step::Word("as"), Step::Word("to")])),
                Step::Grade,
                Step::Optional(&Step::Word("which")),
                Step::Either(&[
                    Step::Word("were"),
                    Step::Word("are"),
                    Step::Word("included"),
                    Step::Word("include"),
                    Step::Word("including"),
                ]),
                Step::Optional(&Step::Pause),
                LOOSE_JUDGEMENT_LIST,
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "The report highlights the two areas that require improvement which were 'leadership, management and governance' and 'the experience and progress of children who need help and protection'.",
            yields: &[(Il, Ri, false), (Hp, Ri, false)],
        }, Example {
            text: "The aspects requiring improvement included the impact of leaders on social work practice with children and families, and the service's overall effectiveness.",
            yields: &[(Il, Ri, false), (Oe, Ri, false)],
        }],
    },
    Rule {
        id: "grade.a_council_rated",
        doc: "\"a (an) council (authority, trust) rated\" and a grade: the subject's standing told in passing, not a grade of the event reported (\"child protection work at a council rated 'inadequate' by Ofsted\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[Step::Word("a"), Step::Word("an")]),
                Step::Either(&[Step::Word("council"), Step::Word("authority"), Step::Word("trust")]),
                Step::In(&RATING_CUE),
                Step::Optional(&Step::Word("as")),
                Step::Capture(Slot::Void, &Step::Grade),
            ]),
            Action::Void,
        ),
        examples: &[Example {
            text: "Efforts to improve the quality of child protection work at a council rated \"inadequate\" by Ofsted are too slow.",
            yields: &[],
        }],
    },
    Rule {
        id: "grade.areas_dash_list_then_grade",
        doc: "An `area` word, the judgements listed between dashes or brackets, then a rating word and a grade: each listed gets it (\"Individual aspects of the service – A, B, C and D – were all rated as 'requires improvement'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::In(&AREA),
                gap!(3),
                Step::Pause,
                LOOSE_JUDGEMENT_LIST,
                Step::UpTo(2, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                Step::Pause,
                gap!(2),
                Step::In(&RATING_CUE),
                Step::UpTo(2, &Step::Either(&[Step::In(&JUDGED_AS), Step::Word("a"), Step::Word("the"), Step::Word("an")])),
                Step::Grade,
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "Individual aspects of the service – children who need help and protection, “looked after” children, the experience of care leavers and leadership performance – were all rated as “requires improvement”.",
            yields: &[(Hp, Ri, false), (Cic, Ri, false), (Cl, Ri, false), (Il, Ri, false)],
        }],
    },
    Rule {
        id: "grade.inspectorate_says_services_require_improvement",
        doc: "The inspectorate (an `inspectorate` word) said or found that the services \"require improvement\" (the grade's verb form, in any tense), with at most three words between \"services\" and it and no judgement among them, or the services \"require improvement\" and then, after a pause, the inspectorate as the source (\"according to the latest Ofsted report\"): the overall grade, with no rating word needed, since \"services required improvement\" after Ofsted is only ever the grade.",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    Step::In(&INSPECTORATE),
                    Step::UpTo(8, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                    // "Inspectors graded the council's help and protection services as
                    // requires improvement": the judgement's services, not the overall grade.
                    Step::Optional(&JUDGEMENT_LIST),
                    Step::Word("services"),
                    Step::UpTo(3, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                    Step::WordyGrade,
                ]),
                // Or the inspectorate after, as the source: "Children's services in
                // Northvale require improvement, according to the latest Ofsted report".
                Step::Seq(&[
                    Step::Word("services"),
                    Step::UpTo(3, &PLAIN_WORD),
                    Step::NoPause,
                    Step::Optional(&Step::Either(&[Step::In(&STAY), Step::In(&NOW)])),
                    Step::WordyGrade,
                    Step::Pause,
                    Step::UpTo(4, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                    Step::In(&INSPECTORATE),
                ]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "Back in 2021 Ofsted said the borough's children's services required improvement.",
                yields: &[(Oe, Ri, false)],
            },
            Example {
                text: "Inspectors found that services for children still require improvement to be good.",
                yields: &[(Oe, Ri, false)],
            },
            Example {
                text: "Inspectors said services had improved, but practice in some teams required improvement.",
                yields: &[],
            },
            Example {
                text: "Inspectors graded the council's help and protection services as requires improvement.",
                yields: &[(Hp, Ri, false)],
            },
            Example {
                text: "Children's services in Northvale require improvement, according to the latest Ofsted report.",
                yields: &[(Oe, Ri, false)],
            },
        ],
    },
    Rule {
        id: "grade.in_all_areas",
        doc: "A grade, at most two words, \"in (across) all (every) areas\", all areas given (or rated as) a grade, or \"In all areas of judgement,\" and one clause later a quoted grade: every judgement gets it.",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    Step::Grade,
                    // "'Outstanding' again in every area", "a 'good' grade in all four
                    // criteria".
                    Step::UpTo(2, &PLAIN_WORD),
                    Step::NoPause,
                    Step::Either(&[Step::Word("in"), Step::Word("across"), Step::Word("for")]),
                    Step::Optional(&Step::Word("the")),
                    Step::In(&ALL_OF),
                    Step::Optional(&Step::Any),
                    Step::In(&AREA),
                ]),
                // "In all areas of judgement, the inspector summarised that the service
                // 'required improvement'".
                Step::Seq(&[
                    Step::Word("in"),
                    Step::In(&ALL_OF),
                    Step::Optional(&Step::Any),
                    Step::In(&AREA),
                    Step::Optional(&Step::Seq(&[Step::Word("of"), Step::In(&AREA)])),
                    Step::Pause,
                    Step::Not(&Step::Either(&[Step::Grade, Step::Judgement])),
                    Step::UpTo(9, &PLAIN_WORD),
                    Step::NoPause,
                    Step::Quoted,
                    Step::Grade,
                ]),
                // "All five areas were given a 'Good' grading", "each of the areas
                // inspected were rated as Requires Improvement", "all service areas were
                // given a rating of good".
                Step::Seq(&[
                    Step::In(&ALL_OF),
                    Step::Optional(&Step::Seq(&[Step::Word("of"), Step::Word("the")])),
                    Step::Optional(&Step::Any),
                    Step::In(&AREA),
                    gap!(4),
                    Step::Either(&[Step::In(&RATING_CUE), Step::In(&GIVEN)]),
                    Step::UpTo(2, &Step::Either(&[Step::In(&JUDGED_AS), Step::Word("a"), Step::Word("the"), Step::Word("an")])),
                    Step::Optional(&Step::Seq(&[Step::In(&RATING_CUE), Step::Word("of")])),
                    Step::Grade,
                ]),
                // "Ofsted rated all four areas of the service as good": the areas as the
                // rating word's object.
                Step::Seq(&[
                    Step::In(&RATING_CUE),
                    Step::Optional(&Step::Word("the")),
                    Step::In(&ALL_OF),
                    Step::Optional(&Step::Any),
                    Step::In(&AREA),
                    Step::UpTo(3, &PLAIN_WORD),
                    Step::NoPause,
                    Step::Either(&[Step::Word("as"), Step::Seq(&[Step::Word("to"), Step::Word("be")])]),
                    Step::Grade,
                ]),
            ]),
            Action::GiveAll,
        ),
        examples: &[
            Example {
                text: "The council was rated \"outstanding\" in all areas.",
                yields: &[(Oe, Outstanding, false), (Il, Outstanding, false), (Hp, Outstanding, false), (Cic, Outstanding, false), (Cl, Outstanding, false)],
            },
            Example {
                text: "Ofsted rated the services as 'Outstanding' again in every area assessed.",
                yields: &[(Oe, Outstanding, false), (Il, Outstanding, false), (Hp, Outstanding, false), (Cic, Outstanding, false), (Cl, Outstanding, false)],
            },
            Example {
                text: "The council was given a 'good' grade in all four criteria.",
                yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "All five areas were given a 'Good' grading.",
                yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Each of the areas inspected were rated as Requires Improvement.",
                yields: &[(Oe, Ri, false), (Il, Ri, false), (Hp, Ri, false), (Cic, Ri, false), (Cl, Ri, false)],
            },
            Example {
                text: "All service areas were given a rating of good.",
                yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Inspectors said all aspects of the service were rated as good.",
                yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Ofsted rated all four areas of the service as good.",
                yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "In all areas of judgment, the inspector summarised that the service \"required improvement\".",
                yields: &[(Oe, Ri, false), (Il, Ri, false), (Hp, Ri, false), (Cic, Ri, false), (Cl, Ri, false)],
            },
            Example {
                text: "In all areas, staff worked hard, and the mood was \"good\".",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.once_now",
        doc: "\"once (previously) G1, now G2\": G1 is an earlier event's overall grade and G2 the one reported.",
        how: How::Pattern(
            Step::Seq(&[
                Step::Capture(
                    Slot::Earlier,
                    &Step::Seq(&[
                        Step::Either(&[Step::Word("once"), Step::Word("previously"), Step::Word("formerly")]),
                        gap!(2),
                        Step::Grade,
                    ]),
                ),
                gap!(2),
                Step::In(&NOW),
                gap!(3),
                Step::Grade,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Services once inadequate are now 'requires improvement to be good'.",
            yields: &[(Oe, Inadequate, true), (Oe, Ri, false)],
        }],
    },
    Rule {
        id: "grade.for_services_to",
        doc: "A grade after a rating word, or quoted, then \"for\" and up to six words with no comma, grade or judgement before a judgement: the grade is that judgement's (\"branded the trust inadequate for the services it provides to children who need help and protection\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[
                    Step::Seq(&[Step::In(&RATING_CUE), gap!(3), Step::Grade]),
                    Step::Seq(&[Step::Quoted, Step::Grade]),
                ]),
                // "provides 'good' services for children in care".
                Step::Optional(&Step::Either(&[Step::Word("services"), Step::Word("service")])),
                Step::Word("for"),
                Step::UpTo(
                    6,
                    &Step::Seq(&[
                        Step::NoPause,
                        Step::Not(&Step::Either(&[Step::Grade, Step::Judgement])),
                    ]),
                ),
                Step::NoPause,
                Step::Judgement,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Ofsted branded the trust inadequate for the services it provides to children who need help and protection.",
            yields: &[(Hp, Inadequate, false)],
        }, Example {
            text: "Inspectors have identified that Blackpool Council provides 'good' services for children in care and care leavers.",
            yields: &[(Cic, Good, false), (Cl, Good, false)],
        }],
    },
    Rule {
        id: "grade.for_list",
        doc: "A grade, perhaps a rating word, \"for\" (around), up to six words leading in, and judgements listed: each gets it (\"rated inadequate for the impact of leaders, and the experiences and progress of children who need help and protection\", \"rated 'inadequate' both for 'A' and, also, for 'B'\", \"The top grade was also given for A, B and C\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                // "received 'requires improvement' ratings for A and B".
                Step::Optional(&Step::In(&RATING_CUE)),
                // "Good was the judgement for A and for B", "The top grade was also
                // given for A, B and C".
                Step::Optional(&Step::Seq(&[
                    BE_FORM,
                    Step::Optional(&Step::Word("also")),
                    Step::Either(&[
                        Step::Seq(&[Step::Optional(&Step::Word("the")), Step::In(&RATING_CUE)]),
                        Step::In(&GIVEN),
                    ]),
                ])),
                // "rated 'inadequate' both for A and, also, for B".
                Step::Optional(&Step::Word("both")),
                Step::Either(&[Step::Word("for"), Step::Word("around")]),
                // "for the impact of its leaders on social work practice ...": a few
                // words leading into the first judgement's name.
                Step::UpTo(6, &PLAIN_WORD),
                JUDGEMENT_LIST,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Ofsted rated the services as inadequate for the impact of leaders on social work practice with children and families, and the experiences and progress of children who need help and protection.",
            yields: &[(Il, Inadequate, false), (Hp, Inadequate, false)],
        }, Example {
            text: "The top grade was also given for the impact of leaders, children in care, and care leavers.",
            yields: &[(Il, Outstanding, false), (Cic, Outstanding, false), (Cl, Outstanding, false)],
        }, Example {
            text: "Services were rated 'inadequate' both for the 'impact of leaders' and, also, for 'overall effectiveness.'",
            yields: &[(Il, Inadequate, false), (Oe, Inadequate, false)],
        }, Example {
            text: "The inspectorate rated Derby as outstanding for the impact of its leaders on social work practice with children and families, and the experiences and progress of children who need help and protection.",
            yields: &[(Il, Outstanding, false), (Hp, Outstanding, false)],
        }, Example {
            text: "Ofsted has rated the council's services 'inadequate' for the 'experiences and progress of children in care and care leavers' and, also, for 'overall effectiveness.'",
            yields: &[(Cic, Inadequate, false), (Cl, Inadequate, false), (Oe, Inadequate, false)],
        }, Example {
            text: "The services 'require improvement to be good' around 'children who need help and protection' and also for 'impact of leaders on social work practice.'",
            yields: &[(Hp, Ri, false), (Il, Ri, false)],
        }, Example {
            text: "The council received 'requires improvement' ratings for overall effectiveness of children's social care services, the experiences and progress of children in care and care leavers.",
            yields: &[(Oe, Ri, false), (Cic, Ri, false), (Cl, Ri, false)],
        }, Example {
            text: "The Director reported that Good was the judgement for overall effectiveness and for help and protection.",
            yields: &[(Oe, Good, false), (Hp, Good, false)],
        }],
    },
    Rule {
        id: "grade.grade_in_list",
        doc: "A grade, \"in\", perhaps \"the services provided to\", and judgements listed (a service graded apart first, \"adoption performance and ...\", passed over): each gets it (\"rated 'requiring improvement' in the services provided to children in need of help and protection, to children in its care, as well as leadership\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                Step::Word("in"),
                Step::Optional(&Step::Seq(&[
                    Step::Optional(&Step::Either(&[Step::Word("the"), Step::Word("its")])),
                    Step::Either(&[Step::Word("services"), Step::Word("service")]),
                    Step::Optional(&Step::Either(&[
                        Step::Word("provided"),
                        Step::Word("offered"),
                        Step::Word("given"),
                    ])),
                    Step::Either(&[Step::Word("to"), Step::Word("for")]),
                ])),
                JUDGEMENT_LIST,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Inspectors have rated the county as 'requiring improvement' in the services provided to children in need of help and protection, to children in its care, as well as the overall leadership and management of those services.",
            yields: &[(Hp, Ri, false), (Cic, Ri, false), (Il, Ri, false)],
        }, Example {
            text: "Ofsted found the council to be 'good' in adoption performance and the 'experiences and progress of care leavers'.",
            yields: &[(Cl, Good, false)],
        }, Example {
            text: "The council was judged good in help and protection, children in care and care leavers.",
            yields: &[(Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
        }],
    },
    Rule {
        id: "grade.grade_across_services_including",
        doc: "A grade, a few words (\"across a range of services\"), \"including\" and judgements listed: each gets it (\"rated the city council as inadequate across a range of services including child protection, adoption, and children in care\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                Step::UpTo(6, &PLAIN_WORD),
                Step::Word("including"),
                JUDGEMENT_LIST,
                NO_GRADE_OF_ITS_OWN,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "An Ofsted report rated the city council as inadequate across a range of services including child protection, adoption, and children in care.",
            yields: &[(Hp, Inadequate, false), (Cic, Inadequate, false)],
        }],
    },
    Rule {
        id: "grade.from_to",
        doc: "\"from\", a few words, a grade, \"to\", perhaps \"the much better\" (a, higher, worse, ...), and a grade: the first is an earlier event's overall grade (\"the leap from a judgement of 'requires improvement to be good' to outstanding\", \"from a verdict of 'inadequate' to the much better 'requires improvement'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Word("from"),
                // "from an Ofsted rating of 'requires improvement' to 'good'".
                gap!(4),
                Step::Capture(Slot::Earlier, &Step::Grade),
                Step::NoPause,
                Step::Word("to"),
                // "to the much better 'requires improvement'" (not "to the brink of
                // inadequate", "to almost inadequate").
                Step::Optional(&Step::Either(&[Step::Word("the"), Step::Word("a"), Step::Word("an")])),
                Step::Optional(&Step::Word("much")),
                Step::Optional(&Step::Either(&[Step::Word("better"), Step::Word("improved"), Step::Word("higher"), Step::Word("lower"), Step::Word("worse")])),
                Step::NoPause,
                Step::Grade,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Turning around our judgement on services for children, from a verdict of 'inadequate' to the much better 'requires improvement', took three years.",
            yields: &[(Oe, Inadequate, true), (Oe, Ri, false)],
        }, Example {
            text: "The council made the leap from a judgement of \"requires improvement to be good\" to outstanding.",
            yields: &[(Oe, Ri, true), (Oe, Outstanding, false)],
        }, Example {
            text: "The department has risen from an Ofsted rating of 'requires improvement' to 'good.'",
            yields: &[(Oe, Ri, true), (Oe, Good, false)],
        }],
    },
    Rule {
        id: "grade.that_judgement_is",
        doc: "\"that\", a judgement as the subject, a few words with no comma, \"is\" (was, are, were) and a grade: the judgement's grade (\"They noted that the leadership of children's services is good\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Word("that"),
                Step::Judgement,
                Step::UpTo(4, &PLAIN_WORD),
                Step::NoPause,
                BE_FORM,
                Step::Grade,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "They noted that the leadership of children's services is good.",
            yields: &[(Il, Good, false)],
        }],
    },
    Rule {
        id: "grade.judgement_found_to_be",
        doc: "Judgements listed as the subject, a few words with no comma, perhaps \"was\" (were, is, are), \"found\" (deemed, considered) and a grade that ends its clause, with no rating word needed: \"children in need of help and protection was found to be good\".",
        how: How::Pattern(
            Step::Seq(&[
                JUDGEMENT_LIST,
                Step::UpTo(3, &PLAIN_WORD),
                Step::NoPause,
                // Or no verb before "found": "with A, B and C all found to be good".
                Step::Optional(&BE_FORM),
                Step::Optional(&Step::Either(&[Step::Word("also"), Step::Word("both"), Step::Word("all")])),
                Step::Either(&[Step::Word("found"), Step::Word("deemed"), Step::Word("considered")]),
                Step::Optional(&Step::Word("to")),
                Step::Optional(&Step::Word("be")),
                Step::Grade,
                // The grade ends its clause: not "found to be good listeners".
                Step::Either(&[Step::End, Step::Pause, Step::Word("and"), Step::Word("but")]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "Each area was highlighted; children in need help and protection was found to be good, and the thresholds well embedded.",
                yields: &[(Hp, Good, false)],
            },
            Example {
                text: "Care leavers were deemed outstanding.",
                yields: &[(Cl, Outstanding, false)],
            },
            Example {
                text: "The experiences and progress of children in care and care leavers were both found to be 'good'.",
                yields: &[(Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Ofsted grades services across four measures, with the impact of leaders on social work practice with children and families and the experiences and progress of care leavers all found to be good.",
                yields: &[(Il, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "The staff who met care leavers were found to be good listeners.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.overall_the_service",
        doc: "\"overall\", up to three words with no comma (\"the service\"), and a grade of two words or more: the overall grade (\"It rated the leadership as good, but overall the service required improvement\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Word("overall"),
                Step::UpTo(3, &PLAIN_WORD),
                Step::NoPause,
                Step::WordyGrade,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Inspectors praised its staff, but overall the service required improvement.",
            yields: &[(Oe, Ri, false)],
        }],
    },
    Rule {
        id: "grade.rated_services_overall_as",
        doc: "A rating word, up to three words, \"overall\" and the grade: the overall grade, though a judgement stands nearer (\"said the situation for care leavers had deteriorated and rated services overall as 'requiring improvement'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::In(&RATING_CUE),
                Step::UpTo(3, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                Step::Word("overall"),
                Step::Optional(&Step::Word("as")),
                Step::Grade,
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "It said the situation for care leavers had \"deteriorated\" and rated services overall as \"requiring improvement\".",
            yields: &[(Oe, Ri, false)],
        }],
    },
    Rule {
        id: "grade.rating_for_n_areas_list",
        doc: "A grade (a rating) \"for\" some areas, a dash or colon, and the judgements listed, a few words before the first: each gets the grade (\"a 'good' rating for three of the four areas – how the service manages children in care, children who need protection, and care leavers\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                Step::Optional(&Step::In(&RATING_CUE)),
                Step::Word("for"),
                Step::UpTo(4, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::In(&AREA)]))])),
                Step::NoPause,
                Step::In(&AREA),
                Step::Pause,
                LIST_OPENER,
                Step::UpTo(4, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                LOOSE_JUDGEMENT_LIST,
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "They awarded a 'good' rating for three of the four areas – how the services manages children in care, children who need protection, and care leavers.",
            yields: &[(Cic, Good, false), (Hp, Good, false), (Cl, Good, false)],
        }],
    },
    Rule {
        id: "grade.services_for_list_then_quoted_grade",
        doc: "\"services for\", a few words, the judgements listed (a few words before each after the first), and a quoted grade of two words or more: each gets it, with no rating word needed (\"services for children in need of help and protection and those both in and leaving care, 'require improvement to be good'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Word("services"),
                Step::Word("for"),
                Step::UpTo(4, &PLAIN_WORD),
                LOOSE_JUDGEMENT_LIST,
                Step::Quoted,
                Step::WordyGrade,
            ]),
            Action::GiveFirm,
        ),
        examples: &[
            Example {
                text: "It was found that services for children in need of help and protection and those both in and leaving care, 'require improvement to be good'.",
                yields: &[(Hp, Ri, false), (Cic, Ri, false), (Cl, Ri, false)],
            },
            Example {
                text: "Services for care leavers, the council said, were praised in a \"requires improvement\" report.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.for_list_then_rated",
        doc: "A sentence opening \"For\" and judgements listed, a comma, a few words and a rating word with its grade (or a grade of two words or more, as a verb): each gets it, though another judgement stands nearer (\"For the experiences and progress of children in care and care leavers, and the impact of leaders, the authority has been rated 'outstanding'\").",
        how: How::Pattern(
            Step::Seq(&[
                // Not "an 'Outstanding' rating for A, and overall, services were rated
                // 'Good'": the "For" opens the sentence.
                Step::Start,
                Step::Word("for"),
                // "For children in need of help and protection": words that lead into
                // the judgement's name.
                Step::UpTo(4, &PLAIN_WORD),
                JUDGEMENT_LIST,
                Step::Pause,
                Step::Not(&Step::Either(&[Step::Grade, Step::Judgement])),
                Step::UpTo(4, &PLAIN_WORD),
                // Or a grade of two words or more as the verb: "the service still
                // 'requires improvement to be good'" (a quotation mark counts as a pause).
                Step::Either(&[
                    Step::Seq(&[Step::NoPause, Step::In(&RATING_CUE), Step::Optional(&Step::Word("as")), Step::Grade]),
                    Step::Seq(&[Step::Quoted, Step::WordyGrade]),
                    Step::Seq(&[Step::NoPause, Step::WordyGrade]),
                ]),
            ]),
            Action::GiveFirm,
        ),
        examples: &[
            Example {
                text: "For the experiences and progress of children in care and care leavers, and the impact of leaders on social work practice, the authority has been rated 'outstanding'.",
                yields: &[(Cic, Outstanding, false), (Cl, Outstanding, false), (Il, Outstanding, false)],
            },
            Example {
                text: "For children in need of help and protection, and for overall effectiveness, the service still 'requires improvement to be good.'",
                yields: &[(Hp, Ri, false), (Oe, Ri, false)],
            },
        ],
    },
    Rule {
        id: "grade.judgement_changed_from_to",
        doc: "Judgements, a few words, a `changed` verb (uplifted, downgraded, improved, moved), \"from\" a grade and \"to\" another (or \"to\" and then \"from\"), or the change and then \"in the category\" of a judgement: the judgement's current grade is the second and its earlier event's grade the first (\"its child protection work has been uplifted from 'good' to 'outstanding'\", \"downgraded from Outstanding to Good in the category assessing the impact of leaders\").",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    JUDGEMENT_LIST,
                    Step::UpTo(8, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::In(&CHANGED)]))),
                    Step::In(&CHANGED),
                    Step::Either(&[
                        Step::Seq(&[
                            Step::Word("from"),
                            Step::Capture(Slot::Earlier, &Step::Grade),
                            gap!(3),
                            Step::Word("to"),
                            Step::Grade,
                        ]),
                        // "have improved to 'good' from 'requires improvement'".
                        Step::Seq(&[
                            Step::Word("to"),
                            Step::Grade,
                            Step::Word("from"),
                            Step::Capture(Slot::Earlier, &Step::Grade),
                        ]),
                    ]),
                ]),
                Step::Seq(&[
                    Step::In(&CHANGED),
                    Step::Word("from"),
                    Step::Capture(Slot::Earlier, &Step::Grade),
                    Step::Word("to"),
                    Step::Grade,
                    Step::Word("in"),
                    Step::Word("the"),
                    Step::In(&AREA),
                    Step::UpTo(2, &PLAIN_WORD),
                    Step::NoPause,
                    Step::Judgement,
                ]),
            ]),
            Action::Change,
        ),
        examples: &[
            Example {
                text: "Meanwhile, its child protection work has been uplifted from \"good\" to \"outstanding\".",
                yields: &[(Hp, Good, true), (Hp, Outstanding, false)],
            },
            Example {
                text: "The impact of leaders within the Council, from Members to operational managers, improved from 'Good' in 2018 to 'Outstanding'.",
                yields: &[(Il, Good, true), (Il, Outstanding, false)],
            },
            Example {
                text: "The council's ratings for supporting children in care, as well as leadership, have improved to 'good' from 'requires improvement'.",
                yields: &[(Cic, Ri, true), (Cic, Good, false), (Il, Ri, true), (Il, Good, false)],
            },
            Example {
                text: "Compared to its 2021 inspection, the council was downgraded from Outstanding to Good in the category assessing the impact of leaders on social work practice with children and families.",
                yields: &[(Il, Outstanding, true), (Il, Good, false)],
            },
        ],
    },
    Rule {
        id: "grade.judgement_were_quoted",
        doc: "Judgements listed as the subject, a few words with no comma, \"were\" (was, are, is) and a quoted grade that ends its clause, with no rating word needed: \"It also said the experiences and progress of children in care and care leavers were 'good'\".",
        how: How::Pattern(
            Step::Seq(&[
                JUDGEMENT_LIST,
                Step::UpTo(3, &PLAIN_WORD),
                Step::NoPause,
                BE_FORM,
                Step::Optional(&Step::In(&NOW)),
                Step::Quoted,
                Step::Grade,
                Step::Either(&[Step::End, Step::Pause, Step::Word("and"), Step::Word("but")]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "It also said the experiences and progress of children in care and care leavers were 'good'.",
                yields: &[(Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Experiences of children who need protection are \"inadequate\", with the hub failing to identify risks.",
                yields: &[(Hp, Inadequate, false)],
            },
            Example {
                text: "Care leavers said the staff were \"good\" listeners.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.either_or",
        doc: "Two grades joined by \"or\", or a grade after \"at least\", give no grade: \"the provision is now rated 'Good' or 'Outstanding' in all categories\", \"rated at least 'Good' across all categories\".",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    Step::Capture(Slot::Void, &Step::Grade),
                    Step::Word("or"),
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
                Step::Seq(&[Step::Word("at"), Step::Word("least"), Step::Capture(Slot::Void, &Step::Grade)]),
            ]),
            Action::Void,
        ),
        examples: &[
            Example {
                text: "Since the report in 2018, the provision is now rated 'Good' or 'Outstanding' in all categories.",
                yields: &[],
            },
            Example {
                text: "Hounslow's provision rated at least 'Good' across all categories.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.passed_over",
        doc: "A grade a service skipped is no grade of it: \"moved from an Inadequate rating in 2019 to leapfrog the 'RI' judgement\". (\"the second lowest rating of 'adequate'\" is no grade at all: see the grade reader.)",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    Step::Either(&[Step::Word("leapfrog"), Step::Word("leapfrogging"), Step::Word("skip"), Step::Word("skipping"), Step::Word("bypass"), Step::Word("bypassing")]),
                    Step::Optional(&Step::Word("the")),
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
            ]),
            Action::Void,
        ),
        examples: &[
            Example {
                text: "The service managed to leapfrog the 'RI' judgement.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.safeguarding_board",
        doc: "The local safeguarding children board (partnership, \"LSCB\"), not joined by \"and\" to what comes before it, up to four words with no pause, no judgement, \"and\" or \"services\", and a grade: the board's, reviewed beside the 2014–2018 inspections, not the council's (\"judge Leicestershire and Rutland Local Safeguarding Children Board to be 'good'\"; not \"found the LSCB and children's services 'requires improvement'\", \"rated Ashby Council and its LSCB inadequate\").",
        how: How::Pattern(
            Step::Seq(&[
                // Not a board joined to the council by "and" (perhaps "and its").
                Step::NotAfter(&[&["and"]]),
                Step::NotAfter(&[&["and"], &["the", "its", "their"]]),
                Step::Either(&[
                    Step::Seq(&[
                        Step::Word("safeguarding"),
                        Step::Optional(&Step::Either(&[Step::Word("children"), Step::Word("children's"), Step::Word("childrens")])),
                        Step::Either(&[Step::Word("board"), Step::Word("partnership")]),
                    ]),
                    Step::Word("lscb"),
                ]),
                Step::UpTo(4, &Step::Seq(&[
                    Step::NoPause,
                    Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::Word("and"), Step::Word("services"), Step::Word("service")])),
                ])),
                Step::NoPause,
                Step::Capture(Slot::Void, &Step::Grade),
            ]),
            Action::Void,
        ),
        examples: &[
            Example {
                text: "Inspectors also praise prevention work, and judge Leicestershire and Rutland Local Safeguarding Children Board to be 'good'.",
                yields: &[],
            },
            Example {
                text: "The LSCB was judged to be good.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.overall_assessment",
        doc: "The inspectorate (or its report), up to four words, \"overall assessment of\" and a grade: the overall grade, with no rating word needed (\"Ofsted have given an overall assessment of inadequate\"; not a self-evaluation's).",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[Step::In(&INSPECTORATE), Step::Word("report"), Step::Word("inspection")]),
                Step::UpTo(4, &PLAIN_WORD),
                Step::Word("overall"),
                Step::Word("assessment"),
                Step::Word("of"),
                Step::Grade,
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "Ofsted have given an overall assessment of inadequate.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "Its own self-evaluation had given an overall assessment of outstanding.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.consistently_good_things",
        doc: "\"consistently\" and a grade before a noun of what a service gives (services, practice, support, care, outcomes, a response) or \"and\": a degree of quality, no grade (\"the delivery of consistently good services for children in care\", \"a consistently good and often outstanding response\"; not \"judged consistently good by Ofsted\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Word("consistently"),
                Step::Capture(Slot::Void, &Step::Grade),
                Step::Either(&[
                    Step::Word("and"),
                    Step::Word("services"),
                    Step::Word("service"),
                    Step::Word("practice"),
                    Step::Word("support"),
                    Step::Word("care"),
                    Step::Word("outcomes"),
                    Step::Word("response"),
                ]),
            ]),
            Action::Void,
        ),
        examples: &[
            Example {
                text: "Arrangements to facilitate the delivery of consistently good services for children in care are firmly in place.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.areas_that_need",
        doc: "\"areas\" (aspects, elements, things) \"that\" (which, where), perhaps \"still\", and a grade: what a service has yet to improve, no grade (\"a realistic understanding of service strengths and areas that still require improvement\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[Step::Word("areas"), Step::Word("aspects"), Step::Word("elements"), Step::Word("things")]),
                Step::Either(&[Step::Word("that"), Step::Word("which"), Step::Word("where")]),
                Step::Optional(&Step::Either(&[Step::Word("still"), Step::Word("now"), Step::Word("further")])),
                Step::Capture(Slot::Void, &Step::Grade),
            ]),
            Action::Void,
        ),
        examples: &[
            Example {
                text: "Inspectors said senior management has a realistic understanding of service strengths and areas that still require improvement.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.list_dash_both_quoted",
        doc: "Judgements listed, a dash or comma, \"both\" (all) and a quoted grade: each gets it, with no rating word needed (\"It inspected three areas - A, and B - both 'require improvement to be good'\").",
        how: How::Pattern(
            Step::Seq(&[
                JUDGEMENT_LIST,
                Step::Pause,
                Step::Either(&[Step::Word("both"), Step::Word("all")]),
                Step::Optional(&Step::In(&NOW)),
                Step::Quoted,
                Step::Grade,
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "It inspected three separate areas - the impact of leaders on social work practice with children and families, and the experiences and progress of children who need help and protection - both 'require improvement to be good'.",
            yields: &[(Il, Ri, false), (Hp, Ri, false)],
        }],
    },
    Rule {
        id: "grade.grade_overall",
        doc: "A rating word or a form of \"be\", a grade and then \"overall\": the overall grade, read firmly, so that judgements named around it (\"The service, which aids children who need help and protection, was rated good overall\") do not take it.",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[
                    Step::In(&RATING_CUE),
                    Step::Word("found"),
                    Step::Word("be"),
                    Step::Word("is"),
                    Step::Word("was"),
                    Step::Word("are"),
                    Step::Word("were"),
                ]),
                Step::UpTo(2, &Step::Either(&[Step::Word("as"), Step::Word("to"), Step::Word("be")])),
                Step::Grade,
                Step::Word("overall"),
                // Not "rated good overall effectiveness".
                Step::Either(&[Step::End, Step::Not(&Step::Word("effectiveness"))]),
            ]),
            Action::GiveFirm,
        ),
        examples: &[
            Example {
                text: "The service, which aids children who need help and protection, as well as looked after children and care leavers, was rated good overall.",
                yields: &[(Oe, Good, false)],
            },
            Example {
                text: "Both areas had been found to be 'inadequate' overall.",
                yields: &[(Oe, Inadequate, false)],
            },
        ],
    },
    Rule {
        id: "grade.judgement_was_grade",
        doc: "A judgement, a few words with no comma, \"was\" (were, is, are), perhaps \"now\" or \"still\", and a grade of two words or more, with no rating word needed: \"The experience of care leavers was requiring improvement, inspectors said\".",
        how: How::Pattern(
            Step::Seq(&[
                JUDGEMENT_LIST,
                Step::UpTo(3, &PLAIN_WORD),
                Step::NoPause,
                BE_FORM,
                Step::Optional(&Step::Either(&[Step::In(&NOW), Step::In(&STAY)])),
                Step::WordyGrade,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "The experience of care leavers was requiring improvement, inspectors said.",
            yields: &[(Cl, Ri, false)],
        }],
    },
    Rule {
        id: "grade.judgement_was_grade_ending",
        doc: "A judgement, a few words with no comma, \"was\" (were, is, are), perhaps \"now\" or \"still\", and a grade of one word that ends its clause, with no rating word needed: \"The council was told its services for children in care were inadequate\", \"the help and protection offered to children was good\".",
        how: How::Pattern(
            Step::Seq(&[
                JUDGEMENT_LIST,
                Step::UpTo(3, &PLAIN_WORD),
                Step::NoPause,
                BE_FORM,
                Step::Optional(&Step::Either(&[Step::In(&NOW), Step::In(&STAY)])),
                Step::Grade,
                // Not "leadership was good at engaging partners": the grade ends here.
                Step::Either(&[Step::End, Step::Pause]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "The council was told its services for children in care were inadequate.",
                yields: &[(Cic, Inadequate, false)],
            },
            Example {
                text: "Inspectors said the help and protection offered to children was good, and improving.",
                yields: &[(Hp, Good, false)],
            },
            Example {
                text: "Leadership was good at engaging partners.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.as_were_judgements",
        doc: "A grade (perhaps with the judgements a few words before it), a pause, \"as\" and \"was\" (were, is, are, did, does, do), a few words and judgements: each gets the grade (\"Children in care services were rated good, as were those for care leavers\", \"help and protection was judged inadequate, as was leadership\"). Its reading holds over a sub-service's void, and what the coded rules linked stays (\"Adoption services were rated good, as was support for young people leaving care\").",
        how: How::Pattern(
            Step::Seq(&[
                // The judgements graded first, when they stand a few words before it.
                Step::Optional(&JUDGEMENTS_BEFORE_GRADE),
                AS_WERE_TAIL,
            ]),
            Action::GiveOverVoid,
        ),
        examples: &[
            Example {
                text: "Overall effectiveness was rated good, as were the help and protection of children and the experiences and progress of children in care and care leavers.",
                yields: &[(Oe, Good, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Services for children in care were rated good, as were those for care leavers.",
                yields: &[(Cic, Good, false), (Cl, Good, false)],
            },
            Example {
                text: "Ofsted concluded that services for children needing help and protection are inadequate, as is the department's leadership, management and governance.",
                yields: &[(Hp, Inadequate, false), (Il, Inadequate, false)],
            },
            // A sub-service's grade, given on to a judgement: the rule's reading holds
            // over the sub-service's void.
            Example {
                text: "Adoption services were rated good, as was support for young people leaving care.",
                yields: &[(Cl, Good, false)],
            },
        ],
    },
    Rule {
        id: "grade.judgements_grade_as_were",
        doc: "Judgements, a few words, a grade, a pause, \"as\" and \"was\" (were, is, are, did, does, do), a few words and judgements: each gets the grade, and the rule reads the grade before any other (\"with services for care leavers 'requiring improvement', as did leadership\").",
        how: How::Pattern(
            Step::Seq(&[
                // The judgements graded first, a few words before it: the rule reads
                // the grade whole, before any other that reads it ("services for care
                // leavers 'requiring improvement', as did leadership").
                JUDGEMENTS_BEFORE_GRADE,
                AS_WERE_TAIL,
            ]),
            Action::GiveFirm,
        ),
        examples: &[
            Example {
                text: "Ofsted has published its report, with services for care leavers \"requiring improvement\", as did leadership, management and governance.",
                yields: &[(Cl, Ri, false), (Il, Ri, false)],
            },
        ],
    },
    Rule {
        id: "grade.rated_as_grade_the_judgements",
        doc: "A rating word, \"as\" and a grade, then the judgements it rates, a few words before the first: each gets it (\"Inspectors have rated as 'outstanding' the council's children's services leadership, support for children in care and care leavers as well as its overall effectiveness\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::In(&RATING_CUE),
                Step::Word("as"),
                Step::Grade,
                // Not across "while": "rated as 'good' while children in need of
                // protection ... were rated as 'requiring improvement'".
                Step::UpTo(
                    4,
                    &Step::Seq(&[
                        Step::NoPause,
                        Step::Not(&Step::Either(&[
                            Step::Grade,
                            Step::Judgement,
                            Step::In(&CLAUSE_BREAK),
                        ])),
                    ]),
                ),
                Step::NoPause,
                JUDGEMENT_LIST,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Inspectors have rated as 'outstanding' the council's children's services leadership, support for children in care and care leavers as well as its overall effectiveness.",
            yields: &[(Il, Outstanding, false), (Cic, Outstanding, false), (Cl, Outstanding, false), (Oe, Outstanding, false)],
        }],
    },
    Rule {
        id: "grade.judgement_described_as_quoted",
        doc: "A judgement, up to six words with no comma, \"as\" and a quoted grade: the judgement's, with no rating word needed (\"Inspectors have commended the quality of leadership of children's services in Hillingdon as 'outstanding'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Judgement,
                Step::UpTo(6, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::Word("as")]))])),
                Step::NoPause,
                Step::Word("as"),
                Step::Quoted,
                Step::Grade,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Inspectors have commended the quality of leadership of children's services in Hillingdon as \"outstanding\".",
            yields: &[(Il, Outstanding, false)],
        }],
    },
    Rule {
        id: "grade.rated_judgement_then_grade",
        doc: "A rating word, a judgement, up to six words of its own with no comma, perhaps \"as\", and a grade that ends its clause: the judgement's (\"Inspectors rated help and protection for children at risk of harm inadequate\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::In(&RATING_CUE),
                Step::Judgement,
                Step::UpTo(6, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::In(&RATING_CUE), Step::Word("as")]))])),
                Step::NoPause,
                Step::Optional(&Step::Word("as")),
                Step::Grade,
                Step::Either(&[Step::End, Step::Pause, Step::Word("and"), Step::Word("but")]),
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Inspectors rated help and protection for children at risk of harm inadequate, saying too many cases were left unallocated.",
            yields: &[(Hp, Inadequate, false)],
        }],
    },
    Rule {
        id: "grade.judgement_aside_then_grade",
        doc: "A judgement, perhaps a few words of its own, a comma and a relative clause (\"which\", \"who\") up to the next comma, then \"was\" (is, were, are), perhaps \"now\" or a rating word, and a grade: the judgement's, read firmly, whatever the clause holds (\"Help and protection in Eastfield, which was judged inadequate in 2016, is now good\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Judgement,
                Step::UpTo(3, &PLAIN_WORD),
                Step::Pause,
                Step::Either(&[Step::Word("which"), Step::Word("who")]),
                Step::UpTo(20, &Step::Seq(&[Step::NoPause, Step::Any])),
                Step::Pause,
                BE_FORM,
                Step::Optional(&Step::Either(&[Step::In(&NOW), Step::In(&STAY)])),
                Step::Optional(&Step::In(&RATING_CUE)),
                Step::Optional(&Step::Either(&[Step::Word("as"), Step::Seq(&[Step::Word("to"), Step::Word("be")])])),
                Step::Grade,
            ]),
            Action::GiveFirm,
        ),
        examples: &[
            Example {
                text: "Help and protection in Eastfield, which was criticised in 2016, is now good, Ofsted has found.",
                yields: &[(Hp, Good, false)],
            },
            Example {
                text: "The impact of leaders on social work practice, which inspectors said had been transformed by a new director, was judged outstanding.",
                yields: &[(Il, Outstanding, false)],
            },
        ],
    },
    Rule {
        id: "grade.that_judgement_grade",
        doc: "\"that\", judgements as the subject, perhaps a comma, and a grade of two words or more as the verb: \"Inspectors found that the experiences and progress of children who need help and protection, require improvement\".",
        how: How::Pattern(
            Step::Seq(&[
                Step::Word("that"),
                JUDGEMENT_LIST,
                Step::WordyGrade,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Inspectors found that the experiences and progress of children who need help and protection, require improvement.",
            yields: &[(Hp, Ri, false)],
        }],
    },
    Rule {
        id: "grade.every_service_rated",
        doc: "\"every\" (each, all) \"service\", a few words, a rating word and a grade: every judgement gets it, and a judgement the article grades by name keeps its own grade (\"but every service in the authority was rated 'good'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[Step::Word("every"), Step::Word("each")]),
                Step::Either(&[Step::Word("service"), Step::Word("services")]),
                Step::UpTo(4, &PLAIN_WORD),
                Step::NoPause,
                Step::In(&RATING_CUE),
                Step::Optional(&Step::Word("as")),
                Step::Grade,
            ]),
            Action::GiveAll,
        ),
        examples: &[Example {
            text: "But every service in the authority was rated 'good'.",
            yields: &[(Oe, Good, false), (Il, Good, false), (Hp, Good, false), (Cic, Good, false), (Cl, Good, false)],
        }],
    },
    Rule {
        id: "grade.with_list_as",
        doc: "\"with\" and judgements listed, \"as\" and a grade (or a quoted grade of two words or more): each gets it, read firmly (\"The overall effectiveness was graded as 'Good', with the experiences and progress of children in care, plus, the experiences and progress of care leavers as 'Outstanding'\"); \"plus\" joins a list as \"and\" does.",
        how: How::Pattern(
            Step::Seq(&[
                Step::Word("with"),
                JUDGEMENT_LIST,
                Step::Optional(&Step::Either(&[Step::Word("both"), Step::Word("rated"), Step::Word("judged")])),
                Step::Either(&[
                    Step::Seq(&[Step::Word("as"), Step::Grade]),
                    // "found to be 'inadequate' overall with children looked after and
                    // adoption 'requiring improvement'".
                    Step::Seq(&[Step::Quoted, Step::WordyGrade]),
                ]),
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "Inspectors praised the work, with the experiences and progress of children in care, plus, the experiences and progress of care leavers as 'Outstanding'.",
            yields: &[(Cic, Outstanding, false), (Cl, Outstanding, false)],
        }, Example {
            text: "Inspectors praised some work, with children looked after and adoption 'requiring improvement'.",
            yields: &[(Cic, Ri, false)],
        }],
    },
    Rule {
        id: "grade.grade_in_the_categories",
        doc: "A grade, \"in the\", judgements listed (a word or two before the first) and an `area` word: each gets it (\"rated Harrow 'Good' in the safeguarding and children in care categories\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                Step::Word("in"),
                Step::Word("the"),
                Step::UpTo(2, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement]))),
                JUDGEMENT_LIST,
                Step::In(&AREA),
            ]),
            Action::GiveFirm,
        ),
        examples: &[Example {
            text: "Inspectors rated Harrow 'Good' in the safeguarding and children in care categories.",
            yields: &[(Cic, Good, false)],
        }],
    },
    Rule {
        id: "grade.rating_judgements_as",
        doc: "A rating word, the judgements it rates, and up to six words later \"as\" and the grade: \"rating leadership, management and governance, in addition to adoption support, as 'good'\".",
        how: How::Pattern(
            Step::Seq(&[
                Step::In(&RATING_CUE),
                JUDGEMENT_LIST,
                gap!(6),
                Step::Word("as"),
                Step::Grade,
            ]),
            Action::Give,
        ),
        examples: &[Example {
            text: "Inspectors were rating leadership, management and governance, in addition to adoption support, as \"good\".",
            yields: &[(Il, Good, false)],
        }],
    },
    Rule {
        id: "grade.stays",
        doc: "A `stay` word (remain, still) then a quoted grade, or a grade of two words, or \"is (are) still\" and a grade, or \"services (council, trust) remain(s)\" and a grade: the grade is unchanged, and so held now (\"found they remain 'inadequate'\", \"still requires improvement\", \"are still inadequate\").",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    Step::In(&STAY),
                    Step::Optional(&Step::Word("still")),
                    Step::Optional(&Step::Word("as")),
                    Step::Either(&[Step::Seq(&[Step::Quoted, Step::Grade]), Step::WordyGrade]),
                ]),
                // "services are still inadequate".
                Step::Seq(&[
                    Step::Either(&[Step::Word("are"), Step::Word("is"), Step::In(&STAY)]),
                    Step::Word("still"),
                    Step::Grade,
                ]),
                // "Torbay's children's services remains inadequate": a grade word alone
                // after "remain(s)" when the services (council, department) are its subject.
                Step::Seq(&[
                    Step::Either(&[
                        Step::Word("services"),
                        Step::Word("service"),
                        Step::Word("council"),
                        Step::Word("authority"),
                        Step::Word("department"),
                        // "Riverside Children's Trust remains inadequate".
                        Step::Word("trust"),
                    ]),
                    Step::NoPause,
                    Step::In(&STAY),
                    Step::Grade,
                ]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "A re-inspection of the council's services found they remain 'inadequate'.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "Although children's services at the council still requires improvement, inspectors saw progress.",
                yields: &[(Oe, Ri, false)],
            },
            Example {
                text: "An Ofsted report has said the council's children's services are still inadequate.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "Inspectors concluded that overall, Torbay's children's services remains inadequate.",
                yields: &[(Oe, Inadequate, false)],
            },
        ],
    },
    Rule {
        id: "grade.since_rated",
        doc: "\"since\", a few words, a rating word and a grade: an earlier event's overall grade, whatever judgement is named near it (\"improving services for children in care since being rated as 'inadequate'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Word("since"),
                // Not "have since been graded as 'requires improvement'": "since"
                // then "been" is "afterwards", and the grade a later one.
                Step::Optional(&Step::Seq(&[Step::Not(&Step::Word("been")), gap!(2)])),
                Step::In(&RATING_CUE),
                Step::Optional(&Step::Word("as")),
                Step::Capture(Slot::Earlier, &Step::Grade),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "Progress is being made to improve services for children in care since being rated as 'inadequate'.",
                yields: &[(Oe, Inadequate, true)],
            },
        ],
    },
    Rule {
        id: "grade.years_as",
        doc: "\"spent (after) N years as (rated) G\": G is an earlier event's overall grade, held until the one reported (\"improved its rating having spent seven years as 'inadequate'\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[Step::Word("spent"), Step::Word("after")]),
                gap!(2),
                Step::Either(&[Step::Word("years"), Step::Word("decade"), Step::Word("months")]),
                Step::Optional(&Step::Either(&[Step::In(&RATING_CUE), Step::Word("as")])),
                Step::Optional(&Step::Word("as")),
                Step::Capture(Slot::Earlier, &Step::Grade),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "The trust has improved its Ofsted rating having spent seven years as \"inadequate\".",
                yields: &[(Oe, Inadequate, true)],
            },
            Example {
                text: "After five years rated inadequate, the council is now good.",
                yields: &[(Oe, Inadequate, true)],
            },
        ],
    },
    Rule {
        id: "grade.years_after",
        doc: "\"N years after\" and, within nine words of its clause, a grade: an earlier event's overall grade (\"rated good, two years after it was given an inadequate rating\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[Step::Word("years"), Step::Word("year"), Step::Word("months")]),
                Step::Word("after"),
                Step::UpTo(9, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Grade)])),
                Step::NoPause,
                Step::Capture(Slot::Earlier, &Step::Grade),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "The service has improved two years after it was given an inadequate rating.",
                yields: &[(Oe, Inadequate, true)],
            },
            Example {
                text: "Two years after Medway Council's safeguarding children's development team were branded inadequate, things have changed.",
                yields: &[(Oe, Inadequate, true)],
            },
        ],
    },
    Rule {
        id: "grade.each_year",
        doc: "A grade, perhaps \"both\", \"in\" a year and \"again in\" (\"and in the previous inspection in\") another, or in a list of years: the overall grade of an inspection in each (\"rated 'inadequate' in 2013 and again in 2019\", \"inadequate Ofsted ratings in 2011, 2013 and 2015\"). The first year's is the coded rules'.",
        how: How::Pattern(
            Step::Seq(&[
                Step::Grade,
                gap!(3),
                Step::Optional(&Step::Word("both")),
                Step::Word("in"),
                // "to require improvement in both 2017 and 2021".
                Step::Optional(&Step::Word("both")),
                Step::Year,
                Step::Most(
                    4,
                    &Step::Seq(&[
                        // "both in 2019 and in the previous inspection in 2015".
                        Step::UpTo(6, &Step::Either(&[
                            Step::Word("and"), Step::Word("then"), Step::Word("again"), Step::Word("in"),
                            Step::Word("the"), Step::Word("its"), Step::Word("previous"), Step::Word("last"),
                            Step::Word("inspection"),
                        ])),
                        Step::Year,
                    ]),
                ),
            ]),
            Action::EachYear,
        ),
        examples: &[
            Example {
                text: "Ofsted rated the council 'inadequate' in 2013 and again in 2019.",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "The council was judged as requiring improvement – both in 2019 and in the previous inspection in 2015.",
                yields: &[(Oe, Ri, false)],
            },
            Example {
                text: "Ofsted had judged the services to require improvement in both 2017 and 2021.",
                yields: &[(Oe, Ri, false)],
            },
            Example {
                text: "This followed inadequate Ofsted ratings in 2011, 2013 and 2015.",
                yields: &[(Oe, Inadequate, false), (Oe, Inadequate, false)],
            },
        ],
    },
    Rule {
        id: "grade.year_keyed",
        doc: "A line or sentence that opens with a year, a few words naming the inspection (no grade), a colon or dash and a grade that ends it: that year's overall grade (\"- 2014 (SIF): Inadequate\", \"2016: requires improvement.\"), as histories in minutes and reports are set out.",
        how: How::Pattern(
            Step::Seq(&[
                Step::Start,
                Step::Year,
                Step::UpTo(6, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::Year]))),
                Step::Pause,
                Step::Grade,
                Step::End,
            ]),
            Action::YearKeyed,
        ),
        examples: &[
            Example {
                text: "- 2014 (SIF): Inadequate",
                yields: &[(Oe, Inadequate, false)],
            },
            Example {
                text: "2016: requires improvement.",
                yields: &[(Oe, Ri, false)],
            },
        ],
    },
    Rule {
        id: "grade.year_chain",
        doc: "A rating word, a few words, a grade \"in\" a year, then more grades each \"in\" a year, joined by \"and\", \"then\" or a few words: each grade is the overall grade of an inspection that year (\"rated inadequate in 2016, requires improvement in 2018 and good in 2022\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::In(&RATING_CUE),
                // "rated the council's children's services as requiring improvement".
                Step::UpTo(6, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::Year]))])),
                Step::Grade,
                Step::Word("in"),
                Step::Year,
                // At least one more: "and", "then" or "before being judged", a grade,
                // "in" and a year.
                YEAR_CHAIN_LINK,
                Step::Most(3, &YEAR_CHAIN_LINK),
            ]),
            Action::YearChain,
        ),
        examples: &[
            Example {
                text: "Ashby was rated inadequate in 2016, requires improvement in 2018 and good in 2022.",
                yields: &[(Oe, Inadequate, false), (Oe, Ri, false), (Oe, Good, false)],
            },
            Example {
                text: "The council was rated requires improvement in 2018, before being judged good in 2021.",
                yields: &[(Oe, Ri, false), (Oe, Good, false)],
            },
            Example {
                text: "Ofsted rated the council's children's services as requiring improvement in 2018, then good at its most recent inspection in 2022.",
                yields: &[(Oe, Ri, false), (Oe, Good, false)],
            },
        ],
    },
    Rule {
        id: "grade.not_held",
        doc: "A grade a `not_held` word governs is no rating: \"have not been rated inadequate\".",
        how: How::Pattern(
            Step::Seq(&[
                Step::In(&NOT_HELD),
                gap!(3),
                Step::Capture(Slot::Void, &Step::Grade),
            ]),
            Action::Void,
        ),
        examples: &[Example {
            text: "Services have not been rated inadequate for the first time in a decade.",
            yields: &[],
        }],
    },
    Rule {
        id: "grade.no_area_graded",
        doc: "\"no\" (none of the) areas, up to six words and a grade: no area holds that grade, so no rating (\"no aspects of the service have been judged inadequate\").",
        how: How::Pattern(
            Step::Seq(&[
                Step::Either(&[
                    Step::Word("no"),
                    Step::Seq(&[Step::Word("none"), Step::Word("of"), Step::Word("the")]),
                ]),
                Step::Optional(&Step::Any),
                Step::In(&AREA),
                // Not past "and" or "for": "identified no areas for improvement and
                // rated the service outstanding".
                Step::UpTo(
                    6,
                    &Step::Seq(&[
                        Step::NoPause,
                        Step::Not(&Step::Either(&[
                            Step::Grade,
                            Step::Judgement,
                            Step::Word("and"),
                            Step::Word("for"),
                        ])),
                    ]),
                ),
                Step::Capture(Slot::Void, &Step::Grade),
            ]),
            Action::Void,
        ),
        examples: &[Example {
            text: "Services improved across most areas, and no aspects of the service have been judged inadequate.",
            yields: &[],
        }],
    },
    Rule {
        id: "grade.no_longer",
        doc: "A grade \"no longer\" governs was held until the event reported: an earlier event's overall grade (\"no longer rated as inadequate\"), dated as before that event when the article gives no date.",
        how: How::Pattern(
            Step::Seq(&[
                Step::Word("no"),
                Step::Word("longer"),
                gap!(3),
                Step::Capture(Slot::Earlier, &Step::Grade),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "The county's children's services are no longer rated as inadequate.",
                yields: &[(Oe, Inadequate, true)],
            },
            Example {
                text: "Services for children were no longer considered 'inadequate' after the visit.",
                yields: &[(Oe, Inadequate, true)],
            },
        ],
    },
    Rule {
        id: "grade.lost",
        doc: "A grade a `lost` word or \"out of\" governs (removed, lost, shed, lifted, moved out of) with no \"to\" between, and not after \"of\" (\"the cost of losing a 'good' judgement\" is a loss that might come), was held until the event reported: an earlier event's overall grade (\"inspectors have removed the council's 'inadequate' rating\").",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    // Not "the cost of losing an Ofsted 'good' judgement": a grade that
                    // might be lost, not one held.
                    Step::Not(&Step::Word("of")),
                    Step::Either(&[Step::In(&LOST), Step::Seq(&[Step::Word("out"), Step::Word("of")])]),
                    // Not "lifted Calderdale's rating to 'requires improvement'": a grade
                    // raised to is the one now held; nor "one area out of five which
                    // requires improvement", a count.
                    Step::UpTo(3, &Step::Not(&Step::Either(&[Step::Grade, Step::Word("to"), Step::Count]))),
                    Step::Capture(Slot::Earlier, &Step::Grade),
                ]),
                // "the 'inadequate' tag will be removed": the grade's noun, then the
                // `lost` word in the passive.
                Step::Seq(&[
                    Step::Capture(Slot::Earlier, &Step::Grade),
                    Step::Either(&[Step::Word("rating"), Step::Word("tag"), Step::Word("label"), Step::Word("judgement")]),
                    Step::UpTo(3, &Step::Either(&[
                        Step::Word("will"),
                        Step::Word("be"),
                        Step::Word("been"),
                        Step::Word("has"),
                        Step::Word("was"),
                        Step::Word("is"),
                        Step::Word("now"),
                    ])),
                    Step::In(&LOST),
                ]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "Children's services in the county have moved out of their inadequate rating.",
                yields: &[(Oe, Inadequate, true)],
            },
            Example {
                text: "Inspectors have lifted the borough's 'inadequate' rating after two years of work.",
                yields: &[(Oe, Inadequate, true)],
            },
            Example {
                text: "Dunmere Council has lost its \"good\" children's services rating.",
                yields: &[(Oe, Good, true)],
            },
            Example {
                text: "The council's 'inadequate' tag will now be removed.",
                yields: &[(Oe, Inadequate, true)],
            },
            Example {
                text: "Inspectors found out the plans were good.",
                yields: &[],
            },
            Example {
                text: "Inspectors identified one area out of five which requires improvement.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.held_for_a_period",
        doc: "A grade held \"for\" a stretch of years (\"for more than a decade\", \"for the past decade\", \"for over ten years\"), told right after the grade, or opening its sentence with a `rating_cue` word before the grade, was held before the event reported: an earlier event's overall grade (\"have been rated inadequate by Ofsted for more than a decade\"). Not past a pause, not \"for the first time in a decade\", \"for two years running\" (straight, consecutively), nor \"the past two years of work\".",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    Step::Capture(Slot::Earlier, &Step::Grade),
                    Step::UpTo(2, &PLAIN_WORD),
                    A_PERIOD_OF_YEARS,
                ]),
                // "For over a decade children's services in Ashby were rated inadequate".
                // The grade given by a rating word: not "working hard to become good".
                Step::Seq(&[
                    Step::Start,
                    A_PERIOD_OF_YEARS,
                    Step::UpTo(10, &PLAIN_WORD),
                    Step::NoPause,
                    Step::In(&RATING_CUE),
                    Step::UpTo(2, &Step::Either(&[Step::Word("as"), Step::Word("to"), Step::Word("be")])),
                    Step::NoPause,
                    Step::Capture(Slot::Earlier, &Step::Grade),
                ]),
            ]),
            Action::Give,
        ),
        examples: &[
            Example {
                text: "Children's services in Ashby have been rated inadequate by Ofsted for more than a decade.",
                yields: &[(Oe, Inadequate, true)],
            },
            Example {
                text: "For over a decade children's services in Ashby were rated inadequate.",
                yields: &[(Oe, Inadequate, true)],
            },
            Example {
                text: "The service had been rated 'good' for the past decade.",
                yields: &[(Oe, Good, true)],
            },
            Example {
                text: "Its services have been judged inadequate for nine years.",
                yields: &[(Oe, Inadequate, true)],
            },
        ],
    },
    Rule {
        id: "grade.sub_judgement",
        doc: "A grade given to a `sub_judgement` service (adoption, fostering, a children's home) in one run of words with no comma, or by a rating word just after that comma, is none of the judgements': \"Adoption and fostering services were rated 'good'\", \"a 'good' rating for its adoption services\", \"the adoption service, now rated 'good'\", \"the only 'Good' rating was adoption\".",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    SUB_SERVICE,
                    // Not "adoption and care leavers were judged to be good".
                    Step::UpTo(5, &PLAIN_WORD),
                    Step::NoPause,
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
                // "the adoption service, now rated 'good'".
                Step::Seq(&[
                    SUB_SERVICE,
                    Step::UpTo(2, &PLAIN_WORD),
                    Step::Pause,
                    Step::Optional(&Step::In(&NOW)),
                    Step::In(&RATING_CUE),
                    Step::Optional(&Step::Word("as")),
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
                // "its adoption work, which was rated as 'outstanding'".
                Step::Seq(&[
                    SUB_SERVICE,
                    Step::UpTo(2, &Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::Word("which")]))),
                    Step::Word("which"),
                    gap!(3),
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
                Step::Seq(&[
                    Step::Capture(Slot::Void, &Step::Grade),
                    Step::UpTo(2, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Grade)])),
                    Step::Word("for"),
                    Step::UpTo(2, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Grade)])),
                    Step::NoPause,
                    SUB_SERVICE,
                ]),
                // "The only area that received a 'Good' rating was adoption": the rating
                // named, then the service it went to.
                Step::Seq(&[
                    Step::Capture(Slot::Void, &Step::Grade),
                    Step::In(&RATING_CUE),
                    Step::NoPause,
                    Step::Either(&[Step::Word("was"), Step::Word("is"), Step::Seq(&[Step::Word("went"), Step::Word("to")])]),
                    Step::Optional(&Step::Word("for")),
                    Step::Optional(&Step::Either(&[Step::Word("the"), Step::Word("its")])),
                    SUB_SERVICE,
                ]),
            ]),
            Action::Void,
        ),
        examples: &[
            Example {
                text: "Adoption and fostering services were rated 'good'.",
                yields: &[],
            },
            Example {
                text: "Two of the council's children's homes were also rated good earlier this year.",
                yields: &[],
            },
            Example {
                text: "It received a 'good' rating for its adoption services.",
                yields: &[],
            },
            Example {
                text: "The only area of children's services that received a 'Good' rating was adoption.",
                yields: &[],
            },
            Example {
                text: "Inspectors praised its adoption work, which was rated as \"outstanding\".",
                yields: &[],
            },
            Example {
                text: "Inspectors highlighted improvements in the adoption service, now rated \"good\".",
                yields: &[],
            },
            Example {
                text: "For the fostering service to be rated as outstanding is a credit to the team.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.aim",
        doc: "A grade rating an `aim` word looks to (\"a target of achieving the good rating\", \"wants a good rating\", \"plan to reach 'good' Ofsted rating\", \"aiming for the top grade\", \"the aim of securing the highest grading possible\", \"closer to receiving a 'good' rating\") is no rating.",
        how: How::Pattern(
            Step::Either(&[
                Step::Seq(&[
                    Step::In(&AIM),
                    gap!(5),
                    Step::Capture(Slot::Void, &Step::Grade),
                    // "a plan to reach 'good' Ofsted rating".
                    Step::Optional(&Step::In(&INSPECTORATE)),
                    Step::In(&RATING_CUE),
                ]),
                // "with the aim of securing the highest grading possible" (an aim's noun,
                // not "could": "staff could be proud of receiving the highest grade
                // possible").
                Step::Seq(&[
                    Step::Either(&[
                        Step::Word("aim"),
                        Step::Word("target"),
                        Step::Word("ambition"),
                        Step::Word("goal"),
                    ]),
                    gap!(4),
                    Step::Capture(Slot::Void, &Step::Grade),
                    Step::Word("possible"),
                ]),
                // "is aiming for the top grade", "hoping for outstanding".
                Step::Seq(&[
                    Step::In(&AIM),
                    Step::Word("for"),
                    gap!(2),
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
            ]),
            Action::Void,
        ),
        examples: &[
            Example {
                text: "She said she wants a good rating in three years' time.",
                yields: &[],
            },
            Example {
                text: "The council is aiming for the top grade at its next inspection.",
                yields: &[],
            },
            Example {
                text: "Leaders will work with the aim of securing the highest grading possible when inspectors next visit.",
                yields: &[],
            },
            Example {
                text: "We are now much closer to receiving a 'good' rating.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.tally",
        doc: "A grade right after a count (\"10 have been rated 'good', 24 'requires improvement' and seven 'inadequate'\", \"seven were judged inadequate\") tallies councils, and is none of the subject's; so does one after \"none\".",
        how: How::Pattern(
            Step::Seq(&[
                // The count opens its clause or list item: not "All three were deemed
                // inadequate" (the areas just listed).
                Step::Either(&[Step::Start, Step::Pause, Step::Word("and")]),
                // "None have been rated 'outstanding'".
                Step::Either(&[Step::Count, Step::Word("none")]),
                Step::Optional(&Step::Either(&[
                    Step::Word("have"),
                    Step::Word("has"),
                    Step::Word("had"),
                    BE_FORM,
                ])),
                Step::Optional(&Step::Word("been")),
                Step::Optional(&Step::In(&RATING_CUE)),
                Step::Optional(&Step::Word("as")),
                Step::Capture(Slot::Void, &Step::Grade),
                // "None have been rated 'outstanding', the highest grade": the scale's
                // name for it, in apposition.
                Step::Optional(&Step::Seq(&[
                    Step::Pause,
                    Step::Optional(&Step::Word("the")),
                    Step::Capture(Slot::Void, &Step::Grade),
                ])),
            ]),
            Action::Void,
        ),
        examples: &[
            Example {
                text: "Of the 41 councils whose judgments have been published, 10 have been rated \"good\", 24 \"requires improvement\" and seven \"inadequate\".",
                yields: &[],
            },
            Example {
                text: "Nationally, seven were judged inadequate.",
                yields: &[],
            },
            Example {
                text: "None have been rated \"outstanding\", the highest grade.",
                yields: &[],
            },
        ],
    },
    Rule {
        id: "grade.not_yet",
        doc: "A grade that is only hoped for, feared or supposed is no rating: after a modal and \"be\" or \"have\" (\"could be rated inadequate\", \"would have judged us good\"), in an \"if\" clause, at \"the next inspection\", \"next time\" or \"when inspectors return\", the grade a change is for after \"to\" (\"to move from an inadequate rating to good\"), after an `aim` word (or \"expects\") and \"to be\" or \"being\" rated, after an `aim` word and a colon (\"Target judgement: Good\"), after \"risk of\", after \"hoped (failed, failure) to achieve\", when told as `likely` (\"a further Requires Improvement judgement was possible\"), or after a `predict` word (\"predicting a rating of 'requires improvement'\").",
        how: How::Pattern(
            Step::Either(&[
                // "could be rated inadequate at their next inspection".
                Step::Seq(&[
                    MODAL,
                    Step::Optional(&Step::Word("not")),
                    // "would be rated", or "would have judged us good".
                    Step::Either(&[
                        Step::Word("be"),
                        Step::Seq(&[Step::Word("have"), Step::Optional(&Step::Word("been"))]),
                    ]),
                    Step::Optional(&Step::In(&RATING_CUE)),
                    Step::UpTo(2, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Either(&[Step::Grade, Step::Judgement, Step::Word("as"), Step::Word("to")]))])),
                    Step::Optional(&Step::Either(&[Step::Word("as"), Step::Seq(&[Step::Word("to"), Step::Word("be")])])),
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
                // "If they are rated inadequate, ...".
                Step::Seq(&[
                    Step::Word("if"),
                    Step::UpTo(6, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Grade)])),
                    Step::NoPause,
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
                // "to be rated good at the next inspection", "judged good when
                // inspectors return".
                Step::Seq(&[
                    Step::Capture(Slot::Void, &Step::Grade),
                    Step::UpTo(4, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Grade)])),
                    Step::NoPause,
                    Step::Either(&[
                        Step::Seq(&[Step::Word("next"), Step::Optional(&Step::Any), Step::Word("inspection")]),
                        Step::Seq(&[Step::Word("next"), Step::Word("time")]),
                        Step::Seq(&[Step::Word("when"), Step::Word("inspectors"), Step::Word("return")]),
                    ]),
                ]),
                // "the aim was to be rated good", "a goal of being judged good",
                // "expects to be judged good".
                Step::Seq(&[
                    Step::Either(&[
                        Step::In(&AIM),
                        Step::Word("expect"),
                        Step::Word("expects"),
                        Step::Word("expected"),
                    ]),
                    Step::UpTo(3, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Grade)])),
                    Step::NoPause,
                    Step::Either(&[Step::Seq(&[Step::Word("to"), Step::Word("be")]), Step::Word("being")]),
                    Step::In(&RATING_CUE),
                    Step::Optional(&Step::Word("as")),
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
                // "set a high bar to move from an inadequate rating to good": the grade
                // a change is for, as a purpose.
                Step::Seq(&[
                    Step::Word("to"),
                    Step::In(&CHANGED),
                    Step::UpTo(6, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Either(&[Step::Grade, Step::Word("from")]))])),
                    Step::Word("from"),
                    Step::UpTo(3, &Step::Not(&Step::Either(&[Step::Grade, Step::Word("to")]))),
                    Step::Grade,
                    Step::UpTo(2, &Step::Not(&Step::Either(&[Step::Grade, Step::Word("to")]))),
                    Step::Word("to"),
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
                // "at risk of 'inadequate' rating", "at risk of being rated inadequate"
                // (not "children at risk of harm").
                Step::Seq(&[
                    Step::Word("risk"),
                    Step::Word("of"),
                    Step::Either(&[
                        Step::Seq(&[
                            Step::Optional(&Step::Either(&[Step::Word("a"), Step::Word("an"), Step::Word("the")])),
                            Step::Capture(Slot::Void, &Step::Grade),
                            Step::Optional(&Step::In(&INSPECTORATE)),
                            Step::In(&RATING_CUE),
                        ]),
                        Step::Seq(&[
                            Step::Word("being"),
                            Step::In(&RATING_CUE),
                            Step::Optional(&Step::Word("as")),
                            Step::Capture(Slot::Void, &Step::Grade),
                        ]),
                    ]),
                ]),
                // "Target judgement: Good", "Aim: outstanding".
                Step::Seq(&[
                    Step::In(&AIM),
                    Step::Optional(&Step::In(&RATING_CUE)),
                    Step::Pause,
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
                // "a further Requires Improvement judgement was possible": a grade told
                // as likely.
                Step::Seq(&[
                    Step::Capture(Slot::Void, &Step::Grade),
                    Step::Optional(&Step::In(&RATING_CUE)),
                    Step::Either(&[
                        BE_FORM,
                        Step::Seq(&[MODAL, Step::Word("be")]),
                    ]),
                    Step::Optional(&Step::Word("now")),
                    Step::In(&LIKELY),
                ]),
                // "predicting a rating of 'requires improvement'".
                Step::Seq(&[
                    Step::In(&PREDICT),
                    Step::UpTo(3, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Grade)])),
                    Step::NoPause,
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
                // "hoped to achieve at least a 'requires improvement' rating", "failure
                // to achieve a judgement of Good".
                // Not "the hard work since the last inspection to achieve the Good
                // rating": only hoped-for or failed achievements.
                Step::Seq(&[
                    Step::Either(&[Step::In(&AIM), Step::Word("failure"), Step::Word("failed")]),
                    Step::Word("to"),
                    Step::Word("achieve"),
                    Step::UpTo(4, &Step::Seq(&[Step::NoPause, Step::Not(&Step::Grade)])),
                    Step::NoPause,
                    Step::Capture(Slot::Void, &Step::Grade),
                ]),
            ]),
            Action::Void,
        ),
        examples: &[
            Example {
                text: "An internal report has warned that the services could be rated inadequate at their next inspection.",
                yields: &[],
            },
            Example {
                text: "If they are rated inadequate, I would urge you to appoint a commissioner.",
                yields: &[],
            },
            Example {
                text: "The council's leader said the aim was to be rated good.",
                yields: &[],
            },
            Example {
                text: "They hoped for at least a better rating, with a longer-term goal of being judged good.",
                yields: &[],
            },
            Example {
                text: "Risk: Failure to achieve a judgement of Good.",
                yields: &[],
            },
            Example {
                text: "The council expects to be judged good.",
                yields: &[],
            },
            Example {
                text: "If Ofsted were to find practice inconsistent, a further Requires Improvement judgement was possible.",
                yields: &[],
            },
            Example {
                text: "The chairman of its improvement board is predicting a rating of 'requires improvement'.",
                yields: &[],
            },
            Example {
                text: "Target judgement: Good",
                yields: &[],
            },
            Example {
                text: "Children's services at risk of 'inadequate' rating, report warns.",
                yields: &[],
            },
            Example {
                text: "Had they come back a year later, they would have judged us good overall.",
                yields: &[],
            },
            Example {
                text: "Our aim is for this to be acknowledged and gain an 'outstanding' rating next time.",
                yields: &[],
            },
        ],
    },
];

/// A grade a pattern rule gave, with token indices.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Given {
    pub rule: &'static str,
    pub judgement: Judgement,
    pub grade: Grade,
    /// Token range of the grade.
    pub grade_tokens: Range<usize>,
    /// Token range of the judgement phrase, when one is named.
    pub judgement_tokens: Option<Range<usize>>,
    pub earlier: bool,
    /// Token index of a year that dates this grade, where the rule gives one.
    pub dated_by: Option<usize>,
    /// Whether it replaces the coded rules' links (see [`Action::GiveFirm`]).
    pub firm: bool,
    /// Whether it holds over a void of its grade (see [`Action::GiveOverVoid`]).
    pub over_void: bool,
}

/// What the pattern rules find in a run of tokens: grades given, and the token index
/// of each grade that is no rating.
#[cfg(test)]
pub(crate) fn apply(tokens: &[Token], rules: &'static [Rule]) -> (Vec<Given>, Vec<usize>) {
    let openings: Vec<Option<Openings>> = rules.iter().map(openings_of).collect();
    apply_with(tokens, rules, &openings)
}

/// [`apply`] with [`GRADE_RULES`], whose openings are worked out once.
pub(crate) fn apply_grade_rules(tokens: &[Token]) -> (Vec<Given>, Vec<usize>) {
    static OPENINGS: OnceLock<Vec<Option<Openings>>> = OnceLock::new();
    let openings = OPENINGS.get_or_init(|| GRADE_RULES.iter().map(openings_of).collect());
    apply_with(tokens, GRADE_RULES, openings)
}

/// How a pattern rule's matches may open.
fn openings_of(rule: &'static Rule) -> Option<Openings> {
    match &rule.how {
        How::Pattern(pattern, _) => Some(Openings::of(pattern)),
        _ => None,
    }
}

fn apply_with(
    tokens: &[Token],
    rules: &[Rule],
    openings: &[Option<Openings>],
) -> (Vec<Given>, Vec<usize>) {
    let mut given = Vec::new();
    let mut void = Vec::new();
    for (rule, openings) in rules.iter().zip(openings) {
        let (How::Pattern(pattern, action), Some(openings)) = (&rule.how, openings) else {
            continue;
        };
        for m in find_all_opening(tokens, pattern, openings) {
            let grades = m.captured.iter().filter(|c| c.grade.is_some());
            let judgements: Vec<_> = m
                .captured
                .iter()
                .filter(|c| c.grade.is_none() && !c.year && c.slot == Slot::Main)
                .collect();
            let years: Vec<usize> = m
                .captured
                .iter()
                .filter(|c| c.year)
                .map(|c| c.tokens.start)
                .collect();
            for grade in grades {
                let value = grade.grade.unwrap_or(Grade::Good);
                let give = |judgement, at: Option<Range<usize>>, earlier| Given {
                    rule: rule.id,
                    judgement,
                    grade: value,
                    grade_tokens: grade.tokens.clone(),
                    judgement_tokens: at,
                    earlier,
                    dated_by: None,
                    firm: matches!(
                        action,
                        Action::GiveFirm | Action::Change | Action::YearChain | Action::YearKeyed
                    ),
                    over_void: *action == Action::GiveOverVoid,
                };
                match (action, grade.slot) {
                    (Action::Void, Slot::Void) => void.push(grade.tokens.start),
                    (Action::Change, Slot::Main | Slot::Earlier) => {
                        let earlier = grade.slot == Slot::Earlier;
                        if judgements.is_empty() {
                            given.push(give(Judgement::OverallEffectiveness, None, earlier));
                        }
                        for captured in &judgements {
                            for judgement in captured.judgements {
                                given.push(give(
                                    *judgement,
                                    Some(captured.tokens.clone()),
                                    earlier,
                                ));
                            }
                        }
                    }
                    (Action::YearChain, Slot::Main) => {
                        if let Some(&year) = years.iter().find(|&&y| y > grade.tokens.start) {
                            given.push(Given {
                                dated_by: Some(year),
                                ..give(Judgement::OverallEffectiveness, None, false)
                            });
                        }
                    }
                    (Action::YearKeyed, Slot::Main) => {
                        if let Some(&year) = years.iter().rev().find(|&&y| y < grade.tokens.start) {
                            given.push(Given {
                                dated_by: Some(year),
                                ..give(Judgement::OverallEffectiveness, None, false)
                            });
                        }
                    }
                    (Action::EachYear, Slot::Main) => {
                        given.extend(years.iter().skip(1).map(|&year| Given {
                            dated_by: Some(year),
                            ..give(Judgement::OverallEffectiveness, None, false)
                        }))
                    }
                    (_, Slot::Earlier) => {
                        given.push(give(Judgement::OverallEffectiveness, None, true))
                    }
                    (Action::GiveAll, Slot::Main) => {
                        given.extend(Judgement::ALL.into_iter().map(|j| give(j, None, false)))
                    }
                    (Action::Give | Action::GiveFirm | Action::GiveOverVoid, Slot::Main)
                        if judgements.is_empty() =>
                    {
                        given.push(give(Judgement::OverallEffectiveness, None, false))
                    }
                    (Action::Give | Action::GiveFirm | Action::GiveOverVoid, Slot::Main) => {
                        for captured in &judgements {
                            for judgement in captured.judgements {
                                given.push(give(*judgement, Some(captured.tokens.clone()), false));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    (given, void)
}

/// The rule list for `docs/extractor.md`, as Markdown.
pub fn render_docs() -> String {
    let mut out = String::new();
    for rule in GRADE_RULES {
        let how = match &rule.how {
            How::Pattern(..) => "pattern".to_string(),
            How::Code(code) => format!("code: `{code}`"),
        };
        out.push_str(&format!("- **`{}`** ({how}). {}\n", rule.id, rule.doc));
        for example in rule.examples {
            out.push_str(&format!(
                "  - e.g. \"{}\"\n",
                example.text.replace('"', "\\\"")
            ));
        }
    }
    out.push_str("\nWord sets (base forms; a word is in a set when its base form is):\n\n");
    for set in super::lexicon::ALL {
        out.push_str(&format!("- `{}`: {}\n", set.name, set.bases.join(", ")));
    }
    out.push_str("\nWords two sets share, and why:\n\n");
    for (a, b, word, why) in super::lexicon::SHARED {
        out.push_str(&format!("- `{a}` and `{b}`: \"{word}\", {why}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::grades::find_ratings;
    use super::super::layout::Layout;
    use super::super::scope::Scope;
    use super::super::token::tokens_of;
    use super::super::Diagnostics;
    use super::*;

    type Yield = (Judgement, Grade, bool);

    fn sorted(mut found: Vec<Yield>) -> Vec<Yield> {
        found.sort_by_key(|(j, g, e)| (format!("{j:?}"), *g, *e));
        found.dedup();
        found
    }

    /// What the whole grade pass finds in a text.
    fn pass(text: &str) -> Vec<Yield> {
        let mut diagnostics = Diagnostics::new("t");
        let layout = Layout::new(text, &mut diagnostics);
        let scope = Scope::new(None, &[]);
        let found = find_ratings(&layout, &scope, &[], &mut diagnostics);
        sorted(
            found
                .iter()
                .map(|r| (r.judgement, r.grade, r.earlier))
                .collect(),
        )
    }

    #[test]
    fn rule_ids_are_unique_and_every_rule_has_an_example() {
        let mut ids: Vec<&str> = GRADE_RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), GRADE_RULES.len());
        for rule in GRADE_RULES {
            assert!(rule.id.starts_with("grade."), "{}", rule.id);
            assert!(!rule.examples.is_empty(), "{} has no example", rule.id);
            assert!(!rule.doc.is_empty(), "{} has no doc line", rule.id);
        }
    }

    /// A one-word sentence after a graded one is read for "The rating was for ..."
    /// without reading past its end (a panic once, on a real article).
    #[test]
    fn a_one_word_sentence_after_a_grade_is_read_safely() {
        assert_eq!(
            pass("Ofsted rated the council good. Indeed."),
            [(Judgement::OverallEffectiveness, Grade::Good, false)]
        );
    }

    /// `grade.for_list_then_rated` reads a "For" that opens its sentence, not one after
    /// a grade (the seed's "an 'Outstanding' rating for A, and overall, services were
    /// rated 'Good'").
    #[test]
    fn a_for_that_follows_a_grade_does_not_open_a_list_rated_later() {
        let rule = GRADE_RULES
            .iter()
            .find(|r| r.id == "grade.for_list_then_rated")
            .unwrap();
        let text = "Inspectors awarded the Council an 'Outstanding' rating for the impact of leaders on social care practice with children and families, and overall, services were rated 'Good'.";
        let (given, _) = apply(&tokens_of(text), std::slice::from_ref(rule));
        assert_eq!(given, []);
        let opening = "For the impact of leaders, and overall, services were rated 'Good'.";
        let (given, _) = apply(&tokens_of(opening), std::slice::from_ref(rule));
        assert_eq!(given.len(), 2);
    }

    /// Each pattern rule, alone, yields from each example exactly what it claims, and a
    /// rule that voids grades voids one in each example.
    #[test]
    fn each_pattern_rule_yields_its_examples() {
        for rule in GRADE_RULES {
            let How::Pattern(_, action) = &rule.how else {
                continue;
            };
            for example in rule.examples {
                let tokens = tokens_of(example.text);
                let (given, void) = apply(&tokens, std::slice::from_ref(rule));
                let got = sorted(
                    given
                        .iter()
                        .map(|g| (g.judgement, g.grade, g.earlier))
                        .collect(),
                );
                assert_eq!(
                    got,
                    sorted(example.yields.to_vec()),
                    "{}: {:?}",
                    rule.id,
                    example.text
                );
                if *action == Action::Void {
                    assert!(
                        !void.is_empty(),
                        "{} voids nothing in {:?}",
                        rule.id,
                        example.text
                    );
                }
            }
        }
    }

    /// Every rule's examples, coded or pattern, through the whole grade pass: the
    /// ratings found are exactly those the example claims.
    #[test]
    fn each_rule_example_yields_exactly_its_ratings_in_the_whole_pass() {
        let mut wrong = Vec::new();
        for rule in GRADE_RULES {
            for example in rule.examples {
                let got = pass(example.text);
                let expected = sorted(example.yields.to_vec());
                if got != expected {
                    wrong.push(format!(
                        "{}: {:?}\n  got {got:?}\n  expected {expected:?}",
                        rule.id, example.text
                    ));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// The rule list in docs/extractor.md is this table's: run with `BLESS_DOCS=1` to
    /// rewrite it.
    #[test]
    fn the_documented_rule_list_is_the_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/extractor.md");
        let doc = std::fs::read_to_string(path).expect("docs/extractor.md");
        let (begin, end) = ("<!-- rules:begin -->\n", "<!-- rules:end -->");
        let from = doc.find(begin).expect("a rules:begin marker") + begin.len();
        let to = doc.find(end).expect("a rules:end marker");
        let rendered = render_docs();
        if std::env::var_os("BLESS_DOCS").is_some() {
            let updated = format!("{}{}{}", &doc[..from], rendered, &doc[to..]);
            std::fs::write(path, updated).expect("write docs/extractor.md");
            return;
        }
        assert!(
            doc[from..to] == rendered,
            "docs/extractor.md's rule list is stale: run BLESS_DOCS=1 cargo test --lib extract::rules"
        );
    }
}
