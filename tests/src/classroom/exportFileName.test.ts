import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/classroom/exportFileName';

describe('exportFileName', () => {
  it('is stable and file-system safe', () => {
    expect(exportFileName('kk', 'events', 'csv')).toBe('shejire-kk-events.csv');
    expect(exportFileName('kk-latn', 'timeline 1920x1080', 'png')).toBe(
      'shejire-kk-latn-timeline-1920x1080.png',
    );
  });
});
