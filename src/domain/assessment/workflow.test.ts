import { describe, expect, it } from 'vitest';
import { isStep, nextStep, STEPS, WORKFLOW_ACTIONS, type Step, type WorkflowAction } from './index.js';

function run(actions: WorkflowAction[], from: Step = 'self_assessment'): Step {
  let s = from;
  for (const a of actions) {
    const r = nextStep(s, a);
    if (!r.ok) throw new Error(`${a} at ${s}`);
    s = r.step;
  }
  return s;
}

describe('workflow state machine', () => {
  it('goes self-assessment → review → verification → decision → decided → published', () => {
    expect(run(['submit_self', 'record_review', 'verify', 'decide', 'publish'])).toBe('published');
  });
  it('refuses a step out of order, naming what is expected', () => {
    expect(nextStep('self_assessment', 'decide')).toEqual({ ok: false, code: 'step_out_of_order', expected: ['submit_self'] });
    expect(nextStep('verification', 'record_review')).toEqual({ ok: false, code: 'step_out_of_order', expected: ['verify'] });
    expect(nextStep('published', 'publish')).toMatchObject({ ok: false, expected: ['complain', 'reopen'] });
  });
  it('a complaint or reopening after a decision goes back to verification by the level above', () => {
    expect(nextStep('published', 'complain')).toEqual({ ok: true, step: 'verification' });
    expect(nextStep('decided', 'reopen')).toEqual({ ok: true, step: 'verification' });
    expect(nextStep('collective_review', 'complain').ok).toBe(false);
    expect(run(['complain', 'verify', 'decide', 'publish'], 'published')).toBe('published');
  });
  it('every step has a way forward and every action is used', () => {
    for (const s of STEPS) expect(WORKFLOW_ACTIONS.some((a) => nextStep(s, a).ok)).toBe(true);
    for (const a of WORKFLOW_ACTIONS) expect(STEPS.some((s) => nextStep(s, a).ok)).toBe(true);
  });
});

describe('isStep', () => {
  it('knows the six steps and nothing else', () => {
    expect(STEPS.every(isStep)).toBe(true);
    expect(isStep('approved')).toBe(false);
    expect(isStep('')).toBe(false);
  });
});
