import { test, expect } from "./support/fixtures";

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

test("without JavaScript a receptionist books from the calendar with plain forms", async ({ page, visit }) => {
  const day = new Date(Date.UTC(2031 + Math.floor(Math.random() * 6), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const date = day.toISOString().slice(0, 10);
  const last = `Nojscal${digits(6)}`;

  await visit("/sign-in?next=/patients/new");
  await page.getByLabel("Email address").fill("reception@demo.test");
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("First name").fill("Eli");
  await page.getByLabel("Last name").fill(last);
  // A birth date of this run: the duplicate check would otherwise flag an earlier run's Eli.
  await page.getByLabel("Date of birth").fill(`1${digits(1)}/0${1 + Math.floor(Math.random() * 9)}/19${50 + Math.floor(Math.random() * 40)}`);
  await page.getByLabel("Mobile phone").fill(`07700 9${digits(2)} ${digits(3)}`);
  await page.getByRole("button", { name: "Create the patient" }).click();
  await expect(page.getByRole("heading", { name: `Eli ${last}`, level: 1 })).toBeVisible();

  await visit(`/calendar?date=${date}`);
  await page.getByRole("link", { name: "Book with Dr Sam Patel" }).click();
  const booking = page.getByRole("dialog", { name: "Book an appointment" });
  await booking.getByLabel("Patient").fill(last);
  await booking.getByRole("button", { name: "Search" }).click();
  await booking.getByRole("link", { name: new RegExp(last) }).click();
  await booking.getByLabel("Starts").fill(`${date}T15:00`);
  await booking.getByRole("button", { name: "Book appointment" }).click();

  const details = page.getByRole("dialog", { name: new RegExp(`Eli ${last} · 15:00`) });
  await expect(details).toContainText("Scheduled");
  await details.getByRole("button", { name: "Mark confirmed" }).click();
  await expect(page.getByRole("dialog", { name: new RegExp(`Eli ${last}`) })).toContainText("Confirmed");
});
