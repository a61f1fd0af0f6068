/** An acronym with its expansion (first use on a page). */
export function Abbr({ title, children }: { title: string; children: React.ReactNode }) {
  return <abbr title={title}>{children}</abbr>;
}

export const PFT = () => <Abbr title="Plateforme technologique">PFT</Abbr>;
export const CMQ = () => <Abbr title="Campus des Métiers et des Qualifications">CMQ</Abbr>;
