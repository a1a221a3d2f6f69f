//! Automatic actor discovery: what a document says about who is who, so that a new document about
//! another country works without editing the dictionary.
//!
//! [`Gazetteer::for_document`] extends the curated dictionary with what one document shows:
//! - countries from a built-in table, with their demonyms and capitals as metonyms ("Beijing",
//!   "the Thai side", "Chinese officials" → the state) — only the ones the document mentions;
//! - groups named by a demonym and a people noun ("Chinese parents", "Thai police");
//! - people with an honorific or a title ("Ms. Deng", "Foreign Minister Qin Gang") or an
//!   appositive role ("China's ambassador to Myanmar, Chen Hai,");
//! - organisations introduced with an acronym whose letters match ("Border Guard Force (BGF)");
//! - later short references to people named in full ("Qin" → Qin Gang, "Biden" → Joe Biden).
//!
//! It never removes or renames a curated actor: the dictionary wins where both name one.

use super::{Actor, Gazetteer};
use crate::event::slug;
use rustc_hash::FxHashMap;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A country: name, demonyms, capital and other metonyms.
struct Country {
    name: &'static str,
    demonyms: &'static [&'static str],
    metonyms: &'static [&'static str],
}

/// Countries, their demonyms and capitals (used as metonyms for the state).
static COUNTRIES: &[Country] = &[
    Country {
        name: "Afghanistan",
        demonyms: &["Afghan"],
        metonyms: &["Kabul"],
    },
    Country {
        name: "Australia",
        demonyms: &["Australian"],
        metonyms: &["Canberra"],
    },
    Country {
        name: "Bangladesh",
        demonyms: &["Bangladeshi"],
        metonyms: &["Dhaka"],
    },
    Country {
        name: "Brazil",
        demonyms: &["Brazilian"],
        metonyms: &["Brasília"],
    },
    Country {
        name: "Cambodia",
        demonyms: &["Cambodian"],
        metonyms: &["Phnom Penh"],
    },
    Country {
        name: "Canada",
        demonyms: &["Canadian"],
        metonyms: &["Ottawa"],
    },
    Country {
        name: "China",
        demonyms: &["Chinese"],
        metonyms: &["Beijing"],
    },
    Country {
        name: "Egypt",
        demonyms: &["Egyptian"],
        metonyms: &["Cairo"],
    },
    Country {
        name: "France",
        demonyms: &["French"],
        metonyms: &["Paris", "the Elysée"],
    },
    Country {
        name: "Germany",
        demonyms: &["German"],
        metonyms: &["Berlin"],
    },
    Country {
        name: "India",
        demonyms: &["Indian"],
        metonyms: &["New Delhi"],
    },
    Country {
        name: "Indonesia",
        demonyms: &["Indonesian"],
        metonyms: &["Jakarta"],
    },
    Country {
        name: "Iran",
        demonyms: &["Iranian"],
        metonyms: &["Tehran"],
    },
    Country {
        name: "Iraq",
        demonyms: &["Iraqi"],
        metonyms: &["Baghdad"],
    },
    Country {
        name: "Israel",
        demonyms: &["Israeli"],
        metonyms: &[],
    },
    Country {
        name: "Italy",
        demonyms: &["Italian"],
        metonyms: &["Rome"],
    },
    Country {
        name: "Japan",
        demonyms: &["Japanese"],
        metonyms: &["Tokyo"],
    },
    Country {
        name: "Laos",
        demonyms: &["Lao", "Laotian"],
        metonyms: &["Vientiane"],
    },
    Country {
        name: "Malaysia",
        demonyms: &["Malaysian"],
        metonyms: &["Kuala Lumpur"],
    },
    Country {
        name: "Mexico",
        demonyms: &["Mexican"],
        metonyms: &["Mexico City"],
    },
    Country {
        name: "Myanmar",
        demonyms: &["Burmese"],
        metonyms: &["Naypyitaw", "Naypyidaw"],
    },
    Country {
        name: "Nepal",
        demonyms: &["Nepali", "Nepalese"],
        metonyms: &["Kathmandu"],
    },
    Country {
        name: "Nigeria",
        demonyms: &["Nigerian"],
        metonyms: &["Abuja"],
    },
    Country {
        name: "North Korea",
        demonyms: &["North Korean"],
        metonyms: &["Pyongyang"],
    },
    Country {
        name: "Pakistan",
        demonyms: &["Pakistani"],
        metonyms: &["Islamabad"],
    },
    Country {
        name: "Philippines",
        demonyms: &["Filipino", "Philippine"],
        metonyms: &["Manila"],
    },
    Country {
        name: "Poland",
        demonyms: &["Polish"],
        metonyms: &["Warsaw"],
    },
    Country {
        name: "Russia",
        demonyms: &["Russian"],
        metonyms: &["Moscow", "the Kremlin"],
    },
    Country {
        name: "Saudi Arabia",
        demonyms: &["Saudi"],
        metonyms: &["Riyadh"],
    },
    Country {
        name: "Singapore",
        demonyms: &["Singaporean"],
        metonyms: &[],
    },
    Country {
        name: "South Africa",
        demonyms: &["South African"],
        metonyms: &["Pretoria"],
    },
    Country {
        name: "South Korea",
        demonyms: &["South Korean"],
        metonyms: &["Seoul"],
    },
    Country {
        name: "Sri Lanka",
        demonyms: &["Sri Lankan"],
        metonyms: &["Colombo"],
    },
    Country {
        name: "Syria",
        demonyms: &["Syrian"],
        metonyms: &["Damascus"],
    },
    Country {
        name: "Taiwan",
        demonyms: &["Taiwanese"],
        metonyms: &["Taipei"],
    },
    Country {
        name: "Thailand",
        demonyms: &["Thai"],
        metonyms: &["Bangkok"],
    },
    Country {
        name: "Turkey",
        demonyms: &["Turkish"],
        metonyms: &["Ankara"],
    },
    Country {
        name: "Ukraine",
        demonyms: &["Ukrainian"],
        metonyms: &["Kyiv", "Kiev"],
    },
    Country {
        name: "United Kingdom",
        demonyms: &["British"],
        metonyms: &["London", "UK", "Britain"],
    },
    Country {
        name: "United States",
        demonyms: &["American", "U.S."],
        metonyms: &["Washington", "the White House"],
    },
    Country {
        name: "Vietnam",
        demonyms: &["Vietnamese"],
        metonyms: &["Hanoi"],
    },
];

