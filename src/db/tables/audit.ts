// Kysely table types of this module's later migrations (0015_read_access_log.sql). Keep in step with the SQL.
import type { ColumnType, Generated } from 'kysely';

export interface AuditTables {
  read_access_log: {
    id: Generated<number>;
    at: ColumnType<Date, Date | string | undefined, never>;
    user_id: number;
    member_id: number;
    unit_path: string;
    route: string;
    purpose: ReadPurpose;
  };
}

/** Why a member's personal data was read: one name per kind of read (i18n `readLog.purposes.*`). */
export type ReadPurpose = 'profile' | 'timeline' | 'fee_basis' | 'cadre' | 'transfer_letter' | 'transfer_package' | 'assessment_form';
