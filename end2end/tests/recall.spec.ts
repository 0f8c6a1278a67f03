// The front desk's recall list: a receptionist finds the patients due for hygiene, records a
// call, sets a patient's next due date by hand from their page, and sees both on the list.
import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a receptionist works the recall list: records a call and postpones a patient's due date", async ({ page, visit }) => {
  test.setTimeout(60_000);
  await visit("/sign-in?next=/recall");
  await signIn(page, "reception@demo.test");
  await expect(page.getByRole("heading", { level: 1, name: "Recall" })).toBeVisible();
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });

  // Only hygiene, the longest overdue first.
  await page.getByLabel("For").selectOption("Hygiene");
  await page.getByLabel("Due", { exact: true }).selectOption("overdue");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/window=overdue&kind=Hygiene/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toContainText("(overdue)");
  await expect(rows.filter({ hasNotText: "Hygiene" })).toHaveCount(0);

  // A call to the first patient; the list keeps it beside them.
  const first = rows.first();
  const patientLink = first.getByRole("link").first();
  const patientHref = await patientLink.getAttribute("href");
  const patient = (await patientLink.innerText()).trim();
  await first.getByRole("combobox").selectOption("left_message");
  await first.getByRole("textbox").fill("Voicemail, try after 5");
  await first.getByRole("button", { name: "Record" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Recorded." })).toBeVisible();
  const row = rows.filter({ has: page.locator(`a[href="${patientHref}"]`) }).filter({ hasText: "Hygiene" });
  await expect(row).toContainText(/Left a message · .* · Riley Chen · Voicemail, try after 5/);

  // They asked to wait: postponed from their page, with the reason.
  await visit(patientHref!);
  await expect(page.getByRole("heading", { level: 1, name: patient })).toBeVisible();
  const recall = page.getByRole("region", { name: "Recall" });
  await expect(recall).toContainText(/Hygiene: due .* \(overdue\)/);
  await recall.getByText("Set or postpone a due date").click();
  await recall.getByLabel("Due for").fill("Hygiene");
  const later = new Date(Date.now() + 120 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await recall.getByLabel("Due on").fill(later);
  await recall.getByLabel("Why").fill("Travelling until the spring");
  await recall.getByRole("button", { name: "Set the due date" }).click();
  await expect(recall.getByText("Saved.")).toBeVisible();
  await expect(recall).toContainText("Set by hand: Travelling until the spring");

  // No longer overdue: off the overdue list.
  await visit("/recall?window=overdue&kind=Hygiene");
  await expect(page.getByRole("heading", { level: 1, name: "Recall" })).toBeVisible();
  await expect(page.locator(`tbody a[href="${patientHref}"]`)).toHaveCount(0);
});
