// The browser suite: drives a real headless Chromium (Debian's) against the running service's pages
// and HTML handouts, for every code in every locale, and checks what a reader would meet:
//
// - accessibility: axe-core finds no violation of impact "serious" or "critical";
// - layout at 320 px wide: no horizontal scrolling; the language switcher and the emergency block
//   are on screen; `dir` on the page and on each switcher name; `lang` and `hreflang` on each link;
// - line breaks: no word of a keep-all locale (Korean) is split across lines, and no code number
//   or URL is, in any locale (measured with the browser's own layout: a word's client rects);
// - the picture of where: every label inside the picture and no two overlapping, at 320 px and at a
//   desktop width;
// - print: Chromium's print-to-PDF of each HTML handout fits in two pages on Letter and on A4.
//
// It keeps one screenshot per locale (the page for one code, at 320 px) and the Arabic handout
// with every personal field, as Chromium shows the HTML and as the PDF prints (page 1), under
// the output folder, for a reviewer to look at.
//
// Usage: node suite.mjs --base http://127.0.0.1:PORT --out DIR [--chromium /usr/bin/chromium]
// scripts/browser-test starts the service and runs this; see "The browser suite" in the README.

import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import path from "node:path";

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    base: { type: "string" },
    out: { type: "string" },
    chromium: { type: "string", default: "/usr/bin/chromium" },
    jobs: { type: "string", default: "2" },
  },
});
if (!args.base || !args.out) {
  console.error("usage: node suite.mjs --base http://127.0.0.1:PORT --out DIR [--chromium PATH]");
  process.exit(2);
}
const base = args.base.replace(/\/$/, "");
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");

// The codes and locales come from the service itself, so a new row in either table is covered.
const getJson = async (p) => {
  const r = await fetch(base + p);
  if (!r.ok) throw new Error(`${p}: ${r.status}`);
  return r.json();
};
const codes = (await getJson("/v1/codes?lang=en")).map((c) => c.code);
const locales = await getJson("/v1/locales");

// The personal fields of the handout kept as a picture: the values the review found reversed.
const personal = {
  patient_name: "Ana (Pérez) <b>",
  date: "2026-11-26",
  clinic: "Clínica (Norte)",
  phone: "+1 (555) 010-0199",
};

const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

const browser = await chromium.launch({
  executablePath: args.chromium,
  // As the machine's notes say: no background networking, so Chromium makes no connection beyond
  // loopback; a fresh profile each run.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--font-render-hinting=none",
  ],
});

// In the page: everything measured with the browser's own layout.
function measure({ keepAll, isPage }) {
  const vw = document.documentElement.clientWidth;
  const out = {
    dir: document.documentElement.getAttribute("dir"),
    lang: document.documentElement.getAttribute("lang"),
    scrollWidth: document.documentElement.scrollWidth,
    viewport: vw,
    offscreen: [],
    split: [],
    links: [],
  };
  const onScreen = (sel) => {
    const el = document.querySelector(sel);
    if (!el) return `${sel} missing`;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return `${sel} not shown`;
    if (r.left < -1 || r.right > vw + 1) return `${sel} runs off screen (${r.left}..${r.right} of ${vw})`;
    return null;
  };
  // The page has the language switcher; a handout has none.
  for (const sel of isPage ? ["nav", "section.emergency"] : ["section.emergency"]) {
    const problem = onScreen(sel);
    if (problem) out.offscreen.push(problem);
  }
  for (const a of document.querySelectorAll("nav a")) {
    out.links.push({
      text: a.textContent,
      lang: a.getAttribute("lang"),
      hreflang: a.getAttribute("hreflang"),
      dir: a.getAttribute("dir"),
    });
  }
  // The picture of where: every label inside the picture, no two labels overlapping.
  out.labels = 0;
  out.picture = [];
  const svg = document.querySelector("figure.picture svg");
  if (svg) {
    const frame = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll("text.label")].map((t) => ({ id: t.id, r: t.getBoundingClientRect() }));
    out.labels = labels.length;
    for (const { id, r } of labels) {
      if (r.width === 0) out.picture.push(`${id} not drawn`);
      if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5) {
        out.picture.push(`${id} leaves the picture`);
      }
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i].r;
        const b = labels[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) out.picture.push(`${labels[i].id} overlaps ${labels[j].id}`);
      }
    }
  }
  // Words, code numbers and URLs: a token whose client rects sit on more than one line is split.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const pattern = keepAll ? /[^\s]+/g : /\bhttps?:\/\/[^\s]+|(?<![\d])\d{5}(?![\d])/g;
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest("style, script, title")) continue;
    const text = node.nodeValue;
    for (const m of text.matchAll(pattern)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set();
      for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
      // Rects of one line can differ by a pixel or two (marks, fallback fonts): lines are further.
      const sorted = [...tops].sort((a, b) => a - b);
      if (sorted.length > 1 && sorted[sorted.length - 1] - sorted[0] > 8) out.split.push(m[0]);
    }
  }
  return out;
}

