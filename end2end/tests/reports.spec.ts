import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";
import { readFile } from "node:fs/promises";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

test("an admin reads the reports, changes the range, downloads a table and opens a patient's access history", async ({ page, visit }) => {
  await visit("/sign-in");
  await signIn(page, "admin@demo.test");
  await expect(page.locator(".account-name")).toHaveText("Alex Morgan");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Figures" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Utilization by day/ })).toBeVisible();

  // The demo fortnight is around today: this week has appointments.
  await page.getByLabel("Clinic").selectOption("london");
  await page.getByLabel("Period").selectOption("this_week");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/preset=this_week/);
  await expect(page.locator(".report-period")).toContainText("(7 days)");
  const providers = page.getByRole("region", { name: "By provider" });
  await expect(providers.getByRole("row").nth(1)).toBeVisible();

  const downloading = page.waitForEvent("download");
  await providers.getByRole("link", { name: /Download CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^london-providers-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\n")[0]).toContain("Provider,Available hours,Booked hours,Utilization");
  expect(csv.split("\n").length).toBeGreaterThan(2);

  // A patient of this run, then who has seen their record.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" }).click();
  await page.getByRole("link", { name: "New patient" }).click();
  await page.getByLabel("First name").fill("Ottoline");
  await page.getByLabel("Last name").fill("Audit");
  await page.getByLabel("Date of birth").fill(`1${digits(1)}/03/1975`);
  await page.getByLabel("Mobile phone").fill(`07700 9${digits(2)} ${digits(3)}`);
  await page.getByRole("button", { name: "Create the patient" }).click();
  await expect(page.getByRole("heading", { name: "Ottoline Audit", level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Patient" }).getByRole("link", { name: "Access history" }).click();
  await expect(page.getByRole("heading", { name: "Ottoline Audit: access history" })).toBeVisible();
  const viewed = page.getByRole("row").filter({ hasText: "patient.viewed" }).first();
  await expect(viewed).toContainText("Alex Morgan (Administrator)");
});
