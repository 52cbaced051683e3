-- CreateTable
CREATE TABLE "JobTick" (
    "job" TEXT NOT NULL,
    "tick" BIGINT NOT NULL,
    "runs" INTEGER NOT NULL DEFAULT 1,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT NOT NULL,

    CONSTRAINT "JobTick_pkey" PRIMARY KEY ("job")
);
