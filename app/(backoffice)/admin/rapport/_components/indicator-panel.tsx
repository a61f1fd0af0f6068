/**
 * The indicators of a report as accessible charts (SVG with <title> and
 * <desc>, role="img") each followed by its text alternative: a table with
 * a caption and scoped headers.
 */
import { chartTable, indicatorCharts, renderBarChartSvg } from "@/lib/report/charts";
import { formatNumber } from "@/lib/text/format";
import type { Indicators } from "@/lib/report/types";

export function IndicatorPanel({
  indicators,
  idPrefix,
  headingLevel = 3,
}: {
  indicators: Indicators;
  idPrefix: string;
  headingLevel?: 2 | 3;
}) {
  const H = `h${headingLevel}` as const;
  const charts = indicatorCharts(indicators, idPrefix);
  if (charts.length === 0)
    return <p className="text-muted">Aucun indicateur pour l’instant&nbsp;: aucune action de l’année.</p>;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      {charts.map((chart) => {
        const t = chartTable(chart);
        return (
          <figure
            key={chart.id}
            className="rounded border border-line p-4"
            aria-labelledby={`${chart.id}-legende`}
          >
            <H id={`${chart.id}-legende`} className="mb-2 font-bold">
              {chart.title}
            </H>
            {/* Built from escaped data by lib/report/charts.ts: no markup from users. */}
            <div className="text-ink" dangerouslySetInnerHTML={{ __html: renderBarChartSvg(chart) }} />
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-semibold">Données du graphique</summary>
              <table className="mt-2 w-full text-sm">
                <caption className="sr-only">{chart.title}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="border-b border-line py-1 text-left">
                      {t.header[0]}
                    </th>
                    <th scope="col" className="border-b border-line py-1 text-right">
                      {t.header[1]}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {t.rows.map(([label, value]) => (
                    <tr key={label}>
                      <th scope="row" className="border-b border-line py-1 text-left font-normal">
                        {label}
                      </th>
                      <td className="border-b border-line py-1 text-right">{value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </figure>
        );
      })}
      {indicators.beneficiaries.length ? (
        <figure className="rounded border border-line p-4 xl:col-span-2">
          <table className="w-full text-sm">
            <caption className="mb-2 text-left text-base font-bold">
              Bénéficiaires déclarés sur les actions, par unité (jamais additionnés entre unités)
            </caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-line py-1 text-left">
                  Unité
                </th>
                <th scope="col" className="border-b border-line py-1 text-right">
                  Total
                </th>
                <th scope="col" className="border-b border-line py-1 text-right">
                  Actions
                </th>
              </tr>
            </thead>
            <tbody>
              {indicators.beneficiaries.map((b) => (
                <tr key={b.unit}>
                  <th scope="row" className="border-b border-line py-1 text-left font-normal">
                    {b.label ?? b.unit}
                  </th>
                  <td className="border-b border-line py-1 text-right">{formatNumber(b.count)}</td>
                  <td className="border-b border-line py-1 text-right">{formatNumber(b.actions)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      ) : null}
    </div>
  );
}
