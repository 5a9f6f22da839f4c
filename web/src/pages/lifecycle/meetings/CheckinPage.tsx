// What a member's phone opens after scanning the meeting's QR code: the check-in is sent at once and the answer is
// shown in large type. A stale code or another cell's code gets the server's sentence and what to do next.
import { useEffect, useRef } from 'react';
import { Result, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { messageOf, useWrite } from '../../../useWrite';
import { fmtDate } from '../../../format';

type CheckedIn = Answer<'POST /api/meetings/:meetingId/check-in'>;

export default function CheckinPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const meetingId = Number(params.get('m'));
  const code = params.get('c') ?? '';
  const sent = useRef(false);
  const send = useWrite(() => api.post<CheckedIn>(`/api/meetings/${meetingId}/check-in`, { code }), { errors: 'inline' });
  useEffect(() => {
    if (sent.current || !meetingId || !code) return;
    sent.current = true;
    send.mutate();
  }, [meetingId, code, send]);

  const big = { fontSize: 20 };
  if (!meetingId || !code) {
    return (
      <Result
        status="info"
        title={t('cellmeetings.checkin.howTitle')}
        subTitle={<span style={big}>{t('cellmeetings.checkin.how')}</span>}
      />
    );
  }
  if (send.shown) {
    return (
      <Result
        status="warning"
        title={t('cellmeetings.checkin.failed')}
        data-testid="checkin-result"
        subTitle={<span style={big}>{messageOf(send.shown)}</span>}
      />
    );
  }
  if (!send.data) return <Result status="info" title={t('cellmeetings.checkin.sending')} />;
  const d = send.data;
  return (
    <Result
      status="success"
      data-testid="checkin-result"
      title={<span style={{ fontSize: 28 }}>{d.alreadyRecorded ? t('cellmeetings.checkin.already') : t('cellmeetings.checkin.done')}</span>}
      subTitle={
        <Typography.Text style={big}>{t('cellmeetings.checkin.meeting', { unit: d.unitName, date: fmtDate(d.heldOn) })}</Typography.Text>
      }
    />
  );
}
