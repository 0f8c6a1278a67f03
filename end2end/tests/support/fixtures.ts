// The fixture every browser test uses. It:
// - fails the test on any console error, uncaught page error or failed request;
// - gives `visit(path)`: open a page, wait until it is hydrated (when JavaScript is on; on a
//   patient page, until its small script has set up), and
//   run axe-core on it, failing on serious or critical accessibility violations;
// - runs axe-core once more on the page the test ends on.
//
// Tests run in parallel against one server and share the demo accounts, so a test that ends
// other sessions (only sessions.spec.ts, as the hygienist) must keep that account to itself,
// and wrong-password tests must stay under the throttle's three free failures per account.
import { test as base, expect, type Browser, type Page, type Response } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";

type Fixtures = {
  /** Opens `path`, waits for hydration, checks accessibility; returns the document response. */
  visit: (path: string) => Promise<Response | null>;
  /** Problems that a test expects (for example the 404 of a page that does not exist). */
  expectProblem: (pattern: RegExp) => void;
};

/** Whether `path` is one of the patient pages, which ship no WebAssembly (see app.rs). */
export function isPatientPage(path: string): boolean {
  const pathname = new URL(path, "http://localhost").pathname;
  return pathname === "/book" || pathname.startsWith("/book/");
}

async function checkAccessibility(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  reportViolations(page.url(), results.violations);
}

// axe-core runs as a script in the page, which a JavaScript-disabled page cannot do. So the same
// address is opened in a scratch context with scripts allowed but the app's .js and .wasm
// blocked: the browser then shows exactly the server-rendered HTML, and axe checks that.
async function checkServerRenderedAccessibility(page: Page, browser: Browser): Promise<void> {
  const url = page.url();
  // (Playwright applies the project's options to new contexts, so scripts are switched on here.)
  const context = await browser.newContext({ viewport: page.viewportSize(), javaScriptEnabled: true });
  try {
    const scratch = await context.newPage();
    await scratch.route(/\.(js|wasm)(\?.*)?$/, (route) => route.abort());
    await scratch.goto(url);
    const results = await new AxeBuilder({ page: scratch }).analyze();
    reportViolations(url, results.violations);
  } finally {
    await context.close();
  }
}

function reportViolations(url: string, violations: Result[]): void {
  const serious = violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  const summary = serious.map(
    (v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `accessibility of ${url}`).toEqual([]);
}

export const test = base.extend<Fixtures & { problems: string[]; expected: RegExp[] }>({
  problems: async ({}, use) => {
    await use([]);
  },
  expected: async ({}, use) => {
    await use([]);
  },
  expectProblem: async ({ expected }, use) => {
    await use((pattern) => {
      expected.push(pattern);
    });
  },
  page: async ({ page, browser, javaScriptEnabled, problems, expected }, use) => {
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) => {
      // With JavaScript off, Chromium still sees the app's script preloads and refuses them
      // (reported as "csp"): that is the point of the no-JS project, not a fault.
      if (!javaScriptEnabled && /\.(js|wasm)(\?.*)?$/.test(request.url())) return;
      // A load cut short because the page moved on (a click navigated away) is not a fault.
      if (request.failure()?.errorText === "net::ERR_ABORTED") return;
      problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });

    await use(page);

    if (page.url().startsWith("http")) {
      if (javaScriptEnabled) await checkAccessibility(page);
      else await checkServerRenderedAccessibility(page, browser);
    }
    const unexpected = problems.filter((p) => !expected.some((pattern) => pattern.test(p)));
    expect(unexpected, "console errors and failed requests").toEqual([]);
  },
  visit: async ({ page, browser, javaScriptEnabled }, use) => {
    await use(async (path) => {
      const response = await page.goto(path);
      if (javaScriptEnabled) {
        // Staff pages hydrate; patient pages (/book) run only their small script.
        const ready = isPatientPage(path) ? "data-enhanced" : "data-hydrated";
        await expect(page.locator("html")).toHaveAttribute(ready, "true");
        await checkAccessibility(page);
      } else {
        await checkServerRenderedAccessibility(page, browser);
      }
      return response;
    });
  },
});

export { expect };
