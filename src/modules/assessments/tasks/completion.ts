// How a finished task counts in the assessment's task figures: on time, late, or exceeded (on time and above target).
export type Completion = 'on_time' | 'late' | 'exceeded';

export function completionOf(t: { dueOn: string; targetValue: number }, done: { completedOn: string; value: number }): Completion {
  if (done.completedOn > t.dueOn) return 'late';
  return done.value > t.targetValue ? 'exceeded' : 'on_time';
}
