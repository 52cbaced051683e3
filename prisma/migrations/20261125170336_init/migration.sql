-- CreateEnum
CREATE TYPE "Country" AS ENUM ('SE', 'NO');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('SEK', 'NOK');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('sv', 'nb', 'en');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('COORDINATOR', 'EMPLOYER', 'STEERING', 'APPLICANT');

-- CreateEnum
CREATE TYPE "EmployerSector" AS ENUM ('PRIVATE', 'PUBLIC');

-- CreateEnum
CREATE TYPE "SizeBand" AS ENUM ('UNDER_10', 'FROM_10_TO_49', 'FROM_50_TO_149', 'FROM_150_TO_249', 'FROM_250');

-- CreateEnum
CREATE TYPE "EmployerStatus" AS ENUM ('ACTIVE', 'PAUSED', 'LEFT');

-- CreateEnum
CREATE TYPE "CohortStatus" AS ENUM ('PLANNED', 'RECRUITING', 'RUNNING', 'FINISHED');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "PostingStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('BACHELOR', 'MASTER', 'PHD');

-- CreateEnum
CREATE TYPE "RegionTie" AS ENUM ('GREW_UP', 'STUDIED', 'PARTNER_FAMILY', 'NONE');

-- CreateEnum
CREATE TYPE "HeardFrom" AS ENUM ('SOCIAL_MEDIA', 'CAREER_FAIR', 'UNIVERSITY', 'FRIEND', 'EMPLOYER', 'SEARCH', 'OTHER');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('WOMAN', 'MAN', 'OTHER', 'UNDISCLOSED');

-- CreateEnum
CREATE TYPE "ApplicationStage" AS ENUM ('DRAFT', 'SUBMITTED', 'SCREENING', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TraineeStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'DROPPED_OUT');

