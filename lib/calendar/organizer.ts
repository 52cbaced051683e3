import { env } from "../env";
import type { CalendarPerson } from "./ics";

/**
 * The organiser of the calendar entries a consortium sends: its name, and the address its mail
 * comes from (without the display name of EMAIL_FROM), so a calendar shows who invited.
 */
export function calendarOrganizer(consortiumName: string): CalendarPerson {
  const address = (/<([^>]+)>/.exec(env.EMAIL_FROM)?.[1] ?? env.EMAIL_FROM).trim();
  return { name: consortiumName, email: address };
}
