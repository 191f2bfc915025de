//! People named in articles: titles, names, suffixes and roles, and one identity for
//! every name a person goes by ("Cllr Sarah Ruiz", "Councillor Sarah Ruiz", ...).

use super::layout::Layout;
use super::lexicon::{
    COUNCIL_KINDS, HONORIFICS, NOT_NAMES, OFFICES, OFFICE_OF, ORGANISATION_ENDINGS,
    RELATIVE_PRONOUNS, ROLE_WORDS, SUFFIXES,
};
use super::text::{only_space_between, Word};
use crate::model::{Person, SpeakerKind};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A person named at one place in an article.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NameMention {
    /// Titles, name and suffixes.
    pub span: Range<usize>,
    /// The name as written with its capitalised titles and suffixes, e.g. "Mayor Fiaz";
    /// empty for a person given only by what they are ("one care leaver"), who is
    /// someone else in each article, whatever the words (kept so, not in a field of its
    /// own: an article may name a person every few words).
    pub alias: String,
    /// The plain name: "Sarah Ruiz", or just "Whippey" for "Mr Whippey".
    pub name: String,
    /// The role the article gives here: offices before the name and an appositive after.
    pub role: Option<String>,
}

impl NameMention {
    /// True when only a surname is given, as in "Mr Whippey".
    pub fn is_surname_only(&self) -> bool {
        !self.name.contains(' ') && !self.is_unnamed()
    }

    /// True for a person given only by what they are (see `alias`).
    pub fn is_unnamed(&self) -> bool {
        self.alias.is_empty()
    }
}

