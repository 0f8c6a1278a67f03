// Documents on the patient's page without JavaScript: a receptionist uploads an x-ray with the
// plain form, sees its thumbnail and can open it; a file that is not what it says is refused,
// named on the page.
import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

// A 1 × 1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

test("without JavaScript a receptionist uploads an x-ray with the plain form, sees its thumbnail, and a renamed file is refused", async ({ page, visit }) => {
  // A name, birth date and phone no other test's patient has (a near match would be offered
  // as a possible duplicate first).
  const last = `Docs${Array.from({ length: 8 }, () => Math.floor(Math.random() * 10)).join("")}`;
  await visit("/sign-in?next=/patients/new");
  await signIn(page, "reception@demo.test");
  await page.getByLabel("First name").fill("Xena");
  await page.getByLabel("Last name").fill(last);
  await page.getByLabel("Date of birth").fill(`${10 + Math.floor(Math.random() * 18)}/0${1 + Math.floor(Math.random() * 9)}/19${50 + Math.floor(Math.random() * 40)}`);
  await page.getByLabel("Mobile phone").fill(`07700 9${String(Math.floor(Math.random() * 100000)).padStart(5, "0")}`);
  await page.getByRole("button", { name: "Create the patient" }).click();
  await expect(page.getByRole("heading", { name: `Xena ${last}`, level: 1 })).toBeVisible();

  const documents = page.getByRole("region", { name: "Documents" });
  await expect(documents).toContainText("No documents yet.");
  await documents.getByLabel("File (JPEG, PNG, PDF or DICOM)").setInputFiles({ name: "bitewing-36.png", mimeType: "image/png", buffer: PNG });
  await documents.getByLabel("Category").selectOption("xray");
  await documents.getByLabel("Date taken (optional)").fill("2026-11-30");
  await documents.getByLabel("Note (optional)").fill("left side");
  await documents.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The document was added." })).toBeVisible();
  const item = documents.getByRole("listitem").filter({ hasText: "bitewing-36.png" });
  await expect(item).toContainText("X-ray · PNG image");
  await expect(item).toContainText("taken 2026-11-30");
  const thumbnail = item.getByRole("img", { name: "Thumbnail of bitewing-36.png" });
  // Thumbnails load lazily: once scrolled to (a phone's screen ends above it).
  await thumbnail.scrollIntoViewIfNeeded();
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  const download = await page.request.get(await item.getByRole("link", { name: "Download" }).getAttribute("href") ?? "");
  expect(download.headers()["content-disposition"]).toContain("attachment");

  // Text named like a picture: refused by its content, nothing added.
  await documents.getByLabel("File (JPEG, PNG, PDF or DICOM)").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("MZ this is not a picture") });
  await documents.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is not a JPEG or PNG image" })).toBeVisible();
  await expect(documents.getByRole("listitem")).toHaveCount(1);
});
