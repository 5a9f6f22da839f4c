// /members/new?unitId=… and /members/:id/edit. An edit sends only the changed fields with `version`;
// a stale version (409) offers to reload; server field errors appear under their fields.
import { useEffect } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Skeleton, Space, Typography } from 'antd';
import { useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../../../api';
import { useAbility } from '../../../auth/permissions';
import { ErrorResult } from '../../../components/ErrorResult';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { NotAllowedResult } from '../../../components/NotAllowedResult';
import type { Member } from '../../../types';
import { useUnit } from '../units/queries';
import { changedFields, emptyValues, toFormValues, toPayload, type MemberFormValues } from './memberForm';
import { MemberFormFields } from './MemberFormFields';
import { parseId, useMember } from './queries';

// Conflicts the server reports without a field, but which belong to one.
const CODE_FIELDS: Record<string, string> = {
  duplicate_citizen_id: 'citizenId',
  duplicate_party_card: 'partyCardNo',
  citizen_id_unavailable: 'citizenId',
  party_card_unavailable: 'partyCardNo',
  unit_not_cell: 'unitId',
  unit_dissolved: 'unitId',
};
const FORM_FIELDS = new Set([
  'fullName',
  'gender',
  'birthDate',
  'ethnicity',
  'hometown',
  'residence',
  'citizenId',
  'partyCardNo',
  'admittedOn',
  'officialOn',
  'education',
  'theoryLevel',
  'occupation',
  'position',
  'phone',
  'status',
  'unitId',
]);

export default function MemberFormPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const params = useParams();
  const [search] = useSearchParams();
  const isEdit = params.memberId !== undefined;
  const id = parseId(params.memberId);
  const member = useMember(isEdit ? id : null);
  const presetUnit = Number(search.get('unitId')) || undefined;
  const unit = useUnit(isEdit ? (member.data?.unitId ?? null) : (presetUnit ?? null));
  const [form] = Form.useForm<MemberFormValues>();
  const mayCreate = useAbility('member.create');
  const write = useWrite((send: () => Promise<Member>) => send(), {
    form,
    errors: 'inline',
    fields: (f) => (FORM_FIELDS.has(f) ? [f] : null),
    invalidate: [['members'], ['units']],
    onSuccess: (saved) => {
      message.success(t(isEdit ? 'members.saved' : 'members.created'));
      navigate(`/members/${saved.id}`);
    },
    // A rule broken without a field goes under the field it is about.
    onError: (e) => {
      const fieldFor = e instanceof ApiError && e.details.length === 0 ? CODE_FIELDS[e.code] : undefined;
      if (!fieldFor) return false;
      form.setFields([{ name: fieldFor as never, errors: [(e as ApiError).message] }]);
      form.scrollToField(fieldFor as never);
      return true;
    },
  });
  const error =
    write.shown instanceof ApiError ? write.shown : write.shown ? new ApiError(0, 'unknown', t('common.unexpectedError')) : null;

  useEffect(() => {
    if (member.data) form.setFieldsValue(toFormValues(member.data));
  }, [member.data, form]);

  if (isEdit && !id) return <NotFoundResult />;
  if (isEdit && member.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (isEdit && member.isError) return <ErrorResult error={member.error} onRetry={() => void member.refetch()} />;
  // The server says whether this record (or a new one) may be saved: a form that must fail is not shown.
  if (isEdit ? member.data?.abilities?.edit !== true : !mayCreate) return <NotAllowedResult />;

  // Moving a member to another cell is for managers; a cell secretary edits the record in place.
  const unitEditable = !isEdit || member.data?.abilities?.changeCell === true;

  function save(values: MemberFormValues) {
    const payload = toPayload(values);
    if (isEdit && member.data) {
      const changes = changedFields(member.data, payload);
      if (Object.keys(changes).length === 0) {
        message.info(t('members.noChanges'));
        navigate(`/members/${member.data.id}`);
        return;
      }
      const { id: memberId, version } = member.data;
      write.mutate(() => api.patch<Member>(`/api/members/${memberId}`, { ...changes, version }));
    } else {
      write.mutate(() => api.post<Member>('/api/members', payload));
    }
  }

  async function reload() {
    write.clear();
    const fresh = await member.refetch();
    if (fresh.data) form.setFieldsValue(toFormValues(fresh.data));
  }

  return (
    <Card>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {isEdit ? t('members.editTitle', { name: member.data?.fullName }) : t('members.createTitle')}
        </Typography.Title>
        {error && (
          <Alert
            type="error"
            showIcon
            title={error.message}
            data-testid="member-form-error"
            action={
              error.code === 'stale_version' ? (
                <Button size="small" onClick={() => void reload()}>
                  {t('common.reload')}
                </Button>
              ) : undefined
            }
          />
        )}
        <Form<MemberFormValues>
          form={form}
          layout="vertical"
          onFinish={(v) => save(v)}
          scrollToFirstError
          initialValues={isEdit ? undefined : emptyValues(presetUnit)}
        >
          <MemberFormFields unitEditable={unitEditable} unitId={unit.data?.id} unitName={unit.data?.name} />
          <Space>
            <Button type="primary" htmlType="submit" loading={write.isPending} data-testid="member-save">
              {t('common.save')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Space>
    </Card>
  );
}
