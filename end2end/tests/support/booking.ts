// Steps of the public online booking (/book) that its tests share: a patient of this run, the
// slot picker (a strip of day links, then one button per free time) and the details form. They
// are plain links and forms with JavaScript or without (the patient pages load no WebAssembly).
import { expect, type Locator, type Page } from "@playwright/test";

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");
const pick = (from: number, count: number) => from + Math.floor(Math.random() * count);

export type Person = {
  first: string;
  last: string;
  /** YYYY-MM-DD, as an `<input type="date">` is filled. */
  dateOfBirth: string;
  email: string;
  phone: string;
};

/**
 * A new patient of this run: a unique email and surname, a random date of birth (so no earlier
 * run's patient matches them), a New York number. (The tests book at New York: the London confirmation template is
 * edited by email.spec.ts, which runs alongside.)
 */
export function newPerson(first: string): Person {
  const run = digits(8);
  const month = String(pick(1, 12)).padStart(2, "0");
  const day = String(pick(1, 28)).padStart(2, "0");
  return {
    first,
    last: `Online${run}`,
    dateOfBirth: `${pick(1950, 50)}-${month}-${day}`,
    email: `${first.toLowerCase()}.${run}@example.com`,
    phone: `212 555 0${digits(3)}`,
  };
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * "2026-12-07" as the pages write a day of the New York clinic (in English, the way of its
 * region, the United States): "Monday, December 7".
 */
export function longDay(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${MONTHS[month - 1]} ${day}`;
}

/** "2026-12-07" as the summaries and emails write a date: "Monday, December 7, 2026". */
export function longDate(iso: string): string {
  return `${longDay(iso)}, ${iso.slice(0, 4)}`;
}

/** A time as the New York clinic writes it: "9:30 AM". */
export const TIME = String.raw`\d{1,2}:\d\d [AP]M`;

/** The value (`<dd>`) of a summary's term (`<dt>`), such as "When" or "Status". */
export function summary(page: Page, term: string): Locator {
  return page.locator(`xpath=//dt[normalize-space(.)="${term}"]/following-sibling::dd[1]`);
}

/** The `date` of a day link's address. */
function dateOf(href: string | null): string {
  const date = href ? new URL(href, "http://localhost").searchParams.get("date") : null;
  if (!date) throw new Error(`a day link without a date: ${href}`);
  return date;
}

/** Follows a link of the picker (a day, or "Later ›") and waits for that day's free times. */
async function openDay(page: Page, link: Locator): Promise<string> {
  const date = dateOf(await link.getAttribute("href"));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`[?&]date=${date}(?:&|$)`));
  await expect(page.getByRole("heading", { level: 2, name: `Free times on ${longDay(date)}`, exact: true })).toBeVisible();
  return date;
}

/**
 * Chooses a day with free times in the slot picker and answers it (YYYY-MM-DD), never `avoid`.
 * It first steps `weeksAhead` weeks ahead (a week at least, as online changes close 24 hours
 * before the appointment, and the first week has the least free time). Each test that books
 * online takes a week of its own (see BOOKING_WEEKS), so tests running side by side never
 * want the same time.
 */
export async function chooseDay(page: Page, options: { weeksAhead: number; avoid?: string }): Promise<string> {
  const picker = page.getByRole("region", { name: "Choose a day" });
  const later = picker.getByRole("link", { name: "Later ›" });
  for (let i = 0; i < options.weeksAhead; i++) await openDay(page, later);
  for (let week = 0; week < 8; week++) {
    // Day links read like "Mon 7 Dec 12 times" or "Tue 8 Dec full".
    for (const day of await picker.getByRole("link").filter({ hasText: /\d+ times?/ }).all()) {
      if (dateOf(await day.getAttribute("href")) !== options.avoid) return openDay(page, day);
    }
    if ((await later.count()) === 0) break;
    await openDay(page, later);
  }
  throw new Error("no day with a free time in the picker");
}

/**
 * The week ahead in which each online booking test books: one each, so that no two tests
 * running side by side ever want the same time.
 */
export const BOOKING_WEEKS = {
  phone: 1,
  noScript: 2,
  skippedQuestion: 3,
  /** languages.spec.ts */
  switchingLanguage: 5,
  /** asap.spec.ts: the time a patient cancels, and the later one that waits for it. */
  freedByCancelling: 4,
  waitingForEarlier: 6,
} as const;

/**
 * Clicks one of the chosen day's free times (at random) and answers its button's text: "10:30 · Dr Sam Patel", or "10:30" with a chosen
 * provider.
 */
export async function chooseTime(page: Page): Promise<string> {
  const times = page.getByRole("list", { name: /^Free times on / }).getByRole("button");
  await expect(times.first()).toBeVisible();
  const button = times.nth(Math.floor(Math.random() * (await times.count())));
  const label = (await button.innerText()).trim();
  await button.click();
  return label;
}

/**
 * Fills the details step ("Your details") for `person`, a new patient; with `answerReturning`
 * false, leaves "Have you been to this clinic before?" unanswered.
 */
export async function fillDetails(page: Page, person: Person, { answerReturning = true } = {}): Promise<void> {
  await page.getByLabel("First name", { exact: true }).fill(person.first);
  await page.getByLabel("Last name", { exact: true }).fill(person.last);
  await page.getByLabel("Date of birth", { exact: true }).fill(person.dateOfBirth);
  await page.getByLabel("Email", { exact: true }).fill(person.email);
  await page.getByLabel("Phone", { exact: true }).fill(person.phone);
  await page.getByLabel("Reason for the visit (optional)").fill("A routine check-up.");
  if (answerReturning) {
    const before = page.getByRole("group", { name: "Have you been to this clinic before?" });
    await before.getByRole("radio", { name: "No, I am new" }).check();
  }
  await expect(page.getByRole("checkbox", { name: "Email me reminders before the appointment" })).toBeChecked();
}
