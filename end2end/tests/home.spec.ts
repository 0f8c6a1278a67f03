import { test, expect } from "./support/fixtures";

test("the home page hydrates and its connection check reaches the database", async ({ page, visit }) => {
  await visit("/");
  await expect(page).toHaveTitle("Chairside");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chairside");

  const button = page.getByRole("button", { name: "Check the connection" });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.getByTestId("connection-ok")).toContainText("Connected. The database answered in");
});

test("an unknown address shows the friendly 404 page", async ({ page, visit, expectProblem }) => {
  expectProblem(/404/);
  const response = await visit("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chairside");
});

test("the skip link moves keyboard focus to the main content", async ({ page, visit }) => {
  await visit("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
