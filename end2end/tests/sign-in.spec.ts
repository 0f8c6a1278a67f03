import { test, expect } from "./support/fixtures";

const PASSWORD = "chairside-demo-2026";

test("a receptionist signs in, sees their name, and signs out", async ({ page, visit }) => {
  await visit("/sign-in");
  await page.getByLabel("Email address").fill("reception@demo.test");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(".account-name")).toHaveText("Riley Chen");
  await expect(page.locator(".account-role")).toHaveText("Receptionist");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a wrong password is refused with a message that does not say which part was wrong", async ({ page, visit, expectProblem }) => {
  expectProblem(/401/);
  await visit("/sign-in");
  await page.getByLabel("Email address").fill("dentist@demo.test");
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("The email address or password is not right.");
  await expect(page).toHaveURL(/\/sign-in$/);
});
