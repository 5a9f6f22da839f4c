// Discipline records (of members and of Party organizations) and exemptions / suspensions of a unit; an exemption
// is ended with "Restore".
import { useState } from 'react';
import { Button, Segmented, Space, Tabs, Tag } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate } from '../../../format';
import { may } from '../../../auth/permissions';
import { RecordModal } from './RecordForms';
import { OtherRecordModal } from './OtherRecords';
import { UnitDisciplineModal, UnitDisciplineTable } from './UnitDiscipline';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { useWrite } from '../../../useWrite';

type Disciplines = Answer<'GET /api/discipline'>;
type Discipline = Disciplines['items'][number];
const PAGE_SIZE = 50;
type Exemptions = Answer<'GET /api/exemptions'>;
type Exemption = Exemptions['items'][number];

export default function RecordsPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId, me } = useScopeUnit();
  const [adding, setAdding] = useState<'discipline' | 'exemption' | null>(null);
  const [due, setDue] = useState(false);
  const [other, setOther] = useState(false);
  const [unitDiscipline, setUnitDiscipline] = useState(false);
  const [disciplinePage, setDisciplinePage] = useState(1);
  const [exemptionsPage, setExemptionsPage] = useState(1);
  const discipline = useQuery({
    queryKey: ['discipline', unitId ?? 0, disciplinePage],
    queryFn: () => api.get<Disciplines>('/api/discipline', { unitId, page: disciplinePage, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
  });
  const exemptions = useQuery({
    queryKey: ['exemptions', unitId ?? 0, due, exemptionsPage],
    queryFn: () => api.get<Exemptions>('/api/exemptions', { unitId, due: due || undefined, page: exemptionsPage, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
  });
  const restore = useWrite((e: Exemption) => api.post(`/api/exemptions/${e.id}/restore`, { version: e.version }), {
    invalidate: [['exemptions']],
    saved: true,
  });
  const canEdit = may(me, 'lifecycle.edit');
  return (
    <div>
      <ScopeBar
        title={t('lifecycle.records.title')}
        unitId={unitId}
        onChange={(u) => {
          setUnitId(u);
          setDisciplinePage(1);
          setExemptionsPage(1);
        }}
        extra={
          canEdit && (
            <Space>
              <Button onClick={() => setAdding('discipline')}>{t('lifecycle.records.new.discipline')}</Button>
              <Button onClick={() => setAdding('exemption')}>{t('lifecycle.records.new.exemption')}</Button>
              {may(me, 'unitDiscipline.create') && (
                <Button onClick={() => setUnitDiscipline(true)}>{t('lifecycle.unitDiscipline.new')}</Button>
              )}
              <Button onClick={() => setOther(true)}>{t('lifecycle.records.other')}</Button>
            </Space>
          )
        }
      />
      <Tabs
        items={[
          {
            key: 'discipline',
            label: t('lifecycle.records.tabs.discipline'),
            children: discipline.isError ? (
              <ErrorResult error={discipline.error} />
            ) : (
              <Table<Discipline>
                rowKey="id"
                size="middle"
                loading={discipline.isPending && !!unitId}
                dataSource={discipline.data?.items ?? []}
                pagination={{
                  current: disciplinePage,
                  pageSize: PAGE_SIZE,
                  total: discipline.data?.total ?? 0,
                  onChange: setDisciplinePage,
                  showSizeChanger: false,
                }}
                columns={[
                  { title: t('lifecycle.common.member'), dataIndex: 'fullName' },
                  { title: t('lifecycle.common.cell'), dataIndex: 'unitName' },
                  {
                    title: t('lifecycle.records.form'),
                    dataIndex: 'form',
                    render: (f: string, r) => (
                      <>
                        {t(`lifecycle.records.forms.${f}`)}
                        {r.selfDetectedRemedied && <Tag style={{ marginLeft: 4 }}>{t('lifecycle.records.selfDetectedShort')}</Tag>}
                      </>
                    ),
                  },
                  { title: t('lifecycle.common.decisionNo'), render: (_, r) => `${r.decisionNo} (${fmtDate(r.decidedOn)})` },
                  { title: t('lifecycle.common.authority'), dataIndex: 'authority' },
                ]}
              />
            ),
          },
          { key: 'units', label: t('lifecycle.unitDiscipline.tab'), children: <UnitDisciplineTable unitId={unitId ?? null} /> },
          {
            key: 'exemptions',
            label: t('lifecycle.records.tabs.exemptions'),
            children: (
              <>
                <Segmented
                  value={due ? 'due' : 'all'}
                  onChange={(v) => {
                    setDue(v === 'due');
                    setExemptionsPage(1);
                  }}
                  style={{ marginBottom: 12 }}
                  options={[
                    { value: 'all', label: t('lifecycle.common.all') },
                    { value: 'due', label: t('lifecycle.records.dueToRestore') },
                  ]}
                />
                <Table<Exemption>
                  rowKey="id"
                  size="middle"
                  loading={exemptions.isPending && !!unitId}
                  dataSource={exemptions.data?.items ?? []}
                  pagination={{
                    current: exemptionsPage,
                    pageSize: PAGE_SIZE,
                    total: exemptions.data?.total ?? 0,
                    onChange: setExemptionsPage,
                    showSizeChanger: false,
                  }}
                  columns={[
                    { title: t('lifecycle.common.member'), dataIndex: 'fullName' },
                    { title: t('lifecycle.records.kind'), dataIndex: 'kind', render: (k: string) => t(`lifecycle.records.kinds.${k}`) },
                    {
                      title: t('lifecycle.records.period'),
                      render: (_, r) => `${fmtDate(r.fromDate)} – ${r.toDate ? fmtDate(r.toDate) : '…'}`,
                    },
                    { title: t('lifecycle.common.decisionNo'), dataIndex: 'decisionNo' },
                    {
                      title: '',
                      render: (_, r) =>
                        canEdit &&
                        r.memberStatus === r.kind && (
                          <Button size="small" loading={restore.isPending} onClick={() => restore.mutate(r)}>
                            {t('lifecycle.records.restore')}
                          </Button>
                        ),
                    },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      <RecordModal kind={adding} unitId={unitId ?? null} onClose={() => setAdding(null)} />
      <OtherRecordModal open={other} unitId={unitId ?? null} onClose={() => setOther(false)} />
      <UnitDisciplineModal open={unitDiscipline} onClose={() => setUnitDiscipline(false)} />
    </div>
  );
}
