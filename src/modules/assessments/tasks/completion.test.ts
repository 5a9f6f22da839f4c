import { describe, expect, it } from 'vitest';
import { completionOf } from './completion.js';

describe('task completion', () => {
  const task = { dueOn: '2026-06-30', targetValue: 10 };
  it('is late after the due date, whatever the value', () => {
    expect(completionOf(task, { completedOn: '2026-07-01', value: 20 })).toBe('late');
  });
  it('is exceeded when done by the due date above the target', () => {
    expect(completionOf(task, { completedOn: '2026-06-30', value: 10.5 })).toBe('exceeded');
  });
  it('is on time when done by the due date at the target', () => {
    expect(completionOf(task, { completedOn: '2026-06-01', value: 10 })).toBe('on_time');
  });
});
