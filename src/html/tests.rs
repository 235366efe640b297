use super::*;

const PAGE: &str = r#"<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Banjir Rob Rendam Pesisir Semarang - Wartakita.com</title>
<meta property="og:site_name" content="Wartakita.com">
<meta name="author" content="Nadia Safitri">
<meta property="article:published_time" content="2024-03-14T09:00:00+07:00">
<script>var dataLayer = [];</script><style>p{color:red}</style></head>
<body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a></nav>
<div class="iklan">ADVERTISEMENT</div>
<article><h1>Banjir Rob Rendam Pesisir Semarang</h1>
<p>SEMARANG, WARTAKITA.com - Banjir rob kembali merendam permukiman warga di pesisir utara Semarang sejak Kamis pagi, membuat ratusan rumah tergenang.</p>
<figure><img src="a.jpg"><figcaption>Warga mengungsi dari rumah yang tergenang. (Foto: Wartakita/Andi)</figcaption></figure>
<p>Wali Kota Semarang, <a href="/tag/x">Hendra</a>Wicaksono, meninjau lokasi bersama petugas. "Kami siapkan posko di setiap kelurahan," kata Hendra.</p>
<p><strong>Baca juga:</strong> <a href="/b">Tanggul Laut Semarang Mulai Dibangun Juni</a></p>
<h2>Warga Mengungsi</h2>
<p>Sebanyak 300 warga mengungsi ke balai kelurahan.<br>Petugas membagikan makanan dan selimut kepada para pengungsi sepanjang malam.</p>
<blockquote>Air naik cepat sekali, kami tidak sempat menyelamatkan barang.</blockquote>
<ul><li>Kelurahan Tanjung Mas</li><li>Kelurahan Bandarharjo</li></ul>
<p>Ikuti berita menarik lainnya di Google News.</p></article>
<footer>Hak cipta Wartakita 2024</footer></body></html>"#;

#[test]
fn metadata_from_the_page() {
    let p = read(PAGE);
    assert_eq!(p.meta.title.as_deref(), Some("Banjir Rob Rendam Pesisir Semarang"));
    assert_eq!(p.meta.source.as_deref(), Some("Wartakita.com"));
    assert_eq!(p.meta.author.as_deref(), Some("Nadia Safitri"));
    assert_eq!(p.meta.date.as_deref(), Some("2024-03-14T09:00:00+07:00"));
    assert_eq!(p.meta.format, Format::Html);
}

#[test]
fn article_blocks_with_kinds_and_no_glued_words() {
    let p = read(PAGE);
    let texts: Vec<&str> = p.paragraphs.iter().map(|(t, _)| t.as_str()).collect();
    assert!(!p.whole_page);
    assert!(texts.iter().any(|t| t.contains("Hendra Wicaksono") || t.contains("HendraWicaksono")));
    assert!(!texts.iter().any(|t| t.contains("Beranda") || t.contains("dataLayer")), "{texts:?}");
    assert!(p.paragraphs.iter().any(|(t, k)| *k == ParaKind::Heading && t == "Warga Mengungsi"));
    assert!(p.paragraphs.iter().any(|(_, k)| *k == ParaKind::Quote));
    assert!(p.paragraphs.iter().any(|(t, k)| *k == ParaKind::List && t.contains("Bandarharjo")));
    assert!(texts.contains(&"Sebanyak 300 warga mengungsi ke balai kelurahan."), "<br> splits: {texts:?}");
    assert!(p.removed.iter().any(|(k, t)| *k == BoilerKind::Caption && t.contains("mengungsi dari rumah")));
}

#[test]
fn no_article_falls_back_to_the_whole_page() {
    let p = read("<html><body><div><a href='/'>Beranda</a></div><div>Halaman ini hanya berisi menu.</div></body></html>");
    assert!(p.whole_page);
    assert!(p.paragraphs.iter().any(|(t, _)| t.contains("Halaman ini")));
}

