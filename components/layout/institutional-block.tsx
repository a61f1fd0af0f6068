/**
 * The institutions behind the campuses, named as French public sites do in
 * their header and footer (a text block: no logo is drawn or invented).
 */
export const INSTITUTIONS = ["Région académique Bourgogne-Franche-Comté", "Région Bourgogne-Franche-Comté"];

export function InstitutionalBlock({ className = "" }: { className?: string }) {
  return (
    <p className={`flex flex-wrap gap-x-3 font-semibold uppercase tracking-wide ${className}`}>
      {INSTITUTIONS.map((name, i) => (
        <span key={name} className="inline-flex items-center gap-3">
          {i > 0 ? (
            <span aria-hidden="true" className="text-muted">
              ·
            </span>
          ) : null}
          {name}
        </span>
      ))}
    </p>
  );
}
