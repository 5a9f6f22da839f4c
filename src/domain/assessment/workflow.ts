// The workflow of one subject as a pure state machine (issue 3, item 4; DOMAIN.md §5 "Process" [V]).
export type Step = 'self_assessment' | 'collective_review' | 'verification' | 'decision' | 'decided' | 'published';

/** The step a subject is in, i.e. the work awaited; 'decided' = decision recorded, not yet published. */
export const STEPS: Step[] = ['self_assessment', 'collective_review', 'verification', 'decision', 'decided', 'published'];

/** A step read from the database (a text column) is one of STEPS. */
export function isStep(s: string): s is Step {
  return (STEPS as string[]).includes(s);
}

export type WorkflowAction = 'submit_self' | 'record_review' | 'verify' | 'decide' | 'publish' | 'complain' | 'reopen';
export const WORKFLOW_ACTIONS: readonly WorkflowAction[] = [
  'submit_self',
  'record_review',
  'verify',
  'decide',
  'publish',
  'complain',
  'reopen',
];

/**
 * submit_self: self_assessment → collective_review; record_review (cell meeting or collective review) →
 * verification; verify (advisory body's proposal) → decision; decide (competent level) → decided;
 * publish → published. complain (by the subject) or reopen (signs of violation) from decided or published →
 * verification: re-verification by the level above.
 */
const TRANSITIONS: Record<Step, Partial<Record<WorkflowAction, Step>>> = {
  self_assessment: { submit_self: 'collective_review' },
  collective_review: { record_review: 'verification' },
  verification: { verify: 'decision' },
  decision: { decide: 'decided' },
  decided: { publish: 'published', complain: 'verification', reopen: 'verification' },
  published: { complain: 'verification', reopen: 'verification' },
};

export type StepResult = { ok: true; step: Step } | { ok: false; code: 'step_out_of_order'; expected: WorkflowAction[] };

export function nextStep(current: Step, action: WorkflowAction): StepResult {
  const allowed = TRANSITIONS[current];
  const to = allowed[action];
  if (to) return { ok: true, step: to };
  return { ok: false, code: 'step_out_of_order', expected: expectedActions(current) };
}

export function expectedActions(current: Step): WorkflowAction[] {
  return Object.keys(TRANSITIONS[current]) as WorkflowAction[];
}

/** A subject re-verified after a complaint or reopening is marked so (assessment_subject.reopened). */
export function isReopening(action: WorkflowAction): boolean {
  return action === 'complain' || action === 'reopen';
}
