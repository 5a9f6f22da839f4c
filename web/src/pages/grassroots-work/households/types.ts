// What the households pages receive from the API (generated from the server's schemas).
import type { Answer } from '../../../api';

export type Group = Answer<'GET /api/residential-groups'>[number];
export type Home = Answer<'GET /api/households'>['items'][number];
