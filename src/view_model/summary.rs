//! The widget's title and its one-sentence summary of the trajectory.

use super::Count;
use crate::index::IndexedDataset;
use crate::model::Judgement;

/// How many grades the summary sentence names before it shortens a long history to
/// its first grade, a count of those left out, and its latest grades.
pub const SUMMARY_STEPS: usize = 6;

/// The timeline's heading, the same in the widget and its static fallback:
/// "Newham Council: Ofsted ratings over time".
pub fn timeline_title(subject: Option<&str>) -> String {
    match subject {
        Some(subject) => format!("{subject}: Ofsted ratings over time"),
        None => "Ofsted ratings over time".to_string(),
    }
}

/// A landmark's accessible name, with the timeline's subject so that several widgets on
/// one page have landmarks of different names: "Sources: Newham Council".
pub fn landmark(what: &str, dataset: &crate::model::Dataset) -> String {
    match &dataset.subject {
        Some(subject) => format!("{what}: {subject}"),
        None => what.to_string(),
    }
}

/// The one-sentence summary of the trajectory for `judgement`, such as
/// "Inadequate (2019) → Good (2022) → Outstanding (2025)". A history of more than
/// [`SUMMARY_STEPS`] grades reads "Inadequate (1980) → … 320 more … → Good (2019) → …",
/// ending on the latest grades, which readers look for.
pub fn summary_sentence(data: &IndexedDataset, judgement: Judgement) -> String {
    let mut steps: Vec<String> = data
        .events_in_order()
        .into_iter()
        .filter_map(|event| {
            let grade = event.grade(judgement)?;
            Some(match event.date.year() {
                // An inspection the sources date only as before another.
                Some(year) if event.date.before => format!("{} (before {year})", grade.label()),
                Some(year) => format!("{} ({year})", grade.label()),
                None => grade.label().to_string(),
            })
        })
        .collect();
    if steps.len() > SUMMARY_STEPS {
        let latest = SUMMARY_STEPS - 2;
        let left_out = steps.len() - 1 - latest;
        steps.splice(
            1..steps.len() - latest,
            [format!("… {} more …", Count(left_out))],
        );
    }
    let chain = if steps.is_empty() {
        "No grade is stated in the sources".to_string()
    } else {
        steps.join(" → ")
    };
    if judgement == Judgement::OverallEffectiveness {
        chain
    } else {
        format!("{}: {chain}", judgement.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::IndexedDataset;
    use crate::model::Judgement;

    use crate::view_model::fixtures::*;

    #[test]
    fn landmarks_are_named_after_the_subject_so_two_widgets_differ() {
        let mut data = newham();
        data.subject = Some("Newham Council".into());
        assert_eq!(landmark("Sources", &data), "Sources: Newham Council");
        data.subject = None;
        assert_eq!(landmark("Sources", &data), "Sources");
    }

    #[test]
    fn the_summary_follows_the_graded_inspections_in_order() {
        let data = IndexedDataset::new(newham());
        assert_eq!(
            summary_sentence(&data, Judgement::OverallEffectiveness),
            "Inadequate (2019) → Good (2022) → Outstanding (2025)"
        );
        assert_eq!(
            summary_sentence(&data, Judgement::ImpactOfLeaders),
            "Impact of leaders: Outstanding (2022)"
        );
        assert_eq!(
            summary_sentence(&data, Judgement::CareLeavers),
            "Care leavers: No grade is stated in the sources"
        );
    }

    #[test]
    fn an_inspection_dated_only_as_before_another_says_so_in_the_summary() {
        let [earlier, reported] = inadequate_before_good("2024-03");
        let data = IndexedDataset::new(crate::model::Dataset {
            events: vec![reported, earlier],
            ..newham()
        });
        assert_eq!(
            summary_sentence(&data, Judgement::OverallEffectiveness),
            "Inadequate (before 2024) → Good (2024)"
        );
    }

    #[test]
    fn a_long_history_is_summarised_by_its_first_and_latest_grades() {
        let data = yearly_inspections(2000, 10);
        assert_eq!(
            summary_sentence(&data, Judgement::OverallEffectiveness),
            "Inadequate (2000) → … 5 more … → Good (2006) → Outstanding (2007) → \
             Inadequate (2008) → Requires improvement (2009)"
        );
    }
}
