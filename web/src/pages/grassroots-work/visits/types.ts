// What the visits pages receive from the API (generated from the server's schemas).
import type { Answer } from '../../../api';

export type Problem = Answer<'GET /api/problems'>['items'][number];
