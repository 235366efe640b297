use super::*;
use crate::article::Paragraph;
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

fn texts(text: &str, lines: &[Line]) -> Vec<String> {
    lines.iter().map(|l| format!("{}{}", &text[l.start as usize..l.end as usize], if l.hyphen { "-" } else { "" })).collect()
}

#[test]
fn wraps_to_width_without_copying() {
    let t = "Pemerintah Kota Surakarta menunda renovasi pasar hingga setelah Lebaran.";
    let lines = wrap_paragraph(t, 20, false);
    for l in &lines {
        assert!(l.width <= 20);
        assert_eq!(display_width(&t[l.start as usize..l.end as usize]) as u16, l.width);
    }
    assert_eq!(texts(t, &lines).join(" "), t);
}

#[test]
fn cjk_emoji_and_combining_marks() {
    assert_eq!(display_width("日本語"), 6);
    assert_eq!(display_width("👨\u{200D}👩\u{200D}👧"), 2);
    assert_eq!(display_width("🇮🇩"), 2);
    assert_eq!(display_width("e\u{301}"), 1);
    let t = "日本語のテキストと👨\u{200D}👩\u{200D}👧の家族 e\u{301}tude";
    for w in 2..12 {
        for l in wrap_paragraph(t, w, false) {
            let s = &t[l.start as usize..l.end as usize];
            assert!(display_width(s) <= usize::from(w), "{s:?} at {w}");
            assert!(!s.contains('\u{200D}') || s.contains("👨\u{200D}👩\u{200D}👧"), "ZWJ sequence split: {s:?}");
        }
    }
}

#[test]
fn long_tokens_are_broken_never_overflow() {
    let t = "Lihat https://warta.example.id/berita/2024/03/14/sangat-panjang-sekali dan 12345678901234567890.";
    for l in wrap_paragraph(t, 10, false) {
        assert!(l.width <= 10);
    }
}

#[test]
fn width_one_still_fits_narrow_text() {
    let t = "ab cd";
    let lines = wrap_paragraph(t, 1, false);
    assert_eq!(texts(t, &lines), ["a", "b", "c", "d"]);
}

#[test]
fn hyphenation_marks_breaks_and_spares_numbers() {
    let t = "Pemerintah memperkirakan pertumbuhan perekonomian nasional Rp1,5 triliun pada 13/9/2023.";
    let lines = wrap_paragraph(t, 10, true);
    assert!(lines.iter().any(|l| l.hyphen), "{:?}", texts(t, &lines));
    for s in texts(t, &lines) {
        assert!(!s.starts_with("5 tri") && !s.contains("Rp1,-"), "{s}");
    }
    for l in &lines {
        assert!(l.width <= 10);
    }
    // Reduplicated words break only after their own hyphen.
    let t = "negara-negara";
    assert_eq!(texts(t, &wrap_paragraph(t, 8, true)), ["negara-", "negara"]);
}

#[test]
fn optimal_fit_is_less_ragged_than_greedy() {
    let t = "Para pedagang membentangkan spanduk di depan balai kota sejak pagi. Mereka meminta pemerintah kota menunda renovasi hingga setelah Lebaran karena menjelang hari raya adalah masa panen bagi pedagang.";
    let opt = wrap_paragraph(t, 30, false);
    let ragged = |ls: &[Line]| ls.iter().take(ls.len() - 1).map(|l| (30 - l.width as i64).pow(2)).sum::<i64>();
    let frags: Vec<_> = textwrap::wrap(t, textwrap::Options::new(30).wrap_algorithm(textwrap::WrapAlgorithm::FirstFit));
    let greedy: i64 = frags.iter().take(frags.len() - 1).map(|l| (30 - display_width(l) as i64).pow(2)).sum();
    assert!(ragged(&opt) <= greedy);
}

fn article(paras: &[&str]) -> Article {
    Article { paragraphs: paras.iter().map(|p| Paragraph::body(*p)).collect(), ..Article::default() }
}

#[test]
fn anchors_survive_width_changes() {
    let a = article(&[
        "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh.",
        "Paragraf kedua yang cukup panjang untuk dibungkus beberapa baris.",
    ]);
    let mut l40 = Layout::new(&a, 40, LayoutOptions::default());
    let row = Row { para: 1, line: Some(1) };
    let anchor = l40.anchor_of(&a, row);
    let mut l15 = Layout::new(&a, 15, LayoutOptions::default());
    let r15 = l15.row_at(&a, anchor);
    assert_eq!(r15.para, 1);
    let line = l15.lines(&a, 1)[r15.line.unwrap()];
    assert!(line.start as usize <= anchor.byte && anchor.byte <= line.end as usize);
}

#[test]
fn pages_cover_every_row_once_and_avoid_orphans() {
    let a = article(&["a b c d e f g h", "i j k l m n o p q r", "s t u"]);
    let mut l = Layout::full(&a, 3, LayoutOptions::default());
    let rows = l.all_rows(&a);
    let counts = |p: usize| l.cached(p).map_or(0, <[Line]>::len);
    let starts = pages(&rows, &counts, 5);
    assert_eq!(starts[0], 0);
    assert!(starts.windows(2).all(|w| w[0] < w[1]));
    for (i, &s) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(rows.len());
        // No first line of a multi-line paragraph alone at a page's bottom.
        if let Some(Row { para, line: Some(0) }) = rows.get(end - 1) {
            assert!(end == rows.len() || counts(*para) == 1, "orphan at {s}..{end}");
        }
    }
}

