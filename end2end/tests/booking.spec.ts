// Online booking by a patient on a phone, with JavaScript: book, then move and cancel through the
// link in the confirmation email (read from the test SMTP receiver, see support/mail.ts). The
// patient pages load no WebAssembly, only their small script (public/book.js): it solves the
// proof-of-work, notes the device's time zone and keeps a form from being sent twice.
import type { Locator } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { BOOKING_WEEKS, chooseDay, chooseTime, fillDetails, longDate, newPerson, summary, TIME } from "./support/booking";
import { manageLink, waitForEmail } from "./support/mail";

// A phone, in another time zone than the clinic's (the picker says so).
test.use({ viewport: { width: 375, height: 740 }, timezoneId: "Europe/London" });

test("a new patient books a check-up on a phone, then moves and cancels it from the email's link", async ({ page, visit }) => {
  // Three emails and a dozen pages: longer than the default 30 seconds.
  test.setTimeout(120_000);
  const ava = newPerson("Ava");
  const requested: { method: string; url: string }[] = [];
  page.on("request", (request) => requested.push({ method: request.method(), url: request.url() }));

  await visit("/book");
  await expect(page.getByRole("heading", { level: 1, name: "Book an appointment" })).toBeVisible();
  await page.getByRole("link", { name: /Chairside Dental New York/ }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Book at Chairside Dental New York" })).toBeVisible();
  await expect(page.getByText("Step 1 of 5")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "What is the appointment for?" })).toBeVisible();
  await page.getByRole("link", { name: /Check-up\s*30 minutes/ }).click();

  await expect(page.getByText("Step 2 of 5")).toBeVisible();
  await page.getByRole("link", { name: /First available/ }).click();

  await expect(page.getByText("Step 3 of 5")).toBeVisible();
  await expect(page.getByText("Check-up · First available")).toBeVisible();
  await expect(page.getByText("Times are in the clinic's time zone (America/New_York).")).toBeVisible();
  await expect(page.getByText(/Your device is set to Europe\/London\./)).toBeVisible();
  const date = await chooseDay(page, { weeksAhead: BOOKING_WEEKS.phone });
  // The times page was shown a moment ago: the server takes the hold for the script's proof
  // (without it, only after 2 seconds).
  await expect(page.locator('form.time-form input[name="proof"]').first()).toHaveValue(/^\d+$/);
  expect(await proofBits(page.locator('form.time-form input[name="proof"]').first())).toBeGreaterThanOrEqual(15);
  // With "First available" each time names who is free then: "10:30 · Dr Sam Patel".
  const chosen = await chooseTime(page);
  expect(chosen).toMatch(new RegExp(`^${TIME} · \\S`));
  const [time, provider] = chosen.split(" · ");

  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();
  await expect(page.getByText("Step 4 of 5")).toBeVisible();
  await expect(summary(page, "Appointment")).toHaveText("Check-up");
  await expect(summary(page, "With")).toHaveText(provider);
  await expect(summary(page, "When")).toHaveText(`${longDate(date)} at ${time} (America/New_York)`);
  await expect(summary(page, "Where")).toContainText("Chairside Dental New York");
  await expect(page.getByText(new RegExp(`^We are holding this time for you until ${TIME} \\(America/New_York time\\)\\.$`))).toBeVisible();
  await fillDetails(page, ava);
  // The page's script solves its proof-of-work; the server wants it (or a 4-second wait).
  await expect(page.locator('input[name="proof"]')).toHaveValue(/^\d+$/);
  expect(await proofBits(page.locator('input[name="proof"]'))).toBeGreaterThanOrEqual(15);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Check and confirm" })).toBeVisible();
  await expect(page.getByText("Step 5 of 5")).toBeVisible();
  await expect(summary(page, "Name")).toHaveText(`Ava ${ava.last}`);
  await expect(summary(page, "Email")).toHaveText(ava.email);
  await expect(page.getByRole("link", { name: "Change my details" })).toBeVisible();
  // Pressed twice in a row (an impatient tap on a slow network): the form is sent once.
  await page.getByRole("button", { name: "Confirm booking" }).evaluate((button: HTMLButtonElement) => {
    button.form!.requestSubmit(button);
    button.form!.requestSubmit(button);
  });

  await expect(page.getByRole("heading", { level: 1, name: "You are booked" })).toBeVisible();
  expect(requested.filter((r) => r.method === "POST" && r.url.includes("/api/book/confirm"))).toHaveLength(1);
  await expect(page.getByRole("status").filter({ hasText: "Your appointment is confirmed." })).toBeVisible();
  await expect(page.getByText("We have sent the details by email, with a link to move or cancel the appointment.")).toBeVisible();

  const confirmation = await waitForEmail(ava.email, /^Your appointment on /);
  expect(confirmation.subject).toBe(`Your appointment on ${longDate(date)} at ${time}`);
  expect(confirmation.text).toContain("To see, move or cancel it: http");

  // The link in the email: the patient's appointment, without an account.
  await visit(manageLink(confirmation.text));
  await expect(page.getByRole("heading", { level: 1, name: "Your appointment" })).toBeVisible();
  await expect(summary(page, "Appointment")).toHaveText("Check-up");
  await expect(summary(page, "With")).toHaveText(provider);
  await expect(summary(page, "When")).toHaveText(`${longDate(date)} at ${time} (America/New_York)`);
  await expect(summary(page, "Where")).toContainText("Chairside Dental New York");
  await expect(summary(page, "Status")).toHaveText("Booked");
  await expect(page.getByText(/^You can move or cancel online until /)).toBeVisible();

  // Moved to another day.
  await page.getByRole("link", { name: "Move to another time" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Move to another time" })).toBeVisible();
  await expect(page.getByText("Your current time stays yours until the new one is secured.")).toBeVisible();
  const newDate = await chooseDay(page, { weeksAhead: BOOKING_WEEKS.phone, avoid: date });
  const moved = await chooseTime(page);
  expect(moved).toMatch(new RegExp(`^${TIME} · \\S`));
  const [newTime, newProvider] = moved.split(" · ");
  await expect(page.getByRole("status").filter({ hasText: "Your appointment has moved. We have sent you an email." })).toBeVisible();
  await expect(summary(page, "When")).toHaveText(`${longDate(newDate)} at ${newTime} (America/New_York)`);
  await expect(summary(page, "With")).toHaveText(newProvider);
  await expect(summary(page, "Status")).toHaveText("Booked");
  const movedEmail = await waitForEmail(ava.email, /^Your appointment has moved to /);
  expect(movedEmail.subject).toBe(`Your appointment has moved to ${longDate(newDate)} at ${newTime}`);

  // Then cancelled, after saying yes.
  await page.getByRole("link", { name: "Cancel appointment" }).click();
  const question = page.getByRole("group", { name: /^Cancel this appointment\?/ });
  await expect(question.getByRole("link", { name: "No, keep it" })).toBeVisible();
  await question.getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your appointment is cancelled. We have sent you an email." })).toBeVisible();
  await expect(summary(page, "Status")).toHaveText("Cancelled");
  await expect(page.getByRole("link", { name: "Book another appointment" })).toBeVisible();
  const cancelled = await waitForEmail(ava.email, /is cancelled/);
  expect(cancelled.subject).toBe(`Your appointment on ${longDate(newDate)} is cancelled`);

  // A dozen patient pages, and not one byte of the staff application (only its stylesheet).
  const urls = requested.map((r) => r.url);
  expect(urls.filter((url) => /\.wasm(\?|$)|\/pkg\/.*\.js(\?|$)/.test(url))).toEqual([]);
  expect(urls.filter((url) => new URL(url).pathname === "/book.js").length).toBeGreaterThan(0);
});

/** The leading zero bits of SHA-256("challenge:nonce") for a proof field, by the browser's own
 * SHA-256 (WebCrypto), not the page script's. */
async function proofBits(field: Locator): Promise<number> {
  return field.evaluate(async (input: HTMLInputElement) => {
    const data = new TextEncoder().encode(`${input.dataset.proofOf}:${input.value}`);
    const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
    let bits = 0;
    for (const byte of hash) {
      if (byte !== 0) return bits + Math.clz32(byte) - 24;
      bits += 8;
    }
    return bits;
  });
}
