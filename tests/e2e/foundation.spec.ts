import { expect, test } from "@playwright/test";

test("the hub lists the six campuses by full name", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const names = [
    "Campus des Métiers et des Qualifications Alimentation, Goût, Tourisme",
    "Campus des Métiers et des Qualifications Automobile et Mobilités du Futur",
    "Campus des Métiers et des Qualifications Industrie Technologique Innovante et Performante",
    "Campus des Métiers et des Qualifications Maroquinerie et Métiers d’Art",
    "Campus des Métiers et des Qualifications Microtechniques et Systèmes Intelligents",
    "Campus des Métiers et des Qualifications Territoire Intelligent",
  ];
  for (const name of names) await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
});

test("a campus page shows that campus, reached from the hub", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("link", {
      name: "Campus des Métiers et des Qualifications Territoire Intelligent",
      exact: true,
    })
    .click();
  await expect(page).toHaveURL(/\/ti$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Campus des Métiers et des Qualifications Territoire Intelligent",
  );
  await expect(page.getByRole("link", { name: "ti@cmq-bfc.org" })).toBeVisible();
  await expect(page).toHaveTitle(/CMQ Territoire Intelligent/);
});

test("an unknown campus slug is a French 404", async ({ page }) => {
  const response = await page.goto("/zz");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
});

test("the health endpoint reports the database and its migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
  expect(body.migrations.upToDate).toBe(true);
  expect(body.migrations.pending).toEqual([]);
  expect(body.migrations.applied).toBe(body.migrations.total);
});
