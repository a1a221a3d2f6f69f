//! Corpus generator: synthetic reports for benchmarks and scale tests (`annals gen-corpus`).
//!
//! [`generate`] writes nothing to disk: it returns the text and sidecar of report `n` of a corpus,
//! as a pure function of `n`, a seed and the actor dictionary, so a corpus of any size can be
//! made reproducibly and in parallel. Reports look like the seed's: a title line, a dateline or
//! byline, headings, captions with a photographer and a date, and paragraphs of sentences that
//! name actors and places from the dictionary (by their aliases) and date what happened in many
//! formats ("3 March 2021", "March 3, 2021", "Feb. 6, 2014", "2021-03-03", "in May", "last week",
//! "early 2023", "the summer of 2020", "Q1 2023"). About one report in three has a sidecar.
//!
//! It does not aim at realistic language, only at realistic shape and density of dates and
//! names.

use crate::actor::Gazetteer;
use crate::when::MONTHS;

/// One generated report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// File name stem: `report-000042`.
    pub name: String,
    pub text: String,
    /// The TOML sidecar, when this report has one.
    pub sidecar: Option<String>,
}

/// A small deterministic generator (SplitMix64): enough for varied text, no dependency.
struct Random(u64);

impl Random {
    fn new(seed: u64) -> Random {
        Random(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: u32, high: u32) -> u32 {
        let span = u64::from(high.saturating_sub(low)) + 1;
        low + (self.next() % span) as u32
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            items.get((self.next() % items.len() as u64) as usize)
        }
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.range(1, 100) <= percent
    }
}

const MONTHS_SHORT: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const VERBS_PAST: &[&str] = &[
    "met with",
    "signed an agreement with",
    "accused",
    "called on",
    "held talks with",
    "announced sanctions against",
    "repatriated suspects to",
    "closed the border with",
    "sent a delegation to",
    "criticised",
];
const OBJECTS: &[&str] = &[
    "over the trafficking of workers into scam compounds",
    "on security along the border",
    "about the hydropower projects",
    "to discuss the ceasefire",
    "after months of fighting",
    "despite strong public concern",
    "in a statement to the press",
    "amid reports of forced labour",
];
/// Subject matter: two of these and a number make each happening's wording its own, so reports
/// of different happenings do not read alike (the index merges events worded alike).
const TOPICS: &[&str] = &[
    "rice",
    "fuel",
    "timber",
    "jade",
    "rubies",
    "tin",
    "copper",
    "electricity",
    "visas",
    "refugees",
    "students",
    "monks",
    "farmers",
    "workers",
    "journalists",
    "doctors",
    "teachers",
    "casinos",
    "airstrikes",
    "landmines",
    "checkpoints",
    "bridges",
    "pipelines",
    "railways",
    "ports",
    "dams",
    "hospitals",
    "schools",
    "elections",
    "ceasefires",
    "sanctions",
    "tariffs",
    "loans",
    "vaccines",
    "floods",
    "earthquakes",
    "droughts",
    "curfews",
    "blackouts",
    "strikes",
    "protests",
    "arrests",
    "pardons",
    "trials",
    "amnesties",
    "kidnappings",
    "ransoms",
    "ferries",
    "trucks",
    "drones",
    "helicopters",
    "militias",
    "police",
    "courts",
    "banks",
    "telecoms",
    "smuggling",
    "methamphetamine",
    "opium",
    "gold",
    "gas",
    "fisheries",
    "forests",
    "mines",
];
const FILLER: &[&str] = &[
    "Analysts said the move reflected a broader shift in regional policy.",
    "The statement did not say how many people were affected.",
    "Observers expect the talks to continue.",
    "Residents described long queues at the checkpoints.",
    "The figures could not be independently verified.",
    "Officials declined to comment on the details.",
];
const HEADINGS: &[&str] = &[
    "Background",
    "A Complicated Relationship",
    "What Comes Next",
    "The Border Economy",
    "Reactions",
    "Crimes Against Civilians",
];
const PHOTOGRAPHERS: &[&str] = &["Reuters", "AP Photo", "AFP", "Staff photographer"];
const PUBLISHERS: &[&str] = &[
    "Regional Monitor",
    "Border Affairs Weekly",
    "Institute for Peace Studies",
    "Mekong Review",
];

fn date_text(random: &mut Random, year: u32) -> String {
    let month_idx = random.range(0, 11) as usize;
    let month = MONTHS[month_idx];
    let day = random.range(1, 28);
    match random.range(0, 11) {
        0 => format!("on {day} {month} {year}"),
        1 => format!("on {month} {day}, {year}"),
        2 => format!("on {} {day}, {year}", MONTHS_SHORT[month_idx]),
        3 => format!("on {year}-{:02}-{day:02}", month_idx + 1),
        4 => format!("in {month} {year}"),
        5 => format!("in {month}"),
        6 => "last week".to_string(),
        7 => format!("in early {year}"),
        8 => format!("in the summer of {year}"),
        9 => format!("in the first quarter of {year}"),
        10 => format!("on {month} {day}"),
        _ => format!("in {year}"),
    }
}

