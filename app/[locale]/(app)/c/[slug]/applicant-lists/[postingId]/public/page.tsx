import { StaffListPage, type StaffListParams } from "@/components/applicant-lists/staff-list-page";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("applicantLists.document", "publicTitle");

/** The public applicant list of a posting as published, ready to print. */
export default async function PublicApplicantListPage(props: StaffListParams) {
  return <StaffListPage {...props} kind="public" />;
}
