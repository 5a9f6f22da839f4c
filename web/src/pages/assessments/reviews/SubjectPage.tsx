// /assessments/subjects/:subjectId: one subject: the engine's levels and reasons, the quota of its group,
// the form of the step it is at, the complaint, and the history of steps.
import { Alert, Card, Col, Descriptions, List, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useCurrentUser } from '../../../auth/useMe';
import { canReadUnit } from '../../../auth/permissions';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageLoading } from '../../../components/PageLoading';
import { fmtDate, fmtDateTime } from '../../../format';
import { cyclesApi, type SubjectDetail } from './api';
import { LevelTag, StepTag } from './LevelTag';
import { AdditionalCard } from './Additional';
import { Attendance } from './Attendance';
import { RecordedTasks } from './RecordedTasks';
import { Remarks } from './Remarks';
import { ReviewRecord } from './ReviewRecord';
import { ComplaintForm, DecideForm, PublishButton, ReviewForm, SelfForm, VerifyForm } from './StepForms';

const FORMS = { self_assessment: SelfForm, collective_review: ReviewForm, verification: VerifyForm, decision: DecideForm } as const;

/** Whether the caller may take the subject's current step, as the server's step policies answered with the subject. */
function mayAct(s: SubjectDetail): boolean {
  const a = s.abilities;
  if (!a) return false;
  if (s.step === 'self_assessment') return a.self;
  if (s.step === 'collective_review') return a.review;
  if (s.step === 'verification') return a.verify;
  return a.decide;
}

