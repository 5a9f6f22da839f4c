// One applicant file: what it holds, why the applicant is not yet eligible, and the next step of its stage.
import { Alert, Button, Checkbox, DatePicker, Descriptions, Drawer, Form, Input, Modal, Space, Steps, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { applyFieldErrors } from '../../../components/formErrors';
import { DATE_FORMAT, fmtDate, toDayjs, toIso } from '../../../format';
import { MemberPicker } from '../../../components/MemberPicker';
import { useWrite } from '../../../useWrite';

export const STAGES = ['outstanding', 'course', 'candidate', 'application', 'verification', 'decision', 'ceremony'];
const FORMS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `${n}-KNĐ`);

type Candidate = Answer<'GET /api/candidates/:candidateId'>;

export function CandidateDrawer({ id, onClose, canDecide }: { id: number | null; onClose: () => void; canDecide: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [withdrawForm] = Form.useForm();
  const [withdrawing, setWithdrawing] = useState(false);
  const one = useQuery({ queryKey: ['candidates', 'one', id], queryFn: () => api.get<Candidate>(`/api/candidates/${id}`), enabled: !!id });
  const c = one.data;
  useEffect(() => {
    if (!c) return;
    form.resetFields();
    form.setFieldsValue({
      courseCertificateOn: toDayjs(c.courseCertificateOn),
      helperMemberId: c.helperMemberId ?? undefined,
      forms: c.forms,
      attachments: c.attachments,
      verifiedOn: toDayjs(c.verifiedOn),
      verificationNote: c.verificationNote,
      introducer: c.introducers[0]?.memberId,
      workedSince: toDayjs(c.introducers[0]?.workedSince),
    });
  }, [c, form]);
  const keys = [['candidates'], ['funnel'], ['targets']];
  const call = useWrite(
    (a: { path: string; method?: 'post' | 'patch' | 'put'; body: Record<string, unknown> }) =>
      api[a.method ?? 'post'](`/api/candidates/${id}${a.path}`, { version: c!.version, ...a.body }),
    { invalidate: keys, saved: true },
  );
  const run = (path: string, body: Record<string, unknown>, method?: 'post' | 'patch' | 'put') =>
    call.mutate({ path, body, method }, { onError: (e) => applyFieldErrors(form, e, (f) => [f]) });
  const introducersOf = (v: { introducer?: number; workedSince?: unknown }) =>
    v.introducer && v.workedSince ? [{ memberId: v.introducer, workedSince: toIso(v.workedSince as never) }] : [];
  const withdraw = (v: { reason: string }) =>
    call.mutate(
      { path: '/withdraw', body: { reason: v.reason } },
      {
        onSuccess: () => {
          setWithdrawing(false);
          withdrawForm.resetFields();
        },
        onError: (e) => applyFieldErrors(withdrawForm, e, (f) => (f === 'reason' ? ['reason'] : null)),
      },
    );
  // After the candidate stage the introducers are corrected on their own, until admission is decided.
  const correcting = !!c && !c.withdrawn && ['application', 'verification'].includes(c.stage);
  const open = !!c && !c.withdrawn;
  const saveFile = () => {
    const v = form.getFieldsValue();
    const body: Record<string, unknown> = {};
    if (c!.stage === 'course') body.courseCertificateOn = toIso(v.courseCertificateOn);
    if (c!.stage === 'candidate') {
      body.helperMemberId = v.helperMemberId ?? null;
      body.introducers = introducersOf(v);
    }
    if (c!.stage === 'application') Object.assign(body, { forms: v.forms ?? [], attachments: v.attachments ?? '' });
    if (c!.stage === 'verification') Object.assign(body, { verifiedOn: toIso(v.verifiedOn), verificationNote: v.verificationNote ?? '' });
    run('', body, 'patch');
  };
  const next = c ? STAGES[STAGES.indexOf(c.stage) + 1] : undefined;
  const date = (name: string, label: string) => (
    <Form.Item name={name} label={label}>
      <DatePicker format={DATE_FORMAT} />
    </Form.Item>
  );

  return (
    <Drawer open={!!id} onClose={onClose} width={720} title={c?.fullName} destroyOnHidden>
      {c && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Steps
            size="small"
            current={STAGES.indexOf(c.stage)}
            items={STAGES.map((s) => ({ title: t(`lifecycle.recruitment.stages.${s}`) }))}
          />
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'u', label: t('lifecycle.recruitment.unit'), children: c.unitName },
              { key: 'b', label: t('lifecycle.recruitment.birthDate'), children: fmtDate(c.birthDate) },
              { key: 's', label: t('lifecycle.recruitment.source'), children: t(`lifecycle.recruitment.sources.${c.source}`) },
              { key: 'h', label: t('lifecycle.recruitment.helper'), children: c.helperName ?? '—' },
              {
                key: 'i',
                label: t('lifecycle.recruitment.introducers'),
                children: c.introducers.map((i) => `${i.fullName} (${fmtDate(i.workedSince)})`).join(', ') || '—',
              },
            ]}
          />
          {c.withdrawn && (
            <Alert
              type="error"
              showIcon
              data-testid="candidate-withdrawn"
              message={t('steps.recruitment.withdrawn')}
              description={
                c.withdrawal
                  ? t('steps.recruitment.withdrawnOn', { date: fmtDate(c.withdrawal.on), reason: c.withdrawal.reason })
                  : undefined
              }
            />
          )}
          {open &&
            c.stage !== 'ceremony' &&
            (c.eligibility.eligible ? (
              <Alert type="success" showIcon message={t('lifecycle.recruitment.eligible')} />
            ) : (
              <Alert
                type="warning"
                showIcon
                message={t('lifecycle.recruitment.notEligible')}
                description={
                  <ul style={{ margin: 0 }}>
                    {c.eligibility.reasons.map((r) => (
                      <li key={r.code + r.message}>{r.message}</li>
                    ))}
                  </ul>
                }
              />
            ))}
          <Form form={form} layout="vertical" style={{ display: open ? undefined : 'none' }}>
            {c.stage === 'course' && date('courseCertificateOn', t('lifecycle.recruitment.courseCertificateOn'))}
            {c.stage === 'candidate' && (
              <>
                <Form.Item name="helperMemberId" label={t('lifecycle.recruitment.helper')}>
                  <MemberPicker unitId={c.unitId} />
                </Form.Item>
                <Space>
                  <Form.Item name="introducer" label={t('lifecycle.recruitment.introducer')}>
                    <MemberPicker unitId={c.unitId} />
                  </Form.Item>
                  {date('workedSince', t('lifecycle.recruitment.workedSince'))}
                </Space>
              </>
            )}
            {correcting && (
              <>
                <Typography.Title level={5}>{t('steps.recruitment.correctIntroducers')}</Typography.Title>
                <Typography.Paragraph type="secondary">{t('steps.recruitment.correctIntroducersHint')}</Typography.Paragraph>
                <Space wrap align="end">
                  <Form.Item name="introducer" label={t('lifecycle.recruitment.introducer')}>
                    <MemberPicker unitId={c.unitId} />
                  </Form.Item>
                  {date('workedSince', t('lifecycle.recruitment.workedSince'))}
                  <Form.Item>
                    <Button
                      loading={call.isPending}
                      data-testid="save-introducers"
                      onClick={() => run('/introducers', { introducers: introducersOf(form.getFieldsValue()) }, 'put')}
                    >
                      {t('steps.recruitment.saveIntroducers')}
                    </Button>
                  </Form.Item>
                </Space>
              </>
            )}
            {c.stage === 'application' && (
              <>
                <Form.Item name="forms" label={t('lifecycle.recruitment.forms')}>
                  <Checkbox.Group options={FORMS} />
                </Form.Item>
                <Form.Item name="attachments" label={t('lifecycle.recruitment.attachments')}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </>
            )}
            {c.stage === 'verification' && (
              <>
                {date('verifiedOn', t('lifecycle.recruitment.verifiedOn'))}
                <Form.Item name="verificationNote" label={t('lifecycle.recruitment.verificationNote')}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </>
            )}
            {c.stage === 'verification' && canDecide && (
              <>
                <Typography.Title level={5}>{t('lifecycle.recruitment.admit')}</Typography.Title>
                <Space wrap>
                  {date('consideredOn', t('lifecycle.recruitment.consideredOn'))}
                  {date('decisionOn', t('lifecycle.common.decidedOn'))}
                  <Form.Item name="decisionNo" label={t('lifecycle.common.decisionNo')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="authority" label={t('lifecycle.common.authority')}>
                    <Input />
                  </Form.Item>
                </Space>
              </>
            )}
            {c.stage === 'decision' && (
              <Space wrap>
                {date('ceremonyOn', t('lifecycle.recruitment.ceremonyOn'))}
                <Form.Item name="partyCardNo" label={t('lifecycle.recruitment.partyCardNo')}>
                  <Input />
                </Form.Item>
              </Space>
            )}
          </Form>
          {open && (
            <Space wrap>
              {['course', 'candidate', 'application', 'verification'].includes(c.stage) && (
                <Button onClick={saveFile} loading={call.isPending}>
                  {t('lifecycle.common.save')}
                </Button>
              )}
              {next && ['course', 'candidate', 'application', 'verification'].includes(next) && (
                <Button type="primary" loading={call.isPending} onClick={() => run('/advance', { to: next })}>
                  {t('lifecycle.recruitment.advanceTo', { stage: t(`lifecycle.recruitment.stages.${next}`) })}
                </Button>
              )}
              {c.stage === 'verification' && canDecide && (
                <Button
                  type="primary"
                  loading={call.isPending}
                  onClick={() => {
                    const v = form.getFieldsValue();
                    run('/admit', {
                      consideredOn: toIso(v.consideredOn),
                      decisionOn: toIso(v.decisionOn),
                      decisionNo: v.decisionNo ?? '',
                      authority: v.authority ?? '',
                    });
                  }}
                >
                  {t('lifecycle.recruitment.admit')}
                </Button>
              )}
              {c.stage === 'decision' && (
                <Button
                  type="primary"
                  loading={call.isPending}
                  onClick={() => {
                    const v = form.getFieldsValue();
                    run('/ceremony', { ceremonyOn: toIso(v.ceremonyOn), ...(v.partyCardNo ? { partyCardNo: v.partyCardNo } : {}) });
                  }}
                >
                  {t('lifecycle.recruitment.ceremony')}
                </Button>
              )}
              {c.stage !== 'ceremony' && (
                <Button danger onClick={() => setWithdrawing(true)}>
                  {t('steps.recruitment.withdraw')}
                </Button>
              )}
            </Space>
          )}
          {c.memberId && <Button href={`/members/${c.memberId}`}>{t('lifecycle.recruitment.openMember')}</Button>}
          <Modal
            open={withdrawing}
            title={t('steps.recruitment.withdrawTitle', { name: c.fullName })}
            destroyOnHidden
            onCancel={() => setWithdrawing(false)}
            okText={t('steps.recruitment.withdraw')}
            okButtonProps={{ danger: true, loading: call.isPending }}
            onOk={() => withdrawForm.submit()}
          >
            <Alert type="warning" showIcon message={t('steps.recruitment.withdrawWarning')} style={{ marginBottom: 12 }} />
            <Form form={withdrawForm} layout="vertical" onFinish={withdraw}>
              <Form.Item
                name="reason"
                label={t('steps.recruitment.reason')}
                rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
              >
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            </Form>
          </Modal>
        </Space>
      )}
    </Drawer>
  );
}
