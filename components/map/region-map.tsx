import { REGION_MAP } from "@/lib/map/geometry";
import type { MapCampus, MapPlace } from "@/lib/map/queries";
import { formatCount, plural } from "@/lib/text/plural";

/** "2 formations, 1 partenaire": what a commune has, zeros left out. */
export function placeLabel(p: MapPlace): string {
  return [
    p.formations ? formatCount(p.formations, plural("formation")) : null,
    p.platforms ? formatCount(p.platforms, plural("plateforme technologique")) : null,
    p.organisations ? formatCount(p.organisations, plural("partenaire")) : null,
  ]
    .filter(Boolean)
    .join(", ");
}

export type MapCount = { code: string; name: string; total: number; label: string };

/** Fill of a département by how many items it has (the numbers are also printed and in the table). */
const SCALE = ["#f4f5f7", "#dbe4f3", "#bccde9", "#9cb5df", "#7d9ed5"];

/**
 * Where each campus's marker and label go: campuses whose porteur is in the same commune (TI
 * and AGT in Dijon) are stacked one under the other; a label that would leave the drawing on
 * the right is written on the marker's left.
 */
export function campusMarks(campuses: MapCampus[], right: number) {
  const seen = new Map<string, number>();
  return campuses.map((c) => {
    const key = `${Math.round(c.point.x)},${Math.round(c.point.y)}`;
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    const y = c.point.y + rank * 7;
    const labelWidth = c.acronym.length * 3.2;
    const isLeft = c.point.x + 4 + labelWidth > right;
    return { campus: c, x: c.point.x, y, labelX: isLeft ? c.point.x - 4 : c.point.x + 4, isLeft };
  });
}

function level(total: number, max: number): number {
  if (total === 0 || max === 0) return 0;
  return Math.max(1, Math.ceil((total / max) * (SCALE.length - 1)));
}

/**
 * The eight départements of Bourgogne-Franche-Comté drawn from npm-packaged
 * geometry (no tiles, no request). Each département is a link to its part
 * of the list below, named with its counts; the table next to the map is
 * the equivalent for everyone.
 */
export function RegionMap({
  counts,
  hrefFor,
  title,
  places = [],
  campuses = [],
  campusHref,
}: {
  counts: MapCount[];
  hrefFor: (code: string) => string;
  title: string;
  /** Communes with formations, PFT or partners, drawn as dots sized by their count. */
  places?: MapPlace[];
  /** Campuses, drawn in their colour at their porteur establishment. */
  campuses?: MapCampus[];
  campusHref?: (slug: MapCampus["slug"]) => string;
}) {
  const byCode = new Map(counts.map((c) => [c.code, c]));
  const [minX, , width] = REGION_MAP.viewBox.split(/\s+/).map(Number);
  const max = Math.max(0, ...counts.map((c) => c.total));
  return (
    <figure className="mx-auto w-full max-w-xl">
      <svg viewBox={REGION_MAP.viewBox} className="h-auto w-full" aria-labelledby="carte-titre" role="group">
        <title id="carte-titre">{title}</title>
        {REGION_MAP.shapes.map((shape) => {
          const count = byCode.get(shape.code);
          const total = count?.total ?? 0;
          return (
            <a
              key={shape.code}
              href={hrefFor(shape.code)}
              aria-label={`${shape.name}\u00A0: ${total} — ${count?.label ?? "aucune donnée"}`}
              className="group"
            >
              <path
                d={shape.path}
                fill={SCALE[level(total, max)]}
                stroke="#161b26"
                strokeWidth={0.6}
                className="transition-[fill] group-hover:fill-[#fde68a] group-focus-visible:fill-[#fde68a] group-focus-visible:[stroke-width:2]"
              />
              <text
                x={shape.label.x}
                y={shape.label.y}
                textAnchor="middle"
                fontSize={shape.code === "90" ? 4 : 6}
                fontWeight={700}
                fill="#161b26"
                aria-hidden="true"
                className="pointer-events-none"
              >
                {total}
              </text>
            </a>
          );
        })}
        {places.map((p) => {
          const total = p.formations + p.platforms + p.organisations;
          return (
            <a
              key={`${p.departement}-${p.commune}`}
              href={hrefFor(p.departement)}
              aria-label={`${p.commune}\u00A0: ${placeLabel(p)}`}
            >
              <circle
                cx={p.point.x}
                cy={p.point.y}
                r={Math.min(4, 1.2 + Math.sqrt(total) * 0.6)}
                fill="#161b26"
                fillOpacity={0.75}
                stroke="#ffffff"
                strokeWidth={0.4}
              />
            </a>
          );
        })}
        {campusMarks(campuses, minX + width).map(({ campus: c, x, y, labelX, isLeft }) => (
          <a
            key={c.slug}
            href={campusHref?.(c.slug) ?? `/${c.slug}`}
            aria-label={`${c.acronym} — ${c.fullName} (${c.commune})`}
          >
            <rect
              x={x - 3}
              y={y - 3}
              width={6}
              height={6}
              rx={1}
              fill={c.color}
              stroke="#ffffff"
              strokeWidth={0.6}
            />
            <text
              x={labelX}
              y={y + 1.8}
              textAnchor={isLeft ? "end" : "start"}
              fontSize={4.5}
              fontWeight={700}
              fill={c.color}
              stroke="#ffffff"
              strokeWidth={1.2}
              paintOrder="stroke"
              aria-hidden="true"
            >
              {c.acronym}
            </text>
          </a>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">
        Chiffre&nbsp;: nombre de formations, de plateformes technologiques et de partenaires situés dans le
        département. Plus la couleur est foncée, plus il y en a. Points&nbsp;: les communes où il y en
        a&#x202F;; carrés de couleur&nbsp;: les campus, à leur établissement porteur. Le tableau donne le
        détail. Coordonnées des communes&nbsp;: GeoNames (licence CC BY 4.0).
      </figcaption>
    </figure>
  );
}
