import { describe, expect, it } from 'vitest';
import { absoluteTime, timeAgo } from './time';

describe('timeAgo', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  it('says how long ago, in the largest whole unit', () => {
    expect(timeAgo('2026-11-23T12:00:00Z', now)).toBe('now');
    expect(timeAgo('2026-11-23T11:58:00Z', now)).toBe('2 minutes ago');
    expect(timeAgo('2026-11-23T09:00:00Z', now)).toBe('3 hours ago');
    expect(timeAgo('2026-11-22T12:00:00Z', now)).toBe('yesterday');
  });
  it('gives the date past a month', () => {
    expect(timeAgo('2026-09-01T12:00:00Z', now)).toBe(absoluteTime.format(new Date('2026-09-01T12:00:00Z')));
  });
});
