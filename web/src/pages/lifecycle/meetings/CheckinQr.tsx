// The secretary's QR check-in for a meeting held today: opens it, shows the rotating code as a QR code (a phone
// that scans it opens /meetings/check-in?m=…&c=…), fetches the next code before the shown one expires, and counts
// who has checked in. Closing it refreshes the meeting, whose attendance the check-ins wrote.
import { useEffect, useState } from 'react';
import { Button, Card, Space, Statistic, Typography } from 'antd';
import { QrcodeOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { api, type Answer } from '../../../api';
import { useWrite } from '../../../useWrite';

type Screen = Answer<'GET /api/meetings/:meetingId/check-in'>;

export function checkinUrl(meetingId: number, code: string): string {
  return `${window.location.origin}/meetings/check-in?m=${meetingId}&c=${encodeURIComponent(code)}`;
}

export function CheckinQr({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [shown, setShown] = useState(false);
  const [image, setImage] = useState<string | null>(null);
  const key = ['meetings', 'checkin', meetingId];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api.get<Screen>(`/api/meetings/${meetingId}/check-in`),
    // A new code every period: ask every 3 s, so the QR on screen is never the one about to expire.
    refetchInterval: shown ? 3000 : false,
  });
  const screen = q.data;
  const url = screen?.open && screen.code ? checkinUrl(meetingId, screen.code) : null;
  useEffect(() => {
    if (!url) {
      setImage(null);
      return;
    }
    let live = true;
    void QRCode.toDataURL(url, { width: 320, margin: 1, errorCorrectionLevel: 'M' }).then((d) => {
      if (live) setImage(d);
    });
    return () => {
      live = false;
    };
  }, [url]);

  const write = useWrite((path: 'open' | 'close') => api.post<Screen>(`/api/meetings/${meetingId}/check-in/${path}`), {
    onSuccess: async (next, path) => {
      qc.setQueryData(key, next);
      setShown(path === 'open');
      if (path === 'close') await qc.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
  const act = (path: 'open' | 'close') => write.mutate(path);

  if (!screen?.available) return null;
  if (!shown) {
    return (
      <Button icon={<QrcodeOutlined />} loading={write.isPending} onClick={() => act('open')} data-testid="checkin-open">
        {screen.open ? t('cellmeetings.checkin.show') : t('cellmeetings.checkin.open')}
      </Button>
    );
  }
  // Shown inside the meeting's drawer (not a dialog over it), large enough to be scanned from a few steps away.
  return (
    <Card
      title={t('cellmeetings.checkin.title')}
      data-testid="checkin-card"
      actions={[
        <Button key="hide" onClick={() => setShown(false)}>
          {t('cellmeetings.checkin.hide')}
        </Button>,
        <Button key="close" danger loading={write.isPending} onClick={() => act('close')} data-testid="checkin-close">
          {t('cellmeetings.checkin.close')}
        </Button>,
      ]}
    >
      <Space direction="vertical" align="center" style={{ width: '100%' }}>
        <Typography.Text>{t('cellmeetings.checkin.scan')}</Typography.Text>
        {image && url ? (
          <img
            src={image}
            alt={t('cellmeetings.checkin.qrAlt')}
            style={{ width: 320, maxWidth: '100%' }}
            data-testid="checkin-qr"
            data-url={url}
          />
        ) : (
          <div style={{ width: 320, height: 320, maxWidth: '100%' }} />
        )}
        <Typography.Text type="secondary">{t('cellmeetings.checkin.rotates', { seconds: screen.periodSeconds })}</Typography.Text>
        <Statistic title={t('cellmeetings.checkin.present')} value={`${screen.present} / ${screen.members}`} data-testid="checkin-count" />
        <Typography.Text type="secondary">{t('cellmeetings.checkin.byPhone', { count: screen.checkedIn })}</Typography.Text>
      </Space>
    </Card>
  );
}