export default function SubjectPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().subjectId);
  const qc = useQueryClient();
  const me = useCurrentUser();
  const q = useQuery({ queryKey: ['assessments', 'subject', id], queryFn: () => cyclesApi.subject(id) });
  if (q.isError) return <ErrorResult error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <PageLoading />;
  const s = q.data;
  const onDone = (next: SubjectDetail) => {
    // A step's answer does not carry the caller's working group: keep the one read with the page.
    qc.setQueryData<SubjectDetail>(['assessments', 'subject', id], (old) => ({
      ...next,
      viewerWorkingGroupId: old?.viewerWorkingGroupId ?? null,
      remarks: old?.remarks ?? [],
      abilities: old?.abilities,
    }));
    // A complaint or a decision changes who may take the next step: ask the server again.
    void qc.invalidateQueries({ queryKey: ['assessments', 'subject', id] });
    void qc.invalidateQueries({ queryKey: ['assessments', 'quota'] });
    void qc.invalidateQueries({ queryKey: ['assessments', 'board'] });
  };
  const Form = s.notRatedReason || !mayAct(s) ? null : FORMS[s.step as keyof typeof FORMS];
  const mayComplain = s.abilities?.complain === true;
  const ev = s.evaluation;
  // The observer role is a working group's account: it comments and records attendance like a group member.
  const workingGroup = s.abilities?.attendance === true;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="subject-name">
          {s.name}
        </Typography.Title>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'cycle',
              label: t('assessments.subject.cycle'),
              children: <Link to={`/assessments/cycles/${s.cycle.id}`}>{s.cycle.title}</Link>,
            },
            { key: 'kind', label: t('assessments.board.kind'), children: t(`assessments.kinds.${s.kind}`) },
            { key: 'unit', label: t('assessments.board.unit'), children: s.unitName },
            {
              key: 'step',
              label: t('assessments.board.step'),
              children: (
                <span data-testid="subject-step">
                  <StepTag step={s.step} />
                  {s.reopened && <Tag color="red">{t('assessments.subject.reopened')}</Tag>}
                </span>
              ),
            },
            {
              key: 'level',
              label: t('assessments.board.level'),
              children: (
                <span data-testid="subject-level">
                  <LevelTag level={s.level} />
                </span>
              ),
            },
            { key: 'deadline', label: t('assessments.subject.deadline'), children: fmtDate(s.cycle.deadlines[s.step]) || '—' },
          ]}
        />
        {s.notRatedReason && (
          <Alert type="info" showIcon title={t('assessments.board.notRated', { reason: t(`assessments.notRated.${s.notRatedReason}`) })} />
        )}
        {s.openPlans.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 8 }}
            title={t('assessments.subject.openPlans', { n: s.openPlans.length })}
            action={<Link to="/remediation">{t('assessments.subject.seePlans')}</Link>}
          />
        )}
        {s.removalReviewYears.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 8 }}
            title={t('assessments.subject.removalFlag', { years: s.removalReviewYears.join(', ') })}
          />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Card title={t(`assessments.steps.${s.step}`)}>
            {!Form && s.step !== 'decided' && s.step !== 'published' && !s.notRatedReason && (
              <Typography.Text type="secondary">{t('assessments.subject.noForm')}</Typography.Text>
            )}
            {Form && <Form s={s} onDone={onDone} />}
            {s.step === 'decided' && mayAct(s) && <PublishButton s={s} onDone={onDone} />}
            {(s.step === 'decided' || s.step === 'published') && mayComplain && <ComplaintForm s={s} onDone={onDone} />}
          </Card>
          {/* The self-assessment form shows them itself; every later step (and every reader) sees them here. */}
          {Form !== SelfForm && (s.recordedTasks?.length ?? 0) > 0 && (
            <div style={{ marginTop: 16 }}>
              <RecordedTasks tasks={s.recordedTasks!} />
            </div>
          )}
          <Card title={t('verifier.title')} style={{ marginTop: 16 }}>
            <ReviewRecord s={s} />
          </Card>
          <div style={{ marginTop: 16 }}>
            <AdditionalCard s={s} me={me} onDone={onDone} />
          </div>
        </Col>
        <Col xs={24} lg={9}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Card title={t('assessments.subject.engine')} data-testid="engine-panel">
              {ev ? (
                <>
                  <Descriptions
                    size="small"
                    column={1}
                    items={[
                      {
                        key: 'allowed',
                        label: t('assessments.subject.allowed'),
                        children: (
                          <span data-testid="allowed-level">
                            <LevelTag level={ev.allowed} />
                          </span>
                        ),
                      },
                      { key: 'proposed', label: t('assessments.subject.proposed'), children: <LevelTag level={ev.proposed} /> },
                    ]}
                  />
                  <List
                    size="small"
                    dataSource={ev.reasons}
                    renderItem={(r) => (
                      <List.Item>
                        <Space orientation="vertical" size={0}>
                          <Typography.Text type={r.warning ? 'warning' : undefined}>{i18n.language === 'en' ? r.en : r.vi}</Typography.Text>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {r.source}
                            {r.setting ? ` · ${t('assessments.subject.setting')}` : ''}
                          </Typography.Text>
                        </Space>
                      </List.Item>
                    )}
                  />
                </>
              ) : (
                <Typography.Text type="secondary">{t('assessments.subject.noEvaluation')}</Typography.Text>
              )}
            </Card>
            {s.quota && (
              <Card title={t('assessments.quota.title')} data-testid="subject-quota">
                <Typography.Text>
                  {t('assessments.quota.line', { excellent: s.quota.excellent, allowed: s.quota.allowed, good: s.quota.good })}
                </Typography.Text>
                {s.quota.mustMove > 0 && <Alert type="error" showIcon title={t('assessments.quota.mustMove', { n: s.quota.mustMove })} />}
              </Card>
            )}
            <Card title={t('assessments.remarks.title')}>
              <Remarks subjectId={s.id} mayComment={s.abilities?.remark === true} />
            </Card>
            {(workingGroup || canReadUnit(me, s.unitPath)) && (
              <Card title={t('assessments.attendance.title')}>
                <Attendance subjectId={s.id} mayRecord={workingGroup} />
              </Card>
            )}
            <Card title={t('assessments.subject.history')}>
              <Timeline
                items={s.steps.map((x) => ({
                  key: x.id,
                  children: `${fmtDateTime(x.at)} · ${t(`assessments.actions.${x.action}`)} · ${x.actorName}`,
                }))}
              />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
