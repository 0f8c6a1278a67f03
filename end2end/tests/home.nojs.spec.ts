// JavaScript disabled: the server-rendered HTML alone must be a usable page.
import { test, expect } from "./support/fixtures";

test("the home page is server-rendered without JavaScript", async ({ page, visit }) => {
  const response = await visit("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle("Chairside");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chairside");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  // The connection check needs JavaScript, so it stays disabled rather than doing nothing.
  await expect(page.getByRole("button", { name: "Check the connection" })).toBeDisabled();
  await expect(page.locator("html")).not.toHaveAttribute("data-hydrated", "true");
});

test("an unknown address answers 404 with a way back, without JavaScript", async ({ page, visit, expectProblem }) => {
  expectProblem(/404/);
  const response = await visit("/no/such/page");
  expect(response?.status()).toBe(404);
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chairside");
});
