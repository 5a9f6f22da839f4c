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
  "DELETE /api/holidays/:day": {
    day: string;
  };
  "PUT /api/holidays/:day": {
    day: string;
    name: string;
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
    };
  };
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
}
