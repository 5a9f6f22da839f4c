// A drop-in for antd's Table: the same props, a table from the md breakpoint up, and on phones (xs/sm)
// a list of cards, because a table of more than two columns cannot fit 390 px without sideways scrolling.
// Each card takes its title from the first column and shows the other columns as "label: value" lines;
// columns without a title (actions) are shown unlabelled at the bottom of the card.
import { Fragment, useState, type Key, type ReactNode } from 'react';
import { Button, Card, Checkbox, Empty, Grid, Pagination, Spin, Table, type TableProps } from 'antd';
import type { ColumnGroupType, ColumnType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';

type Col<T> = ColumnType<T>;

/** Whether the viewport is a phone's (below md). Unknown before the first measurement: treated as desktop. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}

export function ResponsiveTable<T extends object>(props: TableProps<T>) {
  const phone = useIsPhone();
  if (!phone) return <Table<T> {...props} />;
  return <CardList<T> {...props} />;
}

/** Leaf columns, column groups flattened, hidden ones left out. */
function leafColumns<T>(columns: TableProps<T>['columns']): Col<T>[] {
  const out: Col<T>[] = [];
  for (const c of columns ?? []) {
    if (c.hidden) continue;
    const children = (c as ColumnGroupType<T>).children;
    if (children) out.push(...leafColumns<T>(children));
    else out.push(c as Col<T>);
  }
  return out;
}

function valueAt(record: object, dataIndex: Col<object>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  let v: unknown = record;
  for (const k of path) v = v == null ? undefined : (v as Record<string | number, unknown>)[k as string];
  return v;
}

function cellOf<T>(col: Col<T>, record: T, index: number): ReactNode {
  const value = valueAt(record as object, col.dataIndex as Col<object>['dataIndex']);
  if (col.render) {
    const out = col.render(value, record, index) as unknown;
    // The old "{ children, props }" cell form of antd.
    if (out && typeof out === 'object' && 'children' in out && 'props' in out && !('$$typeof' in out))
      return (out as { children: ReactNode }).children;
    return out as ReactNode;
  }
  if (value === undefined || value === null) return null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean);
}

function titleOf<T>(col: Col<T>): ReactNode {
  const title = col.title;
  return typeof title === 'function' ? title({}) : title;
}

function keyOf<T>(rowKey: TableProps<T>['rowKey'], record: T, index: number): Key {
  if (typeof rowKey === 'function') return rowKey(record, index);
  const k = (record as Record<string, unknown>)[String(rowKey ?? 'key')];
  return (k as Key | undefined) ?? index;
}

