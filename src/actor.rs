//! Actors and places: who is involved in an event and where it happened. Sits beside the time
//! expressions in the pipeline (documents → sentences → time expressions **and actors** → events).
//!
//! The curated dictionary (`actors.toml` in the corpus folder) lists actors with a canonical id,
//! a display name, a kind (person, state, organisation, armed group, ...) and aliases ("Beijing"
//! → China, "the junta" → Myanmar military), and places likewise. [`Gazetteer::mentions`] finds them
//! in a sentence, longest alias first, on word boundaries. Within a document, a person named in
//! full is also found later by the parts of the name ("Qin" after "Qin Gang").
//!
//! This module does not decide what an event is; it only says who and where.

mod discover;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// One actor of the dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Actor {
    /// Canonical id, used in filters and URLs: lowercase, `[a-z0-9-]`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// person | state | organisation | armed group | group | ...
    #[serde(default = "default_kind")]
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

fn default_kind() -> String {
    "organisation".to_string()
}

/// One place of the dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Place {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
struct DictionaryFile {
    #[serde(default, rename = "actor")]
    actors: Vec<Actor>,
    #[serde(default, rename = "place")]
    places: Vec<Place>,
}

/// An error in the actor dictionary, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    #[error("cannot read actor dictionary {path}: {message}")]
    Read { path: String, message: String },
    #[error("actor dictionary {path}: {message}")]
    Invalid { path: String, message: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Actor(usize),
    Place(usize),
}

/// What was found in a text: an actor or place and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    target: Target,
}

/// The actor and place dictionary, compiled for matching.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    /// The dictionary's patterns, compiled once and shared by every document's gazetteer.
    base: Arc<Patterns>,
    /// Patterns a document adds (discovered actors, short names); usually a handful.
    extra: Option<Arc<Patterns>>,
    by_id: HashMap<String, usize>,
    /// Whether capitals and other place-named metonyms ("Beijing" for China) after a locative
    /// preposition ("met in Beijing") are the place, not the actor (true for a document's
    /// dictionary; see `discover::is_metonym`).
    locative_metonyms: bool,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new(Vec::new(), Vec::new())
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Surface forms compiled for matching, each with what it names.
#[derive(Debug, Default)]
struct Patterns {
    matcher: Option<AhoCorasick>,
    targets: Vec<Target>,
}

impl Patterns {
    /// The matcher of `surfaces`; `per_document` for a document's own additions, which are
    /// matched against one document only.
    fn new(surfaces: Vec<(String, Target)>, per_document: bool) -> Patterns {
        let mut patterns: Vec<String> = Vec::new();
        let mut targets = Vec::new();
        for (surface, target) in surfaces {
            let surface = surface.trim();
            if surface.is_empty() {
                continue;
            }
            patterns.push(surface.to_string());
            targets.push(target);
            // "the junta" also matches at the start of a sentence: "The junta".
            let mut chars = surface.chars();
            if let Some(first) = chars.next() {
                if first.is_lowercase() {
                    patterns.push(first.to_uppercase().chain(chars).collect());
                    targets.push(target);
                }
            }
        }
        if patterns.is_empty() {
            return Patterns::default();
        }
        // A document's additions are matched with the NFA as built: compiling it further for
        // every document costs more than it saves on one document's text.
        let kind = (per_document || patterns.len() < 64)
            .then_some(aho_corasick::AhoCorasickKind::NoncontiguousNFA);
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(kind)
            .build(&patterns)
            .ok();
        Patterns { matcher, targets }
    }

    /// Leftmost-longest hits on word boundaries.
    fn hits(&self, text: &str) -> Vec<Mention> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        matcher
            .find_overlapping_iter_safe(text)
            .into_iter()
            .map(|hit| Mention {
                start: hit.start(),
                end: hit.end(),
                target: self.targets[hit.pattern().as_usize()],
            })
            .collect()
    }
}

/// The surface forms of actors and places: names and aliases.
fn surfaces(actors: &[Actor], places: &[Place], first_actor: usize) -> Vec<(String, Target)> {
    let mut out = Vec::new();
    for (offset, actor) in actors.iter().enumerate() {
        let target = Target::Actor(first_actor + offset);
        // A state named like a place ("Myanmar") is found through its aliases only; the bare
        // name is the place.
        if !places.iter().any(|p| p.name == actor.name) {
            out.push((actor.name.clone(), target));
        }
        for alias in &actor.aliases {
            out.push((alias.clone(), target));
        }
    }
    out
}

