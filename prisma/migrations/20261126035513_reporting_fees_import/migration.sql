-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "offeredTotal" INTEGER,
ADD COLUMN     "placesTotal" INTEGER;

-- AlterTable
ALTER TABLE "Employer" ALTER COLUMN "orgNumber" DROP NOT NULL,
ALTER COLUMN "sizeBand" DROP NOT NULL,
ALTER COLUMN "municipality" DROP NOT NULL;

-- AlterTable
ALTER TABLE "FeeRule" ADD COLUMN     "employerId" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "InvoiceLine" ADD COLUMN     "adjustedAt" TIMESTAMP(3),
ADD COLUMN     "adjustedById" TEXT,
ADD COLUMN     "computedAmountMinor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Lines written before adjustments were tracked: what they say is what the schedule gave.
UPDATE "InvoiceLine" SET "computedAmountMinor" = "amountMinor";
ALTER TABLE "InvoiceLine" ALTER COLUMN "computedAmountMinor" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Trainee" ADD COLUMN     "importKey" TEXT;

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastFour" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_consortiumId_createdAt_idx" ON "ApiToken"("consortiumId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_consortiumId_employerId_feeRuleId_periodStart_key" ON "InvoiceLine"("consortiumId", "employerId", "feeRuleId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Trainee_consortiumId_importKey_key" ON "Trainee"("consortiumId", "importKey");

-- AddForeignKey
ALTER TABLE "FeeRule" ADD CONSTRAINT "FeeRule_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: API tokens belong to their consortium; a request names the consortium in
-- its URL, so a token is only ever looked up inside it.
ALTER TABLE "ApiToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiToken" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ApiToken"
  USING ("consortiumId" = app_current_consortium())
  WITH CHECK ("consortiumId" = app_current_consortium());
