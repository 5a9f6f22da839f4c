import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../types';

const COLORS: Record<MemberStatus, string> = {
  probationary: 'gold',
  official: 'green',
  exempted: 'blue',
  temporarily_exempted: 'cyan',
  suspended: 'orange',
  transferred_out: 'default',
  removed: 'red',
  expelled: 'magenta',
  deceased: 'default',
};

export function StatusTag({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="status-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}
