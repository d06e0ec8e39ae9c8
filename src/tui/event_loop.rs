//! The browser's event loop: terminal input and finished work become
//! actions for the app, the app's effects are performed, and the screen is
//! drawn once per batch of messages.

use super::app::{App, Effect, Ending, Input, Message, Pick, Reply};
use super::finder::{Fallback, Finder};
use super::terminal::{self, FromTerminal, Session};
use super::view::{self, Theme};
use crate::catalogue::{self, Catalogues};
use crate::clipboard::{self, Routes};
use crate::opener;
use crate::platform::Os;
use crate::search::Hit;
use crate::table::Table;
use copier::{Copier, CopyJob};
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::Rect;
use std::io;
use std::sync::{mpsc, Arc};
use std::thread;
use std::time::{Duration, Instant};

enum Incoming {
    Input(FromTerminal),
    Copied(Result<String, String>),
    Searched {
        query: String,
        hits: Vec<Hit>,
        elsewhere: Option<Fallback>,
    },
    /// Catalogue `index` has this many rows (`None`: it cannot load).
    Counted {
        index: usize,
        rows: Option<usize>,
    },
    /// How far the catalogue loader of choice `generation` has come.
    Loading {
        generation: u64,
        progress: String,
    },
    /// The catalogues of choice `generation`, as one table with their names, or why not.
    Loaded {
        generation: u64,
        shown: Result<(Arc<Table>, Vec<String>), String>,
    },
}

/// How the browser ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Exit {
    /// As the app ended it: `q`, Ctrl-c, a pick or none.
    Ended(Ending),
    /// Ended by this signal; the caller exits with 128 + its number.
    Signal(i32),
}

/// How long a frame waits for a search under way, on tables small enough to
/// answer well within it, so the screen never flickers through a stale
/// frame. Bigger tables get the typed character on screen at once and their
/// results a moment later.
const SEARCH_GRACE: Duration = Duration::from_millis(8);
const SEARCH_GRACE_MAX_ROWS: usize = 20_000;
/// Two clicks on one cell within this time are a double-click.
const DOUBLE_CLICK: Duration = Duration::from_millis(400);
/// How long quitting waits for a copy still being handed to the clipboard.
const COPY_FLUSH: Duration = Duration::from_secs(3);

/// Runs the browser over `table`, the catalogues named `shown`; the picker
/// offers every one of `catalogues`.
pub fn run(
    catalogues: Arc<Catalogues>,
    table: Arc<Table>,
    shown: &[String],
    query: &str,
    theme: Theme,
    pick: Option<Pick>,
) -> io::Result<Exit> {
    let (sender, messages) = mpsc::channel();
    let (inputs, input) = mpsc::channel();
    terminal::spawn_signal_thread(inputs.clone())?;
    let mut session = Session::start()?;
    // Keys typed meanwhile wait in the terminal: reading starts once the first frame is out.
    terminal::watch_resizes(inputs.clone())?;
    let mut reader = Some((inputs, input));
    let size = session.terminal.size()?;
    let grace = if table.len() <= SEARCH_GRACE_MAX_ROWS { SEARCH_GRACE } else { Duration::ZERO };
    let mut browser = Browser {
        app: App::new(Arc::clone(&table), Rect::new(0, 0, size.width, size.height))
            .picking(pick)
            .showing(shown)
            .offering(catalogues.all().iter().map(|c| c.name.clone()).collect()),
        sender,
        searches: None,
        catalogues,
        choices: 0,
        copier: None,
        routes: Routes::from_env(),
        last_click: None,
    };
    if !query.is_empty() {
        let effects = browser.app.start_with_query(query);
        if let Some(exit) = browser.perform(effects, &mut session)? {
            return Ok(exit);
        }
    }
    let exit = 'run: loop {
        if browser.app.searching && !grace.is_zero() {
            if let Ok(message) = messages.recv_timeout(grace) {
                if let Some(exit) = browser.handle(message, &mut session)? {
                    break 'run exit;
                }
                continue;
            }
        }
        session.terminal.draw(|frame| view::render(frame, &browser.app, &theme))?;
        terminal::hyperlinks(&mut session, &view::links::on_screen(&browser.app, &theme))?;
        if let Some((inputs, input)) = reader.take() {
            terminal::spawn_input_thread(inputs)?;
            forward(input, browser.sender.clone());
        }
        // Block until something happens, then take everything queued before redrawing once.
        let first = messages.recv().map_err(|_| io::Error::other("input stopped"))?;
        for message in std::iter::once(first).chain(messages.try_iter()) {
            if let Some(exit) = browser.handle(message, &mut session)? {
                break 'run exit;
            }
        }
    };
    if !matches!(exit, Exit::Ended(Ending::Interrupted) | Exit::Signal(_)) {
        if let Some(copier) = &browser.copier {
            copier.wait_idle(COPY_FLUSH);
        }
    }
    Ok(exit)
}

