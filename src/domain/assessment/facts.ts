// Field checks of facts that the rules rely on, with messages in vi and en.
import { CRITERIA } from './criteria.js';
import {
  CRITERION_RATINGS,
  DISCIPLINE_FORMS,
  SUBJECT_KINDS,
  type FactError,
  type RuleSetId,
  type SubjectFacts,
  type TaskFigures,
} from './types.js';

const err = (field: string, code: string, vi: string, en: string): FactError => ({ field, code, vi, en });
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCount = (x: unknown): x is number => isNum(x) && Number.isInteger(x) && x >= 0;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateFacts(ruleSet: RuleSetId, f: SubjectFacts): FactError[] {
  const out: FactError[] = [];
  if (!SUBJECT_KINDS.includes(f.kind)) {
    return [err('kind', 'invalid', 'Loại đối tượng không hợp lệ', 'Unknown subject kind')];
  }
  if (ruleSet === 'reg124-2023') checkCriteria(f, out);
  else checkPoints(f, out);
  if (f.tasks !== undefined) checkTasks(f.tasks, out);
  else if (ruleSet === 'reg366-2025') out.push(err('tasks', 'required', 'Cần số liệu nhiệm vụ', 'Task figures are required'));
  (f.discipline ?? []).forEach((d, i) => {
    if (!DISCIPLINE_FORMS.includes(d.form))
      out.push(err(`discipline.${i}.form`, 'invalid', 'Hình thức kỷ luật không hợp lệ', 'Unknown discipline form'));
    if (typeof d.decidedOn !== 'string' || !ISO_DATE.test(d.decidedOn))
      out.push(
        err(`discipline.${i}.decidedOn`, 'invalid', 'Ngày quyết định phải có dạng YYYY-MM-DD', 'The decision date must be YYYY-MM-DD'),
      );
    if (typeof d.selfDetectedRemedied !== 'boolean')
      out.push(
        err(
          `discipline.${i}.selfDetectedRemedied`,
          'invalid',
          'Cần ghi rõ có tự phát hiện, khắc phục hay không',
          'Say whether it was self-detected and remedied',
        ),
      );
  });
  const sick = f.sickLeaveDays;
  if (sick !== undefined && (!isCount(sick) || sick > 1830))
    out.push(
      err(
        'sickLeaveDays',
        'range',
        'Số ngày nghỉ ốm phải là số nguyên từ 0 đến 1830',
        'Sick-leave days must be a whole number from 0 to 1830',
      ),
    );
  const maternity = f.maternityLeaveMonths;
  if (maternity !== undefined && (!isNum(maternity) || maternity < 0 || maternity > 60))
    out.push(err('maternityLeaveMonths', 'range', 'Số tháng phải từ 0 đến 60', 'Months must be 0 to 60'));
  if ((f as { sickLeaveMonths?: unknown }).sickLeaveMonths !== undefined) {
    out.push(
      err(
        'sickLeaveMonths',
        'renamed',
        'Nghỉ ốm nay ghi bằng số ngày (sickLeaveDays), không bằng tháng',
        'Sick leave is now given in days (sickLeaveDays), not months',
      ),
    );
  }
  if (f.subordinateUnits !== undefined && !isCount(f.subordinateUnits))
    out.push(err('subordinateUnits', 'invalid', 'Phải là số nguyên không âm', 'Must be a whole number ≥ 0'));
  if (f.subordinateUnitsDisciplined !== undefined) {
    if (!isCount(f.subordinateUnitsDisciplined))
      out.push(err('subordinateUnitsDisciplined', 'invalid', 'Phải là số nguyên không âm', 'Must be a whole number ≥ 0'));
    else if (!isCount(f.subordinateUnits) || f.subordinateUnitsDisciplined > f.subordinateUnits) {
      out.push(
        err(
          'subordinateUnitsDisciplined',
          'exceeds_total',
          'Không được lớn hơn số đơn vị trực thuộc',
          'Cannot exceed the number of subordinate units',
        ),
      );
    }
  }
  return out;
}

function checkCriteria(f: SubjectFacts, out: FactError[]): void {
  const ids = CRITERIA[f.kind].map((c) => c.id);
  const given = f.criteria;
  if (given === undefined || given === null || typeof given !== 'object') {
    out.push(err('criteria', 'required', 'Cần đánh giá các tiêu chí', 'The criteria must be rated'));
    return;
  }
  for (const id of ids) {
    if (!(id in given)) out.push(err(`criteria.${id}`, 'required', 'Chưa đánh giá tiêu chí này', 'This criterion is not rated'));
  }
  for (const [id, r] of Object.entries(given)) {
    if (!ids.includes(id))
      out.push(err(`criteria.${id}`, 'unknown', 'Tiêu chí không thuộc loại đối tượng này', 'Not a criterion of this kind of subject'));
    else if (!CRITERION_RATINGS.includes(r))
      out.push(
        err(
          `criteria.${id}`,
          'invalid',
          'Mức đánh giá phải là xuất sắc, tốt, trung bình hoặc yếu',
          'The rating must be excellent, good, average or weak',
        ),
      );
  }
}

function checkPoints(f: SubjectFacts, out: FactError[]): void {
  if (f.points === undefined || f.points === null || typeof f.points !== 'object') {
    out.push(err('points', 'required', 'Cần chấm điểm', 'Points are required'));
    return;
  }
  const { general, tasks } = f.points;
  if (!isNum(general) || general < 0 || general > 30)
    out.push(err('points.general', 'range', 'Điểm tiêu chí chung phải từ 0 đến 30', 'General criteria points must be 0 to 30'));
  if (!isNum(tasks) || tasks < 0 || tasks > 70)
    out.push(err('points.tasks', 'range', 'Điểm kết quả nhiệm vụ phải từ 0 đến 70', 'Task result points must be 0 to 70'));
}

function checkTasks(t: TaskFigures, out: FactError[]): void {
  const keys = ['total', 'onTime', 'late', 'exceeded', 'notDone', 'keyMissed'] as const;
  let ok = true;
  for (const k of keys) {
    if (!isCount(t[k])) {
      out.push(err(`tasks.${k}`, 'invalid', 'Phải là số nguyên không âm', 'Must be a whole number ≥ 0'));
      ok = false;
    }
  }
  if (t.forceMajeure !== undefined && typeof t.forceMajeure !== 'boolean')
    out.push(err('tasks.forceMajeure', 'invalid', 'Phải là đúng/sai', 'Must be true or false'));
  if (!ok) return;
  if (t.onTime + t.late + t.exceeded + t.notDone !== t.total) {
    out.push(
      err(
        'tasks.total',
        'sum',
        'Tổng số phải bằng đúng hạn + trễ hạn + vượt mức + không hoàn thành',
        'Total must equal on time + late + exceeded + not done',
      ),
    );
  }
  if (t.keyMissed > t.notDone)
    out.push(
      err(
        'tasks.keyMissed',
        'exceeds_not_done',
        'Chỉ tiêu trọng tâm không đạt không được nhiều hơn số không hoàn thành',
        'Key targets missed cannot exceed tasks not done',
      ),
    );
}

/** Shares of the task figures (0–1); a total of 0 gives zero shares. */
export function taskShares(t: TaskFigures): { done: number; onTime: number; late: number; exceeded: number } {
  const s = (n: number) => (t.total === 0 ? 0 : n / t.total);
  return { done: s(t.onTime + t.late + t.exceeded), onTime: s(t.onTime + t.exceeded), late: s(t.late), exceeded: s(t.exceeded) };
}
