// The ASAP list from the patients' side, on phones: one patient books a check-up weeks ahead and
// ticks "Tell me if an earlier time frees up"; another cancels an earlier check-up from their
// email; the first gets an offer by email and takes the freed time, and their appointment moves
// there (one appointment, not two).
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { BOOKING_WEEKS, chooseDay, chooseTime, fillDetails, longDate, newPerson, summary, type Person } from "./support/booking";
import { manageLink, offerLink, waitForEmail } from "./support/mail";

test.use({ viewport: { width: 375, height: 740 }, timezoneId: "America/New_York" });

/** Books a check-up at New York for `person`; answers its day and time ("10:30"). */
async function bookCheckUp(page: Page, person: Person, weeksAhead: number, wantsEarlier: boolean) {
  await page.goto("/book");
  await page.getByRole("link", { name: /Chairside Dental New York/ }).click();
  await page.getByRole("link", { name: /Check-up\s*30 minutes/ }).click();
  await page.getByRole("link", { name: /First available/ }).click();
  const date = await chooseDay(page, { weeksAhead });
  const [time] = (await chooseTime(page)).split(" · ");
  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();
  await fillDetails(page, person);
  const earlier = page.getByRole("checkbox", { name: "Tell me if an earlier time frees up" });
  await expect(earlier).not.toBeChecked();
  if (wantsEarlier) await earlier.check();
  await expect(page.locator('input[name="proof"]')).toHaveValue(/^\d+$/);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You are booked" })).toBeVisible();
  return { date, time };
}

test("a patient on a phone takes a freed earlier time from the offer email, and their appointment moves there", async ({ page, browser }) => {
  // Two bookings, a cancellation, four emails.
  test.setTimeout(120_000);
  const ivy = newPerson("Ivy");
  const later = await bookCheckUp(page, ivy, BOOKING_WEEKS.waitingForEarlier, true);

  // Ned, on his own phone, books earlier, then cancels from his confirmation email.
  const nedsPhone = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const ned = await nedsPhone.newPage();
  const neds = newPerson("Ned");
  const freed = await bookCheckUp(ned, neds, BOOKING_WEEKS.freedByCancelling, false);
  const confirmation = await waitForEmail(neds.email, /^Your appointment on /);
  await ned.goto(`${manageLink(confirmation.text)}?cancel=1`);
  await ned.getByRole("group", { name: /^Cancel this appointment\?/ }).getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(ned.getByRole("status").filter({ hasText: "Your appointment is cancelled." })).toBeVisible();
  await nedsPhone.close();

  // Ivy is offered Ned's time at once. (Other tests running alongside may free earlier times
  // too, which she is offered as well: she takes Ned's.)
  const offer = await waitForEmail(ivy.email, new RegExp(`^An earlier time: Check-up on ${longDate(freed.date)} at ${freed.time}$`));
  expect(offer.text).toContain("the first to take it gets it");
  await page.goto(offerLink(offer.text));
  await expect(page.getByRole("heading", { level: 1, name: "A time has freed up" })).toBeVisible();
  await expect(summary(page, "Appointment")).toHaveText("Check-up");
  await expect(summary(page, "When")).toHaveText(`${longDate(freed.date)} at ${freed.time} (America/New_York)`);
  await expect(page.getByRole("note")).toHaveText(new RegExp(`^Your appointment on .* at ${later.time} moves to this time`));
  await page.getByRole("button", { name: "Take this time" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Booked" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "It is yours." })).toBeVisible();

  // Her appointment has moved (no second one): the email's link shows it at the new time.
  const moved = await waitForEmail(ivy.email, /^Your appointment has moved to /);
  expect(moved.subject).toBe(`Your appointment has moved to ${longDate(freed.date)} at ${freed.time}`);
  await page.goto(manageLink(moved.text));
  await expect(summary(page, "When")).toHaveText(`${longDate(freed.date)} at ${freed.time} (America/New_York)`);
  await expect(summary(page, "Status")).toHaveText("Booked");
});
