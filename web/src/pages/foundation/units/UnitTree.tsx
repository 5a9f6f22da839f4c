// Lazy tree: roots first, then each expanded node's children (as they stood on `asOf` when one is set).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Card, DatePicker, Space, Spin, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { childrenQuery, useRoots, useUnit } from './queries';
import { DATE_FORMAT, fmtCount, fmtDate, toDayjs, todayIso, toIso } from '../../../format';
import { ErrorResult } from '../../../components/ErrorResult';
import type { UnitNode } from '../../../types';

export function UnitTree({ selectedId, asOf }: { selectedId: number | null; asOf: string | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const roots = useRoots(asOf);
  const selected = useUnit(selectedId, asOf);
  const [expanded, setExpanded] = useState<number[]>([]);

  // Open the path down to the selected unit (when arriving by a link, not only by clicking).
  // Only from the user's own root down: units above it are not theirs to read.
  const rootIds = new Set((roots.data ?? []).map((r) => r.id));
  const breadcrumb = selected.data?.breadcrumb ?? [];
  const fromRoot = breadcrumb.slice(
    Math.max(
      0,
      breadcrumb.findIndex((b) => rootIds.has(b.id)),
    ),
  );
  const ancestorIds = (rootIds.size && breadcrumb.some((b) => rootIds.has(b.id)) ? fromRoot : [])
    .map((b) => b.id)
    .filter((id) => id !== selectedId || (selected.data?.childCount ?? 0) > 0);
  const ancestorKey = ancestorIds.join('.'); // the ids change with the selection, not with every render
  useEffect(() => {
    if (ancestorKey) setExpanded((prev) => [...new Set([...prev, ...ancestorKey.split('.').map(Number)])]);
  }, [ancestorKey]);

  // Bring the selected node into view once rc-tree has rendered it (after its own expand animation).
  const scrollBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    let tries = 0;
    const timer = setInterval(() => {
      const box = scrollBox.current;
      const el = box?.querySelector(`[data-testid="tree-node-${selectedId}"]`);
      if (box && el && el.getBoundingClientRect().height > 0) {
        clearInterval(timer);
        const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
        if (offset < 0 || offset > box.clientHeight - 40) box.scrollTop += offset - box.clientHeight / 3;
      } else if (++tries > 40) clearInterval(timer);
    }, 150);
    return () => clearInterval(timer);
  }, [selectedId]);

  const children = useQueries({ queries: expanded.map((id) => childrenQuery(id, asOf)) });
  const byParent = new Map<number, UnitNode[] | undefined>(expanded.map((id, i) => [id, children[i]?.data]));
  const lang = i18n.language;

  // biome-ignore lint/correctness/useExhaustiveDependencies: byParent and expanded are rebuilt every render; the keys below stand for their content
  const treeData = useMemo(() => {
    const build = (u: UnitNode): TreeDataNode => {
      const kids = byParent.get(u.id);
      const open = expanded.includes(u.id);
      return {
        key: u.id,
        isLeaf: u.childCount === 0,
        title: (
          <span data-testid={`tree-node-${u.id}`}>
            {u.name}
            <span className="tree-node-count" title={t('units.memberCount')}>
              {fmtCount(u.memberCount, lang)}
            </span>
          </span>
        ),
        children: kids
          ? kids.map((k) => build(k))
          : open && u.childCount > 0
            ? [{ key: `loading-${u.id}`, title: <Spin size="small" />, isLeaf: true, selectable: false }]
            : undefined,
      };
    };
    return (roots.data ?? []).map((r) => build(r));
  }, [roots.data, children.map((c) => c.dataUpdatedAt).join(','), expanded.join(','), lang, asOf, t]);

  function setAsOf(d: string | null) {
    const next = new URLSearchParams(params);
    if (d) next.set('asOf', d);
    else next.delete('asOf');
    setParams(next, { replace: true });
  }

  return (
    <Card size="small" title={t('units.treeTitle')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <div>
          <Typography.Text type="secondary">{t('units.asOf')}</Typography.Text>
          <DatePicker
            style={{ width: '100%' }}
            format={DATE_FORMAT}
            value={toDayjs(asOf)}
            placeholder={t('units.asOfNow')}
            disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
            onChange={(d) => setAsOf(toIso(d))}
            aria-label={t('units.asOf')}
          />
        </div>
        {asOf && <Alert type="info" showIcon title={t('units.asOfBanner', { date: fmtDate(asOf) })} />}
        {roots.isPending ? (
          <Spin />
        ) : roots.isError ? (
          <ErrorResult error={roots.error} onRetry={() => void roots.refetch()} />
        ) : (
          <div className="units-tree-scroll" ref={scrollBox}>
            <Tree
              key={asOf ?? 'now'}
              blockNode
              showLine
              // Keys of not-yet-loaded nodes must survive the first render (rc-tree drops unknown keys).
              defaultExpandParent={false}
              autoExpandParent={false}
              treeData={treeData}
              expandedKeys={expanded}
              selectedKeys={selectedId ? [selectedId] : []}
              onExpand={(keys) => setExpanded(keys.map(Number).filter((k) => !Number.isNaN(k)))}
              onSelect={(_, info) => {
                const k = info.node.key;
                if (typeof k === 'number') navigate({ pathname: `/units/${k}`, search: params.toString() });
              }}
            />
          </div>
        )}
      </Space>
    </Card>
  );
}
