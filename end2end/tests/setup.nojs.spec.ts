import { test, expect } from "./support/fixtures";

test("without JavaScript a refused chair keeps what was typed, and a good one is listed", async ({ page, visit }) => {
  const name = `Surgery ${Date.now().toString(36)}`;
  await visit("/setup/london/chairs");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email address").fill("admin@demo.test");
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/setup\/london\/chairs$/);

  // The demo clinic has "Surgery 1" already; names are compared without case.
  await page.getByLabel("Name").fill("surgery 1");
  await page.getByLabel("Order in the calendar").fill("7");
  await page.getByRole("button", { name: "Add the chair" }).click();
  await expect(page.getByText("This clinic already has a chair with this name.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("surgery 1");
  await expect(page.getByLabel("Order in the calendar")).toHaveValue("7");

  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Add the chair" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Active");
});
