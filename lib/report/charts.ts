/**
 * Horizontal bar charts of the indicators. One geometry, drawn three ways:
 * as an accessible SVG (<title>, <desc>, role="img") for the back office,
 * with vector primitives in the PDF, and as a native chart in the DOCX.
 * Every chart also has its text alternative: the same figures as a table.
 */
import { formatNumber } from "@/lib/text/format";
import { joinFrench } from "./format";
import type { Indicators } from "./types";

export type BarChart = {
  id: string;
  title: string;
  /** Column headings of the text alternative: the categories, the values. */
  categoryLabel: string;
  valueLabel: string;
  rows: { label: string; value: number }[];
};

/** The four charts of an indicator set (empty ones left out). */
export function indicatorCharts(indicators: Indicators, idPrefix: string): BarChart[] {
  const chart = (
    key: string,
    counts: { label: string; count: number }[],
    labels: Pick<BarChart, "title" | "categoryLabel" | "valueLabel">,
  ): BarChart => ({
    id: `${idPrefix}-${key}`,
    ...labels,
    rows: counts.map((r) => ({ label: r.label, value: r.count })),
  });
  const charts: BarChart[] = [
    chart("statuts", indicators.actionsByStatus, {
      title: "Actions par statut",
      categoryLabel: "Statut",
      valueLabel: "Actions",
    }),
    chart("publics", indicators.audiences, {
      title: "Publics touchés (nombre d’actions par public)",
      categoryLabel: "Public",
      valueLabel: "Actions",
    }),
    chart("organisations", indicators.organisationsByKind, {
      title: "Organisations impliquées, par type",
      categoryLabel: "Type d’organisation",
      valueLabel: "Organisations",
    }),
    chart("formations", indicators.formationsByLevel, {
      title: "Formations par niveau",
      categoryLabel: "Niveau",
      valueLabel: "Formations",
    }),
  ];
  return charts.filter((c) => c.rows.some((r) => r.value > 0));
}

/** The figures in one sentence, for <desc> and alt texts. */
export function chartDescription(chart: BarChart): string {
  if (chart.rows.length === 0) return `${chart.title} : aucune donnée.`;
  return `${chart.title} : ${joinFrench(chart.rows.map((r) => `${r.label}, ${formatNumber(r.value)}`))}.`;
}

/** The text alternative: a two-column table. */
export function chartTable(chart: BarChart): { header: [string, string]; rows: [string, string][] } {
  return {
    header: [chart.categoryLabel, chart.valueLabel],
    rows: chart.rows.map((r) => [r.label, formatNumber(r.value)]),
  };
}

export type BarGeometry = { label: string; value: number; valueText: string; y: number; width: number };
export type ChartGeometry = {
  width: number;
  height: number;
  labelWidth: number;
  barX: number;
  barHeight: number;
  bars: BarGeometry[];
};

/** Positions of the bars, in points or pixels (the unit is the caller's). */
export function chartGeometry(
  chart: BarChart,
  width = 480,
  options: { labelWidth?: number; barHeight?: number; gap?: number } = {},
): ChartGeometry {
  const labelWidth = options.labelWidth ?? Math.round(width * 0.4);
  const barHeight = options.barHeight ?? 16;
  const gap = options.gap ?? 8;
  const valueRoom = 40;
  const barX = labelWidth + 8;
  const max = Math.max(1, ...chart.rows.map((r) => r.value));
  const span = width - barX - valueRoom;
  return {
    width,
    height: chart.rows.length * (barHeight + gap) + gap,
    labelWidth,
    barX,
    barHeight,
    bars: chart.rows.map((r, i) => ({
      label: r.label,
      value: r.value,
      valueText: formatNumber(r.value),
      y: gap + i * (barHeight + gap),
      width: r.value > 0 ? Math.max(2, (r.value / max) * span) : 0,
    })),
  };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A self-contained accessible SVG: role="img", labelled by its <title> and
 * described by its <desc>. Colours are given (no CSS needed), text is real
 * text. The caller shows the table alternative next to it.
 */
export function renderBarChartSvg(
  chart: BarChart,
  options: { width?: number; color?: string; textColor?: string } = {},
): string {
  const g = chartGeometry(chart, options.width ?? 560, { barHeight: 18, gap: 10 });
  const color = options.color ?? "#24305e";
  const text = options.textColor ?? "#1f2937";
  const titleId = `${chart.id}-titre`;
  const descId = `${chart.id}-desc`;
  const bars = g.bars
    .map((b) => {
      const cy = b.y + g.barHeight / 2;
      return [
        `<g>`,
        `<text x="${g.labelWidth}" y="${cy}" text-anchor="end" dominant-baseline="middle" font-size="13" fill="${text}">${escapeXml(b.label)}</text>`,
        `<rect x="${g.barX}" y="${b.y}" width="${b.width.toFixed(1)}" height="${g.barHeight}" fill="${color}" rx="2"/>`,
        `<text x="${(g.barX + b.width + 6).toFixed(1)}" y="${cy}" dominant-baseline="middle" font-size="13" fill="${text}">${escapeXml(b.valueText)}</text>`,
        `</g>`,
      ].join("");
    })
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="100%" role="img" aria-labelledby="${titleId} ${descId}" font-family="system-ui, sans-serif">` +
    `<title id="${titleId}">${escapeXml(chart.title)}</title>` +
    `<desc id="${descId}">${escapeXml(chartDescription(chart))}</desc>` +
    `<line x1="${g.barX}" y1="0" x2="${g.barX}" y2="${g.height}" stroke="${text}" stroke-width="1"/>` +
    bars +
    `</svg>`
  );
}
