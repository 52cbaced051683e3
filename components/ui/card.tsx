import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

export function Card({ title, children, action, id }: { title: string; children: ReactNode; action?: ReactNode; id?: string }) {
  return (
    <section id={id} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-3 flex items-center justify-between gap-4">
        <h2 className="text-lg font-semibold">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

/** A labelled figure; with `href`, the figure links to the list it counts. */
export function Stat({ label, value, href }: { label: string; value: string; href?: ComponentProps<typeof Link>["href"] }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold">
        {href ? (
          <Link href={href} className="text-brand-700 underline decoration-1 underline-offset-4">
            {value}
          </Link>
        ) : (
          value
        )}
      </dd>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-muted">{children}</p>;
}
