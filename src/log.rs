//! How `serve` logs: to standard error through a bounded buffer that a thread of its own writes
//! out, with the one line per request written plainly.
//!
//! A finished line is copied into a shared buffer, under a lock held only for that copy and never
//! while writing, so the threads that answer requests never wait for standard error. The writer
//! thread takes the whole buffer and writes it in one `write` every [`FLUSH_EVERY`] (or as soon
//! as [`BATCH_BYTES`] are waiting, or a line other than a request line is), as nginx's
//! `access_log ... buffer= flush=` does. When the reader of standard error stalls (a full pipe, a
//! stopped terminal), the buffer fills to [`QUEUED_LINES`] and further lines are dropped and
//! counted, never waited for; the count is reported at exit.
//!
//! tracing-appender's lossy `NonBlocking` writer, used before, copied each line into a new `Vec`,
//! sent it through a channel and woke its thread, which wrote and flushed every few lines: about
//! 800 more instructions a request and a `write` every seven requests (measured with callgrind and
//! `/proc/<pid>/io`), where this writes once per several hundred.
//!
//! [`Lines`] writes a request line as `<time>  INFO GET /v1/codes 200 41us`, without the field
//! names, colours and per-character escaping the default format spends most of its time on.

use std::cell::Cell;
use std::fmt;
use std::fs::File;
use std::io::{self, Write};
use std::os::fd::AsFd;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use cpt_explain_server::ACCESS_LOG;
use tracing::field::{Field, Visit};
use tracing::{Event, Metadata, Subscriber};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, MakeWriter};
use tracing_subscriber::registry::LookupSpan;

/// Lines the buffer holds before new ones are dropped.
pub(crate) const QUEUED_LINES: usize = 64 * 1024;
/// Request lines wait at most this long to be written.
pub(crate) const FLUSH_EVERY: Duration = Duration::from_millis(100);
/// This many bytes waiting are written at once.
pub(crate) const BATCH_BYTES: usize = 32 * 1024;
/// At exit, how long the lines still buffered get to be written.
const LAST_WRITE: Duration = Duration::from_secs(1);

/// The writer `serve` logs through; its clones share one buffer and one writer thread.
#[derive(Clone)]
pub(crate) struct Log {
    shared: Arc<Shared>,
}

struct Shared {
    state: Mutex<State>,
    /// Wakes the writer thread (lines to write, or closing) and, at exit, the one waiting for it.
    wake: Condvar,
}

#[derive(Default)]
struct State {
    buffer: Vec<u8>,
    lines: usize,
    /// A line that should not wait for the next batch (anything but a request line).
    urgent: bool,
    dropped: u64,
    closing: bool,
    closed: bool,
}

/// Writes out what is buffered when dropped, waiting at most [`LAST_WRITE`].
pub(crate) struct Guard {
    shared: Arc<Shared>,
}

impl Log {
    /// Starts the writer thread on a duplicate of standard error: writing through it never takes
    /// the lock of `io::stderr()`, so a stalled reader cannot hold up an `eprintln!` elsewhere.
    pub(crate) fn to_stderr() -> io::Result<(Log, Guard)> {
        let out = File::from(io::stderr().as_fd().try_clone_to_owned()?);
        Ok(Log::start(out))
    }

