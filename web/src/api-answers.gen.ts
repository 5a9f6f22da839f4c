// Generated from the OpenAPI document by test/contract/web-types.ts. Do not edit:
//   UPDATE_API_TYPES=1 npx vitest run test/contract.test.ts
/* eslint-disable */
export interface ApiAnswers {
  "POST /api/assessment-cycles": {
    id: number;
    title: string;
    kind: "annual" | "semiannual" | "quarterly" | "monthly" | "ad_hoc";
    periodFrom: string;
    periodTo: string;
    ruleSet: "reg124-2023" | "reg366-2025";
    rootUnitId: number;
    rootPath: string;
    subjectKinds: ("member" | "party_cell" | "grassroots_org" | "party_committee" | "leader")[];
    deadlines: {
      self_assessment?: string;
      collective_review?: string;
      verification?: string;
      decision?: string;
    };
    quotaRounding: "floor" | "round" | "ceil";
    quotaGrouping: "grassroots_org" | "cell" | "cycle";
    settings: {
      sickLeaveCap: {
        enabled: boolean;
        months: number;
        cap: "excellent" | "good" | "completed" | "not_completed";
      };
      specialCases366: {
        discipline: boolean;
        degradation: boolean;
        collective_failure: boolean;
      };
      headAboveCollective: "warn" | "off";
      quotaRounding: "floor" | "round" | "ceil";
    };
    version: number;
    subjects: number;
    notRated: number;
  };
  "POST /api/assessment-subjects/:subjectId/attendance": ({
    id: number;
    kind: "comment" | "attendance";
    body: string;
    attendedOn: string | null;
    present: boolean | null;
    absenceReason: string | null;
    workingGroupId: number | null;
    actorName: string;
    at: string;
  })[];
  "GET /api/assessment-subjects/:subjectId/remarks": ({
    id: number;
    kind: "comment" | "attendance";
    body: string;
    attendedOn: string | null;
    present: boolean | null;
    absenceReason: string | null;
    workingGroupId: number | null;
    actorName: string;
    at: string;
  })[];
  "POST /api/assessment-subjects/:subjectId/remarks": ({
    id: number;
    kind: "comment" | "attendance";
    body: string;
    attendedOn: string | null;
    present: boolean | null;
    absenceReason: string | null;
    workingGroupId: number | null;
    actorName: string;
    at: string;
  })[];
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
  "POST /api/auth/login": {
    secondFactor: "totp";
    challenge: string;
  } | {
    csrfToken: string;
    mustChangePassword: boolean;
  };
  "POST /api/auth/login/code": {
    secondFactor: "totp";
    challenge: string;
  } | {
    csrfToken: string;
    mustChangePassword: boolean;
  };
  "POST /api/auth/logout": {
    ok: boolean;
  };
  "POST /api/auth/password": {
    ok: boolean;
  };
  "GET /api/auth/totp": {
    enabled: boolean;
    recoveryCodesLeft: number;
  };
  "POST /api/auth/totp/confirm": {
    recoveryCodes: string[];
  };
  "POST /api/auth/totp/disable": {
    ok: boolean;
  };
  "POST /api/auth/totp/enroll": {
    secret: string;
    otpauthUri: string;
  };
  "POST /api/committee-seats/:seatId/end": {
    id: number;
    toDate: string;
  };
  "POST /api/committee-terms/:termId/seats": {
    id: number;
  };
  "POST /api/grants/:grantId/end": {
    id: number;
    validTo: string;
  };
  "GET /api/members": {
    items: ({
      id: number;
      fullName: string;
      gender: string;
      birthDate: string;
      citizenId: string;
      partyCardNo: string | null;
      admittedOn: string;
      officialOn: string | null;
      status: string;
      unitId: number;
      unitName: string;
      phone: string;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/members": {
    id: number;
    fullName: string;
    gender: string;
    birthDate: string;
    ethnicity: string;
    hometown: string;
    residence: string;
    citizenId: string;
    partyCardNo: string | null;
    admittedOn: string;
    officialOn: string | null;
    education: string;
    theoryLevel: string;
    occupation: string;
    position: string;
    phone: string;
    status: string;
    unitId: number;
    unitName: string;
    memberCategory: string | null;
    version: number;
  };
  "PATCH /api/members/:memberId": {
    id: number;
    fullName: string;
    gender: string;
    birthDate: string;
    ethnicity: string;
    hometown: string;
    residence: string;
    citizenId: string;
    partyCardNo: string | null;
    admittedOn: string;
    officialOn: string | null;
    education: string;
    theoryLevel: string;
    occupation: string;
    position: string;
    phone: string;
    status: string;
    unitId: number;
    unitName: string;
    memberCategory: string | null;
    version: number;
  };
  "POST /api/remediation-plans": {
    id: number;
    subjectId: number;
    name: string;
    kind: string;
    level: "excellent" | "good" | "completed" | "not_completed" | null | null;
    cycleId: number;
    cycleTitle: string;
    memberId: number | null;
    unitId: number;
    reason: "not_completed" | "shortcoming";
    status: "open" | "closed";
    version: number;
    items: ({
      id: number;
      shortcoming: string;
      action: string;
      owner: string;
      deadline: string;
      status: "open" | "in_progress" | "done";
      version: number;
    })[];
    overdue: number;
  };
  "GET /api/remediation-plans/:planId": {
    id: number;
    subjectId: number;
    name: string;
    kind: string;
    level: "excellent" | "good" | "completed" | "not_completed" | null | null;
    cycleId: number;
    cycleTitle: string;
    memberId: number | null;
    unitId: number;
    reason: "not_completed" | "shortcoming";
    status: "open" | "closed";
    version: number;
    items: ({
      id: number;
      shortcoming: string;
      action: string;
      owner: string;
      deadline: string;
      status: "open" | "in_progress" | "done";
      version: number;
    })[];
    overdue: number;
    reports: ({
      id: number;
      itemId: number | null;
      reportedOn: string;
      note: string;
      actorName: string | null;
    })[];
    removalReviewYears: number[];
  };
  "POST /api/remediation-plans/:planId/close": {
    id: number;
    subjectId: number;
    name: string;
    kind: string;
    level: "excellent" | "good" | "completed" | "not_completed" | null | null;
    cycleId: number;
    cycleTitle: string;
    memberId: number | null;
    unitId: number;
    reason: "not_completed" | "shortcoming";
    status: "open" | "closed";
    version: number;
    items: ({
      id: number;
      shortcoming: string;
      action: string;
      owner: string;
      deadline: string;
      status: "open" | "in_progress" | "done";
      version: number;
    })[];
    overdue: number;
    reports: ({
      id: number;
      itemId: number | null;
      reportedOn: string;
      note: string;
      actorName: string | null;
    })[];
    removalReviewYears: number[];
  };
  "POST /api/remediation-plans/:planId/items/:itemId": {
    id: number;
    subjectId: number;
    name: string;
    kind: string;
    level: "excellent" | "good" | "completed" | "not_completed" | null | null;
    cycleId: number;
    cycleTitle: string;
    memberId: number | null;
    unitId: number;
    reason: "not_completed" | "shortcoming";
    status: "open" | "closed";
    version: number;
    items: ({
      id: number;
      shortcoming: string;
      action: string;
      owner: string;
      deadline: string;
      status: "open" | "in_progress" | "done";
      version: number;
    })[];
    overdue: number;
    reports: ({
      id: number;
      itemId: number | null;
      reportedOn: string;
      note: string;
      actorName: string | null;
    })[];
    removalReviewYears: number[];
  };
  "POST /api/remediation-plans/:planId/reports": {
    id: number;
    subjectId: number;
    name: string;
    kind: string;
    level: "excellent" | "good" | "completed" | "not_completed" | null | null;
    cycleId: number;
    cycleTitle: string;
    memberId: number | null;
    unitId: number;
    reason: "not_completed" | "shortcoming";
    status: "open" | "closed";
    version: number;
    items: ({
      id: number;
      shortcoming: string;
      action: string;
      owner: string;
      deadline: string;
      status: "open" | "in_progress" | "done";
      version: number;
    })[];
    overdue: number;
    reports: ({
      id: number;
      itemId: number | null;
      reportedOn: string;
      note: string;
      actorName: string | null;
    })[];
    removalReviewYears: number[];
  };
  "POST /api/tasks": {
    id: number;
    title: string;
    indicator: string;
    targetValue: number;
    periodFrom: string;
    periodTo: string;
    dueOn: string;
    keyTarget: boolean;
    holderMemberId: number | null;
    holderMemberName: string | null;
    holderUnitId: number;
    holderUnitName: string;
    assignerUnitId: number;
    assignerName: string;
    assessorUnitId: number;
    progressValue: number;
    completion: "on_time" | "late" | "exceeded" | null | null;
    completedOn: string | null;
    version: number;
    evaluation: "exceeded" | "completed" | "not_completed" | null | null;
    evaluationComment: string | null;
    evaluatedByName: string | null;
    evaluatedAt: string | null;
    exclusion: "withdrawn" | "force_majeure" | null | null;
    exclusionReason: string | null;
    excludedByName: string | null;
    excludedAt: string | null;
  };
  "POST /api/tasks/:taskId/evaluation": {
    id: number;
    title: string;
    indicator: string;
    targetValue: number;
    periodFrom: string;
    periodTo: string;
    dueOn: string;
    keyTarget: boolean;
    holderMemberId: number | null;
    holderMemberName: string | null;
    holderUnitId: number;
    holderUnitName: string;
    assignerUnitId: number;
    assignerName: string;
    assessorUnitId: number;
    progressValue: number;
    completion: "on_time" | "late" | "exceeded" | null | null;
    completedOn: string | null;
    version: number;
    evaluation: "exceeded" | "completed" | "not_completed" | null | null;
    evaluationComment: string | null;
    evaluatedByName: string | null;
    evaluatedAt: string | null;
    exclusion: "withdrawn" | "force_majeure" | null | null;
    exclusionReason: string | null;
    excludedByName: string | null;
    excludedAt: string | null;
  };
  "POST /api/tasks/:taskId/force-majeure": {
    id: number;
    title: string;
    indicator: string;
    targetValue: number;
    periodFrom: string;
    periodTo: string;
    dueOn: string;
    keyTarget: boolean;
    holderMemberId: number | null;
    holderMemberName: string | null;
    holderUnitId: number;
    holderUnitName: string;
    assignerUnitId: number;
    assignerName: string;
    assessorUnitId: number;
    progressValue: number;
    completion: "on_time" | "late" | "exceeded" | null | null;
    completedOn: string | null;
    version: number;
    evaluation: "exceeded" | "completed" | "not_completed" | null | null;
    evaluationComment: string | null;
    evaluatedByName: string | null;
    evaluatedAt: string | null;
    exclusion: "withdrawn" | "force_majeure" | null | null;
    exclusionReason: string | null;
    excludedByName: string | null;
    excludedAt: string | null;
  };
  "POST /api/tasks/:taskId/progress": {
    id: number;
    title: string;
    indicator: string;
    targetValue: number;
    periodFrom: string;
    periodTo: string;
    dueOn: string;
    keyTarget: boolean;
    holderMemberId: number | null;
    holderMemberName: string | null;
    holderUnitId: number;
    holderUnitName: string;
    assignerUnitId: number;
    assignerName: string;
    assessorUnitId: number;
    progressValue: number;
    completion: "on_time" | "late" | "exceeded" | null | null;
    completedOn: string | null;
    version: number;
    evaluation: "exceeded" | "completed" | "not_completed" | null | null;
    evaluationComment: string | null;
    evaluatedByName: string | null;
    evaluatedAt: string | null;
    exclusion: "withdrawn" | "force_majeure" | null | null;
    exclusionReason: string | null;
    excludedByName: string | null;
    excludedAt: string | null;
  };
  "POST /api/tasks/:taskId/withdraw": {
    id: number;
    title: string;
    indicator: string;
    targetValue: number;
    periodFrom: string;
    periodTo: string;
    dueOn: string;
    keyTarget: boolean;
    holderMemberId: number | null;
    holderMemberName: string | null;
    holderUnitId: number;
    holderUnitName: string;
    assignerUnitId: number;
    assignerName: string;
    assessorUnitId: number;
    progressValue: number;
    completion: "on_time" | "late" | "exceeded" | null | null;
    completedOn: string | null;
    version: number;
    evaluation: "exceeded" | "completed" | "not_completed" | null | null;
    evaluationComment: string | null;
    evaluatedByName: string | null;
    evaluatedAt: string | null;
    exclusion: "withdrawn" | "force_majeure" | null | null;
    exclusionReason: string | null;
    excludedByName: string | null;
    excludedAt: string | null;
  };
  "GET /api/units/search": {
    id: number;
    code: string;
    name: string;
    kind: string;
    path: string;
  }[];
  "POST /api/units/:unitId/committee/terms": {
    id: number;
  };
  "POST /api/users": {
    id: number;
    username: string;
  };
  "POST /api/users/:userId/grants": {
    id: number;
  };
  "POST /api/users/:userId/password-reset": {
    temporaryPassword: string;
  };
}
