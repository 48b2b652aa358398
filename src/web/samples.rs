//! The "Try a sample" articles: written for Lede (not real news), one per language, so that each
//! shows every feature: a dateline and byline, entities of every type, quotes whose speaker comes
//! before, after (inversion) or as a pronoun, reported claims and a check-worthy number.

pub const FR: &str = include_str!("samples/fr.txt");
pub const EN: &str = include_str!("samples/en.txt");
