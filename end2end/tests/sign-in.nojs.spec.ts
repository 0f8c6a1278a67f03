// Signing in and out with JavaScript off: plain form posts and redirects.
import { test, expect } from "./support/fixtures";

test("a dentist signs in and out without JavaScript", async ({ page, visit }) => {
  await visit("/sign-in");
  await page.getByLabel("Email address").fill("dentist@demo.test");
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(".account-name")).toHaveText("Sam Patel");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a wrong password without JavaScript shows the message", async ({ page, visit }) => {
  await visit("/sign-in");
  await page.getByLabel("Email address").fill("dentist@demo.test");
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("The email address or password is not right.");
});
