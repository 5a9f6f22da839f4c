// The unit page: identity, counts, restructuring actions, and tabs for children, committee, history.
// With `asOf` every part shows the unit as it stood that day; changes are made from today's view only.
import { Alert, Breadcrumb, Button, Card, Descriptions, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useUnit } from './queries';
import { UnitChildren } from './UnitChildren';
import { UnitCommittee } from './UnitCommittee';
import { UnitHistory } from './UnitHistory';
import { RestructureActions } from './restructure/RestructureActions';
import { CreateChildAction } from './restructure/CreateChildDialog';
import { CellTypeControl } from './CellTypeControl';
import { LineageLinks } from './LineageLinks';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtCount, fmtDate } from '../../../format';
import { useCurrentUser } from '../../../auth/useMe';
import { canReadUnit } from '../../../auth/permissions';
import type { UnitPageData } from '../../../types';

export function UnitDetail({ unitId, asOf = null }: { unitId: number; asOf?: string | null }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const unit = useUnit(unitId, asOf);
  if (unit.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (unit.isError)
    return (
      <Card>
        <ErrorResult error={unit.error} onRetry={() => void unit.refetch()} />
      </Card>
    );
  const u = unit.data;
  const lang = i18n.language;
  const stateText = (x: UnitPageData) =>
    x.state === 'active'
      ? t('fixesOrgs.activeThen')
      : x.state === 'not_founded'
        ? t('fixesOrgs.notYetFounded', { date: fmtDate(x.asOf) })
        : t('units.dissolvedOn', { date: fmtDate(x.dissolvedOn) });
  // The breadcrumb's own ids make each level's path (in a past view, the path of that day).
  const paths = u.breadcrumb.map((_, i) =>
    u.breadcrumb
      .slice(0, i + 1)
      .map((b) => b.id)
      .join('.'),
  );
  const past = u.asOf !== null;
  // Links inside a past view stay in that day.
  const link = (id: number) => (past ? `/units/${id}?asOf=${u.asOf}` : `/units/${id}`);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Breadcrumb
          items={u.breadcrumb.map((b, i) => ({
            key: b.id,
            title: i === u.breadcrumb.length - 1 || !canReadUnit(me, paths[i] ?? '') ? b.name : <Link to={link(b.id)}>{b.name}</Link>,
          }))}
        />
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', marginTop: 12 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="unit-name">
            {u.name}
          </Typography.Title>
          <Tag color="blue">{t(`unitKinds.${u.kind}`)}</Tag>
          {u.dissolvedOn && (
            <Tag color="default" data-testid="unit-dissolved">
              {t('units.dissolvedOn', { date: fmtDate(u.dissolvedOn) })}
            </Tag>
          )}
          {past && u.state === 'not_founded' && (
            <Tag color="default" data-testid="unit-not-founded">
              {t('fixesOrgs.notYetFounded', { date: fmtDate(u.asOf) })}
            </Tag>
          )}
        </div>
        {past && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="unit-as-of"
            title={t('fixesOrgs.asOfDetail', { date: fmtDate(u.asOf) })}
          />
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          style={{ marginTop: 16 }}
          items={[
            { key: 'code', label: t('units.code'), children: u.code },
            { key: 'kind', label: t('units.kind'), children: t(`unitKinds.${u.kind}`) },
            { key: 'founded', label: t('units.foundedOn'), children: fmtDate(u.foundedOn) },
            {
              key: 'members',
              label: t('units.memberCount'),
              children: <span data-testid="unit-member-count">{fmtCount(u.memberCount, lang)}</span>,
            },
            { key: 'children', label: t('units.childCount'), children: fmtCount(u.childCount, lang) },
            { key: 'dissolved', label: t('units.dissolved'), children: u.dissolvedOn ? fmtDate(u.dissolvedOn) : t('common.no') },
            ...(u.kind === 'cell' || u.kind === 'grassroots_cell'
              ? [
                  {
                    key: 'cellType',
                    label: t('cellmeetings.cellTypeLabel'),
                    children: <CellTypeControl unitId={u.id} canEdit={!past && !u.dissolvedOn && u.abilities?.restructure === true} />,
                  },
                ]
              : []),
            ...(past
              ? [{ key: 'state', label: t('fixesOrgs.state'), children: <span data-testid="unit-state">{stateText(u)}</span> }]
              : []),
          ]}
        />
        <LineageLinks unitId={u.id} />
        {/* The member list and restructuring work on today's tree, so a past view does not offer them. */}
        {!past && (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 16 }}>
            <Button type="primary" ghost icon={<TeamOutlined />} onClick={() => navigate(`/members?unitId=${u.id}`)}>
              {t('units.memberList')}
            </Button>
            {!u.dissolvedOn && <CreateChildAction unit={u} />}
            {!u.dissolvedOn && <RestructureActions unit={u} />}
          </div>
        )}
      </Card>
      <Card>
        <Tabs
          defaultActiveKey={u.childCount > 0 ? 'children' : u.dissolvedOn ? 'history' : 'committee'}
          items={[
            { key: 'children', label: t('units.tabs.children'), children: <UnitChildren unitId={u.id} asOf={u.asOf} /> },
            {
              key: 'committee',
              label: t('units.tabs.committee'),
              children: <UnitCommittee unitId={u.id} canManage={!past && !u.dissolvedOn && u.abilities?.manageCommittee === true} />,
            },
            { key: 'history', label: t('units.tabs.history'), children: <UnitHistory unitId={u.id} dissolvedOn={u.dissolvedOn} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
