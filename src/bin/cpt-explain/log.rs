//! Where `serve` logs: standard error, with the one line per request buffered.
//!
//! Request lines collect in a 32 KiB buffer that is written when full and at least once a second,
//! as nginx's `access_log ... buffer= flush=` does: one `write` for hundreds of requests instead of
//! one each. Every other line (listening, shutting down, errors) is written at once, and so is every
//! line when standard error is a terminal. [`Log::flush`] empties the buffer at exit.

use std::io::{self, BufWriter, IsTerminal, Stderr, Write};
use std::sync::{LazyLock, Mutex, MutexGuard};

use tracing::Metadata;
use tracing_subscriber::fmt::MakeWriter;

pub(crate) static LOG: LazyLock<Log> = LazyLock::new(Log::new);

pub(crate) struct Log {
    buffer: Mutex<BufWriter<Stderr>>,
    at_once: bool,
}

impl Log {
    fn new() -> Log {
        Log {
            buffer: Mutex::new(BufWriter::with_capacity(32 * 1024, io::stderr())),
            at_once: io::stderr().is_terminal(),
        }
    }

    /// Writes out what is buffered.
    pub(crate) fn flush(&self) {
        // A log that cannot be written is not a reason to stop serving.
        let _ = self.lock().flush();
    }

    fn lock(&self) -> MutexGuard<'_, BufWriter<Stderr>> {
        self.buffer.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// One log line on its way out.
pub(crate) struct Line<'a> {
    buffer: MutexGuard<'a, BufWriter<Stderr>>,
    at_once: bool,
}

impl Write for Line<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.buffer.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.buffer.flush()
    }
}

impl Drop for Line<'_> {
    fn drop(&mut self) {
        if self.at_once {
            let _ = self.buffer.flush();
        }
    }
}

impl<'a> MakeWriter<'a> for &'static Log {
    type Writer = Line<'static>;

    fn make_writer(&'a self) -> Line<'static> {
        Line {
            buffer: self.lock(),
            at_once: true,
        }
    }

    fn make_writer_for(&'a self, meta: &Metadata<'_>) -> Line<'static> {
        Line {
            buffer: self.lock(),
            at_once: self.at_once || meta.target() != cpt_explain::server::ACCESS_LOG,
        }
    }
}
