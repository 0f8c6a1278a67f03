// The front desk's confirmation list and a patient confirming from a reminder: the receptionist
// emails a reminder from the list, the patient follows its Confirm link on their own device,
// and the appointment leaves the list.
import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";
import { summary } from "./support/booking";
import { waitForEmail } from "./support/mail";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a receptionist emails a reminder from the confirmation list and the patient confirms from its link", async ({ page, visit, browser }) => {
  // Two signed-in pages, an email, and the patient's page on a second device.
  test.setTimeout(90_000);
  await visit("/sign-in?next=/calendar/confirmations");
  await signIn(page, "reception@demo.test");
  await expect(page.getByRole("heading", { level: 1, name: "Confirmations" })).toBeVisible();
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });

  // The demo's near days have unconfirmed appointments; the first whose patient takes emails.
  const emailable = page.locator("tbody tr").filter({ has: page.locator('option[value="emailed"]') }).first();
  const time = (await emailable.getByRole("link").first().innerText()).trim();
  const patientHref = await emailable.getByRole("link").nth(1).getAttribute("href");
  // The patient's row at that time (a patient may have two appointments in the list).
  const rowOf = (page: Page) =>
    page.locator("tbody tr").filter({ has: page.locator(`a[href="${patientHref}"]`) }).filter({ hasText: time });
  const row = rowOf(page);
  await row.getByRole("combobox").selectOption("emailed");
  await row.getByRole("textbox").fill("Did not pick up, emailed instead");
  await row.getByRole("button", { name: "Record" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Recorded." })).toBeVisible();
  await expect(row).toContainText(/Emailed a reminder · .* · Did not pick up, emailed instead/);

  // The patient's address, from their record.
  await visit(patientHref!);
  const address = (await summary(page, "Email").innerText()).trim();
  expect(address).toContain("@");
  const reminder = await waitForEmail(address, new RegExp(`^Reminder: .* at ${time}$`));
  const confirm = reminder.text.match(/\/book\/manage\/[A-Za-z0-9_-]{43}\?confirm=1/);
  expect(confirm, reminder.text).not.toBeNull();
  expect(reminder.text).toMatch(/To move it: \S+\?reschedule=1/);
  expect(reminder.text).toMatch(/To cancel it: \S+\?cancel=1/);

  // On the patient's phone: one question, one button.
  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await phone.goto(confirm![0]);
  await expect(phone.getByRole("heading", { level: 1, name: "Your appointment" })).toBeVisible();
  await expect(summary(phone, "Status")).toHaveText("Booked");
  const question = phone.getByRole("group", { name: /^Will you come\?/ });
  await question.getByRole("button", { name: "Yes, I will come" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "Thank you: the clinic knows you will come." })).toBeVisible();
  await expect(summary(phone, "Status")).toHaveText("Confirmed");
  await expect(phone.getByRole("button", { name: "Yes, I will come" })).toHaveCount(0);
  await phoneContext.close();

  // The list no longer waits for them.
  await visit("/calendar/confirmations");
  await expect(page.getByRole("heading", { level: 1, name: "Confirmations" })).toBeVisible();
  await expect(rowOf(page)).toHaveCount(0);
});