-- CreateEnum
CREATE TYPE "TriState" AS ENUM ('YES', 'NO', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "GatheringType" AS ENUM ('COURSE', 'COMPANY_VISIT', 'SOCIAL');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('INVITED', 'PRESENT', 'ABSENT', 'EXCUSED');

-- CreateEnum
CREATE TYPE "MentorKind" AS ENUM ('MENTOR', 'BUDDY');

-- CreateEnum
CREATE TYPE "FollowUpWave" AS ENUM ('END', 'YEAR_1', 'YEAR_3');

-- CreateEnum
CREATE TYPE "FeeKind" AS ENUM ('MEMBERSHIP_FLAT', 'MEMBERSHIP_TIER_EMPLOYEES', 'MEMBERSHIP_TIER_TURNOVER', 'PER_POSTING', 'PER_HIRE', 'PER_TRAINEE_YEAR', 'ONE_OFF');

-- CreateEnum
CREATE TYPE "BillableKind" AS ENUM ('POSTING_PUBLISHED', 'TRAINEE_HIRED');

-- CreateEnum
CREATE TYPE "InvoiceLineStatus" AS ENUM ('DRAFT', 'INVOICED', 'PAID');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Consortium" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" "Country" NOT NULL,
    "currency" "Currency" NOT NULL,
    "defaultLocale" "Locale" NOT NULL,
    "timeZone" TEXT NOT NULL,
    "retentionMonths" INTEGER NOT NULL DEFAULT 24,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consortium_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "locale" "Locale",
    "lastConsortiumId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "employerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "employerId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "invitedById" TEXT,
    "locale" "Locale" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "orgNumber" TEXT NOT NULL,
    "sector" "EmployerSector" NOT NULL,
    "sizeBand" "SizeBand" NOT NULL,
    "employeeCount" INTEGER,
    "turnoverMinor" BIGINT,
    "municipality" TEXT NOT NULL,
    "about" TEXT,
    "website" TEXT,
    "logoUrl" TEXT,
    "memberSince" DATE NOT NULL,
    "memberUntil" DATE,
    "status" "EmployerStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "programmeMonths" INTEGER NOT NULL,
    "status" "CohortStatus" NOT NULL DEFAULT 'PLANNED',
    "checkInMonths" INTEGER[] DEFAULT ARRAY[1, 6, 12]::INTEGER[],
    "imported" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'DRAFT',
    "maxPreferences" INTEGER NOT NULL DEFAULT 3,
    "ratingCriteria" JSONB NOT NULL DEFAULT '[]',
    "consentText" JSONB NOT NULL DEFAULT '{}',
    "extraQuestions" JSONB NOT NULL DEFAULT '[]',
    "talentPoolMonths" INTEGER NOT NULL DEFAULT 12,
    "applicantsTotal" INTEGER,
    "applicantsOutside" INTEGER,
    "interviewedTotal" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Posting" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "educationLevel" "EducationLevel" NOT NULL,
    "municipality" TEXT NOT NULL,
    "places" INTEGER NOT NULL DEFAULT 1,
    "status" "PostingStatus" NOT NULL DEFAULT 'DRAFT',
    "reviewComment" TEXT,
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Posting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Applicant" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "userId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "educationLevel" "EducationLevel" NOT NULL,
    "field" TEXT NOT NULL,
    "university" TEXT NOT NULL,
    "graduationYear" INTEGER NOT NULL,
    "ties" "RegionTie"[],
    "livesInRegion" BOOLEAN NOT NULL DEFAULT false,
    "heardFrom" "HeardFrom",
    "genderDescription" TEXT,
    "gender" "Gender" NOT NULL DEFAULT 'UNDISCLOSED',
    "processingConsentAt" TIMESTAMP(3),
    "talentPoolConsentAt" TIMESTAMP(3),
    "talentPoolExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Applicant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "stage" "ApplicationStage" NOT NULL DEFAULT 'DRAFT',
    "videoUrl" TEXT,
    "videoConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "coverLetter" TEXT,
    "cvFileKey" TEXT,
    "extraAnswers" JSONB NOT NULL DEFAULT '{}',
    "submittedAt" TIMESTAMP(3),
    "stageChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "interviewSlotId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationPreference" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "ApplicationPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationShare" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "scores" JSONB NOT NULL DEFAULT '{}',
    "rating" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewSlot" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT,
    "meetingUrl" TEXT,
    "interviewers" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'PENDING',
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trainee" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "applicantId" TEXT,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "gender" "Gender" NOT NULL DEFAULT 'UNDISCLOSED',
    "educationLevel" "EducationLevel",
    "field" TEXT,
    "ties" "RegionTie"[],
    "status" "TraineeStatus" NOT NULL DEFAULT 'ACTIVE',
    "endedAt" DATE,
    "dropoutReason" TEXT,
    "alumniConsentAt" TIMESTAMP(3),
    "offeredJob" "TriState" NOT NULL DEFAULT 'UNKNOWN',
    "acceptedOffer" "TriState" NOT NULL DEFAULT 'UNKNOWN',
    "otherJobInRegion" "TriState" NOT NULL DEFAULT 'UNKNOWN',
    "residenceMunicipality" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Trainee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gathering" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "GatheringType" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "agenda" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Gathering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "gatheringId" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL DEFAULT 'INVITED',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorAssignment" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "kind" "MentorKind" NOT NULL,
    "personName" TEXT,
    "personEmail" TEXT,
    "buddyTraineeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "monthOffset" INTEGER,
    "dueDate" DATE NOT NULL,
    "completedAt" TIMESTAMP(3),
    "sharedNote" TEXT,
    "privateNote" TEXT,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "wave" "FollowUpWave" NOT NULL,
    "tokenHash" TEXT,
    "sentAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "livesInRegion" "TriState" NOT NULL DEFAULT 'UNKNOWN',
    "worksInRegion" "TriState" NOT NULL DEFAULT 'UNKNOWN',
    "municipality" TEXT,
    "answers" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeRule" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "kind" "FeeKind" NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "minThreshold" BIGINT,
    "maxThreshold" BIGINT,
    "description" TEXT,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeeRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillableEvent" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "kind" "BillableKind" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "postingId" TEXT,
    "traineeId" TEXT,

    CONSTRAINT "BillableEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "feeRuleId" TEXT,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "unitAmountMinor" INTEGER NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL,
    "adjustmentReason" TEXT,
    "status" "InvoiceLineStatus" NOT NULL DEFAULT 'DRAFT',
    "invoicedAt" TIMESTAMP(3),
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT,
    "to" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "template" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "providerId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Consortium_slug_key" ON "Consortium"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "RateLimitHit_bucket_key_createdAt_idx" ON "RateLimitHit"("bucket", "key", "createdAt");

-- CreateIndex
CREATE INDEX "Membership_consortiumId_role_idx" ON "Membership"("consortiumId", "role");

-- CreateIndex
CREATE INDEX "Membership_consortiumId_employerId_idx" ON "Membership"("consortiumId", "employerId");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_consortiumId_userId_key" ON "Membership"("consortiumId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_consortiumId_email_idx" ON "Invitation"("consortiumId", "email");

-- CreateIndex
CREATE INDEX "Employer_consortiumId_status_idx" ON "Employer"("consortiumId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Employer_consortiumId_orgNumber_key" ON "Employer"("consortiumId", "orgNumber");

-- CreateIndex
CREATE INDEX "Cohort_consortiumId_status_idx" ON "Cohort"("consortiumId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_consortiumId_name_key" ON "Cohort"("consortiumId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_cohortId_key" ON "Campaign"("cohortId");

-- CreateIndex
CREATE INDEX "Campaign_consortiumId_status_closesAt_idx" ON "Campaign"("consortiumId", "status", "closesAt");

-- CreateIndex
CREATE INDEX "Posting_consortiumId_status_idx" ON "Posting"("consortiumId", "status");

-- CreateIndex
CREATE INDEX "Posting_consortiumId_campaignId_idx" ON "Posting"("consortiumId", "campaignId");

-- CreateIndex
CREATE INDEX "Posting_consortiumId_employerId_idx" ON "Posting"("consortiumId", "employerId");

-- CreateIndex
CREATE INDEX "Applicant_consortiumId_userId_idx" ON "Applicant"("consortiumId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Applicant_consortiumId_email_key" ON "Applicant"("consortiumId", "email");

-- CreateIndex
CREATE INDEX "Application_consortiumId_campaignId_stage_idx" ON "Application"("consortiumId", "campaignId", "stage");

-- CreateIndex
CREATE INDEX "Application_consortiumId_applicantId_idx" ON "Application"("consortiumId", "applicantId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_campaignId_applicantId_key" ON "Application"("campaignId", "applicantId");

-- CreateIndex
CREATE INDEX "ApplicationPreference_consortiumId_postingId_idx" ON "ApplicationPreference"("consortiumId", "postingId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationPreference_applicationId_rank_key" ON "ApplicationPreference"("applicationId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationPreference_applicationId_postingId_key" ON "ApplicationPreference"("applicationId", "postingId");

-- CreateIndex
CREATE INDEX "ApplicationShare_consortiumId_employerId_idx" ON "ApplicationShare"("consortiumId", "employerId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationShare_applicationId_employerId_key" ON "ApplicationShare"("applicationId", "employerId");

-- CreateIndex
CREATE INDEX "Evaluation_consortiumId_applicationId_idx" ON "Evaluation"("consortiumId", "applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_applicationId_reviewerId_key" ON "Evaluation"("applicationId", "reviewerId");

-- CreateIndex
CREATE INDEX "InterviewSlot_consortiumId_campaignId_startsAt_idx" ON "InterviewSlot"("consortiumId", "campaignId", "startsAt");

-- CreateIndex
CREATE INDEX "Offer_consortiumId_applicationId_idx" ON "Offer"("consortiumId", "applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Trainee_applicantId_key" ON "Trainee"("applicantId");

-- CreateIndex
CREATE INDEX "Trainee_consortiumId_cohortId_status_idx" ON "Trainee"("consortiumId", "cohortId", "status");

-- CreateIndex
CREATE INDEX "Trainee_consortiumId_userId_idx" ON "Trainee"("consortiumId", "userId");

-- CreateIndex
CREATE INDEX "Placement_consortiumId_traineeId_startDate_idx" ON "Placement"("consortiumId", "traineeId", "startDate");

-- CreateIndex
CREATE INDEX "Placement_consortiumId_employerId_idx" ON "Placement"("consortiumId", "employerId");

-- CreateIndex
CREATE INDEX "Gathering_consortiumId_cohortId_startsAt_idx" ON "Gathering"("consortiumId", "cohortId", "startsAt");

-- CreateIndex
CREATE INDEX "Attendance_consortiumId_traineeId_idx" ON "Attendance"("consortiumId", "traineeId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_gatheringId_traineeId_key" ON "Attendance"("gatheringId", "traineeId");

-- CreateIndex
CREATE INDEX "MentorAssignment_consortiumId_traineeId_idx" ON "MentorAssignment"("consortiumId", "traineeId");

-- CreateIndex
CREATE INDEX "CheckIn_consortiumId_dueDate_idx" ON "CheckIn"("consortiumId", "dueDate");

-- CreateIndex
CREATE INDEX "CheckIn_consortiumId_traineeId_idx" ON "CheckIn"("consortiumId", "traineeId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_tokenHash_key" ON "FollowUp"("tokenHash");

-- CreateIndex
CREATE INDEX "FollowUp_consortiumId_wave_idx" ON "FollowUp"("consortiumId", "wave");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_traineeId_wave_key" ON "FollowUp"("traineeId", "wave");

-- CreateIndex
CREATE INDEX "FeeRule_consortiumId_kind_idx" ON "FeeRule"("consortiumId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "BillableEvent_postingId_key" ON "BillableEvent"("postingId");

-- CreateIndex
CREATE UNIQUE INDEX "BillableEvent_traineeId_key" ON "BillableEvent"("traineeId");

-- CreateIndex
CREATE INDEX "BillableEvent_consortiumId_occurredAt_idx" ON "BillableEvent"("consortiumId", "occurredAt");

-- CreateIndex
CREATE INDEX "InvoiceLine_consortiumId_periodStart_idx" ON "InvoiceLine"("consortiumId", "periodStart");

-- CreateIndex
CREATE INDEX "InvoiceLine_consortiumId_employerId_idx" ON "InvoiceLine"("consortiumId", "employerId");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_consortiumId_createdAt_idx" ON "OutboxEmail"("consortiumId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_to_createdAt_idx" ON "OutboxEmail"("to", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_consortiumId_createdAt_idx" ON "AuditEvent"("consortiumId", "createdAt");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Applicant" ADD CONSTRAINT "Applicant_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "Applicant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_interviewSlotId_fkey" FOREIGN KEY ("interviewSlotId") REFERENCES "InterviewSlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationPreference" ADD CONSTRAINT "ApplicationPreference_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationPreference" ADD CONSTRAINT "ApplicationPreference_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationShare" ADD CONSTRAINT "ApplicationShare_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationShare" ADD CONSTRAINT "ApplicationShare_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewSlot" ADD CONSTRAINT "InterviewSlot_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trainee" ADD CONSTRAINT "Trainee_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trainee" ADD CONSTRAINT "Trainee_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trainee" ADD CONSTRAINT "Trainee_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "Applicant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gathering" ADD CONSTRAINT "Gathering_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_gatheringId_fkey" FOREIGN KEY ("gatheringId") REFERENCES "Gathering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorAssignment" ADD CONSTRAINT "MentorAssignment_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorAssignment" ADD CONSTRAINT "MentorAssignment_buddyTraineeId_fkey" FOREIGN KEY ("buddyTraineeId") REFERENCES "Trainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeRule" ADD CONSTRAINT "FeeRule_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillableEvent" ADD CONSTRAINT "BillableEvent_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_feeRuleId_fkey" FOREIGN KEY ("feeRuleId") REFERENCES "FeeRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;
