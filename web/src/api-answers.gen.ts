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
  "GET /api/cadres": {
    items: ({
      id: number;
      memberId: number;
      fullName: string;
      cellName: string;
      currentPosition: string | null;
      rotations: number;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/cadres": {
    id: number;
    memberId: number;
    fullName: string;
    birthDate: string;
    cellName: string;
    note: string;
    version: number;
    positions: ({
      id: number;
      post: string;
      unitId: number;
      unitName: string;
      fromDate: string;
      toDate: string | null;
    })[];
    rotations: ({
      id: number;
      cadreId: number;
      fullName: string;
      kind: "department_to_commune" | "commune_to_commune" | "commune_to_department" | "department_to_department" | "other";
      fromUnitId: number;
      fromUnitName: string;
      fromPost: string;
      toUnitId: number;
      toUnitName: string;
      toPost: string;
      decisionNo: string;
      effectiveOn: string;
      nextReviewOn: string | null;
      decidedByUnitId: number;
      decidedByName: string;
    })[];
  };
  "GET /api/cadres/:cadreId": {
    id: number;
    memberId: number;
    fullName: string;
    birthDate: string;
    cellName: string;
    note: string;
    version: number;
    positions: ({
      id: number;
      post: string;
      unitId: number;
      unitName: string;
      fromDate: string;
      toDate: string | null;
    })[];
    rotations: ({
      id: number;
      cadreId: number;
      fullName: string;
      kind: "department_to_commune" | "commune_to_commune" | "commune_to_department" | "department_to_department" | "other";
      fromUnitId: number;
      fromUnitName: string;
      fromPost: string;
      toUnitId: number;
      toUnitName: string;
      toPost: string;
      decisionNo: string;
      effectiveOn: string;
      nextReviewOn: string | null;
      decidedByUnitId: number;
      decidedByName: string;
    })[];
  };
  "GET /api/campaign-households/:campaignHouseholdId/history": ({
    from: string | null;
    to: string;
    reason: string;
    on: string;
    actor: string | null;
  })[];
  "PUT /api/campaign-households/:campaignHouseholdId/in-charge": {
    id: number;
    householdId: number;
    status: string;
    blockedReason: string;
    version: number;
    address: string;
    headName: string;
    people: number;
    groupName: string;
    workingGroupId: number | null;
    workingGroupName: string | null;
    members: {
      id: number;
      name: string;
    }[];
  };
  "POST /api/campaign-households/:campaignHouseholdId/move": {
    id: number;
    householdId: number;
    status: string;
    blockedReason: string;
    version: number;
    address: string;
    headName: string;
    people: number;
    groupName: string;
    workingGroupId: number | null;
    workingGroupName: string | null;
    members: {
      id: number;
      name: string;
    }[];
  };
  "GET /api/campaigns": {
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    goal: string;
    place: string;
    startsOn: string;
    deadline: string;
    version: number;
    counts: Record<string, number>;
    total: number;
  }[];
  "POST /api/campaigns": {
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    goal: string;
    place: string;
    startsOn: string;
    deadline: string;
    version: number;
    counts: Record<string, number>;
    total: number;
  };
  "GET /api/campaigns/:campaignId": {
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    goal: string;
    place: string;
    startsOn: string;
    deadline: string;
    version: number;
    counts: Record<string, number>;
    total: number;
  };
  "PATCH /api/campaigns/:campaignId": {
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    goal: string;
    place: string;
    startsOn: string;
    deadline: string;
    version: number;
    counts: Record<string, number>;
    total: number;
  };
  "GET /api/campaigns/:campaignId/board": {
    campaign: {
      id: number;
      unitId: number;
      unitName: string;
      name: string;
      goal: string;
      place: string;
      startsOn: string;
      deadline: string;
      version: number;
      counts: Record<string, number>;
      total: number;
    };
    columns: ({
      status: string;
      cards: ({
        id: number;
        householdId: number;
        status: string;
        blockedReason: string;
        version: number;
        address: string;
        headName: string;
        people: number;
        groupName: string;
        workingGroupId: number | null;
        workingGroupName: string | null;
        members: {
          id: number;
          name: string;
        }[];
      })[];
    })[];
  };
  "GET /api/campaigns/:campaignId/chart": {
    statuses: string[];
    series: {
      day: string;
      counts: Record<string, number>;
    }[];
  };
  "POST /api/campaigns/:campaignId/households": {
    added: number;
  };
  "GET /api/campaigns/:campaignId/report.pdf": Blob;
  "GET /api/campaigns/:campaignId/report.xlsx": Blob;
  "GET /api/candidates": {
    items: ({
      id: number;
      unitId: number;
      unitName: string;
      fullName: string;
      gender: "male" | "female";
      birthDate: string;
      stage: "outstanding" | "course" | "candidate" | "application" | "verification" | "decision" | "ceremony";
      source: "students" | "cooperatives" | "private_enterprises" | "youth_union" | "residential_area" | "other";
      version: number;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/candidates": {
    id: number;
    unitId: number;
    unitName: string;
    fullName: string;
    gender: "male" | "female";
    birthDate: string;
    citizenId: string;
    ethnicity: string;
    hometown: string;
    residence: string;
    occupation: string;
    education: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate";
    remoteArea: boolean;
    source: "students" | "cooperatives" | "private_enterprises" | "youth_union" | "residential_area" | "other";
    stage: "outstanding" | "course" | "candidate" | "application" | "verification" | "decision" | "ceremony";
    courseCertificateOn: string | null;
    helperMemberId: number | null;
    helperName: string | null;
    forms: string[];
    attachments: string;
    verifiedOn: string | null;
    verificationNote: string;
    consideredOn: string | null;
    decisionNo: string | null;
    decisionOn: string | null;
    decisionAuthority: string | null;
    ceremonyOn: string | null;
    memberId: number | null;
    withdrawn: boolean;
    withdrawal: {
      reason: string;
      on: string | null;
    } | null;
    version: number;
    introducers: {
      memberId: number;
      fullName: string;
      status: string;
      workedSince: string;
    }[];
  };
  "GET /api/candidates/:candidateId": {
    id: number;
    unitId: number;
    unitName: string;
    fullName: string;
    gender: "male" | "female";
    birthDate: string;
    citizenId: string;
    ethnicity: string;
    hometown: string;
    residence: string;
    occupation: string;
    education: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate";
    remoteArea: boolean;
    source: "students" | "cooperatives" | "private_enterprises" | "youth_union" | "residential_area" | "other";
    stage: "outstanding" | "course" | "candidate" | "application" | "verification" | "decision" | "ceremony";
    courseCertificateOn: string | null;
    helperMemberId: number | null;
    helperName: string | null;
    forms: string[];
    attachments: string;
    verifiedOn: string | null;
    verificationNote: string;
    consideredOn: string | null;
    decisionNo: string | null;
    decisionOn: string | null;
    decisionAuthority: string | null;
    ceremonyOn: string | null;
    memberId: number | null;
    withdrawn: boolean;
    withdrawal: {
      reason: string;
      on: string | null;
    } | null;
    version: number;
    introducers: {
      memberId: number;
      fullName: string;
      status: string;
      workedSince: string;
    }[];
    eligibility: {
      on: string;
      eligible: boolean;
      reasons: {
        field: string;
        code: string;
        message: string;
      }[];
    };
  };
  "PATCH /api/candidates/:candidateId": {
    id: number;
    unitId: number;
    unitName: string;
    fullName: string;
    gender: "male" | "female";
    birthDate: string;
    citizenId: string;
    ethnicity: string;
    hometown: string;
    residence: string;
    occupation: string;
    education: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate";
    remoteArea: boolean;
    source: "students" | "cooperatives" | "private_enterprises" | "youth_union" | "residential_area" | "other";
    stage: "outstanding" | "course" | "candidate" | "application" | "verification" | "decision" | "ceremony";
    courseCertificateOn: string | null;
    helperMemberId: number | null;
    helperName: string | null;
    forms: string[];
    attachments: string;
    verifiedOn: string | null;
    verificationNote: string;
    consideredOn: string | null;
    decisionNo: string | null;
    decisionOn: string | null;
    decisionAuthority: string | null;
    ceremonyOn: string | null;
    memberId: number | null;
    withdrawn: boolean;
    withdrawal: {
      reason: string;
      on: string | null;
    } | null;
    version: number;
    introducers: {
      memberId: number;
      fullName: string;
      status: string;
      workedSince: string;
    }[];
  };
  "POST /api/candidates/:candidateId/admit": {
    id: number;
    unitId: number;
    unitName: string;
    fullName: string;
    gender: "male" | "female";
    birthDate: string;
    citizenId: string;
    ethnicity: string;
    hometown: string;
    residence: string;
    occupation: string;
    education: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate";
    remoteArea: boolean;
    source: "students" | "cooperatives" | "private_enterprises" | "youth_union" | "residential_area" | "other";
    stage: "outstanding" | "course" | "candidate" | "application" | "verification" | "decision" | "ceremony";
    courseCertificateOn: string | null;
    helperMemberId: number | null;
    helperName: string | null;
    forms: string[];
    attachments: string;
    verifiedOn: string | null;
    verificationNote: string;
    consideredOn: string | null;
    decisionNo: string | null;
    decisionOn: string | null;
    decisionAuthority: string | null;
    ceremonyOn: string | null;
    memberId: number | null;
    withdrawn: boolean;
    withdrawal: {
      reason: string;
      on: string | null;
    } | null;
    version: number;
    introducers: {
      memberId: number;
      fullName: string;
      status: string;
      workedSince: string;
    }[];
  };
  "POST /api/candidates/:candidateId/advance": {
    id: number;
    unitId: number;
    unitName: string;
    fullName: string;
    gender: "male" | "female";
    birthDate: string;
    citizenId: string;
    ethnicity: string;
    hometown: string;
    residence: string;
    occupation: string;
    education: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate";
    remoteArea: boolean;
    source: "students" | "cooperatives" | "private_enterprises" | "youth_union" | "residential_area" | "other";
    stage: "outstanding" | "course" | "candidate" | "application" | "verification" | "decision" | "ceremony";
    courseCertificateOn: string | null;
    helperMemberId: number | null;
    helperName: string | null;
    forms: string[];
    attachments: string;
    verifiedOn: string | null;
    verificationNote: string;
    consideredOn: string | null;
    decisionNo: string | null;
    decisionOn: string | null;
    decisionAuthority: string | null;
    ceremonyOn: string | null;
    memberId: number | null;
    withdrawn: boolean;
    withdrawal: {
      reason: string;
      on: string | null;
    } | null;
    version: number;
    introducers: {
      memberId: number;
      fullName: string;
      status: string;
      workedSince: string;
    }[];
  };
  "POST /api/candidates/:candidateId/ceremony": {
    id: number;
    unitId: number;
    unitName: string;
    fullName: string;
    gender: "male" | "female";
    birthDate: string;
    citizenId: string;
    ethnicity: string;
    hometown: string;
    residence: string;
    occupation: string;
    education: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate";
    remoteArea: boolean;
    source: "students" | "cooperatives" | "private_enterprises" | "youth_union" | "residential_area" | "other";
    stage: "outstanding" | "course" | "candidate" | "application" | "verification" | "decision" | "ceremony";
    courseCertificateOn: string | null;
    helperMemberId: number | null;
    helperName: string | null;
    forms: string[];
    attachments: string;
    verifiedOn: string | null;
    verificationNote: string;
    consideredOn: string | null;
    decisionNo: string | null;
    decisionOn: string | null;
    decisionAuthority: string | null;
    ceremonyOn: string | null;
    memberId: number | null;
    withdrawn: boolean;
    withdrawal: {
      reason: string;
      on: string | null;
    } | null;
    version: number;
    introducers: {
      memberId: number;
      fullName: string;
      status: string;
      workedSince: string;
    }[];
  };
  "PUT /api/candidates/:candidateId/introducers": {
    id: number;
    unitId: number;
    unitName: string;
    fullName: string;
    gender: "male" | "female";
    birthDate: string;
    citizenId: string;
    ethnicity: string;
    hometown: string;
    residence: string;
    occupation: string;
    education: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate";
    remoteArea: boolean;
    source: "students" | "cooperatives" | "private_enterprises" | "youth_union" | "residential_area" | "other";
    stage: "outstanding" | "course" | "candidate" | "application" | "verification" | "decision" | "ceremony";
    courseCertificateOn: string | null;
    helperMemberId: number | null;
    helperName: string | null;
    forms: string[];
    attachments: string;
    verifiedOn: string | null;
    verificationNote: string;
    consideredOn: string | null;
    decisionNo: string | null;
    decisionOn: string | null;
    decisionAuthority: string | null;
    ceremonyOn: string | null;
    memberId: number | null;
    withdrawn: boolean;
    withdrawal: {
      reason: string;
      on: string | null;
    } | null;
    version: number;
    introducers: {
      memberId: number;
      fullName: string;
      status: string;
      workedSince: string;
    }[];
  };
  "POST /api/candidates/:candidateId/withdraw": {
    id: number;
    unitId: number;
    unitName: string;
    fullName: string;
    gender: "male" | "female";
    birthDate: string;
    citizenId: string;
    ethnicity: string;
    hometown: string;
    residence: string;
    occupation: string;
    education: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate";
    remoteArea: boolean;
    source: "students" | "cooperatives" | "private_enterprises" | "youth_union" | "residential_area" | "other";
    stage: "outstanding" | "course" | "candidate" | "application" | "verification" | "decision" | "ceremony";
    courseCertificateOn: string | null;
    helperMemberId: number | null;
    helperName: string | null;
    forms: string[];
    attachments: string;
    verifiedOn: string | null;
    verificationNote: string;
    consideredOn: string | null;
    decisionNo: string | null;
    decisionOn: string | null;
    decisionAuthority: string | null;
    ceremonyOn: string | null;
    memberId: number | null;
    withdrawn: boolean;
    withdrawal: {
      reason: string;
      on: string | null;
    } | null;
    version: number;
    introducers: {
      memberId: number;
      fullName: string;
      status: string;
      workedSince: string;
    }[];
  };
  "POST /api/committee-seats/:seatId/end": {
    id: number;
    toDate: string;
  };
  "POST /api/committee-terms/:termId/seats": {
    id: number;
  };
  "GET /api/coverage": {
    unit: {
      id: number;
      name: string;
    };
    asOf: string;
    householdLimit: number;
    unitsWithoutCharge: {
      total: number;
      byKind: Record<string, number>;
      items: {
        id: number;
        name: string;
        kind: string;
        path: string;
      }[];
    };
    households: {
      total: number;
      unassigned: number;
      assigned: number;
    };
    householdsPerMember: {
      members: number;
      withoutHouseholds: number;
      overLimit: number;
      average: number;
      buckets: Record<string, number>;
      busiest: {
        id: number;
        name: string;
        unit: string;
        n: number;
      }[];
      overLimitItems: {
        id: number;
        name: string;
        unit: string;
        n: number;
      }[];
    };
    residentialGroups: {
      total: number;
      withMember: number;
      withCell: number;
      withMemberPct: number | null;
      withCellPct: number | null;
      noMember: {
        id: number;
        name: string;
        unit: string;
      }[];
      noCell: {
        id: number;
        name: string;
        unit: string;
      }[];
    };
  };
  "GET /api/dashboard": {
    unit: {
      id: number;
      name: string;
      kind: string;
    };
    breadcrumb: {
      id: number;
      name: string;
    }[];
    children: {
      id: number;
      name: string;
      kind: string;
      members: number;
    }[];
    tables: {
      key: string;
      title: string;
      columns: {
        key: string;
        label: string;
      }[];
      rows: {
        unitId: number;
        name: string;
        values: number[];
      }[];
      total: number[];
    }[];
    admissions: {
      year: number;
      admitted: number;
      base: number;
      target: number;
    }[];
    latestCycle: {
      id: number;
      title: string;
      kind: string;
      periodFrom: string;
      periodTo: string;
      year: number;
      levels: {
        member: {
          excellent: number;
          good: number;
          completed: number;
          not_completed: number;
        };
        organization: {
          excellent: number;
          good: number;
          completed: number;
          not_completed: number;
        };
        undecided: number;
      };
    } | null;
    resolution21: ({
      key: string;
      value: number | null;
      target: number;
      met: boolean | null;
    })[];
  };
  "GET /api/discipline": {
    items: ({
      id: number;
      memberId: number;
      fullName: string;
      unitId: number;
      unitName: string;
      form: "reprimand" | "warning" | "dismissal" | "expulsion";
      decidedOn: string;
      decisionNo: string;
      authority: string;
      reason: string;
      selfDetectedRemedied: boolean;
      version: number;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/discipline": {
    id: number;
    memberId: number;
    fullName: string;
    unitId: number;
    unitName: string;
    form: "reprimand" | "warning" | "dismissal" | "expulsion";
    decidedOn: string;
    decisionNo: string;
    authority: string;
    reason: string;
    selfDetectedRemedied: boolean;
    version: number;
  };
  "GET /api/discipline/:disciplineId": {
    id: number;
    memberId: number;
    fullName: string;
    unitId: number;
    unitName: string;
    form: "reprimand" | "warning" | "dismissal" | "expulsion";
    decidedOn: string;
    decisionNo: string;
    authority: string;
    reason: string;
    selfDetectedRemedied: boolean;
    version: number;
  };
  "PATCH /api/discipline/:disciplineId": {
    id: number;
    memberId: number;
    fullName: string;
    unitId: number;
    unitName: string;
    form: "reprimand" | "warning" | "dismissal" | "expulsion";
    decidedOn: string;
    decisionNo: string;
    authority: string;
    reason: string;
    selfDetectedRemedied: boolean;
    version: number;
  };
  "GET /api/exemptions": {
    items: ({
      id: number;
      memberId: number;
      fullName: string;
      memberStatus: string;
      unitId: number;
      unitName: string;
      kind: "exempted" | "temporarily_exempted" | "suspended";
      fromDate: string;
      toDate: string | null;
      decisionNo: string;
      reason: string;
      version: number;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/exemptions": {
    id: number;
    memberId: number;
    fullName: string;
    memberStatus: string;
    unitId: number;
    unitName: string;
    kind: "exempted" | "temporarily_exempted" | "suspended";
    fromDate: string;
    toDate: string | null;
    decisionNo: string;
    reason: string;
    version: number;
  };
  "GET /api/exemptions/:exemptionId": {
    id: number;
    memberId: number;
    fullName: string;
    memberStatus: string;
    unitId: number;
    unitName: string;
    kind: "exempted" | "temporarily_exempted" | "suspended";
    fromDate: string;
    toDate: string | null;
    decisionNo: string;
    reason: string;
    version: number;
  };
  "POST /api/exemptions/:exemptionId/restore": {
    id: number;
    memberId: number;
    fullName: string;
    memberStatus: string;
    unitId: number;
    unitName: string;
    kind: "exempted" | "temporarily_exempted" | "suspended";
    fromDate: string;
    toDate: string | null;
    decisionNo: string;
    reason: string;
    version: number;
  };
  "GET /api/exports/members.xlsx": Blob;
  "POST /api/grants/:grantId/end": {
    id: number;
    validTo: string;
  };
  "GET /api/grassroots-settings": {
    householdLimit: number;
  };
  "PUT /api/grassroots-settings": {
    householdLimit: number;
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
  "GET /api/holidays": {
    day: string;
    name: string;
  }[];
  "DELETE /api/holidays/:day": {
    day: string;
  };
  "PUT /api/holidays/:day": {
    day: string;
    name: string;
  };
  "GET /api/household-assignments": {
    memberId: number;
    memberName: string;
    limit: number;
    items: ({
      assignmentId: number;
      householdId: number;
      address: string;
      headName: string;
      people: number;
      groupName: string;
      validFrom: string;
      validTo: string | null;
      outsideArea: boolean;
      version: number;
    })[];
  };
  "POST /api/household-assignments": {
    id: number;
    householdId: number;
    address: string;
    headName: string;
    memberId: number;
    memberName: string;
    validFrom: string;
    validTo: string | null;
    outsideArea: boolean;
    version: number;
    warnings: {
      code: string;
      message: string;
    }[];
  };
  "POST /api/household-assignments/:assignmentId/end": {
    id: number;
    householdId: number;
    address: string;
    headName: string;
    memberId: number;
    memberName: string;
    validFrom: string;
    validTo: string | null;
    outsideArea: boolean;
    version: number;
  };
  "GET /api/households": {
    items: ({
      id: number;
      address: string;
      headName: string;
      people: number;
      phone: string;
      version: number;
      groupId: number;
      groupName: string;
      unitName: string;
      inCharge: {
        assignmentId: number;
        memberId: number;
        memberName: string;
        outsideArea: boolean;
      } | null;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/households": {
    id: number;
    residentialGroupId: number;
    groupName: string;
    unitId: number;
    unitName: string;
    address: string;
    headName: string;
    people: number;
    phone: string;
    version: number;
  };
  "GET /api/households/:householdId": {
    id: number;
    residentialGroupId: number;
    groupName: string;
    unitId: number;
    unitName: string;
    address: string;
    headName: string;
    people: number;
    phone: string;
    version: number;
    assignments: ({
      id: number;
      memberId: number;
      memberName: string;
      validFrom: string;
      validTo: string | null;
      outsideArea: boolean;
      version: number;
    })[];
  };
  "PATCH /api/households/:householdId": {
    id: number;
    residentialGroupId: number;
    groupName: string;
    unitId: number;
    unitName: string;
    address: string;
    headName: string;
    people: number;
    phone: string;
    version: number;
  };
  "GET /api/households/:householdId/history": {
    household: {
      id: number;
      residentialGroupId: number;
      groupName: string;
      unitId: number;
      unitName: string;
      address: string;
      headName: string;
      people: number;
      phone: string;
      version: number;
    };
    assignments: ({
      id: number;
      memberId: number;
      memberName: string;
      validFrom: string;
      validTo: string | null;
      outsideArea: boolean;
    })[];
    visits: ({
      id: number;
      visitedOn: string;
      kind: string;
      summary: string;
      unitName: string;
      visitorName: string;
      problems: ({
        id: number;
        category: string;
        description: string;
        status: string;
        followUp: string;
        openedOn: string;
        solvedOn: string | null;
      })[];
    })[];
    campaigns: ({
      campaignHouseholdId: number;
      campaignId: number;
      name: string;
      unitName: string;
      deadline: string;
      status: string;
      blockedReason: string;
      changes: ({
        from: string | null;
        to: string;
        reason: string;
        on: string;
        actor: string | null;
      })[];
    })[];
  };
  "GET /api/import-mappings": {
    id: number;
    name: string;
    columns: unknown;
    unitId: number;
    unitName: string;
    updatedAt: string;
  }[];
  "GET /api/imports": {
    items: ({
      id: number;
      filename: string;
      status: string;
      totalRows: number;
      errorCount: number;
      progress: number;
      createdAt: string;
      committedAt: string | null;
      undoneAt: string | null;
      unitName: string;
      createdByName: string | null;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/imports": {
    id: number;
    unitId: number;
    unitName: string;
    filename: string;
    status: "previewed" | "committing" | "committed" | "failed" | "undoing" | "undone" | "discarded";
    totalRows: number;
    validRows: number;
    errorCount: number;
    progress: number;
    failure: string | null;
    failureMessage: string | null;
    version: number;
    createdAt: string;
    committedAt: string | null;
    undoneAt: string | null;
    columns: ({
      index: number;
      letter: string;
      header: string;
      field: string | null;
    })[];
    fields: ({
      field: string;
      label: string;
      required: boolean;
      column: number | null;
    })[];
    ignoredColumns: number;
    errors: ({
      row: number;
      column: string | null;
      header: string | null;
      field: string;
      code: string;
      message: string;
    })[];
    storedErrors: number;
  };
  "GET /api/imports/template.xlsx": Blob;
  "GET /api/imports/:jobId": {
    id: number;
    unitId: number;
    unitName: string;
    filename: string;
    status: "previewed" | "committing" | "committed" | "failed" | "undoing" | "undone" | "discarded";
    totalRows: number;
    validRows: number;
    errorCount: number;
    progress: number;
    failure: string | null;
    failureMessage: string | null;
    version: number;
    createdAt: string;
    committedAt: string | null;
    undoneAt: string | null;
    columns: ({
      index: number;
      letter: string;
      header: string;
      field: string | null;
    })[];
    fields: ({
      field: string;
      label: string;
      required: boolean;
      column: number | null;
    })[];
    ignoredColumns: number;
    errors: ({
      row: number;
      column: string | null;
      header: string | null;
      field: string;
      code: string;
      message: string;
    })[];
    storedErrors: number;
  };
  "POST /api/imports/:jobId/commit": {
    id: number;
    unitId: number;
    unitName: string;
    filename: string;
    status: "previewed" | "committing" | "committed" | "failed" | "undoing" | "undone" | "discarded";
    totalRows: number;
    validRows: number;
    errorCount: number;
    progress: number;
    failure: string | null;
    failureMessage: string | null;
    version: number;
    createdAt: string;
    committedAt: string | null;
    undoneAt: string | null;
    columns: ({
      index: number;
      letter: string;
      header: string;
      field: string | null;
    })[];
    fields: ({
      field: string;
      label: string;
      required: boolean;
      column: number | null;
    })[];
    ignoredColumns: number;
    errors: ({
      row: number;
      column: string | null;
      header: string | null;
      field: string;
      code: string;
      message: string;
    })[];
    storedErrors: number;
  };
  "POST /api/imports/:jobId/discard": {
    id: number;
    unitId: number;
    unitName: string;
    filename: string;
    status: "previewed" | "committing" | "committed" | "failed" | "undoing" | "undone" | "discarded";
    totalRows: number;
    validRows: number;
    errorCount: number;
    progress: number;
    failure: string | null;
    failureMessage: string | null;
    version: number;
    createdAt: string;
    committedAt: string | null;
    undoneAt: string | null;
    columns: ({
      index: number;
      letter: string;
      header: string;
      field: string | null;
    })[];
    fields: ({
      field: string;
      label: string;
      required: boolean;
      column: number | null;
    })[];
    ignoredColumns: number;
    errors: ({
      row: number;
      column: string | null;
      header: string | null;
      field: string;
      code: string;
      message: string;
    })[];
    storedErrors: number;
  };
  "PUT /api/imports/:jobId/mapping": {
    id: number;
    unitId: number;
    unitName: string;
    filename: string;
    status: "previewed" | "committing" | "committed" | "failed" | "undoing" | "undone" | "discarded";
    totalRows: number;
    validRows: number;
    errorCount: number;
    progress: number;
    failure: string | null;
    failureMessage: string | null;
    version: number;
    createdAt: string;
    committedAt: string | null;
    undoneAt: string | null;
    columns: ({
      index: number;
      letter: string;
      header: string;
      field: string | null;
    })[];
    fields: ({
      field: string;
      label: string;
      required: boolean;
      column: number | null;
    })[];
    ignoredColumns: number;
    errors: ({
      row: number;
      column: string | null;
      header: string | null;
      field: string;
      code: string;
      message: string;
    })[];
    storedErrors: number;
  };
  "POST /api/imports/:jobId/undo": {
    id: number;
    unitId: number;
    unitName: string;
    filename: string;
    status: "previewed" | "committing" | "committed" | "failed" | "undoing" | "undone" | "discarded";
    totalRows: number;
    validRows: number;
    errorCount: number;
    progress: number;
    failure: string | null;
    failureMessage: string | null;
    version: number;
    createdAt: string;
    committedAt: string | null;
    undoneAt: string | null;
    columns: ({
      index: number;
      letter: string;
      header: string;
      field: string | null;
    })[];
    fields: ({
      field: string;
      label: string;
      required: boolean;
      column: number | null;
    })[];
    ignoredColumns: number;
    errors: ({
      row: number;
      column: string | null;
      header: string | null;
      field: string;
      code: string;
      message: string;
    })[];
    storedErrors: number;
  };
  "POST /api/lifecycle/members/:memberId/education": {
    memberId: number;
    kind: string;
    on: string;
  };
  "POST /api/lifecycle/members/:memberId/exit": {
    memberId: number;
    kind: string;
    on: string;
  };
  "GET /api/lifecycle/members/:memberId/fee-basis": ({
    kind: "insured_salary" | "insurance_benefit" | "pension" | "student" | "other";
    monthlyAmount: number | null;
    fromMonth: string;
    note: string;
    version: number;
  })[];
  "DELETE /api/lifecycle/members/:memberId/fee-basis/:month": {
    memberId: number;
    fromMonth: string;
  };
  "PUT /api/lifecycle/members/:memberId/fee-basis/:month": {
    kind: "insured_salary" | "insurance_benefit" | "pension" | "student" | "other";
    monthlyAmount: number | null;
    fromMonth: string;
    note: string;
    version: number;
  };
  "GET /api/lifecycle/settings": {
    values: {
      transferStartWorkingDays: number;
      letterPresentWorkingDays: number;
      probationMonths: number;
      probationDueWindowDays: number;
      courseValidityYears: number;
      minAdmissionMonths: number;
      maxAdmissionMonths: number;
      introducerMonths: number;
      recruitmentTargetPermille: number;
      monthlyFee: number;
      feeSalaryPercent: number;
      feeBenefitPercent: number;
      feePensionPercent: number;
      feeStudentAmount: number;
      feeOtherAmount: number;
      feeRoundTo: number;
      screeningMonths: number;
      noProgressMonths: number;
      complaintDays: number;
      meetingMinMinutes: number;
      meetingMinMinutesCombined: number;
      meetingPapersLeadHours: number;
      meetingsPerMonth: number;
      meetingContentCheck: number;
    };
    defaults: {
      transferStartWorkingDays: number;
      letterPresentWorkingDays: number;
      probationMonths: number;
      probationDueWindowDays: number;
      courseValidityYears: number;
      minAdmissionMonths: number;
      maxAdmissionMonths: number;
      introducerMonths: number;
      recruitmentTargetPermille: number;
      monthlyFee: number;
      feeSalaryPercent: number;
      feeBenefitPercent: number;
      feePensionPercent: number;
      feeStudentAmount: number;
      feeOtherAmount: number;
      feeRoundTo: number;
      screeningMonths: number;
      noProgressMonths: number;
      complaintDays: number;
      meetingMinMinutes: number;
      meetingMinMinutesCombined: number;
      meetingPapersLeadHours: number;
      meetingsPerMonth: number;
      meetingContentCheck: number;
    };
  };
  "PUT /api/lifecycle/settings": {
    values: {
      transferStartWorkingDays: number;
      letterPresentWorkingDays: number;
      probationMonths: number;
      probationDueWindowDays: number;
      courseValidityYears: number;
      minAdmissionMonths: number;
      maxAdmissionMonths: number;
      introducerMonths: number;
      recruitmentTargetPermille: number;
      monthlyFee: number;
      feeSalaryPercent: number;
      feeBenefitPercent: number;
      feePensionPercent: number;
      feeStudentAmount: number;
      feeOtherAmount: number;
      feeRoundTo: number;
      screeningMonths: number;
      noProgressMonths: number;
      complaintDays: number;
      meetingMinMinutes: number;
      meetingMinMinutesCombined: number;
      meetingPapersLeadHours: number;
      meetingsPerMonth: number;
      meetingContentCheck: number;
    };
    defaults: {
      transferStartWorkingDays: number;
      letterPresentWorkingDays: number;
      probationMonths: number;
      probationDueWindowDays: number;
      courseValidityYears: number;
      minAdmissionMonths: number;
      maxAdmissionMonths: number;
      introducerMonths: number;
      recruitmentTargetPermille: number;
      monthlyFee: number;
      feeSalaryPercent: number;
      feeBenefitPercent: number;
      feePensionPercent: number;
      feeStudentAmount: number;
      feeOtherAmount: number;
      feeRoundTo: number;
      screeningMonths: number;
      noProgressMonths: number;
      complaintDays: number;
      meetingMinMinutes: number;
      meetingMinMinutesCombined: number;
      meetingPapersLeadHours: number;
      meetingsPerMonth: number;
      meetingContentCheck: number;
    };
  };
  "GET /api/meeting-documents/:documentId": Blob;
  "GET /api/meetings": {
    items: ({
      id: number;
      unitId: number;
      unitName: string;
      heldOn: string;
      kind: string;
      topic: string;
      version: number;
      startTime: string | null;
      plannedMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
      flags: ("too_short" | "papers_late")[];
      present: number;
      excused: number;
      unexcused: number;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/meetings": {
    id: number;
    unitId: number;
    unitName: string;
    heldOn: string;
    kind: "regular" | "thematic" | "combined" | "extraordinary";
    topic: string;
    version: number;
    startTime: string | null;
    plannedMinutes: number | null;
    agenda: string[];
    contentKinds: string[];
    startedAt: string | null;
    endedAt: string | null;
    lengthMinutes: number | null;
    minutes: string;
    resolution: string;
    documents: ({
      id: number;
      fileName: string;
      mediaType: string;
      size: number;
      sha256: string;
      postedAt: string;
      postedBy: string | null;
    })[];
    flags: ("too_short" | "papers_late")[];
    attendance: ({
      memberId: number;
      fullName: string;
      presence: "present" | "absent_excused" | "absent_unexcused";
      reason: string;
    })[];
  };
  "GET /api/meetings/rollup": {
    items: {
      unitId: number;
      unitName: string;
      held: number;
      scheduled: number;
      tooShort: number;
      papersLate: number;
      monthsWithout: string[];
      contentMissing: string[];
    }[];
    total: number;
    period: string;
    from: string;
    to: string;
    page: number;
    pageSize: number;
    sums: {
      cells: number;
      held: number;
      scheduled: number;
      tooShort: number;
      papersLate: number;
      cellsWithoutMeeting: number;
      cellsMissingContent: number;
      cellsFlagged: number;
    };
  };
  "GET /api/meetings/roster": {
    memberId: number;
    fullName: string;
    status: string;
  }[];
  "GET /api/meetings/:meetingId": {
    id: number;
    unitId: number;
    unitName: string;
    heldOn: string;
    kind: "regular" | "thematic" | "combined" | "extraordinary";
    topic: string;
    version: number;
    startTime: string | null;
    plannedMinutes: number | null;
    agenda: string[];
    contentKinds: string[];
    startedAt: string | null;
    endedAt: string | null;
    lengthMinutes: number | null;
    minutes: string;
    resolution: string;
    documents: ({
      id: number;
      fileName: string;
      mediaType: string;
      size: number;
      sha256: string;
      postedAt: string;
      postedBy: string | null;
    })[];
    flags: ("too_short" | "papers_late")[];
    attendance: ({
      memberId: number;
      fullName: string;
      presence: "present" | "absent_excused" | "absent_unexcused";
      reason: string;
    })[];
  };
  "PUT /api/meetings/:meetingId": {
    id: number;
    unitId: number;
    unitName: string;
    heldOn: string;
    kind: "regular" | "thematic" | "combined" | "extraordinary";
    topic: string;
    version: number;
    startTime: string | null;
    plannedMinutes: number | null;
    agenda: string[];
    contentKinds: string[];
    startedAt: string | null;
    endedAt: string | null;
    lengthMinutes: number | null;
    minutes: string;
    resolution: string;
    documents: ({
      id: number;
      fileName: string;
      mediaType: string;
      size: number;
      sha256: string;
      postedAt: string;
      postedBy: string | null;
    })[];
    flags: ("too_short" | "papers_late")[];
    attendance: ({
      memberId: number;
      fullName: string;
      presence: "present" | "absent_excused" | "absent_unexcused";
      reason: string;
    })[];
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
  "POST /api/meetings/:meetingId/documents": {
    id: number;
    meetingId: number;
    fileName: string;
    mediaType: string;
    size: number;
    sha256: string;
  };
  "GET /api/meetings/:meetingId/minutes.pdf": Blob;
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
  "POST /api/messages/:messageId/replies": {
    id: number;
    at: string;
  };
  "GET /api/probation": {
    items: ({
      memberId: number;
      fullName: string;
      birthDate: string | null;
      admittedOn: string;
      unitId: number;
      unitName: string;
      dueOn: string;
      daysLeft: number;
      overdue: boolean;
      checklist: {
        form: string;
        done: boolean;
      }[];
      fileVersion: number;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/probation/:memberId/decision": {
    memberId: number;
    outcome: "official" | "ended";
    officialOn: string | null;
  };
  "PUT /api/probation/:memberId/forms": {
    memberId: number;
    forms: string[];
    version: number;
  };
  "GET /api/problems": {
    items: ({
      id: number;
      visitId: number;
      unitId: number;
      unitName: string;
      category: string;
      description: string;
      status: "open" | "in_progress" | "solved";
      followUp: string;
      openedOn: string;
      solvedOn: string | null;
      version: number;
      foundBy: string;
      householdAddress: string | null;
      escalation: string;
      ageDays: number;
      ageBand: string;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "PATCH /api/problems/:problemId": {
    id: number;
    visitId: number;
    category: string;
    description: string;
    status: string;
    followUp: string;
    openedOn: string;
    solvedOn: string | null;
    householdId: number | null;
    version: number;
  };
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
  "POST /api/reconciliation-items/:itemId/decisions": {
    open: number;
  };
  "GET /api/reconciliations": {
    items: ({
      id: number;
      filename: string;
      counts: Record<string, number>;
      createdAt: string;
      unitName: string;
      createdByName: string | null;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/reconciliations": {
    id: number;
    counts: Record<string, number>;
  };
  "GET /api/reconciliations/:reconciliationId": {
    items: ({
      id: number;
      kind: string;
      row: number | null;
      memberId: number | null;
      memberName: string | null;
      memberBirthDate: string | null;
      memberVersion: number | null;
      unitName: string | null;
      otherMemberId: number | null;
      otherName: string | null;
      method: string | null;
      score: number | null;
      listName: string | null;
      openCount: number;
      version: number;
      differences: ({
        field: string;
        list: string;
        registry: string | null;
        decision: string | null;
        label: string;
        listText: string | null;
        registryText: string | null;
      })[];
    })[];
    total: number;
    page: number;
    pageSize: number;
    id: number;
    unitId: number;
    unitName: string;
    filename: string;
    counts: Record<string, number>;
    createdAt: string;
    createdBy: string | null;
  };
  "GET /api/recruitment/funnel": {
    year: number;
    stages: ({
      stage: "outstanding" | "course" | "candidate" | "application" | "verification" | "decision" | "ceremony";
      count: number;
    })[];
  };
  "GET /api/recruitment/targets": {
    items: {
      unitId: number;
      name: string;
      members: number;
      admitted: number;
      target: number;
      isDefault: boolean;
      year: number;
    }[];
    total: number;
    page: number;
    pageSize: number;
  };
  "PUT /api/recruitment/targets/:unitId/:year": {
    unitId: number;
    name: string;
    members: number;
    admitted: number;
    target: number;
    isDefault: boolean;
    year: number;
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
  "GET /api/removals": {
    items: ({
      id: number;
      memberId: number;
      fullName: string;
      unitId: number;
      unitName: string;
      reason: string;
      state: "proposed" | "removed" | "rejected";
      resolutionNo: string;
      proposedOn: string;
      decisionNo: string | null;
      decidedOn: string | null;
      authority: string | null;
      complaintUntil: string | null;
      version: number;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/removals": {
    removalId: number;
  };
  "GET /api/removals/stats": {
    year: number;
    total: number;
    byReason: Record<string, number>;
    byUnit: {
      items: {
        unitId: number;
        name: string;
        total: number;
        reasons: Record<string, number>;
      }[];
      total: number;
    };
    page: number;
    pageSize: number;
  };
  "POST /api/removals/:removalId/decide": {
    id: number;
    state: "removed" | "rejected";
    complaintUntil: string | null;
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
  "GET /api/reports/assessment-subjects/:subjectId/form.pdf": Blob;
  "GET /api/reports/statistics": {
    unitId: number;
    unitName: string;
    on: string;
    tables: {
      key: string;
      title: string;
      columns: {
        key: string;
        label: string;
      }[];
      rows: {
        unitId: number;
        name: string;
        values: number[];
      }[];
      total: number[];
    }[];
  };
  "GET /api/reports/statistics.pdf": Blob;
  "GET /api/reports/statistics.xlsx": Blob;
  "GET /api/residential-groups": ({
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    kind: "residential_group" | "village";
    cellId: number | null;
    cellName: string | null;
    version: number;
    households: number;
  })[];
  "POST /api/residential-groups": {
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    kind: "residential_group" | "village";
    cellId: number | null;
    cellName: string | null;
    version: number;
  };
  "PATCH /api/residential-groups/:groupId": {
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    kind: "residential_group" | "village";
    cellId: number | null;
    cellName: string | null;
    version: number;
  };
  "GET /api/rotations": {
    items: ({
      id: number;
      cadreId: number;
      fullName: string;
      kind: "department_to_commune" | "commune_to_commune" | "commune_to_department" | "department_to_department" | "other";
      fromUnitId: number;
      fromUnitName: string;
      fromPost: string;
      toUnitId: number;
      toUnitName: string;
      toPost: string;
      decisionNo: string;
      effectiveOn: string;
      nextReviewOn: string | null;
      decidedByUnitId: number;
      decidedByName: string;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/rotations": {
    id: number;
    cadreId: number;
    fullName: string;
    kind: "department_to_commune" | "commune_to_commune" | "commune_to_department" | "department_to_department" | "other";
    fromUnitId: number;
    fromUnitName: string;
    fromPost: string;
    toUnitId: number;
    toUnitName: string;
    toPost: string;
    decisionNo: string;
    effectiveOn: string;
    nextReviewOn: string | null;
    decidedByUnitId: number;
    decidedByName: string;
  };
  "GET /api/rotations/stats": {
    year: number;
    counts: Record<string, number>;
    total: number;
  }[];
  "GET /api/rotations/watch": {
    items: ({
      id: number;
      cadreId: number;
      fullName: string;
      kind: "department_to_commune" | "commune_to_commune" | "commune_to_department" | "department_to_department" | "other";
      fromUnitId: number;
      fromUnitName: string;
      fromPost: string;
      toUnitId: number;
      toUnitName: string;
      toPost: string;
      decisionNo: string;
      effectiveOn: string;
      nextReviewOn: string | null;
      decidedByUnitId: number;
      decidedByName: string;
      state: "overdue" | "due_soon" | "later" | "no_date";
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "GET /api/screening/flags": {
    items: ({
      id: number;
      memberId: number;
      fullName: string;
      unitId: number;
      unitName: string;
      rule: string;
      evidence: unknown;
      state: "open" | "dismissed" | "proposed";
      reviewNote: string;
      version: number;
      runOn: string;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/screening/flags/:flagId/dismiss": {
    id: number;
    memberId: number;
    fullName: string;
    unitId: number;
    unitName: string;
    rule: string;
    evidence: unknown;
    state: "open" | "dismissed" | "proposed";
    reviewNote: string;
    version: number;
    runOn: string;
  };
  "POST /api/screening/flags/:flagId/propose": {
    removalId: number;
    flag: {
      id: number;
      memberId: number;
      fullName: string;
      unitId: number;
      unitName: string;
      rule: string;
      evidence: unknown;
      state: "open" | "dismissed" | "proposed";
      reviewNote: string;
      version: number;
      runOn: string;
    };
  };
  "GET /api/screening/runs": {
    id: number;
    unitId: number;
    unitName: string;
    runOn: string;
    windowFrom: string;
    flagged: number;
    notes: string[];
  }[];
  "POST /api/screening/runs": {
    id: number;
    unitId: number;
    runOn: string;
    windowFrom: string;
    found: number;
    flagged: number;
    alreadyReviewed: number;
    byRule: Record<string, number>;
    notes: string[];
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
  "GET /api/transfers": {
    items: ({
      id: number;
      memberId: number;
      fullName: string;
      kind: "official" | "temporary";
      fromUnitId: number;
      fromName: string;
      toUnitId: number | null;
      toName: string | null;
      outOfProvince: boolean;
      destination: string;
      movedOn: string | null;
      letterNo: string | null;
      letterDate: string | null;
      state: "recorded" | "issued" | "in_transit" | "received" | "cancelled";
      handedOn: string | null;
      receivedOn: string | null;
      note: string;
      version: number;
      startBy: string | null;
      presentBy: string | null;
      overdue: "start" | "present" | null | null;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/transfers": {
    id: number;
    memberId: number;
    fullName: string;
    kind: "official" | "temporary";
    fromUnitId: number;
    fromName: string;
    toUnitId: number | null;
    toName: string | null;
    outOfProvince: boolean;
    destination: string;
    movedOn: string | null;
    letterNo: string | null;
    letterDate: string | null;
    state: "recorded" | "issued" | "in_transit" | "received" | "cancelled";
    handedOn: string | null;
    receivedOn: string | null;
    note: string;
    version: number;
    startBy: string | null;
    presentBy: string | null;
    overdue: "start" | "present" | null | null;
  };
  "GET /api/transfers/destinations": ({
    id: number;
    name: string;
    code: string;
    parentName: string | null;
  })[];
  "POST /api/transfers/import": {
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
  "POST /api/transfers/out-of-province": {
    id: number;
    memberId: number;
    fullName: string;
    kind: "official" | "temporary";
    fromUnitId: number;
    fromName: string;
    toUnitId: number | null;
    toName: string | null;
    outOfProvince: boolean;
    destination: string;
    movedOn: string | null;
    letterNo: string | null;
    letterDate: string | null;
    state: "recorded" | "issued" | "in_transit" | "received" | "cancelled";
    handedOn: string | null;
    receivedOn: string | null;
    note: string;
    version: number;
    startBy: string | null;
    presentBy: string | null;
    overdue: "start" | "present" | null | null;
  };
  "GET /api/transfers/overdue": {
    items: ({
      id: number;
      memberId: number;
      fullName: string;
      kind: "official" | "temporary";
      fromUnitId: number;
      fromName: string;
      toUnitId: number | null;
      toName: string | null;
      outOfProvince: boolean;
      destination: string;
      movedOn: string | null;
      letterNo: string | null;
      letterDate: string | null;
      state: "recorded" | "issued" | "in_transit" | "received" | "cancelled";
      handedOn: string | null;
      receivedOn: string | null;
      note: string;
      version: number;
      startBy: string | null;
      presentBy: string | null;
      overdue: "start" | "present" | null | null;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "GET /api/transfers/:transferId": {
    id: number;
    memberId: number;
    fullName: string;
    kind: "official" | "temporary";
    fromUnitId: number;
    fromName: string;
    toUnitId: number | null;
    toName: string | null;
    outOfProvince: boolean;
    destination: string;
    movedOn: string | null;
    letterNo: string | null;
    letterDate: string | null;
    state: "recorded" | "issued" | "in_transit" | "received" | "cancelled";
    handedOn: string | null;
    receivedOn: string | null;
    note: string;
    version: number;
    startBy: string | null;
    presentBy: string | null;
    overdue: "start" | "present" | null | null;
  };
  "POST /api/transfers/:transferId/cancel": {
    id: number;
    memberId: number;
    fullName: string;
    kind: "official" | "temporary";
    fromUnitId: number;
    fromName: string;
    toUnitId: number | null;
    toName: string | null;
    outOfProvince: boolean;
    destination: string;
    movedOn: string | null;
    letterNo: string | null;
    letterDate: string | null;
    state: "recorded" | "issued" | "in_transit" | "received" | "cancelled";
    handedOn: string | null;
    receivedOn: string | null;
    note: string;
    version: number;
    startBy: string | null;
    presentBy: string | null;
    overdue: "start" | "present" | null | null;
  };
  "POST /api/transfers/:transferId/hand-over": {
    id: number;
    memberId: number;
    fullName: string;
    kind: "official" | "temporary";
    fromUnitId: number;
    fromName: string;
    toUnitId: number | null;
    toName: string | null;
    outOfProvince: boolean;
    destination: string;
    movedOn: string | null;
    letterNo: string | null;
    letterDate: string | null;
    state: "recorded" | "issued" | "in_transit" | "received" | "cancelled";
    handedOn: string | null;
    receivedOn: string | null;
    note: string;
    version: number;
    startBy: string | null;
    presentBy: string | null;
    overdue: "start" | "present" | null | null;
  };
  "POST /api/transfers/:transferId/issue": {
    id: number;
    memberId: number;
    fullName: string;
    kind: "official" | "temporary";
    fromUnitId: number;
    fromName: string;
    toUnitId: number | null;
    toName: string | null;
    outOfProvince: boolean;
    destination: string;
    movedOn: string | null;
    letterNo: string | null;
    letterDate: string | null;
    state: "recorded" | "issued" | "in_transit" | "received" | "cancelled";
    handedOn: string | null;
    receivedOn: string | null;
    note: string;
    version: number;
    startBy: string | null;
    presentBy: string | null;
    overdue: "start" | "present" | null | null;
  };
  "GET /api/transfers/:transferId/letter.pdf": Blob;
  "GET /api/transfers/:transferId/package": Blob;
  "POST /api/transfers/:transferId/receive": {
    id: number;
    memberId: number;
    fullName: string;
    kind: "official" | "temporary";
    fromUnitId: number;
    fromName: string;
    toUnitId: number | null;
    toName: string | null;
    outOfProvince: boolean;
    destination: string;
    movedOn: string | null;
    letterNo: string | null;
    letterDate: string | null;
    state: "recorded" | "issued" | "in_transit" | "received" | "cancelled";
    handedOn: string | null;
    receivedOn: string | null;
    note: string;
    version: number;
    startBy: string | null;
    presentBy: string | null;
    overdue: "start" | "present" | null | null;
  };
  "GET /api/unit-assignments": {
    items: ({
      id: number;
      unitId: number;
      unitName: string;
      memberId: number;
      memberName: string;
      validFrom: string;
      validTo: string | null;
      note: string;
      version: number;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/unit-assignments": {
    id: number;
    unitId: number;
    unitName: string;
    memberId: number;
    memberName: string;
    validFrom: string;
    validTo: string | null;
    note: string;
    version: number;
  };
  "POST /api/unit-assignments/:assignmentId/end": {
    id: number;
    unitId: number;
    unitName: string;
    memberId: number;
    memberName: string;
    validFrom: string;
    validTo: string | null;
    note: string;
    version: number;
  };
  "GET /api/unit-discipline": {
    items: ({
      id: number;
      unitId: number;
      unitName: string;
      form: "reprimand" | "warning" | "dissolution";
      decidedOn: string;
      decisionNo: string;
      authority: string;
      reason: string;
      selfDetectedRemedied: boolean;
      version: number;
      unitDissolvedOn: string | null;
      needsRestructuring: boolean;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/unit-discipline": {
    id: number;
    unitId: number;
    unitName: string;
    form: "reprimand" | "warning" | "dissolution";
    decidedOn: string;
    decisionNo: string;
    authority: string;
    reason: string;
    selfDetectedRemedied: boolean;
    version: number;
    unitDissolvedOn: string | null;
    needsRestructuring: boolean;
  };
  "GET /api/unit-discipline/:disciplineId": {
    id: number;
    unitId: number;
    unitName: string;
    form: "reprimand" | "warning" | "dissolution";
    decidedOn: string;
    decisionNo: string;
    authority: string;
    reason: string;
    selfDetectedRemedied: boolean;
    version: number;
    unitDissolvedOn: string | null;
    needsRestructuring: boolean;
  };
  "PATCH /api/unit-discipline/:disciplineId": {
    id: number;
    unitId: number;
    unitName: string;
    form: "reprimand" | "warning" | "dissolution";
    decidedOn: string;
    decisionNo: string;
    authority: string;
    reason: string;
    selfDetectedRemedied: boolean;
    version: number;
    unitDissolvedOn: string | null;
    needsRestructuring: boolean;
  };
  "GET /api/units/search": {
    id: number;
    code: string;
    name: string;
    kind: string;
    path: string;
  }[];
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
  "POST /api/units/:unitId/committee/terms": {
    id: number;
  };
  "GET /api/units/:unitId/fees/:month": {
    month: string;
    defaultAmount: number;
    rows: ({
      memberId: number;
      fullName: string;
      status: string;
      amount: number | null;
      paidOn: string | null;
      basis: {
        kind: "insured_salary" | "insurance_benefit" | "pension" | "student" | "other";
        monthlyAmount: number | null;
        fromMonth: string;
        note: string;
        version: number;
      } | null;
      proposed: {
        amount: number;
        source: "insured_salary" | "insurance_benefit" | "pension" | "student" | "other" | "flat";
        percent?: number;
      };
    })[];
  };
  "PUT /api/units/:unitId/fees/:month": {
    month: string;
    saved: number;
    cleared: number;
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
  "GET /api/visits": {
    items: ({
      id: number;
      unitId: number;
      unitName: string;
      visitedOn: string;
      kind: "visit" | "meeting" | "phone";
      visitorName: string;
      summary: string;
      escalation: string;
      problemsFound: number;
      households: number;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/visits": {
    id: number;
    unitId: number;
    unitName: string;
    visitedOn: string;
    kind: "visit" | "meeting" | "phone";
    visitorMemberId: number;
    visitorName: string;
    summary: string;
    escalation: string;
    escalatedToUnitId: number | null;
    escalatedToName: string | null;
    households: {
      id: number;
      address: string;
      headName: string;
    }[];
    problems: ({
      id: number;
      visitId: number;
      category: string;
      description: string;
      status: string;
      followUp: string;
      openedOn: string;
      solvedOn: string | null;
      householdId: number | null;
      version: number;
      householdAddress: string | null;
    })[];
    followUps: ({
      problemId: number;
      status: "open" | "in_progress" | "solved";
      followUp: string;
      description: string;
      category: string;
    })[];
  };
  "GET /api/visits/households": {
    id: number;
    address: string;
    headName: string;
    groupName: string;
  }[];
  "GET /api/visits/:visitId": {
    id: number;
    unitId: number;
    unitName: string;
    visitedOn: string;
    kind: "visit" | "meeting" | "phone";
    visitorMemberId: number;
    visitorName: string;
    summary: string;
    escalation: string;
    escalatedToUnitId: number | null;
    escalatedToName: string | null;
    households: {
      id: number;
      address: string;
      headName: string;
    }[];
    problems: ({
      id: number;
      visitId: number;
      category: string;
      description: string;
      status: string;
      followUp: string;
      openedOn: string;
      solvedOn: string | null;
      householdId: number | null;
      version: number;
      householdAddress: string | null;
    })[];
    followUps: ({
      problemId: number;
      status: "open" | "in_progress" | "solved";
      followUp: string;
      description: string;
      category: string;
    })[];
  };
  "GET /api/working-groups": {
    items: ({
      id: number;
      unitId: number;
      unitName: string;
      name: string;
      purpose: string;
      validFrom: string;
      validTo: string | null;
      version: number;
      current: boolean;
      members: number;
      units: number;
      activities: number;
    })[];
    total: number;
    page: number;
    pageSize: number;
  };
  "POST /api/working-groups": {
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    purpose: string;
    validFrom: string;
    validTo: string | null;
    version: number;
    members: {
      memberId: number;
      fullName: string;
      role: string;
      unitName: string;
    }[];
    units: {
      id: number;
      name: string;
      kind: string;
    }[];
    activities: ({
      id: number;
      heldOn: string;
      summary: string;
      recordedBy: string | null;
    })[];
  };
  "GET /api/working-groups/:workingGroupId": {
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    purpose: string;
    validFrom: string;
    validTo: string | null;
    version: number;
    members: {
      memberId: number;
      fullName: string;
      role: string;
      unitName: string;
    }[];
    units: {
      id: number;
      name: string;
      kind: string;
    }[];
    activities: ({
      id: number;
      heldOn: string;
      summary: string;
      recordedBy: string | null;
    })[];
  };
  "PATCH /api/working-groups/:workingGroupId": {
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    purpose: string;
    validFrom: string;
    validTo: string | null;
    version: number;
    members: {
      memberId: number;
      fullName: string;
      role: string;
      unitName: string;
    }[];
    units: {
      id: number;
      name: string;
      kind: string;
    }[];
    activities: ({
      id: number;
      heldOn: string;
      summary: string;
      recordedBy: string | null;
    })[];
  };
  "POST /api/working-groups/:workingGroupId/activities": {
    id: number;
    unitId: number;
    unitName: string;
    name: string;
    purpose: string;
    validFrom: string;
    validTo: string | null;
    version: number;
    members: {
      memberId: number;
      fullName: string;
      role: string;
      unitName: string;
    }[];
    units: {
      id: number;
      name: string;
      kind: string;
    }[];
    activities: ({
      id: number;
      heldOn: string;
      summary: string;
      recordedBy: string | null;
    })[];
  };
}
