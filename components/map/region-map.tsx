import { REGION_MAP } from "@/lib/map/geometry";

export type MapCount = { code: string; name: string; total: number; label: string };

/** Fill of a département by how many items it has (the numbers are also printed and in the table). */
const SCALE = ["#f4f5f7", "#dbe4f3", "#bccde9", "#9cb5df", "#7d9ed5"];

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
}: {
  counts: MapCount[];
  hrefFor: (code: string) => string;
  title: string;
}) {
  const byCode = new Map(counts.map((c) => [c.code, c]));
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
              aria-label={`${shape.name} : ${total} — ${count?.label ?? "aucune donnée"}`}
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
      </svg>
      <figcaption className="mt-2 text-sm text-muted">
        Chiffre : nombre de formations, de plateformes technologiques et de partenaires situés dans le
        département. Plus la couleur est foncée, plus il y en a. Le tableau donne le détail.
      </figcaption>
    </figure>
  );
}
