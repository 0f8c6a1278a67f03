import { test, expect } from "./support/fixtures";

test("signed-in staff see their sessions with this device marked", async ({ page, visit }) => {
  await visit("/sign-in?next=/account/sessions");
  await page.getByLabel("Email address").fill("hygienist@demo.test");
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/account\/sessions$/);
  await expect(page.getByRole("heading", { name: "Your sessions" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "This device" })).toContainText("127.0.0.1");
  await page.getByRole("button", { name: "Sign out all other sessions" }).click();
  await expect(page.getByRole("status").filter({ hasText: /other session/ })).toBeVisible();
});

test("the sessions page sends an anonymous visitor to sign in", async ({ page, visit }) => {
  await visit("/account/sessions");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount%2Fsessions|\/sign-in\?next=\/account\/sessions/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});
