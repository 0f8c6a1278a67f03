import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

async function signInAsReception(page: Page) {
  await page.getByLabel("Email address").fill("reception@demo.test");
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".account-name")).toHaveText("Riley Chen");
}

// The staff application's WebAssembly arrives area by area (src/pages.rs): a page loads the main
// module and its area's chunks (the splitter names an area's own chunk after its function,
// e.g. `split_calendar_pages_…`), and another area's arrive when the router first goes there.
// The patients' booking pages are in no chunk at all: the browser never runs them.
test("a page downloads its own area's code, and another area's only when it is opened", async ({ page, visit }) => {
  const wasm: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith(".wasm")) wasm.push(path);
  });
  const loaded = (area: string) => wasm.some((path) => path.includes(`/split_${area}_pages_`));

  await visit("/sign-in");
  expect(loaded("account")).toBe(true);
  expect(loaded("calendar")).toBe(false);

  await signInAsReception(page);
  expect(loaded("calendar")).toBe(false);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page).toHaveTitle(/^Calendar/);
  expect(loaded("calendar")).toBe(true);
  expect(wasm.some((path) => path.includes("booking"))).toBe(false);
});

// When the page became interactive (`data-hydrated` set), on the page's own clock.
async function recordHydration(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const marked = document.documentElement?.dataset.hydrated === "true";
      if (marked && !("hydratedAt" in window)) Object.assign(window, { hydratedAt: performance.now() });
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-hydrated"] });
  });
}

// When the page started fetching the file whose address contains `part`, if it has.
function fetchedAt(page: Page, part: string): Promise<number | null> {
  return page.evaluate((part) => {
    const entry = performance.getEntriesByType("resource").find((e) => e.name.includes(part));
    return entry ? entry.startTime : null;
  }, part);
}

// The calendar's dialogs are a split point of their own (src/scheduling/pages/lazy_dialog.rs).
test("the calendar is interactive before its dialogs' code arrives, and fetches it right after", async ({ page, visit }) => {
  await visit("/sign-in");
  await signInAsReception(page);
  await recordHydration(page);

  await visit("/calendar");
  const hydratedAt = await page.evaluate(() => (window as unknown as { hydratedAt: number }).hydratedAt);
  expect(hydratedAt).toBeGreaterThan(0);
  expect(await fetchedAt(page, "/split_calendar_pages_")).toBeLessThan(hydratedAt);
  await expect.poll(() => fetchedAt(page, "/split_calendar_dialog_")).not.toBeNull();
  expect(await fetchedAt(page, "/split_calendar_dialog_")).toBeGreaterThan(hydratedAt);

  // An address that opens a dialog needs its code to hydrate, so it comes first there.
  await visit("/calendar?book=1");
  await expect(page.getByRole("dialog", { name: "Book an appointment" })).toBeVisible();
  const dialogHydratedAt = await page.evaluate(() => (window as unknown as { hydratedAt: number }).hydratedAt);
  expect(await fetchedAt(page, "/split_calendar_dialog_")).toBeLessThan(dialogHydratedAt);
});
