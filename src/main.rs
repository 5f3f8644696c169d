//! The `cpt-explain` command: parses arguments, calls the library, writes the result.

mod args;
mod ftl;
mod handouts;
mod log;
mod review;
mod xliff;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use clap::error::ErrorKind;
use cpt_explain_core::render::{markdown, text};
use cpt_explain_core::{Explainer, LanguageRequest, Negotiated};

use crate::args::{
    Cli, Command, ExplainArgs, ExplainFormat, ListArgs, ListFormat, PictureArgs, ReviewCommand,
};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return clap_error(err),
    };
    match run(cli) {
        Ok(handouts::Outcome::Stdout(output)) => write_stdout(&output),
        Ok(handouts::Outcome::Written) => ExitCode::SUCCESS,
        Err(err) => {
            // A refused import has a line per problem; every other error is one line.
            match err.downcast_ref::<review::Refused>() {
                Some(refused) => eprintln!("error: {refused}"),
                None => eprintln!("error: {err:#}"),
            }
            ExitCode::from(2)
        }
    }
}

/// Runs one command and returns what goes to stdout. Nothing is written before it succeeds.
fn run(cli: Cli) -> anyhow::Result<handouts::Outcome> {
    let explainer = Explainer::global();
    let stdout = handouts::Outcome::Stdout;
    match cli.command {
        Command::Explain(args) => explain(explainer, args).map(stdout),
        Command::Codes(args) => codes(explainer, args).map(stdout),
        Command::Locales(args) => locales(explainer, args).map(stdout),
        Command::Handout(args) => {
            handouts::clean_up_on_interrupt();
            handouts::one(explainer, args)
        }
        Command::Handouts(args) => {
            handouts::clean_up_on_interrupt();
            handouts::many(explainer, args)
        }
        Command::Picture(args) => {
            handouts::clean_up_on_interrupt();
            picture(explainer, args)
        }
        Command::Serve(args) => serve(args).map(|()| handouts::Outcome::Written),
        Command::Review(ReviewCommand::Status(args)) => review::status(args).map(stdout),
        Command::Review(ReviewCommand::Export(args)) => review::export(args),
        Command::Review(ReviewCommand::Import(args)) => review::import(args).map(stdout),
    }
}

fn explain(explainer: &Explainer, args: ExplainArgs) -> anyhow::Result<Vec<u8>> {
    let negotiated = negotiate(explainer, args.lang.as_deref())?;
    let e = explainer.explain_negotiated(&args.code, negotiated)?;
    let out = match args.format {
        ExplainFormat::Text => {
            text::render(&e, args.width.map_or_else(textwrap::termwidth, usize::from))
        }
        ExplainFormat::Markdown => markdown::render(&e),
        ExplainFormat::Json => serde_json::to_string_pretty(&e)? + "\n",
    };
    Ok(out.into_bytes())
}

/// The picture of where as an SVG file, or on stdout.
fn picture(explainer: &Explainer, args: PictureArgs) -> anyhow::Result<handouts::Outcome> {
    let negotiated = negotiate(explainer, args.lang.as_deref())?;
    let code = cpt_explain_core::ProcedureCode::parse(&args.code)?;
    let picture = explainer.picture(code, negotiated.id)?;
    let svg = cpt_explain_html::picture_svg(&picture)?.into_bytes();
    match args.output {
        Some(path) => {
            handouts::write_atomically(&path, &svg, false)?;
            Ok(handouts::Outcome::Written)
        }
        None => Ok(handouts::Outcome::Stdout(svg)),
    }
}

fn codes(explainer: &Explainer, args: ListArgs) -> anyhow::Result<Vec<u8>> {
    let negotiated = negotiate(explainer, args.lang.as_deref())?;
    let codes = explainer.codes(&negotiated)?;
    Ok(match args.format {
        ListFormat::Json => serde_json::to_string_pretty(&codes)? + "\n",
        ListFormat::Text => codes
            .iter()
            .map(|c| {
                format!(
                    "{}  {}\n",
                    c.code,
                    cpt_explain_core::i18n::strip_bidi(&c.title)
                )
            })
            .collect(),
    }
    .into_bytes())
}

