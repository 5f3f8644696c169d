//! Typesetting handouts off the threads that answer requests, a few at a time.
//!
//! A semaphore sized to the cores stands in front of tokio's blocking pool, with a short queue:
//! past the queue, or after waiting too long, the answer is `503` with `Retry-After`, never an
//! unbounded pile of threads. A render that has started runs to its end with its permit, even if
//! the client has gone, so the count of renders under way never exceeds the limit.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::AppError;

pub(crate) struct Renders {
    permits: Arc<Semaphore>,
    waiting: AtomicUsize,
    queue: usize,
    wait: Duration,
}

impl Renders {
    pub(crate) fn new(renders: usize, queue: usize, wait: Duration) -> Renders {
        Renders {
            permits: Arc::new(Semaphore::new(renders.max(1))),
            waiting: AtomicUsize::new(0),
            queue,
            wait,
        }
    }

    /// Runs `render` on the blocking pool once a typesetter is free.
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        render: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let permit = match Arc::clone(&self.permits).try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                if self.waiting.fetch_add(1, Ordering::AcqRel) >= self.queue {
                    self.waiting.fetch_sub(1, Ordering::AcqRel);
                    return Err(AppError::busy());
                }
                let acquired =
                    tokio::time::timeout(self.wait, Arc::clone(&self.permits).acquire_owned())
                        .await;
                self.waiting.fetch_sub(1, Ordering::AcqRel);
                match acquired {
                    Ok(Ok(permit)) => permit,
                    _ => return Err(AppError::busy()),
                }
            }
        };
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            render()
        })
        .await
        .map_err(AppError::internal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn past_the_queue_the_answer_is_busy() {
        let renders = Arc::new(Renders::new(1, 1, Duration::from_secs(5)));
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let first = {
            let renders = Arc::clone(&renders);
            tokio::spawn(async move { renders.run(move || hold.recv().ok()).await })
        };
        tokio::time::sleep(Duration::from_millis(50)).await;
        let second = {
            let renders = Arc::clone(&renders);
            tokio::spawn(async move { renders.run(|| 2).await })
        };
        tokio::time::sleep(Duration::from_millis(50)).await;
        // One renders, one waits: the third finds the queue full.
        let third = renders.run(|| 3).await;
        assert_eq!(
            third.unwrap_err().status,
            axum::http::StatusCode::SERVICE_UNAVAILABLE
        );
        release.send(()).unwrap();
        assert!(first.await.unwrap().is_ok());
        assert_eq!(second.await.unwrap().unwrap(), 2);
    }
}
