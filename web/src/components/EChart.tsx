// The one ECharts holder: initialises on mount, updates on option change, resizes with the window and before
// printing, and writes every figure in the app's number format (chartFormat.ts, format.ts).
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';
import { localizeChart } from '../chartFormat';

export function EChart({
  option,
  height = 320,
  testId,
  ariaLabel,
}: {
  option: echarts.EChartsOption;
  height?: number;
  testId?: string;
  ariaLabel?: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!el.current) return undefined;
    chart.current = echarts.init(el.current);
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    window.addEventListener('beforeprint', resize);
    return () => {
      window.removeEventListener('resize', resize);
      window.removeEventListener('beforeprint', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(localizeChart(option), true);
  }, [option]);
  return (
    <div ref={el} style={{ width: '100%', height }} data-testid={testId} {...(ariaLabel ? { role: 'img', 'aria-label': ariaLabel } : {})} />
  );
}
