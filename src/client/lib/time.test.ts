import { describe, expect, it } from 'vitest';
import { absoluteTime, timeAgo, timeBetween } from './time';

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

describe('timeBetween', () => {
  it('says how long one time is after another, in the largest whole unit', () => {
    expect(timeBetween('2026-11-23T12:00:00Z', '2026-11-23T12:00:30Z')).toBe('less than a minute');
    expect(timeBetween('2026-11-23T12:00:00Z', '2026-11-23T12:01:10Z')).toBe('1 minute');
    expect(timeBetween('2026-11-23T12:00:00Z', '2026-11-23T15:00:00Z')).toBe('3 hours');
    expect(timeBetween('2026-11-20T12:00:00Z', '2026-11-23T12:00:00Z')).toBe('3 days');
    expect(timeBetween('2026-07-23T12:00:00Z', '2026-11-23T12:00:00Z')).toBe('4 months');
    expect(timeBetween('2024-11-23T12:00:00Z', '2026-11-23T12:00:00Z')).toBe('2 years');
  });
  it('is the same whichever comes first', () => {
    expect(timeBetween('2026-11-23T15:00:00Z', '2026-11-23T12:00:00Z')).toBe('3 hours');
  });
});
