import { test, expect } from "./support/fixtures";
import type { Locator, Page } from "@playwright/test";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

// A weekday years ahead, different for each test run: the demo appointments never reach it,
// and tests running side by side do not meet.
function farWeekday(): string {
  const day = new Date(Date.UTC(2031 + Math.floor(Math.random() * 6), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

// A new patient of this run (optionally with an allergy); the page ends on their record.
async function newPatient(page: Page, first: string, last: string, allergy?: string) {
  await page.goto("/patients/new");
  await page.getByLabel("First name").fill(first);
  await page.getByLabel("Last name").fill(last);
  await page.getByLabel("Date of birth").fill(`1${digits(1)}/0${1 + Math.floor(Math.random() * 9)}/19${50 + Math.floor(Math.random() * 40)}`);
  await page.getByLabel("Mobile phone").fill(`07700 9${digits(2)} ${digits(3)}`);
  await page.getByRole("button", { name: "Create the patient" }).click();
  await expect(page.getByRole("heading", { name: `${first} ${last}`, level: 1 })).toBeVisible();
  if (allergy) {
    await page.getByLabel("Kind").selectOption("allergy");
    await page.getByLabel("What").fill(allergy);
    await page.getByLabel("Severity (allergies)").selectOption("severe");
    await page.getByRole("button", { name: "Add the entry" }).click();
    await expect(page.getByRole("region", { name: "Medical alerts" })).toContainText(allergy);
  }
}

// The vertical position, in the column's drawing, of a wall-clock hour (from the hour labels
// of the gutter, which is drawn on the same scale from the same top).
async function yOfHour(page: Page, day: Locator, hour: string): Promise<number> {
  const label = await page.locator(".cal-gutter text", { hasText: hour }).boundingBox();
  const top = await day.boundingBox();
  if (!label || !top) throw new Error(`no ${hour} on the calendar`);
  return label.y - top.y;
}

/**
 * Drags `card` by its top edge onto `day`, `y` pixels down: the HTML drag-and-drop events
 * the browser sends, dispatched with one DataTransfer. (Playwright's mouse-driven dragTo stopped
 * producing a drop in Debian's Chromium 156.0.8078.114; the app's handlers are the same.)
 */
async function dragCard(page: Page, card: Locator, day: Locator, y: number): Promise<void> {
  const from = await card.boundingBox();
  const onto = await day.boundingBox();
  if (!from || !onto) throw new Error("the card or the day is not on screen");
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  const at = (x: number, top: number) => ({ dataTransfer, clientX: x, clientY: top, bubbles: true, cancelable: true });
  await card.dispatchEvent("dragstart", at(from.x + 10, from.y + 5));
  await day.dispatchEvent("dragover", at(onto.x + 40, onto.y + y));
  await day.dispatchEvent("drop", at(onto.x + 40, onto.y + y));
  await card.dispatchEvent("dragend", at(onto.x + 40, onto.y + y));
}

test("a receptionist books from the calendar, drags the appointment to another time, then cancels it", async ({ page, visit }) => {
  const date = farWeekday();
  const last = `Calendar${digits(6)}`;
  await visit("/sign-in?next=/patients");
  await signIn(page, "reception@demo.test");
  await expect(page.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();
  await newPatient(page, "Cara", last);

  await visit(`/calendar?date=${date}`);
  const column = page.getByRole("group", { name: "Dr Sam Patel" });
  const day = column.locator("svg.cal-day");
  // A click on free time at 10:00 opens the booking dialog there.
  await day.click({ position: { x: 40, y: (await yOfHour(page, day, "10:00")) + 4 } });
  const booking = page.getByRole("dialog", { name: "Book an appointment" });
  await expect(booking.getByLabel("Patient")).toBeVisible();
  await booking.getByLabel("Patient").fill(last);
  await booking.getByRole("link", { name: new RegExp(last) }).click();
  await expect(booking.getByLabel("Starts")).toHaveValue(new RegExp(`^${date}T10:0`));
  await booking.getByLabel("Starts").fill(`${date}T10:00`);
  await expect(booking.getByText(/^Ends at 1[01]:\d\d\.$/)).toBeVisible();
  await booking.getByRole("button", { name: "Book appointment" }).click();

  const details = page.getByRole("dialog", { name: new RegExp(`Cara ${last} · 10:00`) });
  await expect(details).toContainText("Scheduled");
  await details.getByRole("link", { name: "Close" }).first().click();
  const card = column.getByRole("link", { name: new RegExp(last) });
  await expect(card).toContainText("10:00–");

  // Dragged by its top edge to 14:00.
  const target = (await yOfHour(page, day, "14:00")) + 5;
  await dragCard(page, card, day, target);
  await expect(card).toContainText("14:00–");

  await card.click();
  const moved = page.getByRole("dialog", { name: new RegExp(`Cara ${last} · 14:00`) });
  await moved.getByText("Cancel", { exact: true }).click();
  await moved.getByLabel("Reason").selectOption({ label: "Patient unwell" });
  await moved.getByLabel("Details").fill("called at 8");
  await moved.getByRole("button", { name: "Cancel appointment" }).click();
  await expect(column.getByRole("link", { name: new RegExp(last) })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Cancelled and no-shows" })).toContainText(last);
});

test("a dentist opens My day and sees the patient's allergy beside the appointment", async ({ page, visit, browser }) => {
  const date = farWeekday();
  const last = `Myday${digits(6)}`;
  // The front desk books the patient with the demo dentist's provider.
  const desk = await browser.newContext();
  const front = await desk.newPage();
  await front.goto("/sign-in?next=/patients");
  await signIn(front, "reception@demo.test");
  await expect(front.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();
  await newPatient(front, "Dana", last, "Latex");
  await front.goto(`/calendar?date=${date}`);
  await front.waitForSelector("html[data-hydrated]", { state: "attached" });
  await front.getByRole("link", { name: "Book with Dr Sam Patel" }).click();
  const booking = front.getByRole("dialog", { name: "Book an appointment" });
  await booking.getByLabel("Patient").fill(last);
  await booking.getByRole("link", { name: new RegExp(last) }).click();
  await booking.getByLabel("Starts").fill(`${date}T11:30`);
  await booking.getByRole("button", { name: "Book appointment" }).click();
  await expect(front.getByRole("dialog", { name: new RegExp(`Dana ${last}`) })).toContainText("Scheduled");
  await desk.close();

  await visit(`/sign-in?next=/my-day?date=${date}`);
  await signIn(page, "dentist@demo.test");
  await expect(page.getByRole("heading", { name: /Dr Sam Patel/ })).toBeVisible();
  const visitItem = page.getByRole("listitem").filter({ hasText: `Dana ${last}` });
  await expect(visitItem).toContainText("11:30–");
  await expect(visitItem.getByRole("complementary", { name: `Alerts for Dana ${last}` })).toContainText("Allergy: Latex (severe)");
  await visitItem.getByRole("button", { name: "Mark arrived" }).click();
  await expect(visitItem).toContainText("Arrived");
});

test("an address that opens an appointment's dialog loads with the dialog open, hydrates, and Escape closes it", async ({ page, visit }) => {
  // The demo data books the weekdays of the week before and after today.
  const day = new Date();
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  await visit(`/sign-in?next=/calendar?date=${day.toISOString().slice(0, 10)}`);
  await signIn(page, "reception@demo.test");
  await expect(page).toHaveTitle(/^Calendar/);
  // A demo appointment of that day, opened by its address (a bookmark, a shared link).
  const href = await page.locator("a[href*='appointment=']").first().getAttribute("href");
  expect(href).not.toBeNull();
  await visit(href!);
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page).not.toHaveURL(/appointment=/);
});