#[test]
fn lazy_layout_reaches_completion() {
    let paras: Vec<String> = (0..50).map(|i| format!("Paragraf {i} berisi beberapa kata yang dibungkus.")).collect();
    let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
    let a = article(&refs);
    let mut l = Layout::new(&a, 20, LayoutOptions::default());
    assert!(!l.is_complete());
    assert_eq!(l.total_rows(), None);
    while !l.advance(&a, 200) {}
    let full = Layout::full(&a, 20, LayoutOptions::default());
    assert_eq!(l.total_rows(), full.total_rows());
}

#[test]
fn measure_centres_a_comfortable_column() {
    assert_eq!(measure(200, 78), (61, 78));
    assert_eq!(measure(60, 78), (2, 56));
    assert_eq!(measure(1, 78), (0, 1));
}

#[test]
fn line_is_twelve_bytes() {
    assert!(std::mem::size_of::<Line>() <= 16);
}

proptest! {
    #![proptest_config(crate::testing::proptest_config(300))]

    #[test]
    fn lines_fit_and_rejoin(text in "\\PC{0,200}", width in 1u16..300, hyph in any::<bool>()) {
        let text = crate::input::sanitize(&text).replace('\n', " ");
        let lines = wrap_paragraph(&text, width, hyph);
        let mut rebuilt = String::new();
        let mut prev_end = 0;
        for l in &lines {
            let (s, e) = (l.start as usize, l.end as usize);
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e) && s <= e && s >= prev_end);
            let piece = &text[s..e];
            let w = display_width(piece) + usize::from(l.hyphen);
            // Only a single visible grapheme wider than the width may exceed it
            // (with zero-width ones beside it, such as a stray mark: `\u{16ff0}︰`).
            let visible = piece.graphemes(true).filter(|g| display_width(g) > 0).count();
            prop_assert!(w <= usize::from(width) || visible == 1, "{:?} {} > {}", piece, w, width);
            rebuilt.push_str(&text[prev_end..s]);
            rebuilt.push_str(piece);
            prev_end = e;
        }
        rebuilt.push_str(&text[prev_end..]);
        prop_assert_eq!(rebuilt, text.clone());
        let words: String = text.split_whitespace().collect();
        let from_lines: String = lines.iter().map(|l| &text[l.start as usize..l.end as usize]).collect::<String>().split_whitespace().collect();
        prop_assert_eq!(words, from_lines);
    }

    #[test]
    fn anchors_round_trip_across_widths(widths in proptest::collection::vec(1u16..200, 1..6), para in 0usize..3, frac in 0.0f64..1.0) {
        let a = article(&["Pertemuan penting para pemimpin daerah pesisir membahas banjir rob.", "Kedua.", "Ketiga paragraf dengan kata-kata panjang sekali: ketidakseimbangan perekonomian."]);
        let p = &a.paragraphs[para].text;
        let mut byte = (p.len() as f64 * frac) as usize;
        while !p.is_char_boundary(byte) { byte -= 1; }
        let anchor = Anchor { para, byte };
        for w in widths {
            let mut l = Layout::new(&a, w, LayoutOptions::default());
            let r = l.row_at(&a, anchor);
            prop_assert_eq!(r.para, para);
            let lines = l.lines(&a, para).to_vec();
            if let Some(i) = r.line {
                prop_assert!(lines[i].start as usize <= byte);
                if let Some(next) = lines.get(i + 1) { prop_assert!((next.start as usize) > byte); }
            }
        }
    }

    #[test]
    fn pages_partition_rows(height in 1usize..40, width in 5u16..60) {
        let a = article(&["Satu dua tiga empat lima enam tujuh.", "Delapan sembilan sepuluh sebelas dua belas tiga belas empat belas lima belas.", "Enam belas.", "Tujuh belas delapan belas sembilan belas dua puluh dua puluh satu."]);
        let mut l = Layout::full(&a, width, LayoutOptions::default());
        let rows = l.all_rows(&a);
        let counts = |p: usize| l.cached(p).map_or(0, <[Line]>::len);
        let starts = pages(&rows, &counts, height);
        prop_assert_eq!(starts[0], 0);
        for w in starts.windows(2) {
            // A page holds at most `height` rows; the next starts after it, past one blank row.
            prop_assert!(w[0] < w[1] && w[1] - w[0] <= height + 1);
        }
        for &s in &starts {
            prop_assert!(rows[s].line.is_some());
        }
        prop_assert!(rows.len() - starts.last().copied().unwrap_or(0) <= height + 1);
        prop_assert_eq!(l.total_rows(), Some(rows.len()));
    }
}

#[test]
fn a_zero_width_mark_before_a_wide_glyph_in_one_column() {
    // Found by the property test: neither can be split further.
    let text = "\u{16ff0}︰";
    let lines = wrap_paragraph(text, 1, false);
    let pieces: Vec<&str> = lines.iter().map(|l| &text[l.start as usize..l.end as usize]).collect();
    assert_eq!(pieces.concat(), text);
}
