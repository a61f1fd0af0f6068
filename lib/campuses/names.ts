/** How a campus is named in titles and headings. */
export function campusFullName(name: string): string {
  return `Campus des Métiers et des Qualifications ${name}`;
}

/** "CMQ Territoire Intelligent": the short form used in page titles. */
export function campusShortName(name: string): string {
  return `CMQ ${name}`;
}
