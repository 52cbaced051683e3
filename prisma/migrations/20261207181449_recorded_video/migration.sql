-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "videoDurationMs" INTEGER,
ADD COLUMN     "videoFileKey" TEXT,
ADD COLUMN     "videoFileSize" INTEGER,
ADD COLUMN     "videoFileType" TEXT,
ADD COLUMN     "videoSummary" TEXT;

-- CreateTable
CREATE TABLE "VideoUpload" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "totalBytes" INTEGER NOT NULL,
    "receivedBytes" INTEGER NOT NULL DEFAULT 0,
    "parts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VideoUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VideoUpload_consortiumId_userId_idx" ON "VideoUpload"("consortiumId", "userId");

-- CreateIndex
CREATE INDEX "VideoUpload_updatedAt_idx" ON "VideoUpload"("updatedAt");

-- AddForeignKey
ALTER TABLE "VideoUpload" ADD CONSTRAINT "VideoUpload_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoUpload" ADD CONSTRAINT "VideoUpload_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: an upload belongs to its consortium, like the draft it ends up in.
ALTER TABLE "VideoUpload" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "VideoUpload" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "VideoUpload"
  USING ("consortiumId" = app_current_consortium())
  WITH CHECK ("consortiumId" = app_current_consortium());

-- The campaign key stays inside the upload's consortium (decision 0038).
SELECT app_add_tenant_foreign_keys();