function CardList<T extends object>(props: TableProps<T>) {
  const { t } = useTranslation();
  const {
    columns,
    dataSource,
    rowKey,
    pagination,
    loading,
    onRow,
    locale,
    rowSelection,
    expandable,
    footer,
    title,
    onChange,
    rowClassName,
  } = props;
  const rows = [...(dataSource ?? [])];
  const cols = leafColumns<T>(columns);
  const [head, ...rest] = cols;
  const [ownPage, setOwnPage] = useState(1);
  const [ownSize, setOwnSize] = useState<number | undefined>(undefined);
  const [open, setOpen] = useState<Set<Key>>(new Set());

  const paged = pagination !== false;
  const pg = paged && pagination ? pagination : {};
  const pageSize = pg.pageSize ?? ownSize ?? pg.defaultPageSize ?? 10;
  // A total larger than the rows given means the server pages: the rows are already one page.
  const serverPaged = pg.total !== undefined && pg.total > rows.length;
  const total = pg.total ?? rows.length;
  const current = pg.current ?? ownPage;
  const shown = paged && !serverPaged ? rows.slice((current - 1) * pageSize, current * pageSize) : rows;
  const offset = paged && !serverPaged ? (current - 1) * pageSize : 0;

  function changePage(page: number, size: number) {
    setOwnPage(page);
    setOwnSize(size);
    pg.onChange?.(page, size);
    onChange?.({ ...pg, current: page, pageSize: size }, {}, [], { action: 'paginate', currentDataSource: rows });
  }

  const selected = new Set(rowSelection?.selectedRowKeys ?? []);
  function toggleSelected(key: Key, record: T) {
    const keys = selected.has(key) ? [...selected].filter((k) => k !== key) : [...selected, key];
    const records = rows.filter((r, i) => keys.includes(keyOf(rowKey, r, i)));
    rowSelection?.onChange?.(keys, records, { type: 'single' });
    rowSelection?.onSelect?.(record, !selected.has(key), records, new Event('select'));
  }

  const spinning = typeof loading === 'object' ? !!loading.spinning : !!loading;
  const empty = locale?.emptyText;
  const testId = (props as Record<string, unknown>)['data-testid'] as string | undefined;

  return (
    <div className="rt-cards" data-testid={testId} data-layout="cards">
      {title && <div className="rt-cards-title">{title(shown)}</div>}
      <Spin spinning={spinning}>
        {shown.length === 0 ? (
          <div className="rt-cards-empty">
            {typeof empty === 'function' ? empty() : (empty ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />)}
          </div>
        ) : (
          <ul className="rt-cards-list">
            {shown.map((record, i) => {
              const index = offset + i;
              const key = keyOf(rowKey, record, index);
              const rowProps = (onRow?.(record, index) ?? {}) as React.HTMLAttributes<HTMLElement>;
              const extraClass = typeof rowClassName === 'function' ? rowClassName(record, index, 0) : (rowClassName ?? '');
              const canExpand = !!expandable?.expandedRowRender && (expandable.rowExpandable?.(record) ?? true);
              const labelled = rest.filter((c) => c.title !== undefined && c.title !== null && c.title !== '');
              const bare = rest.filter((c) => !labelled.includes(c));
              return (
                <li key={key} className="rt-card-item">
                  <Card
                    size="small"
                    {...rowProps}
                    className={`rt-card ${rowProps.className ?? ''} ${extraClass}`}
                    hoverable={!!rowProps.onClick}
                    title={
                      <span className="rt-card-title">
                        {rowSelection && (
                          <Checkbox
                            checked={selected.has(key)}
                            onClick={(e) => e.stopPropagation()}
                            onChange={() => toggleSelected(key, record)}
                            aria-label={t('phone.selectRow')}
                            style={{ marginInlineEnd: 8 }}
                          />
                        )}
                        {head ? cellOf(head, record, index) : null}
                      </span>
                    }
                  >
                    {labelled.length > 0 && (
                      <dl className="rt-card-fields">
                        {labelled.map((c, ci) => (
                          <Fragment key={String(c.key ?? c.dataIndex ?? ci)}>
                            <dt>{titleOf(c)}</dt>
                            <dd>{cellOf(c, record, index)}</dd>
                          </Fragment>
                        ))}
                      </dl>
                    )}
                    {bare.length > 0 && (
                      // biome-ignore lint/a11y/noStaticElementInteractions: keeps a click or key on the buttons inside from also opening the card
                      <div className="rt-card-actions" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
                        {bare.map((c, ci) => (
                          <Fragment key={String(c.key ?? c.dataIndex ?? ci)}>{cellOf(c, record, index)}</Fragment>
                        ))}
                      </div>
                    )}
                    {canExpand && (
                      // biome-ignore lint/a11y/noStaticElementInteractions: keeps a click or key on the button inside from also opening the card
                      <div onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
                        <Button
                          type="link"
                          size="small"
                          style={{ paddingInline: 0 }}
                          onClick={() =>
                            setOpen((s) => {
                              const n = new Set(s);
                              if (n.has(key)) n.delete(key);
                              else n.add(key);
                              return n;
                            })
                          }
                        >
                          {open.has(key) ? t('phone.hideDetails') : t('phone.showDetails')}
                        </Button>
                        {open.has(key) && expandable!.expandedRowRender!(record, index, 0, true)}
                      </div>
                    )}
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </Spin>
      {paged && total > pageSize && (
        <Pagination
          className="rt-cards-pagination"
          size="small"
          simple
          current={current}
          pageSize={pageSize}
          total={total}
          onChange={changePage}
          showSizeChanger={false}
        />
      )}
      {footer && <div className="rt-cards-footer">{footer(shown)}</div>}
    </div>
  );
}
