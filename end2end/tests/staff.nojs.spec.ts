import { test, expect } from "./support/fixtures";

test("without JavaScript the staff page sends anonymous visitors to sign in", async ({ page, visit }) => {
  await visit("/admin/staff");
  await expect(page).toHaveURL(/\/sign-in\?next=\/admin\/staff$/);
  await page.getByLabel("Email address").fill("admin@demo.test");
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/staff$/);
  await expect(page.getByRole("row").filter({ hasText: "dentist@demo.test" })).toBeVisible();
});