async function axe(page, where) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  for (const v of result) {
    if (v.impact === "serious" || v.impact === "critical") {
      fail(where, `axe ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(", ")}`);
    }
  }
}

function checkLayout(where, m, locale, { page }) {
  if (m.lang !== locale.tag) fail(where, `lang="${m.lang}", expected ${locale.tag}`);
  if (m.dir !== locale.direction) fail(where, `dir="${m.dir}", expected ${locale.direction}`);
  if (m.scrollWidth > m.viewport) fail(where, `scrolls sideways at 320 px (${m.scrollWidth} > ${m.viewport})`);
  for (const o of m.offscreen) fail(where, o);
  for (const s of m.split) fail(where, `split across lines: ${JSON.stringify(s)}`);
  if (m.labels < 4) fail(where, `the picture has ${m.labels} labels`);
  for (const p of m.picture) fail(where, `picture: ${p}`);
  if (page) {
    if (m.links.length !== locales.length) fail(where, `${m.links.length} language links, expected ${locales.length}`);
    for (const l of m.links) {
      const want = locales.find((x) => x.tag === l.lang);
      if (!want) fail(where, `link ${JSON.stringify(l.text)} has lang=${l.lang}`);
      else {
        if (l.hreflang !== want.tag) fail(where, `link ${want.tag} has hreflang=${l.hreflang}`);
        if (l.dir !== want.direction) fail(where, `link ${want.tag} has dir=${l.dir}`);
        if (l.text !== want.name) fail(where, `link ${want.tag} reads ${JSON.stringify(l.text)}`);
      }
    }
  }
}

const pdfPages = (buf) => (buf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) || []).length;

