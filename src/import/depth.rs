//! scraper's tree, built by html5ever through a sink that measures how deep
//! elements nest. html5ever's work per element grows with the depth of its
//! open elements, so a page nested tens of thousands of elements deep would
//! take minutes to parse: the page is fed in pieces and parsing stops at the
//! first piece that nests deeper than [`MAX_DEPTH`]. No real page comes near
//! (browsers stop nesting at a few hundred).

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Elements nested deeper than this make a page unreadable.
pub const MAX_DEPTH: usize = 1000;

/// Text is fed to the parser this many bytes at a time, so that a page
/// found too deep stops within a piece of where it crossed the limit.
const PIECE: usize = 4096;

/// Why a page is refused rather than read: reading it would take far more
/// than the page itself, in time or memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooMuch {
    /// Elements nested deeper than [`MAX_DEPTH`].
    Deep,
    /// More nodes than the page's size allows (see [`node_budget`]).
    Nodes { budget: usize },
    /// Spanning cells that would repeat more text than the page's size allows.
    Spans { budget_bytes: usize },
}

impl std::fmt::Display for TooMuch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TooMuch::Deep => write!(f, "nested deeper than {MAX_DEPTH} levels"),
            TooMuch::Nodes { budget } => write!(
                f,
                "its markup makes more than {budget} elements and texts (tags the parser reopens again and \
                 again), too many for its size: refused to keep memory bounded"
            ),
            TooMuch::Spans { budget_bytes } => write!(
                f,
                "its spanning cells (rowspan, colspan) would repeat more than {} MiB of text, too much for \
                 its size: refused to keep memory bounded",
                budget_bytes >> 20
            ),
        }
    }
}

/// The nodes a page of `bytes` may build: every element and text of a page
/// takes at least a few bytes of it, so only markup that the parser
/// multiplies (formatting elements reopened in every paragraph, links
/// closed and reopened) goes past this. Each node costs a hundred bytes or
/// so, so the tree stays within about sixteen times the page.
pub fn node_budget(bytes: usize) -> usize {
    bytes / 8 + 512 * 1024
}

/// What cells repeated by their spans may add up to, for a page of `bytes`.
pub fn span_budget(bytes: usize) -> usize {
    bytes.saturating_mul(16).saturating_add(64 << 20)
}

/// The document `text` holds, as `Html::parse_document` reads it.
pub fn parse(text: &str) -> Result<Html, TooMuch> {
    let sink = Bounded {
        inner: HtmlTreeSink::new(Html::new_document()),
        depths: RefCell::new(HashMap::new()),
        too_deep: Cell::new(false),
        nodes_left: Cell::new(node_budget(text.len())),
    };
    let mut parser = html5ever::parse_document(sink, Default::default());
    let mut rest = text;
    while !rest.is_empty() {
        let mut end = rest.len().min(PIECE);
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        parser.process(StrTendril::from_slice(&rest[..end]));
        rest = &rest[end..];
        parser.tokenizer.sink.sink.check(text.len())?;
    }
    let sink = parser.finish();
    sink.check(text.len())?;
    Ok(sink.inner.0.into_inner())
}

type Handle = <HtmlTreeSink as TreeSink>::Handle;

/// scraper's own sink, noting each element's depth as it is placed (a node
/// moved later keeps the depth it was placed at: a measure, not a record).
struct Bounded {
    inner: HtmlTreeSink,
    depths: RefCell<HashMap<Handle, usize>>,
    too_deep: Cell<bool>,
    /// Elements and texts the page may still add before it is refused.
    nodes_left: Cell<usize>,
}

impl Bounded {
    fn check(&self, bytes: usize) -> Result<(), TooMuch> {
        if self.too_deep.get() {
            return Err(TooMuch::Deep);
        }
        if self.nodes_left.get() == 0 {
            return Err(TooMuch::Nodes { budget: node_budget(bytes) });
        }
        Ok(())
    }

    fn count_node(&self) {
        self.nodes_left.set(self.nodes_left.get().saturating_sub(1));
    }

    fn depth(&self, node: &Handle) -> usize {
        self.depths.borrow().get(node).copied().unwrap_or(0)
    }

    fn place(&self, child: &NodeOrText<Handle>, depth: usize) {
        if let NodeOrText::AppendNode(node) = child {
            self.depths.borrow_mut().insert(*node, depth);
            if depth > MAX_DEPTH {
                self.too_deep.set(true);
            }
        }
    }
}

impl TreeSink for Bounded {
    type Handle = Handle;
    type Output = Self;
    type ElemName<'a> = <HtmlTreeSink as TreeSink>::ElemName<'a>;

    fn finish(self) -> Self {
        self
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        if matches!(child, NodeOrText::AppendText(_)) {
            self.count_node();
        }
        self.place(&child, self.depth(parent) + 1);
        self.inner.append(parent, child);
    }

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        self.place(&new_node, self.depth(sibling));
        self.inner.append_before_sibling(sibling, new_node);
    }

    fn append_based_on_parent_node(&self, element: &Handle, prev_element: &Handle, child: NodeOrText<Handle>) {
        // As scraper's sink decides, but through this sink's own two methods.
        let has_parent = self.inner.0.borrow().tree.get(*element).is_some_and(|node| node.parent().is_some());
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn parse_error(&self, msg: Cow<'static, str>) {
        self.inner.parse_error(msg);
    }

    fn get_document(&self) -> Handle {
        self.inner.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> Self::ElemName<'a> {
        self.inner.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.count_node();
        self.inner.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> Handle {
        self.inner.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.inner.create_pi(target, data)
    }

    fn append_doctype_to_document(&self, name: StrTendril, public_id: StrTendril, system_id: StrTendril) {
        self.inner.append_doctype_to_document(name, public_id, system_id);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        self.inner.get_template_contents(target)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        self.inner.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs);
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.inner.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.inner.reparent_children(node, new_parent);
    }
}

#[cfg(test)]
mod tests;
