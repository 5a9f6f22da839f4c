// Party fees of a cell for one month, every member on one screen (one save). Amounts are pre-filled with what the
// fee rule proposes from each member's basis (percentage of income, or a group's fixed amount; the flat amount
// without a basis); the user can change any of them. Clearing "paid" removes a payment entered by mistake.
import { useEffect, useState } from 'react';
import { Button, Checkbox, DatePicker, InputNumber, Space, Tooltip, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, type Answer } from '../../../api';
import { DATE_FORMAT, fmtCount, fmtNumber, todayIso, toDayjs, toIso } from '../../../format';
import { useWrite } from '../../../useWrite';
import { FeeBasisModal, type Basis, type BasisTarget } from './FeeBasisModal';

type Sheet = Answer<'GET /api/units/:unitId/fees/:month'>;
type Proposed = Sheet['rows'][number]['proposed'];
interface Row {
  month: string;
  memberId: number;
  fullName: string;
  paid: boolean;
  amount: number;
  paidOn: string;
  basis: Basis | null;
  proposed: Proposed;
}

export function FeesGrid({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const [target, setTarget] = useState<BasisTarget | null>(null);
  const sheet = useQuery({ queryKey: ['fees', unitId, month], queryFn: () => api.get<Sheet>(`/api/units/${unitId}/fees/${month}`) });
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    const s = sheet.data;
    if (!s) return;
    setRows((prev) =>
      s.rows.map((r) => {
        const fresh: Row = {
          month: s.month,
          memberId: r.memberId,
          fullName: r.fullName,
          paid: r.amount !== null,
          amount: r.amount ?? r.proposed.amount,
          paidOn: r.paidOn ?? todayIso(),
          basis: r.basis,
          proposed: r.proposed,
        };
        const old = prev.find((p) => p.month === s.month && p.memberId === r.memberId);
        // A basis edited while the sheet has unsaved changes keeps them; an amount still at the old proposal follows the new one.
        return old
          ? {
              ...fresh,
              paid: old.paid,
              paidOn: old.paidOn,
              amount: old.amount === old.proposed.amount ? fresh.proposed.amount : old.amount,
            }
          : fresh;
      }),
    );
  }, [sheet.data]);
  const save = useWrite(
    () =>
      api.put(`/api/units/${unitId}/fees/${month}`, {
        rows: rows.map((r) =>
          r.paid ? { memberId: r.memberId, amount: r.amount, paidOn: r.paidOn } : { memberId: r.memberId, amount: null },
        ),
      }),
    { invalidate: [['fees']], saved: true },
  );
  const set = (id: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.memberId === id ? { ...r, ...patch } : r)));
  const money = (n: number) => fmtCount(n, i18n.language);
  const basisText = (r: Row) => {
    const p = r.proposed;
    if (p.source === 'flat') return t('lifecycle.fees.flat');
    if (p.percent !== undefined && r.basis?.monthlyAmount !== null && r.basis?.monthlyAmount !== undefined) {
      return t('lifecycle.fees.percentOf', {
        percent: fmtNumber(p.percent, i18n.language),
        amount: money(r.basis.monthlyAmount),
        kind: t(`lifecycle.fees.kinds.${p.source}`),
      });
    }
    return t(`lifecycle.fees.kinds.${p.source}`);
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          value={dayjs(`${month}-01`)}
          format="MM/YYYY"
          allowClear={false}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          aria-label={t('lifecycle.meetings.month')}
        />
        <Button onClick={() => setRows((all) => all.map((r) => ({ ...r, paid: true })))}>{t('lifecycle.meetings.allPaid')}</Button>
        <Button onClick={() => setRows((all) => all.map((r) => ({ ...r, amount: r.proposed.amount })))}>
          {t('lifecycle.fees.useProposed')}
        </Button>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate(undefined)}>
          {t('lifecycle.common.save')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('lifecycle.fees.hint')}</Typography.Paragraph>
      <Table<Row>
        rowKey="memberId"
        size="small"
        loading={sheet.isPending}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('lifecycle.common.member'), dataIndex: 'fullName' },
          {
            title: t('lifecycle.fees.basis'),
            render: (_, r) => (
              <Space size={4}>
                <Typography.Text type={r.proposed.source === 'flat' ? 'secondary' : undefined}>{basisText(r)}</Typography.Text>
                <Button
                  size="small"
                  type="link"
                  onClick={() => setTarget({ memberId: r.memberId, fullName: r.fullName, month, basis: r.basis })}
                >
                  {t('lifecycle.fees.editBasis')}
                </Button>
              </Space>
            ),
          },
          { title: t('lifecycle.fees.proposed'), align: 'right', render: (_, r) => money(r.proposed.amount) },
          {
            title: t('lifecycle.meetings.paid'),
            render: (_, r) => (
              <Checkbox
                checked={r.paid}
                onChange={(e) => set(r.memberId, { paid: e.target.checked })}
                aria-label={t('lifecycle.meetings.paid')}
              />
            ),
          },
          {
            title: t('lifecycle.meetings.amount'),
            render: (_, r) => (
              <Tooltip title={r.amount !== r.proposed.amount ? t('lifecycle.fees.differs') : undefined}>
                <InputNumber<number>
                  min={0}
                  step={1000}
                  value={r.amount}
                  disabled={!r.paid}
                  onChange={(v) => set(r.memberId, { amount: Number(v ?? 0) })}
                  aria-label={t('lifecycle.meetings.amount')}
                  formatter={(v) => (v === undefined || v === null || String(v) === '' ? '' : money(Number(v)))}
                  parser={(s) => Number((s ?? '').replace(/\D/g, ''))}
                />
              </Tooltip>
            ),
          },
          {
            title: t('lifecycle.meetings.paidOn'),
            render: (_, r) => (
              <DatePicker
                format={DATE_FORMAT}
                value={toDayjs(r.paidOn)}
                disabled={!r.paid}
                allowClear={false}
                onChange={(d) => set(r.memberId, { paidOn: toIso(d) ?? todayIso() })}
              />
            ),
          },
        ]}
      />
      <FeeBasisModal target={target} onClose={() => setTarget(null)} />
    </div>
  );
}
