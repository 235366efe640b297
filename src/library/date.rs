//! Article dates: ISO 8601 from page metadata, `12 Februari 2024` and
//! `12/02/2024` from datelines and credit lines. Pure.

use regex::Regex;
use std::sync::LazyLock;

/// A calendar date with an optional time of day (UTC as written).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub minutes: u32,
}

impl Date {
    fn new(year: i32, month: u32, day: u32, minutes: u32) -> Option<Date> {
        let days_in = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            _ => return None,
        };
        ((1970..=2200).contains(&year) && (1..=days_in).contains(&day) && minutes < 24 * 60).then_some(Date { year, month, day, minutes })
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Seconds since the epoch.
    pub fn epoch(self) -> i64 {
        days_from_civil(self.year, self.month, self.day) * 86_400 + i64::from(self.minutes) * 60
    }

    /// The date of a moment (UTC).
    pub fn of_epoch(secs: i64) -> Date {
        let days = secs.div_euclid(86_400);
        let minutes = u32::try_from(secs.rem_euclid(86_400) / 60).unwrap_or(0);
        let (year, month, day) = civil_from_days(days);
        Date { year, month, day, minutes }
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (i32::try_from(y).unwrap_or(1970), u32::try_from(m).unwrap_or(1), u32::try_from(d).unwrap_or(1))
}

/// Indonesian month names, January first.
const MONTHS_ID: [&str; 12] =
    ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/// A page's ISO date as a reader writes it, in the article's language
/// (`2024-03-14T09:00:00+07:00` → `14 Maret 2024, 09.00 WIB`; `Z` → `UTC`,
/// as written, not converted). Parsed by hand: the header is drawn at start
/// and this must not compile a regular expression. `None` when `iso` is not
/// an ISO date.
pub fn readable(iso: &str) -> Option<String> {
    let b = iso.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = iso.get(r)?;
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok()).flatten()
    };
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let time = match (b.get(10), b.get(13), digits(11..13), digits(14..16)) {
        (Some(b'T' | b' '), Some(b':'), Some(h), Some(m)) if h < 24 && m < 60 => Some(h * 60 + m),
        _ => None,
    };
    let d = Date::new(i32::try_from(digits(0..4)?).ok()?, digits(5..7)?, digits(8..10)?, time.unwrap_or(0))?;
    let mut out = format!("{} {} {}", d.day, MONTHS_ID.get(d.month as usize - 1)?, d.year);
    if time.is_some() {
        // The zone as Indonesians name it; others as they are not named.
        let zone = match iso.get(16..).unwrap_or("").trim_start_matches(|c: char| c == ':' || c == '.' || c.is_ascii_digit()) {
            "+07:00" | "+0700" => " WIB",
            "+08:00" | "+0800" => " WITA",
            "+09:00" | "+0900" => " WIT",
            "Z" | "+00:00" => " UTC",
            _ => "",
        };
        out.push_str(&format!(", {:02}.{:02}{zone}", d.minutes / 60, d.minutes % 60));
    }
    Some(out)
}

/// Month names and short forms, Indonesian and English.
fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let n = n.trim_end_matches('.');
    Some(match n {
        "januari" | "january" | "jan" => 1,
        "februari" | "february" | "feb" | "pebruari" => 2,
        "maret" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "agustus" | "august" | "agu" | "agt" | "aug" | "ags" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "october" | "okt" | "oct" => 10,
        "november" | "nopember" | "nov" => 11,
        "desember" | "december" | "des" | "dec" => 12,
        _ => return None,
    })
}

static ISO: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})(?:[ T]+(\d{2}):(\d{2}))?").ok());
static WORDS: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)\b(\d{1,2})\s+([a-z]{3,9}\.?)\s+(\d{4})(?:[,\s-]+(?:pukul\s+)?(\d{1,2})[.:](\d{2}))?").ok());
static SLASHED: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b").ok());

fn num<T: std::str::FromStr>(c: &regex::Captures<'_>, i: usize) -> Option<T> {
    c.get(i)?.as_str().parse().ok()
}

fn time(c: &regex::Captures<'_>, h: usize, m: usize) -> u32 {
    match (num::<u32>(c, h), num::<u32>(c, m)) {
        (Some(h), Some(m)) if h < 24 && m < 60 => h * 60 + m,
        _ => 0,
    }
}

/// The first date in `text`, with where it starts and ends.
fn first(text: &str) -> Option<(usize, usize, Date)> {
    let mut best: Option<(usize, usize, Date)> = None;
    let mut consider = |m: Option<regex::Match<'_>>, d: Option<Date>| {
        if let (Some(d), Some(m)) = (d, m)
            && best.is_none_or(|(b, _, _)| m.start() < b)
        {
            best = Some((m.start(), m.end(), d));
        }
    };
    if let Some(re) = ISO.as_ref() {
        for c in re.captures_iter(text) {
            consider(c.get(0), num(&c, 1).zip(num(&c, 2)).zip(num(&c, 3)).and_then(|((y, m), d)| Date::new(y, m, d, time(&c, 4, 5))));
        }
    }
    if let Some(re) = WORDS.as_ref() {
        for c in re.captures_iter(text) {
            let month = c.get(2).and_then(|m| month_number(m.as_str()));
            consider(c.get(0), num(&c, 3).zip(month).zip(num(&c, 1)).and_then(|((y, m), d)| Date::new(y, m, d, time(&c, 4, 5))));
        }
    }
    if let Some(re) = SLASHED.as_ref() {
        for c in re.captures_iter(text) {
            consider(c.get(0), num(&c, 3).zip(num(&c, 2)).zip(num(&c, 1)).and_then(|((y, m), d)| Date::new(y, m, d, 0)));
        }
    }
    best
}

