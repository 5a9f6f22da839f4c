// What the visits pages receive from the API.
export interface Problem {
  id: number; unitId: number; unitName: string; category: string; description: string; status: string; followUp: string;
  openedOn: string; solvedOn: string | null; version: number; foundBy: string; householdAddress: string | null; ageDays: number; ageBand: string;
}