fn alias(random: &mut Random, names: &[String]) -> String {
    random
        .pick(names)
        .cloned()
        .unwrap_or_else(|| "the government".to_string())
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Report `n` of the corpus with this seed.
pub fn generate(n: usize, seed: u64, gazetteer: &Gazetteer) -> Report {
    let mut random = Random::new(seed.wrapping_mul(1_000_003).wrapping_add(n as u64));
    let actor_names: Vec<String> = gazetteer
        .actors
        .iter()
        .flat_map(|actor| std::iter::once(actor.name.clone()).chain(actor.aliases.iter().cloned()))
        .collect();
    let place_names: Vec<String> = gazetteer
        .places
        .iter()
        .map(|place| place.name.clone())
        .collect();
    let year = random.range(2014, 2024);
    let month = random.range(1, 12);
    let published = format!("{year}-{month:02}-{:02}", random.range(1, 28));
    let subject = alias(&mut random, &actor_names);
    // Six digits: a report number from 1000 to 2100 read as the year of the report.
    let title = format!(
        "{} and the Crisis in {} ({n:06})",
        capitalise(&subject),
        alias(&mut random, &place_names)
    );
    let mut text = String::with_capacity(4096);
    text.push_str(&title);
    text.push_str("\n\n");
    if random.chance(50) {
        let place = alias(&mut random, &place_names).to_uppercase();
        let day = random.range(1, 28);
        text.push_str(&format!(
            "{place}, {} {day} — ",
            MONTHS[(month - 1) as usize]
        ));
    }
    let n_paragraphs = random.range(3, 9);
    for paragraph in 0..n_paragraphs {
        if paragraph > 0 && random.chance(25) {
            if let Some(heading) = random.pick(HEADINGS) {
                text.push_str(heading);
                text.push_str("\n\n");
            }
        }
        if random.chance(15) {
            let photographer = random.pick(PHOTOGRAPHERS).copied().unwrap_or("Reuters");
            let place = alias(&mut random, &place_names);
            let month = MONTHS_SHORT[random.range(0, 11) as usize];
            let day = random.range(1, 28);
            let photo_year = year.saturating_sub(random.range(0, 3));
            text.push_str(&format!(
                "People wait at a checkpoint near {place}, {month} {day}, {photo_year}. \
                 ({photographer})\n\n"
            ));
        }
        let n_sentences = random.range(2, 6);
        let mut sentences = Vec::with_capacity(n_sentences as usize);
        for _ in 0..n_sentences {
            let sentence = if random.chance(70) {
                let event_year = year.saturating_sub(random.range(0, 4));
                let when = date_text(&mut random, event_year);
                let actor = alias(&mut random, &actor_names);
                let verb = random.pick(VERBS_PAST).copied().unwrap_or("met with");
                let other = alias(&mut random, &actor_names);
                let topic = random.pick(TOPICS).copied().unwrap_or("rice");
                let second = random.pick(TOPICS).copied().unwrap_or("fuel");
                // Five digits: a number from 1000 to 2100 in brackets reads as a year, and
                // stretched the generated timelines back to the 12th century.
                let amount = random.range(10_000, 98_000);
                // Mostly stop words around the subject matter, so the template itself does not
                // make two sentences read alike.
                let object = if random.chance(20) {
                    format!(
                        "{} over {topic} and {second} ({amount})",
                        random.pick(OBJECTS).copied().unwrap_or("")
                    )
                } else {
                    format!("over {topic} and {second} ({amount})")
                };
                let place = alias(&mut random, &place_names);
                if random.chance(50) {
                    format!(
                        "{} {actor} {verb} {other} in {place} {object}.",
                        capitalise(&when)
                    )
                } else {
                    format!(
                        "{} {verb} {other} in {place} {when}, {object}.",
                        capitalise(&actor)
                    )
                }
            } else {
                random.pick(FILLER).copied().unwrap_or("").to_string()
            };
            sentences.push(sentence);
        }
        text.push_str(&sentences.join(" "));
        text.push_str("\n\n");
    }
    let sidecar = random.chance(33).then(|| {
        let publisher = random
            .pick(PUBLISHERS)
            .copied()
            .unwrap_or("Regional Monitor");
        format!(
            "title = {title:?}\nurl = \"https://example.org/reports/{year}/{n}\"\n\
             publisher = {publisher:?}\npublished = \"{published}\"\n"
        )
    });
    Report {
        name: format!("report-{n:06}"),
        text,
        sidecar,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/actors.toml");
        Gazetteer::load(&path).expect("seed actors")
    }

    #[test]
    fn reports_are_reproducible_and_varied() {
        let gazetteer = gazetteer();
        let first = generate(7, 1, &gazetteer);
        assert_eq!(first, generate(7, 1, &gazetteer));
        assert_ne!(first.text, generate(8, 1, &gazetteer).text);
        assert_ne!(first.text, generate(7, 2, &gazetteer).text);
        assert_eq!(first.name, "report-000007");
        let with_sidecar = (0..30).filter_map(|n| generate(n, 1, &gazetteer).sidecar);
        for sidecar in with_sidecar {
            let parsed: toml::Value = toml::from_str(&sidecar).expect("valid TOML");
            assert!(parsed.get("published").is_some());
        }
    }

    #[test]
    fn reports_yield_events_with_actors() {
        let gazetteer = gazetteer();
        let mut n_events = 0;
        let mut n_with_actors = 0;
        for n in 0..20 {
            let report = generate(n, 3, &gazetteer);
            let document = crate::document::Document {
                id: report.name.clone(),
                path: format!("{}.txt", report.name),
                format: crate::document::Format::Text,
                text: report.text,
                sidecar: crate::document::Sidecar::default(),
                html_title: None,
                published: None,
            };
            let extraction = crate::event::extract(&document, &gazetteer);
            n_events += extraction.events.len();
            n_with_actors += extraction
                .events
                .iter()
                .filter(|e| !e.actors.is_empty())
                .count();
        }
        assert!(n_events >= 100, "{n_events} events from 20 reports");
        assert!(
            n_with_actors * 2 >= n_events,
            "{n_with_actors} of {n_events}"
        );
    }
}
