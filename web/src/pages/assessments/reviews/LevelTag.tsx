// A level or a step as a coloured tag, named in the user's language.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Level, Step } from './api';

const LEVEL_COLORS: Record<Level, string> = { excellent: 'gold', good: 'green', completed: 'blue', not_completed: 'red' };
const STEP_COLORS: Record<Step, string> = {
  self_assessment: 'default',
  collective_review: 'processing',
  verification: 'purple',
  decision: 'orange',
  decided: 'cyan',
  published: 'success',
};

export function LevelTag({ level }: { level: Level | null | undefined }) {
  const { t } = useTranslation();
  if (!level) return null;
  return <Tag color={LEVEL_COLORS[level]}>{t(`assessments.levels.${level}`)}</Tag>;
}

export function StepTag({ step }: { step: Step }) {
  const { t } = useTranslation();
  return <Tag color={STEP_COLORS[step]}>{t(`assessments.steps.${step}`)}</Tag>;
}
