/**
 * The one guard of every CSV the portal writes (open data, annual report,
 * back-office files): a text cell starting with =, +, -, @, a tab or a
 * carriage return would be run as a formula by a spreadsheet
 * (`=HYPERLINK(…)`): it gets a leading apostrophe, as OWASP advises for CSV
 * exports. Numbers are written as numbers, never through this. Pure.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
