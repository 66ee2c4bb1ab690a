/**
 * Pure stepping over an ordered list of event ids for presentation mode. The component keeps
 * only an index; these functions decide where a key press leads, so the rules are testable
 * without a DOM and identical for the keyboard, the on-screen buttons and a clicker.
 */

/** What a key press asks presentation mode to do. */
export type PresentationCommand = 'next' | 'prev' | 'first' | 'last' | 'exit';

/**
 * Clamps an index into [0, count - 1]; 0 for an empty list so callers never index out of range.
 * @example clampStep(7, 5) // 4
 */
export function clampStep(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/**
 * The index after `index`, staying on the last one (a clicker pressed once too often must not
 * wrap to the first event in front of a class).
 * @example nextStep(2, 3) // 2
 */
export function nextStep(index: number, count: number): number {
  return clampStep(index + 1, count);
}

/** @example prevStep(0, 3) // 0 */
export function prevStep(index: number, count: number): number {
  return clampStep(index - 1, count);
}

/**
 * Maps a KeyboardEvent.key to a command. Presentation clickers send PageDown/PageUp (some send
 * arrows), so both pairs step; Space steps forward as in slide software.
 * @example keyToCommand('PageDown') // 'next'
 */
export function keyToCommand(key: string, shiftKey = false): PresentationCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'exit';
    default:
      return null;
  }
}

/**
 * Applies a stepping command to an index; 'exit' leaves the index unchanged (the caller closes).
 * @example applyCommand(0, 'last', 9) // 8
 */
export function applyCommand(index: number, command: PresentationCommand, count: number): number {
  switch (command) {
    case 'next':
      return nextStep(index, count);
    case 'prev':
      return prevStep(index, count);
    case 'first':
      return 0;
    case 'last':
      return clampStep(count - 1, count);
    default:
      return clampStep(index, count);
  }
}

/**
 * Where to start: the index of `startId` if it is in the list, else the first event.
 * @example startIndex(['a', 'b'], 'b') // 1
 */
export function startIndex(ids: readonly string[], startId?: string | null): number {
  const i = startId ? ids.indexOf(startId) : -1;
  return i >= 0 ? i : 0;
}
