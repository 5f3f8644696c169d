//! The `handout` and `handouts` commands: render, then write each file safely.

use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use anyhow::{Context, bail};
use cpt_explain_core::handout::{self, HandoutOptions, Paper, Personal};
use cpt_explain_core::{Explainer, Explanation, LanguageRequest};
use indicatif::{ProgressBar, ProgressStyle};

use crate::args::{HandoutArgs, HandoutFormat, HandoutsArgs, LayoutArgs, PaperArg};

/// What the command leaves for `main` to do: bytes for stdout, or nothing (files were written).
pub enum Outcome {
    Stdout(Vec<u8>),
    Written,
}

fn options(layout: LayoutArgs) -> anyhow::Result<HandoutOptions> {
    let opts = HandoutOptions {
        paper: match layout.paper {
            PaperArg::Letter => Paper::Letter,
            PaperArg::A4 => Paper::A4,
        },
        large_print: layout.large_print,
        personal: Personal {
            patient_name: layout.patient_name,
            date: layout.date,
            clinic: layout.clinic,
            phone: layout.phone,
        },
    };
    handout::check_personal(&opts.personal)?;
    Ok(opts)
}

fn render(
    explainer: &Explainer,
    e: &Explanation,
    format: HandoutFormat,
    opts: &HandoutOptions,
) -> anyhow::Result<Vec<u8>> {
    Ok(match format {
        HandoutFormat::Html => cpt_explain_html::handout(explainer, e, opts)?.into_bytes(),
        HandoutFormat::Pdf => cpt_explain_pdf::render(explainer, e, opts)?,
    })
}

pub fn one(explainer: &Explainer, args: HandoutArgs) -> anyhow::Result<Outcome> {
    let format = args.format.unwrap_or_else(|| match &args.output {
        Some(path)
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("pdf")) =>
        {
            HandoutFormat::Pdf
        }
        _ => HandoutFormat::Html,
    });
    if format == HandoutFormat::Pdf && args.output.is_none() && io::stdout().is_terminal() {
        bail!(
            "refusing to write a PDF to a terminal: use -o FILE, or pipe the output to a file or program"
        );
    }
    let opts = options(args.layout)?;
    let negotiated = crate::negotiate(explainer, args.lang.as_deref())?;
    let e = explainer.explain_negotiated(&args.code, negotiated)?;
    let bytes = render(explainer, &e, format, &opts)?;
    match args.output {
        Some(path) => {
            write_atomically(&path, &bytes, opts.personal != Personal::default())?;
            Ok(Outcome::Written)
        }
        None => Ok(Outcome::Stdout(bytes)),
    }
}

/// Temporary files being written, removed if the process is stopped (Ctrl-C, SIGTERM) before they
/// are renamed into place: an interrupted batch never leaves a `.part` file, with a patient's name
/// in it, behind.
static IN_PROGRESS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes unfinished temporary files on Ctrl-C or SIGTERM, then exits with 130.
pub fn clean_up_on_interrupt() {
    // If the handler cannot be set (another one is), the files are still removed on every normal
    // exit and error path, as `NamedTempFile` removes itself when dropped.
    let _ = ctrlc::set_handler(|| {
        // Held until the process ends: no other thread can start a file after this point.
        let mut in_progress = IN_PROGRESS.lock().unwrap_or_else(|e| e.into_inner());
        for path in in_progress.drain(..) {
            let _ = fs::remove_file(path);
        }
        eprintln!("error: interrupted; unfinished files were removed");
        std::process::exit(130);
    });
}

