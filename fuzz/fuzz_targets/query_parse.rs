//! The query-string parser: never panics, and a parsed query prints to a query string that
//! parses back to the same filters.
#![no_main]

use annals::index::TimelineQuery;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    if let Ok(query) = TimelineQuery::parse(raw) {
        assert!(query.page >= 1);
        let printed = query.to_query_string();
        let again = TimelineQuery::parse(&printed).expect("a printed query parses");
        assert_eq!(TimelineQuery { page: query.page, ..again }, query, "{printed}");
    }
});