/// The catalogues `names` as one table, with the names shown, saying which
/// is being read as it goes.
fn load(
    catalogues: &Catalogues,
    names: &[String],
    progress: impl Fn(String),
) -> Result<(Arc<Table>, Vec<String>), String> {
    let chosen = catalogues.choose(names).map_err(|err| err.to_string())?;
    let total = chosen.len();
    for (done, catalogue) in chosen.iter().enumerate() {
        progress(format!("Loading {} ({} of {total})…", catalogue.name, done + 1));
        let _ = catalogue.table();
    }
    let (chosen, _skipped) = catalogues.choose_loadable(names).map_err(|err| err.to_string())?;
    if chosen.len() > 1 {
        progress(format!("Putting {} catalogues together…", chosen.len()));
    }
    let names = chosen.iter().map(|c| c.name.clone()).collect();
    catalogue::shown(&chosen).map(|table| (table, names)).map_err(|err| err.to_string())
}

/// Terminal input joins the loop's one queue, in the order it arrived.
fn forward(input: mpsc::Receiver<FromTerminal>, sender: mpsc::Sender<Incoming>) {
    thread::spawn(move || {
        for message in input {
            if sender.send(Incoming::Input(message)).is_err() {
                break;
            }
        }
    });
}

/// The app and the ways its effects leave the event loop.
struct Browser {
    app: App,
    sender: mpsc::Sender<Incoming>,
    /// The search and copy workers, started when first needed.
    searches: Option<mpsc::Sender<Search>>,
    catalogues: Arc<Catalogues>,
    /// Catalogue choices made so far: only the last one's tables are shown.
    choices: u64,
    copier: Option<Copier>,
    routes: Routes,
    last_click: Option<(Instant, u16, u16)>,
}

impl Browser {
    fn handle(&mut self, message: Incoming, session: &mut Session) -> io::Result<Option<Exit>> {
        let action = match message {
            Incoming::Input(FromTerminal::Event(event)) => {
                panic_on_request(&event);
                self.action_for_event(event)
            }
            Incoming::Input(FromTerminal::Closed(err)) => return Err(err),
            Incoming::Input(FromTerminal::Signal(number)) => return Ok(Some(Exit::Signal(number))),
            Incoming::Copied(result) => Some(Reply::Copied(result).into()),
            Incoming::Counted { index, rows } => Some(Reply::Counted { index, rows }.into()),
            Incoming::Searched { query, hits, elsewhere } => Some(Reply::SearchDone { query, hits, elsewhere }.into()),
            Incoming::Loading { generation, progress } => {
                (generation == self.choices).then_some(Reply::Progress(progress).into())
            }
            Incoming::Loaded { generation, shown } if generation == self.choices => match shown {
                Ok((table, names)) => {
                    let effects = self.app.replace_table(table, &names);
                    return self.perform(effects, session);
                }
                Err(why) => Some(Reply::Failed(format!("Cannot show it: {why}")).into()),
            },
            Incoming::Loaded { .. } => None,
        };
        match action {
            Some(action) => {
                let effects = self.app.update(action);
                self.perform(effects, session)
            }
            None => Ok(None),
        }
    }

