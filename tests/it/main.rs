//! Integration tests: one binary. Each test builds an index from a fixture corpus, starts the
//! real server from `annals::app` on 127.0.0.1:0 and talks to it over HTTP, reading HTML through
//! `data-test` attributes.

mod annotate;
mod cache;
mod dating;
mod export;
mod gold;
mod golden;
mod hostile;
mod merge;
mod page_budget;
mod pages;
mod properties;
mod reload;
mod requests;
mod seed;
mod support;