/// Every name, demonym and metonym of the country table: form → (country, is a demonym).
fn country_forms() -> &'static FxHashMap<&'static str, (usize, bool)> {
    static FORMS: LazyLock<FxHashMap<&'static str, (usize, bool)>> = LazyLock::new(|| {
        let mut forms = FxHashMap::default();
        for (idx, country) in COUNTRIES.iter().enumerate() {
            forms.insert(country.name, (idx, false));
            for metonym in country.metonyms {
                forms.insert(*metonym, (idx, false));
            }
            for demonym in country.demonyms {
                forms.insert(*demonym, (idx, true));
            }
        }
        forms
    });
    &FORMS
}

/// True when `surface` is a capital or another place-named metonym of the country table.
pub(crate) fn is_metonym(surface: &str) -> bool {
    static METONYMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        COUNTRIES
            .iter()
            .flat_map(|country| country.metonyms.iter().copied())
            .collect()
    });
    METONYMS.contains(surface)
}

/// Nouns after a demonym that make the phrase the state itself: "Chinese officials".
static INSTITUTION_NOUNS: &[&str] = &[
    "government",
    "officials",
    "official",
    "authorities",
    "side",
    "demands",
    "demand",
    "leaders",
    "leadership",
    "diplomats",
    "ministry",
    "administration",
    "regime",
    "pressure",
    "request",
    "requests",
    "state",
];

