// Measures what pages cost a browser: bytes transferred (compressed, headers included), the
// WebAssembly among them, and when the page is ready, in Debian's Chromium against a running
// server (BASE_URL). Run by scripts/measure-pages, which builds and starts that server.
//
// - Patient pages (/book ...) on a throttled phone: 4x CPU slowdown, 1.6 Mbps down, 750 kbps
//   up, 150 ms round trip, empty cache; the Largest Contentful Paint is read from the page.
// - Staff pages (signed in) on an unthrottled desktop: the WebAssembly loaded before the page
//   is interactive (hydrated), how long that took, and the WebAssembly fetched after it (code
//   a page loads once it is interactive, such as the calendar's dialogs).
//
// Each page is loaded RUNS times (default 5) from a cold cache; the table shows medians.
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const runs = Number(process.env.RUNS ?? 5);
const staffEmail = process.env.STAFF_EMAIL ?? "reception@demo.test";
const staffPassword = process.env.STAFF_PASSWORD ?? "chairside-demo-2026";

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
});

const PHONE = { latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8), cpu: 4 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Follows links from /book to the public slot page of the first clinic's first type. */
async function patientPaths() {
  const page = await browser.newPage();
  await page.goto(`${base}/book`);
  const clinic = await page.locator("ul.choice-list a").first().getAttribute("href");
  await page.goto(`${base}${clinic}`);
  const type = await page.locator("ul.choice-list a").first().getAttribute("href");
  await page.close();
  return [["/book (clinics)", "/book"], ["/book/{clinic} (types)", clinic], ["slot page (first available)", `${type}&provider=any`]];
}

/** Signs in once and answers the context's cookies, for the staff pages. */
async function staffState() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email address").fill(staffEmail);
  await page.getByLabel("Password").fill(staffPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  const state = await context.storageState();
  await context.close();
  return state;
}

/** One cold load of `path`: bytes by kind, and the time until `ready` (an attribute of <html>). */
async function load(path, { profile, storageState, ready }) {
  const context = await browser.newContext({ viewport: profile ? { width: 375, height: 740 } : { width: 1280, height: 800 }, storageState });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile) {
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  }
  let total = 0;
  let requests = 0;
  cdp.on("Network.loadingFinished", (event) => {
    requests += 1;
    total += event.encodedDataLength;
  });
  // When the page became ready, on its own clock, to tell what it fetched before from after.
  await page.addInitScript((ready) => {
    new MutationObserver(() => {
      if (document.documentElement?.getAttribute(ready) === "true" && !("readyAt" in window)) {
        Object.assign(window, { readyAt: performance.now() });
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: [ready] });
  }, ready);
  const started = Date.now();
  await page.goto(`${base}${path}`, { waitUntil: "load", timeout: 60_000 });
  await page.locator(`html[${ready}="true"]`).waitFor({ state: "attached", timeout: 60_000 });
  const readyMs = Date.now() - started;
  // The compressed bytes of the wasm files (Resource Timing: bodies without headers) requested
  // before the page was ready, or at any time.
  const wasmBytes = (beforeReady) => page.evaluate((beforeReady) => {
    const until = beforeReady ? window.readyAt : Infinity;
    return performance.getEntriesByType("resource")
      .filter((e) => /\.wasm(\?|$)/.test(e.name) && e.startTime < until)
      .reduce((sum, e) => sum + e.encodedBodySize, 0);
  }, beforeReady);
  const wasmBeforeReady = await wasmBytes(true);
  const lcp = await page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      resolve(entries[entries.length - 1].startTime);
    }).observe({ type: "largest-contentful-paint", buffered: true });
    setTimeout(() => resolve(NaN), 5_000);
  }));
  // What a page fetches once it is ready (the calendar's dialogs) arrives within a second here.
  await page.waitForTimeout(1_000);
  const wasm = await wasmBytes(false);
  await context.close();
  return { total, wasm, wasmBeforeReady, requests, readyMs, lcp };
}

async function measure(label, path, options) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await load(path, options));
  const pick = (key) => median(results.map((r) => r[key]));
  return { label, path, requests: pick("requests"), kb: pick("total") / 1024, wasmKb: pick("wasm") / 1024, wasmReadyKb: pick("wasmBeforeReady") / 1024, readyMs: pick("readyMs"), lcp: pick("lcp") };
}

const rows = [];
for (const [label, path] of await patientPaths()) {
  rows.push({ ...(await measure(label, path, { profile: PHONE, ready: "data-enhanced" })), profile: "phone" });
}
const state = await staffState();
const staffPages = [
  ["calendar (staff)", "/calendar"],
  ["calendar, booking dialog open", "/calendar?book=1"],
  ["patients (staff)", "/patients"],
];
for (const [label, path] of staffPages) {
  rows.push({ ...(await measure(label, path, { storageState: state, ready: "data-hydrated" })), profile: "desktop" });
}
await browser.close();

const pad = (text, width) => String(text).padEnd(width);
const num = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "-");
console.log(`median of ${runs} cold loads each; phone = 4x CPU, 1.6 Mbps, 150 ms RTT; KB = compressed bytes on the wire`);
console.log("(wasm: the compressed files without headers; before ready: requested before the page was interactive)");
console.log(`${pad("page", 32)}${pad("profile", 9)}${pad("requests", 10)}${pad("total KB", 10)}${pad("wasm KB before ready", 22)}${pad("wasm KB in all", 16)}${pad("LCP ms", 8)}ready ms`);
for (const row of rows) {
  console.log(`${pad(row.label, 32)}${pad(row.profile, 9)}${pad(num(row.requests), 10)}${pad(num(row.kb, 1), 10)}${pad(num(row.wasmReadyKb, 1), 22)}${pad(num(row.wasmKb, 1), 16)}${pad(num(row.lcp), 8)}${num(row.readyMs)}`);
}
