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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_the_roving_focus_and_stop_at_the_ends() {
        assert_eq!(Step::from_key("ArrowDown"), Some(Step::Next));
        assert_eq!(Step::from_key("ArrowLeft"), Some(Step::Previous));
        assert_eq!(Step::from_key("a"), None);
        assert_eq!(Step::Next.from_index(1, 3), 2);
        assert_eq!(Step::Next.from_index(2, 3), 2);
        assert_eq!(Step::Previous.from_index(0, 3), 0);
        assert_eq!(Step::Last.from_index(0, 3), 2);
        assert_eq!(Step::First.from_index(2, 3), 0);
        assert_eq!(Step::Last.from_index(0, 0), 0);
    }
}