impl Gazetteer {
    /// Compiles a dictionary. Ids are used as given; aliases include the display name.
    pub fn new(actors: Vec<Actor>, places: Vec<Place>) -> Gazetteer {
        let mut all = surfaces(&actors, &places, 0);
        for (idx, place) in places.iter().enumerate() {
            all.push((place.name.clone(), Target::Place(idx)));
            for alias in &place.aliases {
                all.push((alias.clone(), Target::Place(idx)));
            }
        }
        let by_id = actors
            .iter()
            .enumerate()
            .map(|(idx, actor)| (actor.id.clone(), idx))
            .collect();
        Gazetteer {
            actors,
            places,
            base: Arc::new(Patterns::new(all, false)),
            extra: None,
            by_id,
            locative_metonyms: false,
        }
    }

    /// This dictionary plus `new_actors` and `new_aliases` (actor id, surface): the base
    /// patterns are shared, only the additions are compiled.
    fn extended(&self, new_actors: Vec<Actor>, new_aliases: Vec<(String, String)>) -> Gazetteer {
        let first_new = self.actors.len();
        let mut extra = surfaces(&new_actors, &self.places, first_new);
        let mut actors = self.actors.clone();
        actors.extend(new_actors);
        let by_id: HashMap<String, usize> = actors
            .iter()
            .enumerate()
            .map(|(idx, actor)| (actor.id.clone(), idx))
            .collect();
        for (id, alias) in new_aliases {
            if let Some(&idx) = by_id.get(&id) {
                extra.push((alias, Target::Actor(idx)));
            }
        }
        Gazetteer {
            actors,
            places: self.places.clone(),
            base: Arc::clone(&self.base),
            extra: (!extra.is_empty()).then(|| Arc::new(Patterns::new(extra, true))),
            by_id,
            locative_metonyms: self.locative_metonyms,
        }
    }

    /// Reads `actors.toml`. A missing file gives an empty dictionary; a malformed one is an error
    /// naming the file.
    pub fn load(path: &Path) -> Result<Gazetteer, DictionaryError> {
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Gazetteer::default())
            }
            Err(error) => {
                return Err(DictionaryError::Read {
                    path: shown,
                    message: error.to_string(),
                })
            }
        };
        Gazetteer::parse(&text).map_err(|message| DictionaryError::Invalid {
            path: shown,
            message,
        })
    }

    /// Parses dictionary TOML text.
    pub fn parse(text: &str) -> Result<Gazetteer, String> {
        let file: DictionaryFile = toml::from_str(text).map_err(|e| e.message().to_string())?;
        let mut seen = HashMap::new();
        for actor in &file.actors {
            if actor.id.is_empty()
                || !actor
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                return Err(format!(
                    "expected an actor id of lowercase letters, digits and '-', found {:?}",
                    actor.id
                ));
            }
            if seen.insert(actor.id.clone(), ()).is_some() {
                return Err(format!("actor id {:?} is listed twice", actor.id));
            }
        }
        Ok(Gazetteer::new(file.actors, file.places))
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&idx| &self.actors[idx])
    }

    /// All dictionary mentions in `text`, leftmost-longest, on word boundaries (a document's
    /// additions and the dictionary together).
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let base = self.base.hits(text);
        let Some(extra) = &self.extra else {
            return base;
        };
        let mut all = base;
        all.extend(extra.hits(text));
        // Leftmost first, then longest; drop what overlaps a kept mention.
        all.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut kept: Vec<Mention> = Vec::with_capacity(all.len());
        for mention in all {
            if kept.last().is_none_or(|last| mention.start >= last.end) {
                kept.push(mention);
            }
        }
        kept
    }

    /// The actors mentioned in `text`, each once, in order of first mention.
    pub fn find_actors(&self, text: &str) -> Vec<&Actor> {
        let mut out: Vec<&Actor> = Vec::new();
        for mention in self.mentions(text) {
            // "Official PRC sources indicate": an attribution, not an actor of the event.
            let next_word = text[mention.end..].split_whitespace().next();
            if next_word.is_some_and(|w| w.starts_with("sources")) {
                continue;
            }
            let surface = &text[mention.start..mention.end];
            if self.locative_metonyms && discover::is_metonym(surface) {
                let previous_word = text[..mention.start].split_whitespace().next_back();
                if previous_word.is_some_and(|w| {
                    [
                        "in", "to", "at", "from", "near", "into", "inside", "outside", "via",
                    ]
                    .contains(&w.to_lowercase().as_str())
                }) {
                    continue;
                }
                // "the Paris Peace Accords", "the Beijing Olympics": the capital begins a name.
                let begins_a_name = next_word.is_some_and(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !crate::timex::lexicon::WEEKDAYS
                            .iter()
                            .chain(crate::timex::lexicon::MONTHS.iter())
                            .any(|(name, _)| name.eq_ignore_ascii_case(w))
                });
                if begins_a_name && !text[mention.end..].starts_with(['\'', '’', ',', '.', ';']) {
                    continue;
                }
            }
            if let Target::Actor(idx) = mention.target {
                let actor = &self.actors[idx];
                if !out.iter().any(|a| a.id == actor.id) {
                    out.push(actor);
                }
            }
        }
        out
    }

    /// The places mentioned in `text`, each once, in order of first mention.
    pub fn find_places(&self, text: &str) -> Vec<&Place> {
        let mut out: Vec<&Place> = Vec::new();
        for mention in self.mentions(text) {
            if let Target::Place(idx) = mention.target {
                let place = &self.places[idx];
                if !out.iter().any(|p| p.id == place.id) {
                    out.push(place);
                }
            }
        }
        out
    }
}

