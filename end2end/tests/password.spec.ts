import { test, expect } from "./support/fixtures";

test("the new-password field gives a live hint, and a wrong current password is named", async ({ page, visit, expectProblem }) => {
  expectProblem(/400/);
  await visit("/sign-in?next=/account/password");
  await page.getByLabel("Email address").fill("reception@demo.test");
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();

  const newPassword = page.getByLabel("New password", { exact: true });
  await newPassword.fill("short");
  await expect(page.locator("#new-hint")).toContainText("at least 12 characters");
  await newPassword.fill("copper kettle under the stairs");
  await expect(page.locator("#new-hint")).toHaveText("Strength: Strong");

  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password, again").fill("copper kettle under the stairs");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#current-error")).toHaveText("That is not your current password.");
});