/// Nouns after a demonym that name a group of people: "Chinese parents".
static PEOPLE_NOUNS: &[&str] = &[
    "visitors",
    "parents",
    "journalists",
    "nationals",
    "citizens",
    "workers",
    "students",
    "tourists",
    "victims",
    "police",
    "troops",
    "soldiers",
    "farmers",
    "villagers",
    "refugees",
    "migrants",
    "activists",
    "protesters",
    "businessmen",
    "investors",
    "traders",
    "families",
    "residents",
    "fishermen",
    "monks",
    "doctors",
    "lawyers",
    "prisoners",
    "hostages",
];

/// Titles before a person's name.
static TITLES: &[&str] = &[
    "President",
    "Vice President",
    "Prime Minister",
    "Foreign Minister",
    "Defense Minister",
    "Defence Minister",
    "Minister",
    "Deputy Minister",
    "General",
    "Senior General",
    "Lieutenant General",
    "Major General",
    "Brigadier General",
    "Colonel",
    "Admiral",
    "Ambassador",
    "Director",
    "Secretary",
    "Secretary-General",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Governor",
    "Mayor",
    "Senator",
    "Representative",
    "King",
    "Queen",
    "Prince",
    "Premier",
    "Chancellor",
    "Commander",
    "Chief",
    "Judge",
    "Justice",
    "Bishop",
    "Pope",
    "Sheikh",
    "Envoy",
    "Special Envoy",
];

static HONORIFICS: &[&str] = &[
    "Mr.", "Ms.", "Mrs.", "Dr.", "Miss", "Mr", "Ms", "Mrs", "Dr", "Daw",
];

/// Lower-case role words that introduce a name in apposition: "China’s ambassador to Myanmar,
/// Chen Hai,".
static ROLE_WORDS: &[&str] = &[
    "ambassador",
    "minister",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "director",
    "chief",
    "leader",
    "president",
    "commander",
    "envoy",
    "secretary",
    "chairman",
    "governor",
    "head",
    "founder",
    "owner",
    "official",
    "general",
];

/// Capitalised words that are not names (month names too: see [`not_a_name`]).
static NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "And",
    "But",
    "Or",
    "Of",
    "To",
    "As",
    "It",
    "He",
    "She",
    "They",
    "We",
    "His",
    "Her",
    "Their",
    "Its",
    "This",
    "That",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Since",
    "During",
    "After",
    "Before",
    "While",
    "When",
    "Meanwhile",
];

/// A capitalised word that cannot be (part of) a person's name.
fn not_a_name(word: &str) -> bool {
    NOT_NAMES.contains(&word) || crate::when::MONTHS.contains(&word)
}

/// A word of the text with its byte span.
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || matches!(c, '’' | '\'' | '-' | '.');
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push_word(text, s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_word(text, s, text.len(), &mut out);
    }
    out
}

