/**
 * Opening a screen and waiting until it is live. The server's HTML shows the buttons before the
 * app has hydrated; a click in between does nothing (no handler yet), and on a loaded machine
 * that gap is long. The root layout sets `<html data-ready="1">` once the app is mounted.
 * Every spec that clicks right after opening a page uses these.
 */
import type { Page } from '@playwright/test';

export async function waitReady(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.ready === '1', undefined, { timeout: 20_000 });
}

/** `page.goto` and wait for the app to be live. Not for pages opened without JavaScript. */
export async function gotoReady(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await waitReady(page);
}
