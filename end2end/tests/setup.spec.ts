import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

// Names unique to each run: the browser tests share one demo database.
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

test("an admin adds a provider with weekly hours and an appointment type, and sees them listed", async ({ page, visit }) => {
  const provider = `Dr Test ${unique()}`;
  const type = `Implant consultation ${unique()}`;
  await visit("/sign-in?next=/setup");
  await signIn(page, "admin@demo.test");
  await expect(page.getByRole("heading", { name: "Set-up", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Chairside Dental London" }).click();
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/London");

  await page.getByRole("navigation", { name: "Set-up sections" }).getByRole("link", { name: "Providers" }).click();
  await expect(page.getByRole("heading", { name: "Providers", level: 1 })).toBeVisible();
  await page.getByLabel("Name").fill(provider);
  await page.getByLabel("Kind").selectOption("dentist");
  await page.getByRole("button", { name: "Add the provider" }).click();
  const row = page.getByRole("row").filter({ hasText: provider });
  await expect(row).toContainText("Dentist");

  await row.getByRole("link", { name: `Hours of ${provider}` }).click();
  await expect(page.getByText("Not working").first()).toBeVisible();
  await page.getByLabel("Starts, row 1").fill("09:00");
  await page.getByLabel("Ends, row 1").fill("13:00");
  await page.getByLabel("Day, row 2").selectOption({ label: "Wednesday" });
  await page.getByLabel("Starts, row 2").fill("10:00");
  await page.getByLabel("Ends, row 2").fill("16:30");
  await page.getByRole("button", { name: "Save the rota" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The new rota is saved." })).toBeVisible();
  const week = page.getByRole("region", { name: "The week at a glance" });
  await expect(week.locator(".week-day").nth(0)).toContainText("09:00–13:00");
  await expect(week.locator(".week-day").nth(2)).toContainText("10:00–16:30");
  await expect(week.locator(".week-day").nth(1)).toContainText("Not working");

  await page.getByRole("navigation", { name: "Set-up sections" }).getByRole("link", { name: "Appointment types" }).click();
  await expect(page.getByRole("heading", { name: "Appointment types", level: 1 })).toBeVisible();
  await page.getByLabel("Name").fill(type);
  // Checked as you type, before anything is sent.
  await page.getByLabel("Duration (minutes)").fill("47");
  await expect(page.getByText("Use a multiple of 5 minutes.")).toBeVisible();
  await page.getByLabel("Duration (minutes)").fill("45");
  await expect(page.getByText("Use a multiple of 5 minutes.")).toHaveCount(0);
  await page.getByLabel("Clean-up after (minutes)").fill("10");
  await page.getByLabel(`${provider} (Dentist)`).check();
  await page.getByRole("button", { name: "Add the type" }).click();
  const typeRow = page.getByRole("row").filter({ hasText: type });
  await expect(typeRow).toContainText("45 min");
  await expect(typeRow).toContainText(provider);
});

test("a receptionist sees the set-up read-only", async ({ page, visit }) => {
  await visit("/sign-in");
  await signIn(page, "reception@demo.test");
  await expect(page.locator(".account-name")).toHaveText("Riley Chen");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Set-up" }).click();
  await page.getByRole("link", { name: "Chairside Dental London" }).click();
  await expect(page.getByRole("note")).toContainText("only an administrator can change it");
  await expect(page.getByText("Europe/London")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save the clinic" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Set-up sections" }).getByRole("link", { name: "Providers" }).click();
  await expect(page.getByRole("heading", { name: "Providers", level: 1 })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Dr Sam Patel" })).toContainText("Sam Patel");
  await expect(page.getByRole("heading", { name: "Add a provider" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
});
