//! Civil-calendar arithmetic for normalising dates to ISO strings.
//!
//! Relative dates ("lundi", "la semaine dernière") are resolved against the article date taken
//! from the dateline. This is the proleptic Gregorian calendar with Howard Hinnant's
//! days-from-civil algorithm: exact, branch-light and free of any date crate.

/// A date that may be known only to the year or month (`2021`, `2021-04`, `2021-04-19`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ymd {
    pub y: i32,
    pub m: Option<u8>,
    pub d: Option<u8>,
}

impl Ymd {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Ymd> {
        let mut it = s.trim().split('-');
        let y: i32 = it.next()?.parse().ok()?;
        let m = match it.next() {
            Some(m) => Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let d = match it.next() {
            Some(d) => Some(d.parse::<u8>().ok().filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        Some(Ymd { y, m, d })
    }

    pub fn iso(&self) -> String {
        match (self.m, self.d) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.y, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.y, m),
            _ => format!("{:04}", self.y),
        }
    }

    /// Day number when the date is complete.
    pub fn days(&self) -> Option<i64> {
        Some(days_from_civil(self.y, self.m?, self.d?))
    }
}

/// Days since 1970-01-01.
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number.
pub fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    Ymd {
        y,
        m: Some(m),
        d: Some(d),
    }
}

/// ISO weekday of a day number: 1 = Monday … 7 = Sunday.
pub fn weekday(days: i64) -> u8 {
    ((days + 3).rem_euclid(7) + 1) as u8
}

/// ISO string of a day number.
pub fn iso_day(days: i64) -> String {
    civil_from_days(days).iso()
}

/// A `start/end` ISO range of day numbers.
pub fn iso_range(a: i64, b: i64) -> String {
    format!("{}/{}", iso_day(a), iso_day(b))
}

/// Adds `n` months to year/month.
pub fn add_months(y: i32, m: u8, n: i32) -> (i32, u8) {
    let total = y * 12 + i32::from(m) - 1 + n;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        let d = days_from_civil(2021, 4, 19);
        assert_eq!(iso_day(d), "2021-04-19");
        assert_eq!(weekday(d), 1, "19 April 2021 was a Monday");
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(iso_day(days_from_civil(2000, 2, 29) + 1), "2000-03-01");
    }

    #[test]
    fn parses_partial_dates() {
        assert_eq!(
            Ymd::parse("2021-04").map(|d| d.iso()),
            Some("2021-04".into())
        );
        assert_eq!(Ymd::parse("2021-13"), None);
        assert_eq!(add_months(2021, 1, -1), (2020, 12));
    }
}