fn push_word<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<Word<'a>>) {
    // Keep the stop of an abbreviation ("Ms.", "U.S.") but not a sentence's.
    let raw = &text[start..end];
    let trimmed = raw.trim_end_matches('.');
    let keep_stop = trimmed.len() < raw.len()
        && (HONORIFICS.contains(&raw) || (trimmed.contains('.') && trimmed.len() <= 5));
    let kept = if keep_stop { raw } else { trimmed };
    let word = kept.trim_start_matches(['’', '\'', '-', '.']);
    if word.is_empty() {
        return;
    }
    // `kept` starts where `raw` does; trimming its start dropped this many bytes.
    let offset = kept.len() - word.len();
    out.push(Word {
        text: word,
        start: start + offset,
        end: start + offset + word.len(),
    });
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Is the text between two words only spaces (no punctuation)?
fn joined(text: &str, left: &Word, right: &Word) -> bool {
    text.get(left.end..right.start)
        .is_some_and(|gap| !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
}

/// Up to three capitalised words from `from`, joined by spaces: a name.
fn name_at(text: &str, words: &[Word], from: usize) -> Option<(usize, usize, usize)> {
    let first = words.get(from)?;
    if !capitalised(first.text) || not_a_name(first.text) || first.text.contains('.') {
        return None;
    }
    let mut last = from;
    while last + 1 < words.len()
        && last + 1 < from + 3
        && capitalised(words[last + 1].text)
        && !not_a_name(words[last + 1].text)
        && joined(text, &words[last], &words[last + 1])
    {
        last += 1;
    }
    let name_end = words[last].end;
    let name_start = words[from].start;
    Some((name_start, name_end, last))
}

/// Is this name a known actor, place, country or word that should not become a person?
fn known_surface(gazetteer: &Gazetteer, surface: &str) -> bool {
    !gazetteer.mentions(surface).is_empty()
        || COUNTRIES.iter().any(|c| {
            c.name == surface || c.demonyms.contains(&surface) || c.metonyms.contains(&surface)
        })
}

struct Discovered {
    actors: Vec<Actor>,
    seen_ids: HashSet<String>,
}

impl Discovered {
    fn add(&mut self, id: String, name: &str, kind: &str, aliases: Vec<String>) {
        if let Some(existing) = self.actors.iter_mut().find(|a| a.id == id) {
            for alias in aliases {
                if !existing.aliases.contains(&alias) {
                    existing.aliases.push(alias);
                }
            }
            return;
        }
        if !self.seen_ids.insert(id.clone()) {
            return;
        }
        self.actors.push(Actor {
            id,
            name: name.to_string(),
            kind: kind.to_string(),
            aliases,
        });
    }
}

impl Gazetteer {
    /// The dictionary extended with the actors this document shows (see the module docs).
    pub fn for_document(&self, text: &str) -> Gazetteer {
        let words = words(text);
        let mut found = Discovered {
            actors: Vec::new(),
            seen_ids: self.actors.iter().map(|a| a.id.clone()).collect(),
        };
        let mut extra_aliases: Vec<(String, String)> = Vec::new();
        self.discover_countries(text, &words, &mut found, &mut extra_aliases);
        self.discover_people(text, &words, &mut found);
        self.discover_acronyms(text, &words, &mut found);
        self.short_names(text, &found, &mut extra_aliases);

        let mut gazetteer = self.extended(found.actors, extra_aliases);
        gazetteer.locative_metonyms = true;
        gazetteer
    }

    fn discover_countries(
        &self,
        text: &str,
        words: &[Word],
        found: &mut Discovered,
        extra_aliases: &mut Vec<(String, String)>,
    ) {
        // One pass over the words: which countries are mentioned, and which demonym or name is
        // followed by an institution noun ("Chinese officials") or a people noun ("Chinese
        // parents"). Linear in the text, whatever its size.
        let mut mentioned = vec![false; COUNTRIES.len()];
        let mut phrases: Vec<(usize, String)> = Vec::new();
        let mut groups: Vec<(usize, String)> = Vec::new();
        for idx in 0..words.len() {
            for n_words in 1..=2 {
                let Some(last) = words.get(idx + n_words - 1) else {
                    break;
                };
                if n_words == 2 && !joined(text, &words[idx], last) {
                    break;
                }
                let form = &text[words[idx].start..last.end];
                // "Japan’s ambassador": the possessive names the country too.
                let form = form
                    .strip_suffix("’s")
                    .or_else(|| form.strip_suffix("'s"))
                    .unwrap_or(form);
                let Some(&(country, is_adjective)) = country_forms().get(form) else {
                    continue;
                };
                mentioned[country] = true;
                if !is_adjective && COUNTRIES[country].metonyms.contains(&form) {
                    continue;
                }
                let Some(next) = words.get(idx + n_words) else {
                    continue;
                };
                if !joined(text, last, next) {
                    continue;
                }
                let phrase = &text[words[idx].start..next.end];
                if INSTITUTION_NOUNS.contains(&next.text) {
                    let after_the = idx > 0
                        && words[idx - 1].text.eq_ignore_ascii_case("the")
                        && joined(text, &words[idx - 1], &words[idx]);
                    let alias = if after_the {
                        format!("the {phrase}")
                    } else {
                        phrase.to_string()
                    };
                    phrases.push((country, alias));
                } else if is_adjective && PEOPLE_NOUNS.contains(&next.text) {
                    groups.push((country, phrase.to_string()));
                }
            }
        }
        for (country_idx, country) in COUNTRIES.iter().enumerate() {
            if !mentioned[country_idx] {
                continue;
            }
            // The curated actor for this country, if any (by name or alias); else a new one.
            let curated = self.actors.iter().find(|a| {
                a.kind == "state"
                    && (a.name == country.name || a.aliases.iter().any(|x| x == country.name))
            });
            let is_place = self.places.iter().any(|p| p.name == country.name);
            let id = curated.map_or_else(|| slug(country.name, 4), |a| a.id.clone());
            let mut aliases: Vec<String> = Vec::new();
            if !is_place {
                aliases.push(country.name.to_string());
                aliases.extend(country.metonyms.iter().map(|m| m.to_string()));
            }
            for (c, phrase) in &phrases {
                if *c == country_idx && !aliases.contains(phrase) {
                    aliases.push(phrase.clone());
                }
            }
            if aliases.is_empty() {
                continue;
            }
            match curated {
                Some(actor) => {
                    for alias in aliases {
                        extra_aliases.push((actor.id.clone(), alias));
                    }
                }
                None => found.add(id, country.name, "state", aliases),
            }
        }
        for (_, surface) in groups {
            let known = self
                .mentions(&surface)
                .iter()
                .any(|m| m.end - m.start == surface.len());
            if !known {
                found.add(slug(&surface, 4), &surface, "group", vec![surface.clone()]);
            }
        }
    }

    fn discover_people(&self, text: &str, words: &[Word], found: &mut Discovered) {
        for idx in 0..words.len() {
            let word = &words[idx];
            // Honorific + name: "Ms. Deng".
            if HONORIFICS.contains(&word.text) && word.text.len() > 1 {
                if let Some((_, end, _)) = name_at(text, words, idx + 1)
                    .filter(|_| words.get(idx + 1).is_some_and(|n| joined(text, word, n)))
                {
                    let surface = &text[word.start..end];
                    if !known_surface(self, surface) {
                        found.add(
                            slug(surface, 4),
                            surface,
                            "person",
                            vec![surface.to_string()],
                        );
                    }
                }
                continue;
            }
            // Title + name: "Foreign Minister Qin Gang" (the longest title that fits).
            // Titles start with a capital: only a capitalised word can start one.
            let titles: &[&str] = if capitalised(word.text) { TITLES } else { &[] };
            for title in titles {
                // Most titles fail on their first word: check it before the others.
                let first = title.split_once(' ').map_or(*title, |(first, _)| first);
                if first != word.text {
                    continue;
                }
                let n_title = title.split(' ').count();
                let matches = title
                    .split(' ')
                    .enumerate()
                    .all(|(k, part)| words.get(idx + k).is_some_and(|w| w.text == part));
                if !matches {
                    continue;
                }
                let after = idx + n_title;
                let Some((start, end, last)) = name_at(text, words, after) else {
                    continue;
                };
                if last == after && words[after].text.len() < 3 {
                    continue;
                }
                if !words
                    .get(after)
                    .is_some_and(|w| joined(text, &words[after - 1], w))
                {
                    continue;
                }
                let name = &text[start..end];
                // A single word after a title is only a name when the text uses it as one
                // elsewhere in full; take two or more words.
                if last == after || known_surface(self, name) {
                    continue;
                }
                let full = &text[word.start..end];
                found.add(
                    slug(name, 4),
                    name,
                    "person",
                    vec![name.to_string(), full.to_string()],
                );
            }
            // Apposition: "ambassador to Myanmar, Chen Hai,".
            if ROLE_WORDS.contains(&word.text) {
                // The comma that ends the role phrase, within six words.
                for comma_word in idx..(idx + 6).min(words.len()) {
                    let w = &words[comma_word];
                    if text.get(w.end..w.end + 2) != Some(", ") {
                        continue;
                    }
                    let Some((start, end, last)) = name_at(text, words, comma_word + 1) else {
                        break;
                    };
                    let followed_by_comma = text.get(end..end + 1) == Some(",");
                    if last > comma_word + 1 && followed_by_comma {
                        let name = &text[start..end];
                        if !known_surface(self, name) {
                            found.add(slug(name, 4), name, "person", vec![name.to_string()]);
                        }
                    }
                    break;
                }
            }
        }
    }

    fn discover_acronyms(&self, text: &str, words: &[Word], found: &mut Discovered) {
        for idx in 1..words.len() {
            let word = &words[idx];
            let acronym = word.text.trim_end_matches('s');
            let bracketed = text.get(word.start.saturating_sub(1)..word.start) == Some("(")
                && text.get(word.end..word.end + 1) == Some(")");
            if !bracketed
                || acronym.len() < 2
                || acronym.len() > 6
                || !acronym.chars().all(|c| c.is_ascii_uppercase())
            {
                continue;
            }
            // Walk back over the expansion, skipping small words, matching initials.
            let letters: Vec<char> = acronym.chars().collect();
            let mut want = letters.len();
            let mut first = idx;
            let mut cursor = idx;
            while want > 0 && cursor > 0 {
                cursor -= 1;
                let candidate = &words[cursor];
                let lower = candidate.text.to_lowercase();
                if ["of", "for", "and", "the", "on", "in", "&"].contains(&lower.as_str()) {
                    continue;
                }
                let initial = candidate
                    .text
                    .chars()
                    .next()
                    .map(|c| c.to_ascii_uppercase());
                if initial != Some(letters[want - 1]) {
                    break;
                }
                want -= 1;
                first = cursor;
            }
            if want != 0 {
                continue;
            }
            let expansion = &text[words[first].start..words[idx - 1].end];
            if known_surface(self, expansion) || known_surface(self, word.text) {
                continue;
            }
            let name = format!("{expansion} ({})", word.text);
            found.add(
                slug(acronym, 2),
                &name,
                "organisation",
                vec![expansion.to_string(), word.text.to_string()],
            );
        }
    }

    /// Later short references to people named in full: the first and the last word of a name of
    /// two or more words ("Qin", "Gang"; "Biden"), when no other actor uses that word.
    fn short_names(&self, text: &str, found: &Discovered, extra: &mut Vec<(String, String)>) {
        let people = self
            .actors
            .iter()
            .filter(|a| a.kind == "person")
            .chain(found.actors.iter().filter(|a| a.kind == "person"));
        let mut candidates: Vec<(String, String)> = Vec::new();
        for person in people {
            let full_names: Vec<&str> = std::iter::once(person.name.as_str())
                .chain(person.aliases.iter().map(String::as_str))
                .filter(|n| text.contains(*n))
                .collect();
            if full_names.is_empty() {
                continue;
            }
            let parts: Vec<&str> = person
                .name
                .split_whitespace()
                .filter(|p| !HONORIFICS.contains(p))
                .collect();
            let mut shorts: Vec<&str> = Vec::new();
            if parts.len() >= 2 {
                shorts.push(parts[0]);
                shorts.push(parts[parts.len() - 1]);
            } else if parts.len() == 1 && person.name.split_whitespace().count() == 2 {
                shorts.push(parts[0]);
            }
            for short in shorts {
                if short.len() < 2 || !capitalised(short) || not_a_name(short) {
                    continue;
                }
                candidates.push((person.id.clone(), short.to_string()));
            }
        }
        candidates.sort();
        candidates.dedup();
        // A short name shared by two people, or already meaning something else, is ambiguous.
        for (id, short) in &candidates {
            let shared = candidates.iter().filter(|(_, s)| s == short).count() > 1;
            let taken = self
                .mentions(short)
                .iter()
                .any(|m| m.end - m.start == short.len());
            if !shared && !taken && !known_surface(self, short) {
                extra.push((id.clone(), short.clone()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Gazetteer {
        Gazetteer::parse(
            r#"
            [[actor]]
            id = "china"
            name = "China"
            kind = "state"
            aliases = ["Beijing"]

            [[actor]]
            id = "qin-gang"
            name = "Qin Gang"
            kind = "person"

            [[place]]
            id = "myanmar"
            name = "Myanmar"
            "#,
        )
        .expect("valid dictionary")
    }

    #[track_caller]
    fn check(document: &str, sentence: &str, expected: &str) {
        let gazetteer = base().for_document(document);
        let found: Vec<String> = gazetteer
            .find_actors(sentence)
            .iter()
            .map(|a| format!("{}={}", a.id, a.name))
            .collect();
        assert_eq!(found.join(", "), expected, "sentence: {sentence:?}");
    }

    #[test]
    fn demonyms_with_institutions_are_the_state() {
        let text = "Chinese officials met the Thai side. Thai authorities agreed.";
        check(
            text,
            "Chinese officials met the Thai side.",
            "china=China, thailand=Thailand",
        );
        check(text, "Thai authorities agreed.", "thailand=Thailand");
    }

    #[test]
    fn groups_people_and_acronyms_are_discovered() {
        let text =
            "Chinese parents protested. “Ms. Deng” spoke. The Karen National Union (KNU) fought. \
                    Japan’s ambassador to Myanmar, Kenji Tanaka, met them.";
        check(
            text,
            "Chinese parents protested.",
            "chinese-parents=Chinese parents",
        );
        check(text, "“Ms. Deng” spoke.", "ms-deng=Ms. Deng");
        check(text, "The KNU fought.", "knu=Karen National Union (KNU)");
        check(
            text,
            "Japan’s ambassador to Myanmar, Kenji Tanaka, met them.",
            "japan=Japan, kenji-tanaka=Kenji Tanaka",
        );
    }

    #[test]
    fn a_capital_after_a_locative_preposition_is_a_place() {
        let text = "Beijing protested. They met in Beijing and flew to Bangkok.";
        check(text, "Beijing protested.", "china=China");
        check(text, "They met in Beijing and flew to Bangkok.", "");
    }

    #[test]
    fn a_capital_that_begins_a_name_is_not_the_state() {
        let text = "The Paris Peace Accords were signed. Paris protested on Monday. Paris Tuesday \
                    rejected the plan.";
        check(text, "The Paris Peace Accords were signed.", "");
        check(text, "Paris protested on Monday.", "france=France");
        check(text, "Paris Tuesday rejected the plan.", "france=France");
    }

    #[test]
    fn a_repeated_name_gives_its_short_form() {
        let text = "Director Yang Yang visited. Yang’s trip ended.";
        check(text, "Yang’s trip ended.", "yang-yang=Yang Yang");
    }

    #[test]
    fn short_names_resolve_within_the_document() {
        let text = "Foreign Minister Qin Gang visited. Later Qin spoke. Prime Minister Anna Berg came; Berg left.";
        check(text, "Later Qin spoke.", "qin-gang=Qin Gang");
        check(text, "Berg left.", "anna-berg=Anna Berg");
    }

    #[test]
    fn a_country_that_is_a_place_is_an_actor_only_through_institutions() {
        let text = "They went into Myanmar. The Myanmar side must respond.";
        check(text, "They went into Myanmar.", "");
        check(text, "The Myanmar side must respond.", "myanmar=Myanmar");
    }
}
