//! The accept loop: HTTP/1.1 connections through hyper with a timer, each bounded in time and
//! number, and a graceful stop with a deadline (hyper-util's).
//!
//! - A client has [`ServerConfig::header_timeout`] to send a request's head (hyper's own limit), and
//!   a connection may wait [`ServerConfig::idle_timeout`] for the next byte and
//!   [`ServerConfig::write_timeout`] for a client to take the next piece of a response: a slow or
//!   stalled client is closed, never waited on forever. The three share one timer per connection
//!   ([`crate::timeouts`]).
//! - At most [`ServerConfig::max_connections`] are open at once; one more is answered `503` with
//!   `Retry-After` and closed at once, while the others are served as usual.
//! - On SIGTERM or Ctrl-C the listener closes, requests in flight get [`ServerConfig::grace`] to
//!   finish, then whatever is left is closed.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;

use crate::timeouts::{Deadlines, HeaderTimer, Watched};
use crate::{ServerConfig, app};

/// What a connection past the limit is told before it is closed.
const TOO_MANY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nretry-after: 1\r\nconnection: close\r\ncontent-length: 78\r\n\r\n{\"error\":\"too_many_connections\",\"message\":\"too many connections; try again\"}\r\n";

/// Runs the server on `addr` until Ctrl-C or SIGTERM, then stops gracefully.
///
/// Raises the soft limit on open files to the hard one first, so the connection cap, not the
/// process, decides how many clients are served.
pub async fn serve(addr: SocketAddr, config: &ServerConfig) -> std::io::Result<()> {
    if let Err(err) = rlimit::increase_nofile_limit(u64::MAX) {
        tracing::warn!("could not raise the open-file limit: {err}");
    }
    let listener = TcpListener::bind(addr).await?;
    tracing::info!("listening on http://{}", listener.local_addr()?);
    serve_listener(listener, config, shutdown_signal()).await
}

/// Runs the server on a bound listener until `shutdown` completes, then stops gracefully: no new
/// connections, requests in flight get `config.grace` to finish, then the rest are closed.
pub async fn serve_listener(
    listener: TcpListener,
    config: &ServerConfig,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let mut config = config.clone();
    if config.public_url.is_none() {
        config.public_url = Some(format!("http://{}", listener.local_addr()?));
    }
    let config = &config;
    let router = app(config)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e.message))?;
    // HTTP/1.1 only: TLS and HTTP/2 are for the proxy in front (see the README).
    let mut http = http1::Builder::new();
    http.header_read_timeout(config.header_timeout)
        .keep_alive(true);
    let slots = Arc::new(Semaphore::new(config.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut shutdown = pin!(shutdown);
    loop {
        let (stream, _peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Out of file descriptors, or a connection reset before it was accepted:
                    // wait a moment rather than spin.
                    tracing::warn!("accept failed: {err}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(slot) = Arc::clone(&slots).try_acquire_owned() else {
            tokio::spawn(refuse(stream));
            continue;
        };
        let _ = stream.set_nodelay(true);
        let deadlines = Arc::new(Deadlines::default());
        let io = Watched::new(
            stream,
            Arc::clone(&deadlines),
            config.idle_timeout,
            config.write_timeout,
        );
        let mut http = http.clone();
        http.timer(HeaderTimer(deadlines));
        let service = TowerToHyperService::new(router.clone());
        let connection = graceful.watch(http.serve_connection(TokioIo::new(io), service));
        tokio::spawn(async move {
            // Errors here are a client's doing (gone, too slow): nothing to report.
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    tracing::info!("shutting down: finishing requests in flight");
    if tokio::time::timeout(config.grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            "requests still in flight after {} s: closing them",
            config.grace.as_secs_f32()
        );
    }
    Ok(())
}

/// Tells a connection past the limit to come back later, and closes it.
async fn refuse(mut stream: TcpStream) {
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        let _ = stream.write_all(TOO_MANY).await;
        let _ = stream.shutdown().await;
    })
    .await;
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
