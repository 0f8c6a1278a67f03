import { test, expect } from "./support/fixtures";

test("without JavaScript the patient search is a plain form that works", async ({ page, visit }) => {
  await visit("/patients");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email address").fill("dentist@demo.test");
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/patients$/);

  await page.getByLabel("Find a patient").fill("smith");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=smith/);
  await expect(page.getByRole("heading", { name: /Found by name/ })).toBeVisible();
  const first = page.getByRole("row").filter({ hasText: "Smith" }).first();
  await expect(first).toBeVisible();
  await first.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Medical history", exact: true })).toBeVisible();
});
