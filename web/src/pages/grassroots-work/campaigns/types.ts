// What the campaign pages receive from the API.
export interface Campaign {
  id: number; unitId: number; unitName: string; name: string; goal: string; place: string; startsOn: string; deadline: string;
  version: number; counts: Record<string, number>; total: number;
}
