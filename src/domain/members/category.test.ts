import { describe, expect, it } from 'vitest';
import { categoryFromText } from './category.js';

describe('categoryFromText', () => {
  it('reads the form code, the words and the code', () => {
    expect(categoryFromText('2A')).toBe('leader_manager');
    expect(categoryFromText('Mẫu 2B')).toBe('in_political_system');
    expect(categoryFromText('mẫu 2c-HD/BTCTW')).toBe('outside_political_system');
    expect(categoryFromText('Lãnh đạo, quản lý')).toBe('leader_manager');
    expect(categoryFromText('Ngoài hệ thống chính trị')).toBe('outside_political_system');
    expect(categoryFromText('in_political_system')).toBe('in_political_system');
  });
  it('takes empty as not set and anything else as unknown', () => {
    expect(categoryFromText('  ')).toBeNull();
    expect(categoryFromText('2D')).toBeUndefined();
    expect(categoryFromText('12A')).toBeUndefined();
    expect(categoryFromText('quần chúng')).toBeUndefined();
  });
});
