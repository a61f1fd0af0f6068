/** `npm run content:check`: validates content/ without touching any database. */
import { loadContent, ContentError } from "../lib/content/load";

try {
  const c = loadContent();
  console.log(
    `Contenu valide : ${c.campuses.length} campus, ${c.organisations.length} organisations, ${c.actions.length} actions, ` +
      `${c.formations.length} formations, ${c.platforms.length} PFT, ${c.fundings.length} financements, ` +
      `${c.governance.meetings.length} réunions, ${c.campusReports.length} bilans de campus ` +
      `(${c.campusReports.reduce((n, r) => n + r.annexes.length, 0)} annexes structurées).`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
