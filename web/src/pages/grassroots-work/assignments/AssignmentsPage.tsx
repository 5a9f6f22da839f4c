// /grassroots/assignments: committee members in charge of units, with their periods; add and end assignments.
import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Space, Switch, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { ScopeBar } from '../../../components/ScopeBar';
import { useTranslation } from 'react-i18next';
import { useWrite } from '../../../useWrite';
import { api, type Answer } from '../../../api';
import { useAbility } from '../../../auth/permissions';
import { UnitPicker } from '../../../components/UnitPicker';
import { fmtDate, toIso } from '../../../format';
import { EndAssignmentModal, type EndTarget } from './EndAssignmentModal';
import { ErrorLine } from './shared';
import { MemberPicker } from '../../../components/MemberPicker';
import { closeFresh } from '../../../components/freshForm';

type UnitAssignment = Answer<'GET /api/unit-assignments'>['items'][number];
type MemberHouseholds = Answer<'GET /api/household-assignments'>;
type HouseholdRow = MemberHouseholds['items'][number];
const PAGE_SIZE = 50;

/** Households a chosen member is in charge of (GET /api/household-assignments?memberId=), each open one can be ended. */
function MemberHouseholdsSection({ onEnd }: { onEnd: (t: EndTarget) => void }) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<number | null>(null);
  const q = useQuery({
    queryKey: ['grassroots', 'household-assignments', memberId],
    enabled: memberId !== null,
    queryFn: () => api.get<MemberHouseholds>('/api/household-assignments', { memberId }),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={4}>{t('grassroots.assignments.householdsTitle')}</Typography.Title>
      <Space wrap>
        <Typography.Text>{t('grassroots.assignments.householdMember')}</Typography.Text>
        <div style={{ width: 'min(360px, calc(100vw - 32px))' }}>
          <MemberPicker
            id="household-assignment-member"
            value={memberId ?? undefined}
            onChange={(v) => setMemberId(typeof v === 'number' ? v : null)}
          />
        </div>
      </Space>
      <ErrorLine error={q.error} />
      {memberId !== null && (
        <Table<HouseholdRow>
          rowKey="assignmentId"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          size="small"
          data-testid="household-assignments"
          columns={[
            { title: t('grassroots.assignments.householdAddress'), dataIndex: 'address' },
            { title: t('grassroots.assignments.householdHead'), dataIndex: 'headName' },
            { title: t('grassroots.assignments.householdGroup'), dataIndex: 'groupName' },
            { title: t('grassroots.common.from'), dataIndex: 'validFrom', render: fmtDate },
            { title: t('grassroots.common.to'), dataIndex: 'validTo', render: (v: string | null) => (v ? fmtDate(v) : '—') },
            {
              key: 'end',
              render: (_: unknown, h) =>
                h.validTo ? null : (
                  <Button
                    size="small"
                    onClick={() =>
                      onEnd({
                        kind: 'household',
                        id: h.assignmentId,
                        version: h.version,
                        validFrom: h.validFrom,
                        title: t('grassroots.assignments.endHouseholdTitle', { name: q.data?.memberName ?? '', address: h.address }),
                      })
                    }
                  >
                    {t('grassroots.assignments.end')}
                  </Button>
                ),
            },
          ]}
        />
      )}
    </Space>
  );
}

function AddAssignment({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(
    (v: { unitId: number; memberId: number; validFrom: import('dayjs').Dayjs; note?: string }) =>
      api.post('/api/unit-assignments', { unitId: v.unitId, memberId: v.memberId, validFrom: toIso(v.validFrom), note: v.note ?? '' }),
    { invalidate: [['grassroots']], onSuccess: () => close(), errors: 'inline' },
  );
  const close = closeFresh(form, onClose, () => save.clear());
  const req = [{ required: true, message: t('grassroots.common.required') }];
  return (
    <Modal open={open} onCancel={close} onOk={() => form.submit()} title={t('grassroots.assignments.add')} destroyOnHidden>
      <ErrorLine error={save.shown} />
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="unitId" label={t('grassroots.common.unit')} rules={req}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="memberId" label={t('grassroots.assignments.committeeMember')} rules={req}>
          <MemberPicker />
        </Form.Item>
        <Form.Item name="validFrom" label={t('grassroots.common.from')} rules={req}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="note" label={t('grassroots.common.note')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function AssignmentsPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [all, setAll] = useState(false);
  const [adding, setAdding] = useState(false);
  const mayCreate = useAbility('assignment.create');
  // Paged on the server; a new unit or filter starts at page 1.
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['grassroots', 'unit-assignments', unitId, all, page],
    queryFn: () =>
      api.get<Answer<'GET /api/unit-assignments'>>('/api/unit-assignments', { unitId, current: !all, page, pageSize: PAGE_SIZE }),
  });
  const [ending, setEnding] = useState<EndTarget | null>(null);
  const end = (a: UnitAssignment) =>
    setEnding({
      kind: 'unit',
      id: a.id,
      version: a.version,
      validFrom: a.validFrom,
      title: t('grassroots.assignments.endUnitTitle', { name: a.memberName, unit: a.unitName }),
    });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('grassroots.assignments.title')}</Typography.Title>
      <Space wrap>
        <ScopeBar
          unitId={unitId}
          onChange={(v) => {
            setUnitId(v);
            setPage(1);
          }}
          flush
        />
        <Switch
          checked={all}
          onChange={(v) => {
            setAll(v);
            setPage(1);
          }}
        />{' '}
        {t('grassroots.assignments.showEnded')}
        {mayCreate && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('grassroots.assignments.add')}
          </Button>
        )}
      </Space>
      <ErrorLine error={q.error} />
      <Table<UnitAssignment>
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        size="small"
        pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('grassroots.common.unit'), dataIndex: 'unitName' },
          { title: t('grassroots.assignments.committeeMember'), dataIndex: 'memberName' },
          { title: t('grassroots.common.from'), dataIndex: 'validFrom', render: fmtDate },
          { title: t('grassroots.common.to'), dataIndex: 'validTo', render: (v: string | null) => (v ? fmtDate(v) : '—') },
          { title: t('grassroots.common.note'), dataIndex: 'note' },
          {
            key: 'end',
            render: (_: unknown, a) =>
              a.validTo || !mayCreate ? null : (
                <Button size="small" onClick={() => end(a)}>
                  {t('grassroots.assignments.end')}
                </Button>
              ),
          },
        ]}
      />
      <AddAssignment open={adding} onClose={() => setAdding(false)} />
      <MemberHouseholdsSection onEnd={setEnding} />
      {ending && <EndAssignmentModal key={`${ending.kind}-${ending.id}`} target={ending} onClose={() => setEnding(null)} />}
    </Space>
  );
}
