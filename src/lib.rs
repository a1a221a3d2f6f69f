//! Annals: reads a folder of reports and articles, finds every dated event in them and serves an
//! interactive timeline. The pipeline runs one way, one module per step:
//! documents → sentences → time expressions → events → index → web.

pub mod sentence;
pub mod timex;
pub mod when;
