import { defineConfig } from "@playwright/test";

// The server is started by scripts/test, which passes its address in BASE_URL.
const baseURL = process.env.BASE_URL ?? "http://127.0.0.1:3000";

// Debian's Chromium (Playwright's own browser download does not work on these machines).
// These flags keep Chromium from reaching out to Google services, which the network refuses.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /\.nojs\.spec\.ts$/,
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
    {
      // The same server, with JavaScript off: core pages must work as plain HTML.
      name: "chromium-no-js",
      testMatch: /\.nojs\.spec\.ts$/,
      use: { browserName: "chromium", javaScriptEnabled: false, viewport: { width: 375, height: 740 } },
    },
  ],
});
