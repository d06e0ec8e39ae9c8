//! The only room that touches the real terminal: raw mode, alternate
//! screen, mouse, restoring all of it on every way out, and the event loop.

use super::app::{Action, App, Effect};
use super::keymap;
use super::view::{self, Theme};
use crate::clipboard::{self, Routes};
use crate::search::{Hit, Searcher};
use crate::table::Table;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use std::io::{self, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread;
use std::time::Duration;

/// Whether the terminal is in the browser's modes and so needs restoring.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was. Safe to call more than once and from a
/// panic hook: only the first call after [`Session::start`] does anything.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let _ = execute!(io::stdout(), DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
        let _ = terminal::disable_raw_mode();
    }
}

/// The terminal in browser mode; dropping it restores the terminal.
struct Session {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl Session {
    fn start() -> io::Result<Session> {
        install_panic_hook();
        terminal::enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        let session = Terminal::new(CrosstermBackend::new(io::stdout())).map(|terminal| Session { terminal });
        execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
        session
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

enum Message {
    Input(Event),
    InputClosed(io::Error),
    Signal(i32),
    Copied(Result<String, String>),
    Searched { query: String, hits: Vec<Hit> },
}

/// How the browser ended.
pub enum Exit {
    Quit,
    /// Ended by this signal; the caller exits with 128 + its number.
    Signal(i32),
}

/// How long a frame waits for a search under way, on tables small enough to
/// answer well within it, so the screen never flickers through a stale
/// frame. Bigger tables get the typed character on screen at once and their
/// results a moment later.
const SEARCH_GRACE: Duration = Duration::from_millis(8);
const SEARCH_GRACE_MAX_ROWS: usize = 20_000;

pub fn run(table: Table, query: &str, theme: Theme) -> io::Result<Exit> {
    let table = Arc::new(table);
    let (sender, messages) = mpsc::channel();
    spawn_signal_thread(sender.clone())?;
    let mut session = Session::start()?;
    let size = session.terminal.size()?;
    let grace = if table.len() <= SEARCH_GRACE_MAX_ROWS { SEARCH_GRACE } else { Duration::ZERO };
    let mut browser = Browser {
        app: App::new(Arc::clone(&table), Rect::new(0, 0, size.width, size.height)),
        searches: spawn_search_thread(table, sender.clone()),
        sender: sender.clone(),
        routes: Routes::from_env(),
    };
    spawn_input_thread(sender);
    if !query.is_empty() {
        let effect = browser.app.start_with_query(query);
        browser.perform(effect, &mut session)?;
    }
    loop {
        if browser.app.searching && !grace.is_zero() {
            if let Ok(message) = messages.recv_timeout(grace) {
                if let Some(exit) = browser.handle(message, &mut session)? {
                    return Ok(exit);
                }
                continue;
            }
        }
        session.terminal.draw(|frame| view::render(frame, &browser.app, &theme))?;
        // Block until something happens, then take everything queued before redrawing once.
        let first = messages.recv().map_err(|_| io::Error::other("input stopped"))?;
        for message in std::iter::once(first).chain(messages.try_iter()) {
            if let Some(exit) = browser.handle(message, &mut session)? {
                return Ok(exit);
            }
        }
    }
}

/// The app and the ways its effects leave the event loop.
struct Browser {
    app: App,
    searches: mpsc::Sender<String>,
    sender: mpsc::Sender<Message>,
    routes: Routes,
}

impl Browser {
    fn handle(&mut self, message: Message, session: &mut Session) -> io::Result<Option<Exit>> {
        let action = match message {
            Message::Input(event) => {
                panic_on_request(&event);
                action_for_event(&self.app, event)
            }
            Message::InputClosed(err) => return Err(err),
            Message::Signal(number) => return Ok(Some(Exit::Signal(number))),
            Message::Copied(result) => Some(Action::Copied(result)),
            Message::Searched { query, hits } => Some(Action::SearchDone { query, hits }),
        };
        match action {
            Some(action) => {
                let effect = self.app.update(action);
                self.perform(effect, session)
            }
            None => Ok(None),
        }
    }

    fn perform(&mut self, effect: Effect, session: &mut Session) -> io::Result<Option<Exit>> {
        match effect {
            Effect::None => {}
            Effect::Quit => return Ok(Some(Exit::Quit)),
            Effect::Search(query) => {
                let _ = self.searches.send(query);
            }
            Effect::Copy { text, what } => {
                // OSC 52 goes out now, between frames; the system clipboard's hand-off may take a
                // moment, so it runs aside and reports back through the loop.
                let routes = self.routes;
                let osc52 = clipboard::copy_osc52(routes, &text, session.terminal.backend_mut());
                let sender = self.sender.clone();
                thread::spawn(move || {
                    let system = clipboard::copy_system(routes, &text);
                    let result = clipboard::describe(routes, system, osc52)
                        .map(|how| format!("Copied {what} {how}"))
                        .map_err(|why| format!("Could not copy: {why}"));
                    let _ = sender.send(Message::Copied(result));
                });
            }
        }
        Ok(None)
    }
}

/// Searches run here, off the UI thread. Only the newest query waiting is
/// searched; the app ignores answers to queries it has moved past.
fn spawn_search_thread(table: Arc<Table>, results: mpsc::Sender<Message>) -> mpsc::Sender<String> {
    let (requests, queries) = mpsc::channel::<String>();
    thread::spawn(move || {
        let mut searcher = Searcher::default();
        while let Ok(mut query) = queries.recv() {
            while let Ok(newer) = queries.try_recv() {
                query = newer;
            }
            let hits = searcher.search(&table, &query);
            if results.send(Message::Searched { query, hits }).is_err() {
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

fn action_for_event(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) => keymap::action_for(keymap::scope(app.mode, app.overlay), key),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column: mouse.column, row: mouse.row }),
            MouseEventKind::ScrollDown => Some(Action::Scroll { column: mouse.column, row: mouse.row, down: true }),
            MouseEventKind::ScrollUp => Some(Action::Scroll { column: mouse.column, row: mouse.row, down: false }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        _ => None,
    }
}

fn spawn_input_thread(sender: mpsc::Sender<Message>) {
    thread::spawn(move || loop {
        let message = match event::read() {
            Ok(event) => Message::Input(event),
            Err(err) => Message::InputClosed(err),
        };
        let stop = matches!(message, Message::InputClosed(_));
        if sender.send(message).is_err() || stop {
            break;
        }
    });
}

/// SIGTERM, SIGHUP and SIGINT end the browser through the event loop, so the
/// terminal is restored by the same path as `q`, never mid-frame.
fn spawn_signal_thread(sender: mpsc::Sender<Message>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    thread::spawn(move || {
        if let Some(number) = signals.forever().next() {
            let _ = sender.send(Message::Signal(number));
        }
    });
    Ok(())
}
