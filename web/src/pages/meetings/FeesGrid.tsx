// Party fees of a cell for one month, every member on one screen (one save). Amounts are pre-filled with
// the default; clearing "paid" removes a payment entered by mistake.
import { useEffect, useState } from 'react';
import { Button, Checkbox, DatePicker, InputNumber, Space, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api } from '../../api';
import { DATE_FORMAT, todayIso, toDayjs, toIso } from '../../format';
import { useWrite } from '../lifecycle/shared';

interface Sheet { month: string; defaultAmount: number; rows: { memberId: number; fullName: string; amount: number | null; paidOn: string | null }[] }
interface Row { memberId: number; fullName: string; paid: boolean; amount: number; paidOn: string }

export function FeesGrid({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const sheet = useQuery({ queryKey: ['fees', unitId, month], queryFn: () => api.get<Sheet>(`/api/units/${unitId}/fees/${month}`) });
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    const s = sheet.data;
    if (s) setRows(s.rows.map((r) => ({ memberId: r.memberId, fullName: r.fullName, paid: r.amount !== null, amount: r.amount ?? s.defaultAmount, paidOn: r.paidOn ?? todayIso() })));
  }, [sheet.data]);
  const save = useWrite(() => api.put(`/api/units/${unitId}/fees/${month}`, {
    rows: rows.map((r) => (r.paid ? { memberId: r.memberId, amount: r.amount, paidOn: r.paidOn } : { memberId: r.memberId, amount: null })),
  }), [['fees']]);
  const set = (id: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.memberId === id ? { ...r, ...patch } : r)));

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker picker="month" value={dayjs(`${month}-01`)} format="MM/YYYY" allowClear={false} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} aria-label={t('lifecycle.meetings.month')} />
        <Button onClick={() => setRows((all) => all.map((r) => ({ ...r, paid: true })))}>{t('lifecycle.meetings.allPaid')}</Button>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate(undefined)}>{t('lifecycle.common.save')}</Button>
      </Space>
      <Table<Row> rowKey="memberId" size="small" loading={sheet.isPending} dataSource={rows} pagination={false}
        columns={[
          { title: t('lifecycle.common.member'), dataIndex: 'fullName' },
          { title: t('lifecycle.meetings.paid'), render: (_, r) => <Checkbox checked={r.paid} onChange={(e) => set(r.memberId, { paid: e.target.checked })} aria-label={t('lifecycle.meetings.paid')} /> },
          { title: t('lifecycle.meetings.amount'), render: (_, r) => <InputNumber min={0} step={1000} value={r.amount} disabled={!r.paid} onChange={(v) => set(r.memberId, { amount: Number(v ?? 0) })} aria-label={t('lifecycle.meetings.amount')} /> },
          { title: t('lifecycle.meetings.paidOn'), render: (_, r) => <DatePicker format={DATE_FORMAT} value={toDayjs(r.paidOn)} disabled={!r.paid} allowClear={false} onChange={(d) => set(r.memberId, { paidOn: toIso(d) ?? todayIso() })} /> },
        ]} />
    </div>
  );
}
