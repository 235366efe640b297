//! Saved web pages: find the article, turn it into typed paragraphs, then
//! clean it like any article. Readability (dom_smoothie) is used only in
//! `readable`, so it can be swapped.

use crate::article::{BoilerKind, Format, Meta, ParaKind};
use dom_query::{Document, NodeRef};

/// Paragraphs with their kinds, in reading order.
type Blocks = Vec<(String, ParaKind)>;
/// Pieces set aside by the page structure, with their kinds.
type SetAside = Vec<(BoilerKind, String)>;

/// A page turned into paragraphs, before cleaning.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub paragraphs: Blocks,
    /// Pieces the page structure marks as not article text (captions).
    pub removed: SetAside,
    pub meta: Meta,
    /// Readability found no article: the paragraphs are the whole page.
    pub whole_page: bool,
}

/// The charset a page declares in its first bytes (`<meta charset>` or
/// `http-equiv`), if any.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes.get(..bytes.len().min(4096))?;
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let i = text.find("charset=")?;
    let rest = text.get(i + 8..)?.trim_start_matches(['"', '\'', ' ']);
    let label: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')).collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// Text of a node with spaces normalised.
fn squash(s: &str) -> String {
    crate::clean::segment::collapse_spaces(&crate::input::sanitize(s).replace('\n', " "))
}

/// The `content` of the first `<meta>` tag with each (attribute, value) in
/// turn, until one is not empty. (`metas` holds the page's meta tags, found
/// in one pass over the document.)
fn meta_content(metas: &[NodeRef<'_>], wanted: &[(&str, &str)]) -> Option<String> {
    wanted.iter().find_map(|(attr, value)| {
        let tag = metas.iter().find(|m| m.attr(attr).is_some_and(|v| &*v == *value))?;
        Some(squash(&tag.attr("content")?)).filter(|c| !c.is_empty())
    })
}

/// `<title>` without the site's suffix (` - Kompas.com`, ` | Liputan6`).
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some(i) = title.rfind(sep) {
            let tail = title.get(i + sep.len()..).unwrap_or("");
            let looks_like_site =
                tail.contains('.') || tail.split_whitespace().count() <= 3 || site.is_some_and(|s| tail.eq_ignore_ascii_case(s));
            if looks_like_site && i > 10 {
                return title.get(..i).unwrap_or(title).trim().to_owned();
            }
        }
    }
    title.trim().to_owned()
}

/// A `"datePublished": "..."` value in JSON-LD.
fn json_ld_date(html: &str) -> Option<String> {
    let i = html.find("\"datePublished\"")?;
    let rest = html.get(i + 15..)?;
    let start = rest.find('"')? + 1;
    let value = rest.get(start..)?;
    let end = value.find('"')?;
    Some(value.get(..end)?.to_owned()).filter(|v| v.len() <= 40)
}

fn page_meta(doc: &Document, html: &str) -> Meta {
    let tags = doc.select("meta");
    let metas = tags.nodes();
    let site = meta_content(metas, &[("property", "og:site_name"), ("name", "application-name")]);
    let og = meta_content(metas, &[("property", "og:title"), ("name", "twitter:title")]);
    let h1 = Some(squash(&doc.select_single("h1").text())).filter(|t| !t.is_empty());
    let title_tag = Some(squash(&doc.select_single("title").text())).filter(|t| !t.is_empty());
    let title = og.or(h1).or(title_tag).map(|t| strip_site_suffix(&t, site.as_deref()));
    let author = meta_content(metas, &[("name", "author"), ("property", "article:author"), ("name", "content_author")]);
    let date = meta_content(
        metas,
        &[
            ("property", "article:published_time"),
            ("name", "publishdate"),
            ("name", "pubdate"),
            ("itemprop", "datePublished"),
            ("name", "date"),
        ],
    )
    .or_else(|| json_ld_date(html));
    Meta { title, source: site, author, date, format: Format::Html, ..Meta::default() }
}

/// The metadata of a page from its beginning alone (the library's first
/// look at a file: title, site, date without reading the whole page).
pub fn head_meta(html: &str) -> Meta {
    let head = html.find("</head>").and_then(|i| html.get(..i + 7)).unwrap_or(html);
    let doc = Document::from(head);
    page_meta(&doc, head)
}

/// The document as readability leaves it, holding the article under
/// `ARTICLE_ROOT`, or `None` when there is no article. (The article is walked
/// where it stands: serialising it and parsing it again doubled the work on
/// a long page.)
///
/// Readability's first, strictest attempt nearly always finds the article;
/// only when it finds less than its threshold of text are the looser ones
/// tried, on the page parsed afresh from `html`. (Its own retry loop copies
/// the whole document before the first attempt, some 35 ms on a 10 MB page.)
fn readable(doc: Document, html: &str) -> Option<Document> {
    let cfg = || dom_smoothie::Config { max_elements_to_parse: 0, ..dom_smoothie::Config::default() };
    let threshold = cfg().char_threshold;
    let mut r = dom_smoothie::Readability::with_document(doc, None, Some(cfg())).ok()?;
    let strict = r.parse_with_policy(dom_smoothie::ParsePolicy::Strict).ok().filter(|a| a.length >= threshold);
    let (a, doc) = match strict {
        Some(a) => (a, r.doc),
        None => {
            let mut r = dom_smoothie::Readability::with_document(Document::from(html), None, Some(cfg())).ok()?;
            (r.parse().ok()?, r.doc)
        }
    };
    // (80 characters take at most 320 bytes: a long text is not counted)
    let text = a.text_content.trim();
    (text.len() >= 320 || text.chars().count() >= 80).then_some(doc)
}

