// Generated from the OpenAPI document by test/contract/web-types.ts. Do not edit:
//   UPDATE_API_TYPES=1 npx vitest run test/contract.test.ts
/* eslint-disable */
export interface ApiAnswers {
  "GET /api/assessment-subjects/:subjectId/quarters": {
    applies: boolean;
    year: number;
    quarters: ({
      quarter: number;
      generalPoints: number | null;
      taskPoints: number | null;
      total: number | null;
      level: string | null;
    })[];
    meanGeneralPoints: number | null;
    meanTaskPoints: number | null;
    lowestLevel: string | null;
  };
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
  "GET /api/handbook": {
    seenAt: string | null;
    member: {
      id: number;
      name: string;
      unitName: string;
      category: string | null;
    };
    nextMeeting: {
      id: number;
      heldOn: string;
      kind: string;
      topic: string;
      startTime: string | null;
      agenda: string[];
      papers: {
        id: number;
        fileName: string;
        size: number;
        postedAt: string;
      }[];
    } | null;
    tasks: ({
      id: number;
      title: string;
      dueOn: string;
      completion: string | null;
      evaluation: string | null;
    })[];
    assessment: {
      subjectId: number;
      cycleTitle: string;
      step: string;
      level: string | null;
      form: string | null;
    } | null;
    fees: {
      year: number;
      paid: {
        month: string;
        amount: number;
        paidOn: string;
      }[];
      unpaid: string[];
    };
    households: ({
      id: number;
      address: string;
      headName: string;
      people: number;
      lastVisit: string | null;
    })[];
    messages: ({
      id: number;
      body: string;
      at: string;
      author: string;
      replies: ({
        id: number;
        body: string;
        at: string;
        author: string;
        byMember: boolean;
        toMemberId: number | null;
        toMemberName: string | null;
      })[];
    })[];
  };
  "POST /api/handbook/messages/:messageId/replies": {
    id: number;
    at: string;
  };
  "GET /api/handbook/news": {
    papers: number;
    messages: number;
  };
  "POST /api/handbook/seen": {
    ok: boolean;
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
  "POST /api/messages/:messageId/replies": {
    id: number;
    at: string;
  };
  "GET /api/reorg-plans/:planId/papers": ({
    seq: number;
    kind: string;
    decisionNo: string | null;
    minutesNo: string | null;
    effectiveOn: string;
    from: {
      code: string;
      name: string;
    }[];
    to: {
      code: string;
      name: string;
    }[];
    files: {
      decision: string;
      minutes: string;
    };
  })[];
  "GET /api/reorg-plans/:planId/papers.zip": Blob;
  "GET /api/reorg-plans/:planId/papers/:seq/:doc": Blob;
  "GET /api/units/:unitId/cell-type": {
    unitId: number;
    isCell: boolean;
    cellType: string | null;
    version: number;
  };
  "PUT /api/units/:unitId/cell-type": {
    unitId: number;
    isCell: boolean;
    cellType: string | null;
    version: number;
  };
  "GET /api/units/:unitId/lineage": {
    from: ({
      unitId: number | null;
      name: string | null;
      change: string;
      effectiveOn: string;
      decisionNo: string | null;
    })[];
    into: ({
      unitId: number | null;
      name: string | null;
      change: string;
      effectiveOn: string;
      decisionNo: string | null;
    })[];
  };
  "GET /api/units/:unitId/messages": {
    items: ({
      id: number;
      body: string;
      at: string;
      author: string;
      replies: ({
        id: number;
        body: string;
        at: string;
        author: string;
        byMember: boolean;
        toMemberId: number | null;
        toMemberName: string | null;
      })[];
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/units/:unitId/messages": {
    id: number;
    at: string;
  };
}
