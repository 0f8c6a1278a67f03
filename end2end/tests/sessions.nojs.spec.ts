import { test, expect } from "./support/fixtures";

test("without JavaScript the sessions page redirects to sign in, then lists the sessions", async ({ page, visit }) => {
  await visit("/account/sessions");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email address").fill("admin@demo.test");
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/sessions$/);
  await expect(page.getByRole("row").filter({ hasText: "This device" })).toBeVisible();
});
