// Online booking without JavaScript: every step is a plain link or form. The patient books,
// gets the confirmation email (from the test SMTP receiver, see support/mail.ts) and cancels
// through its link.
import { test, expect } from "./support/fixtures";
import { BOOKING_WEEKS, chooseDay, chooseTime, fillDetails, longDate, newPerson, summary, TIME } from "./support/booking";
import { manageLink, waitForEmail } from "./support/mail";

test("without JavaScript a new patient books a check-up with plain forms and cancels it from the email's link", async ({ page, visit }) => {
  // Two emails, a dozen pages and the no-script wait: longer than the default 30 seconds.
  test.setTimeout(120_000);
  const ben = newPerson("Ben");

  await visit("/book");
  await expect(page.getByRole("heading", { level: 1, name: "Book an appointment" })).toBeVisible();
  await page.getByRole("link", { name: /Chairside Dental New York/ }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Book at Chairside Dental New York" })).toBeVisible();
  await expect(page.getByText("Step 1 of 5")).toBeVisible();
  await page.getByRole("link", { name: /Check-up\s*30 minutes/ }).click();

  await expect(page.getByText("Step 2 of 5")).toBeVisible();
  await page.getByRole("link", { name: /First available/ }).click();

  await expect(page.getByText("Step 3 of 5")).toBeVisible();
  await expect(page.getByText("Check-up · First available")).toBeVisible();
  await expect(page.getByText("Times are in the clinic's time zone (America/New_York).")).toBeVisible();
  const date = await chooseDay(page, { weeksAhead: BOOKING_WEEKS.noScript });
  // Without JavaScript there is no proof-of-work for holding a time either: the server wants
  // the page of times to have been shown for 2 seconds (a person reads it first).
  await page.waitForTimeout(2500);
  const chosen = await chooseTime(page);
  expect(chosen).toMatch(new RegExp(`^${TIME} · \\S`));
  const [time, provider] = chosen.split(" · ");

  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();
  await expect(page.getByText("Step 4 of 5")).toBeVisible();
  await expect(summary(page, "With")).toHaveText(provider);
  await expect(summary(page, "When")).toHaveText(`${longDate(date)} at ${time} (America/New_York)`);
  await expect(page.getByText(new RegExp(`^We are holding this time for you until ${TIME} \\(America/New_York time\\)\\.$`))).toBeVisible();
  await fillDetails(page, ben);
  // Without JavaScript there is no proof-of-work: the server instead wants at least 4 seconds
  // between holding the time and the details (a person's pace, not a script's).
  await page.waitForTimeout(4500);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Check and confirm" })).toBeVisible();
  await expect(page.getByText("Step 5 of 5")).toBeVisible();
  await expect(summary(page, "Name")).toHaveText(`Ben ${ben.last}`);
  await expect(summary(page, "Email")).toHaveText(ben.email);
  await expect(page.getByRole("link", { name: "Change my details" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "You are booked" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Your appointment is confirmed." })).toBeVisible();
  // The confirmation page says nothing of the booking itself (its address may outlive it):
  // the email does.
  await expect(page.getByText("We have sent the details by email, with a link to move or cancel the appointment.")).toBeVisible();

  const confirmation = await waitForEmail(ben.email, /^Your appointment on /);
  expect(confirmation.subject).toBe(`Your appointment on ${longDate(date)} at ${time}`);

  await visit(manageLink(confirmation.text));
  await expect(page.getByRole("heading", { level: 1, name: "Your appointment" })).toBeVisible();
  await expect(summary(page, "When")).toHaveText(`${longDate(date)} at ${time} (America/New_York)`);
  await expect(summary(page, "Status")).toHaveText("Booked");
  await expect(page.getByRole("link", { name: "Move to another time" })).toBeVisible();

  await page.getByRole("link", { name: "Cancel appointment" }).click();
  const question = page.getByRole("group", { name: /^Cancel this appointment\?/ });
  await expect(question.getByRole("link", { name: "No, keep it" })).toBeVisible();
  await question.getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your appointment is cancelled. We have sent you an email." })).toBeVisible();
  await expect(summary(page, "Status")).toHaveText("Cancelled");
  await expect(page.getByRole("link", { name: "Book another appointment" })).toBeVisible();
  const cancelled = await waitForEmail(ben.email, /is cancelled/);
  expect(cancelled.subject).toBe(`Your appointment on ${longDate(date)} is cancelled`);
});

test("without JavaScript a patient who skips a question is told so beside it, with everything typed still there", async ({ page, visit }) => {
  // The no-script waits (2 s to hold, 4 s to the details) and two posts of the form.
  test.setTimeout(90_000);
  const dana = newPerson("Dana");

  await visit("/book");
  await page.getByRole("link", { name: /Chairside Dental New York/ }).click();
  await page.getByRole("link", { name: /Check-up\s*30 minutes/ }).click();
  await page.getByRole("link", { name: /First available/ }).click();
  await chooseDay(page, { weeksAhead: BOOKING_WEEKS.skippedQuestion });
  await page.waitForTimeout(2500);
  await chooseTime(page);
  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();

  // Everything but "Have you been to this clinic before?", and no reminders.
  await fillDetails(page, dana, { answerReturning: false });
  const reminders = page.getByRole("checkbox", { name: "Email me reminders before the appointment" });
  await reminders.uncheck();
  await page.waitForTimeout(4500);
  await page.getByRole("button", { name: "Continue" }).click();

  // The same step again, the question's message beside it, and nothing typed lost.
  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();
  const question = page.getByRole("group", { name: "Have you been to this clinic before?" });
  await expect(question.getByText("Say whether you have been to the clinic before.")).toBeVisible();
  await expect(page.getByText(/not understood|missing field/)).toHaveCount(0);
  await expect(page.getByLabel("First name", { exact: true })).toHaveValue(dana.first);
  await expect(page.getByLabel("Last name", { exact: true })).toHaveValue(dana.last);
  await expect(page.getByLabel("Date of birth", { exact: true })).toHaveValue(dana.dateOfBirth);
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(dana.email);
  await expect(page.getByLabel("Phone", { exact: true })).toHaveValue(dana.phone);
  await expect(page.getByLabel("Reason for the visit (optional)")).toHaveValue("A routine check-up.");
  await expect(reminders).not.toBeChecked();

  await question.getByRole("radio", { name: "No, I am new" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check and confirm" })).toBeVisible();
  await expect(summary(page, "Name")).toHaveText(`Dana ${dana.last}`);
});