/// A date field (page metadata): the first date in it.
pub fn parse(s: &str) -> Option<Date> {
    first(s).map(|(_, _, d)| d)
}

/// A date anywhere in a short piece (a dateline, a credit line).
pub fn find(s: &str) -> Option<Date> {
    if s.len() > 300 {
        return None;
    }
    parse(s)
}

/// A date at the very start of a paragraph (`Senin, 12 Februari 2024 - …`).
pub fn find_at_start(s: &str) -> Option<Date> {
    let head = s.get(..s.floor_char_boundary(48)).unwrap_or(s);
    first(head).filter(|(at, _, _)| *at <= 12).map(|(_, _, d)| d)
}

/// Nothing, or a weekday (`Kamis, `): what may stand before a date line.
fn is_day_prefix(p: &str) -> bool {
    let p = p.trim().trim_end_matches(',').trim().to_lowercase();
    p.is_empty()
        || matches!(
            p.as_str(),
            "senin"
                | "selasa"
                | "rabu"
                | "kamis"
                | "jumat"
                | "jum'at"
                | "sabtu"
                | "minggu"
                | "ahad"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
        )
}

/// `s` without a date line at its start (`Kamis, 14 Maret 2024 - Harga…` → `Harga…`).
pub fn strip_leading(s: &str) -> &str {
    let head = s.get(..s.floor_char_boundary(48)).unwrap_or(s);
    match first(head) {
        Some((at, end, _)) if is_day_prefix(s.get(..at).unwrap_or("")) => {
            let rest = s.get(end..).unwrap_or("");
            let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ',' | ':' | '|'));
            if rest.is_empty() { s } else { rest }
        }
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn iso_dates_read_as_an_indonesian_reader_writes_them() {
        assert_eq!(readable("2024-03-14T09:00:00+07:00").as_deref(), Some("14 Maret 2024, 09.00 WIB"));
        assert_eq!(readable("2016-02-16T02:20:00Z").as_deref(), Some("16 Februari 2016, 02.20 UTC"));
        assert_eq!(readable("2023-12-01T20:15:00+08:00").as_deref(), Some("1 Desember 2023, 20.15 WITA"));
        assert_eq!(readable("2023-12-01T20:15:00-05:00").as_deref(), Some("1 Desember 2023, 20.15"));
        assert_eq!(readable("2023-12-01").as_deref(), Some("1 Desember 2023"));
        // Not an ISO date, or not a real day.
        for s in ["Kamis, 14 Maret 2024", "2024-13-01", "2024-02-30", "2024-03-xx", "", "2024-03-1"] {
            assert_eq!(readable(s), None, "{s}");
        }
    }

    #[test]
    fn forms() {
        assert_eq!(parse("2016-02-16T02:10:56Z").unwrap().iso(), "2016-02-16");
        assert_eq!(parse("2015-11-05 T10:08:58Z").unwrap().minutes, 10 * 60 + 8);
        assert_eq!(parse("Senin, 12 Februari 2024 10:15 WIB").unwrap(), Date { year: 2024, month: 2, day: 12, minutes: 615 });
        assert_eq!(parse("3 Agt. 2023").unwrap().iso(), "2023-08-03");
        assert_eq!(parse("05/11/2015").unwrap().iso(), "2015-11-05");
        assert_eq!(parse("31 Februari 2024"), None);
        assert_eq!(parse("12 Kilometer 2024"), None);
        assert_eq!(parse("Sabtu (2/4)"), None);
    }

    #[test]
    fn the_earliest_form_wins_and_starts_are_strict() {
        assert_eq!(parse("Diperbarui 2 Maret 2024, terbit 2024-03-01").unwrap().iso(), "2024-03-02");
        assert!(find_at_start("Senin, 12 Februari 2024 - Harga naik.").is_some());
        assert_eq!(strip_leading("Kamis, 14 Maret 2024 - Harga naik."), "Harga naik.");
        assert_eq!(strip_leading("Harga naik 14 Maret 2024."), "Harga naik 14 Maret 2024.");
        assert_eq!(strip_leading("Pada Kamis, 14 Maret 2024, para pemimpin"), "Pada Kamis, 14 Maret 2024, para pemimpin");
        assert!(find_at_start("Harga naik sejak kemarin, kata dia pada 12 Februari 2024.").is_none());
    }

    #[test]
    fn epoch_round_trip() {
        for secs in [0_i64, 951_782_400, 1_709_251_200, 4_102_444_800, 1_234_567_890] {
            let d = Date::of_epoch(secs);
            assert_eq!(d.epoch(), secs - secs.rem_euclid(60));
        }
        assert_eq!(Date::new(2000, 2, 29, 0).unwrap().epoch(), 951_782_400);
        assert_eq!(Date::of_epoch(951_782_400).iso(), "2000-02-29");
    }
}
