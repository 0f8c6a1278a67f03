import { test, expect } from "./support/fixtures";

// The staff application's WebAssembly arrives area by area (src/pages.rs): a page loads the main
// module and its area's chunks (the splitter names an area's own chunk after its function,
// e.g. `split_scheduling_pages_…`), and another area's arrive when the router first goes there.
test("a page downloads its own area's code, and another area's only when it is opened", async ({ page, visit }) => {
  const wasm: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith(".wasm")) wasm.push(path);
  });
  const loaded = (area: string) => wasm.some((path) => path.includes(`/split_${area}_pages_`));

  await visit("/sign-in");
  expect(loaded("account")).toBe(true);
  expect(loaded("scheduling")).toBe(false);
  expect(loaded("booking")).toBe(false);

  await page.getByLabel("Email address").fill("reception@demo.test");
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".account-name")).toHaveText("Riley Chen");
  expect(loaded("scheduling")).toBe(false);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page).toHaveTitle(/^Calendar/);
  expect(loaded("scheduling")).toBe(true);
  // The patients' booking pages never run the staff application's code.
  expect(loaded("booking")).toBe(false);
});
