// The unit a page works on, picked above its content; the unit itself lives in the address (auth/useScopeUnit.ts).
// With a title, the bar is the page's header: the title on the left, the picker and the page's actions on the right.
import type { ReactNode } from 'react';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from './UnitPicker';

/** `flush`: no space below, for a bar inside a layout that spaces its rows itself. */
export function ScopeBar({
  title,
  unitId,
  onChange,
  extra,
  flush,
}: {
  title?: string;
  unitId: number | null | undefined;
  onChange: (id: number | undefined) => void;
  extra?: ReactNode;
  flush?: boolean;
}) {
  const { t } = useTranslation();
  const picker = (
    <>
      <span>{t('scope.unit')}</span>
      <div style={{ minWidth: `min(${title ? 280 : 320}px, calc(100vw - 32px))` }}>
        <UnitPicker value={unitId ?? null} onChange={(v) => onChange(typeof v === 'number' ? v : undefined)} aria-label={t('scope.unit')} />
      </div>
      {extra}
    </>
  );
  if (!title)
    return (
      <Space wrap style={{ marginBottom: flush ? 0 : 16 }} className="no-print">
        {picker}
      </Space>
    );
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Space wrap>{picker}</Space>
    </Space>
  );
}
