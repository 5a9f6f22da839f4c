// Lifecycle settings and the public-holiday calendar, read from the database with their defaults.
// Both change rarely: they are cached per database for a minute, and dropped when an admin edits them.
import type { Db } from '../../../db/connection.js';
import { mergeSettings, type Settings } from '../../../domain/lifecycle/settings.js';
import { holidayDays, storedSettings } from './queries.js';

const TTL = 60_000;
const cache = new WeakMap<Db, { at: number; settings?: Promise<Settings>; holidays?: Promise<Set<string>> }>();

function entry(db: Db) {
  let e = cache.get(db);
  if (!e || Date.now() - e.at > TTL) {
    e = { at: Date.now() };
    cache.set(db, e);
  }
  return e;
}

export function forgetLifecycleCache(db: Db) {
  cache.delete(db);
}

export function loadSettings(db: Db): Promise<Settings> {
  const e = entry(db);
  e.settings ??= storedSettings(db).then(mergeSettings);
  e.settings.catch(() => cache.delete(db));
  return e.settings;
}

export function loadHolidays(db: Db): Promise<Set<string>> {
  const e = entry(db);
  e.holidays ??= holidayDays(db).then((rows) => new Set(rows.map((r) => r.day)));
  e.holidays.catch(() => cache.delete(db));
  return e.holidays;
}
