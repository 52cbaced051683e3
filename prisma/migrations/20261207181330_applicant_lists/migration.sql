-- CreateEnum
CREATE TYPE "ListExemptionStatus" AS ENUM ('PENDING', 'GRANTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "ListExemptionAnswer" AS ENUM ('WITHDREW', 'KEPT');

-- AlterTable
ALTER TABLE "Applicant" ADD COLUMN     "birthYear" INTEGER,
ADD COLUMN     "currentPosition" TEXT,
ADD COLUMN     "homeMunicipality" TEXT,
ADD COLUMN     "workExperience" TEXT;

-- CreateTable
CREATE TABLE "ListExemption" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ListExemptionStatus" NOT NULL DEFAULT 'PENDING',
    "decisionNote" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "withdrawBy" TIMESTAMP(3),
    "answer" "ListExemptionAnswer",
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ListExemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicantList" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "publishedById" TEXT,
    "heading" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "genders" JSONB NOT NULL,
    "publicRows" JSONB NOT NULL DEFAULT '[]',
    "extendedRows" JSONB NOT NULL DEFAULT '[]',
    "applicationIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "erasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicantList_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ListExemption_consortiumId_postingId_status_idx" ON "ListExemption"("consortiumId", "postingId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ListExemption_applicationId_postingId_key" ON "ListExemption"("applicationId", "postingId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicantList_postingId_key" ON "ApplicantList"("postingId");

-- CreateIndex
CREATE INDEX "ApplicantList_consortiumId_publishedAt_idx" ON "ApplicantList"("consortiumId", "publishedAt");

-- AddForeignKey
ALTER TABLE "ListExemption" ADD CONSTRAINT "ListExemption_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListExemption" ADD CONSTRAINT "ListExemption_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListExemption" ADD CONSTRAINT "ListExemption_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicantList" ADD CONSTRAINT "ApplicantList_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicantList" ADD CONSTRAINT "ApplicantList_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Both belong to their consortium like every other tenant table (docs/architecture.md).
ALTER TABLE "ListExemption" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ListExemption" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ListExemption"
  USING ("consortiumId" = app_current_consortium())
  WITH CHECK ("consortiumId" = app_current_consortium());

ALTER TABLE "ApplicantList" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApplicantList" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ApplicantList"
  USING ("consortiumId" = app_current_consortium())
  WITH CHECK ("consortiumId" = app_current_consortium());

-- Keys from the new tables to their application and posting stay inside one consortium (decision 0038).
SELECT app_add_tenant_foreign_keys();
