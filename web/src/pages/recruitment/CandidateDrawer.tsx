// One applicant file: what it holds, why the applicant is not yet eligible, and the next step of its stage.
import { Alert, Button, Checkbox, DatePicker, Descriptions, Drawer, Form, Input, Space, Steps, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { applyFieldErrors } from '../../components/formErrors';
import { DATE_FORMAT, fmtDate, toDayjs, toIso } from '../../format';
import { MemberPicker } from '../../components/MemberPicker';
import { useWrite } from '../lifecycle/shared';

export const STAGES = ['outstanding', 'course', 'candidate', 'application', 'verification', 'decision', 'ceremony'];
const FORMS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `${n}-KNĐ`);

interface Candidate {
  id: number; fullName: string; birthDate: string; unitId: number; unitName: string; stage: string; source: string; version: number;
  courseCertificateOn: string | null; helperMemberId: number | null; helperName: string | null; forms: string[]; attachments: string;
  verifiedOn: string | null; verificationNote: string; decisionNo: string | null; memberId: number | null;
  introducers: { memberId: number; fullName: string; workedSince: string }[];
  eligibility: { eligible: boolean; reasons: { code: string; message: string }[] };
}

export function CandidateDrawer({ id, onClose, canDecide }: { id: number | null; onClose: () => void; canDecide: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const one = useQuery({ queryKey: ['candidates', 'one', id], queryFn: () => api.get<Candidate>(`/api/candidates/${id}`), enabled: !!id });
  const c = one.data;
  useEffect(() => {
    if (!c) return;
    form.resetFields();
    form.setFieldsValue({
      courseCertificateOn: toDayjs(c.courseCertificateOn), helperMemberId: c.helperMemberId ?? undefined, forms: c.forms, attachments: c.attachments,
      verifiedOn: toDayjs(c.verifiedOn), verificationNote: c.verificationNote,
      introducer: c.introducers[0]?.memberId, workedSince: toDayjs(c.introducers[0]?.workedSince),
    });
  }, [c, form]);
  const keys = [['candidates'], ['funnel'], ['targets']];
  const call = useWrite((a: { path: string; method?: 'post' | 'patch'; body: Record<string, unknown> }) =>
    (a.method === 'patch' ? api.patch(`/api/candidates/${id}${a.path}`, { version: c!.version, ...a.body }) : api.post(`/api/candidates/${id}${a.path}`, { version: c!.version, ...a.body })), keys);
  const run = (path: string, body: Record<string, unknown>, method?: 'post' | 'patch') => call.mutate({ path, body, method }, { onError: (e) => applyFieldErrors(form, e, (f) => [f]) });
  const saveFile = () => {
    const v = form.getFieldsValue();
    const body: Record<string, unknown> = {};
    if (c!.stage === 'course') body.courseCertificateOn = toIso(v.courseCertificateOn);
    if (c!.stage === 'candidate') {
      body.helperMemberId = v.helperMemberId ?? null;
      body.introducers = v.introducer && v.workedSince ? [{ memberId: v.introducer, workedSince: toIso(v.workedSince) }] : [];
    }
    if (c!.stage === 'application') Object.assign(body, { forms: v.forms ?? [], attachments: v.attachments ?? '' });
    if (c!.stage === 'verification') Object.assign(body, { verifiedOn: toIso(v.verifiedOn), verificationNote: v.verificationNote ?? '' });
    run('', body, 'patch');
  };
  const next = c ? STAGES[STAGES.indexOf(c.stage) + 1] : undefined;
  const date = (name: string, label: string) => <Form.Item name={name} label={label}><DatePicker format={DATE_FORMAT} /></Form.Item>;

  return (
    <Drawer open={!!id} onClose={onClose} width={720} title={c?.fullName} destroyOnHidden>
      {c && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Steps size="small" current={STAGES.indexOf(c.stage)} items={STAGES.map((s) => ({ title: t(`lifecycle.recruitment.stages.${s}`) }))} />
          <Descriptions size="small" column={2} items={[
            { key: 'u', label: t('lifecycle.recruitment.unit'), children: c.unitName },
            { key: 'b', label: t('lifecycle.recruitment.birthDate'), children: fmtDate(c.birthDate) },
            { key: 's', label: t('lifecycle.recruitment.source'), children: t(`lifecycle.recruitment.sources.${c.source}`) },
            { key: 'h', label: t('lifecycle.recruitment.helper'), children: c.helperName ?? '—' },
            { key: 'i', label: t('lifecycle.recruitment.introducers'), children: c.introducers.map((i) => `${i.fullName} (${fmtDate(i.workedSince)})`).join(', ') || '—' },
          ]} />
          {c.stage !== 'ceremony' && (c.eligibility.eligible
            ? <Alert type="success" showIcon message={t('lifecycle.recruitment.eligible')} />
            : <Alert type="warning" showIcon message={t('lifecycle.recruitment.notEligible')} description={<ul style={{ margin: 0 }}>{c.eligibility.reasons.map((r) => <li key={r.code + r.message}>{r.message}</li>)}</ul>} />)}
          <Form form={form} layout="vertical">
            {c.stage === 'course' && date('courseCertificateOn', t('lifecycle.recruitment.courseCertificateOn'))}
            {c.stage === 'candidate' && <>
              <Form.Item name="helperMemberId" label={t('lifecycle.recruitment.helper')}><MemberPicker unitId={c.unitId} /></Form.Item>
              <Space><Form.Item name="introducer" label={t('lifecycle.recruitment.introducer')}><MemberPicker unitId={c.unitId} /></Form.Item>
                {date('workedSince', t('lifecycle.recruitment.workedSince'))}</Space>
            </>}
            {c.stage === 'application' && <>
              <Form.Item name="forms" label={t('lifecycle.recruitment.forms')}><Checkbox.Group options={FORMS} /></Form.Item>
              <Form.Item name="attachments" label={t('lifecycle.recruitment.attachments')}><Input.TextArea rows={2} /></Form.Item>
            </>}
            {c.stage === 'verification' && <>
              {date('verifiedOn', t('lifecycle.recruitment.verifiedOn'))}
              <Form.Item name="verificationNote" label={t('lifecycle.recruitment.verificationNote')}><Input.TextArea rows={2} /></Form.Item>
            </>}
            {c.stage === 'verification' && canDecide && <>
              <Typography.Title level={5}>{t('lifecycle.recruitment.admit')}</Typography.Title>
              <Space wrap>{date('consideredOn', t('lifecycle.recruitment.consideredOn'))}{date('decisionOn', t('lifecycle.common.decidedOn'))}
                <Form.Item name="decisionNo" label={t('lifecycle.common.decisionNo')}><Input /></Form.Item>
                <Form.Item name="authority" label={t('lifecycle.common.authority')}><Input /></Form.Item></Space>
            </>}
            {c.stage === 'decision' && <Space wrap>{date('ceremonyOn', t('lifecycle.recruitment.ceremonyOn'))}
              <Form.Item name="partyCardNo" label={t('lifecycle.recruitment.partyCardNo')}><Input /></Form.Item></Space>}
          </Form>
          <Space wrap>
            {['course', 'candidate', 'application', 'verification'].includes(c.stage) && <Button onClick={saveFile} loading={call.isPending}>{t('lifecycle.common.save')}</Button>}
            {next && ['course', 'candidate', 'application', 'verification'].includes(next) && (
              <Button type="primary" loading={call.isPending} onClick={() => run('/advance', { to: next })}>{t('lifecycle.recruitment.advanceTo', { stage: t(`lifecycle.recruitment.stages.${next}`) })}</Button>)}
            {c.stage === 'verification' && canDecide && <Button type="primary" loading={call.isPending} onClick={() => {
              const v = form.getFieldsValue();
              run('/admit', { consideredOn: toIso(v.consideredOn), decisionOn: toIso(v.decisionOn), decisionNo: v.decisionNo ?? '', authority: v.authority ?? '' });
            }}>{t('lifecycle.recruitment.admit')}</Button>}
            {c.stage === 'decision' && <Button type="primary" loading={call.isPending} onClick={() => {
              const v = form.getFieldsValue();
              run('/ceremony', { ceremonyOn: toIso(v.ceremonyOn), ...(v.partyCardNo ? { partyCardNo: v.partyCardNo } : {}) });
            }}>{t('lifecycle.recruitment.ceremony')}</Button>}
            {c.memberId && <Button href={`/members/${c.memberId}`}>{t('lifecycle.recruitment.openMember')}</Button>}
          </Space>
        </Space>
      )}
    </Drawer>
  );
}
