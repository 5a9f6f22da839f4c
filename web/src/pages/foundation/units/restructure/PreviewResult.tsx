// What a restructuring would do, from the preview answer: units changed, members moved, a sample of them.
import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../../components/ResponsiveTable';
import { useTranslation } from 'react-i18next';
import { fmtCount, fmtDate } from '../../../../format';
import type { RestructureOutcome } from '../../../../types';

const CHANGE_COLORS: Record<string, string> = {
  created: 'green',
  renamed: 'blue',
  moved: 'blue',
  absorbed: 'green',
  merged_away: 'orange',
  split_away: 'orange',
  dissolved: 'red',
};

type Sample = RestructureOutcome['sampleMembers'][number];

export function PreviewResult({ outcome }: { outcome: RestructureOutcome }) {
  const { t, i18n } = useTranslation();
  const unitName = (id: number) => outcome.units.find((u) => u.id === id)?.name ?? `#${id}`;
  const more = outcome.membersMoved - outcome.sampleMembers.length;

  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 8 }} data-testid="restructure-preview-result">
      <Alert type="warning" showIcon title={t('restructure.previewNotice')} />
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'kind', label: t('restructure.operation'), children: t(`changeKinds.${outcome.kind}`) },
          { key: 'date', label: t('restructure.effectiveOn'), children: fmtDate(outcome.effectiveOn) },
          {
            key: 'moved',
            label: t('restructure.membersMoved'),
            span: 2,
            children: (
              <Typography.Text strong data-testid="preview-members-moved">
                {fmtCount(outcome.membersMoved, i18n.language)}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Table<RestructureOutcome['units'][number]>
        size="small"
        bordered
        pagination={false}
        rowKey={(u) => `${u.id}-${u.change}`}
        title={() => <Typography.Text strong>{t('restructure.unitsAffected')}</Typography.Text>}
        dataSource={outcome.units}
        columns={[
          {
            key: 'change',
            width: 160,
            render: (_, u) => <Tag color={CHANGE_COLORS[u.change] ?? 'default'}>{t(`outcomeChanges.${u.change}`)}</Tag>,
          },
          { key: 'name', render: (_, u) => u.name },
        ]}
        showHeader={false}
      />
      {outcome.sampleMembers.length > 0 && (
        <Table<Sample>
          size="small"
          bordered
          rowKey="id"
          data-testid="preview-sample-members"
          pagination={false}
          scroll={{ y: 200 }}
          title={() => <Typography.Text strong>{t('restructure.sampleMembers')}</Typography.Text>}
          footer={more > 0 ? () => t('restructure.andMore', { n: more }) : undefined}
          dataSource={outcome.sampleMembers}
          columns={[
            { key: 'name', title: t('fields.fullName'), render: (_, m) => m.fullName },
            { key: 'to', title: t('restructure.movesTo'), render: (_, m) => unitName(m.toUnitId) },
          ]}
        />
      )}
    </Space>
  );
}
