// What the campaign pages receive from the API (generated from the server's schemas).
import type { Answer } from '../../../api';

export type Campaign = Answer<'GET /api/campaigns/:campaignId'>;
