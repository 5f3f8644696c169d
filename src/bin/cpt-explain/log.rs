//! How `serve` logs: to standard error, with the one line per request buffered and written plainly.
//!
//! Request lines collect in a 32 KiB buffer that is written when full and at least once a second,
//! as nginx's `access_log ... buffer= flush=` does: one `write` for hundreds of requests instead of
//! one each. Every other line (listening, shutting down, errors) is written at once, and so is every
//! line when standard error is a terminal. [`Log::flush`] empties the buffer at exit.
//!
//! [`Lines`] writes a request line as `<time>  INFO GET /v1/codes 200 41us`, without the field
//! names, colours and per-character escaping the default format spends most of its time on.

use std::fmt;
use std::io::{self, BufWriter, IsTerminal, Stderr, Write};
use std::sync::{LazyLock, Mutex, MutexGuard};
use std::time::SystemTime;

use cpt_explain::server::ACCESS_LOG;
use tracing::field::{Field, Visit};
use tracing::{Event, Metadata, Subscriber};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, MakeWriter};
use tracing_subscriber::registry::LookupSpan;

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
            at_once: self.at_once || meta.target() != ACCESS_LOG,
        }
    }
}

/// RFC 3339 in UTC with microseconds, the default format's timestamp, written in one piece.
pub(crate) struct Rfc3339;

impl FormatTime for Rfc3339 {
    fn format_time(&self, w: &mut Writer<'_>) -> fmt::Result {
        write!(w, "{}", humantime::format_rfc3339_micros(SystemTime::now()))
    }
}

/// The event format: request lines plainly, everything else as `default` does.
pub(crate) struct Lines<F> {
    pub(crate) default: F,
}

impl<S, N, F> FormatEvent<S, N> for Lines<F>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
    F: FormatEvent<S, N>,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        if event.metadata().target() != ACCESS_LOG {
            return self.default.format_event(ctx, writer, event);
        }
        Rfc3339.format_time(&mut writer)?;
        writer.write_str("  INFO")?;
        let mut values = Values {
            writer: &mut writer,
            result: Ok(()),
        };
        event.record(&mut values);
        values.result?;
        writer.write_char('\n')
    }
}

/// Writes each field's value after a space; `us` gets its unit.
struct Values<'a, 'w> {
    writer: &'a mut Writer<'w>,
    result: fmt::Result,
}

impl Visit for Values<'_, '_> {
    fn record_str(&mut self, _: &Field, value: &str) {
        if self.result.is_ok() {
            // A method and a path are printable ASCII; anything else is quoted and escaped, so a
            // value can never move the cursor or start a new line.
            self.result = if value.bytes().all(|b| b.is_ascii_graphic()) {
                write!(self.writer, " {value}")
            } else {
                write!(self.writer, " {value:?}")
            };
        }
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        if self.result.is_ok() {
            let unit = if field.name() == "us" { "us" } else { "" };
            self.result = write!(self.writer, " {value}{unit}");
        }
    }

    fn record_debug(&mut self, _: &Field, value: &dyn fmt::Debug) {
        if self.result.is_ok() {
            self.result = write!(self.writer, " {value:?}");
        }
    }
}
