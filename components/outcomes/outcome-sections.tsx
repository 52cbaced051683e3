import { KeyFigures } from "./key-figures";
import { MembersSection } from "./members-section";
import { RecruitmentSection } from "./recruitment-section";
import { ResultsSection } from "./results-section";
import type { SectionProps } from "./section-props";
import { WhoSection } from "./who-section";

/** The dashboard's body, shared by the page and the board report: key figures, then four parts. */
export function OutcomeSections(props: SectionProps & { children?: React.ReactNode }) {
  return (
    <div className="space-y-10">
      <KeyFigures tables={props.tables} previous={props.previous} locale={props.locale} t={props.t} />
      <RecruitmentSection {...props} />
      <WhoSection {...props} />
      <ResultsSection {...props} />
      <MembersSection {...props} />
      {props.children}
    </div>
  );
}
