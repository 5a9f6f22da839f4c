// Small pieces shared by the grassroots-work pages: error display (the unit in scope is components/ScopeBar with
// auth/useScopeUnit; members are chosen with components/MemberPicker).
import type { ReactNode } from 'react';
import { Alert } from 'antd';
import { ApiError } from '../../../api';

export const errorText = (e: unknown) =>
  e instanceof ApiError ? [e.message, ...e.details.map((d) => d.message)].filter((x, i, a) => a.indexOf(x) === i).join(' ') : String(e);

export function ErrorLine({ error }: { error: unknown }): ReactNode {
  if (!error) return null;
  return <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />;
}

export interface Paged<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}
