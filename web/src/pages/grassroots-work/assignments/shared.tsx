// Small pieces shared by the grassroots-work pages: the unit filter and error display (members are chosen with
// components/MemberPicker).
import type { ReactNode } from 'react';
import { Alert, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api';
import { UnitPicker } from '../../../components/UnitPicker';

/** The unit a page covers; empty means the user's widest readable root (the server decides). */
export function UnitFilter({ value, onChange }: { value: number | null; onChange: (v: number | null) => void }) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Typography.Text>{t('grassroots.common.unit')}</Typography.Text>
      <div style={{ width: 'min(320px, calc(100vw - 32px))' }}>
        <UnitPicker value={value} onChange={(v) => onChange(typeof v === 'number' ? v : null)} placeholder={t('grassroots.common.allMine')} aria-label={t('grassroots.common.unit')} />
      </div>
    </Space>
  );
}

export const errorText = (e: unknown) => (e instanceof ApiError ? [e.message, ...e.details.map((d) => d.message)].filter((x, i, a) => a.indexOf(x) === i).join(' ') : String(e));

export function ErrorLine({ error }: { error: unknown }): ReactNode {
  if (!error) return null;
  return <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />;
}

export interface Paged<T> { total: number; page: number; pageSize: number; items: T[] }
