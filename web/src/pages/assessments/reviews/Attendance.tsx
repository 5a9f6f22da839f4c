// Attendance at the review meeting, recorded by members of a working group assigned to the subject's unit
// (POST .../attendance: the meeting date, present or absent with the reason, and a note), and the list of
// who attended or was absent when.
import { Alert, Button, DatePicker, Form, Input, Radio, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import type { Dayjs } from 'dayjs';
import { messageOf, useWrite } from '../../../useWrite';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, fmtDate, todayIso, toDayjs, toIso } from '../../../format';
import { postRemark, remarksKey, useRemarks, type Remark } from './Remarks';

export function Attendance({ subjectId, mayRecord }: { subjectId: number; mayRecord: boolean }) {
  const { t } = useTranslation();
  const rows = (useRemarks(subjectId).data ?? []).filter((r) => r.kind === 'attendance');
  return (
    <div data-testid="attendance">
      <Table<Remark>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('assessments.attendance.empty') }}
        columns={[
          { title: t('assessments.attendance.date'), render: (_, r) => fmtDate(r.attendedOn), width: 105 },
          {
            // The member and whether they came, one under the other: the card is narrow.
            title: t('assessments.attendance.who'),
            render: (_, r) => (
              <>
                {r.actorName}
                <br />
                {r.present === false ? (
                  <Tag color="orange">{t('assessments.attendance.absent')}</Tag>
                ) : (
                  <Tag color="green">{t('assessments.attendance.present')}</Tag>
                )}
              </>
            ),
          },
          {
            title: t('assessments.attendance.note'),
            render: (_, r) => (
              <>
                {r.present === false && r.absenceReason && <div>{r.absenceReason}</div>}
                {r.body ? <Typography.Text type="secondary">{r.body}</Typography.Text> : r.present === false ? null : '—'}
              </>
            ),
          },
        ]}
      />
      {mayRecord && <AttendanceForm subjectId={subjectId} />}
    </div>
  );
}

interface Values {
  attendedOn: Dayjs;
  present: boolean;
  absenceReason?: string;
  note?: string;
}

function AttendanceForm({ subjectId }: { subjectId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const present = Form.useWatch('present', form) ?? true;
  const today = todayIso();
  const save = useWrite(
    (v: Values) =>
      postRemark(
        subjectId,
        'attendance',
      )({
        attendedOn: toIso(v.attendedOn),
        present: v.present,
        ...(v.present ? {} : { absenceReason: (v.absenceReason ?? '').trim() }),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      }),
    {
      form,
      errors: 'inline',
      fields: (f) => (['attendedOn', 'present', 'absenceReason', 'note'].includes(f) ? [f] : null),
      onSuccess: (list) => {
        qc.setQueryData(remarksKey(subjectId), list);
        form.resetFields();
      },
    },
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => save.mutate(v)}
      initialValues={{ attendedOn: toDayjs(today), present: true }}
      data-testid="attendance-form"
      style={{ marginTop: 12 }}
    >
      {save.shown && <Alert type="error" showIcon title={messageOf(save.shown)} style={{ marginBottom: 12 }} />}
      <Form.Item
        name="attendedOn"
        label={t('assessments.attendance.meetingDate')}
        rules={[{ required: true, message: t('assessments.form.required') }]}
        extra={t('assessments.attendance.help')}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
      </Form.Item>
      <Form.Item name="present" label={t('assessments.attendance.presence')}>
        <Radio.Group
          data-testid="attendance-presence"
          options={[
            { value: true, label: t('assessments.attendance.present') },
            { value: false, label: t('assessments.attendance.absent') },
          ]}
        />
      </Form.Item>
      {!present && (
        <Form.Item
          name="absenceReason"
          label={t('assessments.attendance.absenceReason')}
          rules={[{ required: true, whitespace: true, message: t('assessments.attendance.absenceReasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('assessments.attendance.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="attendance-submit">
        {t('assessments.attendance.submit')}
      </Button>
    </Form>
  );
}
