//! Output formats: each turns an [`Explanation`](crate::Explanation) into bytes to show or print.

pub mod markdown;
pub mod text;
