// Shared by the browser tests: Debian's chromium driven by playwright-core,
// pages opened from disk or from a local static server, and what they request.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const dist = join(root, "dist");
export const artifacts = join(root, "build", "browser-artifacts");
mkdirSync(artifacts, { recursive: true });

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

// A page that records every request, console error, page error and CSP violation.
export async function openPage(browser, url, { ready = "html[data-ready]", ...options } = {}) {
  const context = await browser.newContext({ locale: "en-US", ...options });
  const page = await context.newPage();
  const seen = { requests: [], errors: [], violations: [] };
  page.on("request", (request) => seen.requests.push(request.url()));
  page.on("console", (message) => { if (message.type() === "error") seen.errors.push(message.text()); });
  page.on("pageerror", (error) => seen.errors.push(error.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 20000 });
  seen.violations = await page.evaluate(() => window.__violations);
  return { page, context, seen };
}

// dist/offercheck.html copied alone into an empty temporary folder.
export function offlineCopy(source = join(dist, "offercheck.html")) {
  const folder = mkdtempSync(join(tmpdir(), "offercheck-offline-"));
  const target = join(folder, "offercheck.html");
  copyFileSync(source, target);
  return pathToFileURL(target).href;
}

// The CLI's answer for the same question, to compare the page with.
export function cliCheck(guide, region, offerArgs) {
  const run = spawnSync(join(root, "build", "bin", "offercheck"),
    ["check", "--guide", join(root, "seeds", guide), "--region", region, ...offerArgs, "--json"],
    { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`offercheck check failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

export function money(amount, currency) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amount);
}

export async function choose(page, company, role, region) {
  await page.getByLabel("Company", { exact: true }).selectOption({ label: company });
  await page.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await page.getByLabel("Region", { exact: true }).selectOption({ label: region });
}

// Adds a competing offer in the page and fills it: answers its fieldset.
export async function addCompeting(page, { name, currency, base, stockPerYear, stock }) {
  await page.getByRole("button", { name: "Add a competing offer" }).click();
  const row = page.locator("fieldset.competing-offer").last();
  await row.getByLabel("Offer name").fill(name);
  if (currency) await row.getByLabel("Currency").selectOption(currency);
  await row.getByLabel("Base", { exact: true }).fill(base);
  if (stockPerYear) await row.getByLabel("Or stock per year").fill(stockPerYear);
  if (stock) await row.getByLabel("Stock grant (total)").fill(stock);
  return row;
}

// The message shown under a labelled field (its aria-describedby).
export async function errorOf(scope, label) {
  const id = await scope.getByLabel(label, { exact: true }).getAttribute("aria-describedby");
  return scope.locator(`[id="${id}"]`);
}

// A directory served on a free port of 127.0.0.1: {origin, close()}.
export async function serve(directory) {
  const server = await startServer(directory, 0);
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

// A browser and a served directory for one test file: {browser, origin} once set up.
export function useServedBrowser(directory) {
  const shared = {};
  before(async () => {
    shared.browser = await launchBrowser();
    shared.server = await serve(directory);
    shared.origin = shared.server.origin;
  });
  after(async () => {
    await shared.browser?.close();
    shared.server?.close();
  });
  return shared;
}
