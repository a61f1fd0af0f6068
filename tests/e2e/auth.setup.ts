/**
 * Signs each demo account in once per run, through the form, and saves its
 * session for the tests (see fixtures/auth.ts). The account page is a light
 * landing page: the dashboard is tested elsewhere.
 */
import { test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS, sessionOf, signInThroughForm } from "./fixtures/auth";

for (const email of DEMO_ACCOUNTS) {
  setup(`session of ${email}`, async ({ page }) => {
    await signInThroughForm(page, email, undefined, "/admin/compte");
    await page.context().storageState({ path: sessionOf(email) });
  });
}
