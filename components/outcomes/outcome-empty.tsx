/** The dashboard with nothing to show yet: no cohorts at all, or none in the chosen years. */
export function OutcomeEmpty({ message }: { message: string }) {
  return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-muted">{message}</p>;
}