pub(crate) fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Every person the article names with a title ("Inspector Andy Whippey", "mayor
/// Rokhsana Fiaz"), outside quotations.
/// For each surname named alone ("Ms Holden wrote:") that no titled mention gives in
/// full, the first full name with that surname written without a title before it in
/// the narrative ("inspectors Rachel Holden and Matt Reed"): a capitalised given name
/// right before the surname.
pub(crate) fn untitled_full_names(layout: &Layout, names: &[NameMention]) -> Vec<NameMention> {
    let mut known: HashSet<&str> = names
        .iter()
        .filter(|m| !m.is_surname_only())
        .map(|m| surname(&m.name))
        .collect();
    let wanted: HashSet<&str> = names
        .iter()
        .filter(|m| m.is_surname_only() && !known.contains(m.name.as_str()))
        .map(|m| m.name.as_str())
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    // The first untitled "Given Surname" of each surname wanted, in one pass.
    let mut first: HashMap<&str, (usize, usize)> = HashMap::new();
    for (index, pair) in layout.words.windows(2).enumerate() {
        let [given, family] = pair else {
            continue;
        };
        if !wanted.contains(family.text) || first.contains_key(family.text) {
            continue;
        }
        let is_given = given.is_capitalised()
            && given.text.chars().all(char::is_alphabetic)
            && !HONORIFICS.contains(&given.text)
            && !given.is_any(&NOT_NAMES)
            && !OFFICES
                .iter()
                .any(|office| office.len() == 1 && given.is(office[0]))
            && only_space_between(layout.text, given, family)
            && layout.quote_at(given.start).is_none();
        if is_given {
            first.insert(family.text, (index, index + 1));
        }
    }
    let mut found: Vec<NameMention> = Vec::new();
    for mention in names.iter().filter(|m| m.is_surname_only()) {
        let Some(&(given, family)) = first.get(mention.name.as_str()) else {
            continue;
        };
        let (given, family) = (&layout.words[given], &layout.words[family]);
        if family.end() > mention.span.start || !known.insert(family.text) {
            continue;
        }
        let name = format!("{} {}", given.text, family.text);
        found.push(NameMention {
            span: given.start..family.end(),
            alias: name.clone(),
            name,
            role: None,
        });
    }
    found
}

/// The index of `mention` in `names` (in the text's order, as `titled_names` gives
/// them), if held there as it is: same place, words and role.
pub(crate) fn index_of(names: &[NameMention], mention: &NameMention) -> Option<usize> {
    let index = names
        .binary_search_by_key(&mention.span.start, |n| n.span.start)
        .ok()?;
    (names[index] == *mention).then_some(index)
}

pub(crate) fn titled_names(layout: &Layout) -> Vec<NameMention> {
    let mut found = Vec::new();
    let mut index = 0;
    while index < layout.words.len() {
        let word = &layout.words[index];
        match name_at(layout, &layout.words, index, true) {
            Some((mention, next)) if layout.quote_at(word.start).is_none() => {
                found.push(with_appositive_role(layout, mention));
                index = next;
            }
            _ => index += 1,
        }
    }
    // Kept for the whole article: no room left over from growing.
    found.shrink_to_fit();
    found
}

/// Whether `text` names a role ("cabinet member for children", "the council's chief
/// executive"), rather than telling something else of the person.
pub(crate) fn names_a_role(text: &str) -> bool {
    !is_relative_clause(text)
        && text
            .split_whitespace()
            .any(|word| ROLE_WORDS.contains(&word.to_lowercase().as_str()))
}

/// Whether an appositive is a relative clause rather than a role.
pub(crate) fn is_relative_clause(appositive: &str) -> bool {
    appositive
        .split_whitespace()
        .next()
        .is_some_and(|first| RELATIVE_PRONOUNS.contains(&first.to_lowercase().as_str()))
}

/// Adds a role given in an appositive, as in "Cllr Jo Bloggs, lead member for children,".
pub(crate) fn with_appositive_role(layout: &Layout, mut mention: NameMention) -> NameMention {
    let rest = &layout.text[mention.span.end..];
    let Some(after_comma) = rest.strip_prefix(',') else {
        return mention;
    };
    let clause = after_comma
        .split([',', '.', ';', ':', '“', '"'])
        .next()
        .unwrap_or("")
        .trim();
    if names_a_role(clause) {
        mention.role = join_role(mention.role.take(), Some(clause.to_string()));
    }
    mention
}

/// Joins an office written before a name with a role written after it.
pub(crate) fn join_role(before: Option<String>, after: Option<String>) -> Option<String> {
    match (before, after) {
        (Some(b), Some(a)) => Some(format!("{b}, {a}")),
        (b, a) => b.or(a),
    }
}

/// Reads a name starting at `words[index]`: titles, then one to three capitalised
/// name words, then suffixes. Without a title it needs two name words and
/// `title_required` false. Returns the mention and the index of the next word.
pub(crate) fn name_at(
    layout: &Layout,
    words: &[Word],
    index: usize,
    title_required: bool,
) -> Option<(NameMention, usize)> {
    let titles = read_titles(layout, words, index);
    if title_required && titles.next == index {
        // No title: not enough, whatever follows (the common case, so said early).
        return None;
    }
    let mut next = titles.next;
    let mut offices = titles.offices;
    let after_title = next > index;
    let name_words = read_name_words(layout, words, &mut next, &mut offices, after_title)?;
    let name_start = words[next - name_words].start;
    // Without a possessive's "'s" ("Peter Robinson's role").
    let name_end = words[next - 1].start + words[next - 1].possessor().len();
    let name_range = next - name_words..next;
    while next < words.len()
        && SUFFIXES.contains(&words[next].text)
        && only_space_between(layout.text, &words[next - 1], &words[next])
    {
        next += 1;
    }
    let has_title = titles.capitalised || !offices.is_empty();
    let enough = match (has_title, titles.capitalised) {
        (true, true) => name_words >= 1,
        (true, false) => name_words >= 2,
        (false, _) => !title_required && name_words >= 2,
    };
    // "Interim Director of Children's Services ..., James Thomas said:": words of a
    // role, capitalised, are no one's name.
    // (The name's own words: "MP" after "Nadhim Zahawi" is an honour, not a role.)
    let role_words = words[name_range].iter().any(|w| w.is_any(&ROLE_WORDS));
    // "Anne-Marie Bond, Chief Executive Torbay Council said": a capitalised run right
    // before "Council" (or "County Council") names the body an office is of, no person.
    let names_a_body = words.get(next).is_some_and(|w| {
        (w.is_any(&ORGANISATION_ENDINGS) || w.is_any(&COUNCIL_KINDS))
            && only_space_between(layout.text, &words[next - 1], w)
    });
    if !enough || role_words || names_a_body {
        return None;
    }
    let alias_start = titles.alias_start.unwrap_or(name_start);
    let span = words[index].start..words[next - 1].start + words[next - 1].possessor().len();
    let mention = NameMention {
        alias: layout.slice(alias_start..span.end).to_string(),
        name: layout.slice(name_start..name_end).to_string(),
        role: (!offices.is_empty()).then(|| offices.join(", ")),
        span,
    };
    Some((mention, next))
}

struct Titles {
    next: usize,
    offices: Vec<String>,
    /// Where the first capitalised title starts, for the alias.
    alias_start: Option<usize>,
    /// Whether a capitalised title (office or honorific) was read.
    capitalised: bool,
}

fn read_titles(layout: &Layout, words: &[Word], index: usize) -> Titles {
    let mut titles = Titles {
        next: index,
        offices: Vec::new(),
        alias_start: None,
        capitalised: false,
    };
    loop {
        let at = titles.next;
        if at > index && !adjacent(layout, words, at) {
            break;
        }
        let Some(word) = words.get(at) else { break };
        let (length, is_office) = if HONORIFICS.contains(&word.text) {
            (1, false)
        } else if let Some(length) = office_length(words, at) {
            (length, true)
        } else {
            break;
        };
        if word.is_capitalised() {
            titles.capitalised = true;
            titles.alias_start.get_or_insert(word.start);
        }
        if is_office {
            let last = &words[at + length - 1];
            titles
                .offices
                .push(layout.slice(word.start..last.end()).to_string());
        }
        titles.next = at + length;
    }
    titles
}

fn office_length(words: &[Word], at: usize) -> Option<usize> {
    // Most words open no office: all the first words are tried at once.
    const FIRST_WORDS: [&str; OFFICES.len()] = {
        let mut first = [""; OFFICES.len()];
        let mut i = 0;
        while i < OFFICES.len() {
            first[i] = OFFICES[i][0];
            i += 1;
        }
        first
    };
    if !words.get(at)?.is_any(&FIRST_WORDS) {
        return None;
    }
    OFFICES.iter().find_map(|office| {
        let fits = office
            .iter()
            .enumerate()
            .all(|(offset, part)| words.get(at + offset).is_some_and(|w| w.is(part)));
        fits.then_some(office.len())
    })
}

/// Reads the capitalised run of a name, moving `next` past it. After an office and
/// "of" ("Mayor of Newham Rokhsana Fiaz"), the last two words are the name and the
/// rest is the place, which joins the office.
fn read_name_words(
    layout: &Layout,
    words: &[Word],
    next: &mut usize,
    offices: &mut [String],
    after_title: bool,
) -> Option<usize> {
    let follows_office_of = !offices.is_empty()
        && words
            .get(*next)
            .is_some_and(|w| OFFICE_OF.contains(&w.text))
        && adjacent(layout, words, *next);
    let run_start = if follows_office_of { *next + 1 } else { *next };
    let mut end = run_start;
    while end < words.len()
        && is_name_word(&words[end])
        && ((end == run_start && !after_title) || adjacent(layout, words, end))
    {
        end += 1;
    }
    let run = end - run_start;
    if follows_office_of {
        if run < 3 {
            return None;
        }
        let place = layout.slice(words[run_start].start..words[end - 3].end());
        if let Some(office) = offices.last_mut() {
            office.push_str(" of ");
            office.push_str(place);
        }
        *next = end;
        return Some(2);
    }
    // "Cllr Peter Robinson's role as ...": a name's last word may be possessive; the
    // name is its possessor ("Unison's Ashby branch secretary" has no name before it),
    // before a word in lower case ("Children and Young People's Services" names none).
    let possessive_last = (1..3).contains(&run)
        && words.get(end).is_some_and(|w| {
            w.is_possessive()
                && is_name_word(&Word {
                    text: w.possessor(),
                    start: w.start,
                })
        })
        && adjacent(layout, words, end)
        && words.get(end + 1).is_none_or(|w| !w.is_capitalised());
    let (end, run) = if possessive_last {
        (end + 1, run + 1)
    } else {
        (end, run)
    };
    if run == 0 || run > 3 {
        return None;
    }
    *next = end;
    Some(run)
}

fn adjacent(layout: &Layout, words: &[Word], at: usize) -> bool {
    at > 0
        && words
            .get(at)
            .is_some_and(|w| only_space_between(layout.text, &words[at - 1], w))
}

fn is_name_word(word: &Word) -> bool {
    // Not a possessive: "Unison's Ashby branch secretary, Karen Doyle".
    !word.is_possessive()
        && word.is_capitalised()
        && word.text.chars().any(char::is_lowercase)
        && word.text.chars().count() > 1
        && !word.is_any(&NOT_NAMES)
        && !HONORIFICS.contains(&word.text)
        && office_length(std::slice::from_ref(word), 0).is_none()
}

/// The inspectorate, speaking through its inspectors and reports.
pub(crate) fn inspectorate() -> Person {
    Person {
        id: "ofsted".into(),
        name: "Ofsted".into(),
        aliases: Vec::new(),
        kind: SpeakerKind::Organisation,
    }
}

/// Gathers people from every article's mentions: one person per full name, with a
/// surname-only mention joined to the full name it shortens.
pub(crate) struct Registry {
    people: Vec<Person>,
    /// Where each person is in `people`, by id.
    by_id: HashMap<String, usize>,
    full_names: FullNames,
}

/// The first full name with each surname, in each article and in all of them (in
/// article order): what a surname alone stands for (see `canonical_name`).
struct FullNames {
    by_article: Vec<HashMap<String, String>>,
    anywhere: HashMap<String, String>,
}

impl FullNames {
    fn new(mentions: &[Vec<NameMention>]) -> FullNames {
        let mut anywhere = HashMap::new();
        let by_article = mentions
            .iter()
            .map(|article| {
                let mut own = HashMap::new();
                for mention in article.iter().filter(|m| !m.is_surname_only()) {
                    let surname = surname(&mention.name).to_string();
                    own.entry(surname.clone())
                        .or_insert_with(|| mention.name.clone());
                    anywhere
                        .entry(surname)
                        .or_insert_with(|| mention.name.clone());
                }
                own
            })
            .collect();
        FullNames {
            by_article,
            anywhere,
        }
    }
}

impl Registry {
    /// `mentions[a]` are all the name mentions of article `a`.
    pub fn new(mentions: &[Vec<NameMention>]) -> Registry {
        let mut registry = Registry {
            people: Vec::new(),
            by_id: HashMap::new(),
            full_names: FullNames::new(mentions),
        };
        for (index, article) in mentions.iter().enumerate() {
            for mention in article {
                let name = canonical_name(&registry.full_names, index, mention);
                registry.record(id_for(&name, index, mention), &name, &mention.alias);
            }
        }
        registry
    }

    fn record(&mut self, id: String, name: &str, alias: &str) {
        let index = match self.by_id.get(&id) {
            Some(&index) => index,
            None => {
                self.by_id.insert(id.clone(), self.people.len());
                self.people.push(Person {
                    id,
                    name: name.to_string(),
                    aliases: Vec::new(),
                    kind: kind_of(name),
                });
                self.people.len() - 1
            }
        };
        let person = &mut self.people[index];
        if !alias.is_empty() && alias != person.name && !person.aliases.iter().any(|a| a == alias) {
            person.aliases.push(alias.to_string());
        }
    }

    /// The id of the person `mention` (in article `article`) names.
    pub fn id_of(&self, article: usize, mention: &NameMention) -> String {
        id_for(
            &canonical_name(&self.full_names, article, mention),
            article,
            mention,
        )
    }

    /// The people with these ids, in the order given.
    pub fn people(&self, ids: &[String]) -> Vec<Person> {
        ids.iter()
            .filter_map(|id| self.by_id.get(id).map(|&index| self.people[index].clone()))
            .collect()
    }
}

/// A council speaking as a body ("Southend Council") is an organisation; anyone else a
/// person.
fn kind_of(name: &str) -> SpeakerKind {
    let last = name.rsplit(' ').next().unwrap_or(name);
    if name.contains(' ')
        && ORGANISATION_ENDINGS
            .iter()
            .any(|e| last.eq_ignore_ascii_case(e))
    {
        SpeakerKind::Organisation
    } else {
        SpeakerKind::Person
    }
}

/// The full name a mention in article `article` stands for: itself, or for a surname
/// alone the full name with that surname in the same article, else in any article,
/// else the alias.
fn canonical_name(full_names: &FullNames, article: usize, mention: &NameMention) -> String {
    if !mention.is_surname_only() {
        return mention.name.clone();
    }
    full_names
        .by_article
        .get(article)
        .and_then(|own| own.get(&mention.name))
        .or_else(|| full_names.anywhere.get(&mention.name))
        .map_or_else(|| mention.alias.clone(), String::clone)
}

/// The id of the person `name` stands for in article `article`: its slug, and for a
/// person given only by what they are, the article's number after it ("care-leaver-in-3"),
/// as one article's care leaver is not another's.
fn id_for(name: &str, article: usize, mention: &NameMention) -> String {
    let id = slug(name);
    if mention.is_unnamed() {
        format!("{id}-in-{}", article + 1)
    } else {
        id
    }
}

/// A stable id from a name: "Sarah Ruiz" becomes "sarah-ruiz".
pub(crate) fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() && c != '’' && c != '\'' {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}
