// The live front desk: a booking made in one browser appears in another's open calendar
// without a reload; a patient cancelling online rings the receptionist's bell; and a
// receptionist books an appointment with the keyboard alone.
import { test, expect } from "./support/fixtures";
import type { Page, APIRequestContext } from "@playwright/test";
import { manageLink, waitForEmail } from "./support/mail";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

// A weekday far ahead, free in the shared demo database.
function farWeekday(): string {
  const day = new Date(Date.UTC(2031 + Math.floor(Math.random() * 6), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

async function call(request: APIRequestContext, endpoint: string, form: Record<string, string>) {
  const response = await request.post(`/api/${endpoint}`, { form, headers: { accept: "application/json" } });
  expect(response.status(), `${endpoint}: ${await response.text()}`).toBe(200);
  return response.json();
}

// A provider of the clinic (London's demo dentist there), a type they do without a chair, and
// a new patient of the test's own (with an email).
async function newPatientAndDentist(request: APIRequestContext, first: string, clinic = "london") {
  const providers = await call(request, "setup/providers", { clinic });
  const types = await call(request, "setup/types", { clinic });
  type Kind = { active: boolean; needs_chair: boolean; provider_ids: number[]; name: string; id: number };
  const provider = providers.data.providers.find((p: { id: number; name: string; active: boolean }) =>
    (clinic !== "london" || p.name === "Dr Sam Patel") && p.active
    && types.data.types.some((t: Kind) => t.active && !t.needs_chair && t.provider_ids.includes(p.id)));
  const kind = types.data.types.find((t: Kind) => t.active && !t.needs_chair && t.provider_ids.includes(provider.id));
  const last = `Live${digits(6)}`;
  const email = `${first.toLowerCase()}.${last.toLowerCase()}@example.com`;
  const patient = await call(request, "patients/create", {
    clinic, "form[first_name]": first, "form[last_name]": last,
    "form[date_of_birth]": `19${50 + Math.floor(Math.random() * 40)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`,
    "form[email]": email, "form[preferred_contact]": "email", "form[email_reminders]": "true", confirm_new: "on",
  });
  return { provider, kind, patient, name: `${first} ${last}`, email };
}

test("a booking made in one browser appears in another's open calendar without a reload", async ({ page, visit, browser }) => {
  const date = farWeekday();
  await visit(`/sign-in?next=${encodeURIComponent(`/calendar?clinic=london&date=${date}`)}`);
  await signIn(page, "reception@demo.test");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(new Date(`${date}T12:00:00Z`).getUTCFullYear().toString());
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  // A mark on this document: a reload would lose it.
  await page.evaluate(() => { (window as unknown as { stillHere: boolean }).stillHere = true; });

  const other = await browser.newContext();
  const desk = await other.newPage();
  await desk.goto("/sign-in");
  await signIn(desk, "reception@demo.test");
  await expect(desk).not.toHaveURL(/sign-in/);
  const { provider, kind, patient, name } = await newPatientAndDentist(other.request, "Lena");
  await call(other.request, "appointments/book", {
    patient_id: String(patient), appointment_type_id: String(kind.id), provider_id: String(provider.id),
    starts_at: `${date}T11:00`,
  });
  await other.close();

  await expect(page.locator(".cal-appt").filter({ hasText: name })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
});

test("a patient cancelling online rings the bell of the clinic's staff", async ({ page, visit, browser }) => {
  const date = farWeekday();
  // In New York: its confirmation email is not the one another test edits in London.
  await visit("/sign-in?next=/calendar?clinic=new-york");
  await signIn(page, "admin@demo.test");
  await expect(page).not.toHaveURL(/sign-in/);
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  const bell = page.getByRole("link", { name: /^Notifications/ });
  await expect(bell).toBeVisible();
  const before = Number((await bell.getAttribute("aria-label"))?.match(/(\d+) unread/)?.[1] ?? 0);

  const { provider, kind, patient, email } = await newPatientAndDentist(page.request, "Cora", "new-york");
  await call(page.request, "appointments/book", {
    patient_id: String(patient), appointment_type_id: String(kind.id), provider_id: String(provider.id),
    starts_at: `${date}T14:30`,
  });
  const confirmation = await waitForEmail(email, /./);

  // The patient, on their phone, cancels from the email's link.
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const patientPage = await phone.newPage();
  await patientPage.goto(`${manageLink(confirmation.text)}?cancel=1`);
  await patientPage.getByRole("group", { name: /^Cancel this appointment\?/ }).getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(patientPage.getByRole("status").filter({ hasText: "Your appointment is cancelled." })).toBeVisible();
  await phone.close();

  // The bell counts it without a reload, and the list says what and links to it.
  await expect.poll(async () => Number((await bell.getAttribute("aria-label"))?.match(/(\d+) unread/)?.[1] ?? 0)).toBeGreaterThan(before);
  await bell.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  // As the notification words the day and time in the New York clinic's way ("Mon, Sep 19
  // 2:30 PM"): fixed three-letter names, not the browser's (whose September may be "Sept").
  const day = new Date(`${date}T12:00:00Z`);
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][day.getUTCDay()];
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][day.getUTCMonth()];
  const when = `${weekday}, ${month} ${day.getUTCDate()}`;
  const item = page.getByRole("listitem").filter({ hasText: `A patient cancelled online: ${kind.name}, ${when} 2:30 PM.` });
  await expect(item).toBeVisible();
  await item.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/calendar\\?clinic=new-york&date=${date}&appointment=`));
});

test("a receptionist books an appointment using only the keyboard", async ({ page, visit }) => {
  const date = farWeekday();
  const { name } = await (async () => {
    await visit(`/sign-in?next=${encodeURIComponent(`/calendar?clinic=london&date=${date}`)}`);
    await signIn(page, "reception@demo.test");
    await expect(page).not.toHaveURL(/sign-in/);
    await page.waitForSelector("html[data-hydrated]", { state: "attached" });
    return newPatientAndDentist(page.request, "Kai");
  })();
  const heading = page.getByRole("heading", { level: 1 });
  // The calendar's day (not the sign-in page's heading, still there for a moment).
  await expect(heading).toHaveText(/ \d{4}$/);
  const shown = await heading.textContent();

  // ? lists the keys; Escape closes the list.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);

  // j and k step through the days; back where it was.
  await page.keyboard.press("j");
  await expect(heading).not.toHaveText(shown ?? "");
  await page.keyboard.press("k");
  await expect(heading).toHaveText(shown ?? "");

  // n: the first column's Book link; Enter opens the booking dialog there.
  await page.keyboard.press("n");
  await expect(page.locator(".cal-book").first()).toBeFocused();
  await page.keyboard.press("Enter");
  const search = page.getByLabel("Patient");
  await expect(search).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
  // Listed as "Last, First".
  const found = page.locator(".choice-link").filter({ hasText: name.split(" ")[1] });
  await expect(found).toBeVisible();
  // Tab to the patient found, then to the form's button.
  for (let i = 0; i < 10 && !(await found.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(found).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/patient=\d+/);
  const book = page.getByRole("button", { name: "Book appointment" });
  await expect(book).toBeVisible();
  for (let i = 0; i < 20 && !(await book.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(book).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".cal-appt").filter({ hasText: name })).toBeVisible();
});
