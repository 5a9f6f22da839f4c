// Converting between the member record and the form, and the client-side rules that mirror the server.
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { MemberCategory } from '../../../../../src/domain/members/category';
import { probationEnd } from '../../../../../src/domain/members/record';
import { fmtDate, toDayjs, todayIso, toIso } from '../../../format';
import type { Gender, Member, MemberStatus } from '../../../types';

export interface MemberFormValues {
  fullName: string;
  gender?: Gender;
  birthDate: Dayjs | null;
  ethnicity: string;
  hometown: string;
  residence: string;
  citizenId: string;
  partyCardNo: string;
  admittedOn: Dayjs | null;
  officialOn: Dayjs | null;
  education: string;
  theoryLevel: string;
  occupation: string;
  position: string;
  phone: string;
  status?: MemberStatus;
  unitId?: number;
  memberCategory?: MemberCategory | null;
}

export type MemberPayload = Omit<Member, 'id' | 'version' | 'unitName'>;

export const THEORY_LEVELS = ['Sơ cấp', 'Trung cấp', 'Cao cấp', 'Cử nhân'];

export function toFormValues(m: Member): MemberFormValues {
  return {
    fullName: m.fullName,
    gender: m.gender,
    birthDate: toDayjs(m.birthDate),
    ethnicity: m.ethnicity,
    hometown: m.hometown,
    residence: m.residence,
    citizenId: m.citizenId,
    partyCardNo: m.partyCardNo ?? '',
    admittedOn: toDayjs(m.admittedOn),
    officialOn: toDayjs(m.officialOn),
    education: m.education,
    theoryLevel: m.theoryLevel,
    occupation: m.occupation,
    position: m.position,
    phone: m.phone,
    status: m.status,
    unitId: m.unitId,
    memberCategory: m.memberCategory,
  };
}

export const emptyValues = (unitId?: number): Partial<MemberFormValues> => ({
  ethnicity: 'Kinh',
  status: 'probationary',
  theoryLevel: '',
  occupation: '',
  position: '',
  phone: '',
  partyCardNo: '',
  unitId,
});

/** The record as the API takes it: ISO dates, trimmed text, null for an empty card number or official date. */
export function toPayload(v: MemberFormValues): Partial<MemberPayload> {
  const s = (x: string | undefined) => (x ?? '').trim();
  return {
    fullName: s(v.fullName),
    gender: v.gender,
    birthDate: toIso(v.birthDate) ?? undefined,
    ethnicity: s(v.ethnicity),
    hometown: s(v.hometown),
    residence: s(v.residence),
    citizenId: s(v.citizenId),
    partyCardNo: s(v.partyCardNo) || null,
    admittedOn: toIso(v.admittedOn) ?? undefined,
    officialOn: toIso(v.officialOn),
    education: s(v.education),
    theoryLevel: s(v.theoryLevel),
    occupation: s(v.occupation),
    position: s(v.position),
    phone: s(v.phone),
    status: v.status,
    unitId: v.unitId,
    memberCategory: v.memberCategory ?? null,
  };
}

/** Only what changed (an edit sends these plus `version`). */
export function changedFields(before: Member, after: Partial<MemberPayload>): Partial<MemberPayload> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    const old = (before as unknown as Record<string, unknown>)[k];
    if (v !== undefined && (v ?? null) !== (old ?? null)) out[k] = v;
  }
  return out as Partial<MemberPayload>;
}

function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function memberRules(t: TFunction) {
  const required: Rule = { required: true, message: t('validation.required') };
  const requiredText: Rule = { required: true, whitespace: true, message: t('validation.required') };
  const notFuture: Rule = {
    validator: (_, v: Dayjs | null) =>
      v && toIso(v)! > todayIso() ? Promise.reject(new Error(t('validation.notFuture'))) : Promise.resolve(),
  };
  return {
    fullName: [requiredText, { max: 120, message: t('validation.max', { max: 120 }) }],
    required: [required],
    requiredText: [requiredText],
    date: [required, notFuture],
    citizenId: [required, { pattern: /^\d{12}$/, message: t('validation.citizenId') }],
    partyCardNo: [{ pattern: /^[0-9A-Za-z-]{4,20}$/, message: t('validation.partyCardNo') }],
    phone: [{ pattern: /^(0\d{9})?$/, message: t('validation.phone') }],
    admittedOn: [
      required,
      notFuture,
      ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
        validator: (_: unknown, v: Dayjs | null) => {
          const birth = toIso(getFieldValue('birthDate') as Dayjs | null);
          return v && birth && ageOn(birth, toIso(v)!) < 18 ? Promise.reject(new Error(t('validation.tooYoung'))) : Promise.resolve();
        },
      }),
    ] as Rule[],
    officialOn: [
      notFuture,
      ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
        validator: (_: unknown, v: Dayjs | null) => {
          const admitted = toIso(getFieldValue('admittedOn') as Dayjs | null);
          if (v && admitted && toIso(v)! <= admitted) return Promise.reject(new Error(t('validation.officialAfterAdmitted')));
          if (v && admitted && toIso(v)! < probationEnd(admitted)) {
            return Promise.reject(new Error(t('rules2025.officialBeforeProbationEnd', { earliest: fmtDate(probationEnd(admitted)) })));
          }
          if (!v && getFieldValue('status') === 'official') return Promise.reject(new Error(t('validation.officialRequired')));
          return Promise.resolve();
        },
      }),
    ] as Rule[],
  };
}