#[test]
fn declared_charsets() {
    assert_eq!(declared_charset(b"<meta charset=\"windows-1252\">"), Some(encoding_rs::WINDOWS_1252));
    assert_eq!(
        declared_charset(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"),
        Some(encoding_rs::WINDOWS_1252)
    );
    assert_eq!(declared_charset(b"<html><body>tanpa</body></html>"), None);
}

#[test]
fn hostile_pages_never_panic() {
    for page in [
        "",
        "<",
        "<html>",
        "<html><body></body></html>",
        "<script>alert(1)</script>",
        "<p>&#27;[31mmerah&#27;[0m &#8238;x</p>",
        "<div><div><div><p>x",
    ] {
        let p = read(page);
        for (t, _) in &p.paragraphs {
            assert!(!t.contains('\u{1b}') && !t.contains('\u{202e}'), "{t:?}");
        }
    }
}

fn mhtml(html: &str, encoding: &str) -> Vec<u8> {
    use base64::Engine as _;
    let body = match encoding {
        "base64" => base64::engine::general_purpose::STANDARD.encode(html.as_bytes()),
        _ => String::from_utf8(quoted_printable::encode(html.as_bytes())).unwrap(),
    };
    format!(
        "From: <Saved by Blink>\r\nSubject: Banjir\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc123----\"\r\n\r\n------MultipartBoundary--abc123----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: {encoding}\r\nContent-Location: https://warta.example/berita\r\n\r\n{body}\r\n\r\n------MultipartBoundary--abc123----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc123------\r\n"
    )
    .into_bytes()
}

#[test]
fn mhtml_quoted_printable_and_base64() {
    for enc in ["quoted-printable", "base64"] {
        let bytes = mhtml(PAGE, enc);
        let (part, _) = mhtml_main_part(&bytes).unwrap_or_else(|| panic!("{enc}: no part"));
        let text = String::from_utf8(part).unwrap();
        assert!(text.contains("Banjir rob kembali merendam"), "{enc}");
        let doc = crate::pipeline::process(&crate::input::Source { path: "a.mhtml".into(), bytes }, &crate::clean::CleanOptions::default());
        assert_eq!(doc.article.meta.title.as_deref(), Some("Banjir Rob Rendam Pesisir Semarang"));
        assert!(doc.article.paragraphs.iter().any(|p| p.text.contains("300 warga")));
    }
    assert!(mhtml_main_part(PAGE.as_bytes()).is_none());
}

#[test]
fn bad_pages_get_a_result() {
    use crate::clean::CleanOptions;
    use crate::input::Source;
    let run = |bytes: Vec<u8>| crate::pipeline::process(&Source { path: "p.html".into(), bytes }, &CleanOptions::default());
    // Malformed, empty body, script only: a result, never a panic.
    for page in [
        "<html><body><p>Kalimat <b>tebal <i>miring</p> sisa</div></body>",
        "<html><body></body></html>",
        "<html><script>var a=1;</script></html>",
    ] {
        let _ = run(page.as_bytes().to_vec());
    }
    // Entities that decode to controls are removed like raw ones.
    let doc = run(b"<html><body><article><p>Isi berita &#27;[31mmerah&#27;[0m dan &#x202E;terbalik yang cukup panjang untuk dianggap artikel oleh pembaca halaman.</p></article></body></html>".to_vec());
    let all: String = doc.article.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(!all.contains('\u{1b}') && !all.contains('\u{202e}') && all.contains("merah"), "{all:?}");
    // A legacy charset declared but the bytes are UTF-8: trust the bytes.
    let doc = run("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café di Bandung menjual kopi dengan harga terjangkau untuk mahasiswa setiap hari.</p></body></html>".as_bytes().to_vec());
    assert!(doc.article.paragraphs.iter().any(|p| p.text.contains("Café")));
    // A legacy page that says so.
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode("<html><head><meta charset=\"windows-1252\"></head><body><p>André membuka café baru di Bandung pada hari Senin pagi bersama keluarganya.</p></body></html>");
    let doc = run(latin.into_owned());
    assert!(doc.article.paragraphs.iter().any(|p| p.text.contains("André")), "{:?}", doc.article.paragraphs);
}

#[test]
fn lists_of_links_are_related_headlines_or_tags() {
    let html = r#"<html><body>
<p>Harga cabai rawit di pasar induk naik tajam pekan ini karena pasokan dari sentra produksi berkurang.</p>
<ul><li><a href="/a">Harga Bawang Merah Ikut Naik Jelang Lebaran</a></li><li><a href="/b">Petani Cabai Keluhkan Cuaca Buruk di Lereng Merapi</a></li></ul>
<p>Pedagang berharap pasokan kembali normal dalam dua pekan.</p>
<ul><li>Cabai rawit: Rp80.000 per kilogram, kata <a href="/p">pedagang</a></li><li>Cabai merah: Rp60.000 per kilogram</li></ul>
<ul><li><a href="/tag/cabai">Cabai</a></li><li><a href="/tag/harga-pangan">Harga Pangan</a></li></ul>
</body></html>"#;
    let (blocks, removed) = blocks(html);
    let texts: Vec<&str> = blocks.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts.len(), 4, "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("Cabai rawit: Rp80.000")), "a list with a link inside its text is content: {texts:?}");
    assert!(removed.contains(&(BoilerKind::Related, "Petani Cabai Keluhkan Cuaca Buruk di Lereng Merapi".to_owned())), "{removed:?}");
    assert!(removed.contains(&(BoilerKind::Share, "Harga Pangan".to_owned())), "{removed:?}");
}

#[test]
fn widget_words_after_the_last_sentence_go() {
    let html = r#"<html><body><article>
<p>Harga cabai rawit di pasar induk naik tajam pekan ini karena pasokan dari sentra produksi berkurang drastis.</p>
<p>Pedagang berharap pasokan kembali normal dalam dua pekan ke depan, kata Ketua Asosiasi Pedagang.</p>
<p>Credits (2)</p><p>Success</p></article></body></html>"#;
    // The page reader keeps them; the cleaner after it removes them.
    let p = read(html);
    let texts: Vec<String> = p.paragraphs.iter().map(|(t, _)| t.clone()).collect();
    let a = crate::clean::clean_paragraphs(texts, p.meta.clone(), &crate::clean::CleanOptions::default());
    assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
    assert!(a.removed.iter().any(|r| r.kind == BoilerKind::Other && r.text == "Success"), "{:?}", a.removed);
}

#[test]
fn an_article_the_strict_attempt_misses_is_found_by_a_looser_one() {
    // The only text sits in a box whose class readability's strictest
    // attempt strips as unlikely content; a looser attempt keeps it.
    let para = "Petani di lereng Merapi mulai memanen kopi arabika lebih awal tahun ini, karena hujan turun lebih jarang dan buah matang serentak di kebun mereka.";
    let page = format!(
        "<html><body><nav><a href='/'>Beranda</a></nav><div class='sidebar-widget'><p>{para}</p><p>{para} Harga di tingkat petani naik.</p><p>{para} Koperasi menampung hasil panen.</p><p>{para} Pembeli datang dari kota.</p></div></body></html>"
    );
    let p = read(&page);
    assert!(!p.whole_page, "{:?}", p.paragraphs);
    assert!(p.paragraphs.iter().any(|(t, _)| t.ends_with("Koperasi menampung hasil panen.")), "{:?}", p.paragraphs);
    assert!(!p.paragraphs.iter().any(|(t, _)| t.contains("Beranda")));
}
