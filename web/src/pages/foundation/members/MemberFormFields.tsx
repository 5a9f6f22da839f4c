// Every field of the member record, with the client-side rules; server errors appear under the same fields.
import type { ReactNode } from 'react';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../../components/UnitPicker';
import { DATE_FORMAT, todayIso } from '../../../format';
import { MEMBER_CATEGORIES } from '../../../../../src/domain/members/category';
import { MEMBER_STATUSES } from '../../../types';
import { memberRules, THEORY_LEVELS } from './memberForm';

interface Props {
  unitEditable: boolean;
  unitName?: string;
  unitId?: number;
}

export function MemberFormFields({ unitEditable, unitName, unitId }: Props) {
  const { t } = useTranslation();
  const r = memberRules(t);
  const future = (d: { format: (f: string) => string }) => d.format('YYYY-MM-DD') > todayIso();
  const date = (
    <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabledDate={future} placeholder={t('common.datePlaceholder')} />
  );
  const col = (node: ReactNode, span = 8) => (
    <Col xs={24} md={12} xl={span}>
      {node}
    </Col>
  );

  return (
    <Row gutter={16}>
      {col(
        <Form.Item name="fullName" label={t('fields.fullName')} rules={r.fullName}>
          <Input autoFocus maxLength={120} />
        </Form.Item>,
      )}
      {col(
        <Form.Item name="gender" label={t('fields.gender')} rules={r.required}>
          <Select
            options={[
              { value: 'male', label: t('gender.male') },
              { value: 'female', label: t('gender.female') },
            ]}
          />
        </Form.Item>,
        4,
      )}
      {col(
        <Form.Item name="birthDate" label={t('fields.birthDate')} rules={r.date}>
          {date}
        </Form.Item>,
        4,
      )}
      {col(
        <Form.Item name="ethnicity" label={t('fields.ethnicity')} rules={r.requiredText}>
          <Input maxLength={50} />
        </Form.Item>,
      )}
      {col(
        <Form.Item name="citizenId" label={t('fields.citizenId')} rules={r.citizenId}>
          <Input inputMode="numeric" maxLength={12} placeholder={t('members.citizenIdHint')} />
        </Form.Item>,
      )}
      {col(
        <Form.Item name="partyCardNo" label={t('fields.partyCardNo')} rules={r.partyCardNo}>
          <Input maxLength={20} />
        </Form.Item>,
      )}
      {col(
        <Form.Item name="phone" label={t('fields.phone')} rules={r.phone}>
          <Input inputMode="tel" maxLength={10} placeholder={t('members.phoneHint')} />
        </Form.Item>,
      )}
      {col(
        <Form.Item name="hometown" label={t('fields.hometown')} rules={r.requiredText}>
          <Input maxLength={300} />
        </Form.Item>,
        12,
      )}
      {col(
        <Form.Item name="residence" label={t('fields.residence')} rules={r.requiredText}>
          <Input maxLength={300} />
        </Form.Item>,
        12,
      )}
      {col(
        <Form.Item name="admittedOn" label={t('fields.admittedOn')} rules={r.admittedOn} dependencies={['birthDate']}>
          {date}
        </Form.Item>,
        6,
      )}
      {col(
        <Form.Item name="officialOn" label={t('fields.officialOn')} rules={r.officialOn} dependencies={['admittedOn', 'status']}>
          {date}
        </Form.Item>,
        6,
      )}
      {col(
        <Form.Item name="status" label={t('fields.status')} rules={r.required}>
          <Select options={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </Form.Item>,
        6,
      )}
      {col(
        <Form.Item name="unitId" label={t('fields.unitId')} rules={r.required} extra={unitEditable ? undefined : t('members.unitLocked')}>
          <UnitPicker
            disabled={!unitEditable}
            aria-label={t('fields.unitId')}
            placeholder={t('members.pickCell')}
            initialOptions={unitId && unitName ? [{ id: unitId, name: unitName }] : []}
            filter={(h) => h.kind === 'cell' || h.kind === 'grassroots_cell'}
          />
        </Form.Item>,
        6,
      )}
      {col(
        <Form.Item name="education" label={t('fields.education')} rules={r.requiredText}>
          <Input maxLength={50} placeholder="12/12" />
        </Form.Item>,
      )}
      {col(
        <Form.Item name="theoryLevel" label={t('fields.theoryLevel')}>
          <Select
            allowClear
            options={[{ value: '', label: t('members.noTheory') }, ...THEORY_LEVELS.map((l) => ({ value: l, label: l }))]}
          />
        </Form.Item>,
      )}
      {col(
        <Form.Item name="occupation" label={t('fields.occupation')}>
          <Input maxLength={100} />
        </Form.Item>,
      )}
      {col(
        <Form.Item name="memberCategory" label={t('rules2025.memberCategoryLabel')} extra={t('rules2025.memberCategoryHint')}>
          <Select
            allowClear
            data-testid="member-category"
            options={MEMBER_CATEGORIES.map((c) => ({ value: c, label: t(`rules2025.memberCategory.${c}`) }))}
          />
        </Form.Item>,
      )}
      {col(
        <Form.Item name="position" label={t('fields.position')}>
          <Input maxLength={200} />
        </Form.Item>,
        16,
      )}
    </Row>
  );
}
