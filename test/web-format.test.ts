// The web app's number and date helpers: the server's rules, in the language asked for, and the values
// i18next puts into sentences and ECharts into charts.
import { describe, expect, it } from 'vitest';
import { fmtDate, fmtDateTime, fmtDecimal, fmtNumber, fmtPercent, interpolatedValue } from '../web/src/format.js';
import { chartNumber, localizeChart } from '../web/src/chartFormat.js';

describe('web number and date format', () => {
  it('writes numbers, decimals and percentages per language', () => {
    expect(fmtNumber(108419, 'vi')).toBe('108.419');
    expect(fmtNumber(108419, 'en')).toBe('108,419');
    expect(fmtDecimal(82.25, 2, 'vi')).toBe('82,25');
    expect(fmtDecimal(82.25, 2, 'en')).toBe('82.25');
    expect(fmtPercent(0.907, 1, 'vi')).toBe('90,7%');
    expect(fmtPercent(0.907, 1, 'en')).toBe('90.7%');
    expect(fmtNumber(null)).toBe('');
  });
  it('writes dates as dd/mm/yyyy and instants in Vietnam time', () => {
    expect(fmtDate('2027-12-03')).toBe('03/12/2027');
    expect(fmtDateTime('2027-12-03T20:30:00Z')).toBe('04/12/2027 03:30');
  });
  it('formats what i18next puts into a sentence, except years and record numbers', () => {
    expect(interpolatedValue(1460, 'n', 'vi')).toBe('1.460');
    expect(interpolatedValue(1460, 'n', 'en')).toBe('1,460');
    expect(interpolatedValue('2027-12-03', 'date', 'en')).toBe('03/12/2027');
    expect(interpolatedValue(2026, 'year', 'vi')).toBe(2026);
    expect(interpolatedValue(12345, 'id', 'vi')).toBe(12345);
    expect(interpolatedValue('Chi bộ 1', 'name', 'vi')).toBe('Chi bộ 1');
  });
  it('makes charts write their numbers the same way', () => {
    const o = localizeChart(
      {
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: ['a'] },
        yAxis: { type: 'value' },
        series: [
          { type: 'bar', data: [1460], label: { show: true } },
          { type: 'pie', data: [], label: { formatter: '{b}: {c}' } },
        ],
      },
      'vi',
    ) as Record<string, any>;
    expect(o.tooltip.valueFormatter(1460)).toBe('1.460');
    expect(o.yAxis.axisLabel.formatter(108419)).toBe('108.419');
    expect(o.xAxis.axisLabel).toBeUndefined();
    expect(o.series[0].label.formatter({ value: 1460 })).toBe('1.460');
    expect(o.series[1].label.formatter({ name: 'Nam', value: 1460 })).toBe('Nam: 1.460');
    expect(chartNumber([3, 1460], 'en')).toBe('1,460');
  });
});
