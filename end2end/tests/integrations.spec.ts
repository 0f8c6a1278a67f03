// The integrations a practice turns on from its pages: a dentist's calendar feed, an admin's
// webhook with its one-time secret, a test event and its delivery log, and an API key.
import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

// Names unique to each run: the browser tests share one demo database.
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

test("a dentist gets a calendar feed address for their phone, the feed reads as iCalendar, and turning it off ends it", async ({ page, visit }) => {
  await visit("/sign-in?next=/my-day/calendar-feed");
  await signIn(page, "dentist@demo.test");
  await expect(page.getByRole("heading", { level: 1, name: "Your appointments in your own calendar" })).toBeVisible();
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  const row = page.getByRole("row").filter({ hasText: "Dr Sam Patel (Chairside Dental London)" });
  await row.getByRole("button", { name: /^(Turn on|New address…)$/ }).click();
  const address = page.getByLabel("Feed address");
  await expect(address).toHaveValue(/\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(row).toContainText("On since");
  const path = new URL(await address.inputValue()).pathname;

  const feed = await page.request.get(path);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await feed.text();
  expect(text).toContain("BEGIN:VCALENDAR");
  expect(text).toContain("X-WR-CALNAME:Dr Sam Patel (Chairside Dental London)");
  expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);

  await row.getByText("Turn off…").click();
  await row.getByRole("button", { name: "Turn off", exact: true }).click();
  await expect(row.getByRole("cell").nth(1)).toHaveText("Off");
  expect((await page.request.get(path)).status()).toBe(404);
});

test("an admin adds a webhook, sees its secret once, sends a test event that shows in the log, and disables it", async ({ page, visit }) => {
  await visit("/sign-in?next=/setup/london/webhooks");
  await signIn(page, "admin@demo.test");
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  // Nothing listens on port 9: each delivery fails, and the log says so.
  const address = `http://127.0.0.1:9/hooks/${unique()}`;
  await page.getByLabel("Address").fill(address);
  await page.getByLabel(/^Appointment cancelled/).check();
  await page.getByRole("button", { name: "Add the webhook" }).click();
  await expect(page.getByLabel("Signing secret")).toHaveValue(/^whsec_[0-9a-f]{64}$/);
  const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: address }) });
  await expect(card).toContainText("Events: appointment.cancelled");
  await expect(card).toContainText("Nothing sent yet.");

  await card.getByRole("button", { name: "Send test event" }).click();
  await expect(async () => {
    await page.reload();
    await expect(card.getByRole("listitem").first()).toContainText("· ping · not delivered", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  await card.getByText("Disable…").click();
  await card.getByRole("button", { name: "Disable", exact: true }).click();
  await expect(card).toContainText("Disabled");
  await expect(card.getByRole("button", { name: "Send test event" })).toHaveCount(0);
});

test("an admin makes an API key, sees it once, the key reads through the API within its scopes, and revoking it ends it", async ({ page, visit }) => {
  await visit("/sign-in?next=/setup/london/api");
  await signIn(page, "admin@demo.test");
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  const name = `Phone system ${unique()}`;
  await page.getByLabel("What it is for").fill(name);
  await page.getByLabel(/^Changes: book/).check();
  await page.getByRole("button", { name: "Make the key" }).click();
  const shown = page.getByLabel("API key");
  await expect(shown).toHaveValue(/^csk_[A-Za-z0-9_-]{43}$/);
  const key = await shown.inputValue();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("read, write");
  await expect(row).toContainText(`${key.slice(0, 12)}…`);
  await expect(row.getByRole("cell").nth(5)).toHaveText("Never");

  const auth = { Authorization: `Bearer ${key}` };
  const clinic = await page.request.get("/api/v1/clinic", { headers: auth });
  expect(clinic.status()).toBe(200);
  expect((await clinic.json()).slug).toBe("london");
  // Patients are not this key's: refused as a problem.
  const patients = await page.request.get("/api/v1/patients?q=a", { headers: auth });
  expect(patients.status()).toBe(403);
  expect(patients.headers()["content-type"]).toBe("application/problem+json");
  await page.reload();
  await expect(row.getByRole("cell").nth(5)).not.toHaveText("Never");

  await row.getByText("Revoke…").click();
  await row.getByRole("button", { name: "Revoke", exact: true }).click();
  await expect(row).toContainText("Revoked");
  expect((await page.request.get("/api/v1/clinic", { headers: auth })).status()).toBe(401);
});
