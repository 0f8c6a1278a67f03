import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

test("a receptionist finds a patient by a misspelt name and by a phone typed with spaces, and records an allergy", async ({ page, visit }) => {
  // A patient of this run: the phone number is unique, the birth date almost surely so.
  const phone = `07700 9${digits(2)} ${digits(3)}`;
  const born = `${10 + Math.floor(Math.random() * 18)}/0${1 + Math.floor(Math.random() * 9)}/${1940 + Math.floor(Math.random() * 60)}`;
  await visit("/sign-in?next=/patients");
  await signIn(page, "reception@demo.test");
  await expect(page.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "New patient" }).click();
  await page.getByLabel("First name").fill("Bartholomew");
  await page.getByLabel("Last name").fill("Quenby");
  await page.getByLabel("Date of birth").fill(born);
  await page.getByLabel("Mobile phone").fill(phone);
  await page.getByRole("button", { name: "Create the patient" }).click();
  await expect(page.getByRole("heading", { name: "Bartholomew Quenby", level: 1 })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" }).click();
  const search = page.getByLabel("Find a patient");
  await search.fill("bartolomew qenby");
  await expect(page.getByRole("row").filter({ hasText: "Quenby, Bartholomew" }).first()).toBeVisible();

  await search.fill(phone.replace(/^0/, "0 "));
  const row = page.getByRole("row").filter({ hasText: "Quenby, Bartholomew" });
  await expect(row).toHaveCount(1);
  await expect(page.getByRole("heading", { name: /Found by phone/ })).toBeVisible();
  await row.getByRole("link", { name: "Quenby, Bartholomew", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Bartholomew Quenby", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Medical alerts" })).toHaveCount(0);
  await page.getByLabel("Kind").selectOption("allergy");
  await page.getByLabel("What").fill("Penicillin");
  await page.getByLabel("Severity (allergies)").selectOption("moderate");
  await page.getByRole("button", { name: "Add the entry" }).click();
  const banner = page.getByRole("region", { name: "Medical alerts" });
  await expect(banner).toContainText("Allergy: Penicillin (moderate)");

  await page.getByRole("link", { name: "Edit Penicillin" }).click();
  await page.getByLabel("Severity (allergies)").selectOption("severe");
  await page.getByRole("button", { name: "Save the entry" }).click();
  await expect(banner).toContainText("Allergy: Penicillin (severe)");
  await page.getByText(/Change log/).click();
  await expect(page.getByRole("row").filter({ hasText: "changed" })).toContainText("was Allergy: Penicillin (moderate)");
});

test("a receptionist finds Dubois by typing Dubios: one swapped pair of letters is forgiven", async ({ page, visit }) => {
  const phone = `07700 9${digits(2)} ${digits(3)}`;
  await visit("/sign-in?next=/patients");
  await signIn(page, "reception@demo.test");
  await expect(page.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "New patient" }).click();
  await page.getByLabel("First name").fill("Delphine");
  await page.getByLabel("Last name").fill("Dubois");
  await page.getByLabel("Date of birth").fill(`2${digits(1)}/0${1 + Math.floor(Math.random() * 9)}/1961`);
  await page.getByLabel("Mobile phone").fill(phone);
  await page.getByRole("button", { name: "Create the patient" }).click();
  await expect(page.getByRole("heading", { name: "Delphine Dubois", level: 1 })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" }).click();
  await page.getByLabel("Find a patient").fill("Dubios Delphnie");
  await expect(page.getByRole("row").filter({ hasText: "Dubois, Delphine" }).first()).toBeVisible();
});

test("a receptionist books from the patient's page and sees the appointment listed there", async ({ page, visit }) => {
  await visit("/sign-in?next=/patients");
  await signIn(page, "reception@demo.test");
  await page.getByRole("link", { name: "New patient" }).click();
  await page.getByLabel("First name").fill("Rosalind");
  await page.getByLabel("Last name").fill(`Booker${digits(4)}`);
  await page.getByLabel("Date of birth").fill(`1${digits(1)}/0${1 + Math.floor(Math.random() * 9)}/1972`);
  await page.getByLabel("Mobile phone").fill(`07700 9${digits(2)} ${digits(3)}`);
  await page.getByRole("button", { name: "Create the patient" }).click();
  await expect(page.getByRole("heading", { name: /Rosalind Booker/, level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "Book appointment" }).click();
  await expect(page.getByRole("heading", { name: /Book an appointment for Rosalind Booker/ })).toBeVisible();
  const first = page.getByRole("list", { name: "Free times" }).getByRole("button").first();
  const label = (await first.textContent())!.replace(/^Book /, "");
  await first.click();
  await expect(page.getByRole("heading", { name: /Rosalind Booker/, level: 1 })).toBeVisible();
  const when = label.split(" · ")[0];
  await expect(page.getByRole("table", { name: "The patient's appointments" })).toBeVisible();
  expect(when).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
});
