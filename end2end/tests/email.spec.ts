import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin edits the confirmation template with a live preview and finds the sent email in the outbox", async ({ page, visit, expectProblem }) => {
  const run = digits(6);
  // The preview of a template with a mistake answers 400 (the browser logs it).
  expectProblem(/HTTP 400 for .*\/api\/email\/templates\/preview/);
  expectProblem(/status of 400 \(Bad Request\)/);
  await visit("/sign-in?next=/setup/london/emails/booking_confirmation");
  await signIn(page, "admin@demo.test");
  await expect(page.getByRole("heading", { name: "Emails", level: 1 })).toBeVisible();
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });

  const preview = page.getByRole("complementary", { name: "Placeholders and preview" });
  const subject = page.getByLabel("Subject");
  // A misspelt placeholder is named with its line, as you type.
  await page.getByLabel("Text body").fill("Hello {{ patient_first_name }},\n\nSee you at {{ apointment_time }}.");
  await expect(preview).toContainText("text body: Line 3: a placeholder this email does not have");
  await page.getByLabel("Text body").fill("Hello {{ patient_first_name }},\n\nSee you at {{ appointment_time }} (run " + run + ").");
  await subject.fill(`Booked ${run}: {{ appointment_date }} at {{ appointment_time }}`);
  await expect(preview).toContainText(`Booked ${run}: Tuesday 1 December 2026 at 10:30`);
  await expect(preview).toContainText("See you at 10:30");
  await page.getByRole("button", { name: "Save the template" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  // A patient with an email address, booked far ahead.
  const last = `Mailtest${run}`;
  await page.goto("/patients/new");
  await page.getByLabel("First name").fill("Ola");
  await page.getByLabel("Last name").fill(last);
  await page.getByLabel("Date of birth").fill(`1${digits(1)}/0${1 + Math.floor(Math.random() * 9)}/19${50 + Math.floor(Math.random() * 40)}`);
  await page.getByLabel("Email", { exact: true }).fill(`ola.${run}@example.com`);
  await page.getByRole("button", { name: "Create the patient" }).click();
  await expect(page.getByRole("heading", { name: `Ola ${last}`, level: 1 })).toBeVisible();
  const day = new Date(Date.UTC(2031 + Math.floor(Math.random() * 6), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const date = day.toISOString().slice(0, 10);
  await page.goto(`/calendar?clinic=london&date=${date}`);
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  await page.getByRole("link", { name: "Book with Dr Sam Patel" }).click();
  const booking = page.getByRole("dialog", { name: "Book an appointment" });
  await booking.getByLabel("Patient").fill(last);
  await booking.getByRole("link", { name: new RegExp(last) }).click();
  await booking.getByLabel("Starts").fill(`${date}T16:15`);
  await booking.getByRole("button", { name: "Book appointment" }).click();
  await expect(page.getByRole("dialog", { name: new RegExp(`Ola ${last}`) })).toContainText("Scheduled");

  // The outbox has it, sent by the worker over SMTP (to end2end/support/smtp-receiver.mjs).
  await page.goto("/admin/outbox?kind=booking_confirmation");
  const row = page.getByRole("row").filter({ hasText: `ola.${run}@example.com` });
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("sent", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await row.getByRole("link", { name: new RegExp(`Booked ${run}`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Booked ${run}:`);
  await expect(page.getByText(`See you at 16:15 (run ${run}).`)).toBeVisible();
  // The mail server's answer to the message ("250 OK: message queued").
  await expect(page.getByText(/^250 .*OK/)).toBeVisible();
});