/// Where readability puts the article it found.
const ARTICLE_ROOT: &str = "#readability-page-1";

/// Elements whose content is not text.
const SKIP: &[&str] =
    &["script", "style", "noscript", "template", "svg", "iframe", "object", "form", "button", "select", "nav", "header", "footer", "aside"];
/// Elements that start a new paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "pre",
    "figure",
    "figcaption",
    "hr",
    "address",
    "center",
];

struct Walker {
    out: Blocks,
    /// For each block of `out`: a list item that is nothing but a link.
    link_items: Vec<bool>,
    removed: SetAside,
    buf: String,
    kind: ParaKind,
    link_item: bool,
}

/// Letters and digits of `node`'s text inside links, and in all.
fn link_share(node: &NodeRef<'_>) -> (usize, usize) {
    let count = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).count();
    let mut linked = 0;
    let mut stack = vec![*node];
    while let Some(n) = stack.pop() {
        for child in n.children() {
            if child.is_element() && child.node_name().is_some_and(|name| name.eq_ignore_ascii_case("a")) {
                linked += count(&child.text());
            } else if child.is_element() {
                stack.push(child);
            }
        }
    }
    (linked, count(&node.text()))
}

impl Walker {
    fn flush(&mut self) {
        let t = squash(&self.buf);
        if !t.is_empty() {
            self.out.push((t, self.kind));
            self.link_items.push(self.link_item);
        }
        self.buf.clear();
        self.kind = ParaKind::Body;
        self.link_item = false;
    }

