// /units and /units/:unitId: the tree on the left, the selected unit's page on the right.
import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router-dom';
import { useRoots } from './queries';
import { UnitTree } from './UnitTree';
import { UnitDetail } from './UnitDetail';
import { NotFoundResult } from '../../../components/NotFoundResult';

export default function UnitsPage() {
  const { t } = useTranslation();
  const { unitId } = useParams();
  const [params] = useSearchParams();
  const id = unitId && /^\d+$/.test(unitId) ? Number(unitId) : null;
  const rawAsOf = params.get('asOf');
  const asOf = rawAsOf && /^\d{4}-\d{2}-\d{2}$/.test(rawAsOf) ? rawAsOf : null;
  const roots = useRoots();
  // Arriving at /units opens the widest unit the user reads.
  const first = roots.data?.[0];
  if (!unitId && first) return <Navigate to={{ pathname: `/units/${first.id}`, search: params.toString() }} replace />;

  return (
    <div className="units-layout">
      <div className="units-tree-panel">
        <UnitTree selectedId={id} asOf={asOf} />
      </div>
      <div className="units-detail">
        {unitId && !id ? (
          <NotFoundResult />
        ) : id ? (
          <UnitDetail key={id} unitId={id} asOf={asOf} />
        ) : (
          <Card>
            <Empty description={t('units.pickOne')} />
          </Card>
        )}
      </div>
    </div>
  );
}
