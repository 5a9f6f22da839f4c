// The recruitment funnel (candidates per stage) drawn with ECharts.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';
import { useTranslation } from 'react-i18next';

export function FunnelChart({ stages }: { stages: { stage: string; count: number }[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [{
        type: 'funnel', sort: 'none', left: '5%', width: '90%', minSize: '20%', label: { formatter: '{b}: {c}' },
        data: stages.map((s) => ({ name: t(`lifecycle.recruitment.stages.${s.stage}`), value: s.count })),
      }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => { window.removeEventListener('resize', resize); chart.dispose(); };
  }, [stages, t]);
  return <div ref={ref} style={{ height: 280 }} role="img" aria-label={t('lifecycle.recruitment.funnel')} data-testid="recruitment-funnel" />;
}
