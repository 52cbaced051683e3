-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "exact" BOOLEAN NOT NULL DEFAULT false;
