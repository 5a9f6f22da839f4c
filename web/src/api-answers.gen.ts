// Generated from the OpenAPI document by test/contract/web-types.ts. Do not edit:
//   UPDATE_API_TYPES=1 npx vitest run test/contract.test.ts
/* eslint-disable */
export interface ApiAnswers {
  "GET /api/audit": {
    items: ({
      id: number;
      chainId: number | null;
      at: string;
      actorName: string;
      action: string;
      entityType: string;
      entityId: string;
      before: unknown;
      after: unknown;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "GET /api/audit/verify": {
    ok: boolean;
    count: number;
    problems: unknown[];
    headHash: string | null;
  };
  "GET /api/campaigns/:campaignId/report.pdf": Blob;
  "GET /api/campaigns/:campaignId/report.xlsx": Blob;
  "GET /api/exports/members.xlsx": Blob;
  "GET /api/grassroots-settings": {
    householdLimit: number;
  };
  "PUT /api/grassroots-settings": {
    householdLimit: number;
  };
  "GET /api/imports/template.xlsx": Blob;
  "GET /api/quality": {
    items: {
      unitId: number;
      name: string;
      members: number;
      duplicates: number;
      stale: number;
      withoutCell: number;
      filled: {
        partyCardNo: number;
        phone: number;
        theoryLevel: number;
        occupation: number;
        officialOn: number;
        hometown: number;
        residence: number;
        citizenId: number;
      };
      applicable?: {
        partyCardNo?: number;
        phone?: number;
        theoryLevel?: number;
        occupation?: number;
        officialOn?: number;
        hometown?: number;
        residence?: number;
        citizenId?: number;
      };
      completeness: {
        partyCardNo: number;
        phone: number;
        theoryLevel: number;
        occupation: number;
        officialOn: number;
        hometown: number;
        residence: number;
        citizenId: number;
      };
      score: number;
    }[];
    total: number;
    page: number;
    pageSize: number;
    unitId: number;
    unitName: string;
    staleMonths: number;
  };
  "GET /api/quality/missing": {
    items: {
      id: number;
      fullName: string;
      birthDate: string;
      unitName: string;
    }[];
    total: number;
    page: number;
    pageSize: number;
  };
  "GET /api/reports/assessment-subjects/:subjectId/form.pdf": Blob;
  "GET /api/reports/statistics.pdf": Blob;
  "GET /api/reports/statistics.xlsx": Blob;
}
