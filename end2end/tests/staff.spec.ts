import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin finds Staff in the navigation and sees both clinics' staff", async ({ page, visit }) => {
  await visit("/sign-in");
  await signIn(page, "admin@demo.test");
  await expect(page.locator(".account-name")).toHaveText("Alex Morgan");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" }).click();
  await expect(page.getByRole("heading", { name: "Staff", level: 1 })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "reception@demo.test" })).toContainText("Receptionist");
});

test("a receptionist has no Staff link and gets the no-access page", async ({ page, visit, expectProblem }) => {
  expectProblem(/403/);
  await visit("/sign-in");
  await signIn(page, "reception@demo.test");
  await expect(page.locator(".account-name")).toHaveText("Riley Chen");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" })).toHaveCount(0);
  const response = await visit("/admin/staff");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
});
