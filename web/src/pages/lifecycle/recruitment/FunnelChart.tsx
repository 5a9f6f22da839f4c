// The recruitment funnel (candidates per stage) as horizontal bars in stage order: every stage's name is shown in
// full beside its bar, a bar's length is its count (a stage with nobody has no bar), and no candidate at all shows
// an empty state instead of a chart.
import { useMemo } from 'react';
import type { EChartsOption } from 'echarts';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../components/EChart';

export function FunnelChart({ stages }: { stages: { stage: string; count: number }[] }) {
  const { t } = useTranslation();
  const empty = stages.every((s) => s.count === 0);
  const option = useMemo((): EChartsOption => {
    // The first stage on top: a category axis draws its first value at the bottom, so reverse it.
    const shown = [...stages].reverse();
    return {
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, show: false },
      yAxis: { type: 'category', data: shown.map((s) => t(`lifecycle.recruitment.stages.${s.stage}`)), axisTick: { show: false } },
      series: [{ type: 'bar', data: shown.map((s) => s.count), label: { show: true, position: 'right' }, barMaxWidth: 22 }],
    };
  }, [stages, t]);
  if (empty)
    return (
      <div data-testid="recruitment-funnel">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('walk.funnelEmpty')} />
      </div>
    );
  return <EChart option={option} height={280} ariaLabel={t('lifecycle.recruitment.funnel')} testId="recruitment-funnel" />;
}
