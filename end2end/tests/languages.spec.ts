// Languages: a patient whose browser reads Spanish books in Spanish, switches to English in the
// middle of the flow, and keeps the time they chose.
import { test, expect } from "./support/fixtures";
import { BOOKING_WEEKS, fillDetails, longDate, newPerson, summary } from "./support/booking";
import { waitForEmail } from "./support/mail";

test.use({ locale: "es-ES", viewport: { width: 375, height: 740 }, timezoneId: "America/New_York" });

test("a patient with a Spanish browser books, switches to English mid-flow and keeps the chosen time", async ({ page, visit }) => {
  test.setTimeout(90_000);
  const eva = newPerson("Eva");

  await visit("/book");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Pedir cita" })).toBeVisible();
  await page.getByRole("link", { name: /Chairside Dental New York/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pedir cita en Chairside Dental New York" })).toBeVisible();
  await expect(page.getByText("Paso 1 de 5")).toBeVisible();
  await page.getByRole("link", { name: /Check-up\s*30 minutos/ }).click();
  await page.getByRole("link", { name: /El primero disponible/ }).click();
  await expect(page.getByText("Paso 3 de 5")).toBeVisible();

  // A day of this test's own week with free times ("12 huecos"), then one of its times.
  const picker = page.getByRole("region", { name: "Elija un día" });
  const later = picker.getByRole("link", { name: "Después ›" });
  for (let week = 0; week < BOOKING_WEEKS.switchingLanguage; week++) {
    const href = await later.getAttribute("href");
    await later.click();
    await expect(page).toHaveURL(new RegExp(`date=${new URL(href!, "http://x").searchParams.get("date")}`));
  }
  const day = picker.getByRole("link").filter({ hasText: /\d+ huecos?/ }).first();
  const date = new URL((await day.getAttribute("href"))!, "http://x").searchParams.get("date")!;
  await day.click();
  await expect(page).toHaveURL(new RegExp(`date=${date}`));
  const times = page.getByRole("list", { name: /^Horas libres el / }).getByRole("button");
  await expect(times.first()).toBeVisible();
  // The page's script has solved the proof-of-work for holding a time.
  await expect(page.locator('form.time-form input[name="proof"]').first()).toHaveValue(/^\d+$/);
  const button = times.nth(Math.floor(Math.random() * (await times.count())));
  const label = (await button.innerText()).trim();
  // "2:30 p. m. · Dr Sam Patel": the clinic's 12-hour clock, in Spanish words.
  const match = label.match(/^(\d{1,2}:\d\d)\s*([ap])\.\s*m\.\s*·\s*(.+)$/);
  expect(match, label).not.toBeNull();
  const [, clock, half, provider] = match!;
  const time = `${clock} ${half === "a" ? "AM" : "PM"}`;
  await button.click();

  await expect(page.getByRole("heading", { level: 1, name: "Sus datos" })).toBeVisible();
  await expect(summary(page, "Con")).toHaveText(provider);
  const held = page.url();

  // The switcher: the same page, in English, with the same booking (and so the same time).
  await page.getByRole("navigation", { name: "Idioma" }).getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("booking")).toBe(new URL(held).searchParams.get("booking"));
  await expect(summary(page, "With")).toHaveText(provider);
  await expect(summary(page, "When")).toHaveText(`${longDate(date)} at ${time} (America/New_York)`);

  await fillDetails(page, eva);
  await page.getByRole("button", { name: "Continue" }).click();
  // English from now on, without asking again.
  await expect(page.getByRole("heading", { level: 1, name: "Check and confirm" })).toBeVisible();
  await expect(summary(page, "When")).toHaveText(`${longDate(date)} at ${time} (America/New_York)`);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You are booked" })).toBeVisible();

  const confirmation = await waitForEmail(eva.email, /^Your appointment on /);
  expect(confirmation.subject).toBe(`Your appointment on ${longDate(date)} at ${time}`);
});
