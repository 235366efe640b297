use crate::article::{Article, Paragraph};
use crate::extract::analyze;

fn quotes_of(paras: &[&str]) -> Vec<(String, Option<String>)> {
    let a = Article { paragraphs: paras.iter().map(|p| Paragraph::body(*p)).collect(), ..Article::default() };
    analyze(&a).quotes.into_iter().map(|q| (q.text, q.speaker)).collect()
}

fn q(t: &str, s: Option<&str>) -> (String, Option<String>) {
    (t.to_owned(), s.map(str::to_owned))
}

#[test]
fn every_mark_style() {
    let got = quotes_of(&[
        "“Kami siap bekerja,” kata Bupati Garut Rina Marlina.",
        "\"Kami juga siap,\" ujar Arman Siregar.",
        "”Anggaran sudah cair,” tutur Dewi Lestari.",
        "„Itu keputusan bersama“, ucap Yusuf Hidayat.",
        "«Kami menolak,» tegas Sutrisno Widodo.",
    ]);
    assert_eq!(
        got,
        [
            q("Kami siap bekerja,", Some("Rina Marlina")),
            q("Kami juga siap,", Some("Arman Siregar")),
            q("Anggaran sudah cair,", Some("Dewi Lestari")),
            q("Itu keputusan bersama", Some("Yusuf Hidayat")),
            q("Kami menolak,", Some("Sutrisno Widodo")),
        ]
    );
}

#[test]
fn speaker_before_the_quote_and_pronouns() {
    let got = quotes_of(&[
        "Menurut Larasati Putri, \"Dana itu punya batas waktu.\"",
        "Wali Kota Bogor Sinta Maharani hadir. Dia berkata, “Kami akan mengawasi langsung.”",
        "\"Kalau bertahap, kami bisa bergantian,\" ujarnya.",
    ]);
    assert_eq!(
        got,
        [
            q("Dana itu punya batas waktu.", Some("Larasati Putri")),
            q("Kami akan mengawasi langsung.", Some("Sinta Maharani")),
            q("Kalau bertahap, kami bisa bergantian,", Some("Sinta Maharani")),
        ]
    );
}

#[test]
fn short_forms_and_roles_resolve_to_the_full_name() {
    let got = quotes_of(&[
        "Kapolri Jenderal Budi Gunawan meninjau lokasi bersama Arman Siregar.",
        "\"Situasi sudah kondusif,\" kata Kapolri.",
        "\"Kami terus berjaga,\" ujar Arman.",
    ]);
    assert_eq!(got, [q("Situasi sudah kondusif,", Some("Budi Gunawan")), q("Kami terus berjaga,", Some("Arman Siregar"))]);
}

#[test]
fn multi_paragraph_quotation_is_one_entry_per_piece_with_one_speaker() {
    let got = quotes_of(&["“Kami sudah bekerja keras sejak awal tahun.", "“Hasilnya baru terlihat sekarang,” kata Rina Marlina."]);
    assert_eq!(
        got,
        [
            q("Kami sudah bekerja keras sejak awal tahun.", Some("Rina Marlina")),
            q("Hasilnya baru terlihat sekarang,", Some("Rina Marlina"))
        ]
    );
}

