// The recruitment funnel (candidates per stage) as horizontal bars in stage order: every stage's name is shown in
// full beside its bar, a bar's length is its count (a stage with nobody has no bar), and no candidate at all shows
// an empty state instead of a chart.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

export function FunnelChart({ stages }: { stages: { stage: string; count: number }[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const empty = stages.every((s) => s.count === 0);
  useEffect(() => {
    if (!ref.current || empty) return;
    const chart = echarts.init(ref.current);
    // The first stage on top: a category axis draws its first value at the bottom, so reverse it.
    const shown = [...stages].reverse();
    chart.setOption({
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, show: false },
      yAxis: { type: 'category', data: shown.map((s) => t(`lifecycle.recruitment.stages.${s.stage}`)), axisTick: { show: false } },
      series: [{ type: 'bar', data: shown.map((s) => s.count), label: { show: true, position: 'right' }, barMaxWidth: 22 }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => { window.removeEventListener('resize', resize); chart.dispose(); };
  }, [stages, t, empty]);
  if (empty) return <div data-testid="recruitment-funnel"><Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('walk.funnelEmpty')} /></div>;
  return <div ref={ref} style={{ height: 280 }} role="img" aria-label={t('lifecycle.recruitment.funnel')} data-testid="recruitment-funnel" />;
}
