//! A backend wrapper that sends fewer bytes.
//!
//! Ratatui sends only the cells that changed, and moves the cursor before
//! each run of them: a page of prose drawn on a blank screen is one cursor
//! move per word (`ESC[12;31H`, 7 to 8 bytes) where the space between two
//! words is one byte. [`Compact`] keeps a copy of what the screen shows, and
//! where a short gap separates two changed cells on a row, it sends the gap's
//! cells again (they are on the screen already, so nothing visible changes)
//! instead of the move. About half of a first frame's bytes go, which a slow
//! link (ssh) and the terminal's parser both feel.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

/// Gaps up to this many cells are filled; a cursor move costs 6 to 9 bytes.
const MAX_GAP: u16 = 6;

/// Modifiers that show on a blank cell.
const VISIBLE_ON_BLANK: Modifier = Modifier::UNDERLINED.union(Modifier::REVERSED).union(Modifier::CROSSED_OUT);

/// A backend that fills short gaps from its copy of the screen (see the module).
#[derive(Debug)]
pub struct Compact<B: Backend> {
    inner: B,
    width: u16,
    /// What each cell of the screen shows; `None` where that is not known
    /// (the second column of a wide character, after a partial clear).
    screen: Vec<Option<Cell>>,
}

impl<B: Backend> Compact<B> {
    /// Wrap `inner`, whose screen is blank (as ratatui assumes at start).
    pub fn new(inner: B) -> Result<Self, B::Error> {
        let mut c = Self { inner, width: 0, screen: Vec::new() };
        c.reset(Some(Cell::EMPTY))?;
        Ok(c)
    }

    /// The wrapped backend.
    pub fn inner(&self) -> &B {
        &self.inner
    }

    fn reset(&mut self, to: Option<Cell>) -> Result<(), B::Error> {
        let size = self.inner.size()?;
        self.width = size.width;
        self.screen = vec![to; usize::from(size.width) * usize::from(size.height)];
        Ok(())
    }

    fn index(&self, x: u16, y: u16) -> Option<usize> {
        (x < self.width).then(|| usize::from(y) * usize::from(self.width) + usize::from(x))
    }

    /// The cells to send for columns `from..to` of row `y` after a cell in
    /// `style`, or `None` when a cursor move is better.
    fn gap(&self, y: u16, from: u16, to: u16, style: Style) -> Option<Vec<Cell>> {
        let mut cells = Vec::with_capacity(usize::from(to - from));
        for x in from..to {
            let cell = self.screen.get(self.index(x, y)?)?.as_ref()?;
            if cell.symbol().width() != 1 {
                return None;
            }
            if cell.style() == style {
                cells.push(cell.clone());
            } else if cell.symbol() == " "
                && cell.bg == style.bg.unwrap_or_default()
                && !(cell.modifier | style.add_modifier).intersects(VISIBLE_ON_BLANK)
            {
                // A blank looks the same in any foreground: send it in the
                // current style rather than switching styles for it.
                let mut blank = Cell::EMPTY;
                blank.set_style(style);
                cells.push(blank);
            } else {
                return None;
            }
        }
        Some(cells)
    }

    /// Record that `cell` now shows at (`x`, `y`).
    fn shows(&mut self, x: u16, y: u16, cell: &Cell) {
        let width = u16::try_from(cell.symbol().width()).unwrap_or(u16::MAX).max(1);
        // A wide character cut in half by this cell is no longer known.
        if x > 0
            && let Some(i) = self.index(x - 1, y)
            && self.screen.get(i).and_then(Option::as_ref).is_some_and(|c| c.symbol().width() > 1)
            && let Some(slot) = self.screen.get_mut(i)
        {
            *slot = None;
        }
        if let Some(slot) = self.index(x, y).and_then(|i| self.screen.get_mut(i)) {
            *slot = Some(cell.clone());
        }
        for k in 1..width {
            if let Some(slot) = self.index(x.saturating_add(k), y).and_then(|i| self.screen.get_mut(i)) {
                *slot = None;
            }
        }
    }
}

