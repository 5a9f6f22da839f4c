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
  "GET /api/meetings/:meetingId/check-in": {
    available: boolean;
    open: boolean;
    code: string | null;
    periodSeconds: number;
    secondsLeft: number;
    present: number;
    checkedIn: number;
    members: number;
  };
  "POST /api/meetings/:meetingId/check-in": {
    meetingId: number;
    unitName: string;
    heldOn: string;
    topic: string;
    alreadyRecorded: boolean;
  };
  "POST /api/meetings/:meetingId/check-in/close": {
    available: boolean;
    open: boolean;
    code: string | null;
    periodSeconds: number;
    secondsLeft: number;
    present: number;
    checkedIn: number;
    members: number;
  };
  "POST /api/meetings/:meetingId/check-in/open": {
    available: boolean;
    open: boolean;
    code: string | null;
    periodSeconds: number;
    secondsLeft: number;
    present: number;
    checkedIn: number;
    members: number;
  };
}
