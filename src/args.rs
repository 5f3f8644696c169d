//! Command-line arguments.

use clap::builder::TypedValueParser;
use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  cpt-explain explain 62324                   explain in the language of your environment, else English
  cpt-explain explain 62324 --lang es         in Spanish
  cpt-explain explain 62324 --lang 'pt-BR,es;q=0.8' --format json
  cpt-explain codes --lang zh-Hans            the codes we explain, with titles in Chinese
  cpt-explain locales                         the languages and their review status
  cpt-explain review status                   what qualified reviewers have signed off, per language
  cpt-explain review export --lang es -o es.xlf   the Spanish texts for a translator (XLIFF 2.0)
  cpt-explain handout 62324 --lang ar --format pdf -o handout.pdf --patient-name 'Ana Pérez'
  cpt-explain handouts --out handouts         every code in every language, PDF and HTML
  cpt-explain picture 62324 --lang vi -o 62324.svg   the picture of where, as an SVG file

Languages: en es zh-Hans ru ar vi fr de ko tl zh-Hant pt ht fa. --lang takes a tag (es-MX), a preference list
(Accept-Language form) or a POSIX locale (es_MX.UTF-8). Without --lang, LC_ALL, LC_MESSAGES
and LANG decide, then English.";

/// Explains CPT procedure codes to patients in plain words, in fourteen languages.
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
    /// Make one printable handout (HTML or PDF)
    #[command(
        after_help = "Examples:\n  cpt-explain handout 62324 --lang es > handout.html\n  cpt-explain handout 62324 --lang ar --format pdf -o handout.pdf --clinic 'Spine Clinic' --phone '555-0100'\n  cpt-explain handout 62320 --lang ko --paper a4 --large-print -o handout.pdf"
    )]
    Handout(HandoutArgs),
    /// Make handouts for many codes and languages at once, into a folder
    #[command(
        after_help = "Examples:\n  cpt-explain handouts --out handouts                      every code in every language, PDF and HTML\n  cpt-explain handouts --out out --format pdf --lang es,vi --code 62324,62325\n\nFiles are named DIR/<language>/<code>.<format>, for example handouts/es/62324.pdf."
    )]
    Handouts(HandoutsArgs),
    /// Draw the picture of where: the spine, the part the code is about, the needle (SVG)
    #[command(
        after_help = "Examples:\n  cpt-explain picture 62324 --lang es -o 62324-es.svg\n  cpt-explain picture 62323 > 62323.svg\n\nThe same picture the handouts show, labelled in the language asked for."
    )]
    Picture(PictureArgs),
    /// Serve explanations, pages, handouts and HL7 Infobutton feeds over HTTP
    #[command(
        after_help = "Examples:\n  cpt-explain serve\n  cpt-explain serve --addr 0.0.0.0:8080 --allow-origin https://portal.example.org --frame-ancestors https://portal.example.org\n  cpt-explain serve --max-connections 4096 --cache-mib 256 --grace 30\n  curl 'http://127.0.0.1:8080/v1/explanations/62324?lang=es'\n\nEvery limit has a default a hospital can live with; see \"Running it in production\" in the README."
    )]
    Serve(ServeArgs),
    /// Get the texts reviewed: what is signed off, files for reviewers, their sign-offs back
    #[command(subcommand)]
    Review(ReviewCommand),
}

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Per language: units reviewed, waiting, stale and unreviewed, and what changed
    #[command(
        after_help = "Examples:\n  cpt-explain review status\n  cpt-explain review status --lang es --format json\n\nIt informs and always exits 0 when it can read the texts."
    )]
    Status(ReviewStatusArgs),
    /// Write one language's texts for a reviewer: XLIFF 2.0 for translation tools, or an HTML sheet to print
    #[command(
        after_help = "Examples:\n  cpt-explain review export --lang es -o es.xlf\n  cpt-explain review export --lang es --format html -o es.html\n  cpt-explain review export --lang en --kind clinical -o en.xlf"
    )]
    Export(ReviewExportArgs),
    /// Record a reviewer's sign-off from the XLIFF file they return, with their corrections
    #[command(
        after_help = "Example:\n  cpt-explain review import es.xlf --reviewer 'Ana Pérez' --qualification 'CCHI CoreCHI-P, Spanish'\n\nUnits marked final are signed off; corrected texts are written into the .ftl files. A file with\nany problem is refused as a whole, one line per problem, and nothing is written."
    )]
    Import(ReviewImportArgs),
}

