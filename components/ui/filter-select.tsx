import type { ReactNode } from "react";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

interface FilterSelectProps {
  id: string;
  name: string;
  label: string;
  value?: string;
  /** The "no filter" option's text; omitted when a value is always chosen. */
  anyLabel?: string;
  options: { value: string; label: string }[];
}

/** One labelled select of a GET filter form (works without JavaScript). */
export function FilterSelect({ id, name, label, value, anyLabel, options }: FilterSelectProps) {
  return (
    <div className="text-sm font-medium">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={CONTROL}>
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterField({ id, label, children }: { id: string; label: string; children: (className: string) => ReactNode }) {
  return (
    <div className="text-sm font-medium">
      <label htmlFor={id}>{label}</label>
      {children(CONTROL)}
    </div>
  );
}