fn locales(explainer: &Explainer, args: ListArgs) -> anyhow::Result<Vec<u8>> {
    let summaries = explainer.locale_summaries()?;
    Ok(match args.format {
        ListFormat::Json => serde_json::to_string_pretty(&summaries)? + "\n",
        ListFormat::Text => summaries
            .iter()
            .map(|l| {
                // Pad by display width (CJK names take two columns a character) to the widest name.
                let widest = summaries
                    .iter()
                    .map(|l| textwrap::core::display_width(&l.info.name))
                    .max()
                    .unwrap_or_default();
                let pad = widest.saturating_sub(textwrap::core::display_width(&l.info.name));
                format!(
                    "{:<8} {}{} {}  {} ({} of {} units reviewed)\n",
                    l.info.tag,
                    l.info.name,
                    " ".repeat(pad),
                    l.info.direction.as_str(),
                    l.review_status.as_str(),
                    l.review.reviewed,
                    l.review.total,
                )
            })
            .collect(),
    }
    .into_bytes())
}

fn serve(args: crate::args::ServeArgs) -> anyhow::Result<()> {
    let format = tracing_subscriber::fmt::format()
        .with_target(false)
        .with_ansi(io::stderr().is_terminal())
        .with_timer(log::Rfc3339);
    let (writer, guard) = log::Log::to_stderr().context("standard error")?;
    let dropped = writer.clone();
    tracing_subscriber::fmt()
        .with_writer(writer)
        .event_format(log::Lines { default: format })
        .init();
    let defaults = cpt_explain_server::ServerConfig::default();
    let seconds = std::time::Duration::from_secs;
    let config = cpt_explain_server::ServerConfig {
        allow_origins: args.allow_origin,
        frame_ancestors: args.frame_ancestors,
        public_url: args.public_url,
        cache_bytes: args.cache_mib * 1024 * 1024,
        max_connections: args.max_connections,
        header_timeout: seconds(args.header_timeout),
        idle_timeout: seconds(args.idle_timeout),
        write_timeout: seconds(args.write_timeout),
        grace: seconds(args.grace),
        renders: args.renders.unwrap_or(defaults.renders),
        render_queue: args.render_queue.unwrap_or(defaults.render_queue),
        render_wait: seconds(args.render_wait),
    };
    // Parse everything before the first request.
    let _ = Explainer::global();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let served = runtime.block_on(cpt_explain_server::serve(args.addr, &config));
    // Connections left after the grace period are dropped with the runtime, not waited for.
    runtime.shutdown_timeout(std::time::Duration::from_millis(100));
    let dropped = dropped.dropped();
    if dropped > 0 {
        tracing::warn!("{dropped} log lines were dropped while standard error was not being read");
    }
    // Flushes what is queued.
    drop(guard);
    served.with_context(|| format!("serving on {}", args.addr))
}

/// An explicit `--lang` must match one of our locales; the environment only suggests one.
pub(crate) fn negotiate(explainer: &Explainer, lang: Option<&str>) -> anyhow::Result<Negotiated> {
    let locales = explainer.locales();
    let negotiated = match lang {
        Some(lang) => {
            let request = LanguageRequest::parse(lang);
            locales.negotiate_strict(&request).context("--lang")?
        }
        None => {
            let request = LanguageRequest::from_env().unwrap_or_else(LanguageRequest::none);
            locales.negotiate_or_default(&request)
        }
    };
    if negotiated.fallback && lang.is_some() {
        let info = &locales.get(negotiated.id).info;
        eprintln!(
            "note: {:?} is not available as asked; showing {} ({}), the nearest we have",
            negotiated.requested, info.tag, info.name
        );
    }
    Ok(negotiated)
}

fn write_stdout(bytes: &[u8]) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`| head`): nothing more to say.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: writing output: {err}");
            ExitCode::from(2)
        }
    }
}

/// Help and version go to stdout as usual; usage errors become one line on stderr.
fn clap_error(err: clap::Error) -> ExitCode {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = err.print();
            ExitCode::SUCCESS
        }
        _ => {
            let rendered = err.render().to_string();
            let line = rendered
                .lines()
                .map(str::trim)
                .filter(|l| {
                    !l.is_empty()
                        && !l.starts_with("Usage:")
                        && !l.starts_with("For more information")
                })
                .collect::<Vec<_>>()
                .join(" ");
            eprintln!("{line}; see 'cpt-explain --help'");
            ExitCode::from(2)
        }
    }
}
