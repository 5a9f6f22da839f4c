// Province-wide lifecycle settings and the public-holiday calendar: everyone signed in reads them; only a
// province admin changes them (each change audited).
import { Type } from 'typebox';
import { CalendarDate, list, ok } from '../../../shared/contract.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { AUTHENTICATED, allow } from '../../../shared/policy.js';
import { SETTING_DEFAULTS, type SettingKey } from '../../../domain/lifecycle/settings.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { DateT, Text } from './http.js';
import { deleteHoliday, listHolidays, saveHoliday, saveSetting } from './queries.js';
import { forgetLifecycleCache, loadSettings } from './settings.js';
import type { Actor } from '../../../domain/access/scope.js';

export const LC_ADMIN = allow('lifecycle.admin', (actor: Actor, _r: unknown) => actor.grants.some((g) => g.role === 'province_admin'));

const SettingsBody = Type.Object(
  Object.fromEntries(Object.keys(SETTING_DEFAULTS).map((k) => [k, Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000 }))])),
  { additionalProperties: false, minProperties: 1 },
);
const SettingsValues = Type.Object(Object.fromEntries(Object.keys(SETTING_DEFAULTS).map((k) => [k, Type.Number()])));
const SettingsAnswer = Type.Object({ values: SettingsValues, defaults: SettingsValues });
const HolidayAnswer = Type.Object({ day: CalendarDate, name: Type.String() });
const HolidayGone = Type.Object({ day: CalendarDate });
const HolidayParams = Type.Object({ day: DateT });
const HolidayBody = Type.Object({ name: Text(100, 1) }, { additionalProperties: false });
const YearQuery = Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }, { additionalProperties: false });

export function settingsRoutes(app: App, ctx: ModuleContext) {
  const tags = ['lifecycle'];
  app.get('/api/lifecycle/settings', { config: { policy: AUTHENTICATED }, schema: { tags, response: ok(SettingsAnswer) } }, async (req) => {
    req.authorize(null);
    return { values: await loadSettings(ctx.db), defaults: SETTING_DEFAULTS };
  });

  app.put(
    '/api/lifecycle/settings',
    { config: { policy: LC_ADMIN }, schema: { tags, body: SettingsBody, response: ok(SettingsAnswer) } },
    async (req) => {
      const actor = req.authorize(null);
      const before = await loadSettings(ctx.db);
      await inTransaction(ctx.db, false, async (trx) => {
        for (const [key, value] of Object.entries(req.body as Record<SettingKey, number>)) {
          await saveSetting(trx, key, value);
        }
        forgetLifecycleCache(ctx.db);
        await appendAudit(trx, actor, {
          action: 'lifecycle.settings',
          entityType: 'setting',
          entityId: 'lifecycle',
          scopePath: null,
          before,
          after: req.body,
        });
      });
      forgetLifecycleCache(ctx.db);
      return { values: await loadSettings(ctx.db), defaults: SETTING_DEFAULTS };
    },
  );

  // One year's holidays (the current year's when none is asked): at most a day each.
  app.get(
    '/api/holidays',
    { config: { policy: AUTHENTICATED }, schema: { tags, querystring: YearQuery, response: ok(list(HolidayAnswer, 366)) } },
    async (req) => {
      req.authorize(null);
      return listHolidays(ctx.db, req.query.year ?? Number(ctx.config.today!().slice(0, 4)));
    },
  );

  app.put(
    '/api/holidays/:day',
    { config: { policy: LC_ADMIN }, schema: { tags, params: HolidayParams, body: HolidayBody, response: ok(HolidayAnswer) } },
    async (req) => {
      const actor = req.authorize(null);
      const { day } = req.params;
      const name = req.body.name.trim();
      await inTransaction(ctx.db, false, async (trx) => {
        forgetLifecycleCache(ctx.db);
        await saveHoliday(trx, day, name);
        await appendAudit(trx, actor, {
          action: 'holiday.set',
          entityType: 'holiday',
          entityId: day,
          scopePath: null,
          after: { day, name },
        });
      });
      forgetLifecycleCache(ctx.db);
      return { day, name };
    },
  );

  app.delete(
    '/api/holidays/:day',
    { config: { policy: LC_ADMIN }, schema: { tags, params: HolidayParams, response: ok(HolidayGone) } },
    async (req) => {
      const actor = req.authorize(null);
      await inTransaction(ctx.db, false, async (trx) => {
        forgetLifecycleCache(ctx.db);
        await deleteHoliday(trx, req.params.day);
        await appendAudit(trx, actor, { action: 'holiday.delete', entityType: 'holiday', entityId: req.params.day, scopePath: null });
      });
      forgetLifecycleCache(ctx.db);
      return { day: req.params.day };
    },
  );
}