    fn start(mut out: impl Write + Send + 'static) -> (Log, Guard) {
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            wake: Condvar::new(),
        });
        let writer = Arc::clone(&shared);
        thread::Builder::new()
            .name("cpt-explain-log".into())
            .spawn(move || writer.write_out(&mut out))
            .expect("a thread for the log");
        (
            Log {
                shared: Arc::clone(&shared),
            },
            Guard { shared },
        )
    }

    /// Lines dropped so far because the buffer was full.
    pub(crate) fn dropped(&self) -> u64 {
        self.shared.lock().dropped
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves a buffer that is still whole.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn push(&self, line: &[u8], urgent: bool) {
        let mut state = self.lock();
        if state.lines >= QUEUED_LINES || state.closed {
            state.dropped += 1;
            return;
        }
        let was_empty = state.buffer.is_empty();
        state.buffer.extend_from_slice(line);
        state.lines += 1;
        let batch_full =
            state.buffer.len() >= BATCH_BYTES && state.buffer.len() - line.len() < BATCH_BYTES;
        let wake = was_empty || batch_full || (urgent && !state.urgent);
        state.urgent |= urgent;
        drop(state);
        if wake {
            self.wake.notify_all();
        }
    }

    /// The writer thread: waits for lines, lets a batch gather, writes it in one piece.
    fn write_out(&self, out: &mut impl Write) {
        let mut batch = Vec::with_capacity(BATCH_BYTES);
        loop {
            let mut state = self.lock();
            while state.buffer.is_empty() && !state.closing {
                state = self.wake.wait(state).unwrap_or_else(|e| e.into_inner());
            }
            let gathering = Instant::now();
            while !state.closing && !state.urgent && state.buffer.len() < BATCH_BYTES {
                let Some(left) = FLUSH_EVERY.checked_sub(gathering.elapsed()) else {
                    break;
                };
                state = self
                    .wake
                    .wait_timeout(state, left)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
            if state.buffer.is_empty() && state.closing {
                state.closed = true;
                drop(state);
                self.wake.notify_all();
                return;
            }
            std::mem::swap(&mut batch, &mut state.buffer);
            let lines = std::mem::take(&mut state.lines);
            state.urgent = false;
            drop(state);
            // The lock is free while writing: a stalled reader holds up this thread only.
            if out.write_all(&batch).and_then(|()| out.flush()).is_err() {
                self.lock().dropped += lines as u64;
            }
            batch.clear();
        }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        state.closing = true;
        self.shared.wake.notify_all();
        let deadline = Instant::now() + LAST_WRITE;
        while !state.closed {
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                // The reader is stalled: what is left is not waited for.
                return;
            };
            state = self
                .shared
                .wake
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }
}

/// One event's bytes on their way into the buffer (the formatter writes a whole line at once).
pub(crate) struct Line<'a> {
    shared: &'a Shared,
    urgent: bool,
}

impl Write for Line<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.shared.push(buf, self.urgent);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Log {
    type Writer = Line<'a>;

    fn make_writer(&'a self) -> Line<'a> {
        Line {
            shared: &self.shared,
            urgent: true,
        }
    }

    fn make_writer_for(&'a self, meta: &Metadata<'_>) -> Line<'a> {
        Line {
            shared: &self.shared,
            urgent: meta.target() != ACCESS_LOG,
        }
    }
}

/// RFC 3339 in UTC with microseconds, as the default format writes it
/// (`2026-11-29T12:34:56.123456Z`). The date and time up to the second are formatted once a
/// second per thread; the rest of the time only the microseconds are.
pub(crate) struct Rfc3339;

thread_local! {
    /// The whole second last formatted on this thread, and its text up to the decimal point.
    static SECOND: Cell<(u64, [u8; 20])> = const { Cell::new((u64::MAX, [0; 20])) };
}

