-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "cvFileName" TEXT,
ADD COLUMN     "cvFileSize" INTEGER,
ADD COLUMN     "interviewInvitedAt" TIMESTAMP(3),
ADD COLUMN     "interviewReminderSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "closingEmailsSentAt" TIMESTAMP(3),
ADD COLUMN     "emailTemplates" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "erasedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "InterviewSlot" ADD COLUMN     "capacity" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "message" TEXT;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "ApplicationDraft" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApplicationDraft_consortiumId_userId_idx" ON "ApplicationDraft"("consortiumId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationDraft_campaignId_userId_key" ON "ApplicationDraft"("campaignId", "userId");

-- AddForeignKey
ALTER TABLE "ApplicationDraft" ADD CONSTRAINT "ApplicationDraft_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDraft" ADD CONSTRAINT "ApplicationDraft_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: a draft belongs to its consortium like every other tenant row.
ALTER TABLE "ApplicationDraft" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApplicationDraft" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ApplicationDraft"
  USING ("consortiumId" = app_current_consortium())
  WITH CHECK ("consortiumId" = app_current_consortium());