/// Leftmost-longest matching that skips the overlaps `find_iter` would miss on word-boundary
/// rejection: when the longest match at a position is not on a word boundary, shorter ones at
/// later positions are still tried.
trait SafeFind {
    fn find_overlapping_iter_safe<'a>(&'a self, text: &'a str) -> Vec<aho_corasick::Match>;
}

impl SafeFind for AhoCorasick {
    fn find_overlapping_iter_safe<'a>(&'a self, text: &'a str) -> Vec<aho_corasick::Match> {
        let mut out = Vec::new();
        let mut from = 0;
        while from < text.len() {
            let input = aho_corasick::Input::new(text).range(from..);
            let Some(hit) = self.find(input) else {
                break;
            };
            let before_ok = text[..hit.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !is_word_char(c));
            let after_ok = text[hit.end()..]
                .chars()
                .next()
                .is_none_or(|c| !is_word_char(c));
            if before_ok && after_ok {
                out.push(hit);
                from = hit.end();
            } else {
                // Retry just after the start of this hit, at the next char boundary.
                let mut next = hit.start() + 1;
                while next < text.len() && !text.is_char_boundary(next) {
                    next += 1;
                }
                from = next;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        Gazetteer::parse(
            r#"
            [[actor]]
            id = "china"
            name = "China"
            kind = "state"
            aliases = ["Beijing", "Chinese government"]

            [[actor]]
            id = "myanmar-military"
            name = "Myanmar military"
            kind = "armed group"
            aliases = ["the junta", "the army"]

            [[place]]
            id = "shwe-kokko"
            name = "Shwe Kokko"
            "#,
        )
        .expect("valid dictionary")
    }

    #[track_caller]
    fn check(text: &str, expected: &str) {
        let gazetteer = gazetteer();
        let actors: Vec<&str> = gazetteer
            .find_actors(text)
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        let places: Vec<&str> = gazetteer
            .find_places(text)
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(
            format!("{} | {}", actors.join(","), places.join(",")),
            expected,
            "input: {text:?}"
        );
    }

    #[test]
    fn aliases_resolve_to_canonical_ids() {
        check(
            "Beijing’s response to the junta",
            "china,myanmar-military | ",
        );
        check(
            "The junta cut power to Shwe Kokko.",
            "myanmar-military | shwe-kokko",
        );
        check("the Chinese government and China", "china | ");
    }

    #[test]
    fn matches_need_word_boundaries() {
        check("Chinaware and Beijingers", " | ");
        check("the armyworm", " | ");
    }

    #[test]
    fn bad_dictionaries_are_errors() {
        assert!(Gazetteer::parse("[[actor]]\nid = 'Bad Id'\nname = 'x'").is_err());
        assert!(Gazetteer::parse(
            "[[actor]]\nid = 'a'\nname = 'x'\n[[actor]]\nid = 'a'\nname = 'y'"
        )
        .is_err());
        assert!(Gazetteer::parse("not toml [").is_err());
    }
}