impl<B: Backend> Backend for Compact<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // The gaps to fill are judged on the screen before this frame: its
        // cells are the unchanged ones, which this frame does not touch.
        let content: Vec<(u16, u16, &Cell)> = content.collect();
        let mut fills: Vec<(usize, u16, u16, Cell)> = Vec::new();
        // Where the last cell sent ends, and its style.
        let mut last: Option<(u16, u16, Style)> = None;
        for (i, &(x, y, cell)) in content.iter().enumerate() {
            if let Some((end, ly, style)) = last
                && ly == y
                && x > end
                && x - end <= MAX_GAP
                && let Some(fill) = self.gap(y, end, x, style)
            {
                fills.extend((end..x).zip(fill).map(|(k, c)| (i, k, y, c)));
            }
            let width = u16::try_from(cell.symbol().width()).unwrap_or(1).max(1);
            last = Some((x.saturating_add(width), y, cell.style()));
        }
        // In screen order: each fill goes before the content cell it leads to.
        let mut out: Vec<(u16, u16, &Cell)> = Vec::with_capacity(content.len() + fills.len());
        let mut pending = fills.iter().peekable();
        for (i, &(x, y, cell)) in content.iter().enumerate() {
            while let Some((_, k, fy, c)) = pending.next_if(|f| f.0 == i) {
                out.push((*k, *fy, c));
            }
            out.push((x, y, cell));
        }
        for &(x, y, cell) in &out {
            self.shows(x, y, cell);
        }
        self.inner.draw(out.into_iter())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.reset(None)?;
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()?;
        self.reset(Some(Cell::EMPTY))
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)?;
        match clear_type {
            ClearType::All => self.reset(Some(Cell::EMPTY)),
            _ => self.reset(None),
        }
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;
    use ratatui::style::{Color, Stylize};
    use ratatui::text::{Line, Span};
    use ratatui::widgets::Paragraph;

    /// Bytes written, shared with the test.
    #[derive(Clone, Default)]
    struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl std::io::Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A sized writer: crossterm's backend asks the real terminal for its size.
    struct Sized(CrosstermBackend<Shared>, Size);

    impl Backend for Sized {
        type Error = std::io::Error;
        fn draw<'a, I: Iterator<Item = (u16, u16, &'a Cell)>>(&mut self, c: I) -> std::io::Result<()> {
            self.0.draw(c)
        }
        fn hide_cursor(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn show_cursor(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn get_cursor_position(&mut self) -> std::io::Result<Position> {
            Ok(Position::ORIGIN)
        }
        fn set_cursor_position<P: Into<Position>>(&mut self, _: P) -> std::io::Result<()> {
            Ok(())
        }
        fn clear(&mut self) -> std::io::Result<()> {
            self.0.clear()
        }
        fn clear_region(&mut self, t: ClearType) -> std::io::Result<()> {
            self.0.clear_region(t)
        }
        fn size(&self) -> std::io::Result<Size> {
            Ok(self.1)
        }
        fn window_size(&mut self) -> std::io::Result<WindowSize> {
            Ok(WindowSize { columns_rows: self.1, pixels: Size::default() })
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Frames of styled prose, then a change of a few words.
    fn frames() -> Vec<Vec<Line<'static>>> {
        let prose = |shift: usize| -> Vec<Line<'static>> {
            (0..10)
                .map(|i| {
                    Line::from(vec![
                        Span::raw(format!("Baris {} berisi kata demi kata ", i + shift)),
                        Span::raw("“kutipan miring”").italic().fg(Color::Cyan),
                        Span::raw(" lalu 東京 dan "),
                        Span::raw("garis").underlined(),
                        Span::raw(" akhir."),
                    ])
                })
                .collect()
        };
        vec![prose(0), prose(0), prose(3), prose(1)]
    }

    /// Run the frames through a terminal; the screen a VT100 shows at the
    /// end (text, italic and underline per cell) and the bytes sent.
    fn run(compact: bool) -> (String, Vec<Vec<(bool, bool)>>, usize) {
        let size = Size::new(60, 12);
        let shared = Shared::default();
        let sized = Sized(CrosstermBackend::new(shared.clone()), size);
        let mut screen = vt100::Parser::new(size.height, size.width, 0);
        let mut sent = 0;
        let mut show = |out: Vec<u8>| {
            sent += out.len();
            screen.process(&out);
        };
        let frame = |f: &[Line<'static>], fr: &mut ratatui::Frame<'_>| fr.render_widget(Paragraph::new(f.to_vec()), fr.area());
        if compact {
            let mut t = Terminal::new(Compact::new(sized).unwrap()).unwrap();
            for f in frames() {
                t.draw(|fr| frame(&f, fr)).unwrap();
                show(std::mem::take(&mut *shared.0.borrow_mut()));
            }
        } else {
            let mut t = Terminal::new(sized).unwrap();
            for f in frames() {
                t.draw(|fr| frame(&f, fr)).unwrap();
                show(std::mem::take(&mut *shared.0.borrow_mut()));
            }
        }
        let s = screen.screen();
        let attrs = (0..size.height)
            .map(|r| {
                (0..size.width)
                    // Italic shows on a glyph only; underline on a blank too.
                    .map(|c| s.cell(r, c).map_or((false, false), |c| (c.italic() && c.contents() != " ", c.underline())))
                    .collect()
            })
            .collect();
        (s.contents(), attrs, sent)
    }

    #[test]
    fn the_screen_is_the_same_with_fewer_bytes() {
        let (plain, plain_attrs, plain_bytes) = run(false);
        let (compact, compact_attrs, compact_bytes) = run(true);
        assert!(plain.contains("Baris 1 berisi"), "{plain}");
        assert_eq!(compact, plain);
        assert!(compact_attrs == plain_attrs, "styles differ");
        assert!(compact_bytes * 100 < plain_bytes * 85, "{compact_bytes} bytes against {plain_bytes}");
    }
}