impl FormatTime for Rfc3339 {
    fn format_time(&self, w: &mut Writer<'_>) -> fmt::Result {
        let now = SystemTime::now();
        let since_epoch = now.duration_since(UNIX_EPOCH).unwrap_or_default();
        let second = since_epoch.as_secs();
        let (cached, mut prefix) = SECOND.get();
        if cached != second {
            let t = time::OffsetDateTime::from(now);
            let mut text = &mut prefix[..];
            write!(
                text,
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute(),
                t.second()
            )
            .map_err(|_| fmt::Error)?;
            SECOND.set((second, prefix));
        }
        // Written as ASCII digits above.
        let prefix = std::str::from_utf8(&prefix).map_err(|_| fmt::Error)?;
        let mut micros = [b'0'; 7];
        let mut n = since_epoch.subsec_micros();
        for digit in micros[..6].iter_mut().rev() {
            *digit = b'0' + (n % 10) as u8;
            n /= 10;
        }
        micros[6] = b'Z';
        w.write_str(prefix)?;
        w.write_str(std::str::from_utf8(&micros).map_err(|_| fmt::Error)?)
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
                self.writer
                    .write_char(' ')
                    .and_then(|()| self.writer.write_str(value))
            } else {
                write!(self.writer, " {value:?}")
            };
        }
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        if self.result.is_ok() {
            // Without `write!`: its machinery cost more than the rest of the line.
            let unit = if field.name() == "us" { "us" } else { "" };
            self.result = self
                .writer
                .write_char(' ')
                .and_then(|()| self.writer.write_str(itoa::Buffer::new().format(value)))
                .and_then(|()| self.writer.write_str(unit));
        }
    }

    fn record_debug(&mut self, _: &Field, value: &dyn fmt::Debug) {
        if self.result.is_ok() {
            self.result = write!(self.writer, " {value:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::*;

    /// A sink whose writes go to a channel, and that can be made to block.
    struct Sink {
        sent: mpsc::Sender<Vec<u8>>,
        gate: Arc<Mutex<()>>,
    }

    impl Write for Sink {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let _open = self.gate.lock().unwrap();
            self.sent.send(buf.to_vec()).unwrap();
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn log() -> (Log, Guard, mpsc::Receiver<Vec<u8>>, Arc<Mutex<()>>) {
        let (sent, received) = mpsc::channel();
        let gate = Arc::new(Mutex::new(()));
        let (log, guard) = Log::start(Sink {
            sent,
            gate: Arc::clone(&gate),
        });
        (log, guard, received, gate)
    }

    fn write_line(log: &Log, target_is_access_log: bool, line: &str) {
        let mut w = Line {
            shared: &log.shared,
            urgent: !target_is_access_log,
        };
        w.write_all(line.as_bytes()).unwrap();
    }

    #[test]
    fn request_lines_are_written_together_and_in_order() {
        let (log, guard, received, _gate) = log();
        for i in 0..100 {
            write_line(&log, true, &format!("line {i}\n"));
        }
        drop(guard);
        let written: Vec<u8> = received.try_iter().flatten().collect();
        let expected: String = (0..100).map(|i| format!("line {i}\n")).collect();
        assert_eq!(String::from_utf8(written).unwrap(), expected);
        assert_eq!(log.dropped(), 0);
    }

    #[test]
    fn other_lines_are_written_without_waiting_for_a_batch() {
        let (log, _guard, received, _gate) = log();
        write_line(&log, false, "listening on http://127.0.0.1:1\n");
        // Well before the guard is dropped: the writer did not wait for more.
        let got = received.recv_timeout(Duration::from_secs(30)).unwrap();
        assert_eq!(got, b"listening on http://127.0.0.1:1\n");
    }

    #[test]
    fn a_stalled_reader_costs_dropped_lines_never_a_wait() {
        let (log, guard, _received, gate) = log();
        let stalled = gate.lock().unwrap();
        // The writer thread blocks in its first write, holding nothing the request threads need.
        write_line(&log, false, "first\n");
        while log.shared.lock().lines > 0 {
            thread::sleep(Duration::from_millis(1));
        }
        for _ in 0..QUEUED_LINES + 500 {
            write_line(&log, true, "a request line\n");
        }
        assert!(log.dropped() >= 500, "{}", log.dropped());
        // At exit the guard gives up on the stalled reader instead of hanging.
        drop(guard);
        drop(stalled);
    }

    #[test]
    fn the_timestamp_is_rfc_3339_with_microseconds() {
        let mut text = String::new();
        Rfc3339.format_time(&mut Writer::new(&mut text)).unwrap();
        // Twice: once formatted in full, once from this thread's second.
        let mut again = String::new();
        Rfc3339.format_time(&mut Writer::new(&mut again)).unwrap();
        for t in [&text, &again] {
            assert_eq!(t.len(), "2026-11-29T12:34:56.123456Z".len(), "{t}");
            let parsed =
                time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339);
            assert!(parsed.is_ok(), "{t}: {parsed:?}");
        }
    }
}
