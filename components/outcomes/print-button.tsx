"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog, where "Save as PDF" makes the board's copy. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
