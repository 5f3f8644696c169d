//! How `serve` logs: to standard error through a bounded, non-blocking writer, with the one line per
//! request written plainly.
//!
//! Lines go into a bounded queue that one thread of its own writes out (tracing-appender's
//! `NonBlocking`, in lossy mode): the threads that answer requests never wait for standard error.
//! When its reader stalls (a full pipe, a stopped terminal), the queue fills and further lines are
//! dropped and counted, never waited for; the count is reported at exit. The writer thread
//! batches what is queued into one `write` and flushes whenever the queue is empty.
//!
//! [`Lines`] writes a request line as `<time>  INFO GET /v1/codes 200 41us`, without the field
//! names, colours and per-character escaping the default format spends most of its time on.

use std::fmt;
use std::io::{self, BufWriter};

use cpt_explain_server::ACCESS_LOG;
use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_appender::non_blocking::{NonBlocking, NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields};
use tracing_subscriber::registry::LookupSpan;

/// Lines the queue holds before new ones are dropped.
pub(crate) const QUEUED_LINES: usize = 64 * 1024;

/// The writer the subscriber logs through, and the guard that flushes it at exit.
pub(crate) fn writer() -> (NonBlocking, WorkerGuard) {
    NonBlockingBuilder::default()
        .lossy(true)
        .buffered_lines_limit(QUEUED_LINES)
        .thread_name("cpt-explain-log")
        .finish(BufWriter::with_capacity(32 * 1024, io::stderr()))
}

/// RFC 3339 in UTC with microseconds, the default format's timestamp, written in one piece.
pub(crate) struct Rfc3339;

impl FormatTime for Rfc3339 {
    fn format_time(&self, w: &mut Writer<'_>) -> fmt::Result {
        tracing_subscriber::fmt::time::SystemTime.format_time(w)
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
