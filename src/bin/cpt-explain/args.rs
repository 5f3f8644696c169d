//! Command-line arguments.

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  cpt-explain explain 62324                   explain in the language of your environment, else English
  cpt-explain explain 62324 --lang es         in Spanish
  cpt-explain explain 62324 --lang 'pt-BR,es;q=0.8' --format json
  cpt-explain codes --lang zh-Hans            the codes we explain, with titles in Chinese
  cpt-explain locales                         the ten languages and their review status

Languages: en es zh-Hans ru ar vi fr de ko tl. --lang takes a tag (es-MX), a preference list
(Accept-Language form) or a POSIX locale (es_MX.UTF-8). Without --lang, LC_ALL, LC_MESSAGES
and LANG decide, then English.";

/// Explains CPT procedure codes to patients in plain words, in ten languages.
#[derive(Debug, Parser)]
#[command(name = "cpt-explain", version, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Explain one code in plain words
    #[command(after_help = "Example:\n  cpt-explain explain 62324 --lang ar --format markdown")]
    Explain(ExplainArgs),
    /// List the codes we explain, with their titles
    Codes(ListArgs),
    /// List the languages, with their review status
    Locales(ListArgs),
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The five-digit CPT code, such as 62324
    pub code: String,
    /// Language: a tag, a preference list or a POSIX locale [default: from the environment, else en]
    #[arg(long, short)]
    pub lang: Option<String>,
    /// Output format
    #[arg(long, short, value_enum, default_value_t = ExplainFormat::Text)]
    pub format: ExplainFormat,
    /// Wrap text output at this many columns [default: the terminal's width]
    #[arg(long, value_parser = clap::value_parser!(u16).range(30..=200))]
    pub width: Option<u16>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Language of the titles (see `explain --help`)
    #[arg(long, short)]
    pub lang: Option<String>,
    /// Output format
    #[arg(long, short, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExplainFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}
