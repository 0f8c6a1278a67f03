// Reading the emails the app sends, from end2end/support/smtp-receiver.mjs, which scripts/test
// starts and names in MAIL_API (for example http://127.0.0.1:12345).

export type Email = { to: string; subject: string; text: string; html: string };

function mailApi(): string {
  const api = process.env.MAIL_API;
  if (!api) {
    throw new Error(
      "MAIL_API is not set: run the browser tests through scripts/test, which starts the SMTP receiver",
    );
  }
  return api.replace(/\/+$/, "");
}

/**
 * Waits for an email to `to` whose subject matches `subject`, asking the receiver every 250 ms,
 * and answers the newest such email. On timeout the error lists the subjects that did arrive.
 */
export async function waitForEmail(to: string, subject: RegExp, timeoutMs = 20_000): Promise<Email> {
  const url = `${mailApi()}/messages?to=${encodeURIComponent(to)}`;
  const deadline = Date.now() + timeoutMs;
  let seen: Email[] = [];
  for (;;) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the mail receiver answered ${response.status} for ${url}`);
    seen = (await response.json()) as Email[];
    const found = seen.filter((m) => subject.test(m.subject));
    if (found.length > 0) return found[found.length - 1];
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const subjects = seen.map((m) => JSON.stringify(m.subject)).join(", ") || "none";
  throw new Error(`no email to ${to} with a subject matching ${subject} within ${timeoutMs} ms (arrived: ${subjects})`);
}

/**
 * The path of the manage link in an email's text (`/book/manage/<token>`), without the site's
 * address: the tests open it relative to their own baseURL.
 */
export function manageLink(text: string): string {
  const match = text.match(/https?:\/\/[^\s/]+(\/book\/manage\/[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/);
  if (!match) throw new Error(`no /book/manage/<token> link in the email:\n${text}`);
  return match[1];
}

/** The path of the ASAP offer link in an email's text (`/book/offer/<token>`). */
export function offerLink(text: string): string {
  const match = text.match(/https?:\/\/[^\s/]+(\/book\/offer\/[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/);
  if (!match) throw new Error(`no /book/offer/<token> link in the email:\n${text}`);
  return match[1];
}
