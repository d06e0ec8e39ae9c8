//! Copies handed to the system clipboard aside from the event loop, one at a
//! time, the newest first, so the browser never waits on a slow display.

use super::Incoming;
use crate::clipboard::{self, Routes};
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

pub(super) struct CopyJob {
    pub(super) routes: Routes,
    pub(super) text: String,
    pub(super) what: String,
    pub(super) osc52: Option<Result<(), String>>,
}

/// Hands copies to the system clipboard one at a time, newest first: of a
/// burst of copies, the last one wins and is the one reported.
pub(super) struct Copier {
    jobs: mpsc::Sender<CopyJob>,
    pending: Arc<(Mutex<usize>, Condvar)>,
}

impl Copier {
    pub(super) fn spawn(results: mpsc::Sender<Incoming>) -> Copier {
        let (jobs, queue) = mpsc::channel::<CopyJob>();
        let pending = Arc::new((Mutex::new(0usize), Condvar::new()));
        let counter = Arc::clone(&pending);
        thread::spawn(move || {
            while let Ok(mut job) = queue.recv() {
                let mut taken = 1;
                while let Ok(newer) = queue.try_recv() {
                    job = newer;
                    taken += 1;
                }
                let result = clipboard::copy(job.routes, &job.text, job.osc52)
                    .map(|how| format!("Copied {} {how}", job.what))
                    .map_err(|why| format!("Could not copy: {why}"));
                let _ = results.send(Incoming::Copied(result));
                let (count, done) = &*counter;
                let mut count = count.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                *count = count.saturating_sub(taken);
                done.notify_all();
            }
        });
        Copier { jobs, pending }
    }

    pub(super) fn copy(&self, job: CopyJob) {
        let (count, _) = &*self.pending;
        *count.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) += 1;
        let _ = self.jobs.send(job);
    }

    /// Waits (at most `limit`) for copies under way, so that quitting right
    /// after a copy does not lose it.
    pub(super) fn wait_idle(&self, limit: Duration) {
        let (count, done) = &*self.pending;
        let count = count.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let _ = done.wait_timeout_while(count, limit, |count| *count > 0);
    }
}
