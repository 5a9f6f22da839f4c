// ECharts writes numbers its own way (1,460 in tooltips and value axes, 1460 in '{c}' labels) whatever the
// language. Every chart goes through localizeChart so its figures read like the rest of the page (format.ts).
import type { EChartsOption } from 'echarts';
import { fmtNumber } from './format.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as ECharts hands it over (a number, a [x, y] pair, a string) in the app's number format. */
export function chartNumber(v: unknown, lang?: string): string {
  if (typeof v === 'number') return fmtNumber(v, lang);
  if (Array.isArray(v)) return chartNumber(v[v.length - 1], lang);
  return v === null || v === undefined ? '' : String(v);
}

/** A '{a}/{b}/{c}' template as a function writing {c} (the value) in the app's number format. */
function template(tpl: string, lang?: string) {
  return (p: { seriesName?: string; name?: string; value?: unknown }) =>
    tpl
      .replace(/\{a\}/g, p.seriesName ?? '')
      .replace(/\{b\}/g, p.name ?? '')
      .replace(/\{c\}/g, chartNumber(p.value, lang));
}

function label(l: unknown, lang?: string, show = false): unknown {
  if (!isObj(l)) return l;
  if (typeof l.formatter === 'string') return { ...l, formatter: template(l.formatter, lang) };
  if (l.formatter === undefined && (l.show || show)) return { ...l, formatter: (p: { value?: unknown }) => chartNumber(p.value, lang) };
  return l;
}

function axis(a: unknown, lang?: string, byDefault?: string): unknown {
  if (Array.isArray(a)) return a.map((x) => axis(x, lang, byDefault));
  if (!isObj(a) || (a.type ?? byDefault) !== 'value') return a;
  const al = isObj(a.axisLabel) ? a.axisLabel : {};
  return al.formatter === undefined ? { ...a, axisLabel: { ...al, formatter: (v: number) => chartNumber(v, lang) } } : a;
}

function tooltip(t: unknown, lang?: string): unknown {
  if (!isObj(t)) return t;
  if (typeof t.formatter === 'string') return { ...t, formatter: template(t.formatter, lang) };
  return t.valueFormatter === undefined ? { ...t, valueFormatter: (v: unknown) => chartNumber(v, lang) } : t;
}

/** The option with its tooltips, value axes and series labels writing numbers in the app's format. */
export function localizeChart(option: EChartsOption, lang?: string): EChartsOption {
  const o = { ...(option as Obj) };
  if (o.tooltip !== undefined) o.tooltip = Array.isArray(o.tooltip) ? o.tooltip.map((x) => tooltip(x, lang)) : tooltip(o.tooltip, lang);
  if (o.xAxis !== undefined) o.xAxis = axis(o.xAxis, lang, 'category');
  if (o.yAxis !== undefined) o.yAxis = axis(o.yAxis, lang, 'value');
  if (o.series !== undefined) {
    const one = (s: unknown) => (isObj(s) ? { ...s, ...(s.label !== undefined ? { label: label(s.label, lang) } : {}) } : s);
    o.series = Array.isArray(o.series) ? o.series.map(one) : one(o.series);
  }
  return o as EChartsOption;
}
