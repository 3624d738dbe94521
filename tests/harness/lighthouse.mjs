// Lighthouse (mobile preset) on page after page, with one Chrome kept open: reads one URL a line
// on stdin, writes one JSON line a result on stdout (tests/test_lighthouse.py starts one per worker).
// scripts/test-tools.sh installs the pinned Lighthouse in .venv/tools/lighthouse.
import { createRequire } from "node:module";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

// the modules are in .venv/tools/lighthouse/node_modules (LIGHTHOUSE_MODULES), not beside this file
const modules = process.env.LIGHTHOUSE_MODULES;
const require = createRequire(join(modules, "noop.js"));
const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
const chromeLauncher = await load("chrome-launcher");
const lighthouse = (await load("lighthouse")).default;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const flags = {
  port: chrome.port,
  output: "json",
  logLevel: "error",
  onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  // what a person looks at in the HTML report, not what the scores are computed from
  skipAudits: ["screenshot-thumbnails", "final-screenshot", "full-page-screenshot"],
  disableFullPageScreenshot: true,
  // how long the page must be quiet before the trace ends: Lighthouse's defaults (1 s each) allow
  // for a real network; on loopback the load is over sooner. Scores are computed from the trace
  // (simulated 4G and CPU), which still holds the whole load: 1.5 s less a page, same scores
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
};
const AUDITS = ["total-blocking-time", "largest-contentful-paint", "first-contentful-paint", "speed-index",
  "cumulative-layout-shift", "total-byte-weight", "dom-size"];

// a run whose trace lacks a metric scores performance as null without a runtime error (seen
// under load): an error too, naming each weighted metric without a score and Lighthouse's reason
function noScore(lhr) {
  const performance = lhr.categories.performance;
  if (!performance || performance.score !== null) return null;
  const missing = performance.auditRefs.filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score == null)
    .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.errorMessage ?? "no value"}`).join("; ");
  const warnings = lhr.runWarnings.length ? `; warnings: ${lhr.runWarnings.join(" ")}` : "";
  return `NO_SCORE: performance not scored (${missing})${warnings}`;
}

function summary(lhr, seconds) {
  const failing = {};
  for (const [name, category] of Object.entries(lhr.categories)) {
    if (category.score === 1) continue;
    failing[name] = category.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative"
        && a.scoreDisplayMode !== "notApplicable" && a.scoreDisplayMode !== "manual")
      .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
  }
  return {
    url: lhr.finalDisplayedUrl,
    seconds,
    error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : noScore(lhr),
    warnings: lhr.runWarnings,
    // the host's speed as Lighthouse measured it before the load (a JavaScript benchmark; Lighthouse
    // warns under 1000): the same page scores lower on a slower or busier machine
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, c.score])),
    metrics: Object.fromEntries(AUDITS.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
    failing,
  };
}

async function measure(url) {
  const started = Date.now();
  try {
    const run = await lighthouse(url, flags);
    return summary(run.lhr, (Date.now() - started) / 1000);
  } catch (e) {
    return { url, seconds: (Date.now() - started) / 1000, error: String(e && e.stack || e) };
  }
}

// Debian's chromium under load now and then loses part of a trace (NO_FCP; a metric missing, so
// performance unscored): such a page is measured again, up to ATTEMPTS runs in all, and the
// result says how many runs it took and why the others failed
const ATTEMPTS = 3;
for await (const line of createInterface({ input: process.stdin })) {
  const url = line.trim();
  if (!url) continue;
  const failed = [];
  let result = await measure(url);
  while (result.error && failed.length < ATTEMPTS - 1) {
    failed.push(result.error);
    result = await measure(url);
  }
  process.stdout.write(JSON.stringify({ ...result, attempts: failed.length + 1, failed }) + "\n");
}
await chrome.kill();
