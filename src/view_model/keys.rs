//! Moves through a list asked for by keys: arrows, Home and End.

/// A move of the roving focus through a list, asked for by a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Previous,
    Next,
    First,
    Last,
}

impl Step {
    /// The move a key asks for: arrows, Home and End.
    pub fn from_key(key: &str) -> Option<Step> {
        match key {
            "ArrowUp" | "ArrowLeft" => Some(Step::Previous),
            "ArrowDown" | "ArrowRight" => Some(Step::Next),
            "Home" => Some(Step::First),
            "End" => Some(Step::Last),
            _ => None,
        }
    }

    /// Where this move leads from `current` in a list of `len` items; stops at the ends.
    pub fn from_index(self, current: usize, len: usize) -> usize {
        let last = len.saturating_sub(1);
        match self {
            Step::Previous => current.saturating_sub(1),
            Step::Next => (current + 1).min(last),
            Step::First => 0,
            Step::Last => last,
        }
    }
}