#[test]
fn titles_and_scare_quotes_are_not_speech() {
    let got =
        quotes_of(&["Film “Agak Lain” tayang pekan depan dan program \"Kampung Sehat\" berlanjut, kata pengelola soal istilah \"viral\"."]);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn partial_quotation_woven_into_a_sentence() {
    let got = quotes_of(&["Ia mengucapkan selamat untuk kemenangan bagi “Bangsa yang hebat,” dan persahabatan kedua negara."]);
    assert_eq!(got, [q("Bangsa yang hebat,", None)]);
}

#[test]
fn unbalanced_marks_never_swallow_other_paragraphs() {
    let got = quotes_of(&[
        "Ia menyebut \"rencana itu tanpa penutup",
        "Paragraf berikutnya biasa saja.",
        "\"Ini kutipan utuh,\" kata Dewi Lestari.",
    ]);
    assert_eq!(got, [q("Ini kutipan utuh,", Some("Dewi Lestari"))]);
}

#[test]
fn roles_before_a_comma_descriptions_and_unattributed_follow_ups() {
    let got = quotes_of(&[
        "\"Anggaran naik tahun depan,\" kata Ketua DPRD Trenggalek, Samsul Anam, di kantornya. \"Semua fraksi setuju pada rapat itu.\"",
        "Anggota dewan lain, Budi Santoso, ikut hadir dalam rapat tersebut.",
        "\"Kami mendukung rencana ini,\" ujar politisi Golkar ini.",
    ]);
    let speakers: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(speakers, [Some("Samsul Anam"), Some("Samsul Anam"), Some("Budi Santoso")], "{got:?}");
}

#[test]
fn clipped_short_forms_and_descriptions_closed_by_a_demonstrative() {
    let got = quotes_of(&[
        "Juru bicara pemerintah Achmad Yurianto memberi keterangan di Jakarta.",
        "\"Pasien sembuh bertambah hari ini,\" ujar Yuri dalam konferensi pers.",
        "Rapat itu juga dihadiri Mahfud MD dari pemerintah pusat.",
        "\"Semua pihak harus menahan diri,\" kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan itu.",
    ]);
    let speakers: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(speakers, [Some("Achmad Yurianto"), Some("Mahfud MD")], "{got:?}");
}

#[test]
fn a_speaker_goes_on_past_a_name_deep_in_the_next_paragraph() {
    let got = quotes_of(&[
        "\"Anggaran sudah kami sahkan,\" kata Ketua DPRD Trenggalek Samsul Anam di kantornya.",
        "Pengesahan itu sejalan dengan arahan yang pernah disampaikan Presiden Joko Widodo kepada daerah. \"Semua program jalan,\" katanya.",
    ]);
    assert_eq!(got.iter().map(|(_, s)| s.as_deref()).collect::<Vec<_>>(), [Some("Samsul Anam"), Some("Samsul Anam")], "{got:?}");
}

#[test]
fn the_person_named_after_a_relation_is_the_one_who_speaks() {
    let got = quotes_of(&[
        "Permohonan itu disampaikan kuasa hukum Roy, Henry Indraguna, di Jakarta Selatan. \"Semoga hari Rabu sudah keluar,\" ujar dia.",
        "\"Kami akan melapor ke polisi,\" kata kuasa hukum Roy Kiyoshi, Henry Indraguna, kepada wartawan.",
    ]);
    assert_eq!(got.iter().map(|(_, s)| s.as_deref()).collect::<Vec<_>>(), [Some("Henry Indraguna"), Some("Henry Indraguna")], "{got:?}");
}

#[test]
fn a_title_in_the_speaker_phrase_is_neither_a_stop_nor_a_quotation() {
    let got = quotes_of(&[
        "“Para pemainnya sangat kompak di layar,” kata produser film “Langit Senja” Rizky Pratama, dikutip dari keterangan pers.",
        "\"Negara-negara ini bukan mitra dagang utama kami,\" kata Teddy Wirawan, menambahkan bahwa tarif terhadap \"mitra dagang utama\" justru merugikan.",
    ]);
    assert_eq!(
        got,
        [
            q("Para pemainnya sangat kompak di layar,", Some("Rizky Pratama")),
            q("Negara-negara ini bukan mitra dagang utama kami,", Some("Teddy Wirawan")),
            q("mitra dagang utama", Some("Teddy Wirawan")),
        ]
    );
}

#[test]
fn the_name_after_an_active_speech_verb_is_what_was_said_not_who_said_it() {
    let got = quotes_of(&[
        "Ketua Partai Maju, Ahmad Setiawan, mengatakan Rudi Hartanto telah membangkang.",
        "Hal itu karena rapat partai sudah memutuskan calon lain.",
        "\"Dia keluar dari keputusan partai,\" ujarnya di Jakarta.",
    ]);
    assert_eq!(got, [q("Dia keluar dari keputusan partai,", Some("Ahmad Setiawan"))]);
}

#[test]
fn a_sentence_opening_with_another_person_hands_the_word_over() {
    let got = quotes_of(&[
        "“Saya sudah melapor sejak awal,” ucap Ratna Dewi. Sementara Kepala Desa Sukamaju, Hendra Wijaya mengapresiasi sikap Ratna. \"Kami sangat terbantu,\" jelasnya.",
    ]);
    assert_eq!(got, [q("Saya sudah melapor sejak awal,", Some("Ratna Dewi")), q("Kami sangat terbantu,", Some("Hendra Wijaya"))]);
}

/// The pairing as first written, character by character: the mark scan must agree.
fn spans_by_chars(p: &str, next_opens: bool) -> Vec<super::Span> {
    use super::Span;
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).and_then(|j| chars.get(j)).map(|x| x.1);
        let next = chars.get(k + 1).map(|x| x.1);
        let word_before = prev.is_some_and(char::is_alphanumeric);
        let text_after = next.is_some_and(|n| !n.is_whitespace());
        match (open, c) {
            (None, '“' | '„' | '«') => open = Some((i, c)),
            (None, '"' | '”') if text_after && !word_before => open = Some((i, c)),
            (Some((o, oc)), '”' | '"' | '“' | '»')
                if matches!((oc, c), ('“', '”') | ('"', '"') | ('”', '”') | ('„', '“' | '”') | ('«', '»') | ('“', '"') | ('"', '”')) =>
            {
                let start = o + oc.len_utf8();
                if i > start {
                    out.push(Span { start, end: i, after: i + c.len_utf8(), open: o, continues: false });
                }
                open = None;
            }
            _ => {}
        }
    }
    if let Some((o, oc)) = open {
        let start = o + oc.len_utf8();
        let rest = p.get(start..).unwrap_or("").trim_end();
        if next_opens || rest.ends_with(['.', '!', '?', ',']) {
            out.push(Span { start, end: start + rest.len(), after: start + rest.len(), open: o, continues: next_opens });
        }
    }
    out
}

proptest::proptest! {
    #[test]
    fn mark_scan_pairs_like_the_character_loop(
        p in proptest::string::string_regex("([a-zA-Z]{1,6}|[ ,.!?]|[\"“”„«»’–é]){0,40}").unwrap(),
        next_opens: bool,
    ) {
        proptest::prop_assert_eq!(super::spans(&p, next_opens), spans_by_chars(&p, next_opens));
    }
}