async function checkOne(context, locale, code) {
  const keepAll = locale.line_break === "keep-all";
  const page = await context.newPage();
  try {
    // The page, as a portal embeds it.
    const where = `${locale.tag} ${code} page`;
    const resp = await page.goto(`${base}/explain/${code}?lang=${encodeURIComponent(locale.tag)}`);
    if (!resp.ok()) fail(where, `status ${resp.status()}`);
    checkLayout(where, await page.evaluate(measure, { keepAll, isPage: true }), locale, { page: true });
    // The picture at a desktop width too, where it sits beside the summary, smaller.
    await page.setViewportSize({ width: 1100, height: 800 });
    const wide = await page.evaluate(measure, { keepAll, isPage: true });
    for (const p of wide.picture) fail(`${where} at 1100 px`, `picture: ${p}`);
    await page.setViewportSize({ width: 320, height: 640 });
    await axe(page, where);
    if (code === "62324") {
      await page.screenshot({ path: path.join(args.out, "screens", `${locale.tag}-${code}-320px.png`), fullPage: true });
    }

    // The HTML handout, on a phone and printed.
    const hw = `${locale.tag} ${code} handout`;
    const hresp = await page.goto(`${base}/v1/explanations/${code}/handout.html?lang=${encodeURIComponent(locale.tag)}`);
    if (!hresp.ok()) fail(hw, `status ${hresp.status()}`);
    checkLayout(hw, await page.evaluate(measure, { keepAll, isPage: false }), locale, { page: false });
    await axe(page, hw);
    for (const paper of ["letter", "a4"]) {
      const q = new URLSearchParams({ lang: locale.tag, paper, ...personal });
      await page.goto(`${base}/v1/explanations/${code}/handout.html?${q}`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const n = pdfPages(pdf);
      if (n < 1 || n > 2) fail(`${hw} printed on ${paper}`, `${n} pages`);
    }
  } finally {
    await page.close();
  }
}

// First, proof that the checks can fail: axe-core must find the faults of a page made faulty on
// purpose (an image with no text, a link with no name), and the split-word check must see a word
// forced over two lines. Otherwise a broken injection would pass every page silently.
{
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.setContent(
    '<!doctype html><html lang="ko"><title>t</title><body><main><img src="data:,"><a href="#x"></a>' +
      '<p style="width:2em;word-break:break-all">가나다라마바사</p>' +
      '<figure class="picture"><svg viewBox="0 0 100 100" width="200" role="img" aria-label="x"><text class="label" id="a" x="10" y="50">Needle</text>' +
      '<text class="label" id="b" x="14" y="52">Tube</text><text class="label" id="c" x="90" y="90">Outside</text></svg></figure></main></body></html>',
  );
  const before = failures.length;
  await axe(page, "self-check");
  const m = await page.evaluate(measure, { keepAll: true, isPage: false });
  failures.splice(before);
  const found = await page.evaluate(async () => (await axe.run(document)).violations.map((v) => v.id));
  if (!found.includes("image-alt") || !found.includes("link-name")) {
    console.error(`browser suite: axe-core did not find the planted faults (found ${found}); not trusting it`);
    process.exit(1);
  }
  if (!m.picture.includes("a overlaps b") || !m.picture.includes("c leaves the picture")) {
    console.error(`browser suite: the picture check missed planted faults (found ${m.picture}); not trusting it`);
    process.exit(1);
  }
  if (!m.split.includes("가나다라마바사")) {
    console.error("browser suite: the split-word check missed a planted split; not trusting it");
    process.exit(1);
  }
  await page.close();
}

await mkdir(path.join(args.out, "screens"), { recursive: true });
const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 });
const jobs = [];
for (const locale of locales) for (const code of codes) jobs.push([locale, code]);
let done = 0;
const started = Date.now();
const workers = Array.from({ length: Math.max(1, Number(args.jobs)) }, async () => {
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    const [locale, code] = job;
    try {
      await checkOne(context, locale, code);
    } catch (e) {
      fail(`${locale.tag} ${code}`, `error: ${e.message}`);
    }
    done += 1;
    if (done % 14 === 0 || jobs.length === 0) {
      process.stderr.write(`browser suite: ${done} of ${locales.length * codes.length} checked (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  }
});
await Promise.all(workers);

// The Arabic handout with every personal field, as a reader sees it: the HTML in a desktop window,
// and page 1 of the Typst PDF (turned into a picture by scripts/browser-test with pdftoppm).
{
  const wide = await browser.newContext({ viewport: { width: 900, height: 1200 } });
  const page = await wide.newPage();
  const q = new URLSearchParams({ lang: "ar", ...personal });
  await page.goto(`${base}/v1/explanations/62324/handout.html?${q}`);
  await page.screenshot({ path: path.join(args.out, "ar-62324-handout-html.png") });
  const r = await fetch(`${base}/v1/explanations/62324/handout.pdf?${q}`);
  if (!r.ok) fail("ar 62324 handout.pdf", `status ${r.status}`);
  await writeFile(path.join(args.out, "ar-62324-handout.pdf"), Buffer.from(await r.arrayBuffer()));
  await wide.close();
}

await browser.close();
if (failures.length) {
  console.error(`browser suite: ${failures.length} problems`);
  for (const f of failures.slice(0, 200)) console.error(`  ${f}`);
  process.exit(1);
}
console.error(`browser suite: ${locales.length * codes.length} pages and handouts passed; screenshots in ${args.out}`);
