// Documents on the patient's page with JavaScript: a receptionist drops an x-ray on the upload
// form, watches its progress, and sees its thumbnail without leaving the page; a file that is
// not what it says is refused with what was typed kept; an admin purges an archived document;
// a dentist sees the documents with the notes on the patient's timeline.
import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("chairside-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

// A 1 × 1 PNG, and a PNG of 600 KB (its first bytes are a PNG's; enough to be sent in parts).
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

// A new patient of the test's own: a name, birth date and phone no other test's patient has
// (a near match would be offered as a possible duplicate first).
async function newPatient(page: Page, first: string): Promise<string> {
  const last = `Docs${digits(8)}`;
  await page.getByLabel("First name").fill(first);
  await page.getByLabel("Last name").fill(last);
  await page.getByLabel("Date of birth").fill(`${10 + Math.floor(Math.random() * 18)}/0${1 + Math.floor(Math.random() * 9)}/19${50 + Math.floor(Math.random() * 40)}`);
  await page.getByLabel("Mobile phone").fill(`07700 9${digits(5)}`);
  await page.getByRole("button", { name: "Create the patient" }).click();
  await expect(page.getByRole("heading", { name: `${first} ${last}`, level: 1 })).toBeVisible();
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  return `${first} ${last}`;
}

/// Drops `file` on the upload form, as a file dragged from the desktop.
async function drop(page: Page, file: { name: string; type: string; bytes: Buffer }) {
  const dataTransfer = await page.evaluateHandle(({ name, type, bytes }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
    return transfer;
  }, { name: file.name, type: file.type, bytes: [...file.bytes] });
  await page.dispatchEvent("form.upload-form", "dragover", { dataTransfer });
  await page.dispatchEvent("form.upload-form", "drop", { dataTransfer });
}

test("a receptionist drops an x-ray on the patient's page, sees it upload with progress and its thumbnail, and a renamed file is refused", async ({ page, visit, expectProblem }) => {
  // Two uploads and a new patient: longer than the default 30 seconds on a busy machine.
  test.setTimeout(60_000);
  // The renamed file's refusal, as the browser logs it.
  expectProblem(/HTTP 415 for .*\/patients\/\d+\/documents/);
  expectProblem(/status of 415 \(Unsupported Media Type\)/);
  await visit("/sign-in?next=/patients/new");
  await signIn(page, "reception@demo.test");
  await newPatient(page, "Xena");

  const documents = page.getByRole("region", { name: "Documents" });
  await expect(documents).toContainText("No documents yet.");
  // Every value the progress bar shows, as the page changes it.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver((changes) => {
      for (const change of changes) {
        const nodes = change.type === "attributes" ? [change.target] : [...change.addedNodes];
        for (const node of nodes) {
          const bars = node instanceof Element ? (node.matches("progress") ? [node] : [...node.querySelectorAll("progress")]) : [];
          for (const bar of bars) seen.push(bar.getAttribute("value") ?? "");
        }
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["value"] });
  });
  const big = Buffer.concat([PNG, Buffer.alloc(600 * 1024, 7)]);
  await drop(page, { name: "bitewing-36.png", type: "image/png", bytes: big });
  await expect(documents.getByText("Dropped: bitewing-36.png")).toBeVisible();
  await documents.getByLabel("Category").selectOption("xray");
  await documents.getByLabel("Date taken (optional)").fill("2026-11-30");
  await documents.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The document was added." })).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen).toContain("100");
  expect(seen.length).toBeGreaterThan(1);
  expect(page.url()).toContain("upload=done");
  const item = documents.getByRole("listitem").filter({ hasText: "bitewing-36.png" });
  await expect(item).toContainText("X-ray · PNG image");
  await expect(item.getByRole("img", { name: "Thumbnail of bitewing-36.png" })).toBeVisible();

  // Text named like a picture: refused by its content, said on the form, the note kept.
  await drop(page, { name: "photo.jpg", type: "image/jpeg", bytes: Buffer.from("MZ this is not a picture") });
  await documents.getByLabel("Note (optional)").fill("from the referral");
  await documents.getByRole("button", { name: "Upload" }).click();
  await expect(documents.getByRole("alert")).toContainText("is not a JPEG or PNG image, a PDF or a DICOM file");
  await expect(documents.getByLabel("Note (optional)")).toHaveValue("from the referral");
  await expect(documents.getByRole("listitem")).toHaveCount(1);
});

test("an admin purges an archived document with a reason, after confirming", async ({ page, visit }) => {
  await visit("/sign-in?next=/patients/new");
  await signIn(page, "admin@demo.test");
  await newPatient(page, "Yara");
  const documents = page.getByRole("region", { name: "Documents" });
  await documents.getByLabel("File (JPEG, PNG, PDF or DICOM)").setInputFiles({ name: "wrong-patient.png", mimeType: "image/png", buffer: PNG });
  await documents.getByRole("button", { name: "Upload" }).click();
  const item = documents.getByRole("listitem").filter({ hasText: "wrong-patient.png" });
  await expect(item).toBeVisible();
  await expect(item.getByText("Purge…")).toHaveCount(0);
  await item.getByRole("button", { name: "Archive" }).click();
  await expect(item.getByText("Archived")).toBeVisible();

  await item.getByText("Purge…").click();
  await item.getByLabel("Why it is purged (10 to 500 characters)").fill("Uploaded to the wrong patient's record");
  await item.getByRole("button", { name: "Purge permanently" }).click();
  // Not without ticking that it cannot be undone.
  await expect(documents.getByRole("listitem")).toHaveCount(1);
  await item.getByLabel("I understand this cannot be undone").check();
  await item.getByRole("button", { name: "Purge permanently" }).click();
  await expect(documents.getByRole("status").filter({ hasText: "The document was purged." })).toBeVisible();
  await expect(documents).toContainText("No documents yet.");
});
