// /members/:id: the record, its status, unit, cell periods, committee seats and timeline.
import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { AuditOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useCurrentUser } from '../../../auth/useMe';
import { canReadRegistry } from '../../../auth/permissions';
import { ErrorResult } from '../../../components/ErrorResult';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { StatusTag } from '../../../components/StatusTag';
import { fmtDate } from '../../../format';
import type { MemberProfile } from '../../../types';
import { MemberTimeline } from './MemberTimeline';
import { parseId, useMember } from './queries';

export default function MemberProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const id = parseId(useParams().memberId);
  const member = useMember(id);

  if (!id) return <NotFoundResult />;
  if (member.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (member.isError) return <ErrorResult error={member.error} onRetry={() => void member.refetch()} />;
  const m = member.data;
  const canEdit = m.abilities?.edit === true;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="member-name">
            {m.fullName}
          </Typography.Title>
          <StatusTag status={m.status} />
          {canReadRegistry(me) ? <Link to={`/units/${m.unitId}`}>{m.unitName}</Link> : <span>{m.unitName}</span>}
          <span style={{ flex: 1 }} />
          {canReadRegistry(me) && (
            <Button icon={<AuditOutlined />} onClick={() => navigate(`/audit?entityType=member&entityId=${m.id}`)}>
              {t('members.auditLink')}
            </Button>
          )}
          {canEdit && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/members/${m.id}/edit`)}>
              {t('common.edit')}
            </Button>
          )}
        </div>
        <MemberFields m={m} />
      </Card>
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} lg={12}>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
            <Card title={t('members.periods')} size="small">
              <Table<MemberProfile['periods'][number]>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={m.periods}
                columns={[
                  {
                    key: 'unit',
                    title: t('fields.unitId'),
                    render: (_, p) => (canReadRegistry(me) ? <Link to={`/units/${p.unit_id}`}>{p.unit_name}</Link> : p.unit_name),
                  },
                  { key: 'from', title: t('common.from'), render: (_, p) => fmtDate(p.valid_from) },
                  { key: 'to', title: t('common.to'), render: (_, p) => (p.valid_to ? fmtDate(p.valid_to) : t('units.now')) },
                ]}
              />
            </Card>
            <Card title={t('members.seats')} size="small">
              <Table<MemberProfile['seats'][number]>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={m.seats}
                locale={{ emptyText: t('members.noSeats') }}
                columns={[
                  { key: 'position', title: t('units.position'), render: (_, s) => t(`positions.${s.position}`) },
                  { key: 'unit', title: t('fields.unitId'), render: (_, s) => `${s.unit_name} (${s.term})` },
                  { key: 'from', title: t('common.from'), render: (_, s) => fmtDate(s.from_date) },
                  { key: 'to', title: t('common.to'), render: (_, s) => (s.to_date ? fmtDate(s.to_date) : '') },
                ]}
              />
            </Card>
          </div>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('members.timeline')} size="small">
            <MemberTimeline memberId={m.id} periods={m.periods} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

function MemberFields({ m }: { m: MemberProfile }) {
  const { t } = useTranslation();
  const text = (v: string | null | undefined) => (v ? v : <Typography.Text type="secondary">—</Typography.Text>);
  return (
    <Descriptions
      size="small"
      style={{ marginTop: 16 }}
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'gender', label: t('fields.gender'), children: t(`gender.${m.gender}`) },
        { key: 'birthDate', label: t('fields.birthDate'), children: fmtDate(m.birthDate) },
        { key: 'ethnicity', label: t('fields.ethnicity'), children: text(m.ethnicity) },
        { key: 'citizenId', label: t('fields.citizenId'), children: m.citizenId },
        { key: 'partyCardNo', label: t('fields.partyCardNo'), children: text(m.partyCardNo) },
        { key: 'phone', label: t('fields.phone'), children: <span data-testid="member-phone">{text(m.phone)}</span> },
        { key: 'admittedOn', label: t('fields.admittedOn'), children: fmtDate(m.admittedOn) },
        { key: 'officialOn', label: t('fields.officialOn'), children: text(fmtDate(m.officialOn)) },
        { key: 'status', label: t('fields.status'), children: t(`status.${m.status}`) },
        { key: 'education', label: t('fields.education'), children: text(m.education) },
        { key: 'theoryLevel', label: t('fields.theoryLevel'), children: text(m.theoryLevel) },
        { key: 'occupation', label: t('fields.occupation'), children: text(m.occupation) },
        {
          key: 'memberCategory',
          label: t('rules2025.memberCategoryLabel'),
          children: (
            <span data-testid="member-category">{m.memberCategory ? t(`rules2025.memberCategory.${m.memberCategory}`) : text(null)}</span>
          ),
        },
        { key: 'position', label: t('fields.position'), children: text(m.position), span: 'filled' },
        { key: 'hometown', label: t('fields.hometown'), children: text(m.hometown), span: 'filled' },
        { key: 'residence', label: t('fields.residence'), children: text(m.residence), span: 'filled' },
      ]}
    />
  );
}
