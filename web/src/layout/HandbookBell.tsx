// The bell in the header for a member: papers and messages of their cell posted since they last opened the
// handbook. Asked every five minutes; a click opens the handbook, which marks them seen.
import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../api';
import { useCurrentUser } from '../auth/useMe';

type News = Answer<'GET /api/handbook/news'>;

export function HandbookBell() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const q = useQuery({
    queryKey: ['handbook', 'news'],
    queryFn: () => api.get<News>('/api/handbook/news'),
    enabled: !!me.memberId,
    refetchInterval: 300_000,
  });
  if (!me.memberId) return null;
  const count = (q.data?.papers ?? 0) + (q.data?.messages ?? 0);
  const label = t('handbook.bell', { count });
  return (
    <Badge count={count} size="small" offset={[-4, 4]}>
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={label}
        title={label}
        onClick={() => navigate('/handbook')}
        data-testid="handbook-bell"
      />
    </Badge>
  );
}
