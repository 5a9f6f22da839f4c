// The Standing Committee's additional assessment of a committee member (POST .../additional): its result, shown
// to whoever reads the subject, and its form, for managers over the deciding level when the member sat on a
// committee during the cycle's period. The server checks both again.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { fmtDateTime } from '../../../format';
import type { Me } from '../../../types';
import { cyclesApi, LEVELS, type Level, type SubjectDetail } from './api';
import { LevelTag } from './LevelTag';

interface Seat {
  from_date: string;
  to_date: string | null;
}
interface Entry {
  level: Level;
  note: string;
  by: string;
  at: string;
}

/** Whether the member held a committee seat at some time in the period, as the server requires. */
export const satInPeriod = (seats: Seat[], from: string, to: string) =>
  seats.some((x) => x.from_date <= to && (x.to_date === null || x.to_date > from));

export function AdditionalCard({ s, me, onDone }: { s: SubjectDetail; me: Me; onDone: (next: SubjectDetail) => void }) {
  const { t } = useTranslation();
  const manager = s.memberId !== null && !s.notRatedReason && s.abilities?.additional === true;
  const profile = useQuery({
    queryKey: ['members', 'profile', s.memberId],
    enabled: manager,
    queryFn: () => api.get<{ seats: Seat[] }>(`/api/members/${s.memberId}`),
  });
  const mayAssess = manager && !!profile.data && satInPeriod(profile.data.seats, s.cycle.periodFrom, s.cycle.periodTo);
  const entry = s.additional as Entry | null;
  if (!entry && !mayAssess) return null;
  return (
    <Card title={t('assessments.additional.title')} data-testid="additional">
      {entry ? (
        <Descriptions
          size="small"
          column={1}
          data-testid="additional-result"
          items={[
            { key: 'level', label: t('assessments.additional.level'), children: <LevelTag level={entry.level} /> },
            { key: 'note', label: t('assessments.additional.note'), children: entry.note },
            { key: 'by', label: t('assessments.additional.by'), children: `${entry.by} · ${fmtDateTime(entry.at)}` },
          ]}
        />
      ) : (
        <Alert type="info" showIcon title={t('assessments.additional.help')} style={{ marginBottom: 12 }} />
      )}
      {mayAssess && <AdditionalForm s={s} entry={entry} onDone={onDone} />}
    </Card>
  );
}

function AdditionalForm({ s, entry, onDone }: { s: SubjectDetail; entry: Entry | null; onDone: (next: SubjectDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ level: Level; note: string }>();
  const [open, setOpen] = useState(!entry);
  const save = useWrite(
    (v: { level: Level; note: string }) => cyclesApi.step(s.id, 'additional', { version: s.version, level: v.level, note: v.note.trim() }),
    {
      form,
      errors: 'inline',
      onSuccess: (next) => {
        onDone(next);
        setOpen(false);
      },
    },
  );
  const required = [{ required: true, whitespace: true, message: t('assessments.form.required') }];
  if (!open)
    return (
      <Button onClick={() => setOpen(true)} data-testid="additional-revise">
        {t('assessments.additional.revise')}
      </Button>
    );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => save.mutate(v)}
      data-testid="additional-form"
      initialValues={{ level: entry?.level ?? s.level ?? undefined, note: entry?.note }}
    >
      {save.shown && (
        <Alert type="error" showIcon title={messageOf(save.shown)} style={{ marginBottom: 12 }} data-testid="additional-error" />
      )}
      <Form.Item name="level" label={t('assessments.additional.level')} rules={required}>
        <Select options={LEVELS.map((l) => ({ value: l, label: t(`assessments.levels.${l}`) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('assessments.additional.note')} rules={required}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="additional-submit">
        {t('assessments.additional.submit')}
      </Button>
    </Form>
  );
}
