-- CreateEnum
CREATE TYPE "SurveyAudience" AS ENUM ('TRAINEE', 'EMPLOYER');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('CHOICE', 'SCALE', 'TEXT', 'MUNICIPALITY');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'TRAINEE';

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "completedById" TEXT,
ADD COLUMN     "nextSteps" TEXT,
ADD COLUMN     "wellbeing" INTEGER;

-- AlterTable
ALTER TABLE "Consortium" ADD COLUMN     "municipalities" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "email" TEXT,
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "questions" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Gathering" ADD COLUMN     "invitedAt" TIMESTAMP(3),
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Placement" ADD COLUMN     "endReason" TEXT,
ADD COLUMN     "plannedEndDate" DATE,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Trainee" ADD COLUMN     "alumniConsentWithdrawnAt" TIMESTAMP(3),
ADD COLUMN     "calendarToken" TEXT;

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "audience" "SurveyAudience" NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "key" TEXT,
    "label" JSONB NOT NULL,
    "options" JSONB NOT NULL DEFAULT '[]',
    "required" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerFollowUp" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT,
    "expiresAt" TIMESTAMP(3),
    "questions" JSONB NOT NULL DEFAULT '[]',
    "sentAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "answers" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "EmployerFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SurveyQuestion_consortiumId_audience_position_idx" ON "SurveyQuestion"("consortiumId", "audience", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_consortiumId_audience_key_key" ON "SurveyQuestion"("consortiumId", "audience", "key");

-- CreateIndex
CREATE UNIQUE INDEX "EmployerFollowUp_tokenHash_key" ON "EmployerFollowUp"("tokenHash");

-- CreateIndex
CREATE INDEX "EmployerFollowUp_consortiumId_cohortId_idx" ON "EmployerFollowUp"("consortiumId", "cohortId");

-- CreateIndex
CREATE UNIQUE INDEX "EmployerFollowUp_employerId_cohortId_key" ON "EmployerFollowUp"("employerId", "cohortId");

-- CreateIndex
CREATE UNIQUE INDEX "Trainee_calendarToken_key" ON "Trainee"("calendarToken");

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerFollowUp" ADD CONSTRAINT "EmployerFollowUp_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerFollowUp" ADD CONSTRAINT "EmployerFollowUp_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerFollowUp" ADD CONSTRAINT "EmployerFollowUp_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: the question bank and employer surveys belong to their consortium.
ALTER TABLE "SurveyQuestion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SurveyQuestion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SurveyQuestion"
  USING ("consortiumId" = app_current_consortium())
  WITH CHECK ("consortiumId" = app_current_consortium());

ALTER TABLE "EmployerFollowUp" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployerFollowUp" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "EmployerFollowUp"
  USING ("consortiumId" = app_current_consortium())
  WITH CHECK ("consortiumId" = app_current_consortium());
