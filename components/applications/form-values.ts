import type { DraftData } from "@/lib/applications/schemas";
import type { VideoSource } from "@/lib/applications/video-choice";
import type { StoredTake } from "../videos/use-take-upload";
import type { CvInfo } from "./cv-upload";

/** What the application form holds, as the browser has it (text inputs are strings). */
export interface FormValues {
  firstName: string;
  lastName: string;
  phone: string;
  educationLevel: string;
  field: string;
  university: string;
  graduationYear: string;
  ties: string[];
  livesInRegion: boolean;
  heardFrom: string;
  gender: string;
  genderDescription: string;
  coverLetter: string;
  /** Recorded in the page, or a link (decision 0047). */
  videoSource: VideoSource;
  videoUrl: string;
  videoConfirmed: boolean;
  videoSummary: string;
  /** One slot per choice the campaign allows; "" is a free choice. */
  preferences: string[];
  extraAnswers: Record<string, string>;
  processingConsent: boolean;
  talentPoolConsent: boolean;
  /** For a Norwegian public employer's applicant list (components/applicant-lists). */
  birthYear: string;
  currentPosition: string;
  homeMunicipality: string;
  workExperience: string;
  listExemption: boolean;
  listExemptionReason: string;
  /** The CV stored beside the form (uploaded on its own), checked with the rest before sending. */
  cv: CvInfo | null;
  /** The recorded take stored beside the form, like the CV. */
  video: StoredTake | null;
}

export interface FormQuestion {
  key: string;
  label: string;
  required: boolean;
}

/** The order fields appear in: the error summary lists problems in it. */
export const FIELD_ORDER = [
  "firstName",
  "lastName",
  "phone",
  "educationLevel",
  "field",
  "university",
  "graduationYear",
  "heardFrom",
  "gender",
  "genderDescription",
  "preferences",
  "birthYear",
  "homeMunicipality",
  "currentPosition",
  "workExperience",
  "listExemptionReason",
  "coverLetter",
  "cv",
  "video",
  "videoUrl",
  "videoConfirmed",
  "videoSummary",
  "extraAnswers",
  "processingConsent",
] as const;

/** The id of a field's control, so that the error summary can link to it. */
export const fieldId = (name: string) => `apply-${name.replace(/\./g, "-")}`;

export function toFormValues(d: DraftData, maxPreferences: number, cv: CvInfo | null, video: StoredTake | null = null): FormValues {
  return {
    firstName: d.firstName ?? "",
    lastName: d.lastName ?? "",
    phone: d.phone ?? "",
    educationLevel: d.educationLevel ?? "",
    field: d.field ?? "",
    university: d.university ?? "",
    graduationYear: d.graduationYear ? String(d.graduationYear) : "",
    ties: d.ties ?? [],
    livesInRegion: d.livesInRegion ?? false,
    heardFrom: d.heardFrom ?? "",
    gender: d.gender ?? "UNDISCLOSED",
    genderDescription: d.genderDescription ?? "",
    coverLetter: d.coverLetter ?? "",
    // Recording is the easy way; a link already given keeps the link.
    videoSource: d.videoSource === "link" || d.videoSource === "recording" ? d.videoSource : d.videoUrl ? "link" : "recording",
    videoUrl: d.videoUrl ?? "",
    videoConfirmed: d.videoConfirmed ?? false,
    videoSummary: d.videoSummary ?? "",
    preferences: Array.from({ length: maxPreferences }, (_, i) => d.preferences?.[i] ?? ""),
    extraAnswers: d.extraAnswers ?? {},
    processingConsent: d.processingConsent ?? false,
    talentPoolConsent: d.talentPoolConsent ?? false,
    birthYear: d.birthYear ? String(d.birthYear) : "",
    currentPosition: d.currentPosition ?? "",
    homeMunicipality: d.homeMunicipality ?? "",
    workExperience: d.workExperience ?? "",
    listExemption: d.listExemption ?? false,
    listExemptionReason: d.listExemptionReason ?? "",
    cv,
    video,
  };
}

/** What goes into a draft (here and on the server): everything but the CV and the recorded take, which are stored apart. */
export function draftOf(values: FormValues): DraftData {
  const { cv: _cv, video: _video, ...draft } = values;
  return draft;
}