    fn walk(&mut self, node: &NodeRef<'_>, in_kind: ParaKind) {
        for child in node.children() {
            if child.is_text() {
                self.buf.push_str(&child.text());
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = child.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
            if SKIP.contains(&name.as_str()) {
                continue;
            }
            match name.as_str() {
                "br" => {
                    self.flush();
                    self.kind = in_kind;
                }
                "figcaption" => {
                    let t = squash(&child.text());
                    if !t.is_empty() {
                        self.flush();
                        self.removed.push((BoilerKind::Caption, t));
                    }
                }
                "td" | "th" => {
                    if !self.buf.trim().is_empty() {
                        self.buf.push_str(" · ");
                    }
                    self.walk(&child, in_kind);
                }
                "img" => {}
                n if BLOCKS.contains(&n) => {
                    self.flush();
                    let kind = match n {
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => ParaKind::Heading,
                        "blockquote" => ParaKind::Quote,
                        "li" => ParaKind::List,
                        _ => in_kind,
                    };
                    self.kind = kind;
                    self.link_item = n == "li" && {
                        let (linked, all) = link_share(&child);
                        all > 0 && linked == all
                    };
                    self.walk(&child, kind);
                    self.flush();
                }
                _ => self.walk(&child, in_kind),
            }
        }
    }
}

/// Paragraphs of an HTML fragment or page, in reading order. Lists whose
/// items are each a single link point elsewhere: headlines of other articles
/// (related) or, when every item is a few words, tags (share).
fn blocks(html: &str) -> (Blocks, SetAside) {
    let doc = Document::from(html);
    let body = doc.select("body");
    let root = body.nodes().first().copied().unwrap_or_else(|| doc.root());
    blocks_in(&root)
}

/// `blocks` of the content under `root`.
fn blocks_in(root: &NodeRef<'_>) -> (Blocks, SetAside) {
    let mut w =
        Walker { out: Vec::new(), link_items: Vec::new(), removed: Vec::new(), buf: String::new(), kind: ParaKind::Body, link_item: false };
    w.walk(root, ParaKind::Body);
    w.flush();
    let mut out = Vec::with_capacity(w.out.len());
    let mut removed = w.removed;
    // (blocks are moved, not copied: a long page's text is most of its size)
    let mut blocks = w.out.into_iter().zip(w.link_items).peekable();
    while let Some((block, link)) = blocks.next() {
        if !link {
            out.push(block);
            continue;
        }
        let mut run = vec![block];
        while let Some((next, _)) = blocks.next_if(|(_, l)| *l) {
            run.push(next);
        }
        if run.len() >= 2 {
            let tags = run.iter().all(|(t, _)| t.split_whitespace().count() <= 3);
            let kind = if tags { BoilerKind::Share } else { BoilerKind::Related };
            removed.extend(run.into_iter().map(|(t, _)| (kind, t)));
        } else {
            out.extend(run);
        }
    }
    (out, removed)
}

/// Fewer words than this in the article, and more in its captions: a photo
/// story, whose captions are the article.
const PHOTO_STORY_WORDS: usize = 60;

/// A heading that introduces links to other articles.
fn is_related_heading(t: &str) -> bool {
    let t = t.trim().trim_end_matches(':');
    // (the longest heading below is 15 bytes: a paragraph is not lowercased to learn it is none)
    if t.len() > 24 {
        return false;
    }
    let l = t.to_lowercase();
    matches!(
        l.as_str(),
        "berita terkait"
            | "artikel terkait"
            | "baca juga"
            | "berita lainnya"
            | "berita pilihan"
            | "terpopuler"
            | "berita populer"
            | "pilihan redaksi"
            | "rekomendasi"
            | "lihat juga"
    )
}

/// Read a page: metadata from the whole page, paragraphs from the article
/// readability finds (or from the whole page when it finds none).
pub fn read(html: &str) -> Page {
    let doc = Document::from(html);
    let meta = page_meta(&doc, html);
    // Readability works on the document already parsed for the metadata.
    let article = readable(doc, html);
    let found = article.as_ref().map(|d| d.select(ARTICLE_ROOT));
    let (whole_page, (mut paragraphs, mut removed)) = match found.as_ref().and_then(|sel| sel.nodes().first()) {
        Some(root) => (false, blocks_in(root)),
        None => (true, blocks(html)),
    };
    // A photo story: the captions are the article.
    let words = |t: &str| t.split_whitespace().count();
    // (counted no further than needed: a long article is no photo story)
    let mut body_words = 0;
    for (t, _) in &paragraphs {
        if body_words >= PHOTO_STORY_WORDS {
            break;
        }
        body_words += words(t);
    }
    let caption_words: usize = removed.iter().filter(|(k, _)| *k == BoilerKind::Caption).map(|(_, t)| words(t)).sum();
    if body_words < PHOTO_STORY_WORDS && caption_words > body_words {
        let (captions, rest): (Vec<_>, Vec<_>) = removed.into_iter().partition(|(k, _)| *k == BoilerKind::Caption);
        paragraphs.splice(0..0, captions.into_iter().map(|(_, t)| (t, ParaKind::Body)));
        removed = rest;
    }
    // A related-links heading (`Berita Terkait`) followed by a list of headlines.
    let mut i = 0;
    while i < paragraphs.len() {
        let marker = paragraphs.get(i).is_some_and(|(t, _)| is_related_heading(t));
        let list_after = paragraphs.get(i + 1).is_some_and(|(_, k)| *k == ParaKind::List);
        if marker && list_after {
            let (t, _) = paragraphs.remove(i);
            removed.push((BoilerKind::Related, t));
            while paragraphs.get(i).is_some_and(|(_, k)| *k == ParaKind::List) {
                let (t, _) = paragraphs.remove(i);
                removed.push((BoilerKind::Related, t));
            }
        } else {
            i += 1;
        }
    }
    // The headline at the top of the article text goes to the title.
    if let (Some(t), Some((first, _))) = (&meta.title, paragraphs.first())
        && first.eq_ignore_ascii_case(t)
    {
        paragraphs.remove(0);
    }
    Page { paragraphs, removed, meta, whole_page }
}

#[cfg(test)]
mod tests;

/// The main HTML document of an MHTML archive (`.mhtml`/`.mht`, "Save page
/// as… single file"): the first `text/html` part, transfer-decoded, with its
/// declared charset. `None` when the bytes are not MHTML.
pub fn mhtml_main_part(bytes: &[u8]) -> Option<(Vec<u8>, Option<&'static encoding_rs::Encoding>)> {
    use base64::Engine as _;
    let head = String::from_utf8_lossy(bytes.get(..bytes.len().min(8192))?);
    let lower = head.to_ascii_lowercase();
    if !lower.contains("multipart/related") {
        return None;
    }
    let b = lower.find("boundary=")?;
    let raw = head.get(b + 9..)?;
    let boundary: String = if let Some(q) = raw.strip_prefix('"') {
        q.split('"').next()?.to_owned()
    } else {
        raw.split([';', '\r', '\n', ' ']).next()?.to_owned()
    };
    let delim = format!("--{boundary}");
    let text = String::from_utf8_lossy(bytes);
    for part in text.split(delim.as_str()).skip(1) {
        let (headers, body) = part.split_once("\r\n\r\n").or_else(|| part.split_once("\n\n"))?;
        let h = headers.to_ascii_lowercase();
        if !h.contains("content-type: text/html") {
            continue;
        }
        let body = body.trim_end().trim_end_matches("--").trim_end();
        let decoded = if h.contains("content-transfer-encoding: base64") {
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            base64::engine::general_purpose::STANDARD.decode(compact).ok()?
        } else if h.contains("content-transfer-encoding: quoted-printable") {
            quoted_printable::decode(body.as_bytes(), quoted_printable::ParseMode::Robust).ok()?
        } else {
            body.as_bytes().to_vec()
        };
        let charset = h.find("charset=").and_then(|i| {
            let label: String = h
                .get(i + 8..)?
                .trim_start_matches('"')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            encoding_rs::Encoding::for_label(label.as_bytes())
        });
        return Some((decoded, charset));
    }
    None
}
