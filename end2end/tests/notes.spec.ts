// Clinical notes: a dentist writes the note of a visit from My day, starting from the clinic's
// template, saves the draft, signs it, and adds an addendum to the signed note; the patient's
// page shows the note and the patient's documents on one timeline.
import { test, expect } from "./support/fixtures";
import type { Page, APIRequestContext } from "@playwright/test";

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

// The answer of a server function called as the signed-in person of `request`.
async function call(request: APIRequestContext, endpoint: string, form: Record<string, string>) {
  const response = await request.post(`/api/${endpoint}`, { form, headers: { accept: "application/json" } });
  expect(response.status(), `${endpoint}: ${await response.text()}`).toBe(200);
  return response.json();
}

test("a dentist writes a visit's note from My day with the clinic's template, signs it, and adds an addendum", async ({ page, visit, browser }) => {
  // Three people's pages, a note's life and an upload: more than the default 30 seconds.
  test.setTimeout(90_000);
  const date = farWeekday();
  const last = `Note${digits(6)}`;
  // The admin adds a template; the front desk books a new patient with the demo dentist.
  const office = await browser.newContext();
  const desk = await office.newPage();
  await desk.goto("/sign-in?next=/setup/london/notes");
  await signIn(desk, "admin@demo.test");
  await expect(desk.getByRole("heading", { level: 1, name: "Clinical notes" })).toBeVisible();
  const template = `Check-up ${digits(4)}`;
  await desk.getByLabel("Name").fill(template);
  await desk.getByLabel("Prompts").fill("Complaint:\nFindings:\nTreatment:");
  await desk.getByRole("button", { name: "Add the template" }).click();
  await expect(desk.getByRole("heading", { name: template })).toBeVisible();
  await office.close();

  const front = await browser.newContext();
  const reception = await front.newPage();
  await reception.goto("/sign-in");
  await signIn(reception, "reception@demo.test");
  await expect(reception).not.toHaveURL(/sign-in/);
  const providers = await call(front.request, "setup/providers", { clinic: "london" });
  const provider = providers.data.providers.find((p: { name: string }) => p.name === "Dr Sam Patel");
  const types = await call(front.request, "setup/types", { clinic: "london" });
  const kind = types.data.types.find((t: { active: boolean; needs_chair: boolean; provider_ids: number[] }) =>
    t.active && t.provider_ids.includes(provider.id));
  const patient = await call(front.request, "patients/create", {
    clinic: "london", "form[first_name]": "Nell", "form[last_name]": last,
    "form[date_of_birth]": "1980-04-02", "form[preferred_contact]": "post", confirm_new: "on",
  });
  await call(front.request, "appointments/book", {
    patient_id: String(patient), appointment_type_id: String(kind.id), provider_id: String(provider.id),
    starts_at: `${date}T09:30`,
  });
  await front.close();

  await visit(`/sign-in?next=/my-day?date=${date}`);
  await signIn(page, "dentist@demo.test");
  const visitItem = page.getByRole("listitem").filter({ hasText: `Nell ${last}` });
  await visitItem.getByRole("link", { name: "Write the clinical note" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Clinical note: Nell ${last}` })).toBeVisible();
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  await page.getByLabel("Start from a template").selectOption({ label: template });
  await page.getByRole("button", { name: "Use its prompts" }).click();
  const text = page.getByLabel("Note");
  await expect(text).toHaveValue("Complaint:\nFindings:\nTreatment:");
  await text.fill("Complaint: sensitivity 26\nFindings: no caries\nTreatment: fluoride varnish");
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();

  await page.getByText("Sign…").click();
  await page.getByRole("button", { name: "Sign the note" }).click();
  await expect(page.getByText("Signed note", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Note")).toHaveCount(0);
  await expect(page.locator(".signed-note")).toContainText("Treatment: fluoride varnish");

  await page.getByLabel("Add an addendum").fill("Review in 6 months.");
  await page.getByRole("button", { name: "Add the addendum" }).click();
  await expect(page.locator(".addendum")).toContainText("Review in 6 months.");

  await page.goto(`/my-day?date=${date}`);
  await expect(page.getByRole("listitem").filter({ hasText: `Nell ${last}` })
    .getByRole("link", { name: "Clinical note (signed)" })).toBeVisible();

  // The patient's page: a referral filed, then the note and the letter on one timeline,
  // newest day first.
  await page.goto(`/patients/${patient}`);
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  const documents = page.getByRole("region", { name: "Documents" });
  await documents.getByLabel("File (JPEG, PNG, PDF or DICOM)").setInputFiles({
    name: "referral.pdf", mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  });
  await documents.getByLabel("Category").selectOption("referral");
  await documents.getByLabel("Date taken (optional)").fill("2026-11-30");
  await documents.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The document was added." })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Clinical notes and documents" }).getByRole("listitem");
  await expect(timeline).toHaveCount(2);
  await expect(timeline.nth(0)).toContainText("Treatment: fluoride varnish");
  await expect(timeline.nth(1)).toContainText("30 Nov 2026 · Referral letter · referral.pdf");
});