/// Where the texts are, for the review commands.
#[derive(Debug, Args)]
pub struct LocalesDirArg {
    /// The locales folder to read (and, for import, write) [default: ./locales]
    #[arg(long = "locales", value_name = "DIR", default_value = "locales")]
    pub dir: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub struct ReviewStatusArgs {
    /// One language (a tag of the locale table, such as es or zh-Hans) [default: all]
    #[arg(long, short)]
    pub lang: Option<String>,
    /// Output format
    #[arg(long, short, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
    #[command(flatten)]
    pub locales: LocalesDirArg,
}

#[derive(Debug, Args)]
pub struct ReviewExportArgs {
    /// The language (a tag of the locale table, such as es or zh-Hans; en with --kind clinical)
    #[arg(long, short)]
    pub lang: String,
    /// Translation review against the English, or clinical review of the English itself
    #[arg(long, value_enum, default_value_t = ReviewKindArg::Translation)]
    pub kind: ReviewKindArg,
    /// XLIFF 2.0 for translation tools, or an HTML sheet to print
    #[arg(long, short, value_enum, default_value_t = ReviewFormat::Xliff)]
    pub format: ReviewFormat,
    /// Write to this file instead of stdout (written whole, then renamed into place)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub locales: LocalesDirArg,
}

#[derive(Debug, Args)]
pub struct ReviewImportArgs {
    /// The XLIFF file the reviewer returned
    pub file: std::path::PathBuf,
    /// The reviewer's name, as it goes into the record
    #[arg(long, value_name = "NAME")]
    pub reviewer: String,
    /// The reviewer's qualification, in their words (for example "CCHI CoreCHI-P, Spanish")
    #[arg(long, value_name = "TEXT")]
    pub qualification: String,
    /// The language the file must be for [default: the file's target language]
    #[arg(long, short)]
    pub lang: Option<String>,
    /// The kind of review the file must be [default: clinical for en, translation otherwise]
    #[arg(long, value_enum)]
    pub kind: Option<ReviewKindArg>,
    /// The date of the review, YYYY-MM-DD [default: today, UTC]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    #[command(flatten)]
    pub locales: LocalesDirArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReviewKindArg {
    /// A translation checked against the English by a qualified medical translator
    Translation,
    /// The English checked by a clinician
    Clinical,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReviewFormat {
    Xliff,
    Html,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// Origin allowed to call the API from a browser (CORS); repeat for more [default: none]
    #[arg(long, value_name = "ORIGIN")]
    pub allow_origin: Vec<String>,
    /// Source allowed to show /explain pages in an iframe (CSP frame-ancestors); repeat for more
    #[arg(long, value_name = "SOURCE", default_values_t = ["'self'".to_owned()])]
    pub frame_ancestors: Vec<String>,
    /// The absolute URL the service is reached at, for links in Infobutton answers, pages and
    /// OpenAPI (never taken from the Host header) [default: http://ADDR]
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// Memory for rendered responses, in MiB (least recently used out first)
    #[arg(long, value_name = "MIB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=65536))]
    pub cache_mib: u64,
    /// Connections open at once; more are answered 503 and closed
    #[arg(long, value_name = "N", default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..=1_000_000).map(|n| n as usize))]
    pub max_connections: usize,
    /// Seconds a client has to send a request's head (on a kept-alive connection, from the previous response)
    #[arg(long, value_name = "SECONDS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// Seconds a connection may wait for the client's next byte (in a body, or between requests)
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub idle_timeout: u64,
    /// Seconds a write may wait for a client that does not read its response
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub write_timeout: u64,
    /// Seconds requests in flight get to finish after SIGTERM or Ctrl-C
    #[arg(long, value_name = "SECONDS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub grace: u64,
    /// Handouts typeset at once [default: the number of cores]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1024).map(|n| n as usize))]
    pub renders: Option<usize>,
    /// Handout requests that may wait for a typesetter; past that, 503 [default: 32 x cores]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=100_000).map(|n| n as usize))]
    pub render_queue: Option<usize>,
    /// Seconds a handout request waits for a typesetter before 503
    #[arg(long, value_name = "SECONDS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub render_wait: u64,
}

/// Layout and personal fields, shared by `handout` and `handouts`.
#[derive(Debug, Args)]
pub struct LayoutArgs {
    /// Paper size
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub paper: PaperArg,
    /// Large print: body text of at least 16 pt, for low vision
    #[arg(long)]
    pub large_print: bool,
    /// Patient's name, printed at the top (printed exactly as given)
    #[arg(long, value_name = "NAME")]
    pub patient_name: Option<String>,
    /// Date, printed at the top as given (for example 2026-11-26)
    #[arg(long)]
    pub date: Option<String>,
    /// Clinic's name, printed at the top
    #[arg(long)]
    pub clinic: Option<String>,
    /// Clinic's phone number, printed in "When to get help"
    #[arg(long)]
    pub phone: Option<String>,
}

#[derive(Debug, Args)]
pub struct HandoutArgs {
    /// The five-digit CPT code, such as 62324
    pub code: String,
    /// Language: a tag, a preference list or a POSIX locale [default: from the environment, else en]
    #[arg(long, short)]
    pub lang: Option<String>,
    /// Output format [default: pdf when --output ends in .pdf, else html]
    #[arg(long, short, value_enum)]
    pub format: Option<HandoutFormat>,
    /// Write to this file instead of stdout (written whole, then renamed into place)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub layout: LayoutArgs,
}

#[derive(Debug, Args)]
pub struct PictureArgs {
    /// The five-digit CPT code, such as 62324
    pub code: String,
    /// Language: a tag, a preference list or a POSIX locale [default: from the environment, else en]
    #[arg(long, short)]
    pub lang: Option<String>,
    /// Write to this file instead of stdout (written whole, then renamed into place)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct HandoutsArgs {
    /// Folder to write into (created if missing)
    #[arg(long, short, value_name = "DIR")]
    pub out: std::path::PathBuf,
    /// Formats, comma-separated
    #[arg(long, short, value_enum, value_delimiter = ',', default_values_t = [HandoutFormat::Pdf, HandoutFormat::Html])]
    pub format: Vec<HandoutFormat>,
    /// Languages, comma-separated tags [default: all]
    #[arg(long, short, value_delimiter = ',')]
    pub lang: Vec<String>,
    /// Codes, comma-separated [default: all]
    #[arg(long, short, value_delimiter = ',')]
    pub code: Vec<String>,
    #[command(flatten)]
    pub layout: LayoutArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum HandoutFormat {
    Html,
    Pdf,
}

impl HandoutFormat {
    pub fn extension(self) -> &'static str {
        match self {
            HandoutFormat::Html => "html",
            HandoutFormat::Pdf => "pdf",
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PaperArg {
    Letter,
    A4,
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
