import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  value: T;
  options: readonly { value: T; label: string; lang?: string }[];
  onChange: (value: T) => void;
}

/**
 * A small set of exclusive choices as native radio buttons: keyboard (arrow keys) and screen
 * readers work without custom code; CSS draws them as a segmented control.
 */
export function SegmentedChoice<T extends string>({ legend, value, options, onChange }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented-legend">{legend}</legend>
      <div className="segmented-options">
        {options.map((o) => (
          <label key={o.value} lang={o.lang}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