    fn perform(&mut self, effects: Vec<Effect>, session: &mut Session) -> io::Result<Option<Exit>> {
        for effect in effects {
            match effect {
                Effect::End(ending) => return Ok(Some(Exit::Ended(ending))),
                Effect::Search(query) => {
                    let searches = self.searches.get_or_insert_with(|| {
                        spawn_search_thread(Finder::new(Arc::clone(&self.catalogues)), self.sender.clone())
                    });
                    let _ = searches.send(Search {
                        table: Arc::clone(self.app.table()),
                        shown: self.app.chosen.clone(),
                        query,
                    });
                }
                Effect::ShowCatalogues(names) => {
                    // Large catalogues take a while to read: the browser goes on meanwhile.
                    self.choices += 1;
                    let (generation, catalogues, sender) =
                        (self.choices, Arc::clone(&self.catalogues), self.sender.clone());
                    thread::spawn(move || {
                        let progress = |progress: String| {
                            let _ = sender.send(Incoming::Loading { generation, progress });
                        };
                        let shown = load(&catalogues, &names, progress);
                        let _ = sender.send(Incoming::Loaded { generation, shown });
                    });
                }
                Effect::CountCatalogues => {
                    let (catalogues, sender) = (Arc::clone(&self.catalogues), self.sender.clone());
                    thread::spawn(move || {
                        for (index, catalogue) in catalogues.all().iter().enumerate() {
                            let rows = catalogue.table().ok().map(|table| table.len());
                            if sender.send(Incoming::Counted { index, rows }).is_err() {
                                break;
                            }
                        }
                    });
                }
                Effect::Open { url, code } => {
                    let copy = match opener::route(Os::CURRENT, &url, crate::platform::env_var) {
                        opener::Route::Run { program, args } => match opener::run(&program, &args) {
                            Ok(()) => {
                                let opened = self
                                    .app
                                    .update(Reply::Progress(format!("Opened the link of {code} with {program}")));
                                self.perform(opened, session)?;
                                None
                            }
                            Err(why) => Some(why),
                        },
                        opener::Route::Copy(why) => Some(why.to_string()),
                    };
                    if let Some(why) = copy {
                        let what = format!("the link of {code} ({why})");
                        self.perform(vec![Effect::Copy { text: url, what }], session)?;
                    }
                }
                Effect::Copy { text, what } => {
                    // OSC 52 goes out now, in order, between frames; the system clipboard's
                    // hand-off may take a moment, so it runs aside and reports back.
                    let osc52 = clipboard::copy_osc52(self.routes, &text, session.terminal.backend_mut());
                    let copier = self.copier.get_or_insert_with(|| Copier::spawn(self.sender.clone()));
                    copier.copy(CopyJob { routes: self.routes, text, what, osc52 });
                }
                Effect::Suspend => {
                    session.suspend()?;
                    let size = session.terminal.size()?;
                    let resized = self.app.update(Input::Resize { width: size.width, height: size.height });
                    if let Some(exit) = self.perform(resized, session)? {
                        return Ok(Some(exit));
                    }
                }
            }
        }
        Ok(None)
    }

    fn action_for_event(&mut self, event: Event) -> Option<Message> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => Some(Input::Key(key).into()),
            Event::Paste(text) => Some(Input::Paste(text).into()),
            Event::Mouse(mouse) => {
                let (column, row) = (mouse.column, mouse.row);
                match mouse.kind {
                    MouseEventKind::Down(MouseButton::Left) => {
                        let now = Instant::now();
                        let double = self.last_click.is_some_and(|(at, c, r)| {
                            (c, r) == (column, row) && now.duration_since(at) <= DOUBLE_CLICK
                        });
                        self.last_click = (!double).then_some((now, column, row));
                        Some(
                            if double { Input::DoubleClick { column, row } } else { Input::Click { column, row } }
                                .into(),
                        )
                    }
                    MouseEventKind::ScrollDown => Some(Input::Scroll { column, row, down: true }.into()),
                    MouseEventKind::ScrollUp => Some(Input::Scroll { column, row, down: false }.into()),
                    _ => None,
                }
            }
            Event::Resize(width, height) => Some(Input::Resize { width, height }.into()),
            _ => None,
        }
    }
}

/// A search asked of the search thread: the shown catalogues' table and names.
struct Search {
    table: Arc<Table>,
    shown: Vec<String>,
    query: String,
}

/// Searches run here, off the UI thread. Only the newest query waiting is
/// searched; the app ignores answers to queries it has moved past.
fn spawn_search_thread(mut finder: Finder, results: mpsc::Sender<Incoming>) -> mpsc::Sender<Search> {
    let (requests, queries) = mpsc::channel::<Search>();
    thread::spawn(move || {
        while let Ok(mut request) = queries.recv() {
            while let Ok(newer) = queries.try_recv() {
                request = newer;
            }
            let Search { table, shown, query } = request;
            let (hits, elsewhere) = finder.find(&table, &shown, &query);
            if results.send(Incoming::Searched { query, hits, elsewhere }).is_err() {
                break;
            }
        }
    });
    requests
}

/// Debug builds only: with HTTPREF_DEBUG_PANIC set, `!` panics, so that tests
/// can check the terminal is restored and the message shown after a panic.
fn panic_on_request(event: &Event) {
    if cfg!(debug_assertions) && std::env::var_os("HTTPREF_DEBUG_PANIC").is_some() {
        if let Event::Key(key) = event {
            if key.code == crossterm::event::KeyCode::Char('!') {
                panic!("panic requested with HTTPREF_DEBUG_PANIC");
            }
        }
    }
}

mod copier;
#[cfg(test)]
mod tests;
