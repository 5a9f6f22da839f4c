-- Sick leave in a self-assessment is now entered in whole days (sickLeaveDays), not months: sick leave is rarely
-- one unbroken stretch, and months of broken time count as thirty days each (Bộ luật Dân sự 2015, Article 146(1)(c)),
-- the same conversion the rule uses for its threshold in months. Rounding down keeps every stored value on the
-- same side of the 3-month (90-day) threshold as before: 2.99 months → 89 days, 3 months → 90 days.
UPDATE assessment_subject
SET self_assessment = (self_assessment - 'sickLeaveMonths')
  || jsonb_build_object('sickLeaveDays', floor((self_assessment->>'sickLeaveMonths')::numeric * 30)::int)
WHERE self_assessment ? 'sickLeaveMonths'
  AND jsonb_typeof(self_assessment->'sickLeaveMonths') = 'number';

-- A value that is not a number could never have been stored through the API; drop it rather than guess.
UPDATE assessment_subject
SET self_assessment = self_assessment - 'sickLeaveMonths'
WHERE self_assessment ? 'sickLeaveMonths';

-- The member's category for the self-assessment form of Hướng dẫn 43-HD/BTCTW: a leader or manager (Form 2A), a
-- member working in the political system (2B), a member working outside it (2C). NULL until someone sets it.
ALTER TABLE member ADD COLUMN member_category text
  CONSTRAINT member_category_known CHECK (member_category IN ('leader_manager', 'in_political_system', 'outside_political_system'));
