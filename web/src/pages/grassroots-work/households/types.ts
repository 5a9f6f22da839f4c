// What the households pages receive from the API.
export interface Group {
  id: number; unitId: number; unitName: string; name: string; kind: string; cellId: number | null; cellName: string | null; households: number; version: number;
}