/// Writes beside the target, then renames into place: a reader never sees a half-written file.
///
/// A file with personal fields is readable by its owner only (0600). Otherwise an existing target
/// keeps its mode, and a new one gets 0644. A target that exists but is not a regular file (a device,
/// a FIFO, a directory) is refused: it is never replaced.
pub fn write_atomically(path: &Path, bytes: &[u8], personal: bool) -> anyhow::Result<()> {
    let existing = match fs::metadata(path) {
        Ok(meta) if !meta.is_file() => bail!(
            "refusing to write {}: it exists and is not a regular file (a device, FIFO or folder); choose another path",
            path.display()
        ),
        Ok(meta) => Some(meta),
        Err(_) => None,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Made and registered under one lock, so an interrupt never misses a file.
    let (mut tmp, tmp_path) = {
        let mut in_progress = IN_PROGRESS.lock().unwrap_or_else(|e| e.into_inner());
        let tmp = tempfile::Builder::new()
            .prefix(".cpt-explain-")
            .suffix(".part")
            .tempfile_in(dir)
            .with_context(|| format!("cannot write in {}", dir.display()))?;
        let path = tmp.path().to_owned();
        in_progress.push(path.clone());
        (tmp, path)
    };
    let written = (|| -> anyhow::Result<()> {
        tmp.write_all(bytes)
            .and_then(|()| tmp.as_file().sync_all())
            .with_context(|| format!("writing {}", path.display()))?;
        // The temporary file is private (0600); that stays so for personal handouts.
        #[cfg(unix)]
        if !personal {
            use std::os::unix::fs::PermissionsExt;
            let mode = existing
                .as_ref()
                .map_or(0o644, |m| m.permissions().mode() & 0o7777);
            tmp.as_file()
                .set_permissions(fs::Permissions::from_mode(mode))?;
        }
        #[cfg(not(unix))]
        let _ = (personal, &existing);
        tmp.persist(path)
            .map(drop)
            .with_context(|| format!("cannot create {}", path.display()))
    })();
    IN_PROGRESS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|p| p != &tmp_path);
    written
}

struct Job {
    code: String,
    tag: String,
    format: HandoutFormat,
}

pub fn many(explainer: &Explainer, args: HandoutsArgs) -> anyhow::Result<Outcome> {
    let opts = options(args.layout)?;
    let locales = explainer.locales();
    let tags: Vec<String> = if args.lang.is_empty() {
        locales.all().iter().map(|l| l.info.tag.clone()).collect()
    } else {
        args.lang
            .iter()
            .map(|l| {
                Ok(locales
                    .negotiate_strict(&LanguageRequest::parse(l))
                    .context("--lang")?
                    .locale)
            })
            .collect::<anyhow::Result<_>>()?
    };
    let codes: Vec<String> = if args.code.is_empty() {
        explainer
            .catalog()
            .codes()
            .iter()
            .map(|c| c.code.to_string())
            .collect()
    } else {
        args.code
            .iter()
            .map(|c| {
                explainer.explain(c, &LanguageRequest::none())?;
                Ok(c.trim().to_owned())
            })
            .collect::<anyhow::Result<_>>()?
    };
    let personal = opts.personal != Personal::default();
    let mut formats = args.format.clone();
    formats.dedup();
    let mut jobs = Vec::new();
    for tag in &tags {
        fs::create_dir_all(args.out.join(tag))
            .with_context(|| format!("cannot create {}", args.out.join(tag).display()))?;
        for code in &codes {
            for &format in &formats {
                jobs.push(Job {
                    code: code.clone(),
                    tag: tag.clone(),
                    format,
                });
            }
        }
    }

    let started = Instant::now();
    let bar = ProgressBar::new(jobs.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    if !io::stderr().is_terminal() {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let path = target(&args.out, job);
                    let result = locales
                        .negotiate_strict(&LanguageRequest::parse(&job.tag))
                        .map_err(anyhow::Error::from)
                        .and_then(|n| Ok(explainer.explain_negotiated(&job.code, n)?))
                        .and_then(|e| render(explainer, &e, job.format, &opts))
                        .and_then(|bytes| write_atomically(&path, &bytes, personal));
                    if let Err(err) = result {
                        let line = format!("{}: {err:#}", path.display());
                        bar.suspend(|| eprintln!("error: {line}"));
                        failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(line);
                    }
                    bar.set_message(format!(
                        "{}/{}.{}",
                        job.tag,
                        job.code,
                        job.format.extension()
                    ));
                    bar.inc(1);
                }
            });
        }
    });
    bar.finish_and_clear();
    let failed = failures
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .len();
    let written = jobs.len() - failed;
    eprintln!(
        "wrote {written} of {} handouts ({} codes x {} languages x {}) to {} in {:.1} s",
        jobs.len(),
        codes.len(),
        tags.len(),
        formats
            .iter()
            .map(|f| f.extension())
            .collect::<Vec<_>>()
            .join("+"),
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    if failed > 0 {
        bail!("{failed} handouts failed; see the errors above");
    }
    Ok(Outcome::Written)
}

fn target(out: &Path, job: &Job) -> PathBuf {
    out.join(&job.tag)
        .join(format!("{}.{}", job.code, job.format.extension()))
}
